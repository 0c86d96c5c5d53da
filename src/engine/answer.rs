//! The engine's reply: an answer, or a decline with the nearest questions
//! and the closest fact. Its own file because every front end reads these
//! types, and none needs to know how the engine reached them.

use crate::knowledge::Entry;

/// The entry nearest to a declined question, when it gives the kind of
/// answer asked and ranks as an answer would but does not hold what is
/// asked: the closest fact the article gives, offered as such.
#[derive(Debug, Clone, PartialEq)]
pub struct Closest<'k> {
    pub entry: &'k Entry,
    /// What the question asks about that the entry does not hold, as typed
    /// (folded).
    pub missing: Vec<String>,
}

/// The engine's reply to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<'k> {
    /// The question as asked.
    pub question: String,
    /// How sure the engine is of the best entry, in [0, 1].
    pub confidence: f32,
    pub outcome: Outcome<'k>,
    /// Whether the sentence model was consulted.
    pub by_meaning: bool,
    /// The word matcher's best score for any entry other than its choice:
    /// how clear that choice is.
    pub runner_up: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<'k> {
    Answered {
        entry: &'k Entry,
        /// The curated phrasing that matched best.
        matched: &'k str,
        /// For a question about who owns a task the source does not name
        /// ("the laptop rollout"): the task's words, as asked. The answer
        /// is then what the source says about who looks after that kind of
        /// work, and the reply says the source does not name the task.
        unnamed: Vec<String>,
    },
    Declined {
        reason: Decline,
        /// The nearest questions the engine can answer, best first.
        nearest: Vec<Suggestion<'k>>,
        /// The closest fact, when an entry nearly answered.
        closest: Option<Closest<'k>>,
    },
}

/// Why the engine declined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decline {
    /// The question had no meaningful words.
    Empty,
    /// Nothing in the knowledge matches well enough.
    NoMatch,
    /// An entry matches, but does not hold what is asked ([`Closest`]).
    NotSaid,
}

/// An entry as near a question by meaning ([`super::Engine::nearest_by_meaning`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ByMeaning<'k> {
    pub entry: &'k Entry,
    /// The cosine of the entry's closest phrasing to the question.
    pub cosine: f32,
    /// That phrasing (the entry's own or an everyday one).
    pub phrasing: &'k str,
    /// Whether the entry gives the kind of answer the question asks.
    pub gives_what_is_asked: bool,
    /// What the question asks about that the entry does not hold.
    pub missing: Vec<String>,
}

/// A question the engine can answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Suggestion<'k> {
    /// A curated phrasing (at most 100 characters).
    pub question: &'k str,
    pub entry: &'k Entry,
}

impl<'k> Answer<'k> {
    pub fn entry(&self) -> Option<&'k Entry> {
        match &self.outcome {
            Outcome::Answered { entry, .. } => Some(entry),
            Outcome::Declined { .. } => None,
        }
    }
}
