//! The answer engine: `(knowledge, question) -> Answer`, and as-you-type
//! suggestions. Plain Rust with no I/O; every front end (CLI, console,
//! Discord gateway, HTTP endpoint) is a thin adapter over it.

use std::sync::{Arc, OnceLock};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

use crate::ask;
use crate::focus::{self, Focus};
use crate::knowledge::{Attribution, Entry, Knowledge, MAX_QUESTION_CHARS};
use crate::search::{Document, Hit, Index, Ranking, Reading, Tuning};
use crate::semantic::{self, Model, SemanticError};
use crate::text::{Analyzer, fold, tokenize};
use crate::vectors::VectorCache;

/// Nearest questions offered when declining.
pub const NEAREST: usize = 3;
/// Entries ranked for a question: the decision takes the best of them that
/// gives what is asked.
const CANDIDATES: usize = 10;

/// When the lexical path declines, its best entry that gives what is asked
/// answers after all if its lexical score is at least this and the model
/// finds it the closest in meaning with at least [`AGREEING_COSINE`]. Two
/// independent readings agreeing is what makes a weak match safe: on the
/// project's sets and the first blind set, a cosine threshold alone bought
/// every answer it won with declines it lost (near-miss questions are
/// close in meaning to what they almost ask), while agreement won 6 points
/// of answerable questions there and lost no declines.
const AGREEING_LEXICAL: f32 = 0.3;
const AGREEING_COSINE: f32 = 0.5;
/// Declining, the nearest questions rank by this share of their lexical
/// score plus the rest of their cosine: on the first blind set, the entry
/// that answers was among the three offered for 38 of 45 declined
/// answerable questions, against 33 by the lexical score alone.
const BLEND_LEXICAL: f32 = 0.4;

/// The term the synonyms read C-level titles the knowledge does not cover
/// as (`otherchief` in `knowledge/synonyms.toml`).
const OTHER_CHIEF: &str = "otherchief";

/// Executive roles as typed (folded), plural or not.
fn is_role(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "cio"
            | "cto"
            | "coo"
            | "ceo"
            | "cfo"
            | "cmo"
            | "cdo"
            | "ciso"
            | "cso"
            | "cpo"
            | "cro"
            | "chro"
            | "cao"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "president"
            | "founder"
            | "cofounder"
            | "director"
            | "vp"
            | "advisor"
            | "adviser"
            | "head"
    )
}

/// Words that may stand between a role and its organisation.
const LINKING: &[&str] = &["of", "at", "the", "from", "for", "in", "s"];
/// Related questions offered under an answer.
pub const RELATED: usize = 3;
/// Most suggestions Discord shows for autocomplete.
pub const MAX_SUGGESTIONS: usize = 25;

/// The engine over one knowledge base.
pub struct Engine {
    knowledge: Knowledge,
    index: Index,
    matcher: SkimMatcherV2,
    /// Every phrasing, folded for fuzzy matching, with its entry.
    phrasings: Vec<(String, usize, usize)>,
    /// Per entry: its related entries, worked out the first time they are
    /// asked for (the knowledge never changes under an engine).
    related: Vec<OnceLock<Vec<usize>>>,
    /// Per person: the words that name them, worked out once.
    people: Vec<PersonWords>,
    /// Per entry: whether its text names a C-level role the synonyms read
    /// as [`OTHER_CHIEF`].
    other_chief: Vec<bool>,
    /// The sentence model and the knowledge's vectors, once attached.
    meaning: OnceLock<Meaning>,
    /// [`Knowledge::version`], worked out once.
    version: String,
    /// Every phrase of the routes, folded and split into words, with its
    /// route, by its first word.
    route_phrases: FxHashMap<String, Vec<(Vec<String>, usize)>>,
    /// Per person: the words of their name (four letters or more) as typed
    /// (folded), by which a question names them.
    names: Vec<Vec<String>>,
}

/// The sentence model with a vector for every curated phrasing.
struct Meaning {
    model: Arc<Model>,
    /// One unit vector per phrasing, in the order of `Engine::phrasings`.
    vectors: Vec<Arc<[f32]>>,
}

/// What a question asks and whom it names: which entries may answer it.
struct Gate {
    asked: ask::Ask,
    /// The question's words as the index reads them.
    words: Vec<String>,
    /// The question's words as typed (folded).
    typed: Vec<String>,
    other_chief: bool,
    /// What the question asks about, which an answering entry must hold.
    focus: Focus,
    /// The words of the sentence that asks (the whole question, or a long
    /// question's asking sentence), as the index reads them, mentions
    /// aside: what a figure must cover.
    asking: Vec<String>,
    /// The people the question names (by name): an answer must be theirs,
    /// or say their name.
    named: Vec<usize>,
    /// The one role a wh-question names ("which industries are CIOs
    /// thriving in?"), which an answer must hold.
    role: Option<&'static str>,
}

impl Gate {
    /// Whether entry `doc` gives the kind of answer asked, about whom it is
    /// asked.
    fn fits(&self, engine: &Engine, doc: usize) -> bool {
        let entry = &engine.knowledge.entries[doc];
        ask::answers(&self.asked, &entry.answer, entry.figure.is_some(), &entry.also_answers)
            && !engine.about_someone_else(entry, &self.typed, &self.words)
            && (!self.other_chief || engine.other_chief[doc])
            && self.theirs(engine, entry)
            && self.role.is_none_or(|role| engine.index.holds(doc, role))
    }

    /// Whether `entry` is the view of a person the question names, or says
    /// their name, when it names anyone: "Which companies was Vishal Gupta
    /// CTO at?" is not answered by an entry about no one in particular.
    fn theirs(&self, engine: &Engine, entry: &Entry) -> bool {
        if self.named.is_empty() {
            return true;
        }
        let attributed =
            matches!(entry.attribution, Attribution::Person(p) if self.named.contains(&p));
        attributed
            || self.named.iter().any(|&p| {
                let name = fold(&engine.knowledge.people[p].name);
                fold(&entry.answer).contains(&name)
            })
    }

    /// What the question asks about that entry `doc` does not hold: empty
    /// when the entry answers it.
    fn missing(&self, engine: &Engine, doc: usize) -> Vec<String> {
        if self.focus.is_empty() {
            return Vec::new();
        }
        let index = &engine.index;
        let mut missing: Vec<String> = (self.focus.words.iter())
            .filter(|w| !index.holds_head(doc, w, focus::is_frame))
            .cloned()
            .collect();
        if self.focus.strict {
            // Read as the index reads them, so that phrases the synonyms
            // join ("off the shelf") count as one word.
            for word in index.uncovered_words(&self.asking, doc) {
                if !focus::is_frame(&word) && !missing.contains(&word) {
                    missing.push(word);
                }
            }
        }
        missing
    }
}

/// The entry nearest to a declined question, when it gives the kind of
/// answer asked and ranks as an answer would but does not hold what is
/// asked: the closest fact the article gives, offered as such.
#[derive(Debug, Clone, PartialEq)]
pub struct Closest<'k> {
    pub entry: &'k Entry,
    /// What the question asks about that the entry does not hold, as typed
    /// (folded).
    pub missing: Vec<String>,
}

/// How questions may refer to one person.
#[derive(Debug)]
struct PersonWords {
    /// Their name, title, organisation and role, as the index reads them.
    naming: Vec<String>,
    /// Their organisation's words, as typed (folded) and as the index reads
    /// them ("Jet Propulsion Laboratory" is also "jpl").
    organisation: Vec<String>,
    /// Their title's words, as typed (folded).
    title: Vec<String>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("entries", &self.knowledge.entries.len()).finish()
    }
}

/// The engine's reply to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<'k> {
    /// The question as asked.
    pub question: String,
    /// How sure the engine is of the best entry, in [0, 1].
    pub confidence: f32,
    pub outcome: Outcome<'k>,
    /// Whether the sentence model was consulted.
    pub by_meaning: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<'k> {
    Answered {
        entry: &'k Entry,
        /// The curated phrasing that matched best.
        matched: &'k str,
        /// For a question about who owns a task the source does not name
        /// ("the laptop rollout"): the task's words, as asked. The answer
        /// is then what the source says about who looks after that kind of
        /// work, and the reply says the source does not name the task.
        unnamed: Vec<String>,
    },
    Declined {
        reason: Decline,
        /// The nearest questions the engine can answer, best first.
        nearest: Vec<Suggestion<'k>>,
        /// The closest fact, when an entry nearly answered.
        closest: Option<Closest<'k>>,
    },
}

/// Why the engine declined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decline {
    /// The question had no meaningful words.
    Empty,
    /// Nothing in the knowledge matches well enough.
    NoMatch,
    /// An entry matches, but does not hold what is asked ([`Closest`]).
    NotSaid,
}

/// A question the engine can answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Suggestion<'k> {
    /// A curated phrasing (at most 100 characters).
    pub question: &'k str,
    pub entry: &'k Entry,
}

impl<'k> Answer<'k> {
    pub fn entry(&self) -> Option<&'k Entry> {
        match &self.outcome {
            Outcome::Answered { entry, .. } => Some(entry),
            Outcome::Declined { .. } => None,
        }
    }
}

/// The words that name whom an entry is attributed to: a person's name
/// (and "expert", for "the NASA guy"), then their title and organisation,
/// which may also be what a question is about.
fn attribution_words(
    knowledge: &Knowledge,
    attribution: Attribution,
) -> (Vec<String>, Vec<String>) {
    match attribution {
        Attribution::Person(i) => {
            let p = &knowledge.people[i];
            let affiliations = p.title.iter().chain(&p.organisation).cloned().collect();
            let mut affiliations: Vec<String> = affiliations;
            affiliations.push("expert".to_owned());
            (vec![p.name.clone()], affiliations)
        }
        // Not the survey's name: "survey of CIOs and CTOs" would make
        // "CIO" and "CTO" name the survey.
        Attribution::Survey(i) => {
            (Vec::new(), vec![knowledge.surveys[i].run_by.clone(), "survey".to_owned()])
        }
        // Every entry comes from a source: naming it would match them all.
        Attribution::Source(_) => (Vec::new(), Vec::new()),
    }
}

/// An entry's topics, and how the source describes its person when it
/// gives no title ("has served as both CTO and CIO"): that describes the
/// person, it does not name them.
fn topic_words(knowledge: &Knowledge, entry: &Entry) -> Vec<String> {
    let mut topics = entry.topics.clone();
    if let Attribution::Person(i) = entry.attribution {
        topics.extend(knowledge.people[i].role.iter().cloned());
    }
    topics
}

impl Engine {
    pub fn new(knowledge: Knowledge) -> Self {
        Self::with_tuning(knowledge, Tuning::default())
    }

    /// An engine with other ranking weights, for tuning experiments.
    pub fn with_tuning(knowledge: Knowledge, tuning: Tuning) -> Self {
        let synonyms = knowledge.synonyms.iter().map(|s| (s.term.as_str(), s.also.as_slice()));
        let analyzer = Analyzer::new(synonyms);
        let attributions: Vec<(Vec<String>, Vec<String>)> = knowledge
            .entries
            .iter()
            .map(|e| attribution_words(&knowledge, e.attribution))
            .collect();
        let topics: Vec<Vec<String>> =
            knowledge.entries.iter().map(|e| topic_words(&knowledge, e)).collect();
        let labels: Vec<Vec<String>> =
            knowledge.entries.iter().map(|e| e.figure.iter().cloned().collect()).collect();
        let documents = (knowledge.entries.iter().enumerate()).map(|(i, e)| Document {
            id: &e.id,
            questions: &e.questions,
            labels: &labels[i],
            names: &attributions[i].0,
            affiliations: &attributions[i].1,
            topics: &topics[i],
            answer: &e.answer,
        });
        let index = Index::build(analyzer, documents, tuning);
        let phrasings = knowledge
            .entries
            .iter()
            .enumerate()
            .flat_map(|(e, entry)| {
                entry.questions.iter().enumerate().map(move |(q, text)| (fold(text), e, q))
            })
            .collect();
        let related = knowledge.entries.iter().map(|_| OnceLock::new()).collect();
        let typed = |text: &str| -> Vec<String> {
            tokenize(&fold(text)).into_iter().map(str::to_owned).collect()
        };
        let people = (knowledge.people.iter())
            .map(|p| {
                let naming = [Some(&p.name), p.title.as_ref(), p.organisation.as_ref()]
                    .into_iter()
                    .chain([p.role.as_ref()])
                    .flatten()
                    .flat_map(|text| index.words(text))
                    .collect();
                let mut organisation: Vec<String> =
                    p.organisation.iter().flat_map(|o| typed(o)).collect();
                organisation.extend(p.organisation.iter().flat_map(|o| index.words(o)));
                let title = p.title.iter().flat_map(|t| typed(t)).collect();
                PersonWords { naming, organisation, title }
            })
            .collect();
        let other_chief = (knowledge.entries.iter())
            .map(|e| {
                let mut texts = e.questions.iter().chain(&e.topics).chain([&e.answer]);
                texts.any(|t| index.words(t).iter().any(|w| w == OTHER_CHIEF))
            })
            .collect();
        let mut route_phrases: FxHashMap<String, Vec<(Vec<String>, usize)>> = Default::default();
        for (r, route) in knowledge.routes.iter().enumerate() {
            for phrase in &route.words {
                let words: Vec<String> = typed(phrase);
                if let Some(first) = words.first() {
                    route_phrases.entry(first.clone()).or_default().push((words, r));
                }
            }
        }
        let names = (knowledge.people.iter())
            .map(|p| typed(&p.name).into_iter().filter(|n| n.len() >= 4).collect())
            .collect();
        Engine {
            index,
            route_phrases,
            names,
            matcher: SkimMatcherV2::default().ignore_case(),
            phrasings,
            related,
            people,
            other_chief,
            meaning: OnceLock::new(),
            version: knowledge.version(),
            knowledge,
        }
    }

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

    /// Whether the sentence model is attached.
    pub fn has_model(&self) -> bool {
        self.meaning.get().is_some()
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// The knowledge's fingerprint ([`Knowledge::version`]).
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Answers `question`, or declines with the nearest questions: on the
    /// lexical path, then, when that declines and the model is attached,
    /// by meaning too (milliseconds: run it off the async runtime, see
    /// [`Engine::ask_quick`]).
    pub fn ask(&self, question: &str) -> Answer<'_> {
        let lexical = self.ask_lexical(question);
        match self.meaning.get() {
            Some(meaning) if Self::needs_meaning(&lexical) => self.ask_meaning(lexical, meaning),
            _ => lexical,
        }
    }

    /// The answer when the lexical path decides alone; `None` when the
    /// model would be asked, so that async callers move only those
    /// questions to a blocking thread.
    pub fn ask_quick(&self, question: &str) -> Option<Answer<'_>> {
        let lexical = self.ask_lexical(question);
        (self.meaning.get().is_none() || !Self::needs_meaning(&lexical)).then_some(lexical)
    }

    /// Whether the model may change a lexical decision ([`Engine::ask_lexical`]'s):
    /// a decline of a question with meaningful words (an answer stays as it
    /// is) whose best candidate the model could promote (one with a lexical
    /// score of at least [`AGREEING_LEXICAL`]), or that shares no word with
    /// the knowledge, whose nearest questions only the model can find. The
    /// model costs milliseconds a question; the word matcher microseconds.
    pub fn needs_meaning(lexical: &Answer) -> bool {
        let promotable = Self::promotable(lexical) || lexical.confidence == 0.0;
        promotable && matches!(lexical.outcome, Outcome::Declined { reason: Decline::NoMatch, .. })
    }

    /// Whether the model could turn this lexical decline into an answer
    /// (rather than only order its nearest questions by meaning).
    pub fn promotable(lexical: &Answer) -> bool {
        lexical.confidence >= AGREEING_LEXICAL
    }

    /// The lexical path alone.
    pub fn ask_lexical(&self, question: &str) -> Answer<'_> {
        let asked = ask::read(question);
        // Who owns a task the source does not name: read the task as the
        // kind of work the source speaks of (`routing.toml`).
        if asked == ask::Ask::Owner {
            // A task the routes know is read as its kind of work at once;
            // otherwise the question may name what the source speaks of
            // ("who owns digital transformation initiatives?"), and is read
            // as it is first.
            if self.routes_in(question).is_empty() {
                let ranking = self.index.search(question, NEAREST);
                let plain = self.answer_as(question, ranking, ask::Ask::Other);
                if plain.entry().is_some() {
                    return plain;
                }
            }
            let asking = ask::focus(question).unwrap_or(question);
            let query = self.route_query(question, asking);
            return self.answer_as(question, self.index.search(&query, NEAREST), asked);
        }
        let whole = self.answer_as(question, self.index.search(question, NEAREST), asked);
        // A long question that says who is asking before it asks: its
        // asking sentence alone may be clearer; the more confident reading
        // wins, and a decline stays a decline unless that sentence answers.
        let Some(focus) = ask::focus(question) else { return whole };
        let focused = self.answer_from(focus, self.index.search(focus, NEAREST));
        match (&whole.outcome, &focused.outcome) {
            (_, Outcome::Answered { .. }) if focused.confidence > whole.confidence => {
                Answer { question: question.to_owned(), ..focused }
            }
            _ => whole,
        }
    }

    /// The decision with the model, for a question the lexical path
    /// declined: the entry the lexical ranking puts first among those that
    /// give what is asked answers after all when the model, too, finds it
    /// the closest in meaning, both being at least moderately sure.
    /// Otherwise the decline stands, offering the entries nearest by a
    /// blend of both signals.
    fn ask_meaning<'k>(&'k self, lexical: Answer<'k>, meaning: &Meaning) -> Answer<'k> {
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
        let question = lexical.question.as_str();
        let entries = &self.knowledge.entries;
        // Per entry: the cosine of its closest phrasing, and which one.
        let mut closest = vec![(f32::MIN, 0usize); entries.len()];
        for (&(_, e, q), v) in self.phrasings.iter().zip(&meaning.vectors) {
            let cosine = semantic::cosine(vector, v);
            if cosine > closest[e].0 {
                closest[e] = (cosine, q);
            }
        }
        let ranking = self.index.search(question, CANDIDATES);
        let mut lexical_score = vec![0.0f32; entries.len()];
        for hit in &ranking.hits {
            lexical_score[hit.doc] = hit.score;
        }
        let blend =
            |e: usize| BLEND_LEXICAL * lexical_score[e] + (1.0 - BLEND_LEXICAL) * closest[e].0;
        let gate = self.gate(question);
        // The model may promote an entry only if it holds what is asked.
        let by_words = (ranking.hits.iter().map(|h| h.doc))
            .find(|&e| gate.fits(self, e) && gate.missing(self, e).is_empty());
        let by_meaning = (0..entries.len())
            .filter(|&e| gate.fits(self, e))
            .max_by(|&a, &b| closest[a].0.total_cmp(&closest[b].0));
        let outcome = match by_words {
            Some(e)
                if by_meaning == Some(e)
                    && lexical_score[e] >= AGREEING_LEXICAL
                    && closest[e].0 >= AGREEING_COSINE =>
            {
                let entry = &entries[e];
                Outcome::Answered {
                    entry,
                    matched: &entry.questions[closest[e].1],
                    unnamed: Vec::new(),
                }
            }
            _ => {
                let mut order: Vec<usize> = (0..entries.len()).collect();
                order.sort_by(|&a, &b| {
                    blend(b).total_cmp(&blend(a)).then(entries[a].id.cmp(&entries[b].id))
                });
                let nearest = (order.iter().take(NEAREST))
                    .map(|&e| Suggestion {
                        question: &entries[e].questions[closest[e].1],
                        entry: &entries[e],
                    })
                    .collect();
                Outcome::Declined { reason, nearest, closest: nearly }
            }
        };
        let confidence = match outcome {
            Outcome::Answered { .. } => by_words.map_or(0.0, blend),
            Outcome::Declined { .. } => lexical.confidence,
        };
        Answer { question: lexical.question, confidence, outcome, by_meaning: true }
    }

    /// The ranking behind [`Engine::ask`] and how each word was read, for
    /// `--explain`.
    pub fn explain(&self, question: &str, limit: usize) -> (Ranking, Vec<Reading>) {
        (self.index.search(question, limit), self.index.readings(question))
    }

    /// The decision: the best-ranked entry that gives what the question
    /// asks, about whom it asks, if it is confident enough; otherwise a
    /// decline with the nearest questions.
    fn answer_from(&self, question: &str, ranking: Ranking) -> Answer<'_> {
        self.answer_as(question, ranking, ask::read(question))
    }

    /// [`Engine::answer_from`] for a question read as asking `asked` (a
    /// question about who owns something may be read as any other first).
    fn answer_as(&self, question: &str, ranking: Ranking, asked: ask::Ask) -> Answer<'_> {
        let entries = &self.knowledge.entries;
        let gate = self.gate_with(question, asked);
        let threshold = self.index.tuning().threshold;
        // The best-ranked entry of the right kind; if it does not hold
        // what is asked, the best one that does, and it as the closest.
        let decide = |hits: &[Hit]| {
            let mut closest = None;
            for hit in hits.iter().copied().filter(|h| gate.fits(self, h.doc)) {
                let missing = gate.missing(self, hit.doc);
                if missing.is_empty() {
                    return (Some(hit), closest);
                }
                if closest.is_none() && hit.score >= threshold {
                    closest = Some((hit, missing));
                }
            }
            (None, closest)
        };
        let (mut chosen, mut closest) = decide(&ranking.hits);
        // Rarely does none of the best few fit; then look further down.
        if chosen.is_none() && ranking.hits.len() == NEAREST {
            let wider = self.index.search(question, CANDIDATES);
            let (found, near) = decide(&wider.hits);
            chosen = found;
            closest = closest.or(near);
        }
        // Declined, the nearest questions are still the best-ranked ones,
        // whatever they answer.
        let confidence = chosen.map_or(0.0, |h| h.score);
        // Who owns a task: the question's form and the entries curators
        // mark as saying who looks after what already narrow the answer, and
        // the task is read from a few words, so a lower score will do.
        let threshold = match gate.asked {
            ask::Ask::Owner => self.index.tuning().owner_threshold,
            _ => threshold,
        };
        let outcome = match chosen {
            Some(best) if best.score >= threshold => {
                let entry = &entries[best.doc];
                let unnamed = match gate.asked {
                    ask::Ask::Owner => self.unnamed(question),
                    _ => Vec::new(),
                };
                Outcome::Answered { entry, matched: &entry.questions[best.phrasing], unnamed }
            }
            _ => {
                let closest =
                    closest.map(|(hit, missing)| Closest { entry: &entries[hit.doc], missing });
                let reason = match (&closest, ranking.words) {
                    (_, 0) => Decline::Empty,
                    (Some(_), _) => Decline::NotSaid,
                    (None, _) => Decline::NoMatch,
                };
                let mut nearest: Vec<Suggestion> = ranking
                    .hits
                    .iter()
                    .map(|h| Suggestion {
                        question: &entries[h.doc].questions[h.phrasing],
                        entry: &entries[h.doc],
                    })
                    .collect();
                // When no entry shares a word with the question, nothing is
                // nearer than the starter questions.
                if nearest.len() < NEAREST {
                    self.extend_unique(&mut nearest, self.suggest("", NEAREST), NEAREST);
                }
                Outcome::Declined { reason, nearest, closest }
            }
        };
        Answer { question: question.to_owned(), confidence, outcome, by_meaning: false }
    }

    /// A question about who owns a task, as the source would word it: for
    /// each task word the routes know (anywhere in the question: the task
    /// is often told before the question is asked), what the source calls
    /// that kind of work, and the asking sentence's words the knowledge
    /// uses ("data architecture").
    fn route_query(&self, question: &str, asking: &str) -> String {
        // Not the words that ask who owns it ("who owns", "which exec").
        let asks_whom = |w: &str| ask::OWNING.contains(&w) || ask::ROUTING_WHO.contains(&w);
        let mut query: Vec<String> = (tokenize(&fold(asking)).into_iter())
            .filter(|w| !asks_whom(w) && !focus::is_frame(w))
            .flat_map(|w| self.index.words(w))
            .filter(|w| self.index.knows(w))
            .collect();
        for (route, _) in self.routes_in(question) {
            query.push(self.knowledge.routes[route].means.clone());
        }
        query.join(" ")
    }

    /// The routes whose words the text uses, one item a use (so that a kind
    /// of work named twice counts twice), longest phrase first at each
    /// position, with the phrase as typed.
    fn routes_in(&self, text: &str) -> Vec<(usize, String)> {
        let folded = fold(text);
        let tokens = tokenize(&folded);
        let mut found = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            let starting = self.route_phrases.get(tokens[at]).map_or(&[][..], Vec::as_slice);
            let longest = (starting.iter())
                .filter(|(words, _)| {
                    words.len() <= tokens.len() - at
                        && words.iter().zip(&tokens[at..]).all(|(w, t)| w == t)
                })
                .max_by_key(|(words, _)| words.len());
            match longest {
                Some((words, route)) => {
                    found.push((*route, tokens[at..at + words.len()].join(" ")));
                    at += words.len();
                }
                None => at += 1,
            }
        }
        found
    }

    /// The task words of a question about who owns a task that the
    /// knowledge does not know ("laptop", "checkout flow"), at most four.
    fn unnamed(&self, question: &str) -> Vec<String> {
        let mut unnamed: Vec<String> = Vec::new();
        for (_, phrase) in self.routes_in(question) {
            let known = self.index.words(&phrase).iter().any(|w| self.index.knows(w));
            if !known && !unnamed.contains(&phrase) {
                unnamed.push(phrase);
            }
        }
        unnamed.truncate(4);
        unnamed
    }

    fn gate(&self, question: &str) -> Gate {
        self.gate_with(question, ask::read(question))
    }

    /// [`Engine::gate`] for a question whose kind of answer is read.
    fn gate_with(&self, question: &str, asked: ask::Ask) -> Gate {
        let words = self.index.words(question);
        // A C-level role the knowledge does not cover (CFO, CISO, …: read
        // as one term) is strong out-of-scope evidence: only an entry that
        // names such a role may answer.
        let other_chief = words.iter().any(|w| w == OTHER_CHIEF);
        let typed = tokenize(&fold(question)).into_iter().map(str::to_owned).collect();
        let asking = ask::focus(question).unwrap_or(question);
        let focus = focus::read(asking, &asked);
        let typed: Vec<String> = typed;
        // By a name of theirs of at least four letters, as typed.
        let named = (self.names.iter().enumerate())
            .filter(|(_, names)| names.iter().any(|n| typed.contains(n)))
            .map(|(i, _)| i)
            .collect();
        let role = match (words.iter().any(|w| w == "cio"), words.iter().any(|w| w == "cto")) {
            (true, false) if opens_with_wh(asking) => Some("cio"),
            (false, true) if opens_with_wh(asking) => Some("cto"),
            _ => None,
        };
        // Only a figure question checks every word (see `missing`).
        let asking_words = match focus.strict {
            true => self.index.words(&focus::without_mentions(asking)),
            false => Vec::new(),
        };
        Gate { asked, words, typed, other_chief, focus, asking: asking_words, named, role }
    }

    /// Whether `entry` is attributed to a person whose organisation the
    /// question names with another executive role and without their name:
    /// "who is the CTO of Nutanix?" is not about Nutanix's CIO, whose
    /// profile shares the words "Nutanix" and "who is". `words` are the
    /// question's, as the index reads them.
    fn about_someone_else(&self, entry: &Entry, typed: &[String], words: &[String]) -> bool {
        let Attribution::Person(p) = entry.attribution else { return false };
        let person = &self.people[p];
        // "Did Wendy Pfeiffer leave Nutanix?": besides naming her, the
        // question only asks what the knowledge knows nothing of.
        let rest: Vec<&String> = words.iter().filter(|w| !person.naming.contains(w)).collect();
        if rest.len() < words.len() && !rest.is_empty() && !rest.iter().any(|w| self.index.knows(w))
        {
            return true;
        }
        // Roles next to the organisation in the question as typed, with
        // only linking words between: "the CTO of Nutanix", "Nutanix's
        // CEO", "Nutanix CTO"; not "Poggi of Prey say about CIOs".
        let named = |w: &str| person.organisation.iter().any(|n| n == w);
        let mut attached = Vec::new();
        for (i, word) in typed.iter().enumerate() {
            if is_role(word) || !named(word) {
                continue;
            }
            let before = typed[..i].iter().rev().find(|w| !LINKING.contains(&w.as_str()));
            let after = typed.get(i + 1);
            for role in before.into_iter().chain(after).filter(|w| is_role(w) && !named(w)) {
                attached.push(role.trim_end_matches('s'));
            }
        }
        !attached.is_empty() && !attached.iter().any(|role| person.title.iter().any(|t| t == role))
    }

    /// The answer to a known entry, as when a user clicks its button.
    pub fn answer_entry(&self, id: &str) -> Option<Answer<'_>> {
        let entry = self.knowledge.entry(id)?;
        Some(Answer {
            question: entry.questions[0].clone(),
            confidence: 1.0,
            outcome: Outcome::Answered { entry, matched: &entry.questions[0], unnamed: Vec::new() },
            by_meaning: false,
        })
    }

    /// [`RELATED`] other entries to offer after `entry`: those sharing its
    /// person, survey or topics, found through the index so the cost does
    /// not grow with the knowledge base, then its neighbours in the curated
    /// order, which curators keep thematic.
    pub fn related(&self, entry: &Entry) -> Vec<Suggestion<'_>> {
        let entries = &self.knowledge.entries;
        // The entry is one of ours (callers get entries from this engine):
        // find its index from its address rather than by a scan.
        let offset = (entry as *const Entry as usize).wrapping_sub(entries.as_ptr() as usize);
        let at = offset / std::mem::size_of::<Entry>().max(1);
        let at = match entries.get(at) {
            Some(e) if std::ptr::eq(e, entry) => at,
            _ => match entries.iter().position(|e| e.id == entry.id) {
                Some(at) => at,
                None => return Vec::new(),
            },
        };
        let related = self.related[at].get_or_init(|| self.find_related(at));
        related
            .iter()
            .map(|&i| Suggestion { question: &entries[i].questions[0], entry: &entries[i] })
            .collect()
    }

    fn find_related(&self, at: usize) -> Vec<usize> {
        let entries = &self.knowledge.entries;
        let entry = &entries[at];
        let (mut about, affiliations) = attribution_words(&self.knowledge, entry.attribution);
        about.extend(affiliations);
        about.extend(topic_words(&self.knowledge, entry));
        let ranking = self.index.search(&about.join(", "), RELATED + 1);
        let similar = ranking.hits.iter().map(|h| h.doc);
        let neighbours =
            (1..entries.len()).flat_map(|d| [at.checked_add(d), at.checked_sub(d)]).flatten();
        let mut related = Vec::with_capacity(RELATED);
        for i in similar.chain(neighbours).filter(|&i| i != at && i < entries.len()) {
            if related.len() == RELATED {
                break;
            }
            if !related.contains(&i) {
                related.push(i);
            }
        }
        related
    }

    /// As-you-type suggestions for a partial question, best first, one per
    /// entry, at most `limit` (capped at 25, Discord's autocomplete limit).
    ///
    /// fuzzy-matcher's skim scoring over every curated phrasing finds what
    /// the user is typing towards ("cio rep" → "Should the CIO report to the
    /// CTO ..."); when the text is already a whole question with typos that
    /// no phrasing contains as a subsequence, the ranked answers fill in.
    /// Empty input lists the first question of each entry, in curated order.
    pub fn suggest(&self, partial: &str, limit: usize) -> Vec<Suggestion<'_>> {
        let limit = limit.min(MAX_SUGGESTIONS);
        let entries = &self.knowledge.entries;
        // No phrasing is longer than this, so a longer pattern cannot match.
        let pattern: String = fold(partial).trim().chars().take(MAX_QUESTION_CHARS).collect();
        if pattern.is_empty() {
            return entries
                .iter()
                .take(limit)
                .map(|entry| Suggestion { question: &entry.questions[0], entry })
                .collect();
        }

        let mut scored: Vec<(i64, usize, usize)> = self
            .phrasings
            .iter()
            .filter_map(|(text, e, q)| Some((fuzzy_score(&self.matcher, text, &pattern)?, *e, *q)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(entries[a.1].id.cmp(&entries[b.1].id)));
        // Of the matches left, those far below the best are noise.
        let best = scored.first().map_or(0, |s| s.0);
        scored.retain(|s| s.0 * 2 >= best);
        let mut out: Vec<Suggestion> = Vec::with_capacity(limit);
        let fuzzy = scored.iter().map(|&(_, e, q)| Suggestion {
            question: &entries[e].questions[q],
            entry: &entries[e],
        });
        self.extend_unique(&mut out, fuzzy, limit);
        if out.len() < limit {
            let ranked = self.index.search(&pattern, limit).hits.into_iter().map(|h| Suggestion {
                question: &entries[h.doc].questions[h.phrasing],
                entry: &entries[h.doc],
            });
            self.extend_unique(&mut out, ranked, limit);
        }
        out
    }

    /// Appends suggestions for entries not yet present, up to `limit`.
    fn extend_unique<'k>(
        &self,
        out: &mut Vec<Suggestion<'k>>,
        more: impl IntoIterator<Item = Suggestion<'k>>,
        limit: usize,
    ) {
        for s in more {
            if out.len() >= limit {
                break;
            }
            if !out.iter().any(|o| o.entry.id == s.entry.id) {
                out.push(s);
            }
        }
    }
}

/// Whether `sentence` opens with a wh-word (past fillers): "which …",
/// "what …", not "does …".
fn opens_with_wh(sentence: &str) -> bool {
    let folded = fold(sentence);
    let words = tokenize(&folded);
    words
        .iter()
        .find(|w| {
            !matches!(**w, "so" | "ok" | "hey" | "hi" | "and" | "but" | "quick" | "q" | "please")
        })
        .is_some_and(|w| {
            matches!(
                *w,
                "what" | "which" | "whats" | "who" | "whos" | "where" | "when" | "how" | "why"
            )
        })
}

/// fuzzy-matcher's skim score of `pattern` (folded) in `haystack`, unless
/// its letters are scattered: a match in more pieces than the pattern has
/// words, plus one for a slip, is a coincidence of letters ("nutan" in
/// "did the pandemic speed up digital transformation"), not a suggestion.
pub fn fuzzy_score(matcher: &SkimMatcherV2, haystack: &str, pattern: &str) -> Option<i64> {
    let (score, indices) = matcher.fuzzy_indices(haystack, pattern)?;
    let pieces = 1 + indices.windows(2).filter(|w| w[1] != w[0] + 1).count();
    let words = pattern.split_whitespace().count().max(1);
    (pieces <= words + 1).then_some(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"))
    }

    fn answered(engine: &Engine, q: &str) -> Option<String> {
        engine.ask(q).entry().map(|e| e.id.clone())
    }

    /// One engine with the sentence model for the tests that need it:
    /// embedding the knowledge takes a second.
    fn with_model() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(|| {
            let engine = engine();
            let model = Model::bundled().expect("the bundled model loads");
            engine.attach_model(Arc::new(model)).expect("the knowledge embeds");
            engine
        })
    }

    #[test]
    fn the_model_turns_a_decline_into_an_answer_only_when_both_readings_agree() {
        let engine = with_model();
        let q = "has covid pushed companies to go digital faster?";
        assert_eq!(engine.ask_lexical(q).entry(), None, "the lexical path alone declines");
        assert!(engine.ask_quick(q).is_none(), "so an async caller must move it off the runtime");
        let answer = engine.ask(q);
        assert!(answer.by_meaning);
        assert_eq!(answer.entry().map(|e| e.id.as_str()), Some("pandemic-acceleration"));
        // An answer on the lexical path stands without the model.
        let quick = engine.ask_quick("who reports to whom?").expect("decided lexically");
        assert!(!quick.by_meaning);
        assert_eq!(quick.entry().map(|e| e.id.as_str()), Some("reporting-tension"));
        assert_eq!(engine.ask("who reports to whom?"), quick);
        // Nothing to read: declined without the model.
        assert!(engine.ask_quick("what is it?").is_some());
    }

    #[test]
    fn the_model_never_answers_what_the_lexical_gates_refuse() {
        let engine = with_model();
        for q in [
            "Who is the CTO of Nutanix?",
            "What does CISO stand for?",
            "when did the Transposit survey run?",
            "Did Wendy Pfeiffer leave Nutanix?",
            "How does the CISO work with the CTO?",
            "What does a CFO do?",
            "what's the weather in Paris",
            "how much does a CTO earn",
            "Write me a poem about clouds",
        ] {
            let answer = engine.ask(q);
            assert_eq!(answer.entry().map(|e| e.id.as_str()), None, "{q}");
            let Outcome::Declined { nearest, .. } = &answer.outcome else { unreachable!() };
            assert_eq!(nearest.len(), NEAREST, "{q}");
        }
    }

    #[test]
    fn any_input_gets_a_reply_through_the_model_too() {
        let engine = with_model();
        let long = "why does the cio ".repeat(400);
        for q in [
            "",
            "🙂🙂 🚀",
            "\u{200b}\u{200b}\u{200d}",
            "ما الفرق بين مدير المعلومات ومدير التقنية؟",
            "**bold** `code` @everyone <@123>",
            long.as_str(),
        ] {
            let answer = engine.ask(q);
            match &answer.outcome {
                Outcome::Answered { .. } => assert!(answer.confidence > 0.0, "{q:?}"),
                Outcome::Declined { nearest, .. } => assert_eq!(nearest.len(), NEAREST, "{q:?}"),
            }
        }
    }

    #[test]
    fn without_a_shared_word_the_model_offers_the_nearest_in_meaning_not_the_starters() {
        let engine = with_model();
        let q = "who keeps the lights on";
        let offered = |a: Answer| match a.outcome {
            Outcome::Declined { nearest, .. } => {
                nearest.iter().map(|s| s.entry.id.clone()).collect::<Vec<_>>()
            }
            Outcome::Answered { .. } => panic!("{q} answered"),
        };
        let starters = offered(engine.ask_lexical(q));
        let nearest = offered(engine.ask(q));
        assert_eq!(nearest.len(), NEAREST);
        assert_ne!(nearest, starters);
        assert!(nearest.iter().any(|id| id == "gupta-cio-operations"), "{nearest:?}");
    }

    #[test]
    fn every_curated_phrasing_finds_its_own_entry() {
        let engine = engine();
        for entry in &engine.knowledge().entries {
            for q in &entry.questions {
                assert_eq!(answered(&engine, q).as_deref(), Some(entry.id.as_str()), "{q}");
            }
        }
    }

    #[test]
    fn empty_and_stop_word_questions_are_declined_as_empty() {
        let engine = engine();
        for q in ["", "   ", "what is it?", "🙂🙂"] {
            let a = engine.ask(q);
            assert!(
                matches!(&a.outcome, Outcome::Declined { reason: Decline::Empty, nearest, .. } if nearest.len() == NEAREST),
                "{q:?}: {a:?}"
            );
        }
    }

    #[test]
    fn out_of_scope_questions_are_declined_with_three_suggestions() {
        let engine = engine();
        for q in ["What does a CFO do?", "what's the weather in Paris", "how much does a CTO earn"]
        {
            let a = engine.ask(q);
            match a.outcome {
                Outcome::Declined {
                    reason: Decline::NoMatch | Decline::NotSaid, nearest, ..
                } => {
                    assert_eq!(nearest.len(), NEAREST, "{q}")
                }
                other => panic!("{q} should be declined, got {other:?}"),
            }
        }
    }

    #[test]
    fn related_questions_exclude_the_entry_itself() {
        let engine = engine();
        let entry = engine.knowledge().entry("pfeiffer-builder-operator").unwrap();
        let related = engine.related(entry);
        assert_eq!(related.len(), RELATED);
        assert!(related.iter().all(|s| s.entry.id != entry.id));
        assert!(related.iter().any(|s| s.entry.id == "person/wendy-pfeiffer"), "{related:?}");
    }

    #[test]
    fn suggestions_follow_the_typed_text_and_respect_the_limit() {
        let engine = engine();
        let s = engine.suggest("who reports", 25);
        assert_eq!(s[0].entry.id, "reporting-tension", "{s:?}");
        assert!(engine.suggest("", 100).len() <= MAX_SUGGESTIONS);
        assert_eq!(engine.suggest("", 5).len(), 5);
        let ids: Vec<_> = engine.suggest("cio", 25).iter().map(|s| &s.entry.id).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "one suggestion per entry");
    }

    /// Questions that name what the article mentions but ask what it does
    /// not say are declined; the same words asking what it says are not.
    #[test]
    fn near_misses_are_declined_and_their_answerable_twins_are_not() {
        let engine = engine();
        for q in [
            "Who is the CTO of Nutanix?",
            "who is the CEO of the Global CTO Forum?",
            "What does the Robert Half CEO think about CIOs?",
            "What does CISO stand for?",
            "when did the Transposit survey run?",
            "Why do CIOs and CTOs clash over reporting lines?",
            "How does the CISO work with the CTO?",
            "Did Wendy Pfeiffer leave Nutanix?",
            "Will the CIO and CTO roles merge?",
            "Is James Rinaldi the CIO of JPL?",
        ] {
            assert_eq!(answered(&engine, q), None, "{q}");
        }
        for (q, id) in [
            ("Who is the CIO of Nutanix?", "person/wendy-pfeiffer"),
            ("What does CTO stand for?", "acronyms"),
            ("when does a CIO recruit a CTO?", "cio-recruits-cto"),
            ("how many CIOs have a CTO?", "survey-cios-with-cto"),
            ("since when has digital transformation accelerated?", "pandemic-acceleration"),
            ("What does Wendy Pfeiffer think?", "person/wendy-pfeiffer"),
            ("tell me about the nutanix cio", "person/wendy-pfeiffer"),
        ] {
            assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
        }
        // His profile and his view both say it.
        let chair = answered(&engine, "what does the Global CTO Forum chair say about the CTO?");
        assert!(
            matches!(chair.as_deref(), Some("person/ozgur-aksakal" | "aksakal-cto-revenue")),
            "{chair:?}"
        );
    }

    #[test]
    fn letters_scattered_over_a_phrasing_are_not_suggested() {
        let engine = engine();
        let s = engine.suggest("nutan", 25);
        assert_eq!(s[0].question, "Who is the CIO of Nutanix?", "{s:?}");
        assert!(s.iter().all(|s| !s.question.contains("pandemic")), "{s:?}");
        let matcher = SkimMatcherV2::default().ignore_case();
        let pandemic = "did the pandemic speed up digital transformation?";
        assert_eq!(fuzzy_score(&matcher, pandemic, "nutan"), None);
        assert!(fuzzy_score(&matcher, pandemic, "pandem").is_some());
        assert!(fuzzy_score(&matcher, "who is responsible for it?", "who resp").is_some());
    }

    #[test]
    fn clicking_a_related_question_answers_that_entry() {
        let engine = engine();
        let a = engine.answer_entry("survey-both-titles").unwrap();
        assert_eq!(a.entry().unwrap().id, "survey-both-titles");
        assert!(engine.answer_entry("no-such-entry").is_none());
    }
}
