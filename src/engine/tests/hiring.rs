//! Who is hired: staff or a chief. "A CIO recruits a CTO" says why a CIO
//! brings in a CTO, not how the two should hire engineers.

use super::*;

/// Staff hired, in the asking sentence or only in the context before it,
/// are not answered by a CIO recruiting a CTO; a CTO hired still is.
#[test]
fn hiring_staff_is_not_a_cio_recruiting_a_cto() {
    let engine = engine();
    for q in [
        "We need to hire 20 developers: does the CIO or the CTO run that recruiting?",
        "I'm the people partner for engineering and I've been asked to help both the CIO and the \
         CTO hire software developers. At the moment they run separate interview rounds and \
         compete for the same candidates. What does the article suggest about recruiting \
         between the two? I'd like a proposal.",
    ] {
        let got = answered(&engine, q);
        assert_ne!(got.as_deref(), Some("cio-recruits-cto"), "{q}");
    }
    for q in [
        "Why would a CIO hire a CTO?",
        "Our CIO wants to hire a CTO to lead the engineers. Why would a CIO do that?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("cio-recruits-cto"), "{q}");
    }
}

/// The entry on the partnership's coordinated recruitment hires staff, so
/// it still answers how the two should recruit engineers.
#[test]
fn the_partnerships_recruitment_hires_staff() {
    let engine = engine();
    let q = "The CIO and the CTO both want to hire engineers this year. Should they recruit \
             together?";
    assert_eq!(answered(&engine, q).as_deref(), Some("partnership-practices"));
}

/// How the two should handle recruiting asks the way they go about it,
/// which the partnership's coordinated recruitment gives: "handle" only
/// links them to it.
#[test]
fn how_the_two_should_handle_recruiting_is_the_partnerships() {
    let engine = engine();
    let q = "Does the article say anything about how the two should handle recruiting technical \
             people?";
    assert_eq!(answered(&engine, q).as_deref(), Some("partnership-practices"));
    let q = "Does the article say anything about how the survey was run?";
    assert_eq!(answered(&engine, q), None);
}
