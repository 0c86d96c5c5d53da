//! The vocabulary of the knowledge base and the tolerant lookup of unknown
//! words in it: truncated words by prefix ("collab" → "collaboration") and
//! misspelt ones by edit distance ("trasformation" → "transformation").
//!
//! Typos use a symmetric-delete index (the SymSpell idea): every word is
//! stored under the strings made by deleting up to two of its characters,
//! so a lookup costs a few hash probes instead of a scan of the vocabulary.
//! Hand-written because it is small and the matcher's core value.

use std::hash::{BuildHasher, Hasher};

use rustc_hash::{FxBuildHasher, FxHashMap};

/// How much a prefix match counts for, before scaling by how much of the
/// word was typed.
const PREFIX_QUALITY: f32 = 0.55;
/// How much a match at edit distance 1 and 2 counts for.
const TYPO_QUALITY: [f32; 3] = [1.0, 0.8, 0.65];
/// Shortest typed word completed by prefix: three letters match too much.
const MIN_PREFIX_CHARS: usize = 4;
/// At most this many completions of one prefix.
const MAX_PREFIX_MATCHES: usize = 6;

/// Edits allowed for a typed word of `chars` characters. Short words get
/// few: "cfo" is not a typo of "cto", and a four-letter word may only have
/// lost a letter ("gupa" → "gupta"), since "ciso" is not a typo of "cio".
fn max_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// Shortest typed word that may be corrected by any edit, not just a
/// missing letter.
const MIN_ANY_EDIT_CHARS: usize = 5;

/// A word of the vocabulary that a typed word may stand for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    /// Index into [`Vocabulary::words`].
    pub word: u32,
    /// In (0, 1]: how sure the match is.
    pub quality: f32,
}

/// The words of the knowledge base, as written (folded), with their lookup
/// structures.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Sorted and unique, for prefix search.
    words: Vec<String>,
    /// The longest word, in characters: a longer typed word cannot be
    /// within two edits of any word, and is not expanded into deletions
    /// (which would cost the square of its length).
    longest: usize,
    /// Hash of a word with up to two characters deleted → words. Keys are
    /// the knowledge's own words, so a fast unkeyed hash is safe; a
    /// collision only adds a candidate that the distance check drops.
    deletes: FxHashMap<u64, Vec<u32>>,
}

fn hash_chars(chars: impl Iterator<Item = char>) -> u64 {
    let mut h = FxBuildHasher.build_hasher();
    for c in chars {
        h.write_u32(c as u32);
    }
    h.finish()
}

impl Vocabulary {
    pub fn new(words: impl IntoIterator<Item = String>) -> Self {
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        let mut deletes: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut keys = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let chars: Vec<char> = word.chars().collect();
            // A typed word of n chars may be up to max_edits(n) longer or
            // shorter; words only ever meet typed words of similar length.
            delete_keys(&chars, max_edits(chars.len() + 2), &mut keys);
            for &key in &keys {
                let bucket = deletes.entry(key).or_default();
                if bucket.last() != Some(&(i as u32)) {
                    bucket.push(i as u32);
                }
            }
        }
        let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        Vocabulary { words, longest, deletes }
    }

    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Words that `typed` (folded, not in the vocabulary) may stand for,
    /// best first, ties by word. Numbers are never corrected: 83 is not 86.
    pub fn near(&self, typed: &str) -> Vec<Near> {
        let chars: Vec<char> = typed.chars().collect();
        if chars.iter().any(char::is_ascii_digit) {
            return Vec::new();
        }
        let mut found: Vec<Near> = Vec::new();
        let mut add = |word: u32, quality: f32| match found.iter_mut().find(|n| n.word == word) {
            Some(n) => n.quality = n.quality.max(quality),
            None => found.push(Near { word, quality }),
        };

        if chars.len() >= MIN_PREFIX_CHARS {
            let start = self.words.partition_point(|w| w.as_str() < typed);
            let mut completions: Vec<u32> = (start..self.words.len())
                .take_while(|&i| self.words[i].starts_with(typed))
                .map(|i| i as u32)
                .collect();
            // Prefer the completions closest in length: "data" → "data"
            // rather than "database".
            completions.sort_by_key(|&i| (self.words[i as usize].len(), i));
            for i in completions.into_iter().take(MAX_PREFIX_MATCHES) {
                let typed_share =
                    chars.len() as f32 / self.words[i as usize].chars().count() as f32;
                add(i, PREFIX_QUALITY + (1.0 - PREFIX_QUALITY) * typed_share * 0.8);
            }
        }

        let edits = max_edits(chars.len());
        if edits > 0 && chars.len() <= self.longest + edits {
            let mut keys = Vec::new();
            delete_keys(&chars, edits, &mut keys);
            let mut candidates: Vec<u32> =
                keys.iter().filter_map(|k| self.deletes.get(k)).flatten().copied().collect();
            candidates.sort_unstable();
            candidates.dedup();
            for i in candidates {
                let word: Vec<char> = self.words[i as usize].chars().collect();
                let d = osa_distance(&chars, &word);
                let dropped_letter = word.len() == chars.len() + 1;
                if (1..=edits).contains(&d) && (chars.len() >= MIN_ANY_EDIT_CHARS || dropped_letter)
                {
                    add(i, TYPO_QUALITY[d]);
                }
            }
        }
        found.sort_by(|a, b| b.quality.total_cmp(&a.quality).then(a.word.cmp(&b.word)));
        found
    }
}

/// Hashes of `chars` with every combination of up to `edits` characters
/// deleted (the word itself included).
fn delete_keys(chars: &[char], edits: usize, keys: &mut Vec<u64>) {
    keys.clear();
    keys.push(hash_chars(chars.iter().copied()));
    if edits == 0 || chars.len() < 2 {
        return;
    }
    for i in 0..chars.len() {
        let without_i = || chars.iter().enumerate().filter(move |&(k, _)| k != i).map(|(_, &c)| c);
        keys.push(hash_chars(without_i()));
        if edits >= 2 && chars.len() > 3 {
            for j in i + 1..chars.len() {
                let without_ij = chars.iter().enumerate().filter(|&(k, _)| k != i && k != j);
                keys.push(hash_chars(without_ij.map(|(_, &c)| c)));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and transpositions of neighbours each cost 1 ("reprot" → "report" is 1).
pub fn osa_distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > 2 {
        return n.abs_diff(m);
    }
    // Three rows suffice: the current, the previous and the one before
    // (for transpositions).
    let mut before = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        let words = [
            "collaboration",
            "collaborate",
            "transformation",
            "pfeiffer",
            "report",
            "cio",
            "cto",
            "data",
            "database",
            "83",
        ];
        Vocabulary::new(words.into_iter().map(String::from))
    }

    fn near(typed: &str) -> Vec<String> {
        let v = vocab();
        v.near(typed).into_iter().map(|n| v.words()[n.word as usize].clone()).collect()
    }

    fn d(a: &str, b: &str) -> usize {
        osa_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>())
    }

    #[test]
    fn distance_counts_each_kind_of_edit_once() {
        assert_eq!(d("report", "report"), 0);
        assert_eq!(d("reprot", "report"), 1, "transposition");
        assert_eq!(d("repor", "report"), 1, "deletion");
        assert_eq!(d("reportt", "report"), 1, "insertion");
        assert_eq!(d("rexort", "report"), 1, "substitution");
        assert_eq!(d("trasnformatoin", "transformation"), 2);
        assert_eq!(d("", "abc"), 3);
    }

    #[test]
    fn finds_typos_within_the_allowed_distance() {
        assert_eq!(near("reprot"), ["report"]);
        assert_eq!(near("pfiefer"), ["pfeiffer"]);
        assert_eq!(near("trasnformatoin"), ["transformation"]);
        assert_eq!(near("colaboration"), ["collaboration"]);
    }

    #[test]
    fn completes_truncated_words_shortest_first() {
        assert_eq!(near("collab"), ["collaborate", "collaboration"]);
        assert_eq!(near("data"), ["data", "database"]);
    }

    #[test]
    fn short_words_and_numbers_are_never_corrected() {
        assert!(near("ciso").is_empty(), "ciso is not a typo of cio");
        assert!(near("cxo").is_empty());
        assert_eq!(near("dta"), Vec::<String>::new(), "three letters are never corrected");
        assert_eq!(near("repot"), ["report"]);
        assert!(near("cfo").is_empty());
        assert!(near("86").is_empty());
        assert!(near("").is_empty());
    }

    #[test]
    fn words_longer_than_any_in_the_vocabulary_are_not_expanded() {
        let v = vocab();
        let long: String = "transformation".repeat(400);
        assert!(v.near(&long).is_empty());
    }

    #[test]
    fn distance_two_needs_a_long_word() {
        assert!(near("repxxt").is_empty());
        assert_eq!(near("reporxx"), ["report"]);
    }
}
