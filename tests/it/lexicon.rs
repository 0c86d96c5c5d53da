//! The lexicon (`knowledge/synonyms.toml`) over the bundled knowledge: true
//! equivalents read alike, and whole questions they decide, on the lexical
//! path (no sentence model).

use std::sync::OnceLock;

use cio_cto_bot::engine::Engine;
use cio_cto_bot::knowledge::Knowledge;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Knowledge::bundled().expect("bundled knowledge is valid")))
}

fn answered(engine: &Engine, q: &str) -> Option<String> {
    engine.ask(q).entry().map(|e| e.id.clone())
}

/// Chat abbreviations of ordinary words: "ppl" weighed as a rare word nothing
/// matches and declined "how many ppl were in the survey?".
#[test]
fn chat_abbreviations_read_as_the_words_they_shorten() {
    let engine = engine();
    assert_eq!(engine.index().words("ppl"), engine.index().words("people"));
    assert_eq!(engine.index().words("eng"), engine.index().words("engineering"));
    let q = "do we know how many ppl were in the transposit survey";
    assert_eq!(answered(engine, q).as_deref(), Some("survey-respondents"));
}

/// "Chief executive" is the CEO, another chief the article does not
/// speak of, not an executive it counts.
#[test]
fn the_chief_executive_is_another_chief() {
    let engine = engine();
    assert_eq!(engine.index().words("the chief executive"), engine.index().words("the CEO"));
    assert_eq!(answered(engine, "Who is the chief executive of Transposit"), None);
}

/// Going faster is accelerating, as a learner of English may put it.
#[test]
fn going_faster_is_the_acceleration() {
    let engine = engine();
    assert_eq!(engine.index().words("faster"), engine.index().words("acceleration"));
    let q = "Since the pandemic the digital transformation is more fast? How many of CIO and CTO are saying this?";
    assert_eq!(answered(engine, q).as_deref(), Some("pandemic-acceleration"));
}

/// "Who answers to whom" is who reports to whom; "the answer to" alone is
/// not (it read "what's the answer to how many…" as the reporting line).
/// Squabbling, bickering and butting heads are the tension the article
/// reports.
#[test]
fn answering_to_someone_is_the_reporting_line_and_squabbles_are_tension() {
    let engine = engine();
    let words = |text: &str| engine.index().words(text);
    assert_eq!(words("who answers to whom"), words("who reporting line"));
    assert_eq!(
        words("which one should answer to the other"),
        words("which one should report to the other")
    );
    assert_ne!(words("the answer to how many"), words("the report to how many"));
    assert_eq!(words("they squabble"), words("they clash"));
    assert_eq!(words("butting heads"), words("tension"));
    let q = "Do those two execs ever squabble over who answers to whom?";
    assert_eq!(answered(engine, q).as_deref(), Some("reporting-tension"));
}
