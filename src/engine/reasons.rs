//! Phrasings that ask why, and the questions they do not fit: a question
//! offering the two roles to choose between asks who.

use crate::ask::{self, Ask};
use crate::knowledge::Knowledge;

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
    let role = |w: &&str| match w.trim_end_matches('s').trim_end_matches('\'') {
        "cio" => 1u8,
        "cto" => 2,
        _ => 0,
    };
    *asked != Ask::Why
        && words.contains(&"or")
        && words.iter().map(role).fold(0, |named, r| named | r) == 3
}
