//! A weak lexical score that answers all the same: the word matcher's
//! choice leading every other entry clearly, on more than one word the
//! knowledge knows. A paraphrase's words that the knowledge barely knows
//! leave the entry they ask for weak, but alone.

use super::Engine;

impl Engine {
    /// Whether the entry chosen at `score`, under the threshold, leads the
    /// runner-up's clearly enough to answer
    /// ([`crate::search::Tuning::leads_clearly`]), for a question of which
    /// at least two distinct words (`read`) are known to the knowledge:
    /// one word alone is no lead ("how do I reverse a list in Python?"
    /// matches the reporting tension's "the reverse", and nothing else).
    pub(super) fn leads_clearly(&self, read: &[String], score: f32, runner_up: f32) -> bool {
        let tuning = self.index.tuning();
        if !tuning.leads_clearly(score, runner_up) {
            return false;
        }
        let mut known: Vec<&str> = Vec::with_capacity(2);
        for word in read.iter().filter(|w| self.index.knows(w)) {
            if !known.contains(&word.as_str()) {
                known.push(word);
            }
            if known.len() == 2 {
                return true;
            }
        }
        false
    }
}
