//! The two roles offered to choose between with "vs": "IT boss vs tech
//! chief - who runs DX these days?" asks which of them, as "IT boss or
//! tech chief" does, not how they differ.

use std::borrow::Cow;

use crate::ask;
use crate::focus;
use crate::text::{fold, tokenize};

use super::Engine;

/// A role may be named in up to this many words ("the head of IT").
const ROLE_WORDS: usize = 3;

impl Engine {
    /// `question` as the engine reads it: without its asides
    /// ([`focus::without_asides`]), and with a "vs" or "versus" between
    /// the two roles read as "or" when what follows asks who or which
    /// ([`Engine::roles_offered`]).
    pub(super) fn as_read<'q>(&self, question: &'q str) -> Cow<'q, str> {
        let read = focus::without_asides(question);
        match self.roles_offered(&read) {
            Some(text) => Cow::Owned(text),
            None => read,
        }
    }

    /// `text` with its "vs" read as "or" when it stands between the CIO and
    /// the CTO, named as the lexicon names them ("IT boss", "tech chief",
    /// "the CIO"), and a "who" or "which" after them asks which one: the
    /// pair offers a choice. `None` otherwise: "how many were CIOs vs
    /// CTOs?" compares them, and "is the CIO vs CTO split real?" asks how
    /// they differ.
    fn roles_offered(&self, text: &str) -> Option<String> {
        // Most questions hold no "vs" or "ve" (of "versus") at all: one
        // pass over the bytes to pass them by.
        let (vs, ve) = (u16::from_le_bytes(*b"vs"), u16::from_le_bytes(*b"ve"));
        let lower = |pair: &[u8]| u16::from_le_bytes([pair[0], pair[1]]) | 0x2020;
        if !text.as_bytes().windows(2).any(|pair| matches!(lower(pair), p if p == vs || p == ve)) {
            return None;
        }
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let role = |span: &[(usize, &str)]| -> Option<String> {
            let phrase: Vec<&str> = span.iter().map(|(_, w)| *w).collect();
            match self.index.words(&phrase.join(" ")).as_slice() {
                [word] if ask::is_cio_or_cto(word) => Some(word.trim_end_matches('s').to_owned()),
                _ => None,
            }
        };
        let vs = words.iter().enumerate().find_map(|(at, (_, w))| {
            let w = w.trim_end_matches('.');
            if !(w.eq_ignore_ascii_case("vs") || w.eq_ignore_ascii_case("versus")) || at == 0 {
                return None;
            }
            let before = (1..=ROLE_WORDS.min(at)).find_map(|k| role(&words[at - k..at]))?;
            let (after, end) = (1..=ROLE_WORDS)
                .filter(|k| at + k < words.len())
                .find_map(|k| role(&words[at + 1..=at + k]).map(|r| (r, at + k)))?;
            (before != after).then_some((at, end))
        })?;
        let (at, end) = vs;
        let rest = &text[words[end].0..];
        let asks_which = tokenize(&fold(rest)).iter().any(|w| matches!(*w, "who" | "which"));
        if !asks_which {
            return None;
        }
        let (start, word) = words[at];
        Some(format!("{}or{}", &text[..start], &text[start + word.len()..]))
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use crate::knowledge::Knowledge;

    #[test]
    fn vs_between_the_roles_before_who_or_which_reads_as_or() {
        let engine = Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"));
        for (text, read) in [
            (
                "IT boss vs tech chief - who's on the hook for COTS?",
                "IT boss or tech chief - who's on the hook for COTS?",
            ),
            ("cio vs. cto, which owns DX", "cio or cto, which owns DX"),
            ("the head of IT versus the CTO: who hires?", "the head of IT or the CTO: who hires?"),
        ] {
            assert_eq!(engine.roles_offered(text).as_deref(), Some(read), "{text}");
        }
        for text in [
            // They compare, or ask how they differ.
            "Of the 75% who saw it, how many were CTOs vs CIOs?",
            "is the CIO vs CTO split real?",
            "CIO vs CTO: what's the difference?",
            // Not the two roles.
            "CIO vs CEO, who hires?",
            "CTO vs CTO, who wins?",
            "vs who?",
            "",
        ] {
            assert_eq!(engine.roles_offered(text), None, "{text}");
        }
    }
}
