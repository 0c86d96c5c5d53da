//! The knowledge base: sources, people, surveys, entries, the CIO-vs-CTO
//! comparison and synonyms, loaded from TOML files and validated.
//!
//! Every `*.toml` file in a folder is loaded (in name order), so a team adds
//! its own articles by adding files. The bundled folder is compiled into the
//! binary ([`Knowledge::bundled`]) so the bot answers from anywhere.

mod error;
mod load;
mod locate;
mod raw;
mod validate;

pub use error::{LoadError, Problem, ProblemKind};

use std::path::Path;

use crate::locale::Lang;
use crate::tr;

/// Longest answer, in characters: it must fit a Discord embed description.
pub const MAX_ANSWER_CHARS: usize = 4096;
/// Longest phrasing, in characters: phrasings are offered as autocomplete
/// choices, whose names and values Discord caps at 100.
pub const MAX_QUESTION_CHARS: usize = 100;
/// Fewest phrasings an entry needs to be matched reliably.
pub const MIN_QUESTIONS: usize = 3;
/// Longest id: ids travel in button `custom_id`s (100 characters at most,
/// with room for a prefix).
pub const MAX_ID_CHARS: usize = 64;

/// Where the knowledge was published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub publisher_site: Option<String>,
    pub summary: Option<String>,
    pub note: Option<String>,
    /// The file it was loaded from, for curators.
    pub file: String,
}

/// A person the source quotes or paraphrases, named as the source gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    /// How the source describes them when it gives no title ("has served as
    /// both CTO and CIO").
    pub role: Option<String>,
    /// One or two sentences on what they say in the source.
    pub about: String,
    pub source: usize,
}

impl Person {
    /// Name, title and organisation as one line: "Wendy Pfeiffer, CIO, Nutanix".
    pub fn credit(&self) -> String {
        // Every answer's source line has one: put together without
        // `format!`, which costs several times as much.
        let mut line = self.name.clone();
        for part in [&self.title, &self.organisation].into_iter().flatten() {
            line.push_str(", ");
            line.push_str(part);
        }
        if let Some(role) = &self.role {
            line.push_str(" (");
            line.push_str(role);
            line.push(')');
        }
        line
    }
}

/// A survey the source cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: String,
    pub name: String,
    pub run_by: String,
    pub respondents: u32,
    /// Who answered, e.g. "CIOs and CTOs".
    pub population: String,
    pub source: usize,
}

impl Survey {
    /// "Transposit survey of 415 CIOs and CTOs".
    pub fn credit(&self) -> String {
        self.credit_in(Lang::ENGLISH)
    }

    /// [`Survey::credit`]'s words in `lang`; the names and the population
    /// stay as the source gives them.
    pub fn credit_in(&self, lang: Lang) -> String {
        // English is on every answer's path (`ask --json` too): written out
        // here, as `data/locales/en-US/bot.ftl` has it (a test checks).
        if lang.is_english() {
            let respondents = self.respondents.to_string();
            return [&self.run_by, " survey of ", &respondents, " ", &self.population].concat();
        }
        tr!(
            lang,
            "credit-survey",
            run_by = self.run_by.as_str(),
            respondents = self.respondents.to_string(),
            population = self.population.as_str()
        )
    }
}

/// What kind of knowledge an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Something the source states.
    Fact,
    /// A number from a survey.
    SurveyFigure,
    /// A person's view, paraphrased by the source.
    View,
    /// Who a person is; made from the people table, not curated as an entry.
    Profile,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Fact => "fact",
            Kind::SurveyFigure => "survey figure",
            Kind::View => "attributed view",
            Kind::Profile => "person",
        }
    }
}

/// Who an entry or a comparison cell is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attribution {
    /// The source itself (index into [`Knowledge::sources`]).
    Source(usize),
    /// A person (index into [`Knowledge::people`]).
    Person(usize),
    /// A survey (index into [`Knowledge::surveys`]).
    Survey(usize),
}

/// One answerable piece of knowledge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub kind: Kind,
    /// How people ask for it; the first is the canonical question.
    pub questions: Vec<String>,
    /// How many of `questions` its own block gives; the rest come from
    /// `[[phrasings]]` blocks.
    pub own_questions: usize,
    pub answer: String,
    pub attribution: Attribution,
    pub source: usize,
    pub topics: Vec<String>,
    /// The headline number of a survey figure ("83%").
    pub figure: Option<String>,
    /// Kinds of question it answers beyond what its kind implies
    /// ([`crate::ask::CURATED_ASKS`]): "when" for an entry that says since
    /// when, "why" for one that gives a reason.
    pub also_answers: Vec<String>,
}

impl Entry {
    /// The question shown for a match of phrasing `q`: that phrasing when
    /// the entry's own block gives it, else its canonical question. The
    /// phrasings `[[phrasings]]` blocks add are written as people type
    /// them ("cto builds, cio runs it?"), to be matched, not shown as a
    /// title or a button.
    pub fn shown(&self, q: usize) -> &str {
        match q < self.own_questions {
            true => &self.questions[q],
            false => &self.questions[0],
        }
    }
}

/// One row of the CIO-vs-CTO comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub aspect: String,
    pub cio: Cell,
    pub cto: Cell,
    pub source: usize,
}

/// One attributed cell of the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub attribution: Attribution,
}

/// Phrases read as `term` when matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synonym {
    pub term: String,
    pub also: Vec<String>,
}

/// The names teams give kinds of work the source speaks of only in general
/// terms ("laptops", "the checkout flow"), read as what the source calls
/// that kind of work (`means`, "internal IT operations", "products for
/// customers") when a question asks which role owns it. Not synonyms: the
/// reply to such a question says that the source does not name the task,
/// then what it says about who looks after what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub means: String,
    pub words: Vec<String>,
    /// What the source gives to neither role (pay, promotions, the final
    /// say, security): `means` says what, and a question asking who owns
    /// or decides it is declined, whatever else it names.
    pub untold: bool,
    /// Names a thing built or used ("an app", "a feature", "AI") rather than
    /// the work or whom it serves, which tell what it is when the question
    /// names them: the app a company's own pickers use is internal, and
    /// evaluating an AI model is evaluating new technology.
    pub artefact: bool,
    /// Which role the source says looks after this kind of work.
    pub side: Side,
}

/// The role the source gives a kind of work ([`Route::side`]): a question
/// naming work of both roles' sides is read by the side it names most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Cio,
    Cto,
    /// Work the source gives both roles together (the technologies that
    /// need a joint effort, data silos, recruiting), or neither.
    #[default]
    Both,
}

/// A validated knowledge base.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Knowledge {
    pub sources: Vec<Source>,
    pub people: Vec<Person>,
    pub surveys: Vec<Survey>,
    /// Curated entries in file order, then one profile per person.
    pub entries: Vec<Entry>,
    pub comparison: Vec<Comparison>,
    pub synonyms: Vec<Synonym>,
    /// How questions about unnamed tasks are read ([`Route`]).
    pub routes: Vec<Route>,
    /// Learning paths, in file order.
    pub paths: Vec<LearningPath>,
}

/// A path through the knowledge for someone new to it: `/learn` shows one
/// step at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearningPath {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Entry ids, in the order they teach.
    pub steps: Vec<String>,
}

/// The knowledge files bundled at build time: `(file name, contents)`.
pub(crate) const BUNDLED: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/bundled_knowledge.rs"));

impl Knowledge {
    /// A short fingerprint of what the knowledge answers (every entry's id,
    /// phrasings, answer and figure): stored beside each question, so a
    /// curator can tell which knowledge answered it. FNV-1a, stable across
    /// builds and machines.
    pub fn version(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |text: &str| {
            for byte in text.bytes().chain([0xff]) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for entry in &self.entries {
            feed(&entry.id);
            entry.questions.iter().for_each(|q| feed(q));
            feed(&entry.answer);
            feed(entry.figure.as_deref().unwrap_or(""));
        }
        format!("{hash:016x}")
    }

    /// The knowledge compiled into the binary from the repository's
    /// `knowledge/` folder. The build validates nothing, so a bad bundled
    /// file is an error here (and in the test suite), not a panic.
    pub fn bundled() -> Result<Self, LoadError> {
        Self::from_files(BUNDLED.iter().map(|&(name, text)| (name.to_owned(), text.to_owned())))
    }

    /// Loads every `*.toml` file of `dir`, in name order.
    pub fn load_dir(dir: &Path) -> Result<Self, LoadError> {
        Self::load_path(dir)
    }

    /// Loads a folder's `*.toml` files, in name order, or a single file.
    pub fn load_path(path: &Path) -> Result<Self, LoadError> {
        load::parse_bytes(load::read_path(path)?)
    }

    /// Parses and validates `(file name, contents)` pairs. Pure: no I/O.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, LoadError> {
        load::parse(files)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn path(&self, id: &str) -> Option<&LearningPath> {
        self.paths.iter().find(|p| p.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Who said it, as one line: "Wendy Pfeiffer, CIO, Nutanix", "Transposit
    /// survey of 415 CIOs and CTOs", or "21CTO (the article itself)".
    pub fn credit(&self, attribution: Attribution) -> String {
        self.credit_in(attribution, Lang::ENGLISH)
    }

    /// [`Knowledge::credit`], its own words (not the source's) in `lang`.
    pub fn credit_in(&self, attribution: Attribution, lang: Lang) -> String {
        match attribution {
            Attribution::Person(i) => self.people[i].credit(),
            Attribution::Survey(i) => self.surveys[i].credit_in(lang),
            Attribution::Source(i) if lang.is_english() => {
                [&self.sources[i].publisher, " (the article itself)"].concat()
            }
            Attribution::Source(i) => {
                tr!(lang, "credit-article", publisher = self.sources[i].publisher.as_str())
            }
        }
    }

    /// Where it was published: "“Title”, published by 21CTO".
    pub fn citation(&self, source: usize) -> String {
        self.citation_in(source, Lang::ENGLISH)
    }

    /// [`Knowledge::citation`] in `lang`: the title as published.
    pub fn citation_in(&self, source: usize, lang: Lang) -> String {
        let source = &self.sources[source];
        let (title, publisher) = (source.title.as_str(), source.publisher.as_str());
        // As for [`Survey::credit_in`]: English written out, checked.
        if lang.is_english() {
            return ["“", title, "”, published by ", publisher].concat();
        }
        tr!(lang, "citation", title = title, publisher = publisher)
    }

    /// Entries by kind, for summaries.
    pub fn count(&self, kind: Kind) -> usize {
        self.entries.iter().filter(|e| e.kind == kind).count()
    }

    /// The entries attributed to a person, in file order.
    pub fn views_of(&self, person: usize) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |e| e.kind == Kind::View && e.attribution == Attribution::Person(person))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article's hedges stay in the comparison: "tend to",
    /// "traditionally", "crucial for", "is expected to". A cell that states
    /// as fact what the article hedges says more than the article.
    #[test]
    fn the_comparison_keeps_the_articles_hedges() {
        let k = Knowledge::bundled().unwrap();
        let cell = |aspect: &str, cio: bool| {
            let row = k.comparison.iter().find(|r| r.aspect == aspect).unwrap();
            if cio { row.cio.text.to_lowercase() } else { row.cto.text.to_lowercase() }
        };
        for (aspect, cio, hedge) in [
            ("Traditional focus", true, "traditionally"),
            ("Traditional focus", false, "traditionally"),
            ("Core remit", true, "crucial for"),
            ("Direction", true, "tends to"),
            ("Business mandate", false, "is expected to"),
        ] {
            let text = cell(aspect, cio);
            assert!(
                text.contains(hedge),
                "{aspect} ({}): {text:?} drops {hedge:?}",
                if cio { "CIO" } else { "CTO" }
            );
        }
        // What the article reports is not turned into advice: no phrasing
        // of the tension asks what should happen.
        let tension = k.entry("reporting-tension").unwrap();
        assert!(tension.questions.iter().all(|q| !q.to_lowercase().starts_with("should")));
    }

    #[test]
    fn bundled_knowledge_is_valid_and_complete() {
        let k = Knowledge::bundled().expect("bundled knowledge must validate");
        assert_eq!(k.sources.len(), 1);
        assert_eq!(k.people.len(), 6, "six people are named in the article");
        assert_eq!(k.surveys[0].respondents, 415);
        assert_eq!(k.count(Kind::Profile), k.people.len());
        for figure in ["415", "83%", "86%", "24%", "34%", "33%", "28%", "98%", "75%"] {
            assert!(
                k.entries.iter().any(|e| e.figure.as_deref() == Some(figure)),
                "the survey figure {figure} is curated"
            );
        }
        for person in 0..k.people.len() {
            assert!(k.views_of(person).next().is_some(), "{} has a view", k.people[person].name);
        }
    }

    #[test]
    fn the_version_changes_with_what_the_knowledge_answers() {
        let k = Knowledge::bundled().unwrap();
        let version = k.version();
        assert_eq!(version.len(), 16);
        assert_eq!(version, Knowledge::bundled().unwrap().version(), "stable");
        let mut edited = k.clone();
        edited.entries[0].answer.push('.');
        assert_ne!(edited.version(), version);
    }

    #[test]
    fn views_are_paraphrased_never_quoted() {
        let k = Knowledge::bundled().unwrap();
        for e in k.entries.iter().filter(|e| e.kind == Kind::View) {
            assert!(!e.answer.contains(['"', '“', '”']), "{} must not quote", e.id);
            assert!(e.answer.starts_with("According to"), "{} names who holds the view", e.id);
        }
    }

    #[test]
    fn credits_give_name_title_and_organisation_as_the_source_does() {
        let k = Knowledge::bundled().unwrap();
        let credit = |id: &str| k.person(id).unwrap().credit();
        assert_eq!(credit("wendy-pfeiffer"), "Wendy Pfeiffer, CIO, Nutanix");
        assert_eq!(credit("nicolas-poggi"), "Nicolas Poggi, Prey");
        assert_eq!(credit("vishal-gupta"), "Vishal Gupta (has served as both CTO and CIO)");
        assert_eq!(k.credit(Attribution::Survey(0)), "Transposit survey of 415 CIOs and CTOs");
    }
}
