//! What the bot does with each kind of request, decided in one match with no
//! catch-all arm: a new [`Request`] variant does not compile until someone
//! decides whether it counts against the cooldown, whether the server's
//! settings may make its reply private, and who answers it (which decides
//! whether its reply may be cached). The policy and the request path read
//! these; they never list requests themselves.

use super::Request;

/// A request's class: what the policy and the request path do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    /// It counts against the server's per-user cooldown: the questions,
    /// typed (`/ask`, `/quote`) or clicked (a question button).
    pub cooldown: bool,
    /// Its reply is a new message posted where the server's settings say:
    /// private where they ask for private replies.
    pub posted: bool,
    /// Who answers it.
    pub by: By,
}

/// Who answers a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// The knowledge alone (`reply`, `onboarding`): the reply is a pure
    /// function of the knowledge and the request.
    Knowledge,
    /// The curator: the reply depends on the store and on who asks (a
    /// vote, a quiz answer's score, `/kb` for members with Manage Server).
    Curator,
    /// `/settings`, for server managers: the policy's store.
    Settings,
}

impl Class {
    /// Whether its reply may be kept and served again to the same request:
    /// only a reply of the knowledge alone (the cache's key holds the
    /// knowledge's version).
    pub fn cached(self) -> bool {
        self.by == By::Knowledge
    }
}

impl Request<'_> {
    /// What is done with this request.
    pub fn class(&self) -> Class {
        let (cooldown, posted, by) = match self {
            Request::Ask { .. }
            | Request::Quote { .. }
            | Request::Entry { .. }
            | Request::Message { .. } => (true, true, By::Knowledge),
            Request::Stats { .. }
            | Request::Compare { .. }
            | Request::Topics { .. }
            | Request::Sources { .. }
            | Request::Help { .. }
            | Request::Learn { .. }
            | Request::Quiz { .. } => (false, true, By::Knowledge),
            // Autocomplete, a `/learn` card turned in place, and the
            // related questions of a card (always private).
            Request::Ping
            | Request::SuggestQuestions { .. }
            | Request::SuggestPeople { .. }
            | Request::SuggestPaths { .. }
            | Request::LearnStep { .. }
            | Request::Related { .. }
            | Request::Unsupported => (false, false, By::Knowledge),
            // "Next question" asks the next one of the seed: no score.
            Request::QuizButton { choice: None, .. } => (false, false, By::Knowledge),
            Request::QuizButton { choice: Some(_), .. } => (false, false, By::Curator),
            Request::Feedback { .. } | Request::Kb(_) => (false, false, By::Curator),
            Request::Settings(_) => (false, false, By::Settings),
        };
        Class { cooldown, posted, by }
    }

    /// The request with its reply made private, as the server's settings
    /// may ask: the asker's own choice of `private` gives way, and `share`
    /// is ignored. Requests whose reply is not posted are as they are.
    pub fn made_private(self) -> Self {
        match self {
            Request::Ask { question, .. } => Request::Ask { question, private: true },
            Request::Quote { person, .. } => Request::Quote { person, private: true },
            Request::Entry { id, .. } => Request::Entry { id, private: true },
            Request::Message { text, author, own, jump, .. } => {
                Request::Message { text, author, own, jump, private: true }
            }
            Request::Stats { .. } => Request::Stats { private: true },
            Request::Compare { .. } => Request::Compare { private: true },
            Request::Topics { .. } => Request::Topics { private: true },
            Request::Sources { .. } => Request::Sources { private: true },
            Request::Help { .. } => Request::Help { private: true },
            Request::Learn { path, .. } => Request::Learn { path, share: false },
            Request::Quiz { topic, seed, .. } => Request::Quiz { topic, share: false, seed },
            // Not posted as a new message where the settings decide (see
            // `Request::class`): as they are.
            Request::Ping
            | Request::SuggestQuestions { .. }
            | Request::SuggestPeople { .. }
            | Request::SuggestPaths { .. }
            | Request::LearnStep { .. }
            | Request::Related { .. }
            | Request::Feedback { .. }
            | Request::Kb(_)
            | Request::Settings(_)
            | Request::QuizButton { .. }
            | Request::Unsupported => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discord::request::{Kb, Setting};

    #[test]
    fn only_replies_of_the_knowledge_alone_are_cached() {
        let cached = [
            Request::Ask { question: "q", private: false },
            Request::Entry { id: "e", private: true },
            Request::QuizButton { version: "v", topic: "t", seed: 1, choice: None },
            Request::SuggestQuestions { partial: "c" },
        ];
        assert!(cached.iter().all(|r| r.class().cached()));
        let not_cached = [
            Request::Feedback { entry: "e", up: true },
            Request::Kb(Kb::Stats),
            Request::Settings(Setting::Show),
            Request::QuizButton { version: "v", topic: "t", seed: 1, choice: Some(0) },
        ];
        assert!(not_cached.iter().all(|r| !r.class().cached()), "they depend on who asks");
    }

    #[test]
    fn every_question_counts_and_is_posted() {
        for r in [
            Request::Ask { question: "q", private: false },
            Request::Quote { person: "p", private: false },
            Request::Entry { id: "e", private: false },
            Request::Message {
                text: "q",
                author: "Bo",
                own: false,
                jump: super::super::Jump { guild: None, channel: 2, message: 3 },
                private: false,
            },
        ] {
            assert_eq!(r.class(), Class { cooldown: true, posted: true, by: By::Knowledge });
            let private = format!("{:?}", r.made_private());
            assert!(private.contains("private: true"), "{private}");
        }
        assert!(!Request::Help { private: false }.class().cooldown);
        assert!(Request::Help { private: false }.class().posted);
        assert!(!Request::Related { entry: "e" }.class().posted, "always private");
    }
}
