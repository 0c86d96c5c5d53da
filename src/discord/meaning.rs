//! The questions the sentence model reads, worked out together: the
//! questions the word matcher cannot decide wait here for one thread that
//! embeds all of those waiting in one forward pass (a batch costs little
//! more than one question), so a burst of new questions costs one pass,
//! not one each.
//!
//! The model's work never holds up the replies the word matcher decides
//! (most of them): it runs on its own threads, at a lower priority
//! ([`crate::priority`]), so on a busy machine those replies get the cores
//! first. And it never makes a reply late: a question waits for the model
//! a bounded time ([`Limits`]), then gets the word matcher's reply, which
//! is a decline or the same answer (the model only ever turns a decline
//! into an answer). When several wait, a question the model could only
//! find nearest questions for gets the word matcher's decline at once;
//! when too many wait, every question does.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tracing::{debug, warn};

use super::reply::{Feedback, Replied};
use crate::engine::Engine;
use crate::locale::Lang;

/// How long a question waits for the model, and how much it takes at once.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A question that comes while no other is with the model waits this
    /// long at most: the model's usual 10 to 20 milliseconds, with room for
    /// a slow machine, and well inside the 3 s Discord gives an
    /// interaction's first response. Not longer: on a saturated server the
    /// model's lower-priority thread may get no core for a while, and one
    /// request in 200,000 of the distinct load waited out the 2 s this
    /// was (docs/measurements.md, session 28).
    pub alone: Duration,
    /// One that comes while others are with the model (a burst of new
    /// questions) waits this long at most: a burst is when a late reply
    /// costs the most, and the model the most CPU. Of the 50 ms a reply
    /// may take in a burst (issue 18's p99), this leaves 20 for the rest:
    /// the word matcher, the queueing of a busy server.
    pub burst: Duration,
    /// Questions queued for the model at most; beyond, the word matcher's
    /// reply is sent at once.
    pub waiting: usize,
    /// Questions embedded in one forward pass at most: a forward pass
    /// costs about 4 ms a question in a batch, so a batch of 8 fits
    /// [`Limits::burst`]'s wait on a machine that is not saturated.
    pub batch: usize,
    /// With this many with the model, only the questions it could answer
    /// are given to it.
    pub busy: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            alone: Duration::from_millis(500),
            burst: Duration::from_millis(30),
            waiting: 16,
            batch: 8,
            busy: 4,
        }
    }
}

struct Job {
    engine: Arc<Engine>,
    question: String,
    private: bool,
    feedback: Feedback,
    lang: Lang,
    reply: oneshot::Sender<Replied>,
    /// Counts the job as with the model until it is answered or dropped.
    _pending: Pending,
}

/// One question with the model (queued or being worked out); the count
/// goes down when the job is dropped, however it ends.
struct Pending(Arc<AtomicUsize>);

impl Pending {
    fn new(count: &Arc<AtomicUsize>) -> Pending {
        count.fetch_add(1, Ordering::Relaxed);
        Pending(Arc::clone(count))
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The queue to the model's thread. Cloned by the request handlers; the
/// thread ends when the last clone is dropped.
#[derive(Clone)]
pub struct Meaning {
    jobs: mpsc::Sender<Job>,
    /// Questions with the model: queued, or in the batch being worked out.
    pending: Arc<AtomicUsize>,
    limits: Limits,
}

impl Default for Meaning {
    fn default() -> Self {
        Meaning::new()
    }
}

impl Meaning {
    /// Starts the model's thread, with the default [`Limits`].
    pub fn new() -> Meaning {
        Meaning::with_limits(Limits::default())
    }

    /// Starts the model's thread.
    pub fn with_limits(limits: Limits) -> Meaning {
        let (meaning, waiting) = Meaning::queue(limits);
        let spawned = std::thread::Builder::new()
            .name("sentence-model".to_owned())
            .spawn(move || work(waiting, limits.batch));
        if let Err(err) = spawned {
            warn!(%err, "cannot start the sentence model's thread; answering on the word matcher");
        }
        meaning
    }

    fn queue(limits: Limits) -> (Meaning, mpsc::Receiver<Job>) {
        let (jobs, waiting) = mpsc::channel(limits.waiting.max(1));
        (Meaning { jobs, pending: Arc::new(AtomicUsize::new(0)), limits }, waiting)
    }

    /// The reply to `question`, which the word matcher could not decide:
    /// worked out with the others waiting, or by the word matcher alone if
    /// too many wait, the model takes longer than [`Limits`] allow, or its
    /// thread is gone.
    pub async fn reply(
        &self,
        engine: &Arc<Engine>,
        question: &str,
        private: bool,
        feedback: Feedback,
        lang: Lang,
    ) -> Replied {
        let lexical =
            || Replied::to(engine, &engine.ask_lexical(question), private, feedback, lang);
        // Busy, the model's time goes to questions it could answer; one it
        // would only find the nearest questions for gets the word matcher's.
        let with_model = self.pending.load(Ordering::Relaxed);
        if with_model >= self.limits.busy {
            let answer = engine.ask_lexical(question);
            if !Engine::promotable(&answer) {
                return Replied::to(engine, &answer, private, feedback, lang);
            }
        }
        let patience = if with_model == 0 { self.limits.alone } else { self.limits.burst };
        let (reply, answer) = oneshot::channel();
        let job = Job {
            engine: Arc::clone(engine),
            question: question.to_owned(),
            private,
            feedback,
            lang,
            reply,
            _pending: Pending::new(&self.pending),
        };
        if let Err(err) = self.jobs.try_send(job) {
            // Full: a burst. Closed: the thread could not start, which was
            // logged once when it failed.
            debug!(%err, "the sentence model takes no more questions: answering on the word matcher");
            return lexical();
        }
        match tokio::time::timeout(patience, answer).await {
            Ok(Ok(replied)) => replied,
            Ok(Err(_)) => {
                // Its batch failed, which the model's thread logs once.
                debug!("the sentence model dropped a question: answering on the word matcher");
                lexical()
            }
            Err(_) => {
                debug!(?patience, "the sentence model is behind: answering on the word matcher");
                lexical()
            }
        }
    }
}

/// The model's thread: takes every question waiting (up to `batch`) and
/// works them out together, grouped by the engine that was serving when
/// each came (a reload may have swapped it). A question whose asker has
/// stopped waiting is passed over.
fn work(mut waiting: mpsc::Receiver<Job>, batch_size: usize) {
    crate::priority::lower_this_thread();
    while let Some(first) = waiting.blocking_recv() {
        let mut batch = Vec::with_capacity(batch_size);
        batch.push(first);
        while batch.len() < batch_size {
            match waiting.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        batch.retain(|job| !job.reply.is_closed());
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

    fn with_model() -> Arc<Engine> {
        let engine = Arc::new(Engine::new(Knowledge::bundled().unwrap()));
        let model = crate::semantic::Model::bundled().unwrap();
        engine.attach_model(Arc::new(model)).unwrap();
        engine
    }

    /// A question the model answers and the word matcher declines.
    const BY_MEANING: &str = "covid made everyone go hard on digital stuff, true or cap?";

    /// A queue whose model never answers (as when it is starved of CPU):
    /// the receiver is kept, no thread drains it.
    fn stalled(limits: Limits) -> (Meaning, mpsc::Receiver<Job>) {
        Meaning::queue(limits)
    }

    /// A model that is behind costs a reply no more than the wait the
    /// limits allow: the asker gets the word matcher's reply, a decline
    /// where the model would have answered.
    #[tokio::test]
    async fn a_model_that_is_behind_gives_the_word_matchers_reply_in_time() {
        let engine = with_model();
        let limits = Limits { alone: Duration::from_millis(50), ..Limits::default() };
        let (meaning, _queue) = stalled(limits);
        let started = std::time::Instant::now();
        let replied =
            meaning.reply(&engine, BY_MEANING, false, Feedback(true), Lang::ENGLISH).await;
        assert!(started.elapsed() >= limits.alone);
        let lexical = Replied::to(
            &engine,
            &engine.ask_lexical(BY_MEANING),
            false,
            Feedback(true),
            Lang::ENGLISH,
        );
        let by_model =
            Replied::to(&engine, &engine.ask(BY_MEANING), false, Feedback(true), Lang::ENGLISH);
        assert_eq!(json(&replied), json(&lexical));
        assert_ne!(json(&replied), json(&by_model), "the model would have answered");
        assert_eq!(meaning.pending.load(Ordering::Relaxed), 1, "still queued, counted");
    }

    /// In a burst, a question that comes while others are with the model
    /// waits the short wait, not the long one; once the queue is full, a
    /// question gets the word matcher's reply without waiting.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn in_a_burst_questions_wait_less_and_a_full_queue_not_at_all() {
        let engine = with_model();
        let limits = Limits {
            alone: Duration::from_secs(30),
            burst: Duration::from_millis(10),
            waiting: 2,
            ..Limits::default()
        };
        let (meaning, _queue) = stalled(limits);
        let ask = |meaning: &Meaning| {
            let (meaning, engine) = (meaning.clone(), Arc::clone(&engine));
            tokio::spawn(async move {
                meaning.reply(&engine, BY_MEANING, false, Feedback(true), Lang::ENGLISH).await
            })
        };
        let first = ask(&meaning);
        while meaning.pending.load(Ordering::Relaxed) == 0 {
            tokio::task::yield_now().await;
        }
        // The second waits 10 ms, the first 30 s.
        ask(&meaning).await.unwrap();
        assert!(!first.is_finished(), "the first question waits for the model alone");
        // The second gave up its place, but its job stays queued: with
        // two queued, the queue is full.
        let third = ask(&meaning).await.unwrap();
        assert_eq!(meaning.pending.load(Ordering::Relaxed), 2, "the third was never queued");
        let lexical = engine.ask_lexical(BY_MEANING);
        assert_eq!(
            json(&third),
            json(&Replied::to(&engine, &lexical, false, Feedback(true), Lang::ENGLISH))
        );
        first.abort();
    }

    /// Questions sent together get the replies they would get one by one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn questions_worked_out_together_get_the_replies_they_get_alone() {
        let engine = with_model();
        // Patient enough for a debug build on a busy machine: this is about
        // the replies, not the waits.
        let patient = Duration::from_secs(60);
        let meaning =
            Meaning::with_limits(Limits { alone: patient, burst: patient, ..Limits::default() });
        let questions: [&'static str; 4] = [
            "covid made everyone go hard on digital stuff, true or cap?",
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
