//! Entries the source states right after a person's view, naming them:
//! a question naming that person may mean the statement as well as the
//! view.

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
