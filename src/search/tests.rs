//! The matcher's unit tests, over small hand-made indexes padded with filler
//! entries so that idf behaves as it does over the real knowledge.

use super::*;

/// An index over `docs` plus twenty unrelated entries that all mention
/// the CTO, so that idf behaves as in a real knowledge base.
fn index(docs: &[(&str, &[&str], &str)]) -> Index {
    let mut owned: Vec<(String, Vec<String>, Vec<String>)> = docs
        .iter()
        .map(|(id, qs, topic)| {
            let qs = qs.iter().map(|q| q.to_string()).collect();
            (id.to_string(), qs, vec![topic.to_string()])
        })
        .collect();
    for i in 0..20 {
        let q = format!("what does the cto think about filler{i}");
        owned.push((format!("zz-filler-{i:02}"), vec![q], vec![format!("topic{i}")]));
    }
    let analyzer = Analyzer::new(std::iter::empty());
    Index::build(
        analyzer,
        owned.iter().map(|(id, qs, topics)| Document {
            id,
            questions: qs,
            labels: &[],
            names: &[],
            affiliations: &[],
            topics,
            answer: "",
        }),
        Tuning::default(),
    )
}

fn top(index: &Index, q: &str) -> Option<usize> {
    index.search(q, 5).hits.first().map(|h| h.doc)
}

#[test]
fn word_order_separates_otherwise_equal_phrasings() {
    let i = index(&[
        ("a", &["what share of cios have a cto", "cios with a cto"], "survey"),
        ("b", &["what share of ctos have a cio", "ctos with a cio"], "survey"),
    ]);
    assert_eq!(top(&i, "how many cios have a cto?"), Some(0));
    assert_eq!(top(&i, "how many ctos have a cio?"), Some(1));
}

#[test]
fn ties_are_broken_by_id_not_by_order() {
    let i = index(&[("zeta", &["same words here"], "t"), ("alpha", &["same words here"], "t")]);
    let hits = i.search("same words here", 5).hits;
    assert_eq!(hits[0].score, hits[1].score);
    assert_eq!(hits[0].doc, 1, "alpha sorts before zeta");
}

#[test]
fn everyday_typos_read_as_the_words_they_stand_for() {
    let i = index(&[
        ("a", &["what does the cto do"], "role"),
        ("b", &["how should they communicate"], "communication"),
    ]);
    let plain = i.search("what does the cto do", 1).hits[0];
    // Typos of stop words are filler, not heavy unknown words.
    let typed = i.search("wat does teh cto do", 1).hits[0];
    assert_eq!((typed.doc, typed.score), (plain.doc, plain.score));
    assert!(i.knows("wat") && i.knows("shoud") && !i.knows("salary"));
    // A typo of a known everyday word reads as it, a little less surely.
    let known = i.search("how shoud they comunicate", 1).hits[0];
    assert_eq!(known.doc, 1);
    assert!(known.score >= Tuning::default().threshold, "{}", known.score);
}

#[test]
fn unknown_words_lower_the_confidence() {
    let i = index(&[
        ("a", &["what does the cto do"], "role"),
        ("b", &["what is the reporting line"], "report"),
    ]);
    let plain = i.search("what does the cto do", 1).hits[0].score;
    let salary = i.search("how much salary does the cto earn", 1).hits[0].score;
    assert!(plain > 0.9, "{plain}");
    assert!(salary < Tuning::default().threshold, "{salary}");
}

#[test]
fn typos_and_truncations_still_find_the_entry() {
    let i = index(&[
        ("a", &["who owns digital transformation"], "x"),
        ("b", &["who reports to whom"], "y"),
    ]);
    assert_eq!(top(&i, "who owns digital trasnformation"), Some(0));
    assert_eq!(top(&i, "digi transfo"), Some(0));
    assert_eq!(top(&i, "who reprots to whom"), Some(1));
}

#[test]
fn nothing_known_means_no_hits() {
    let i = index(&[("a", &["who owns digital transformation"], "x")]);
    assert!(i.search("asdf qwer zxcv", 5).hits.is_empty());
    assert!(i.search("", 5).hits.is_empty());
    assert!(i.search("the of and", 5).hits.is_empty());
}
