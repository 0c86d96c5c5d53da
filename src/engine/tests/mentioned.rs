//! Entries the source states right after a person's view, naming them:
//! a question naming that person may mean the statement as well as the
//! view; two views of one person asked together, which their profile
//! answers; and one view set aside, asking for another.

use super::*;

/// "After Ash Athawale's view, the article says…": asked of Athawale, or
/// of "the Robert Half guy", what happens when a company has no CIO is
/// that statement, not his profile; what he says the CIO sets stays his
/// own view.
#[test]
fn a_statement_after_a_persons_view_answers_questions_naming_them() {
    let engine = engine();
    for q in [
        "What does the Robert Half guy say happens when a company has no CIO?",
        "What's Ash Athawale's take on when a company brings in a CTO?",
        "Per Athawale, what does a CIO do when they need a technical expert?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("cio-recruits-cto"), "{q}");
    }
    let q = "In Vishal Gupta's view, what do both roles need?";
    assert_eq!(answered(&engine, q).as_deref(), Some("shared-skills"), "{q}");
    for q in
        ["According to Ash Athawale, what does the CIO set?", "How does Athawale describe CIOs?"]
    {
        assert_eq!(answered(&engine, q).as_deref(), Some("athawale-inward-outward"), "{q}");
    }
}

/// A question naming both roles that holds two views of one person asks
/// both halves, which their profile gives together; one role, or a role in
/// the name of their organisation ("the Global CTO Forum"), asks one view.
/// A short question pairing the roles asks both even when its other half
/// ranks below the threshold.
#[test]
fn both_halves_of_a_persons_views_are_their_profile() {
    let engine = engine();
    for (q, id) in [
        ("per Aksakal, CTO = revenue and CIO = ops efficiency, right?", "person/ozgur-aksakal"),
        (
            "So Gupta says CIOs handle employee stuff and CTOs handle customer products?",
            "person/vishal-gupta",
        ),
        (
            "Rinaldi on CIO vs CTO: business alignment for one, emerging tech for the other?",
            "person/james-rinaldi",
        ),
        ("What does Gupta say the CTO focuses on?", "gupta-cto-customer-products"),
        (
            "Which executives does the chair of the Global CTO Forum say the CIO role lines up with?",
            "aksakal-cio-operational-efficiency",
        ),
        // Unnamed, the person's other view need not rank as high: the two
        // roles paired, each with its half, ask for both.
        (
            "so CIO = COO's sidekick and CTO = revenue guy, is that roughly what the article says?",
            "person/ozgur-aksakal",
        ),
        // A long question's context may name both roles; it asks one view.
        (
            "Our CIO and CTO both want the roadmap. Which of the two, according to Gupta, builds innovation roadmaps?",
            "gupta-cto-roadmaps-partnerships",
        ),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// "Besides products, what else does Gupta say a CTO does?" sets aside the
/// view that holds products and asks for another of his; with no other
/// view of the same source that fits, the one holding it still answers.
#[test]
fn what_a_question_sets_aside_asks_for_another_view() {
    let engine = engine();
    for (q, id) in [
        ("Per Gupta, what does a CTO build besides products?", "gupta-cto-roadmaps-partnerships"),
        (
            "According to Vishal Gupta, what does a CTO do besides building products?",
            "gupta-cto-roadmaps-partnerships",
        ),
        ("What does Gupta say the CTO builds?", "gupta-cto-customer-products"),
        ("what does Athawale say CIOs do besides setting IT vision?", "athawale-inward-outward"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// Where a person works is the organisation the source names for them, which
/// their profile gives; where they worked before, or the organisation of
/// someone the source names none for, is untold.
#[test]
fn where_a_person_works_is_their_organisation() {
    let engine = engine().lexical_only();
    for (q, id) in [
        ("Where does James Rinaldi work?", "person/james-rinaldi"),
        ("Where does Ash Athawale work?", "person/ash-athawale"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    for q in ["Where did Wendy Pfeiffer work before Nutanix?", "Where does Vishal Gupta work now?"]
    {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
}
