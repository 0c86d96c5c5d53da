//! The matcher's unit tests, over small hand-made indexes padded with filler
//! entries so that idf behaves as it does over the real knowledge.

use super::*;

/// An index over `docs` plus twenty unrelated entries that all mention
/// the CTO, so that idf behaves as in a real knowledge base.
fn index(docs: &[(&str, &[&str], &str)]) -> Index {
    index_with(docs, None)
}

/// One entry's person: the words of their name, then of their title and
/// organisation.
type Person<'a> = (&'a [String], &'a [String]);

/// [`index`], with `docs`' first entry attributed to `person`.
fn index_with(docs: &[(&str, &[&str], &str)], person: Option<Person>) -> Index {
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
        owned.iter().enumerate().map(|(i, (id, qs, topics))| {
            let (names, affiliations) = person.filter(|_| i == 0).unwrap_or((&[], &[]));
            Document {
                id,
                questions: qs,
                held: qs.len(),
                labels: &[],
                names,
                affiliations,
                mentioned: false,
                topics,
                answer: "",
            }
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
fn a_real_word_is_read_as_a_typo_only_of_a_much_commoner_one() {
    let i = index(&[
        ("a", &["how the cto improves things", "the cto and the manager", "the cto is close"], "x"),
        ("b", &["who reports to whom"], "y"),
    ]);
    let means = |word: &str| -> Vec<String> {
        let read = i.readings(word);
        read.iter().flat_map(|r| r.means.iter().map(|(t, _)| t.clone())).collect()
    };
    // "approves" (Zipf 3.4) is a word, not a slip for "improves" (3.75);
    // "channel" is not "change", "lunch" not "launch".
    assert!(means("approves").is_empty(), "{:?}", means("approves"));
    assert!(means("closer").iter().all(|t| t != "close"), "{:?}", means("closer"));
    // A rare spelling is still read as the much commoner word it stands for.
    assert_eq!(means("manger"), ["manager"]);
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

/// The fit worked out plainly: per phrasing, each topical slot's best
/// alternative among the phrasing's terms, as a cosine.
fn plain_fit(index: &Index, doc: usize, query: &query::Query) -> f32 {
    let d = &index.docs[doc];
    let also = d.naming_in(&query.adjacent);
    let slots: Vec<&query::Slot> = query.words.iter().chain(&query.pairs).collect();
    let topical: Vec<&query::Slot> = slots.iter().copied().filter(|s| !s.names(d, &also)).collect();
    let named = topical.len() < slots.len();
    let query2: f32 = topical.iter().map(|s| s.weight.powi(2)).sum();
    let mut top = 0.0f32;
    for p in &d.phrasings {
        let phrasing2 = if named { p.topical2 } else { p.norm2 };
        let fit = if query2 <= f32::EPSILON || phrasing2 <= f32::EPSILON {
            if query2 <= f32::EPSILON && phrasing2 <= f32::EPSILON && named { 1.0 } else { 0.0 }
        } else {
            let best = |s: &&query::Slot| {
                (s.alternatives.iter())
                    .filter(|(t, _)| p.terms.contains(t))
                    .map(|&(t, q)| q * s.weight * index.weight[t as usize])
                    .fold(0.0, f32::max)
            };
            let dot: f32 = topical.iter().map(best).sum();
            (dot / (query2 * phrasing2).sqrt()).min(1.0)
        };
        top = top.max(fit);
    }
    top
}

/// Words for questions: the test entries' own, typos, a shortening that
/// may stand for two of them ("repo": "report" or "repository"), a
/// person's name and affiliation, and others the index does not hold.
#[rustfmt::skip]
const WORDS: [&str; 28] = [
    "what", "share", "of", "cios", "have", "a", "cto", "ctos", "cio", "with", "who", "owns",
    "digital", "transformation", "reports", "to", "whom", "ada", "lovelace", "analytical",
    "engine", "trasnformation", "salary", "think", "repo", "repository", "whon", "reprts",
];

proptest::proptest! {
    /// Whatever the question, short or of more words than the bound's 64
    /// bits hold, naming the entry's person or not, of an entry with few
    /// phrasings or many: each entry's fit is the plain cosine, the bound that prunes candidates is never below it,
    /// and the ranking is the one scoring every candidate would give.
    #[test]
    fn the_fit_is_the_cosine_its_bound_holds_and_pruning_keeps_the_ranking(
        picks in proptest::collection::vec(0usize..28 + 80, 1..100),
        limit in 1usize..6,
    ) {
        let (names, affiliations) = (
            ["ada".to_owned(), "lovelace".to_owned()],
            ["analytical".to_owned(), "engine".to_owned(), "cto".to_owned()],
        );
        // Entry "many" has more phrasings than `Doc::uses` holds bits for,
        // so its fit is read phrasing by phrasing.
        let many: Vec<String> =
            (0..70).map(|i| format!("who owns the cto{i} or digital plan{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let index = index_with(
            &[
                ("ada", &["what does ada lovelace think of the cto"], "views"),
                ("a", &["what share of cios have a cto", "cios with a cto"], "survey"),
                ("b", &["who owns digital transformation"], "x"),
                ("c", &["who reports to whom", "where is the repository", "repository reports"], "y"),
                ("many", &many, "z"),
            ],
            Some((&names, &affiliations)),
        );
        proptest::prop_assert!(index.docs[4].uses.is_empty() && !index.docs[1].uses.is_empty());
        // Past the test's words, distinct words nobody uses: a question of
        // more slots than 64 bits hold.
        let question: Vec<String> = (picks.iter())
            .map(|&i| WORDS.get(i).map_or_else(|| format!("zzq{i}"), |w| w.to_string()))
            .collect();
        let query = index.read(&question);
        let mut scratch = score::Scratch::default();
        scratch.per_term(index.weight.len());
        let bits = index.slot_bits(&query, &mut scratch);
        // The phrasings' words looked up for all documents at once (a
        // small index reads them so) cover what each document's search does.
        let walked = bits.as_ref().is_some_and(|bits| index.spoken_slots(bits, &mut scratch));
        proptest::prop_assert_eq!(walked, bits.is_some());
        let query2: f32 = query.words.iter().chain(&query.pairs).map(|s| s.weight.powi(2)).sum();
        let mut buffer = score::FitBuffer::default();
        let mut every: Vec<Hit> = Vec::new();
        let share = index.tuning.fit_share;
        for (doc, coverage) in index.coverage(&query, &mut scratch) {
            let (fit, phrasing) = index.fit(doc, &query, &mut buffer, &mut scratch, bits.is_some(), 0);
            let plain = plain_fit(&index, doc, &query);
            proptest::prop_assert!((fit - plain).abs() <= 1e-5, "fit {fit}, plainly {plain}");
            // Whom the question names, read from its marked terms or slot
            // by slot, is the same.
            let mut apart = score::Scratch::default();
            apart.per_term(index.weight.len());
            let mut fresh = score::FitBuffer::default();
            let unmarked = index.fit(doc, &query, &mut fresh, &mut apart, false, 0);
            proptest::prop_assert_eq!(unmarked, (fit, phrasing));
            if let Some(bits) = &bits {
                let bound = index.fit_bound(doc, &query, query2, bits, &scratch.slot_bits, None);
                proptest::prop_assert!(bound + 1e-5 >= fit, "bound {bound} under fit {fit}");
                let spoken = Some(scratch.spoken[doc]);
                let walked = index.fit_bound(doc, &query, query2, bits, &scratch.slot_bits, spoken);
                proptest::prop_assert_eq!(walked.to_bits(), bound.to_bits());
            }
            let score = (share * fit + (1.0 - share) * coverage).clamp(0.0, 1.0);
            if score > 0.0 {
                every.push(Hit { doc, score, phrasing, fit, coverage });
            }
        }
        every.sort_by(|a, b| b.score.total_cmp(&a.score).then(index.id_rank[a.doc].cmp(&index.id_rank[b.doc])));
        every.truncate(limit);
        proptest::prop_assert_eq!(index.search_read(&question, limit).hits, every);
    }
}

#[test]
fn a_question_of_more_words_than_the_bound_holds_goes_unbounded() {
    let index = index(&[("a", &["who owns digital transformation"], "x")]);
    let mut question: Vec<String> = (0..70).map(|i| format!("zzq{i}")).collect();
    question.extend(["who", "owns", "digital", "transformation"].map(String::from));
    let query = index.read(&question);
    let mut scratch = score::Scratch::default();
    scratch.per_term(index.weight.len());
    assert!(index.slot_bits(&query, &mut scratch).is_none());
    assert_eq!(index.search_read(&question, 3).hits.first().map(|h| h.doc), Some(0));
}

/// A phrasing added from elsewhere says how people ask: its words rank the
/// entry, but the entry does not hold them, so the gate does not count
/// them; and they weigh less in coverage than the entry's own words.
#[test]
fn words_only_an_added_phrasing_uses_rank_the_entry_but_are_not_held() {
    let own = ["how do cios and ctos work together".to_owned()];
    let asked = [own[0].clone(), "how do the duo get along".to_owned()];
    let topics = ["partnership".to_owned()];
    let build = |questions: &[String], held: usize| {
        let mut docs = vec![Document {
            id: "partnership",
            questions,
            held,
            labels: &[],
            names: &[],
            affiliations: &[],
            mentioned: false,
            topics: &topics,
            answer: "regular communication",
        }];
        let filler: Vec<(String, Vec<String>)> = (0..20)
            .map(|i| (format!("zz-{i:02}"), vec![format!("what does the cto think of {i}")]))
            .collect();
        docs.extend(filler.iter().map(|(id, qs)| Document {
            id,
            questions: qs,
            held: 1,
            labels: &[],
            names: &[],
            affiliations: &[],
            mentioned: false,
            topics: &[],
            answer: "",
        }));
        Index::build(Analyzer::new(std::iter::empty()), docs, Tuning::default())
    };
    let added = build(&asked, 1);
    let hits = added.search("how does the duo get along?", 3).hits;
    assert_eq!(hits.first().map(|h| h.doc), Some(0), "{hits:?}");
    assert!(!added.holds_read(0, "duo"), "a word only the added phrasing uses is held");
    assert!(added.holds_read(0, "communication"));
    // Its own, the same phrasing's words are held and weigh fully.
    let own_too = build(&asked, 2);
    assert!(own_too.holds_read(0, "duo"));
    let covered = |i: &Index| i.search("duo along", 1).hits[0].coverage;
    assert!(covered(&added) < covered(&own_too));
}
