//! What a question already knows: the words it sets aside ("what does the
//! CTO build besides products?"), which the answer it asks for is not.

use crate::ask;

use super::Engine;

impl Engine {
    /// The words `question` sets aside ([`ask::set_aside`]) that the
    /// knowledge knows, as the index reads them ("besides" is not one);
    /// none for most questions.
    pub(super) fn set_aside_words(&self, question: &str) -> Vec<String> {
        let Some((aside, _)) = ask::set_aside(question) else { return Vec::new() };
        let mut words = self.index.words(aside);
        words.retain(|w| self.index.knows(w));
        words
    }

    /// Whether entry `doc`'s answer holds any of `known`, the words a
    /// question sets aside: it tells what the asker knows, and another
    /// entry that fits answers what else they ask. Any, not all: "besides
    /// building products" sets aside the entry on products, which does not
    /// say "build".
    pub(super) fn answer_holds(&self, doc: usize, known: &[String]) -> bool {
        if known.is_empty() {
            return false;
        }
        let answer = self.index.words(&self.knowledge.entries[doc].answer);
        known.iter().any(|w| answer.contains(w))
    }
}
