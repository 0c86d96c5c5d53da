//! What a question says is lacking, and what an entry says is: "a company
//! that lacks a CIO" is not one that lacks a CTO, though the two share
//! every word.

use crate::ask::is_cio_or_cto;

use super::Engine;

/// The lexicon's word for not having ("doesn't have", "has no" read as it).
const LACKS: &str = "lacks";

/// The role that words read by the index say is lacking: the one right
/// after "lacks" ("a company that doesn't have a CTO").
pub(super) fn lacking_role(read: &[String]) -> Option<&str> {
    read.windows(2).find(|w| w[0] == LACKS && is_cio_or_cto(&w[1])).map(|w| w[1].as_str())
}

impl Engine {
    /// Whether entry `doc`'s answer says a role other than `role` is
    /// lacking: it then answers another question.
    pub(super) fn lacks_another_role(&self, doc: usize, role: &str) -> bool {
        let answer = self.index.words(&self.knowledge.entries[doc].answer);
        lacking_role(&answer)
            .is_some_and(|lacking| lacking.trim_end_matches('s') != role.trim_end_matches('s'))
    }
}
