//! Questions that compare: the quality two things are set against each
//! other on, which an answering entry must hold, and the role named only to
//! compare with.

use super::*;

/// A comparison of the two roles is answered by an entry that holds the
/// quality compared; seniority is not one the article compares them on.
#[test]
fn a_comparison_of_the_roles_needs_the_quality_compared() {
    let engine = engine();
    let q = "Which one is more senior in the org chart, the CIO or the CTO?";
    assert_eq!(answered(&engine, q), None);
    let q = "Which is more technical, the CIO or the CTO?";
    assert_eq!(answered(&engine, q).as_deref(), Some("poggi-strategist-vs-engineer"));
    // Two things an entry lists together, set one above the other.
    let q = "Do CTOs do better in InsurTech than in LegalTech according to the article?";
    assert_eq!(answered(&engine, q), None);
    let q = "Do CTOs do well in InsurTech and LegalTech according to the article?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"));
    for q in [
        "Is CTO demand higher in FinTech or in InsurTech?",
        "Is the CTO role growing faster in LegalTech or in InsurTech?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
}

/// A figure for the CIOs and CTOs together does not say which of them
/// said it more; a question about either role's view still gets its entry.
#[test]
fn a_figure_for_both_roles_does_not_answer_which_said_it_more() {
    let engine = engine();
    for q in [
        "Were CTOs more likely than CIOs to say digital transformation sped up since COVID?",
        "Was the 75% pandemic figure higher among CIOs or among CTOs?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    let q = "Did digital transformation speed up since the pandemic, according to CIOs and CTOs?";
    assert_eq!(answered(&engine, q).as_deref(), Some("pandemic-acceleration"));
}

/// A role named only to compare with is not the one asked: "which
/// industries are CIOs thriving in, the way CTOs are in FinTech?" asks of
/// CIOs, which the sectors entry does not speak of.
#[test]
fn a_role_named_to_compare_with_is_not_the_one_asked() {
    let engine = engine();
    let q = "In which industries are CIOs thriving, the way CTOs are in FinTech?";
    assert_eq!(answered(&engine, q), None);
    let q = "In which industries are CTOs thriving?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"));
    // A preamble before a dash says what the asker knows; the question
    // after it, whom it asks about.
    let q = "CTOs do well in fintech/insurtech - which sectors are CIOs strongest in?";
    assert_eq!(answered(&engine, q), None, "{q}");
    let q = "CIOs have their own worries - which sectors are CTOs thriving in?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"), "{q}");
    // "…only the CTO or both of them?" asks of the two, not of the CTO.
    let q = "Who is taking care for the digital transformation, is it only CTO or both of them?";
    assert!(answered(&engine, q).is_some(), "{q}");
}

/// A role the knowledge does not cover, offered as one alternative ("the
/// COO or the CFO?"), leaves the question to the entry holding the other;
/// offered against another such role or against the CIO or CTO, it still
/// keeps every entry that names none from answering.
#[test]
fn another_chief_offered_as_an_alternative_asks_of_the_other() {
    let engine = engine();
    for (q, id) in [
        (
            "The CIO is more close to which other chief, the COO or the CFO?",
            "aksakal-cio-operational-efficiency",
        ),
        ("does the cio algin more with the COO or the ceo", "aksakal-cio-operational-efficiency"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    let q = "ok dumb question but does the cto actually deal with the board or is that just a ceo thing";
    assert_eq!(answered(with_model(), q).as_deref(), Some("gupta-cto-roadmaps-partnerships"));
    for q in [
        "Who does the CIO usually report to, the CEO or the CFO?",
        "In the Transposit data, do most CTOs report to the CEO or to the CIO?",
        "Does the CTO normally report to the CEO or to the COO?",
        "Does the CTO work with the CEO?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
}

/// A question asking something of each of the two roles is answered by an
/// entry speaking of both (the person's profile), not their view of one.
#[test]
fn a_question_of_each_role_is_not_answered_by_a_view_of_one() {
    let engine = engine();
    let q = "What does the JPL advisor say each role is responsible for?";
    assert_eq!(answered(&engine, q).as_deref(), Some("person/james-rinaldi"));
    let q = "What does the JPL advisor say the CIO is responsible for?";
    assert_eq!(answered(&engine, q).as_deref(), Some("rinaldi-cio-business-alignment"));
}

/// "Vs" joining two things the question names ("the builder vs operator
/// thing") asks about both, which the entry holds; it is not a word the
/// entry must hold.
#[test]
fn vs_joining_what_an_entry_holds_is_not_asked_of_it() {
    let engine = engine();
    for q in [
        "what does Wendy Pfeiffer say about the builder vs operator thing",
        "what does Wendy Pfeiffer say about the builder versus operator thing",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("pfeiffer-builder-operator"), "{q}");
    }
}

/// "Which one faces staff and which the market?" asks which role is which:
/// an entry about one of them answers half of it, and a survey figure none.
#[test]
fn which_is_which_is_answered_by_an_entry_on_both_roles() {
    let engine = engine();
    let q =
        "Which of the two gazes toward the company's own staff and which toward the outside world?";
    assert_eq!(answered(&engine, q).as_deref(), Some("athawale-inward-outward"));
    for q in [
        "Which one is aimed at our own staff and which at the stuff we sell to clients?",
        "of the two top tech execs, which one is meant to care about staff and which about paying users?",
    ] {
        let id = answered(&engine, q);
        let one_sided = ["gupta-cio-operations", "gupta-cto-customer-products"];
        assert!(id.as_deref().is_none_or(|id| !one_sided.contains(&id)), "{q}: {id:?}");
        assert_ne!(id.as_deref(), Some("survey-shared-customer-experience"), "{q}");
    }
}

#[test]
fn which_is_which_is_read_from_two_questions_joined() {
    let reads = |q: &str| {
        crate::engine::pairing::asks_which_is_which(&crate::text::tokenize(&crate::text::fold(q)))
    };
    for q in [
        "Which one faces staff and which faces the market?",
        "who's the builder and who keeps things running?",
        "someone compared one of them to a constructor and the other to an operator",
    ] {
        assert!(reads(q), "{q}");
    }
    for q in [
        "Who is responsible for our Microsoft 365 and the other SaaS subscriptions, CIO or CTO?",
        "Is roadmapping part of the CTO's role, and who says so?",
        "Which sectors do CTOs thrive in?",
    ] {
        assert!(!reads(q), "{q}");
    }
}

/// A question offering the two roles to choose between asks who: the
/// phrasing asking why digital transformation needs both does not fit it,
/// however many words they share. Asked why, it still does.
#[test]
fn a_choice_of_the_roles_is_not_fit_by_a_phrasing_asking_why() {
    let engine = engine();
    let q = "Digital transformation: is that the CIO's job, the CTO's, or both?";
    assert_eq!(answered(&engine, q).as_deref(), Some("shared-oversight"));
    let q = "Who leads digital transformation now, the CTO or the CIO?";
    assert_eq!(answered(&engine, q).as_deref(), Some("survey-joint-transformation"));
    let q = "Why do digital transformation projects need the CIO and the CTO, or can one do it?";
    assert_eq!(answered(&engine, q).as_deref(), Some("joint-effort-technologies"));
    let q = "Who should run our IoT and cloud rollout, the CIO or the CTO?";
    assert_eq!(answered(&engine, q).as_deref(), Some("joint-effort-technologies"));
}
