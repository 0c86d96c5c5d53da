//! Why the decision took or passed over each entry the word matcher ranks
//! first, as `--explain` shows it: the question read as the decision reads
//! it whole (who owns a task is first read as any other question), and for
//! each ranked entry the gate's verdict. A curator sees why a question was
//! declined, not only how near each entry came.

use crate::ask;
use crate::knowledge::Entry;
use crate::search::{Hit, Reading};
use crate::text::fold;

use super::Engine;
use super::gate::Fit;
use super::typed::Typed;

/// One ranked entry and the gate's verdict on it.
#[derive(Debug, Clone)]
pub struct Verdict<'k> {
    pub hit: Hit,
    pub entry: &'k Entry,
    pub why: Why,
}

/// The gate's verdict on a ranked entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// It gives what is asked, about whom it is asked: it answers when its
    /// score reaches the threshold.
    Answers,
    /// It gives the kind of answer asked but does not hold these, which
    /// the question asks about.
    Missing(Vec<String>),
    /// It is about what is asked but never gives the kind of answer asked
    /// (named as a reply names it: "title", "when").
    LacksKind(&'static str),
    /// It is not about whom, or not the kind of answer, asked.
    NotAsked(&'static str),
    /// The question names both words that this entry and its mirror entry
    /// swap ("is the CIO or the CTO the builder?"): neither half answers.
    NamesMirror,
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Why::Answers => write!(f, "gives what is asked"),
            Why::Missing(words) => write!(f, "passed over: does not hold {}", words.join(", ")),
            Why::LacksKind(kind) => write!(f, "passed over: never gives the {kind} asked"),
            Why::NotAsked(why) => write!(f, "passed over: {why}"),
            Why::NamesMirror => write!(f, "passed over: the question names both of its pair"),
        }
    }
}

impl Engine {
    /// The best `limit` entries for `question` as the decision ranks them,
    /// each with the gate's verdict, and how each word was read.
    pub fn explain(&self, question: &str, limit: usize) -> (Vec<Verdict<'_>>, Vec<Reading>) {
        // Read as the decision reads it (without its asides).
        let question = self.as_read(question);
        let question = question.as_ref();
        let folded = fold(question);
        let typed = Typed::new(question, &folded);
        let asked = match typed.ask() {
            ask::Ask::Owner => ask::Ask::Other,
            asked => asked,
        };
        let read = self.read(question, &typed);
        let ranking = self.rank(&read, &typed, &asked, limit);
        let gate = self.gate_with(&read, &typed, asked);
        let verdict = |hit: Hit| {
            let why = match gate.fit(self, hit.doc) {
                _ if self.names_mirror_together(hit.doc, &typed) => Why::NamesMirror,
                Fit::Answers => match gate.missing(self, &hit) {
                    missing if missing.is_empty() => Why::Answers,
                    missing => Why::Missing(missing),
                },
                Fit::LacksKind(kind) => Why::LacksKind(kind),
                Fit::No(why) => Why::NotAsked(why),
            };
            Verdict { hit, entry: &self.knowledge.entries[hit.doc], why }
        };
        (ranking.hits.iter().copied().map(verdict).collect(), self.index.readings(question))
    }
}
