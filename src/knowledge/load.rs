//! Reading knowledge files: TOML with spans, then validation that reports
//! every problem at once with its file, line, column and entry id.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::{
    Attribution, Cell, Comparison, Entry, Kind, Knowledge, LearningPath, LoadError,
    MAX_ANSWER_CHARS, MAX_ID_CHARS, MAX_QUESTION_CHARS, MIN_QUESTIONS, Person, Problem,
    ProblemKind, Route, Source, Survey, Synonym,
};

type Text = Spanned<String>;

/// A file's sections, each element read on its own (see [`sections`]).
#[derive(Default)]
struct RawFile {
    source: Option<Spanned<RawSource>>,
    people: Vec<Spanned<RawPerson>>,
    surveys: Vec<Spanned<RawSurvey>>,
    entries: Vec<Spanned<RawEntry>>,
    comparison: Vec<Spanned<RawComparison>>,
    synonyms: Vec<Spanned<RawSynonym>>,
    routes: Vec<Spanned<RawRoute>>,
    phrasings: Vec<Spanned<RawPhrasing>>,
    paths: Vec<Spanned<RawPath>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Text,
    title: Text,
    publisher: Text,
    publisher_site: Option<Text>,
    summary: Option<Text>,
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    id: Text,
    name: Text,
    title: Option<Text>,
    organisation: Option<Text>,
    role: Option<Text>,
    about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSurvey {
    id: Text,
    name: Text,
    run_by: Text,
    respondents: u32,
    population: Text,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum RawKind {
    Fact,
    SurveyFigure,
    View,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Text,
    kind: Spanned<RawKind>,
    questions: Spanned<Vec<Text>>,
    answer: Text,
    person: Option<Text>,
    survey: Option<Text>,
    figure: Option<Text>,
    topics: Spanned<Vec<Text>>,
    #[serde(default)]
    also_answers: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComparison {
    aspect: Text,
    cio: Spanned<RawCell>,
    cto: Spanned<RawCell>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCell {
    text: Text,
    person: Option<Text>,
    survey: Option<Text>,
}

/// A learning path: steps through entries of any file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPath {
    id: Text,
    title: Text,
    description: Text,
    steps: Spanned<Vec<Text>>,
}

/// More ways to ask an entry defined anywhere (`gaps --propose` drafts
/// them from declined questions).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrasing {
    entry: Text,
    questions: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynonym {
    term: Text,
    also: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    means: Text,
    words: Spanned<Vec<Text>>,
}

/// The name a problem is reported under: the `id` of a person, survey or
/// entry, the `aspect` of a comparison row, the `term` of a synonym.
fn owner(value: &DeValue<'_>) -> Option<String> {
    let DeValue::Table(table) = value else { return None };
    table.iter().find_map(|(key, value)| {
        let key: &str = key.get_ref();
        matches!(key, "id" | "aspect" | "term" | "means")
            .then(|| value.get_ref().as_str().map(str::to_owned))
            .flatten()
    })
}

/// Where a byte offset is, in 1-based lines and columns (in characters).
/// Built once per file, so locating every entry of a file is linear in its
/// size rather than quadratic.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts: starts.collect() }
    }

    fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn locate(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).locate(text, offset)
}

/// Reads a folder's `*.toml` files, or one file, as bytes: a file that is
/// not UTF-8 is a problem with a position, reported with the others.
pub(super) fn read_path(path: &Path) -> Result<Vec<(String, Vec<u8>)>, LoadError> {
    let io = |path: &Path, source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: path.to_owned() },
        _ => LoadError::Io { path: path.to_owned(), source },
    };
    let read = |path: &Path| std::fs::read(path).map_err(|source| io(path, source));
    let metadata = std::fs::metadata(path).map_err(|source| io(path, source))?;
    if metadata.is_file() {
        return Ok(vec![(path.display().to_string(), read(path)?)]);
    }
    let mut files = Vec::new();
    for item in std::fs::read_dir(path).map_err(|source| io(path, source))? {
        let file = item.map_err(|source| io(path, source))?.path();
        if file.extension().is_some_and(|ext| ext == "toml") && file.is_file() {
            files.push((file.display().to_string(), read(&file)?));
        }
    }
    if files.is_empty() {
        return Err(LoadError::NoFiles { dir: path.to_owned() });
    }
    Ok(files)
}

/// Parses and validates files read as bytes into a [`Knowledge`].
pub(super) fn parse_bytes(
    files: impl IntoIterator<Item = (String, Vec<u8>)>,
) -> Result<Knowledge, LoadError> {
    let mut problems = Vec::new();
    let mut texts = Vec::new();
    for (name, bytes) in files {
        match String::from_utf8(bytes) {
            Ok(text) => texts.push((name, text)),
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let bytes = err.as_bytes();
                // The valid prefix is UTF-8 by definition.
                let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                let (line, column) = locate(prefix, valid);
                let kind = ProblemKind::NotUtf8 { byte: bytes[valid] };
                problems.push(Problem { file: name, line, column, entry: None, kind });
            }
        }
    }
    validate(texts, problems)
}

/// Parses and validates files into a [`Knowledge`].
pub(super) fn parse(
    files: impl IntoIterator<Item = (String, String)>,
) -> Result<Knowledge, LoadError> {
    validate(files, Vec::new())
}

/// One section element, deserialised on its own so that a mistake in one
/// entry hides none in the others.
fn element<T: DeserializeOwned>(
    v: &mut Validator,
    file: usize,
    value: Spanned<DeValue<'_>>,
) -> Option<Spanned<T>> {
    let span = value.span();
    let name = owner(value.get_ref());
    match Spanned::<T>::deserialize(ValueDeserializer::from(value)) {
        Ok(parsed) => Some(parsed),
        Err(err) => {
            let kind = ProblemKind::Format(err.message().trim().to_owned());
            v.report(file, err.span().unwrap_or(span), name.as_deref(), kind);
            None
        }
    }
}

/// The elements of an array-of-tables section such as `[[entries]]`.
fn elements<T: DeserializeOwned>(
    v: &mut Validator,
    file: usize,
    section: &'static str,
    value: Spanned<DeValue<'_>>,
) -> Vec<Spanned<T>> {
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => {
            items.into_iter().filter_map(|item| element(v, file, item)).collect()
        }
        _ => {
            let kind = ProblemKind::Format(format!(
                "`{section}` must be a list of tables, each starting with [[{section}]]"
            ));
            v.report(file, span, None, kind);
            Vec::new()
        }
    }
}

/// The sections of one file; `None` when it is not TOML at all.
fn sections(v: &mut Validator, file: usize) -> Option<RawFile> {
    let text = v.files[file].1.clone();
    let table = match DeTable::parse(&text) {
        Ok(table) => table,
        Err(err) => {
            let kind = ProblemKind::Format(err.message().trim().to_owned());
            v.report(file, err.span().unwrap_or(0..0), None, kind);
            return None;
        }
    };
    let mut raw = RawFile::default();
    for (key, value) in table.into_inner() {
        match &**key.get_ref() {
            "source" => raw.source = element(v, file, value),
            "people" => raw.people = elements(v, file, "people", value),
            "surveys" => raw.surveys = elements(v, file, "surveys", value),
            "entries" => raw.entries = elements(v, file, "entries", value),
            "comparison" => raw.comparison = elements(v, file, "comparison", value),
            "synonyms" => raw.synonyms = elements(v, file, "synonyms", value),
            "routes" => raw.routes = elements(v, file, "routes", value),
            "phrasings" => raw.phrasings = elements(v, file, "phrasings", value),
            "paths" => raw.paths = elements(v, file, "paths", value),
            other => {
                let kind = ProblemKind::Format(format!(
                    "unknown section `{other}`, expected one of `source`, `people`, `surveys`, `entries`, `comparison`, `synonyms`, `routes`, `phrasings`, `paths`"
                ));
                v.report(file, key.span(), None, kind);
            }
        }
    }
    Some(raw)
}

/// Validates files into a [`Knowledge`], reporting every problem, in file
/// and line order.
fn validate(
    files: impl IntoIterator<Item = (String, String)>,
    problems: Vec<Problem>,
) -> Result<Knowledge, LoadError> {
    let mut files: Vec<(String, String)> = files.into_iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut v = Validator { problems, ..Validator::default() };
    v.lines = files.iter().map(|(_, text)| LineIndex::new(text)).collect();
    v.files = files;
    let mut parsed = Vec::new();
    for file in 0..v.files.len() {
        if let Some(raw) = sections(&mut v, file) {
            parsed.push((file, raw));
        }
    }

    // Sources, people and surveys first: entries in any file may cite them.
    let mut source_of_file = HashMap::new();
    for (file, raw) in &parsed {
        if let Some(source) = &raw.source {
            source_of_file.insert(*file, v.source(*file, source));
        }
    }
    for (file, raw) in &parsed {
        let source = source_of_file.get(file).copied();
        if source.is_none() {
            let needs = [
                ("people", raw.people.first().map(Spanned::span)),
                ("surveys", raw.surveys.first().map(Spanned::span)),
                ("entries", raw.entries.first().map(Spanned::span)),
                ("a comparison", raw.comparison.first().map(Spanned::span)),
            ];
            if let Some((what, Some(span))) = needs.into_iter().find(|(_, span)| span.is_some()) {
                v.report(*file, span, None, ProblemKind::MissingSource { what });
            }
        }
        let source = source.unwrap_or(0);
        for person in &raw.people {
            v.person(*file, source, person);
        }
        for survey in &raw.surveys {
            v.survey(*file, source, survey);
        }
        for synonym in &raw.synonyms {
            v.synonym(*file, synonym);
        }
        for route in &raw.routes {
            v.route(*file, route);
        }
    }
    for (file, raw) in &parsed {
        let source = source_of_file.get(file).copied().unwrap_or(0);
        for entry in &raw.entries {
            v.entry(*file, source, entry);
        }
        for row in &raw.comparison {
            v.comparison(*file, source, row);
        }
    }

    // Phrasings last: they may name an entry of any file, or a person's
    // generated profile (`person/<id>`).
    for (file, raw) in &parsed {
        for phrasing in &raw.phrasings {
            v.phrasing(*file, phrasing);
        }
        for path in &raw.paths {
            v.path(*file, path);
        }
    }

    if !v.problems.is_empty() {
        let mut problems = v.problems;
        problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        return Err(LoadError::Invalid(problems));
    }
    let mut knowledge = v.knowledge;
    add_profiles(&mut knowledge);
    for (entry, questions) in v.phrasings {
        if let Some(e) = knowledge.entries.iter_mut().find(|e| e.id == entry) {
            for question in questions {
                if !e.questions.contains(&question) {
                    e.questions.push(question);
                }
            }
        }
    }
    Ok(knowledge)
}

#[derive(Default)]
struct Validator {
    files: Vec<(String, String)>,
    lines: Vec<LineIndex>,
    problems: Vec<Problem>,
    knowledge: Knowledge,
    /// "what id" → where it was first defined, for duplicate reports.
    seen: HashMap<(&'static str, String), String>,
    /// Person and survey ids → their index, for attributions.
    people: HashMap<String, usize>,
    surveys: HashMap<String, usize>,
    /// Extra phrasings, by entry id, added once every entry exists.
    phrasings: Vec<(String, Vec<String>)>,
}

impl Validator {
    fn report(&mut self, file: usize, span: Range<usize>, entry: Option<&str>, kind: ProblemKind) {
        let (name, text) = &self.files[file];
        let (line, column) = self.lines[file].locate(text, span.start);
        let entry = entry.map(str::to_owned);
        self.problems.push(Problem { file: name.clone(), line, column, entry, kind });
    }

    /// A required text field: reports it when blank, returns it trimmed.
    fn text(
        &mut self,
        file: usize,
        entry: Option<&str>,
        field: &'static str,
        value: &Text,
    ) -> String {
        let trimmed = value.get_ref().trim();
        if trimmed.is_empty() {
            self.report(file, value.span(), entry, ProblemKind::Empty { field });
        }
        trimmed.to_owned()
    }

    fn optional(
        &mut self,
        file: usize,
        entry: Option<&str>,
        field: &'static str,
        value: &Option<Text>,
    ) -> Option<String> {
        value.as_ref().map(|v| self.text(file, entry, field, v))
    }

    /// Checks an id's shape and uniqueness among ids of the same kind.
    fn id(&mut self, file: usize, what: &'static str, id: &Text) -> String {
        let value = id.get_ref().clone();
        let well_formed = !value.is_empty()
            && value.len() <= MAX_ID_CHARS
            && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.report(file, id.span(), Some(&value), ProblemKind::BadId { id: value.clone() });
        }
        let (name, text) = &self.files[file];
        let (line, column) = self.lines[file].locate(text, id.span().start);
        let here = format!("{name}:{line}:{column}");
        if let Some(first) = self.seen.get(&(what, value.clone())).cloned() {
            let kind = ProblemKind::DuplicateId { what, id: value.clone(), first };
            self.report(file, id.span(), Some(&value), kind);
        } else {
            self.seen.insert((what, value.clone()), here);
        }
        value
    }

    fn source(&mut self, file: usize, raw: &Spanned<RawSource>) -> usize {
        let r = raw.get_ref();
        let id = self.id(file, "source", &r.id);
        let source = Source {
            title: self.text(file, None, "title", &r.title),
            publisher: self.text(file, None, "publisher", &r.publisher),
            publisher_site: self.optional(file, None, "publisher_site", &r.publisher_site),
            summary: self.optional(file, None, "summary", &r.summary),
            note: self.optional(file, None, "note", &r.note),
            file: self.files[file].0.clone(),
            id,
        };
        self.knowledge.sources.push(source);
        self.knowledge.sources.len() - 1
    }

    fn person(&mut self, file: usize, source: usize, raw: &Spanned<RawPerson>) {
        let r = raw.get_ref();
        let id = self.id(file, "person", &r.id);
        let at = Some(id.as_str());
        let person = Person {
            name: self.text(file, at, "name", &r.name),
            title: self.optional(file, at, "title", &r.title),
            organisation: self.optional(file, at, "organisation", &r.organisation),
            role: self.optional(file, at, "role", &r.role),
            about: self.text(file, at, "about", &r.about),
            source,
            id: id.clone(),
        };
        if person.title.is_none() && person.organisation.is_none() && person.role.is_none() {
            self.report(file, raw.span(), at, ProblemKind::UnidentifiedPerson);
        }
        self.people.entry(id).or_insert(self.knowledge.people.len());
        self.knowledge.people.push(person);
    }

    fn survey(&mut self, file: usize, source: usize, raw: &Spanned<RawSurvey>) {
        let r = raw.get_ref();
        let id = self.id(file, "survey", &r.id);
        let at = Some(id.as_str());
        let survey = Survey {
            name: self.text(file, at, "name", &r.name),
            run_by: self.text(file, at, "run_by", &r.run_by),
            respondents: r.respondents,
            population: self.text(file, at, "population", &r.population),
            source,
            id: id.clone(),
        };
        self.surveys.entry(id).or_insert(self.knowledge.surveys.len());
        self.knowledge.surveys.push(survey);
    }

    fn synonym(&mut self, file: usize, raw: &Spanned<RawSynonym>) {
        let r = raw.get_ref();
        let term = self.text(file, None, "term", &r.term);
        let at = Some(term.as_str());
        if r.also.get_ref().is_empty() {
            self.report(file, r.also.span(), at, ProblemKind::Empty { field: "also" });
        }
        let also = r.also.get_ref().iter().map(|a| self.text(file, at, "also", a)).collect();
        self.knowledge.synonyms.push(Synonym { term, also });
    }

    fn route(&mut self, file: usize, raw: &Spanned<RawRoute>) {
        let r = raw.get_ref();
        let means = self.text(file, None, "means", &r.means);
        let at = Some(means.as_str());
        if r.words.get_ref().is_empty() {
            self.report(file, r.words.span(), at, ProblemKind::Empty { field: "words" });
        }
        let words = r.words.get_ref().iter().map(|w| self.text(file, at, "words", w)).collect();
        self.knowledge.routes.push(Route { means, words });
    }

    /// Resolves `person` / `survey` references; neither means the source.
    fn attribution(
        &mut self,
        file: usize,
        entry: Option<&str>,
        source: usize,
        person: &Option<Text>,
        survey: &Option<Text>,
        span: Range<usize>,
    ) -> Attribution {
        match (person, survey) {
            (Some(_), Some(_)) => {
                self.report(file, span, entry, ProblemKind::TwoAttributions);
                Attribution::Source(source)
            }
            (Some(p), None) => match self.people.get(p.get_ref()) {
                Some(&i) => Attribution::Person(i),
                None => {
                    self.report(
                        file,
                        p.span(),
                        entry,
                        ProblemKind::UnknownPerson(p.get_ref().clone()),
                    );
                    Attribution::Source(source)
                }
            },
            (None, Some(s)) => match self.surveys.get(s.get_ref()) {
                Some(&i) => Attribution::Survey(i),
                None => {
                    self.report(
                        file,
                        s.span(),
                        entry,
                        ProblemKind::UnknownSurvey(s.get_ref().clone()),
                    );
                    Attribution::Source(source)
                }
            },
            (None, None) => Attribution::Source(source),
        }
    }

    fn entry(&mut self, file: usize, source: usize, raw: &Spanned<RawEntry>) {
        let r = raw.get_ref();
        let id = self.id(file, "entry", &r.id);
        let at = Some(id.as_str());

        let questions = self.questions(file, at, &r.questions);
        if questions.len() < MIN_QUESTIONS {
            let kind = ProblemKind::TooFewQuestions { found: questions.len(), min: MIN_QUESTIONS };
            self.report(file, r.questions.span(), at, kind);
        }

        let answer = self.text(file, at, "answer", &r.answer);
        let chars = answer.chars().count();
        if chars > MAX_ANSWER_CHARS {
            self.report(
                file,
                r.answer.span(),
                at,
                ProblemKind::AnswerTooLong { chars, max: MAX_ANSWER_CHARS },
            );
        }

        let topics: Vec<String> =
            r.topics.get_ref().iter().map(|t| self.text(file, at, "topics", t)).collect();
        if topics.is_empty() {
            self.report(file, r.topics.span(), at, ProblemKind::Empty { field: "topics" });
        }

        let attribution = self.attribution(file, at, source, &r.person, &r.survey, raw.span());
        let figure = self.optional(file, at, "figure", &r.figure);
        let mut also_answers = Vec::new();
        for ask in &r.also_answers {
            let name = ask.get_ref().trim().to_owned();
            if !crate::ask::CURATED_ASKS.contains(&name.as_str()) {
                let kind = ProblemKind::UnknownAsk(name.clone());
                self.report(file, ask.span(), at, kind);
            }
            also_answers.push(name);
        }
        let kind = match *r.kind.get_ref() {
            RawKind::Fact => {
                // A fact is the source's own statement; one credited to a
                // person is a view, and one from a survey a survey figure.
                if r.person.is_some() || r.survey.is_some() {
                    self.report(file, r.kind.span(), at, ProblemKind::AttributedFact);
                }
                Kind::Fact
            }
            RawKind::SurveyFigure => {
                if r.survey.is_none() {
                    let kind = ProblemKind::MissingAttribution {
                        kind: "survey-figure",
                        needs: "survey (`survey = \"id\"`)",
                    };
                    self.report(file, r.kind.span(), at, kind);
                }
                if figure.is_none() {
                    self.report(file, r.kind.span(), at, ProblemKind::MissingFigure);
                }
                Kind::SurveyFigure
            }
            RawKind::View => {
                if r.survey.is_some() {
                    self.report(file, r.kind.span(), at, ProblemKind::ViewFromSurvey);
                } else if r.person.is_none() {
                    let kind = ProblemKind::MissingAttribution {
                        kind: "view",
                        needs: "person (`person = \"id\"`)",
                    };
                    self.report(file, r.kind.span(), at, kind);
                }
                Kind::View
            }
        };
        self.knowledge.entries.push(Entry {
            id,
            kind,
            questions,
            answer,
            attribution,
            source,
            topics,
            figure,
            also_answers,
        });
    }

    /// Phrasings, trimmed, each reported when blank or longer than an
    /// autocomplete choice holds.
    fn questions(
        &mut self,
        file: usize,
        at: Option<&str>,
        raw: &Spanned<Vec<Text>>,
    ) -> Vec<String> {
        let mut questions = Vec::new();
        for raw_q in raw.get_ref() {
            let question = self.text(file, at, "questions", raw_q);
            let chars = question.chars().count();
            if chars > MAX_QUESTION_CHARS {
                let kind = ProblemKind::QuestionTooLong {
                    question: question.clone(),
                    chars,
                    max: MAX_QUESTION_CHARS,
                };
                self.report(file, raw_q.span(), at, kind);
            }
            questions.push(question);
        }
        questions
    }

    /// Whether `id` names a curated entry or a person's profile.
    fn known_entry(&self, id: &str) -> bool {
        self.knowledge.entries.iter().any(|e| e.id == id)
            || id.strip_prefix("person/").is_some_and(|p| self.people.contains_key(p))
    }

    /// A learning path: every step an entry that exists.
    fn path(&mut self, file: usize, raw: &Spanned<RawPath>) {
        let r = raw.get_ref();
        let id = self.id(file, "path", &r.id);
        let at = Some(id.as_str());
        let title = self.text(file, at, "title", &r.title);
        let description = self.text(file, at, "description", &r.description);
        if r.steps.get_ref().is_empty() {
            self.report(file, r.steps.span(), at, ProblemKind::Empty { field: "steps" });
        }
        let mut steps = Vec::new();
        for step in r.steps.get_ref() {
            let entry = step.get_ref().trim().to_owned();
            if !self.known_entry(&entry) {
                self.report(file, step.span(), at, ProblemKind::UnknownStep(entry.clone()));
            }
            steps.push(entry);
        }
        self.knowledge.paths.push(LearningPath { id, title, description, steps });
    }

    /// Phrasings for an entry defined anywhere, or for a person's profile.
    fn phrasing(&mut self, file: usize, raw: &Spanned<RawPhrasing>) {
        let r = raw.get_ref();
        let entry = r.entry.get_ref().trim().to_owned();
        let at = Some(entry.as_str());
        if !self.known_entry(&entry) {
            self.report(file, r.entry.span(), at, ProblemKind::UnknownEntry(entry.clone()));
        }
        let questions = self.questions(file, at, &r.questions);
        if questions.is_empty() {
            self.report(file, r.questions.span(), at, ProblemKind::Empty { field: "questions" });
        }
        self.phrasings.push((entry, questions));
    }

    fn cell(&mut self, file: usize, source: usize, aspect: &str, raw: &Spanned<RawCell>) -> Cell {
        let r = raw.get_ref();
        let at = Some(aspect);
        Cell {
            text: self.text(file, at, "text", &r.text),
            attribution: self.attribution(file, at, source, &r.person, &r.survey, raw.span()),
        }
    }

    fn comparison(&mut self, file: usize, source: usize, raw: &Spanned<RawComparison>) {
        let r = raw.get_ref();
        let aspect = self.text(file, None, "aspect", &r.aspect);
        let row = Comparison {
            cio: self.cell(file, source, &aspect, &r.cio),
            cto: self.cell(file, source, &aspect, &r.cto),
            aspect,
            source,
        };
        self.knowledge.comparison.push(row);
    }
}

/// One profile entry per person, so "who is ...?" is answered like any
/// other question. Generated rather than curated: it restates the people
/// table and would otherwise drift from it.
fn add_profiles(knowledge: &mut Knowledge) {
    let profiles: Vec<Entry> = knowledge
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut questions = vec![
                format!("Who is {}?", p.name),
                format!("Tell me about {}", p.name),
                format!("What does {} think?", p.name),
            ];
            match (&p.title, &p.organisation) {
                (Some(title), Some(org)) => {
                    questions.push(format!("Who is the {title} of {org}?"));
                    questions.push(format!("What does the {org} {title} think?"));
                }
                (Some(title), None) => questions.push(format!("Who is the {title}?")),
                _ => {}
            }
            if let Some(org) = &p.organisation {
                questions.push(format!("Who is the expert from {org}?"));
                questions.push(format!("What does the expert from {org} think?"));
            }
            if let Some(role) = &p.role {
                questions.push(format!("Who {role}?"));
            }
            questions.retain(|q| q.chars().count() <= MAX_QUESTION_CHARS);
            let mut topics = vec![p.name.clone(), "person".to_owned(), "expert".to_owned()];
            topics.extend(p.title.iter().chain(&p.organisation).chain(&p.role).cloned());
            Entry {
                id: format!("person/{}", p.id),
                kind: Kind::Profile,
                questions,
                answer: p.about.clone(),
                attribution: Attribution::Person(i),
                source: p.source,
                topics,
                figure: None,
                // A profile gives its person's title, when the source does.
                also_answers: if p.title.is_some() || p.role.is_some() {
                    vec!["title".to_owned()]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    knowledge.entries.extend(profiles);
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n";

    fn load(text: &str) -> Result<Knowledge, LoadError> {
        parse([("a.toml".to_owned(), text.to_owned())])
    }

    fn problems(text: &str) -> Vec<Problem> {
        load(text).expect_err("should be invalid").problems().to_vec()
    }

    fn entry(id: &str, extra: &str) -> String {
        format!(
            "[[entries]]\nid = \"{id}\"\nkind = \"fact\"\nquestions = [\"one?\", \"two?\", \"three?\"]\nanswer = \"A.\"\ntopics = [\"t\"]\n{extra}"
        )
    }

    #[test]
    fn a_minimal_file_loads() {
        let k = load(&format!("{SOURCE}{}", entry("e", ""))).unwrap();
        assert_eq!(k.entries[0].id, "e");
        assert_eq!(k.entries[0].attribution, Attribution::Source(0));
    }

    #[test]
    fn unknown_field_names_file_line_column_and_entry() {
        let text = format!("{SOURCE}{}", entry("my-entry", "colour = \"red\"\n"));
        let p = &problems(&text)[0];
        assert_eq!((p.file.as_str(), p.line, p.column), ("a.toml", 11, 1));
        assert_eq!(p.entry.as_deref(), Some("my-entry"));
        assert!(p.to_string().contains("unknown field `colour`"), "{p}");
    }

    #[test]
    fn missing_field_names_the_entry() {
        let text = format!(
            "{SOURCE}[[entries]]\nid = \"no-answer\"\nkind = \"fact\"\nquestions = []\ntopics = []\n"
        );
        let p = &problems(&text)[0];
        assert_eq!(p.entry.as_deref(), Some("no-answer"));
        assert!(p.to_string().contains("missing field `answer`"), "{p}");
    }

    #[test]
    fn duplicate_ids_point_at_both_places() {
        let text = format!("{SOURCE}{}{}", entry("dup", ""), entry("dup", ""));
        let p = &problems(&text)[0];
        assert_eq!(p.line, 12);
        assert!(p.to_string().contains("first defined at a.toml:6:6"), "{p}");
    }

    #[test]
    fn empty_fields_and_short_question_lists_are_reported() {
        let text = format!(
            "{SOURCE}[[entries]]\nid = \"e\"\nkind = \"fact\"\nquestions = [\"only one?\"]\nanswer = \"  \"\ntopics = [\"t\"]\n"
        );
        let kinds: Vec<_> = problems(&text).into_iter().map(|p| p.kind).collect();
        assert!(kinds.contains(&ProblemKind::TooFewQuestions { found: 1, min: 3 }));
        assert!(kinds.contains(&ProblemKind::Empty { field: "answer" }));
    }

    #[test]
    fn unknown_person_is_reported_at_the_reference() {
        let text = format!(
            "{SOURCE}{}",
            entry("v", "person = \"nobody\"\n").replace("\"fact\"", "\"view\"")
        );
        let p = &problems(&text)[0];
        assert_eq!(p.kind, ProblemKind::UnknownPerson("nobody".into()));
        assert_eq!((p.line, p.column, p.entry.as_deref()), (11, 10, Some("v")));
    }

    #[test]
    fn answers_longer_than_an_embed_are_rejected() {
        let long = "x".repeat(MAX_ANSWER_CHARS + 1);
        let text =
            format!("{SOURCE}{}", entry("long", "").replace("\"A.\"", &format!("\"{long}\"")));
        assert!(matches!(problems(&text)[0].kind, ProblemKind::AnswerTooLong { chars: 4097, .. }));
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let p = &problems("[source\nid = 1")[0];
        assert_eq!((p.line, p.entry.as_deref()), (1, None));
        assert!(matches!(p.kind, ProblemKind::Format(_)));
    }

    #[test]
    fn views_need_people_and_entries_need_a_source() {
        let view = entry("v", "").replace("\"fact\"", "\"view\"");
        let kinds: Vec<_> = problems(&view).into_iter().map(|p| p.kind).collect();
        assert!(kinds.iter().any(|k| matches!(k, ProblemKind::MissingSource { what: "entries" })));
        assert!(
            kinds.iter().any(|k| matches!(k, ProblemKind::MissingAttribution { kind: "view", .. }))
        );
    }

    #[test]
    fn also_answers_takes_only_the_curated_asks() {
        let text = format!("{SOURCE}{}", entry("e", "also_answers = [\"when\", \"how\"]\n"));
        let p = &problems(&text)[0];
        assert_eq!(p.kind, ProblemKind::UnknownAsk("how".into()));
        assert_eq!((p.line, p.entry.as_deref()), (11, Some("e")));
        let ok = load(&format!("{SOURCE}{}", entry("e", "also_answers = [\"why\"]\n"))).unwrap();
        assert_eq!(ok.entries[0].also_answers, ["why"]);
    }

    #[test]
    fn a_fact_credited_to_a_survey_or_person_is_refused() {
        let survey = "[[surveys]]\nid = \"s1\"\nname = \"S\"\nrun_by = \"R\"\nrespondents = 1\npopulation = \"P\"\n";
        let text = format!("{SOURCE}{survey}{}", entry("f", "survey = \"s1\"\n"));
        let p = &problems(&text)[0];
        assert_eq!(p.kind, ProblemKind::AttributedFact);
        assert_eq!(p.entry.as_deref(), Some("f"));
    }

    #[test]
    fn people_in_another_file_can_be_cited() {
        let people = format!(
            "{SOURCE}[[people]]\nid = \"ada\"\nname = \"Ada\"\norganisation = \"Org\"\nabout = \"Says things.\"\n"
        );
        let views = format!(
            "[source]\nid = \"s2\"\ntitle = \"T2\"\npublisher = \"P\"\n{}",
            entry("v", "person = \"ada\"\n").replace("\"fact\"", "\"view\"")
        );
        let k = parse([("b.toml".to_owned(), views), ("a.toml".to_owned(), people)]).unwrap();
        assert_eq!(k.entry("v").unwrap().attribution, Attribution::Person(0));
        assert_eq!(k.entry("person/ada").unwrap().kind, Kind::Profile);
    }

    /// A file of phrasings needs no source, adds questions to entries of
    /// other files (and to generated profiles), and names the line of a
    /// phrasing for an entry that does not exist.
    #[test]
    fn phrasings_add_questions_to_entries_defined_anywhere() {
        let entries = format!(
            "{SOURCE}{}[[people]]\nid = \"ada\"\nname = \"Ada\"\norganisation = \"Org\"\nabout = \"Says things.\"\n",
            entry("e", "")
        );
        let phrasings = "[[phrasings]]\nentry = \"e\"\nquestions = [\"four?\", \"one?\"]\n\n[[phrasings]]\nentry = \"person/ada\"\nquestions = [\"who's Ada?\"]\n";
        let k = parse([
            ("a.toml".to_owned(), entries.clone()),
            ("b.toml".to_owned(), phrasings.to_owned()),
        ])
        .unwrap();
        assert_eq!(k.entry("e").unwrap().questions, ["one?", "two?", "three?", "four?"]);
        assert!(k.entry("person/ada").unwrap().questions.contains(&"who's Ada?".to_owned()));

        let unknown = "\n[[phrasings]]\nentry = \"nope\"\nquestions = []\n";
        let Err(LoadError::Invalid(problems)) =
            parse([("a.toml".to_owned(), entries), ("b.toml".to_owned(), unknown.to_owned())])
        else {
            panic!("an unknown entry is a problem");
        };
        let found: Vec<(&str, usize, &ProblemKind)> =
            problems.iter().map(|p| (p.file.as_str(), p.line, &p.kind)).collect();
        assert_eq!(
            found,
            [
                ("b.toml", 3, &ProblemKind::UnknownEntry("nope".into())),
                ("b.toml", 4, &ProblemKind::Empty { field: "questions" }),
            ]
        );
    }

    #[test]
    fn a_learning_path_step_naming_no_entry_is_reported_as_a_step() {
        let entries = "[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[entries]]\nid = \"e\"\nkind = \"fact\"\nquestions = [\"one?\", \"two?\", \"three?\"]\nanswer = \"A.\"\ntopics = [\"t\"]\n";
        let paths = "[[paths]]\nid = \"p\"\ntitle = \"P\"\ndescription = \"D\"\nsteps = [\"e\", \"nope\"]\n";
        let Err(LoadError::Invalid(problems)) = parse([
            ("a.toml".to_owned(), entries.to_owned()),
            ("paths.toml".to_owned(), paths.to_owned()),
        ]) else {
            panic!("an unknown step is a problem");
        };
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("paths.toml", 5));
        let said = problems[0].to_string();
        assert!(said.contains("a step names unknown entry `nope`"), "{said}");
    }

    #[test]
    fn locate_counts_characters_not_bytes() {
        assert_eq!(locate("ab\nçé x", 7), (2, 3));
        assert_eq!(locate("abc", 99), (1, 4));
    }
}
