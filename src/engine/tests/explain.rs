//! `--explain`'s verdicts: the ranking the decision reads, and why each
//! ranked entry was taken or passed over.

use super::*;

fn verdicts(engine: &Engine, q: &str) -> Vec<(String, Why)> {
    let (verdicts, _) = engine.explain(q, 5);
    verdicts.into_iter().map(|v| (v.entry.id.clone(), v.why)).collect()
}

fn why(verdicts: &[(String, Why)], id: &str) -> Why {
    let found = verdicts.iter().find(|(e, _)| e == id);
    found.unwrap_or_else(|| panic!("{id} is not ranked: {verdicts:?}")).1.clone()
}

#[test]
fn an_attribute_the_entries_lack_is_named_as_missing() {
    let engine = engine();
    let v = verdicts(&engine, "What was the average age of the survey's CIOs?");
    assert!(!v.is_empty());
    for (id, why) in &v {
        if id.starts_with("survey-") {
            assert!(matches!(why, Why::Missing(m) if m.iter().any(|w| w.contains("age"))), "{v:?}");
        }
    }
}

#[test]
fn a_kind_never_given_and_an_entry_about_someone_else_are_told_apart() {
    let engine = engine();
    let v = verdicts(&engine, "When did Ash Athawale join Robert Half?");
    assert_eq!(why(&v, "person/ash-athawale"), Why::LacksKind("when"));
    let v = verdicts(&engine, "What does Ozgur Aksakal say about the CTO?");
    assert_eq!(v[0], ("aksakal-cto-revenue".to_owned(), Why::Answers));
    assert_eq!(
        why(&v, "aksakal-cio-operational-efficiency"),
        Why::NotAsked("not about the role named")
    );
    let v = verdicts(&engine, "Is the CIO or the CTO the builder?");
    assert_eq!(
        why(&v, "survey-cios-with-cto"),
        Why::NotAsked("a figure, where which role is asked")
    );
}

#[test]
fn the_ranking_explained_is_the_one_the_decision_reads() {
    let engine = engine();
    // What the question sets aside is not read: the ranking shown leaves
    // it out, as the decision does.
    let q = "Besides products, what else does Vishal Gupta say a CTO does?";
    let (verdicts, _) = engine.explain(q, 5);
    let answer = engine.ask(q);
    let confidence = answer.confidence;
    assert!(answer.entry().is_some(), "{q}");
    assert!(verdicts.iter().any(|v| v.hit.score == confidence), "{confidence}: {verdicts:?}");
    let missing = verdicts.iter().filter_map(|v| match &v.why {
        Why::Missing(m) => Some(m.clone()),
        _ => None,
    });
    assert!(missing.flatten().all(|w| w != "besides"), "{verdicts:?}");
    // Nor are its asides: whom it addresses, the emoji it types by name.
    let q = "hey all, what were the collab tips in that article again :eyes: @priya";
    let (verdicts, readings) = engine.explain(q, 5);
    let confidence = engine.ask(q).confidence;
    assert!(verdicts.iter().any(|v| v.hit.score == confidence), "{confidence}: {verdicts:?}");
    assert!(readings.iter().all(|r| !["priya", "eyes"].contains(&r.word.as_str())), "{readings:?}");
}

/// A question that names its source first ("According to Vishal Gupta,
/// what do CIOs…") asks of the role it names as one opening with the
/// wh-word does.
#[test]
fn the_role_is_asked_after_a_source_named_first() {
    let engine = engine();
    for q in [
        "According to Vishal Gupta, what do CIOs mainly concentrate on?",
        "Per Gupta, what do CIOs mainly concentrate on?",
    ] {
        let answered = engine.ask(q).entry().map(|e| e.id.clone());
        assert_eq!(answered.as_deref(), Some("gupta-cio-operations"), "{q}");
        let v = verdicts(&engine, q);
        assert_eq!(
            why(&v, "gupta-cto-customer-products"),
            Why::NotAsked("not about the role named"),
            "{q}"
        );
    }
}
