//! Errors of loading knowledge, written for the curator who has to fix them:
//! each names the file, line, column and (when inside one) the entry id.

use std::fmt;
use std::path::PathBuf;

/// Why knowledge could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(
        "there is no knowledge at {path}: give a folder of *.toml files, or one .toml file, with --knowledge or KNOWLEDGE_DIR"
    )]
    NotFound { path: PathBuf },
    // The cause is in the message rather than `source()`, so that chains
    // printed with `{:#}` do not say it twice.
    #[error("cannot read knowledge from {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{dir} holds no *.toml knowledge files")]
    NoFiles { dir: PathBuf },
    #[error("{}", Problems(.0))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The problems a curator has to fix (empty for I/O errors).
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(problems) => problems,
            _ => &[],
        }
    }
}

struct Problems<'a>(&'a [Problem]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} problem{} in the knowledge files", if n == 1 { "" } else { "s" })?;
        for problem in self.0 {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

/// One thing wrong in one knowledge file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// The id of the entry (or person, survey) the problem is in, if any.
    pub entry: Option<String>,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(entry) = &self.entry {
            write!(f, "in `{entry}`: ")?;
        }
        write!(f, "{}", self.kind)
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// Not valid TOML, or not the shape of a knowledge file (unknown or
    /// missing field, wrong type); the message is the parser's.
    #[error("{0}")]
    Format(String),
    #[error("the file is not valid UTF-8 here (byte 0x{byte:02x}); save it as UTF-8")]
    NotUtf8 { byte: u8 },
    #[error("`{field}` is empty")]
    Empty { field: &'static str },
    #[error("duplicate {what} id `{id}` (first defined at {first})")]
    DuplicateId { what: &'static str, id: String, first: String },
    #[error("id `{id}` must be 1-{max} characters of a-z, 0-9 and `-`", max = super::MAX_ID_CHARS)]
    BadId { id: String },
    #[error("attributed to unknown person `{0}` (add it under [[people]] or fix the id)")]
    UnknownPerson(String),
    #[error("attributed to unknown survey `{0}` (add it under [[surveys]] or fix the id)")]
    UnknownSurvey(String),
    #[error("phrasings for unknown entry `{0}` (check the id with `cio-cto-bot check`)")]
    UnknownEntry(String),
    #[error(
        "a step names unknown entry `{0}` (steps are entry ids; check it with `cio-cto-bot check`)"
    )]
    UnknownStep(String),
    #[error("the answer is {chars} characters; a Discord embed holds at most {max}")]
    AnswerTooLong { chars: usize, max: usize },
    #[error(
        "the question is {chars} characters; autocomplete choices hold at most {max}: {question:?}"
    )]
    QuestionTooLong { question: String, chars: usize, max: usize },
    #[error("{found} question phrasing(s); write at least {min} the way people ask")]
    TooFewQuestions { found: usize, min: usize },
    #[error("a `{kind}` entry must name its {needs}")]
    MissingAttribution { kind: &'static str, needs: &'static str },
    #[error("name either `person` or `survey`, not both")]
    TwoAttributions,
    // The names listed from the list the reading checks, so the message
    // never lags behind it (it had named 7 of 12).
    #[error("`also_answers` takes one of {names}, not {0:?}", names = crate::ask::CURATED_ASKS.join(", "))]
    UnknownAsk(String),
    #[error("a view is attributed to a person, not a survey")]
    ViewFromSurvey,
    #[error(
        "a fact is the source's own statement: make it a `view` to credit a person, or a `survey-figure` to credit a survey"
    )]
    AttributedFact,
    #[error("a survey figure needs `figure` (the headline number, e.g. \"83%\")")]
    MissingFigure,
    #[error("this file has {what} but no [source] table saying where they were published")]
    MissingSource { what: &'static str },
    #[error("a person needs at least one of `title`, `organisation` or `role`")]
    UnidentifiedPerson,
}
