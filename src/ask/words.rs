//! The words a question is read by, shared by the readers of what it
//! asks ([`super`]), which sentence asks it ([`super::sentence`]) and
//! whether it asks who owns a task ([`super::owner`]): a question's words
//! held for phrase lookups, the fillers a chatty question opens with, and
//! the two roles as typed.

/// A question's words (folded), asked whether they hold a phrase, of
/// dozens of phrases, most of whose first words it does not use: a
/// fingerprint of its words passes most of those over at the cost of a bit
/// test, and a long question's (whose fingerprint has most bits set) are
/// kept as a set too.
pub(super) struct Phrases<'a> {
    pub(super) words: &'a [&'a str],
    /// The union of the words' [`fingerprint`]s: a word whose bit is clear
    /// is not among them.
    fingerprints: u64,
    pub(super) set: Option<rustc_hash::FxHashSet<&'a str>>,
}

/// Up to this many words, a phrase is looked for in the words directly:
/// cheaper than making the set.
pub(super) const WITHOUT_A_SET: usize = 32;

/// One bit of 64 for a word, from its length and its first and last bytes.
#[inline]
fn fingerprint(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let (first, last) = (bytes.first().copied().unwrap_or(0), bytes.last().copied().unwrap_or(0));
    let mixed = (bytes.len() as u64)
        .wrapping_mul(0x9e37_79b9)
        .wrapping_add(u64::from(first).wrapping_mul(0x85eb_ca6b))
        .wrapping_add(u64::from(last).wrapping_mul(0xc2b2_ae35));
    1 << ((mixed ^ (mixed >> 17)) % 64)
}

impl<'a> Phrases<'a> {
    pub(super) fn new(words: &'a [&'a str]) -> Self {
        let fingerprints = words.iter().fold(0, |bits, w| bits | fingerprint(w));
        let set = (words.len() > WITHOUT_A_SET).then(|| words.iter().copied().collect());
        Phrases { words, fingerprints, set }
    }

    /// Whether the words hold `phrase` (not empty), word for word.
    #[inline]
    pub(super) fn has(&self, phrase: &[&str]) -> bool {
        self.fingerprints & fingerprint(phrase[0]) != 0
            && self.set.as_ref().is_none_or(|set| set.contains(phrase[0]))
            && self.words.windows(phrase.len()).any(|w| w == phrase)
    }
}

/// "cio" or "cto", plural or not, as typed (folded).
pub fn is_cio_or_cto(word: &str) -> bool {
    matches!(word.trim_end_matches('s'), "cio" | "cto")
}

/// Words a chatty question may start with before it asks anything.
pub(super) const FILLERS: &[&str] = &[
    "so",
    "ok",
    "okay",
    "hey",
    "hi",
    "hello",
    "um",
    "uh",
    "well",
    "and",
    "but",
    "also",
    "quick",
    "q",
    "question",
    "please",
    "pls",
    "plz",
    "kindly",
    "fyi",
    "just",
    "curious",
    "wondering",
    "basically",
];
