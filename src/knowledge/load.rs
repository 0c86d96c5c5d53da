//! Reading knowledge files: TOML with spans, then validation that reports
//! every problem at once with its file, line, column and entry id.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::locate::{LineIndex, locate};
use super::raw::RawFile;
use super::validate::Validator;
use super::{
    Attribution, Entry, Kind, Knowledge, LoadError, MAX_QUESTION_CHARS, Problem, ProblemKind,
};

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
    let mut v = Validator::default();
    v.problems = problems;
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
            // Who they are, their title and organisation: their background,
            // and, when the source names it, the organisation they work at.
            let mut topics = vec![
                p.name.clone(),
                "person".to_owned(),
                "expert".to_owned(),
                "background".to_owned(),
            ];
            topics.extend(p.title.iter().chain(&p.organisation).chain(&p.role).cloned());
            if p.organisation.is_some() {
                topics.push("organization".to_owned());
            }
            Entry {
                id: format!("person/{}", p.id),
                kind: Kind::Profile,
                own_questions: questions.len(),
                questions,
                answer: p.about.clone(),
                attribution: Attribution::Person(i),
                source: p.source,
                topics,
                figure: None,
                // A profile gives its person's title and where they work,
                // when the source does.
                also_answers: [
                    (p.title.is_some() || p.role.is_some()).then_some("title"),
                    p.organisation.is_some().then_some("workplace"),
                ]
                .into_iter()
                .flatten()
                .map(str::to_owned)
                .collect(),
            }
        })
        .collect();
    knowledge.entries.extend(profiles);
}

#[cfg(test)]
mod tests;
