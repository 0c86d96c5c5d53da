//! The questions the sentence model reads, worked out together: the
//! questions the word matcher cannot decide wait here for one thread that
//! embeds all of those waiting in one forward pass (a batch costs little
//! more than one question), so a burst of new questions costs one pass,
//! not one each. The model's work is bounded to that thread, so replies
//! the word matcher decides (most of them) never queue behind it. When
//! several wait, a question the model could only find nearest questions
//! for (not answer) gets the word matcher's decline at once; when too
//! many wait, every question does, rather than a late reply.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use tracing::warn;

use super::reply::{Feedback, Replied};
use crate::engine::Engine;
use crate::locale::Lang;

/// Questions waiting for the model at most; beyond, the word matcher's
/// reply is sent. The model works out a batch of 32 in about 130 ms on two
/// cores: a longer queue only makes replies late.
const WAITING: usize = 24;
/// Questions embedded in one forward pass at most.
const BATCH: usize = 32;
/// With this many waiting, only the questions the model could answer are
/// given to it.
const BUSY: usize = 4;

struct Job {
    engine: Arc<Engine>,
    question: String,
    private: bool,
    feedback: Feedback,
    lang: Lang,
    reply: oneshot::Sender<Replied>,
}

/// The queue to the model's thread. Cloned by the request handlers; the
/// thread ends when the last clone is dropped.
#[derive(Clone)]
pub struct Meaning {
    jobs: mpsc::Sender<Job>,
}

impl Default for Meaning {
    fn default() -> Self {
        Meaning::new()
    }
}

impl Meaning {
    /// Starts the model's thread.
    pub fn new() -> Meaning {
        let (jobs, waiting) = mpsc::channel(WAITING);
        let spawned = std::thread::Builder::new()
            .name("sentence-model".to_owned())
            .spawn(move || work(waiting));
        if let Err(err) = spawned {
            warn!(%err, "cannot start the sentence model's thread; answering on the word matcher");
        }
        Meaning { jobs }
    }

    /// The reply to `question`, which the word matcher could not decide:
    /// worked out with the others waiting, or by the word matcher alone if
    /// too many wait or the model's thread is gone.
    pub async fn reply(
        &self,
        engine: &Arc<Engine>,
        question: &str,
        private: bool,
        feedback: Feedback,
        lang: Lang,
    ) -> Replied {
        // Busy, the model's time goes to questions it could answer; one it
        // would only find the nearest questions for gets the word matcher's.
        let waiting = self.jobs.max_capacity() - self.jobs.capacity();
        if waiting >= BUSY {
            let lexical = engine.ask_lexical(question);
            if !Engine::promotable(&lexical) {
                return Replied::to(engine, &lexical, private, feedback, lang);
            }
        }
        let (reply, answer) = oneshot::channel();
        let job = Job {
            engine: Arc::clone(engine),
            question: question.to_owned(),
            private,
            feedback,
            lang,
            reply,
        };
        if self.jobs.try_send(job).is_ok()
            && let Ok(replied) = answer.await
        {
            return replied;
        }
        warn!("the sentence model is behind: answering on the word matcher alone");
        Replied::to(engine, &engine.ask_lexical(question), private, feedback, lang)
    }
}

/// The model's thread: takes every question waiting (up to [`BATCH`]) and
/// works them out together, grouped by the engine that was serving when
/// each came (a reload may have swapped it).
fn work(mut waiting: mpsc::Receiver<Job>) {
    while let Some(first) = waiting.blocking_recv() {
        let mut batch = Vec::with_capacity(BATCH);
        batch.push(first);
        while batch.len() < BATCH {
            match waiting.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        while !batch.is_empty() {
            let engine = Arc::clone(&batch[0].engine);
            let (same, rest): (Vec<Job>, Vec<Job>) =
                batch.into_iter().partition(|job| Arc::ptr_eq(&job.engine, &engine));
            batch = rest;
            // A panic here drops these jobs' replies: their askers fall
            // back on the word matcher, and the thread goes on.
            let worked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let questions: Vec<&str> = same.iter().map(|job| job.question.as_str()).collect();
                let answers = engine.ask_many(&questions);
                answers
                    .iter()
                    .zip(&same)
                    .map(|(answer, job)| {
                        Replied::to(&engine, answer, job.private, job.feedback, job.lang)
                    })
                    .collect::<Vec<_>>()
            }));
            match worked {
                Ok(replies) => {
                    for (job, replied) in same.into_iter().zip(replies) {
                        let _ = job.reply.send(replied);
                    }
                }
                Err(_) => warn!(questions = same.len(), "working out replies by meaning failed"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn json(replied: &Replied) -> serde_json::Value {
        serde_json::to_value(&replied.response).unwrap()
    }

    /// Questions sent together get the replies they would get one by one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn questions_worked_out_together_get_the_replies_they_get_alone() {
        let engine = Arc::new(Engine::new(Knowledge::bundled().unwrap()));
        let model = crate::semantic::Model::bundled().unwrap();
        engine.attach_model(Arc::new(model)).unwrap();
        let meaning = Meaning::new();
        let questions: [&'static str; 4] = [
            "has covid pushed companies to go digital faster?",
            "which of the pair makes the money?",
            "what's the weather like in Oslo today?",
            "who reprots to whom?",
        ];
        let together: Vec<_> = questions
            .iter()
            .map(|&q| {
                let (meaning, engine) = (meaning.clone(), Arc::clone(&engine));
                tokio::spawn(async move {
                    meaning.reply(&engine, q, false, Feedback(true), Lang::ENGLISH).await
                })
            })
            .collect();
        for (question, replied) in questions.iter().zip(together) {
            let replied = replied.await.unwrap();
            let alone = super::super::reply::replied(
                &engine,
                &super::super::request::Request::Ask { question, private: false },
                Feedback(true),
                Lang::ENGLISH,
            );
            assert_eq!(json(&replied), json(&alone), "{question}");
            assert_eq!(replied.asked, alone.asked, "{question}");
        }
    }
}
