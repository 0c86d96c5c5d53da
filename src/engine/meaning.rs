//! The sentence model's part in the engine's decision: attaching the model
//! with the phrasings' vectors, when the model is consulted, how it turns a
//! lexical decline into an answer (when both readings agree: the model's
//! first choice, or its second when the word matcher's leads clearly; or
//! when the word matcher's choice leads every other clearly and the model
//! finds the question related to it at all), and the entries nearest in
//! meaning that a decline offers and `--explain` shows.

use std::sync::Arc;

use super::typed::Typed;
use super::{
    Answer, ByMeaning, CANDIDATES, Closest, Decline, Engine, NEAREST, Outcome, Suggestion,
};
use crate::ask::Ask;
use crate::search::Hit;
use crate::semantic::{self, Model, SemanticError};
use crate::text::fold;
use crate::vectors::VectorCache;

/// When the lexical path declines, its best entry that gives what is asked
/// answers after all if its lexical score is at least this and the model
/// finds it the closest in meaning with at least [`AGREEING_COSINE`]. Two
/// independent readings agreeing is what makes a weak match safe: on the
/// project's sets and the first blind set, a cosine threshold alone bought
/// every answer it won with declines it lost (near-miss questions are
/// close in meaning to what they almost ask), while agreement won 6 points
/// of answerable questions there and lost no declines. From 0.3 to 0.25,
/// once the gate declined who holds a post at an organisation, how to
/// become one of the roles and how to share out money, it won 112 right
/// answers over the 12,440 development questions for 2 wrong and 7
/// must-decline questions answered (0.22: 50 more for 3 and 10 more).
const AGREEING_LEXICAL: f32 = 0.25;
const AGREEING_COSINE: f32 = 0.5;
/// A weaker lexical score will do when it is at least twice any other
/// entry's: a clear choice, however many words a long or paraphrased
/// question adds. On the development sets (6,861 questions), from a score
/// of 0.2, it won 7 right answers for one must-decline question answered
/// and no wrong one, and consulted the model for 2% more questions; a lead
/// of 1.6 times won 19 for 2 wrong and 2 answered. Once the gate checked
/// what each entry holds of the question, 1.5 times won 18 right answers
/// over the 15,479 development questions for no wrong one and no
/// must-decline question answered (1.4 times: 20 for 3 answered), most of
/// them paraphrases.
const CLEAR_LEXICAL: f32 = 0.2;
const CLEAR_MARGIN: f32 = 1.5;

/// Whether the word matcher's choice is clear enough for the model's
/// agreement to answer it: its score, or its lead over the runner-up.
fn clear(score: f32, runner_up: f32) -> bool {
    score >= AGREEING_LEXICAL || (score >= CLEAR_LEXICAL && score >= CLEAR_MARGIN * runner_up)
}

/// The other way round: a weak lexical choice will do when the model's
/// choice is clear, its first by at least this cosine, and both agree. On
/// the development sets (13,087 questions), measured over every decline
/// the model could see, a first choice at a cosine of 0.65 leading by 0.15
/// won 23 right answers for no wrong one and one must-decline question
/// answered (a lead of 0.12: 27 for 3 answered; a cosine of 0.6: 33 for
/// 5), most of them paraphrases whose words the word matcher barely knows.
/// As built, over the same questions: 28 right answers won, 1 wrong and 2
/// must-decline questions answered, and the model consulted for 17% more.
const MEANING_CLEAR_LEXICAL: f32 = 0.15;
const MEANING_CLEAR_COSINE: f32 = 0.65;
const MEANING_CLEAR_LEAD: f32 = 0.15;

/// The word matcher's clear lead ([`crate::search::Tuning::leads_clearly`])
/// answers when the model finds the question at least this related to the
/// entry, whichever entry it finds closest. On the development sets (14,504
/// questions): 19 more right answers, no wrong one and 1 must-decline
/// question answered; with no cosine floor, 20 and 2 (the other: "how do
/// I fix a merge conflict in git?", a conflict being the reporting
/// tension's word).
const RELATED_COSINE: f32 = 0.25;

/// The model's second choice will do when the word matcher's choice is
/// clear ([`clear`]) and leads the runner-up by this much: on the
/// development sets (11,126 questions), taking the second with no lead won
/// 34 right answers for 7 wrong and 2 must-decline questions answered, most
/// of those by a lead under 1.15; with this lead, 28 for 1 wrong.
const SECOND_LEAD: f32 = 1.2;

/// The entries of the two highest scores, best first; ties to the first.
pub(super) fn nearest_two(
    scored: impl Iterator<Item = (f32, usize)>,
) -> (Option<usize>, Option<usize>) {
    let mut best: [Option<(f32, usize)>; 2] = [None, None];
    for (score, e) in scored {
        if best[0].is_none_or(|(s, _)| score > s) {
            best = [Some((score, e)), best[0]];
        } else if best[1].is_none_or(|(s, _)| score > s) {
            best[1] = Some((score, e));
        }
    }
    (best[0].map(|(_, e)| e), best[1].map(|(_, e)| e))
}

/// Declining, the nearest questions rank by this share of their lexical
/// score plus the rest of their cosine: on the first blind set, the entry
/// that answers was among the three offered for 38 of 45 declined
/// answerable questions, against 33 by the lexical score alone.
const BLEND_LEXICAL: f32 = 0.4;

/// The sentence model with a vector for every curated phrasing.
pub(super) struct Meaning {
    model: Arc<Model>,
    /// One unit vector per phrasing, in the order of `Engine::phrasings`.
    vectors: Vec<Arc<[f32]>>,
}

impl Engine {
    /// Gives the engine the sentence model: embeds every curated phrasing
    /// (about a second for the bundled knowledge, on a 2-core machine).
    /// Until then, and if this fails, the engine answers on the lexical
    /// path alone. A second model is ignored.
    pub fn attach_model(&self, model: Arc<Model>) -> Result<(), SemanticError> {
        let cache = VectorCache::in_memory(semantic::fingerprint());
        self.attach_model_with(model, &cache).map(|_| ())
    }

    /// [`Engine::attach_model`], taking the vectors `cache` has and adding
    /// the ones it lacks; returns how many phrasings were embedded.
    pub fn attach_model_with(
        &self,
        model: Arc<Model>,
        cache: &VectorCache,
    ) -> Result<usize, SemanticError> {
        let texts: Vec<&str> = (self.phrasings.iter())
            .map(|&(_, e, q)| self.knowledge.entries[e].questions[q].as_str())
            .collect();
        let (vectors, embedded) = cache.embed(&model, &texts)?;
        let _ = self.meaning.set(Meaning { model, vectors });
        Ok(embedded)
    }

    /// The engine answering without the sentence model by design
    /// (`--no-model`): no model will check a weak match, so a long
    /// question answers at a lower score ([`crate::search::Tuning::long_threshold`]).
    /// An engine waiting for its model answers as one that has it.
    pub fn lexical_only(mut self) -> Self {
        self.lexical_only = true;
        self
    }

    /// Whether it answers without the sentence model by design.
    pub fn is_lexical_only(&self) -> bool {
        self.lexical_only
    }

    /// Whether the sentence model is attached.
    pub fn has_model(&self) -> bool {
        self.meaning.get().is_some()
    }

    /// Whether the model may change a lexical decision ([`Engine::ask_lexical`]'s):
    /// a decline of a question with meaningful words (an answer stays as it
    /// is) whose best candidate the model could promote (one with a lexical
    /// score of at least 0.15, `MEANING_CLEAR_LEXICAL`, below which no
    /// reading promotes it), or that shares no word with
    /// the knowledge, whose nearest questions only the model can find. The
    /// model costs milliseconds a question; the word matcher microseconds.
    pub fn needs_meaning(lexical: &Answer) -> bool {
        let promotable = Self::promotable(lexical) || lexical.confidence == 0.0;
        // The closest fact to a question for advice only does not advise:
        // an entry that does (the partnership's practices) may still be
        // found by meaning.
        let advice = Ask::Advice.name();
        let unadvised = |c: &Option<Closest>| c.as_ref().is_some_and(|c| c.missing == [advice]);
        promotable
            && match &lexical.outcome {
                Outcome::Declined { reason: Decline::NoMatch, .. } => true,
                Outcome::Declined { closest, .. } => unadvised(closest),
                Outcome::Answered { .. } => false,
            }
    }

    /// Whether the model could turn this lexical decline into an answer
    /// (rather than only order its nearest questions by meaning).
    pub fn promotable(lexical: &Answer) -> bool {
        clear(lexical.confidence, lexical.runner_up) || lexical.confidence >= MEANING_CLEAR_LEXICAL
    }

    /// The decision with the model, for a question the lexical path
    /// declined: the entry the lexical ranking puts first among those that
    /// give what is asked answers after all when the model, too, finds it
    /// the closest in meaning, both being at least moderately sure.
    /// Otherwise the decline stands, offering the entries nearest by a
    /// blend of both signals.
    pub(super) fn ask_meaning<'k>(&'k self, lexical: Answer<'k>, meaning: &Meaning) -> Answer<'k> {
        let vector =
            meaning.model.embed(&[lexical.question.as_str()]).ok().and_then(|mut v| v.pop());
        match vector {
            Some(vector) => self.decide_by_meaning(lexical, meaning, &vector),
            None => lexical,
        }
    }

    /// Answers questions together: the ones the word matcher decides at
    /// once, and the rest with one forward pass of the model for all of
    /// them, which costs little more than one (a batch of questions that
    /// arrive together, see `discord::meaning`).
    pub fn ask_many(&self, questions: &[&str]) -> Vec<Answer<'_>> {
        let lexical: Vec<Answer> = questions.iter().map(|q| self.ask_lexical(q)).collect();
        let Some(meaning) = self.meaning.get() else { return lexical };
        let asked: Vec<&str> = (lexical.iter())
            .filter(|a| Self::needs_meaning(a))
            .map(|a| a.question.as_str())
            .collect();
        let mut vectors = match meaning.model.embed(&asked) {
            Ok(vectors) => vectors.into_iter(),
            Err(_) => return lexical,
        };
        lexical
            .into_iter()
            .map(|answer| match Self::needs_meaning(&answer) {
                true => match vectors.next() {
                    Some(vector) => self.decide_by_meaning(answer, meaning, &vector),
                    None => answer,
                },
                false => answer,
            })
            .collect()
    }

    /// [`Engine::ask_meaning`] with the question's vector worked out.
    fn decide_by_meaning<'k>(
        &'k self,
        lexical: Answer<'k>,
        meaning: &Meaning,
        vector: &[f32],
    ) -> Answer<'k> {
        let (reason, nearly) = match &lexical.outcome {
            Outcome::Declined { reason, closest, .. } => (*reason, closest.clone()),
            Outcome::Answered { .. } => return lexical,
        };
        let question = &*self.as_read(&lexical.question);
        let entries = &self.knowledge.entries;
        let closest = self.closest_by_meaning(meaning, vector);
        let folded = fold(question);
        let typed = Typed::new(question, &folded);
        let read = self.read(question, &typed);
        let asked = typed.ask();
        let ranking = self.rank(&read, &typed, &asked, CANDIDATES);
        let mut lexical_score = vec![0.0f32; entries.len()];
        for hit in &ranking.hits {
            lexical_score[hit.doc] = hit.score;
        }
        let blend =
            |e: usize| BLEND_LEXICAL * lexical_score[e] + (1.0 - BLEND_LEXICAL) * closest[e].0;
        let gate = self.gate_with(&read, &typed, asked);
        // The model may promote an entry only if it holds what is asked.
        let by_words = (ranking.hits.iter())
            .find(|h| gate.fits(self, h.doc) && gate.missing(self, h).is_empty())
            .map(|h| h.doc);
        let (by_meaning, next_by_meaning) = nearest_two(
            (0..entries.len()).filter(|&e| gate.fits(self, e)).map(|e| (closest[e].0, e)),
        );
        // Only both readings agreeing answers, one of them clearly:
        // meaning alone does not.
        let lead = by_meaning.map_or(0.0, |e| closest[e].0)
            - next_by_meaning.map_or(0.0, |e| closest[e].0);
        let chosen = by_words.filter(|&e| {
            let runner_up = ranking.runner_up(Some(e));
            let agrees = by_meaning == Some(e)
                || (next_by_meaning == Some(e) && lexical_score[e] >= SECOND_LEAD * runner_up);
            let words_clear = clear(lexical_score[e], runner_up) && closest[e].0 >= AGREEING_COSINE;
            let meaning_clear = by_meaning == Some(e)
                && lexical_score[e] >= MEANING_CLEAR_LEXICAL
                && closest[e].0 >= MEANING_CLEAR_COSINE
                && lead >= MEANING_CLEAR_LEAD;
            let leads = gate.asked != Ask::Owner
                && self.leads_clearly(&read, lexical_score[e], runner_up)
                && closest[e].0 >= RELATED_COSINE;
            (agrees && (words_clear || meaning_clear)) || leads
        });
        let outcome = match chosen {
            Some(e) => {
                let entry = &entries[e];
                Outcome::Answered { entry, matched: entry.shown(closest[e].1), unnamed: Vec::new() }
            }
            _ => {
                let mut order: Vec<usize> = (0..entries.len()).collect();
                order.sort_by(|&a, &b| {
                    blend(b).total_cmp(&blend(a)).then(entries[a].id.cmp(&entries[b].id))
                });
                let nearest = (order.iter().take(NEAREST))
                    .map(|&e| Suggestion {
                        question: entries[e].shown(closest[e].1),
                        entry: &entries[e],
                    })
                    .collect();
                Outcome::Declined { reason, nearest, closest: nearly }
            }
        };
        let confidence = match outcome {
            Outcome::Answered { .. } => chosen.map_or(0.0, blend),
            Outcome::Declined { .. } => lexical.confidence,
        };
        Answer {
            question: lexical.question,
            confidence,
            outcome,
            by_meaning: true,
            runner_up: lexical.runner_up,
        }
    }

    /// The entries nearest the question by meaning, best first, for
    /// `--explain`: each with its closest phrasing's cosine, that phrasing,
    /// and whether the entry gives what the question asks (only such an
    /// entry may be promoted by the model). Empty without the model.
    pub fn nearest_by_meaning(&self, question: &str, limit: usize) -> Vec<ByMeaning<'_>> {
        let Some(meaning) = self.meaning.get() else { return Vec::new() };
        let Some(vector) = meaning.model.embed(&[question]).ok().and_then(|mut v| v.pop()) else {
            return Vec::new();
        };
        let entries = &self.knowledge.entries;
        let closest = self.closest_by_meaning(meaning, &vector);
        let folded = fold(question);
        let typed = Typed::new(question, &folded);
        let read = self.read(question, &typed);
        let asked = typed.ask();
        let ranking = self.rank(&read, &typed, &asked, CANDIDATES);
        let gate = self.gate_with(&read, &typed, asked);
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by(|&a, &b| closest[b].0.total_cmp(&closest[a].0));
        (order.into_iter().take(limit))
            .map(|e| {
                // Its lexical hit if it has one: a phrasing the question
                // fits closely vouches for its words.
                let hit = (ranking.hits.iter().find(|h| h.doc == e).cloned()).unwrap_or(Hit {
                    doc: e,
                    score: 0.0,
                    phrasing: closest[e].1,
                    fit: 0.0,
                    coverage: 0.0,
                });
                ByMeaning {
                    entry: &entries[e],
                    cosine: closest[e].0,
                    phrasing: &entries[e].questions[closest[e].1],
                    gives_what_is_asked: gate.fits(self, e),
                    missing: gate.missing(self, &hit),
                }
            })
            .collect()
    }

    /// Per entry: the cosine of its closest phrasing to the question's
    /// `vector`, and which phrasing that is.
    fn closest_by_meaning(&self, meaning: &Meaning, vector: &[f32]) -> Vec<(f32, usize)> {
        let mut closest = vec![(f32::MIN, 0usize); self.knowledge.entries.len()];
        for (&(_, e, q), v) in self.phrasings.iter().zip(&meaning.vectors) {
            let cosine = semantic::cosine(vector, v);
            if cosine > closest[e].0 {
                closest[e] = (cosine, q);
            }
        }
        closest
    }
}
