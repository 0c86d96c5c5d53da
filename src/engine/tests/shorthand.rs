//! Questions typed in chat shorthand ("b/w", "IRL", "DT", "ext", "sw") or as
//! Discord sends them, a restriction offered as one side of a choice, the
//! roles offered with "vs", a request to be told ("kindly advise") and a
//! condition opened by "where".

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

/// A question as Discord sends it, a mention as `<@id>` and an emoji by
/// name: read as the plain question is, with its confidence.
#[test]
fn discord_mentions_and_emoji_names_do_not_change_the_answer() {
    let engine = engine();
    let plain = engine.ask("what share of respondents hold both titles?");
    for q in [
        "<@123456789012345678> what share of respondents hold both titles?",
        "what share of respondents hold both titles :eyes: <#42>?",
    ] {
        let answer = engine.ask(q);
        assert_eq!(answer.entry().map(|e| &e.id), plain.entry().map(|e| &e.id), "{q}");
        assert_eq!(answer.confidence, plain.confidence, "{q}");
    }
}

/// "A vs B - who …?" offers the two roles to choose between, as "A or B"
/// does: the question asks who owns something, not how the roles differ
/// (the traditional split, or the joint effort on cloud and AI, before).
#[test]
fn the_roles_offered_with_vs_ask_which_of_them() {
    let engine = engine();
    for (q, id) in [
        (
            "tech chief vs IT boss: who runs digital transformation nowadays?",
            "survey-joint-transformation",
        ),
        ("CIO vs CTO - who is accountable for COTS now?", "survey-shared-saas"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    // Comparing the two still reads as a comparison.
    assert_eq!(
        answered(&engine, "CIO vs CTO: what's the difference?").as_deref(),
        Some("traditional-split")
    );
}

/// "Kindly advise" and "please advise" ask to be told, as a business email
/// does, not for advice the article never gives; "should" still does.
#[test]
fn a_request_to_be_told_is_not_advice_asked() {
    let engine = engine();
    for (q, id) in [
        (
            "Kindly advise what was the traditional role of the CIO and the CTO.",
            "traditional-split",
        ),
        ("Who reports to whom, CIO or CTO? Please advise.", "reporting-tension"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    assert_eq!(answered(&engine, "Please advise: should the CIO report to the CTO?"), None);
}

/// "Where there is no CIO" sets a condition, as "when" would: no place is
/// asked.
#[test]
fn a_condition_opened_by_where_asks_no_place() {
    let engine = engine();
    let q = "Where there is no CIO, who may set the overall technology strategy?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cio-recruits-cto"));
}
