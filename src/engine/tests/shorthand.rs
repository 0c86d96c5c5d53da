//! Questions typed in chat: shorthand ("b/w", "IRL", "DT", "ext"), a
//! restriction offered as one side of a choice, and a figure asked with
//! where and why it is asked.

use super::*;

/// Shorthand reads as what it stands for: "b/w" (between) and "IRL" ask
/// nothing, "DT" is digital transformation. "Alone or with the CTO?" asks
/// which, while "alone" by itself still restricts what is asked.
#[test]
fn chat_shorthand_is_read_as_what_it_stands_for() {
    let engine = engine();
    for (q, id) in [
        ("what % share SaaS mgmt b/w CIO & CTO?", "survey-shared-saas"),
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

/// A figure asked in a chat, with where it is asked ("for the thread"), a
/// guess to check ("415 people, right?") or the figure's own words ("a CIO
/// inside their organization", "both titles together"), is still the
/// figure. A subgroup it names is still asked.
#[test]
fn a_figure_asked_in_a_chat_is_the_figure() {
    let engine = engine();
    for (q, id) in [
        ("quick q for the thread: what % of CIOs have a CTO in their org?", "survey-cios-with-cto"),
        ("the survey had 415 people, right?", "survey-respondents"),
        ("What % of CTOs have a CIO inside their organization?", "survey-ctos-with-cio"),
        ("what % of respondents hold both titles together?", "survey-both-titles"),
        // Whom they asked, and over what period, in other words.
        ("how many people did Transposit ask", "survey-respondents"),
        (
            "What share of executives say the focus on digital transformation is growing since three years?",
            "transformation-focus",
        ),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    let q = "quick q for the thread: what % of European CIOs have a CTO?";
    assert_eq!(answered(&engine, q), None);
    let q = "What share of executives say the focus has grown since the pandemic in Europe?";
    assert_eq!(answered(&engine, q), None);
}
