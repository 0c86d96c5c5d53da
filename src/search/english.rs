//! How common a word is in general English, from wordfreq's frequency list
//! (`data/word-frequencies/`, compiled in by `build.rs`). The matcher uses
//! it as background knowledge: a word the knowledge base does not know
//! weighs by how rare it is in English, so everyday filler ("honestly",
//! "supposed") costs little and a rare word nothing matches costs a lot.

/// `(word, Zipf frequency in hundredths)`, sorted by word.
static TABLE: &[(&str, u16)] = include!(concat!(env!("OUT_DIR"), "/english_frequencies.rs"));

/// The Zipf frequency of a lowercase word: log10 of its occurrences per
/// billion words, from about 1 (rare) to about 7.7 ("the"); `None` for a
/// word outside the 50,000 most common.
pub fn zipf(word: &str) -> Option<f32> {
    // A hash lookup: the matcher asks for every word it does not know.
    static BY_WORD: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u16>> =
        std::sync::LazyLock::new(|| TABLE.iter().copied().collect());
    BY_WORD.get(word).map(|&z| f32::from(z) / 100.0)
}

/// How much of a rare word's weight an unknown word carries: 1 for a word
/// outside the list or rarer than Zipf 3 (a few times per ten million
/// words), falling linearly to `floor` at Zipf 6 ("new", "also").
pub fn rarity(word: &str, floor: f32) -> f32 {
    match zipf(word) {
        None => 1.0,
        Some(z) => (1.0 - (z - 3.0) / 3.0).clamp(floor, 1.0),
    }
}

/// Words at least this common (Zipf 5: ten per hundred thousand words,
/// about a thousand of them) are what an everyday typo stands for.
const EVERYDAY: f32 = 5.0;
/// A spelling this common or more is a word in its own right ("dose").
const OWN_WORD: f32 = 4.0;
/// The typo's target must be this much (×30) more common than the typo.
const MORE_COMMON: f32 = 1.5;

/// The everyday word a rare spelling most likely stands for, one edit away
/// (a letter dropped, added, changed, or two swapped): "wat" → "was",
/// "teh" → "the", "shoud" → "should". `None` for words common in their own
/// right, short or non-ASCII words, and words no everyday word is near.
/// The matcher asks only about words the knowledge does not know.
pub fn everyday(word: &str) -> Option<&'static str> {
    if word.len() < 3 || word.len() > 12 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let own = zipf(word).unwrap_or(0.0);
    if own >= OWN_WORD {
        return None;
    }
    let least = ((own + MORE_COMMON).max(EVERYDAY) * 100.0) as u16;
    // Two words one edit apart share the word itself or one of its
    // single-letter deletions (SymSpell): n + 1 lookups, then a check.
    let mut best: Option<(u16, &'static str)> = None;
    let mut consider = |key: &str| {
        for &(known, z) in NEIGHBOURS.get(key).map_or(&[][..], Vec::as_slice) {
            if z >= least
                && best.is_none_or(|(bz, bw)| z > bz || (z == bz && known < bw))
                && one_edit_apart(word.as_bytes(), known.as_bytes())
            {
                best = Some((z, known));
            }
        }
    };
    consider(word);
    for i in 0..word.len() {
        consider(&deleted(word, i));
    }
    best.map(|(_, w)| w)
}

/// Every everyday word and each of its single-letter deletions → the
/// everyday words it comes from, with their Zipf frequencies.
static NEIGHBOURS: std::sync::LazyLock<rustc_hash::FxHashMap<String, Vec<(&'static str, u16)>>> =
    std::sync::LazyLock::new(|| {
        let floor = (EVERYDAY * 100.0) as u16;
        let mut map: rustc_hash::FxHashMap<String, Vec<(&'static str, u16)>> = Default::default();
        for &(word, z) in TABLE.iter().filter(|&&(_, z)| z >= floor) {
            let keys =
                std::iter::once(word.to_owned()).chain((0..word.len()).map(|i| deleted(word, i)));
            for key in keys {
                let words = map.entry(key).or_default();
                if !words.iter().any(|&(w, _)| w == word) {
                    words.push((word, z));
                }
            }
        }
        map
    });

/// `word` (ASCII) without its `i`th letter.
fn deleted(word: &str, i: usize) -> String {
    let mut out = String::with_capacity(word.len());
    out.push_str(&word[..i]);
    out.push_str(&word[i + 1..]);
    out
}

/// Whether `a` and `b` differ by exactly one letter dropped, added or
/// changed, or two neighbours swapped.
pub fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 if prefix == short.len() => false,
        0 => {
            short[prefix + 1..] == long[prefix + 1..]
                || (prefix + 1 < short.len()
                    && short[prefix] == long[prefix + 1]
                    && short[prefix + 1] == long[prefix]
                    && short[prefix + 2..] == long[prefix + 2..])
        }
        1 => short[prefix..] == long[prefix + 1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_typos_read_as_the_word_they_stand_for() {
        // The most common word one edit away: "was" before "what".
        assert_eq!(everyday("wat"), Some("was"));
        assert_eq!(everyday("teh"), Some("the"));
        assert_eq!(everyday("shoud"), Some("should"));
        assert_eq!(everyday("waht"), Some("what"));
        assert_eq!(everyday("abuot"), Some("about"));
        // Words in their own right, rare words and what is not a word stay.
        assert_eq!(everyday("dose"), None);
        assert_eq!(everyday("what"), None);
        assert_eq!(everyday("transposit"), None);
        assert_eq!(everyday("ai"), None);
        assert_eq!(everyday("café"), None);
        assert_eq!(everyday("qqqq"), None);
    }

    #[test]
    fn one_edit_is_a_letter_dropped_added_changed_or_two_swapped() {
        for (a, b) in
            [("wat", "what"), ("what", "wat"), ("teh", "the"), ("shoud", "should"), ("cat", "cut")]
        {
            assert!(one_edit_apart(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [("the", "the"), ("abt", "about"), ("tea", "eat"), ("abcd", "badc")] {
            assert!(!one_edit_apart(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    #[test]
    fn common_words_are_frequent_and_rare_ones_are_not() {
        let the = zipf("the").expect("the is listed");
        assert!(the > 7.0, "{the}");
        let honestly = zipf("honestly").expect("listed");
        assert!(honestly > 4.0 && honestly < 6.0, "{honestly}");
        assert_eq!(zipf("transposit"), None);
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0), "sorted and unique");
        assert!(TABLE.len() >= 45_000, "{}", TABLE.len());
    }

    #[test]
    fn rarity_falls_with_frequency() {
        assert_eq!(rarity("transposit", 0.1), 1.0);
        assert!(rarity("honestly", 0.1) < rarity("salary", 0.1) + 0.2);
        assert!(rarity("new", 0.1) < 0.25);
        assert_eq!(rarity("the", 0.1), 0.1);
    }
}
