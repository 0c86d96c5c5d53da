//! Phrasings that ask why, and the questions they do not fit: a question
//! offering the two roles to choose between asks who.

use crate::ask::{self, Ask};
use crate::knowledge::Knowledge;

use super::pairing::role_named;
use super::typed::Typed;

/// Per entry: a bit for each of its first 64 phrasings that asks why (the
/// index counts no phrasing past the 64th as skipped).
pub(super) fn asking_why(knowledge: &Knowledge) -> Vec<u64> {
    (knowledge.entries.iter())
        .map(|e| {
            (e.questions.iter().take(64).enumerate())
                .filter(|(_, q)| ask::read(q) == Ask::Why)
                .fold(0u64, |bits, (i, _)| bits | 1 << i)
        })
        .collect()
}

/// Whether the question offers the two roles to choose between ("DX: CIO,
/// CTO or both?", "is it the CTO's thing or the CIO's?") and does not ask
/// why: it asks who, which a phrasing asking why ("Why does digital
/// transformation need both the CIO and CTO?") does not ask, however many
/// words they share.
pub(super) fn asks_which_role(typed: &Typed, asked: &Ask) -> bool {
    let words = typed.words();
    let named = |role: u8| words.iter().any(|w| role_named(w) == Some(role));
    *asked != Ask::Why && words.contains(&"or") && named(0) && named(1)
}
