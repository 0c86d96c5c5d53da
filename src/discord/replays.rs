//! Replay protection for the HTTP endpoint: the interaction ids seen while
//! their signed timestamp is fresh. A request whose signature and timestamp
//! check out may still be a copy of one already answered (captured from a
//! proxy or a log, and sent again within the five minutes the timestamp
//! allows); interaction ids are unique, so a second sight of one is a
//! replay.
//!
//! Memory is bounded: ids are kept by their request's timestamp and
//! forgotten once that timestamp is stale (the freshness check refuses
//! those anyway). Past [`Seen::capacity`] ids, the oldest second is
//! forgotten early and every request stamped at or before it is refused
//! from then on: under a flood the window shrinks, and a replay is never
//! let through.

use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

use rustc_hash::FxBuildHasher;

/// Ids kept at most by default: about 3,300 interactions a second for
/// five minutes, some 40 MB at worst.
pub const DEFAULT_CAPACITY: usize = 1_000_000;

/// What to do with a request's interaction id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// First seen: answer it.
    New,
    /// Seen before within its freshness: a replay.
    Replay,
    /// Stamped before what is still remembered (the set overflowed): it
    /// cannot be told from a replay, so it is refused.
    TooOld,
}

/// The interaction ids seen, by their request's timestamp.
#[derive(Debug)]
pub struct Seen {
    capacity: usize,
    /// How long a timestamp stays fresh, in seconds.
    freshness: u64,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    ids: HashSet<u64, FxBuildHasher>,
    by_second: BTreeMap<u64, Vec<u64>>,
    /// Requests stamped before this second are refused: their ids may
    /// have been forgotten early.
    horizon: u64,
}

impl Seen {
    pub fn new(capacity: usize, freshness: u64) -> Seen {
        Seen { capacity: capacity.max(1), freshness, inner: Mutex::new(Inner::default()) }
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Records `id`, from a request stamped `timestamp` (already checked
    /// to be fresh at `now`), and says whether it is new.
    pub fn check(&self, id: u64, timestamp: u64, now: u64) -> Verdict {
        let mut inner = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Inner { ids, by_second, horizon } = &mut *inner;
        // Stale ids cannot come back: the timestamp check refuses them.
        while let Some(entry) = by_second.first_entry() {
            if entry.key().saturating_add(self.freshness) >= now {
                break;
            }
            for id in entry.remove() {
                ids.remove(&id);
            }
        }
        if timestamp < *horizon {
            return Verdict::TooOld;
        }
        if !ids.insert(id) {
            return Verdict::Replay;
        }
        by_second.entry(timestamp).or_default().push(id);
        while ids.len() > self.capacity {
            let Some((second, dropped)) = by_second.pop_first() else { break };
            for id in dropped {
                ids.remove(&id);
            }
            *horizon = second + 1;
        }
        if ids.contains(&id) { Verdict::New } else { Verdict::TooOld }
    }

    /// How many ids are remembered now.
    pub fn len(&self) -> usize {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_second_sight_of_an_id_is_a_replay() {
        let seen = Seen::new(100, 300);
        assert_eq!(seen.check(1, 1000, 1000), Verdict::New);
        assert_eq!(seen.check(2, 1000, 1000), Verdict::New);
        assert_eq!(seen.check(1, 1000, 1200), Verdict::Replay);
        assert_eq!(seen.check(1, 1000, 1300), Verdict::Replay, "still fresh at 300 s");
        // At 1301 s the request is stale (the endpoint refuses it first),
        // and its id is forgotten.
        assert_eq!(seen.check(3, 1301, 1301), Verdict::New);
        assert_eq!(seen.len(), 1);
    }

    #[test]
    fn an_overflow_forgets_the_oldest_second_and_refuses_what_was_stamped_then() {
        let seen = Seen::new(3, 300);
        assert_eq!(seen.check(1, 10, 10), Verdict::New);
        assert_eq!(seen.check(2, 11, 11), Verdict::New);
        assert_eq!(seen.check(3, 12, 12), Verdict::New);
        assert_eq!(seen.check(4, 12, 12), Verdict::New);
        assert_eq!(seen.len(), 3);
        // Id 1 was forgotten early: its replay is refused all the same.
        assert_eq!(seen.check(1, 10, 13), Verdict::TooOld);
        assert_eq!(seen.check(2, 11, 13), Verdict::Replay);
        assert_eq!(seen.check(5, 13, 13), Verdict::New);
    }

    proptest! {
        /// Interactions (each id with the one timestamp Discord signed it
        /// with) arriving in any order, any number of times, at any
        /// capacity: none is answered twice, memory stays within the
        /// capacity, and with room to spare every first sight is answered.
        #[test]
        fn no_interaction_is_answered_twice(
            arrivals in prop::collection::vec(0u64..40, 1..300),
            capacity in 1usize..50,
        ) {
            let stamp = |id: u64| 1000 + id / 2;
            let seen = Seen::new(capacity, 300);
            let roomy = Seen::new(1000, 300);
            let mut answered = std::collections::HashSet::new();
            let mut first_sights = std::collections::HashSet::new();
            for id in arrivals {
                let now = stamp(id) + 1;
                if seen.check(id, stamp(id), now) == Verdict::New {
                    prop_assert!(answered.insert(id), "id {} answered twice", id);
                }
                prop_assert!(seen.len() <= capacity);
                let first = first_sights.insert(id);
                prop_assert_eq!(roomy.check(id, stamp(id), now) == Verdict::New, first);
            }
        }
    }
}
