//! Questions typed in chat shorthand ("b/w", "IRL", "DT", "ext", "sw"), and a
//! restriction offered as one side of a choice.

use super::*;

/// Shorthand reads as what it stands for: "b/w" (between) and "IRL" ask
/// nothing, "DT" is digital transformation. "Alone or with the CTO?" asks
/// which, while "alone" by itself still restricts what is asked.
#[test]
fn chat_shorthand_is_read_as_what_it_stands_for() {
    let engine = engine();
    for (q, id) in [
        ("what % share SaaS mgmt b/w CIO & CTO?", "survey-shared-saas"),
        // "sw" is software: an entry that holds "software" holds it.
        ("what % share mgmt of COTS sw between CIO & CTO", "survey-shared-saas"),
        ("what % of CIOs have a CTO IRL per the survey?", "survey-cios-with-cto"),
        (
            "how many CTOs and CIOs say DT sped up after the pandemic, in %?",
            "pandemic-acceleration",
        ),
        ("does the CIO run cloud and AI alone or with the CTO?", "joint-effort-technologies"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    assert_eq!(answered(&engine, "Does the CTO own customer-facing tech alone?"), None);
}
