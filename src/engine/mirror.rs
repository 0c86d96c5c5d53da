//! Entries that say the same thing the other way round: "83% of CIOs have
//! a CTO" and "86% of CTOs have a CIO". Their words are the same, so the
//! ranking cannot tell them apart; the order in which a question names the
//! two swapped words can ("what share of CIOs have a CTO?"), and the
//! engine's answer turns to the mirror here when it does.

use rustc_hash::FxHashMap;

use super::Engine;
use super::gate::{Fit, Gate};
use super::typed::Typed;
use crate::search::Hit;

/// An entry's mirror: the other entry, and the word that comes first where
/// the two differ in this entry's answer and the word in its place in the
/// mirror's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mirror {
    pub other: usize,
    pub first: String,
    pub second: String,
}

/// Each entry's mirror, if it has one, from each entry's answer as the
/// index reads it. Two answers mirror each other when, figures aside, they
/// are the same words in the same order but for two words swapped
/// wherever they differ.
pub(super) fn find(answers: &[Vec<String>]) -> Vec<Option<Mirror>> {
    let words: Vec<Vec<&str>> = answers
        .iter()
        .map(|a| {
            a.iter()
                .map(String::as_str)
                .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
                .collect()
        })
        .collect();
    // Only answers holding the same words can mirror each other.
    let mut by_words: FxHashMap<Vec<&str>, Vec<usize>> = FxHashMap::default();
    for (i, w) in words.iter().enumerate() {
        let mut key = w.clone();
        key.sort_unstable();
        by_words.entry(key).or_default().push(i);
    }
    let mut mirrors = vec![None; answers.len()];
    for group in by_words.values().filter(|g| g.len() == 2) {
        let (a, b) = (group[0], group[1]);
        if let Some((x, y)) = swapped(&words[a], &words[b]) {
            mirrors[a] = Some(Mirror { other: b, first: x.to_owned(), second: y.to_owned() });
            mirrors[b] = Some(Mirror { other: a, first: y.to_owned(), second: x.to_owned() });
        }
    }
    mirrors
}

/// `(x, y)` when `a` and `b` differ only where `a` holds `x` and `b` holds
/// `y` or the other way round, `x` being `a`'s word where they first differ.
fn swapped<'w>(a: &[&'w str], b: &[&'w str]) -> Option<(&'w str, &'w str)> {
    let mut pair = None;
    for (&p, &q) in a.iter().zip(b).filter(|(p, q)| p != q) {
        match pair {
            None => pair = Some((p, q)),
            Some((x, y)) if (p, q) == (x, y) || (p, q) == (y, x) => {}
            Some(_) => return None,
        }
    }
    pair
}

/// Whether a question whose words the index read as `read` names the two
/// words the other way round from the entry `mirror` belongs to: it names
/// both, and the mirror's second word first.
pub(super) fn asks_the_other(mirror: &Mirror, read: &[String]) -> bool {
    let at = |word: &str| read.iter().position(|w| w == word);
    matches!((at(&mirror.first), at(&mirror.second)), (Some(f), Some(s)) if s < f)
}

/// Whether a question names the two swapped words together, joined by
/// "and" ("how many CIOs and CTOs were surveyed?"): it asks of both at
/// once, which neither of two entries saying how often one has the other
/// answers. `words` are the question's words as typed (folded), and `read`
/// reads one word as the index does.
pub(super) fn names_together(
    mirror: &Mirror,
    words: &[&str],
    read: impl Fn(&str) -> Vec<String>,
) -> bool {
    let is = |word: &str, term: &str| read(word).first().is_some_and(|w| w == term);
    let pair = |a: &str, b: &str| {
        (is(a, &mirror.first) && is(b, &mirror.second))
            || (is(a, &mirror.second) && is(b, &mirror.first))
    };
    words.windows(3).any(|w| matches!(w[1], "and" | "&") && pair(w[0], w[2]))
}

impl Engine {
    /// `hit`, or its entry's mirror when the question names the two words
    /// they swap the mirror's way round and the mirror gives what is asked
    /// too: with the same words, it ranks about as high.
    pub(super) fn mirrored(&self, hit: Hit, hits: &[Hit], read: &[String], gate: &Gate) -> Hit {
        let Some(mirror) = &self.mirrors[hit.doc] else { return hit };
        if !asks_the_other(mirror, read) || !matches!(gate.fit(self, mirror.other), Fit::Answers) {
            return hit;
        }
        let ranked = hits.iter().find(|h| h.doc == mirror.other).copied();
        let other = ranked.unwrap_or(Hit { doc: mirror.other, phrasing: 0, ..hit });
        match gate.missing(self, &other).is_empty() {
            true => Hit { score: hit.score, ..other },
            false => hit,
        }
    }

    /// Whether entry `doc` has a mirror and the question names the two
    /// words they swap together ([`names_together`]).
    pub(super) fn names_mirror_together(&self, doc: usize, typed: &Typed) -> bool {
        let Some(mirror) = &self.mirrors[doc] else { return false };
        names_together(mirror, typed.words(), |w| self.index.words(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn answers_that_swap_two_words_mirror_each_other_figures_aside() {
        let answers = [
            words("83% cio have cto organization survey 415 cio cto"),
            words("other answer"),
            words("86% cto have cio organization survey 415 cio cto"),
        ];
        let mirrors = find(&answers);
        assert_eq!(
            mirrors[0],
            Some(Mirror { other: 2, first: "cio".into(), second: "cto".into() })
        );
        assert_eq!(
            mirrors[2],
            Some(Mirror { other: 0, first: "cto".into(), second: "cio".into() })
        );
        assert_eq!(mirrors[1], None);
    }

    #[test]
    fn answers_differing_otherwise_do_not_mirror() {
        // The same words, but not one swap: three words move.
        let answers = [words("a b c d"), words("b c a d")];
        assert_eq!(find(&answers), vec![None, None]);
        // One word differs, not swapped.
        let answers = [words("cio leads"), words("cto leads")];
        assert_eq!(find(&answers), vec![None, None]);
    }

    #[test]
    fn the_question_s_order_of_the_two_words_decides() {
        let mirror = Mirror { other: 1, first: "cto".into(), second: "cio".into() };
        assert!(asks_the_other(&mirror, &words("percent cio have cto")));
        assert!(!asks_the_other(&mirror, &words("percent cto have cio")));
        // Naming one of them says nothing of the order.
        assert!(!asks_the_other(&mirror, &words("percent cio")));
    }

    #[test]
    fn two_words_joined_by_and_are_named_together() {
        let mirror = Mirror { other: 1, first: "cto".into(), second: "cio".into() };
        let read = |w: &str| vec![w.trim_end_matches('s').to_owned()];
        let together = |q: &str| {
            let words: Vec<&str> = q.split_whitespace().collect();
            names_together(&mirror, &words, read)
        };
        assert!(together("how many cios and ctos were surveyed"));
        assert!(together("how many ctos & cios took part"));
        assert!(!together("how many cios have a cto"));
        assert!(!together("the cio and the cto"), "only words side by side");
    }

    #[test]
    fn the_bundled_survey_figures_are_told_apart_by_the_order_of_the_roles() {
        use crate::engine::Engine;
        use crate::knowledge::Knowledge;
        let engine = Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"));
        let asked = |q: &str| engine.ask_lexical(q).entry().map(|e| e.id.clone());
        // Without the order, "Out of the CTOs polled, how many have a head
        // of IT alongside them?" ranked the CTOs' figure first.
        let cios = "What percent of CIOs actually have a CTO alongside them?";
        assert_eq!(asked(cios).as_deref(), Some("survey-cios-with-cto"));
        let ctos = "What percent of CTOs actually have a CIO alongside them?";
        assert_eq!(asked(ctos).as_deref(), Some("survey-ctos-with-cio"));
        let head = "how many tech chiefs have a head of IT alongside them?";
        assert_eq!(asked(head).as_deref(), Some("survey-ctos-with-cio"));
        // Both together are the survey's respondents.
        let both = "Quick one first: how many CIOs and CTOs were in that Transposit survey?";
        assert_eq!(asked(both).as_deref(), Some("survey-respondents"));
    }
}
