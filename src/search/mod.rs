//! The matcher: an inverted index over the knowledge and the ranking of
//! entries for a question, with a confidence in [0, 1].
//!
//! A question is analysed into slots, one per meaningful word, each standing
//! for the index terms it may mean (itself, or a completion or correction of
//! it, with a quality below 1). An entry is scored on two things:
//!
//! - **fit**: the cosine between the question and the entry's best-matching
//!   phrasing (unigrams and word pairs, weighted by idf), so that "what
//!   share of CIOs have a CTO" and "... of CTOs have a CIO" differ;
//! - **coverage**: how much of the question's weight the entry explains
//!   anywhere, phrasings counting most, then attribution (people and
//!   organisations), topics, and the answer text.
//!
//! Words the knowledge does not know weigh against both, which is what
//! declines "how much does a CTO earn?": "cto" is known but says little,
//! "earn" is unknown and weighs a lot.
//!
//! Only entries that share a term with the question are scored, and very
//! common terms do not pull candidates in on their own, so the cost of a
//! question follows the postings of its rarer words, not the size of the
//! knowledge base. Hand-written: this ranking is the product's own value.

mod vocab;

use std::collections::HashMap;

pub use vocab::{Near, Vocabulary, osa_distance};

use crate::text::{Analyzer, Token};

/// The weights of the ranking. The defaults were tuned on the development
/// question set (`tests/eval/dev.tsv`) and checked on the held-out one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// How much a match counts for in each field of an entry.
    pub question_field: f32,
    pub attribution_field: f32,
    pub topic_field: f32,
    pub answer_field: f32,
    /// Word pairs count for this much of their idf in the fit.
    pub bigram_factor: f32,
    /// An unknown word weighs this much of the idf of a word no entry has.
    pub unknown_factor: f32,
    /// No known word weighs less than this share of that idf: "cio" is in
    /// almost every entry, yet it is what tells a CIO answer from a CTO one.
    pub weight_floor: f32,
    /// Share of fit in the score; coverage has the rest.
    pub fit_share: f32,
    /// Below this confidence the engine declines rather than guess.
    pub threshold: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            question_field: 1.0,
            attribution_field: 1.0,
            topic_field: 0.8,
            answer_field: 0.6,
            bigram_factor: 0.5,
            unknown_factor: 1.0,
            weight_floor: 0.3,
            fit_share: 0.5,
            threshold: 0.40,
        }
    }
}

/// Terms found in more entries than this do not add candidates by
/// themselves (they still score the candidates that rarer terms bring).
const COMMON_POSTINGS: usize = 2_000;
/// Alternatives kept per typed word.
const MAX_ALTERNATIVES: usize = 6;

/// Ordered word pairs are taken between words at most this far apart, so
/// that "CTOs that also have a CIO" still pairs "cto" before "cio".
const PAIR_WINDOW: usize = 3;

/// What the index needs of one entry.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// Used to break ties, so rankings never depend on file order.
    pub id: &'a str,
    pub questions: &'a [String],
    /// Texts matched like phrasings but never shown (a survey figure such
    /// as "83%", so that "the 83% stat" finds its entry).
    pub labels: &'a [String],
    /// Words that name whom the entry is attributed to and nothing else
    /// (a person's name).
    pub names: &'a [String],
    /// Words that name them but may also be what a question is about (a
    /// title such as "CIO", an organisation such as "Global CTO Forum").
    pub affiliations: &'a [String],
    pub topics: &'a [String],
    pub answer: &'a str,
}

type TermId = u32;

#[derive(Debug)]
struct Phrasing {
    /// Sorted term ids, words and word pairs.
    terms: Vec<TermId>,
    /// The squared norm of all its terms.
    norm2: f32,
    /// The squared norm of its topical terms (those not naming anyone).
    topical2: f32,
}

#[derive(Debug)]
struct Doc {
    /// Sorted by term: the best field weight of each word in the entry.
    fields: Vec<(TermId, f32)>,
    /// Sorted: the words that only name whom the entry is attributed to.
    naming: Vec<TermId>,
    /// Sorted: the words of its person's title and organisation.
    affiliations: Vec<TermId>,
    /// Questions first, then labels.
    phrasings: Vec<Phrasing>,
    /// How many of the phrasings are questions.
    shown: usize,
}

impl Doc {
    fn field(&self, t: TermId) -> f32 {
        self.fields.binary_search_by_key(&t, |f| f.0).map_or(0.0, |i| self.fields[i].1)
    }

    fn names(&self, t: TermId) -> bool {
        self.naming.binary_search(&t).is_ok()
    }

    /// The words of a question that name this entry's person: its naming
    /// words, and an affiliation word that stands next to one in the
    /// question ("cto" in "the Global CTO Forum chair", though "cto" is the
    /// topic of "What does Ozgur Aksakal say about the CTO?").
    fn naming_in(&self, adjacent: &[(TermId, TermId)]) -> Vec<TermId> {
        let affiliated = |t: &TermId| self.affiliations.binary_search(t).is_ok();
        let mut naming = Vec::new();
        for (a, b) in adjacent {
            if affiliated(a) && affiliated(b) && (self.names(*a) || self.names(*b)) {
                naming.extend([*a, *b]);
            }
        }
        naming
    }
}

/// The inverted index over a set of documents.
#[derive(Debug)]
pub struct Index {
    analyzer: Analyzer,
    terms: HashMap<String, TermId>,
    /// Per term: its text (a stem, or two stems for a word pair).
    texts: Vec<String>,
    /// Per term: its weight, the idf (floored for words, scaled down for
    /// word pairs).
    weight: Vec<f32>,
    /// Per term: the documents holding it, ascending.
    postings: Vec<Vec<u32>>,
    vocab: Vocabulary,
    /// Per vocabulary word: its term.
    word_terms: Vec<TermId>,
    docs: Vec<Doc>,
    /// Per document: its rank by id, the tie-breaker.
    id_rank: Vec<u32>,
    unknown_weight: f32,
    tuning: Tuning,
}

/// One scored entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The document's position in the order it was indexed.
    pub doc: usize,
    /// The confidence, in [0, 1].
    pub score: f32,
    /// The question that fits best.
    pub phrasing: usize,
    pub fit: f32,
    pub coverage: f32,
}

/// How one word of the question was understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub word: String,
    /// Index terms it may mean, with the quality of each.
    pub means: Vec<(String, f32)>,
    pub weight: f32,
}

/// The ranking of entries for one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Best first; ties by id.
    pub hits: Vec<Hit>,
    /// The meaningful words of the question and what they were read as.
    pub readings: Vec<Reading>,
}

/// One meaningful word of a question, or an ordered pair of them.
#[derive(Debug)]
struct Slot {
    /// The terms it may mean, with the quality of each; empty if unknown.
    alternatives: Vec<(TermId, f32)>,
    weight: f32,
    /// For a pair: its two words, to tell whether it names a person.
    parts: Option<(TermId, TermId)>,
}

impl Slot {
    /// Whether the slot refers to whom `doc` is attributed to; `also` are
    /// words of this question that do so (see [`Doc::naming_in`]).
    fn names(&self, doc: &Doc, also: &[TermId]) -> bool {
        let names = |t: TermId| doc.names(t) || also.contains(&t);
        match self.parts {
            Some((a, b)) => names(a) || names(b),
            None => self.alternatives.iter().any(|&(t, _)| names(t)),
        }
    }
}

/// A question read for scoring.
struct Query {
    words: Vec<Slot>,
    pairs: Vec<Slot>,
    /// Neighbouring known words, by their best reading.
    adjacent: Vec<(TermId, TermId)>,
    /// The weight coverage is measured against. Unknown words count with
    /// the square root of their number: one unknown word ("salary") weighs
    /// fully, but the many fillers of a long, chatty question do not bury
    /// what it asks.
    total: f32,
}

impl Query {
    fn new(words: Vec<Slot>, pairs: Vec<Slot>, adjacent: Vec<(TermId, TermId)>) -> Self {
        let (unknown, known): (Vec<&Slot>, Vec<&Slot>) =
            words.iter().partition(|s| s.alternatives.is_empty());
        let unknown_total = match unknown.first() {
            Some(s) => s.weight * (unknown.len() as f32).sqrt(),
            None => 0.0,
        };
        let total = known.iter().map(|s| s.weight).sum::<f32>() + unknown_total;
        Query { words, pairs, adjacent, total }
    }
}

/// Interning of terms while building.
#[derive(Default)]
struct Terms {
    ids: HashMap<String, TermId>,
    texts: Vec<String>,
    /// Per pair term: its two words.
    parts: HashMap<TermId, (TermId, TermId)>,
    /// Surface word → its term, for the vocabulary.
    words: HashMap<String, TermId>,
}

impl Terms {
    fn intern(&mut self, text: String) -> TermId {
        if let Some(&id) = self.ids.get(&text) {
            return id;
        }
        let id = self.texts.len() as TermId;
        self.texts.push(text.clone());
        self.ids.insert(text, id);
        id
    }

    fn word(&mut self, token: Token) -> TermId {
        let id = self.intern(token.term);
        self.words.insert(token.surface, id);
        id
    }

    /// The words of `tokens` and their ordered pairs within the window.
    fn phrase(&mut self, tokens: Vec<Token>) -> (Vec<TermId>, Vec<TermId>) {
        let words: Vec<TermId> = tokens.into_iter().map(|t| self.word(t)).collect();
        let mut pairs = Vec::new();
        for (i, &a) in words.iter().enumerate() {
            for &b in words.iter().skip(i + 1).take(PAIR_WINDOW) {
                if a != b {
                    let pair = self
                        .intern(format!("{} {}", self.texts[a as usize], self.texts[b as usize]));
                    self.parts.insert(pair, (a, b));
                    pairs.push(pair);
                }
            }
        }
        (words, pairs)
    }
}

fn inverse_df(df: usize, n: usize) -> f32 {
    let (df, n) = (df as f32, n as f32);
    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
}

/// A document while building: fields and phrasing terms, before weights.
struct Draft {
    fields: Vec<(TermId, f32)>,
    names: Vec<TermId>,
    affiliations: Vec<TermId>,
    phrasings: Vec<Vec<TermId>>,
    shown: usize,
}

impl Index {
    pub fn build<'a>(
        analyzer: Analyzer,
        documents: impl IntoIterator<Item = Document<'a>>,
        tuning: Tuning,
    ) -> Self {
        let mut terms = Terms::default();
        let mut ids = Vec::new();
        let mut drafts = Vec::new();
        for doc in documents {
            ids.push(doc.id.to_owned());
            drafts.push(Self::draft(&analyzer, &mut terms, &doc, &tuning));
        }

        let n = drafts.len();
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); terms.texts.len()];
        for (d, draft) in drafts.iter().enumerate() {
            let mut all: Vec<TermId> = draft.fields.iter().map(|f| f.0).collect();
            all.extend(draft.phrasings.iter().flatten());
            all.sort_unstable();
            all.dedup();
            for t in all {
                postings[t as usize].push(d as u32);
            }
        }
        let floor = tuning.weight_floor * inverse_df(0, n.max(1));
        let weight: Vec<f32> = (0..terms.texts.len())
            .map(|t| {
                let idf = inverse_df(postings[t].len(), n);
                if terms.parts.contains_key(&(t as TermId)) {
                    idf * tuning.bigram_factor
                } else {
                    idf.max(floor)
                }
            })
            .collect();

        let docs = drafts.into_iter().map(|draft| Self::finish(draft, &weight, &terms)).collect();

        let mut by_id: Vec<usize> = (0..n).collect();
        by_id.sort_by(|&a, &b| ids[a].cmp(&ids[b]));
        let mut id_rank = vec![0u32; n];
        for (rank, &doc) in by_id.iter().enumerate() {
            id_rank[doc] = rank as u32;
        }

        // Misspelt synonyms ("colaboration") are corrected towards the
        // variant, which then stands for its canonical term.
        let mut words = std::mem::take(&mut terms.words);
        for (variant, canonical) in analyzer.variants() {
            if let Some(&term) = terms.ids.get(&analyzer.stem(canonical)) {
                words.entry(variant.to_owned()).or_insert(term);
            }
        }
        let vocab = Vocabulary::new(words.keys().cloned());
        let word_terms = vocab.words().iter().map(|w| words[w]).collect();
        Index {
            analyzer,
            terms: terms.ids,
            texts: terms.texts,
            weight,
            postings,
            vocab,
            word_terms,
            docs,
            id_rank,
            unknown_weight: tuning.unknown_factor * inverse_df(0, n.max(1)),
            tuning,
        }
    }

    fn draft(analyzer: &Analyzer, terms: &mut Terms, doc: &Document, tuning: &Tuning) -> Draft {
        let mut fields = Vec::new();
        let mut phrasings = Vec::new();
        for question in doc.questions.iter().chain(doc.labels) {
            let (words, mut pairs) = terms.phrase(analyzer.analyze(question));
            fields.extend(words.iter().map(|&t| (t, tuning.question_field)));
            pairs.extend(words);
            pairs.sort_unstable();
            pairs.dedup();
            phrasings.push(pairs);
        }
        let mut attribution = |texts: &[String], fields: &mut Vec<(TermId, f32)>| {
            let mut ids = Vec::new();
            for token in texts.iter().flat_map(|t| analyzer.analyze(t)) {
                let t = terms.word(token);
                ids.push(t);
                fields.push((t, tuning.attribution_field));
            }
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let names = attribution(doc.names, &mut fields);
        let affiliations = attribution(doc.affiliations, &mut fields);
        let rest = doc.topics.iter().map(|t| (t.as_str(), tuning.topic_field));
        for (text, weight) in rest.chain([(doc.answer, tuning.answer_field)]) {
            for token in analyzer.analyze(text) {
                fields.push((terms.word(token), weight));
            }
        }
        // Keep each term's best field.
        fields.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        fields.dedup_by_key(|f| f.0);
        Draft { fields, names, affiliations, phrasings, shown: doc.questions.len() }
    }

    /// Weighs a draft's phrasings and works out which of its words only
    /// name its person: their name always; a title or organisation unless
    /// a phrasing of the entry asks about it ("CIO" names Wendy Pfeiffer,
    /// CIO of Nutanix, in her entries, but is the topic of "What does
    /// Wendy Pfeiffer say about the CIO?").
    fn finish(draft: Draft, weight: &[f32], terms: &Terms) -> Doc {
        let mut spoken: Vec<TermId> = draft.phrasings.iter().flatten().copied().collect();
        spoken.sort_unstable();
        spoken.dedup();
        let mut naming = draft.names;
        naming.extend(draft.affiliations.iter().filter(|t| spoken.binary_search(t).is_err()));
        naming.sort_unstable();
        naming.dedup();
        let names = |t: TermId| match terms.parts.get(&t) {
            Some((a, b)) => naming.binary_search(a).is_ok() || naming.binary_search(b).is_ok(),
            None => naming.binary_search(&t).is_ok(),
        };
        let phrasings = draft
            .phrasings
            .into_iter()
            .map(|terms| {
                let weigh = |t: &TermId| weight[*t as usize].powi(2);
                Phrasing {
                    norm2: terms.iter().map(weigh).sum(),
                    topical2: terms.iter().filter(|&&t| !names(t)).map(weigh).sum(),
                    terms,
                }
            })
            .collect();
        Doc {
            fields: draft.fields,
            naming,
            affiliations: draft.affiliations,
            phrasings,
            shown: draft.shown,
        }
    }

    pub fn tuning(&self) -> Tuning {
        self.tuning
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Number of distinct terms (words and word pairs).
    pub fn term_count(&self) -> usize {
        self.texts.len()
    }

    /// Ranks the documents for `question`; at most `limit` hits.
    pub fn search(&self, question: &str, limit: usize) -> Ranking {
        let tokens = self.analyzer.analyze(question);
        let (query, readings) = self.read(&tokens);
        let mut hits: Vec<Hit> = self
            .candidates(&query.words)
            .into_iter()
            .map(|d| self.score(d, &query))
            .filter(|h| h.score > 0.0)
            .collect();
        hits.sort_by(|a, b| {
            b.score.total_cmp(&a.score).then(self.id_rank[a.doc].cmp(&self.id_rank[b.doc]))
        });
        hits.truncate(limit);
        Ranking { hits, readings }
    }

    /// Turns tokens into word slots and pair slots (ordered pairs of words
    /// within the window whose best readings form a known pair).
    fn read(&self, tokens: &[Token]) -> (Query, Vec<Reading>) {
        let mut words: Vec<Slot> = Vec::with_capacity(tokens.len());
        let mut readings = Vec::with_capacity(tokens.len());
        let mut sequence: Vec<(TermId, f32)> = Vec::with_capacity(tokens.len());
        for token in tokens {
            let alternatives = self.alternatives(token);
            let weight =
                match alternatives.iter().map(|&(t, _)| self.weight[t as usize]).reduce(f32::max) {
                    Some(w) => w,
                    None => self.unknown_weight,
                };
            readings.push(Reading {
                word: token.surface.clone(),
                means: alternatives
                    .iter()
                    .map(|&(t, q)| (self.texts[t as usize].clone(), q))
                    .collect(),
                weight,
            });
            if let Some(&best) = alternatives.first() {
                sequence.push(best);
            }
            // A repeated word says nothing new.
            let repeated =
                words.iter().any(|s| match (s.alternatives.first(), alternatives.first()) {
                    (Some(a), Some(b)) => a.0 == b.0,
                    (None, None) => readings.iter().filter(|r| r.word == token.surface).count() > 1,
                    _ => false,
                });
            if !repeated {
                words.push(Slot { alternatives, weight, parts: None });
            }
        }
        let mut pairs: Vec<Slot> = Vec::new();
        for (i, &(a, qa)) in sequence.iter().enumerate() {
            for &(b, qb) in sequence.iter().skip(i + 1).take(PAIR_WINDOW) {
                let key = format!("{} {}", self.texts[a as usize], self.texts[b as usize]);
                if let Some(&t) = self.terms.get(&key)
                    && !pairs.iter().any(|p| p.alternatives[0].0 == t)
                {
                    let weight = self.weight[t as usize];
                    pairs.push(Slot {
                        alternatives: vec![(t, qa.min(qb))],
                        weight,
                        parts: Some((a, b)),
                    });
                }
            }
        }
        let adjacent = sequence.windows(2).map(|w| (w[0].0, w[1].0)).collect();
        (Query::new(words, pairs, adjacent), readings)
    }

    /// The terms a token may mean, best first.
    fn alternatives(&self, token: &Token) -> Vec<(TermId, f32)> {
        if let Some(&t) = self.terms.get(&token.term) {
            return vec![(t, 1.0)];
        }
        let mut found: Vec<(TermId, f32)> = Vec::new();
        for near in self.vocab.near(&token.surface) {
            let term = self.word_terms[near.word as usize];
            if !found.iter().any(|&(t, _)| t == term) {
                found.push((term, near.quality));
            }
            if found.len() == MAX_ALTERNATIVES {
                break;
            }
        }
        found
    }

    fn candidates(&self, words: &[Slot]) -> Vec<usize> {
        let df = |s: &Slot| {
            s.alternatives.iter().map(|&(t, _)| self.postings[t as usize].len()).sum::<usize>()
        };
        let known = words.iter().filter(|s| !s.alternatives.is_empty());
        let rarest = known.clone().map(df).min().unwrap_or(0);
        let mut docs: Vec<u32> = Vec::new();
        for slot in known.filter(|s| df(s) <= COMMON_POSTINGS.max(rarest)) {
            for &(t, _) in &slot.alternatives {
                docs.extend_from_slice(&self.postings[t as usize]);
            }
        }
        docs.sort_unstable();
        docs.dedup();
        docs.into_iter().map(|d| d as usize).collect()
    }

    /// Scores one document: coverage of the question by the entry's fields,
    /// and fit of the question to its best phrasing.
    ///
    /// The fit leaves out how the entry's person is named: a phrasing says
    /// "Ozgur Aksakal", a question "the Global CTO Forum chair". Words of
    /// the question that name the entry's person without being in the
    /// phrasing, and name-words of the phrasing the question does not use,
    /// count for neither; coverage has already judged who is meant.
    fn score(&self, doc: usize, query: &Query) -> Hit {
        let d = &self.docs[doc];
        let (words, pairs) = (&query.words, &query.pairs);
        let covered: f32 = words
            .iter()
            .map(|s| {
                s.weight * s.alternatives.iter().map(|&(t, q)| q * d.field(t)).fold(0.0, f32::max)
            })
            .sum();
        let coverage = if query.total > 0.0 { covered / query.total } else { 0.0 };

        // When the question names the entry's person, the fit compares what
        // is asked with what a phrasing asks, leaving out how the person is
        // named: a phrasing says "Ozgur Aksakal", a question "the Global CTO
        // Forum chair", and coverage has already judged who is meant. When
        // it does not name them, "What does Ozgur Aksakal say about the
        // CIO?" is no answer to "what is a CIO?".
        let also = d.naming_in(&query.adjacent);
        let topical: Vec<&Slot> =
            words.iter().chain(pairs).filter(|s| !s.names(d, &also)).collect();
        let named = topical.len() < words.len() + pairs.len();
        let query2: f32 = topical.iter().map(|s| s.weight.powi(2)).sum();
        let mut best = (0.0f32, 0usize);
        for (i, p) in d.phrasings.iter().enumerate() {
            let phrasing2 = if named { p.topical2 } else { p.norm2 };
            let fit = if query2 <= f32::EPSILON || phrasing2 <= f32::EPSILON {
                // Only a person named: fits a phrasing that only names them.
                if query2 <= f32::EPSILON && phrasing2 <= f32::EPSILON && covered > 0.0 {
                    1.0
                } else {
                    0.0
                }
            } else {
                let dot: f32 = topical
                    .iter()
                    .map(|s| {
                        s.alternatives
                            .iter()
                            .filter(|&&(t, _)| p.terms.binary_search(&t).is_ok())
                            .map(|&(t, q)| q * s.weight * self.weight[t as usize])
                            .fold(0.0, f32::max)
                    })
                    .sum();
                (dot / (query2 * phrasing2).sqrt()).min(1.0)
            };
            if fit > best.0 {
                best = (fit, i);
            }
        }
        let (fit, mut phrasing) = best;
        if phrasing >= d.shown {
            // A label fitted best: show the canonical question instead.
            phrasing = 0;
        }
        let share = self.tuning.fit_share;
        let score = (share * fit + (1.0 - share) * coverage).clamp(0.0, 1.0);
        Hit { doc, score, phrasing, fit, coverage }
    }
}

#[cfg(test)]
mod tests {
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
}
