//! Reading a question: each word as the terms it may mean (as written,
//! stemmed, completed or corrected, or as the everyday word a typo stands
//! for), with its weight, and the word pairs it forms. Apart from the
//! scoring so that typo tolerance can change without touching the ranking.

use smallvec::{SmallVec, smallvec};

use super::{CHATTY, Doc, Index, PAIR_WINDOW, Reading, TermId, english};
use crate::text::is_stop_word;

/// Alternatives kept per typed word.
const MAX_ALTERNATIVES: usize = 6;

/// The terms a word may mean, best first, with the quality of each. Most
/// words mean one term: held inline, a question's reading allocates
/// nothing per word.
pub(super) type Alternatives = SmallVec<[(TermId, f32); 2]>;
/// A typed word at least this common in English (Zipf 3: once in a
/// million words) is read as a typo only of a much commoner word.
const COMMON_WORD_ZIPF: f32 = 3.0;
/// How much commoner that word must be (Zipf 1.5: thirty times): a real
/// word is rarely a slip for one only a few times as common ("approves" is
/// not "improves", "channel" not "change", "lunch" not "launch").
const MUCH_COMMONER: f32 = 1.5;

/// How the index reads one word of a question.
#[derive(Debug, Clone)]
pub(super) enum Word {
    Terms(Alternatives),
    /// An everyday typo of a stop word: it says nothing.
    Filler,
    /// A word the knowledge does not hold, and the everyday word it is a
    /// typo of, if any: "betwen" weighs as "between" would, not as a rare
    /// word.
    Unknown(Option<&'static str>),
}

/// How much a word read through an everyday typo counts for ("comunication").
const EVERYDAY_TYPO_QUALITY: f32 = 0.9;

/// One meaningful word of a question, or an ordered pair of them.
#[derive(Debug)]
pub(super) struct Slot {
    /// The terms it may mean, with the quality of each; empty if unknown.
    pub(super) alternatives: Alternatives,
    pub(super) weight: f32,
    /// For a pair: its two words, to tell whether it names a person.
    pub(super) parts: Option<(TermId, TermId)>,
}

impl Slot {
    /// Whether the slot refers to whom `doc` is attributed to; `also` are
    /// words of this question that do so (see [`Doc::naming_in`]).
    pub(super) fn names(&self, doc: &Doc, also: &[TermId]) -> bool {
        let names = |t: TermId| doc.names(t) || also.contains(&t);
        match self.parts {
            Some((a, b)) => names(a) || names(b),
            None => self.alternatives.iter().any(|&(t, _)| names(t)),
        }
    }
}

/// A question read for scoring.
pub(super) struct Query {
    pub(super) words: Vec<Slot>,
    pub(super) pairs: Vec<Slot>,
    /// Neighbouring known words, by their best reading.
    pub(super) adjacent: Vec<(TermId, TermId)>,
    /// The weight coverage is measured against. Unknown words count by the
    /// Euclidean norm of their weights, the square root of their number
    /// when they weigh alike: one unknown word ("salary") weighs fully, but
    /// the many fillers of a long, chatty question do not bury what it asks.
    pub(super) total: f32,
}

impl Query {
    fn new(words: Vec<Slot>, pairs: Vec<Slot>, adjacent: Vec<(TermId, TermId)>) -> Self {
        let unknown = words.iter().filter(|s| s.alternatives.is_empty());
        let known = words.iter().filter(|s| !s.alternatives.is_empty());
        // Their Euclidean norm: for n words of weight w, w·√n.
        let unknown_total = unknown.map(|s| s.weight.powi(2)).sum::<f32>().sqrt();
        let total = known.map(|s| s.weight).sum::<f32>() + unknown_total;
        Query { words, pairs, adjacent, total }
    }
}

impl Index {
    /// How one word is read: as the knowledge's terms; failing that, as the
    /// everyday word a rare spelling stands for ("wat" is "what", filler
    /// like any stop word; "comunication" is "communication"); or unknown.
    pub(super) fn resolve(&self, word: &str) -> Word {
        // A word the knowledge holds as written needs no cache.
        if let Some(&t) = self.surfaces.get(word) {
            return Word::Terms(smallvec![(t, 1.0)]);
        }
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
                let alternatives: Alternatives = (self.alternatives(meant).into_iter())
                    .map(|(t, q)| (t, q * EVERYDAY_TYPO_QUALITY))
                    .collect();
                if alternatives.is_empty() {
                    Word::Unknown(Some(meant))
                } else {
                    Word::Terms(alternatives)
                }
            }
            None => Word::Unknown(None),
        }
    }

    fn term_text(&self, t: TermId) -> String {
        match self.parts[t as usize] {
            Some((a, b)) => format!("{} {}", self.texts[a as usize], self.texts[b as usize]),
            None => self.texts[t as usize].clone(),
        }
    }

    /// The weight of a word the knowledge does not know, read as the
    /// everyday word it stands for if it is a typo of one.
    fn unknown(&self, word: &str, stands_for: Option<&str>, chatty: bool) -> f32 {
        let floor =
            if chatty { self.tuning.chatty_word_floor } else { self.tuning.common_word_floor };
        self.unknown_weight * english::rarity(stands_for.unwrap_or(word), floor)
    }

    /// How each meaningful word of `question` is read, for `--explain`.
    pub fn readings(&self, question: &str) -> Vec<Reading> {
        let tokens = self.analyzer.words(question);
        let reading = |token: &String| {
            let (alternatives, stands_for) = match self.resolve(token) {
                Word::Terms(alternatives) => (alternatives, None),
                // Read as nothing, as the stop word it is a typo of.
                Word::Filler => {
                    return Reading { word: token.clone(), means: Vec::new(), weight: 0.0 };
                }
                Word::Unknown(stands_for) => (Alternatives::new(), stands_for),
            };
            let weight =
                alternatives.iter().map(|&(t, _)| self.weight[t as usize]).reduce(f32::max);
            let chatty = tokens.len() >= CHATTY;
            Reading {
                word: token.clone(),
                means: alternatives.iter().map(|&(t, q)| (self.term_text(t), q)).collect(),
                weight: weight.unwrap_or_else(|| self.unknown(token, stands_for, chatty)),
            }
        };
        tokens.iter().map(reading).collect()
    }

    /// Turns tokens into word slots and pair slots (ordered pairs of words
    /// within the window whose best readings form a known pair).
    pub(super) fn read(&self, tokens: &[String]) -> Query {
        let mut words: Vec<Slot> = Vec::with_capacity(tokens.len());
        // A question's words are few: these are held inline and searched
        // in turn, not hashed.
        let mut sequence: SmallVec<[(TermId, f32); 16]> = SmallVec::new();
        let mut seen_unknown: SmallVec<[&str; 8]> = SmallVec::new();
        let read: SmallVec<[(&String, Word); 16]> =
            tokens.iter().map(|t| (t, self.resolve(t))).collect();
        // A question that names the source ("according to the article")
        // while asking two other things the knowledge knows of is ranked
        // without it: otherwise "what's the difference between a CIO and a
        // CTO according to the article?" is drawn to the entry about the
        // article itself, whose phrasings name it. "What is the article
        // about?" and "who published the article?" keep it.
        let names_source = |word: &Word| match word {
            Word::Terms(alternatives) => {
                alternatives.first().is_some_and(|(t, _)| self.source.contains(t))
            }
            _ => false,
        };
        let sources = read.iter().filter(|(_, w)| names_source(w)).count();
        let known = read.iter().filter(|(_, w)| matches!(w, Word::Terms(_))).count();
        let drop_source = sources > 0 && known - sources >= 2;
        for (token, word) in read {
            if drop_source && names_source(&word) {
                continue;
            }
            let (alternatives, stands_for) = match word {
                Word::Terms(alternatives) => (alternatives, None),
                Word::Filler => continue,
                Word::Unknown(stands_for) => (Alternatives::new(), stands_for),
            };
            let weight =
                match alternatives.iter().map(|&(t, _)| self.weight[t as usize]).reduce(f32::max) {
                    Some(w) => w,
                    None => self.unknown(token, stands_for, tokens.len() >= CHATTY),
                };
            if let Some(&best) = alternatives.first() {
                sequence.push(best);
            }
            // A repeated word says nothing new: a known one is seen when a
            // slot kept reads it first the same.
            let first = match alternatives.first() {
                Some(&(t, _)) => {
                    !words.iter().any(|s| s.alternatives.first().is_some_and(|&(u, _)| u == t))
                }
                None if seen_unknown.contains(&token.as_str()) => false,
                None => {
                    seen_unknown.push(token.as_str());
                    true
                }
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
                    let alternatives = smallvec![(t, qa.min(qb))];
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
    fn alternatives(&self, word: &str) -> Alternatives {
        if let Some(&t) = self.surfaces.get(word) {
            return smallvec![(t, 1.0)];
        }
        if let Some(&t) = self.words.get(&self.analyzer.stem(word)) {
            return smallvec![(t, 1.0)];
        }
        let mut found = Alternatives::new();
        // A common English word is a word, not a typo: it is never read as
        // a rarer one ("average" is not "leverage", "age" not "page"), nor
        // as one only a few times commoner. A rare spelling may still be
        // read as a commoner word ("manger" → "manager").
        let typed_zipf = english::zipf(word).unwrap_or(0.0);
        let guarded = typed_zipf >= COMMON_WORD_ZIPF;
        for near in self.vocab.near(word) {
            let meant = &self.vocab.words()[near.word as usize];
            if guarded && english::zipf(meant).unwrap_or(0.0) < typed_zipf + MUCH_COMMONER {
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
}
