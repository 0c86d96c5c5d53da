//! A weak lexical score that leads every other entry clearly.

use super::*;

/// Without the model by design, a paraphrase whose words the knowledge
/// barely knows answers on a clear lead under the threshold; an engine that
/// has, or waits for, the model leaves it to the model. A question of one
/// known word has no lead to speak of, however far that word puts one entry
/// ahead.
#[test]
fn a_clear_lead_answers_under_the_threshold_without_the_model() {
    let q = "What habits keep the pairing between these two healthy?";
    let waiting = engine();
    let answer = waiting.ask(q);
    assert_eq!(answer.entry(), None, "declined at {}", answer.confidence);
    let tuning = waiting.index.tuning();
    assert!(answer.confidence < tuning.threshold);
    assert!(tuning.leads_clearly(answer.confidence, answer.runner_up));
    let lexical = engine().lexical_only();
    assert_eq!(answered(&lexical, q).as_deref(), Some("partnership-practices"));

    let q = "How do I reverse a list in Python?";
    let answer = lexical.ask(q);
    assert!(tuning.leads_clearly(answer.confidence, answer.runner_up), "{}", answer.confidence);
    assert_eq!(answer.entry(), None, "one known word: {:?}", answer.entry().map(|e| &e.id));
}

/// With the model, the word matcher's clear lead answers when the model
/// finds the question related to the entry at all, whichever entry it finds
/// closest; a question about something else entirely stays declined.
#[test]
fn the_model_lets_a_clear_lexical_lead_answer_unless_it_finds_it_unrelated() {
    let engine = with_model();
    let tuning = engine.index.tuning();
    let q = "Whose gaze points in-house and whose points toward the market?";
    let lexical = engine.ask_lexical(q);
    assert_eq!(lexical.entry(), None, "the lexical path alone declines");
    assert!(tuning.leads_clearly(lexical.confidence, lexical.runner_up));
    let answer = engine.ask(q);
    assert!(answer.by_meaning);
    assert_eq!(answer.entry().map(|e| e.id.as_str()), Some("athawale-inward-outward"));

    let q = "how do i fix a merge conflict in git";
    let lexical = engine.ask_lexical(q);
    assert!(tuning.leads_clearly(lexical.confidence, lexical.runner_up));
    assert_eq!(engine.ask(q).entry(), None);
}
