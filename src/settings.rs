//! A server's settings as plain data, and the rules they decide: whether a
//! reply goes to the channel or only to the person who asked, and how many
//! questions a user may ask in a while (the cooldown). No I/O: the store
//! keeps settings (`store::settings`), `/settings` changes them
//! (`discord::settings`), and the transports apply them
//! (`discord::policy`).

use std::collections::BTreeSet;

use crate::locale::Lang;
use crate::tr;

/// At most this many public channels a server: the `/settings` card lists
/// them all.
pub const MAX_PUBLIC_CHANNELS: usize = 25;
/// The bounds `/settings cooldown` accepts (Discord enforces them in the
/// picker; the bot checks them again).
pub const MAX_COOLDOWN_QUESTIONS: u32 = 100;
pub const MAX_COOLDOWN_SECONDS: u32 = 3600;

/// One server's settings. [`Settings::default`] is what a server has until
/// its managers change something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Answer privately unless the channel is a public one.
    pub private_default: bool,
    /// Channel ids where the bot answers in public.
    pub public_channels: BTreeSet<String>,
    pub cooldown: Cooldown,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            private_default: false,
            public_channels: BTreeSet::new(),
            cooldown: Cooldown::DEFAULT,
        }
    }
}

/// Where replies go in a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replies {
    /// In the channel, unless the asker chose `private`.
    Public,
    /// Only to the asker.
    Private,
}

impl Settings {
    /// What applies while a server's settings cannot be read (the store is
    /// unreachable): private replies, since the settings may ask for them
    /// and a private reply leaks nothing, and the default cooldown.
    pub fn unknown() -> Settings {
        Settings { private_default: true, ..Settings::default() }
    }

    /// Where replies go in `channel`. Listing any public channel makes the
    /// others private: that is what a list of public channels is for. With
    /// none listed, `private_default` decides.
    pub fn replies_in(&self, channel: Option<&str>) -> Replies {
        let listed = channel.is_some_and(|c| self.public_channels.contains(c));
        let private_elsewhere = self.private_default || !self.public_channels.is_empty();
        if listed || !private_elsewhere { Replies::Public } else { Replies::Private }
    }
}

/// A per-user cooldown: at most `questions` questions in a window of
/// `seconds`, counted from the first question of the window (the fixed
/// window users know from other Discord bots' cooldowns). `questions` 0
/// turns it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cooldown {
    pub questions: u32,
    pub seconds: u32,
}

impl Cooldown {
    /// 5 questions in 30 s.
    pub const DEFAULT: Cooldown = Cooldown { questions: 5, seconds: 30 };
    pub const OFF: Cooldown = Cooldown { questions: 0, seconds: 0 };

    pub fn is_off(self) -> bool {
        self.questions == 0 || self.seconds == 0
    }

    /// The cooldown as a server manager reads it.
    pub fn describe(self, lang: Lang) -> String {
        if self.is_off() {
            tr!(lang, "cooldown-off")
        } else {
            tr!(lang, "cooldown-on", questions = self.questions, seconds = self.seconds)
        }
    }

    pub fn window_ms(self) -> i64 {
        i64::from(self.seconds) * 1000
    }

    /// The window after `k` more questions at `now_ms`: a new one if there
    /// was none or it has passed, else the same one with `k` more counted.
    /// The store does the same in one SQL statement (`store::cooldown`);
    /// this is the rule, and the in-memory limiter's.
    pub fn count(self, window: Option<Window>, now_ms: i64, k: i64) -> Window {
        match window {
            Some(w) if now_ms < w.started_ms + self.window_ms() => {
                Window { started_ms: w.started_ms, used: w.used + k }
            }
            _ => Window { started_ms: now_ms, used: k },
        }
    }

    /// Whether the question counted `position`th in `window` (1 for the
    /// first) may be answered, and if not, how long until it may.
    pub fn admits(self, window: Window, position: i64, now_ms: i64) -> Admission {
        if self.is_off() || position <= i64::from(self.questions) {
            Admission::Allowed
        } else {
            let wait_ms = (window.started_ms + self.window_ms() - now_ms).max(0);
            Admission::Refused { wait_ms }
        }
    }
}

/// A user's current window: when it started and how many questions it has
/// counted (refused ones included: they do not move the window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub started_ms: i64,
    pub used: i64,
}

/// Whether a question may be answered now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Allowed,
    /// Not before `wait_ms` milliseconds from now.
    Refused {
        wait_ms: i64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn with_channels(private_default: bool, channels: &[&str]) -> Settings {
        Settings {
            private_default,
            public_channels: channels.iter().map(|c| (*c).to_owned()).collect(),
            ..Settings::default()
        }
    }

    #[test]
    fn listing_public_channels_makes_the_others_private() {
        let s = Settings::default();
        assert_eq!(s.replies_in(Some("1")), Replies::Public, "the default");
        assert_eq!(s.replies_in(None), Replies::Public);
        let s = with_channels(true, &[]);
        assert_eq!(s.replies_in(Some("1")), Replies::Private);
        for private_default in [false, true] {
            let s = with_channels(private_default, &["1", "2"]);
            assert_eq!(s.replies_in(Some("2")), Replies::Public);
            assert_eq!(s.replies_in(Some("3")), Replies::Private);
            assert_eq!(s.replies_in(None), Replies::Private);
        }
    }

    #[test]
    fn the_default_cooldown_refuses_the_sixth_question_in_30_seconds() {
        let c = Cooldown::DEFAULT;
        let mut window = None;
        let mut seen = Vec::new();
        for (i, at) in [0, 1_000, 2_000, 3_000, 4_000, 10_000, 29_999, 30_000].iter().enumerate() {
            let w = c.count(window, *at, 1);
            seen.push((i, c.admits(w, w.used, *at)));
            window = Some(w);
        }
        let refused: Vec<_> = seen.iter().filter(|(_, a)| *a != Admission::Allowed).collect();
        assert_eq!(
            refused,
            [&(5, Admission::Refused { wait_ms: 20_000 }), &(6, Admission::Refused { wait_ms: 1 })]
        );
        assert_eq!(seen[7].1, Admission::Allowed, "a new window at 30 s");
        assert_eq!(window, Some(Window { started_ms: 30_000, used: 1 }));
        let off = Cooldown::OFF;
        let w = off.count(None, 0, 1000);
        assert_eq!(off.admits(w, 1000, 0), Admission::Allowed);
    }

    proptest! {
        /// Counting questions one at a time or `k` at once (as the store's
        /// batches do) gives each the same verdict; and no window ever
        /// admits more than `questions`.
        #[test]
        fn batches_decide_like_single_questions(
            questions in 1u32..8, seconds in 1u32..5,
            gaps in proptest::collection::vec((0i64..3000, 1i64..4), 1..30),
        ) {
            let c = Cooldown { questions, seconds };
            let (mut one, mut batched) = (None, None);
            let mut now = 0;
            for (gap, k) in gaps {
                now += gap;
                let mut singly = Vec::new();
                for _ in 0..k {
                    let w = c.count(one, now, 1);
                    singly.push(c.admits(w, w.used, now));
                    one = Some(w);
                }
                let w = c.count(batched, now, k);
                let at_once: Vec<_> = (1..=k).map(|i| c.admits(w, w.used - k + i, now)).collect();
                batched = Some(w);
                prop_assert_eq!(&singly, &at_once);
                let allowed = (1..=w.used).filter(|&p| c.admits(w, p, now) == Admission::Allowed);
                prop_assert!(allowed.count() <= questions as usize);
            }
        }
    }
}
