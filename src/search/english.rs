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
    let at = TABLE.binary_search_by(|(w, _)| (*w).cmp(word)).ok()?;
    Some(f32::from(TABLE[at].1) / 100.0)
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

#[cfg(test)]
mod tests {
    use super::*;

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
