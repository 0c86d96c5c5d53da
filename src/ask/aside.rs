//! What a question sets aside: what it already knows ("Besides FinTech, are
//! CTOs also thriving in HealthTech?", "what does the CTO build besides
//! products?", "Are CTOs thriving in mining the way they are in FinTech?"),
//! which is not what it asks.

use super::sentence::{QUESTION_WORDS, sentences};
use crate::text::{fold, tokenize};

/// The clause by which a sentence of `text` sets aside what it does not ask
/// ("Besides FinTech, InsurTech and LegalTech, are CTOs also thriving in
/// HealthTech?"): from "besides" (or "apart from", "aside from", "other
/// than") opening the sentence to the comma closing the clause, or closing
/// a sentence that opens with a question word ("what does the CTO do
/// besides building products?"). Those are what the question already
/// knows, not what it asks. With it, what the question asks without it:
/// the rest of `text` after an opening clause, the sentence before a
/// closing one.
pub fn set_aside(text: &str) -> Option<(&str, &str)> {
    // Every question is read for this several times, and few hold a
    // marker: told by one pass over its bytes first.
    if !may_set_aside(text) {
        return None;
    }
    sentences(text).find_map(|sentence| {
        // Most sentences open with no marker: told before lowering them.
        let Some((skipped, start)) = setting_aside_at(sentence) else {
            return closing_aside(sentence).or_else(|| likened(sentence));
        };
        let lower = sentence.to_ascii_lowercase();
        // A list may hold commas ("Besides FinTech, InsurTech and
        // LegalTech, are…"): the clause ends at the comma the question
        // resumes after, else at the first.
        let commas = || lower[start..].match_indices(',').map(|(at, _)| start + at);
        let resumes = |at: usize| {
            let next = lower[at + 1..].split_whitespace().next().unwrap_or("");
            RESUMING.contains(&next.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        };
        let end = commas().find(|&at| resumes(at)).or_else(|| commas().next())?;
        // A short list, not a clause that runs through the question.
        let clause = sentence.get(start..end)?;
        // `sentence` lies within `text`: the rest starts where the clause ends.
        let rest = &text[sentence.as_ptr() as usize - text.as_ptr() as usize + end..];
        (skipped < 3 && clause.split_whitespace().count() <= 10).then_some((clause, rest))
    })
}

/// A clause of at most six words that closes a question (a sentence
/// opening with a question word, or asking "what", "who", "which" or "how"
/// before its question mark), from "besides", "aside from" or "other than"
/// to the sentence's end, and the sentence before it ("what does the CTO
/// build besides products?"). A comma in it ("besides roadmaps, per
/// Gupta?") leaves it unsure where the clause ends: none.
fn closing_aside(sentence: &str) -> Option<(&str, &str)> {
    // Looked for word by word, in any case, without lowering. "Apart
    // from" also closes "drifting apart from each other".
    let is = |word: &str, marker: &str| {
        word.trim_end_matches(|c: char| c.is_ascii_punctuation()).eq_ignore_ascii_case(marker)
    };
    let mut words = sentence.split_whitespace().skip(1).peekable();
    let at = loop {
        let word = words.next()?;
        let next = words.peek().copied().unwrap_or("");
        if is(word, "besides")
            || (is(word, "aside") && is(next, "from"))
            || (is(word, "other") && is(next, "than"))
        {
            // `word` lies within `sentence`.
            break word.as_ptr() as usize - sentence.as_ptr() as usize;
        }
    };
    let clause = sentence[at..].trim_end_matches(['?', '.', '!', ' ']);
    let before = sentence[..at].trim_end();
    let folded = fold(before);
    let words = tokenize(&folded);
    // "Per Gupta, what does a CTO build besides products?"
    let wh = |w: &&str| matches!(*w, "what" | "whats" | "who" | "whos" | "which" | "how");
    let opens = words.first().is_some_and(|w| QUESTION_WORDS.contains(w))
        || (sentence.ends_with('?') && words.iter().any(wh));
    let short = clause.split_whitespace().count() <= 6;
    (opens && short && !clause.contains(',')).then_some((clause, before))
}

/// A clause that closes a yes/no question by likening what it asks to
/// what it knows ("Are CTOs thriving in mining the way they are in
/// FinTech?", "…in HealthTech, like in FinTech?"), and the sentence before
/// it. Only "the way" or "like", then either "in", or a pronoun or a role
/// and a verb that stands for the sentence's own ("are", "do") with
/// nothing after it but a preposition: "does it seem like the CIO is
/// losing ground?" likens nothing.
fn likened(sentence: &str) -> Option<(&str, &str)> {
    // Told by its first word before the sentence is split into words.
    let first = sentence.split_whitespace().next()?;
    let first = first.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    if !YES_NO.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return None;
    }
    // Lowered once, as ASCII: its offsets are the sentence's.
    let lower = sentence.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let word = |at: usize| {
        words.get(at).map_or("", |w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
    };
    let at = (1..words.len()).find(|&at| {
        let after = match (word(at), word(at + 1)) {
            ("the", "way") => at + 2,
            ("like", _) => at + 1,
            _ => return false,
        };
        let subject = match word(after) {
            "in" => return true,
            "the" if LIKENED.contains(&word(after + 1)) => after + 2,
            w if LIKENED.contains(&w) => after + 1,
            _ => return false,
        };
        STANDING_IN.contains(&word(subject))
            && (subject + 1 == words.len()
                || ["in", "for", "at", "with", "on"].contains(&word(subject + 1)))
    })?;
    // `words` lie within `lower`, whose offsets are the sentence's.
    let start = words[at].as_ptr() as usize - lower.as_ptr() as usize;
    let clause = sentence[start..].trim_end_matches(['?', '.', '!', ' ']);
    let before = sentence[..start].trim_end().trim_end_matches(',');
    (clause.split_whitespace().count() <= 8 && !clause.contains(',')).then_some((clause, before))
}

/// Words that open a yes/no question.
const YES_NO: &[&str] = &[
    "is", "are", "do", "does", "did", "can", "could", "would", "will", "was", "were", "has", "have",
];

/// Who a likening clause may liken to: a pronoun or a role.
const LIKENED: &[&str] = &["they", "it", "he", "she", "cto", "ctos", "cio", "cios"];

/// Verbs that stand for the question's own in a likening clause.
const STANDING_IN: &[&str] = &["are", "is", "do", "does", "did", "were", "was", "have", "has"];

/// Whether `text` may hold a marker of [`set_aside`]: "side" (besides,
/// aside from), "than" (other than), "part" (apart from), "like" or "way"
/// (what a question likens to), in any case.
fn may_set_aside(text: &str) -> bool {
    const LOWER: u32 = 0x2020_2020;
    let [side, than, part, like, way] =
        [b"side", b"than", b"part", b"like", b"way "].map(|w| u32::from_le_bytes(*w));
    text.as_bytes().windows(4).any(|w| {
        let four = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | LOWER;
        four == side || four == than || four == part || four == like || four == way
    })
}

/// Where `sentence` opens with a marker of [`set_aside`] (after a "so",
/// "and" or "ok"), in any case, read without making it lowercase: the
/// length of what comes before its first letter, and where the marker
/// starts.
fn setting_aside_at(sentence: &str) -> Option<(usize, usize)> {
    let opening = sentence.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()).as_bytes();
    let skipped = sentence.len() - opening.len();
    let starts = |text: &[u8], prefix: &str| {
        text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    let opening = ["so ", "and ", "ok ", "ok, "]
        .iter()
        .find(|f| starts(opening, f))
        .map_or(opening, |f| &opening[f.len()..]);
    MARKERS.iter().any(|m| starts(opening, m)).then_some((skipped, sentence.len() - opening.len()))
}

/// Words that open what a question sets aside, with the space after them.
const MARKERS: &[&str] = &["besides ", "apart from ", "aside from ", "other than "];

/// Words a question resumes with after what it sets aside.
const RESUMING: &[&str] = &[
    "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "would", "will", "has", "have", "any", "anything",
    "i", "we", "you", "they", "he", "she",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_sentence_sets_aside_is_its_opening_clause() {
        let q = "Besides FinTech, InsurTech and LegalTech, are CTOs also thriving in HealthTech?";
        let aside =
            ("Besides FinTech, InsurTech and LegalTech", ", are CTOs also thriving in HealthTech?");
        assert_eq!(set_aside(q), Some(aside));
        let q = "We're new. So apart from roadmaps, what else does Gupta say?";
        assert_eq!(set_aside(q), Some(("apart from roadmaps", ", what else does Gupta say?")));
        // Only where a sentence opens, and only a clause the comma closes.
        assert_eq!(set_aside("What does the CTO do besides roadmaps, per Gupta?"), None);
        assert_eq!(set_aside("Besides that what else?"), None);
        assert_eq!(set_aside("Other than 🤔, anything?"), Some(("Other than 🤔", ", anything?")));
    }

    #[test]
    fn a_question_may_set_aside_what_closes_it() {
        let q = "Per Gupta, what does a CTO build besides products?";
        assert_eq!(set_aside(q), Some(("besides products", "Per Gupta, what does a CTO build")));
        let q = "We met. What does the CTO do other than building products?";
        assert_eq!(set_aside(q), Some(("other than building products", "What does the CTO do")));
        // Not a question, a long clause, or a word that holds the marker.
        assert_eq!(set_aside("The CTO builds besides products."), None);
        let long = "what does the CTO do besides the products and the roadmaps of the firm?";
        assert_eq!(set_aside(long), None);
        assert_eq!(set_aside("what else happened otherwise than planned?"), None);
        assert_eq!(set_aside("who besides"), Some(("besides", "who")));
    }

    #[test]
    fn a_yes_no_question_may_liken_what_it_asks_to_what_it_knows() {
        let q = "Are CTOs thriving in mining the way they are in FinTech and InsurTech?";
        let likened = ("the way they are in FinTech and InsurTech", "Are CTOs thriving in mining");
        assert_eq!(set_aside(q), Some(likened));
        let q = "Are CTOs also thriving in HealthTech like they are in FinTech?";
        assert_eq!(
            set_aside(q),
            Some(("like they are in FinTech", "Are CTOs also thriving in HealthTech"))
        );
        let q = "Does the article say CTOs are doing well in AgriTech too, like in FinTech?";
        let likened =
            ("like in FinTech", "Does the article say CTOs are doing well in AgriTech too");
        assert_eq!(set_aside(q), Some(likened));
        // A likening that is the question itself, or of a wh-question.
        assert_eq!(set_aside("Does it seem like the CIO is losing ground?"), None);
        assert_eq!(set_aside("Do CIOs focus on operations like they did before?"), None);
        assert_eq!(set_aside("Is it like a CTO thing?"), None);
        assert_eq!(
            set_aside("Which sectors are CIOs thriving in, the way CTOs do in FinTech?"),
            None
        );
    }
}
