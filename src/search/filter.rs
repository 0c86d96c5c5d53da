//! A per-entry filter over its phrasings' terms: a bit per hashed term id,
//! so that most of a question's terms, which an entry does not use, are
//! passed over without searching its sorted terms. A search whose place
//! is hard to predict costs more than its instructions; the filter's test
//! is a load and a mask. It may say "maybe" of a term the entry does not
//! use (then the search decides), never "no" of one it uses.

use super::TermId;

/// A set of term ids that may answer "maybe" wrongly, never "no" wrongly:
/// `W` words of 64 bits, one hashed bit a term.
#[derive(Debug, Clone)]
pub(super) struct TermFilter<const W: usize> {
    bits: [u64; W],
}

impl<const W: usize> TermFilter<W> {
    /// The filter of `terms`.
    pub(super) fn of(terms: impl IntoIterator<Item = TermId>) -> Self {
        let mut bits = [0u64; W];
        for t in terms {
            let (word, bit) = Self::place(t);
            bits[word] |= bit;
        }
        TermFilter { bits }
    }

    /// False only when `t` is not among the terms.
    #[inline]
    pub(super) fn may_hold(&self, t: TermId) -> bool {
        let (word, bit) = Self::place(t);
        self.bits[word] & bit != 0
    }

    /// Term ids are handed out in order, so neighbours are spread by a
    /// multiplicative hash (Knuth's) before their top bits pick the bit.
    #[inline]
    fn place(t: TermId) -> (usize, u64) {
        let h = t.wrapping_mul(0x9E37_79B1) as u64;
        let slot = ((h * (W as u64 * 64)) >> 32) as usize;
        (slot / 64, 1 << (slot % 64))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Never "no" for a term it was made of.
        #[test]
        fn holds_every_term_it_was_made_of(terms in proptest::collection::vec(any::<u32>(), 0..400)) {
            let filter = TermFilter::<4>::of(terms.iter().copied());
            for t in terms {
                prop_assert!(filter.may_hold(t));
            }
        }
    }

    #[test]
    fn turns_most_other_terms_away() {
        // 60 terms in 256 bits: about a fifth of the others answer "maybe".
        let filter = TermFilter::<4>::of(0..60);
        let maybe = (60..10_060).filter(|&t| filter.may_hold(t)).count();
        assert!(maybe < 3_000, "{maybe} of 10,000 absent terms passed");
    }
}
