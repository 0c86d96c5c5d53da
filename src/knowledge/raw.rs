//! The shapes of a knowledge file as written, every value with its span,
//! before any check: kept apart so that what a curator may write reads in
//! one place, and validation can point at the exact spot of each mistake.

use serde::Deserialize;
use toml::Spanned;

pub(super) type Text = Spanned<String>;

/// A file's sections, each element read on its own (see `sections` in `load.rs`).
#[derive(Default)]
pub(super) struct RawFile {
    pub(super) source: Option<Spanned<RawSource>>,
    pub(super) people: Vec<Spanned<RawPerson>>,
    pub(super) surveys: Vec<Spanned<RawSurvey>>,
    pub(super) entries: Vec<Spanned<RawEntry>>,
    pub(super) comparison: Vec<Spanned<RawComparison>>,
    pub(super) synonyms: Vec<Spanned<RawSynonym>>,
    pub(super) routes: Vec<Spanned<RawRoute>>,
    pub(super) phrasings: Vec<Spanned<RawPhrasing>>,
    pub(super) paths: Vec<Spanned<RawPath>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Text,
    pub(super) title: Text,
    pub(super) publisher: Text,
    pub(super) publisher_site: Option<Text>,
    pub(super) summary: Option<Text>,
    pub(super) note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPerson {
    pub(super) id: Text,
    pub(super) name: Text,
    pub(super) title: Option<Text>,
    pub(super) organisation: Option<Text>,
    pub(super) role: Option<Text>,
    pub(super) about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSurvey {
    pub(super) id: Text,
    pub(super) name: Text,
    pub(super) run_by: Text,
    pub(super) respondents: u32,
    pub(super) population: Text,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub(super) enum RawKind {
    Fact,
    SurveyFigure,
    View,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntry {
    pub(super) id: Text,
    pub(super) kind: Spanned<RawKind>,
    pub(super) questions: Spanned<Vec<Text>>,
    pub(super) answer: Text,
    pub(super) person: Option<Text>,
    pub(super) survey: Option<Text>,
    pub(super) figure: Option<Text>,
    pub(super) topics: Spanned<Vec<Text>>,
    #[serde(default)]
    pub(super) also_answers: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawComparison {
    pub(super) aspect: Text,
    pub(super) cio: Spanned<RawCell>,
    pub(super) cto: Spanned<RawCell>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCell {
    pub(super) text: Text,
    pub(super) person: Option<Text>,
    pub(super) survey: Option<Text>,
}

/// A learning path: steps through entries of any file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPath {
    pub(super) id: Text,
    pub(super) title: Text,
    pub(super) description: Text,
    pub(super) steps: Spanned<Vec<Text>>,
}

/// More ways to ask an entry defined anywhere (`gaps --propose` drafts
/// them from declined questions).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhrasing {
    pub(super) entry: Text,
    pub(super) questions: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSynonym {
    pub(super) term: Text,
    pub(super) also: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRoute {
    pub(super) means: Text,
    pub(super) words: Spanned<Vec<Text>>,
    #[serde(default)]
    pub(super) untold: bool,
    #[serde(default)]
    pub(super) artefact: bool,
    #[serde(default)]
    pub(super) side: super::Side,
}
