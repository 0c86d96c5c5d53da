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
//! Only entries that share a term with the question are candidates, and
//! very common terms do not pull candidates in on their own; coverage is
//! summed along the postings, and the fit is computed best-coverage first
//! until no remaining candidate can enter the top hits. So the cost of a
//! question follows the postings of its rarer words, not the size of the
//! knowledge base. Hand-written: this ranking is the product's own value.

mod build;
pub mod english;
mod vocab;

use std::cell::RefCell;

use rustc_hash::{FxHashMap, FxHashSet};

use vocab::Vocabulary;

use crate::text::{Analyzer, is_stop_word};

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
    /// An unknown word weighs this much of the idf of a word no entry has,
    /// scaled by how rare it is in English ([`english::rarity`]).
    pub unknown_factor: f32,
    /// The least share of that weight an everyday English word keeps. At
    /// 1.0, the default, every unknown word weighs fully: on its own,
    /// English frequency let through more out-of-scope questions than it
    /// won in-domain ones (0.15 on the project's sets: +4.7 points right
    /// first, -22 points out-of-scope declined), so it waits for the stage
    /// that reads what a question asks.
    pub common_word_floor: f32,
    /// In a long, chatty question ([`CHATTY`] meaningful words or more),
    /// the least share an everyday word keeps: "nice", "prepping" and
    /// "honestly" around what is asked are chatter, and what is asked is
    /// checked after ranking (`focus`), so they need not weigh as much as
    /// a rare word.
    pub chatty_word_floor: f32,
    /// No known word weighs less than this share of that idf: "cio" is in
    /// almost every entry, yet it is what tells a CIO answer from a CTO one.
    pub weight_floor: f32,
    /// Share of fit in the score; coverage has the rest.
    pub fit_share: f32,
    /// Below this confidence the engine declines rather than guess.
    pub threshold: f32,
    /// The same for a question about who owns a task, answered only by the
    /// entries marked as saying who looks after what.
    pub owner_threshold: f32,
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
            common_word_floor: 1.0,
            chatty_word_floor: 0.3,
            weight_floor: 0.3,
            fit_share: 0.5,
            threshold: 0.40,
            owner_threshold: 0.25,
        }
    }
}

/// Candidates come from the postings of the question's rarest words, up to
/// this many postings in all (the rarest word always counts); commoner
/// words still score the candidates, by lookup.
const POSTINGS_BUDGET: usize = 2_000;
/// Coverage by the commoner words is looked up for at most this many
/// candidates, those best covered by the rarer words, and the fit computed
/// for at most `RERANK` of them, best coverage first: bounds on the work
/// of a question whatever the index holds (a small index is scored whole).
const COMPLETE: usize = 400;
const RERANK: usize = 100;
/// A question with this many meaningful words or more is a long, chatty
/// one ([`Tuning::chatty_word_floor`]).
const CHATTY: usize = 12;
/// Words whose reading is kept.
const READINGS_KEPT: usize = 20_000;
/// Alternatives kept per typed word.
const MAX_ALTERNATIVES: usize = 6;
/// A typed word at least this common in English (Zipf 3: once in a
/// million words) is read as a typo only of a commoner word.
const COMMON_WORD_ZIPF: f32 = 3.0;
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

/// A document holding a term, with the term's best field weight there
/// (0 for a word pair, which only phrasings hold).
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    field: f32,
}

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
    /// Sorted: the words of its phrasings.
    spoken: Vec<TermId>,
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

    fn speaks(&self, t: TermId) -> bool {
        self.spoken.binary_search(&t).is_ok()
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
    words: FxHashMap<String, TermId>,
    /// Every word of the knowledge as written (folded) → its term: a
    /// question's known words need no stemming.
    surfaces: FxHashMap<String, TermId>,
    pairs: FxHashMap<(TermId, TermId), TermId>,
    /// Per term: its text for a word; empty for a pair.
    texts: Vec<String>,
    /// Per term: its two words, for a pair.
    parts: Vec<Option<(TermId, TermId)>>,
    /// Per term: its weight, the idf (floored for words, scaled down for
    /// word pairs).
    weight: Vec<f32>,
    /// Per term: the documents holding it, ascending.
    postings: Vec<Vec<Posting>>,
    vocab: Vocabulary,
    /// How words were read ([`Index::resolve`]), by word: the index never
    /// changes, so neither does a word's reading.
    resolved: quick_cache::sync::Cache<String, Word>,
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
    /// How many meaningful words the question has (0: only stop words,
    /// punctuation or nothing).
    pub words: usize,
}

/// How the index reads one word of a question.
#[derive(Debug, Clone)]
enum Word {
    Terms(Vec<(TermId, f32)>),
    /// An everyday typo of a stop word: it says nothing.
    Filler,
    Unknown,
}

/// How much a word read through an everyday typo counts for ("comunication").
const EVERYDAY_TYPO_QUALITY: f32 = 0.9;

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
    /// The weight coverage is measured against. Unknown words count by the
    /// Euclidean norm of their weights, the square root of their number
    /// when they weigh alike: one unknown word ("salary") weighs fully, but
    /// the many fillers of a long, chatty question do not bury what it asks.
    total: f32,
}

impl Query {
    fn new(words: Vec<Slot>, pairs: Vec<Slot>, adjacent: Vec<(TermId, TermId)>) -> Self {
        let (unknown, known): (Vec<&Slot>, Vec<&Slot>) =
            words.iter().partition(|s| s.alternatives.is_empty());
        // Their Euclidean norm: for n words of weight w, w·√n.
        let unknown_total = unknown.iter().map(|s| s.weight.powi(2)).sum::<f32>().sqrt();
        let total = known.iter().map(|s| s.weight).sum::<f32>() + unknown_total;
        Query { words, pairs, adjacent, total }
    }
}

/// Per-thread buffers for summing coverage along postings, reused across
/// questions so a question allocates nothing in proportion to the index.
#[derive(Default)]
struct Scratch {
    /// Per document: the covered weight so far.
    covered: Vec<f32>,
    /// Per document: the best match of the current slot, or < 0.
    slot_best: Vec<f32>,
    touched: Vec<u32>,
    slot_touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Index {
    pub fn build<'a>(
        analyzer: Analyzer,
        documents: impl IntoIterator<Item = Document<'a>>,
        tuning: Tuning,
    ) -> Self {
        build::build(analyzer, documents, tuning)
    }

    pub fn tuning(&self) -> Tuning {
        self.tuning
    }

    /// Whether the knowledge knows `word` (one of [`Index::words`]), as
    /// written, stemmed, completed or corrected.
    pub fn knows(&self, word: &str) -> bool {
        !matches!(self.resolve(word), Word::Unknown)
    }

    /// How one word is read: as the knowledge's terms; failing that, as the
    /// everyday word a rare spelling stands for ("wat" is "what", filler
    /// like any stop word; "comunication" is "communication"); or unknown.
    fn resolve(&self, word: &str) -> Word {
        // Reading a word the knowledge does not hold as written (stemming,
        // completions, corrections, everyday typos) costs microseconds, and
        // people use the same words again and again.
        if let Some(known) = self.resolved.get(word) {
            return known;
        }
        let read = self.read_word(word);
        self.resolved.insert(word.to_owned(), read.clone());
        read
    }

    fn read_word(&self, word: &str) -> Word {
        let alternatives = self.alternatives(word);
        if !alternatives.is_empty() {
            return Word::Terms(alternatives);
        }
        match english::everyday(word) {
            Some(meant) if is_stop_word(meant) => Word::Filler,
            Some(meant) => {
                let alternatives: Vec<(TermId, f32)> = (self.alternatives(meant).into_iter())
                    .map(|(t, q)| (t, q * EVERYDAY_TYPO_QUALITY))
                    .collect();
                if alternatives.is_empty() { Word::Unknown } else { Word::Terms(alternatives) }
            }
            None => Word::Unknown,
        }
    }

    /// The meaningful words of a text as the index reads them: folded,
    /// stop words dropped, synonyms applied, not stemmed.
    pub fn words(&self, text: &str) -> Vec<String> {
        self.analyzer.words(text)
    }

    fn term_text(&self, t: TermId) -> String {
        match self.parts[t as usize] {
            Some((a, b)) => format!("{} {}", self.texts[a as usize], self.texts[b as usize]),
            None => self.texts[t as usize].clone(),
        }
    }

    /// Ranks the documents for `question`; at most `limit` hits.
    pub fn search(&self, question: &str, limit: usize) -> Ranking {
        let tokens = self.analyzer.words(question);
        let query = self.read(&tokens);
        let mut candidates = self.coverage(&query);
        let order = |a: &(usize, f32), b: &(usize, f32)| {
            b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
        };
        if candidates.len() > RERANK {
            candidates.select_nth_unstable_by(RERANK, order);
            candidates.truncate(RERANK);
        }
        candidates.sort_unstable_by(order);
        let share = self.tuning.fit_share;
        let mut hits: Vec<Hit> = Vec::with_capacity(limit + 1);
        let mut buffer = FitBuffer::default();
        let query2: f32 = query.words.iter().chain(&query.pairs).map(|s| s.weight.powi(2)).sum();
        for (doc, coverage) in candidates {
            // Candidates come best coverage first: once even a perfect fit
            // cannot reach the last of the top hits, none can; and a
            // candidate whose phrasings hold too little of the question is
            // passed over without working its fit out.
            let enough = |fit: f32| {
                hits.len() < limit
                    || share * fit + (1.0 - share) * coverage >= hits[limit - 1].score
            };
            if limit == 0 || !enough(1.0) {
                break;
            }
            if !enough(self.fit_bound(doc, &query, query2)) {
                continue;
            }
            let (fit, phrasing) = self.fit(doc, &query, &mut buffer);
            let score = (share * fit + (1.0 - share) * coverage).clamp(0.0, 1.0);
            if score <= 0.0 {
                continue;
            }
            let hit = Hit { doc, score, phrasing, fit, coverage };
            let at = hits.partition_point(|h| {
                h.score > score || (h.score == score && self.id_rank[h.doc] < self.id_rank[doc])
            });
            if at < limit {
                hits.insert(at, hit);
                hits.truncate(limit);
            }
        }
        Ranking { hits, words: tokens.len() }
    }

    /// The weight of a word the knowledge does not know.
    fn unknown(&self, word: &str, chatty: bool) -> f32 {
        let floor =
            if chatty { self.tuning.chatty_word_floor } else { self.tuning.common_word_floor };
        self.unknown_weight * english::rarity(word, floor)
    }

    /// The meaningful words of `text` (as [`Index::words`] reads them) that
    /// entry `doc` does not hold anywhere, read through synonyms, stemming
    /// and the typo tolerance; words the knowledge does not know at all
    /// are among them. Filler is not.
    pub fn uncovered(&self, text: &str, doc: usize) -> Vec<String> {
        self.uncovered_words(&self.analyzer.words(text), doc)
    }

    /// [`Index::uncovered`], of words already read ([`Index::words`]).
    pub fn uncovered_words(&self, words: &[String], doc: usize) -> Vec<String> {
        let Some(d) = self.docs.get(doc) else { return Vec::new() };
        let mut out: Vec<String> = Vec::new();
        for token in words.iter().cloned() {
            let covered = match self.resolve(&token) {
                Word::Terms(alternatives) => alternatives.iter().any(|&(t, _)| d.field(t) > 0.0),
                Word::Filler => true,
                Word::Unknown => false,
            };
            if !covered && !out.contains(&token) {
                out.push(token);
            }
        }
        out
    }

    /// Whether entry `doc` holds `word` (typed, folded): as written, through
    /// the synonyms or stemming, or as the word a typo stands for. A stop
    /// word is held by every entry.
    pub fn holds(&self, doc: usize, word: &str) -> bool {
        let Some(d) = self.docs.get(doc) else { return false };
        // A word the analysis drops (a stop word) asks nothing.
        self.analyzer.words(word).iter().all(|token| self.doc_holds(d, token))
    }

    /// Whether entry `doc` holds the head of `phrase` (its last word, read
    /// with the words before it through the synonyms: "full form" is an
    /// acronym), unless `frame` says that head only frames a question.
    pub fn holds_head(&self, doc: usize, phrase: &str, frame: impl Fn(&str) -> bool) -> bool {
        let Some(d) = self.docs.get(doc) else { return false };
        match self.analyzer.words(phrase).last() {
            Some(head) => frame(head) || self.doc_holds(d, head),
            None => true,
        }
    }

    fn doc_holds(&self, d: &Doc, token: &str) -> bool {
        match self.resolve(token) {
            Word::Terms(alternatives) => alternatives.iter().any(|&(t, _)| d.field(t) > 0.0),
            Word::Filler => true,
            Word::Unknown => false,
        }
    }

    /// How each meaningful word of `question` is read, for `--explain`.
    pub fn readings(&self, question: &str) -> Vec<Reading> {
        let tokens = self.analyzer.words(question);
        let reading = |token: &String| {
            let alternatives = match self.resolve(token) {
                Word::Terms(alternatives) => alternatives,
                Word::Filler | Word::Unknown => Vec::new(),
            };
            let weight =
                alternatives.iter().map(|&(t, _)| self.weight[t as usize]).reduce(f32::max);
            Reading {
                word: token.clone(),
                means: alternatives.iter().map(|&(t, q)| (self.term_text(t), q)).collect(),
                weight: weight.unwrap_or_else(|| self.unknown(token, tokens.len() >= CHATTY)),
            }
        };
        tokens.iter().map(reading).collect()
    }

    /// Turns tokens into word slots and pair slots (ordered pairs of words
    /// within the window whose best readings form a known pair).
    fn read(&self, tokens: &[String]) -> Query {
        let mut words: Vec<Slot> = Vec::with_capacity(tokens.len());
        let mut sequence: Vec<(TermId, f32)> = Vec::with_capacity(tokens.len());
        let mut seen_terms = FxHashSet::default();
        let mut seen_unknown = FxHashSet::default();
        for token in tokens {
            let alternatives = match self.resolve(token) {
                Word::Terms(alternatives) => alternatives,
                Word::Filler => continue,
                Word::Unknown => Vec::new(),
            };
            let weight =
                match alternatives.iter().map(|&(t, _)| self.weight[t as usize]).reduce(f32::max) {
                    Some(w) => w,
                    None => self.unknown(token, tokens.len() >= CHATTY),
                };
            if let Some(&best) = alternatives.first() {
                sequence.push(best);
            }
            // A repeated word says nothing new.
            let first = match alternatives.first() {
                Some(&(t, _)) => seen_terms.insert(t),
                None => seen_unknown.insert(token.as_str()),
            };
            if first {
                words.push(Slot { alternatives, weight, parts: None });
            }
        }
        let mut pairs: Vec<Slot> = Vec::new();
        for (i, &(a, qa)) in sequence.iter().enumerate() {
            for &(b, qb) in sequence.iter().skip(i + 1).take(PAIR_WINDOW) {
                if let Some(&t) = self.pairs.get(&(a, b))
                    && !pairs.iter().any(|p| p.alternatives[0].0 == t)
                {
                    let weight = self.weight[t as usize];
                    let alternatives = vec![(t, qa.min(qb))];
                    pairs.push(Slot { alternatives, weight, parts: Some((a, b)) });
                }
            }
        }
        let adjacent = sequence.windows(2).map(|w| (w[0].0, w[1].0)).collect();
        Query::new(words, pairs, adjacent)
    }

    /// The terms a word (folded, as written) may mean, best first: its own
    /// if the knowledge has it as written or stemmed, else completions and
    /// corrections.
    fn alternatives(&self, word: &str) -> Vec<(TermId, f32)> {
        if let Some(&t) = self.surfaces.get(word) {
            return vec![(t, 1.0)];
        }
        if let Some(&t) = self.words.get(&self.analyzer.stem(word)) {
            return vec![(t, 1.0)];
        }
        let mut found: Vec<(TermId, f32)> = Vec::new();
        // A common English word is a word, not a typo: it is never read as
        // a rarer one ("average" is not "leverage", "age" not "page"). It
        // may still be read as a commoner one ("manger" → "manager").
        let typed_zipf = english::zipf(word).unwrap_or(0.0);
        let guarded = typed_zipf >= COMMON_WORD_ZIPF;
        for near in self.vocab.near(word) {
            let meant = &self.vocab.words()[near.word as usize];
            if guarded && english::zipf(meant).unwrap_or(0.0) <= typed_zipf {
                continue;
            }
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

    /// The candidates and their coverage: summed along the postings of the
    /// rarer words, then completed with the common words by lookup.
    fn coverage(&self, query: &Query) -> Vec<(usize, f32)> {
        let df = |s: &Slot| {
            s.alternatives.iter().map(|&(t, _)| self.postings[t as usize].len()).sum::<usize>()
        };
        let mut known: Vec<(usize, &Slot)> =
            query.words.iter().filter(|s| !s.alternatives.is_empty()).map(|s| (df(s), s)).collect();
        known.sort_by_key(|&(df, _)| df);
        let (mut rare, mut common, mut spent) = (Vec::new(), Vec::new(), 0);
        for (df, slot) in known {
            if rare.is_empty() || spent + df <= POSTINGS_BUDGET {
                spent += df;
                rare.push(slot);
            } else {
                common.push(slot);
            }
        }
        let mut candidates: Vec<(usize, f32)> = SCRATCH.with(|cell| {
            let scratch = &mut *cell.borrow_mut();
            if scratch.covered.len() < self.docs.len() {
                scratch.covered.resize(self.docs.len(), 0.0);
                scratch.slot_best.resize(self.docs.len(), -1.0);
            }
            scratch.touched.clear();
            for slot in rare {
                scratch.slot_touched.clear();
                for &(t, q) in &slot.alternatives {
                    for p in &self.postings[t as usize] {
                        let (d, v) = (p.doc as usize, q * p.field);
                        if scratch.slot_best[d] < 0.0 {
                            scratch.slot_touched.push(p.doc);
                        }
                        scratch.slot_best[d] = scratch.slot_best[d].max(v);
                    }
                }
                for &d in &scratch.slot_touched {
                    let d = d as usize;
                    if scratch.covered[d] == 0.0 {
                        scratch.touched.push(d as u32);
                    }
                    // A tiny floor keeps a touched document marked even if
                    // the slot matched with weight 0.
                    scratch.covered[d] +=
                        (slot.weight * scratch.slot_best[d]).max(f32::MIN_POSITIVE);
                    scratch.slot_best[d] = -1.0;
                }
            }
            let out = scratch.touched.iter().map(|&d| (d as usize, scratch.covered[d as usize]));
            let out: Vec<(usize, f32)> = out.collect();
            for &d in &scratch.touched {
                scratch.covered[d as usize] = 0.0;
            }
            out
        });
        if candidates.len() > COMPLETE {
            let order = |a: &(usize, f32), b: &(usize, f32)| {
                b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
            };
            candidates.select_nth_unstable_by(COMPLETE, order);
            candidates.truncate(COMPLETE);
        }
        for (doc, covered) in &mut candidates {
            let d = &self.docs[*doc];
            for slot in &common {
                let best =
                    slot.alternatives.iter().map(|&(t, q)| q * d.field(t)).fold(0.0, f32::max);
                *covered += slot.weight * best;
            }
            *covered = if query.total > 0.0 { *covered / query.total } else { 0.0 };
        }
        candidates
    }

    /// An upper bound of [`Index::fit`], cheap to work out: by Cauchy-Schwarz,
    /// the cosine is at most the share of the question's norm whose words
    /// (or pairs of words) occur in some phrasing. A question naming the
    /// entry's person may leave words out of the fit, so it gets no bound.
    fn fit_bound(&self, doc: usize, query: &Query, query2: f32) -> f32 {
        let d = &self.docs[doc];
        let mut spoken2 = 0.0;
        for s in &query.words {
            if s.alternatives.iter().any(|&(t, _)| d.names(t)) {
                return 1.0;
            }
            if s.alternatives.iter().any(|&(t, _)| d.speaks(t)) {
                spoken2 += s.weight.powi(2);
            }
        }
        for s in &query.pairs {
            if let Some((a, b)) = s.parts
                && d.speaks(a)
                && d.speaks(b)
            {
                spoken2 += s.weight.powi(2);
            }
        }
        if query2 <= 0.0 { 0.0 } else { (spoken2 / query2).sqrt().min(1.0) }
    }

    /// How well the question fits the document's best phrasing, and which.
    ///
    /// When the question names the entry's person, the fit compares what is
    /// asked with what a phrasing asks, leaving out how the person is named:
    /// a phrasing says "Ozgur Aksakal", a question "the Global CTO Forum
    /// chair", and coverage has already judged who is meant. When it does
    /// not name them, "What does Ozgur Aksakal say about the CIO?" is no
    /// answer to "what is a CIO?".
    fn fit(&self, doc: usize, query: &Query, buffer: &mut FitBuffer) -> (f32, usize) {
        let d = &self.docs[doc];
        let also = d.naming_in(&query.adjacent);
        // The terms the topical slots may match, sorted, each with its slot
        // and what a match contributes: one merge with each phrasing's
        // sorted terms then finds every match.
        let FitBuffer { terms, best, touched } = buffer;
        terms.clear();
        let (mut named, mut query2) = (false, 0.0f32);
        for (k, s) in query.words.iter().chain(&query.pairs).enumerate() {
            if s.names(d, &also) {
                named = true;
                continue;
            }
            query2 += s.weight.powi(2);
            for &(t, q) in &s.alternatives {
                terms.push((t, k as u32, q * s.weight * self.weight[t as usize]));
            }
        }
        terms.sort_unstable_by_key(|&(t, _, _)| t);
        best.clear();
        best.resize(query.words.len() + query.pairs.len(), 0.0);

        let mut top = (0.0f32, 0usize);
        for (i, p) in d.phrasings.iter().enumerate() {
            let phrasing2 = if named { p.topical2 } else { p.norm2 };
            let fit = if query2 <= f32::EPSILON || phrasing2 <= f32::EPSILON {
                // Only a person named: fits a phrasing that only names them.
                if query2 <= f32::EPSILON && phrasing2 <= f32::EPSILON && named { 1.0 } else { 0.0 }
            } else {
                touched.clear();
                let (mut a, mut b) = (0, 0);
                while a < terms.len() && b < p.terms.len() {
                    let (t, k, c) = terms[a];
                    match t.cmp(&p.terms[b]) {
                        std::cmp::Ordering::Less => a += 1,
                        std::cmp::Ordering::Greater => b += 1,
                        std::cmp::Ordering::Equal => {
                            // A slot counts once, by its best alternative.
                            let slot = &mut best[k as usize];
                            if *slot == 0.0 {
                                touched.push(k);
                            }
                            *slot = slot.max(c);
                            a += 1;
                        }
                    }
                }
                let dot: f32 = touched.iter().map(|&k| std::mem::take(&mut best[k as usize])).sum();
                (dot / (query2 * phrasing2).sqrt()).min(1.0)
            };
            if fit > top.0 {
                top = (fit, i);
            }
        }
        let (fit, mut phrasing) = top;
        if phrasing >= d.shown {
            // A label fitted best: show the canonical question instead.
            phrasing = 0;
        }
        (fit, phrasing)
    }
}

/// Buffers the fit reuses from one candidate to the next.
#[derive(Default)]
struct FitBuffer {
    /// (term, slot, contribution), sorted by term.
    terms: Vec<(TermId, u32, f32)>,
    /// Per slot: its best contribution to the current phrasing.
    best: Vec<f32>,
    /// The slots with a contribution to the current phrasing.
    touched: Vec<u32>,
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
}
