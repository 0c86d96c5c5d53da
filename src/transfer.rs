//! Moving knowledge between tools: `export` writes the curated entries as
//! JSON or as QnA Maker's TSV (Question, Answer, Source, Metadata; a row a
//! phrasing), and `import` turns QnA Maker's TSV export or a JSON list into
//! this project's TOML. Import invents nothing: what its input lacks (an
//! entry's kind, who said it, the source's title or publisher) is left
//! empty, for the curator to fill in and for `check` to flag until then.

use serde::{Deserialize, Serialize};

use crate::knowledge::{Attribution, Kind, Knowledge};
use crate::text::{fold, tokenize};

/// An export or import format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Tsv,
}

/// One entry as exported to, or imported from, JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub questions: Vec<String>,
    pub answer: String,
    /// The source's title (what QnA Maker's Source column holds).
    #[serde(default)]
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
}

/// An input `import` could not read.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("line {line}: {message}")]
    Tsv { line: usize, message: String },
    #[error("not a JSON list of entries: {0}")]
    Json(String),
    #[error(
        "the entries come from {0} sources, and a knowledge file holds one; write them with --out DIR, a file a source"
    )]
    ManySources(usize),
}

/// The curated entries (profiles, which the people table makes, left out).
pub fn items(k: &Knowledge) -> Vec<Item> {
    (k.entries.iter())
        .filter(|e| e.kind != Kind::Profile)
        .map(|e| Item {
            id: Some(e.id.clone()),
            kind: Some(
                match e.kind {
                    Kind::Fact | Kind::Profile => "fact",
                    Kind::SurveyFigure => "survey-figure",
                    Kind::View => "view",
                }
                .to_owned(),
            ),
            questions: e.questions.clone(),
            answer: e.answer.clone(),
            source: k.sources[e.source].title.clone(),
            person: match e.attribution {
                Attribution::Person(p) => Some(k.people[p].id.clone()),
                _ => None,
            },
            survey: match e.attribution {
                Attribution::Survey(s) => Some(k.surveys[s].id.clone()),
                _ => None,
            },
            figure: e.figure.clone(),
            topics: e.topics.clone(),
        })
        .collect()
}

/// A TSV field: tabs and line breaks would end it.
fn cell(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// QnA Maker's TSV: a header, then a row a phrasing. Metadata carries the
/// entry's id and kind, who said it, its figure and its topics as
/// `key:value` pairs joined with `|`.
pub fn to_tsv(items: &[Item]) -> String {
    let mut out = String::from("Question\tAnswer\tSource\tMetadata\n");
    for item in items {
        let mut meta: Vec<String> = Vec::new();
        let pairs = [
            ("id", item.id.as_deref()),
            ("kind", item.kind.as_deref()),
            ("person", item.person.as_deref()),
            ("survey", item.survey.as_deref()),
            ("figure", item.figure.as_deref()),
        ];
        for (key, value) in pairs {
            if let Some(value) = value {
                meta.push(format!("{key}:{}", value.replace('|', "/")));
            }
        }
        // A topic that was a QnA Maker `key:value` pair goes back as one.
        for topic in &item.topics {
            let topic = topic.replace('|', "/");
            meta.push(if topic.contains(':') { topic } else { format!("topic:{topic}") });
        }
        for question in &item.questions {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                cell(question),
                cell(&item.answer),
                cell(&item.source),
                cell(&meta.join("|"))
            ));
        }
    }
    out
}

/// Reads QnA Maker's TSV export. The header names the columns (Question,
/// Answer, Source, Metadata, in any order, others ignored); rows with the
/// same answer and source (or the same QnaId) are one entry.
pub fn from_tsv(text: &str) -> Result<Vec<Item>, ImportError> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(ImportError::Tsv { line: 1, message: "the file is empty".into() });
    };
    let header: Vec<String> = header
        .trim_start_matches('\u{FEFF}')
        .split('\t')
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(q), Some(a)) = (column("question"), column("answer")) else {
        return Err(ImportError::Tsv {
            line: 1,
            message: "the header must name the columns Question and Answer (and may name Source and Metadata)".into(),
        });
    };
    let (source, metadata, qna_id) = (column("source"), column("metadata"), column("qnaid"));
    let mut items: Vec<(String, Item)> = Vec::new();
    for (at, line) in lines {
        let number = at + 1;
        let fields: Vec<&str> = line.split('\t').collect();
        let field = |i: Option<usize>| i.and_then(|i| fields.get(i)).map_or("", |f| f.trim());
        let (question, answer) = (field(Some(q)), field(Some(a)));
        let needed = header.len().min(q.max(a) + 1);
        let problem = if fields.len() < needed {
            Some(format!("expected {} tab-separated columns, found {}", header.len(), fields.len()))
        } else if question.is_empty() {
            Some(format!("the Question column (column {}) is empty", q + 1))
        } else if answer.is_empty() {
            Some(format!("the Answer column (column {}) is empty", a + 1))
        } else {
            None
        };
        if let Some(message) = problem {
            return Err(ImportError::Tsv { line: number, message });
        }
        let source = field(source).to_owned();
        let key = match field(qna_id) {
            "" => format!("{answer}\t{source}"),
            id => format!("qna:{id}"),
        };
        let mut meta = Metadata::default();
        for pair in field(metadata).split('|').filter(|p| !p.trim().is_empty()) {
            let Some((key, value)) = pair.split_once(':') else {
                return Err(ImportError::Tsv {
                    line: number,
                    message: format!(
                        "metadata must be key:value pairs joined with |, not {pair:?}"
                    ),
                });
            };
            meta.add(key.trim(), value.trim());
        }
        match items.iter_mut().find(|(k, _)| *k == key) {
            Some((_, item)) => {
                if !item.questions.iter().any(|q| q == question) {
                    item.questions.push(question.to_owned());
                }
            }
            None => items.push((
                key,
                Item {
                    id: meta.id.or_else(|| {
                        let id = field(qna_id);
                        (!id.is_empty()).then(|| format!("qna-{id}"))
                    }),
                    kind: meta.kind,
                    questions: vec![question.to_owned()],
                    answer: answer.to_owned(),
                    source,
                    person: meta.person,
                    survey: meta.survey,
                    figure: meta.figure,
                    topics: meta.topics,
                },
            )),
        }
    }
    Ok(items.into_iter().map(|(_, item)| item).collect())
}

#[derive(Default)]
struct Metadata {
    id: Option<String>,
    kind: Option<String>,
    person: Option<String>,
    survey: Option<String>,
    figure: Option<String>,
    topics: Vec<String>,
}

impl Metadata {
    /// Our own keys are read back; any other pair (QnA Maker's categories)
    /// becomes a topic, `key:value`, as it was.
    fn add(&mut self, key: &str, value: &str) {
        let value = value.to_owned();
        match key {
            "id" => self.id = Some(value),
            "kind" => self.kind = Some(value),
            "person" => self.person = Some(value),
            "survey" => self.survey = Some(value),
            "figure" => self.figure = Some(value),
            "topic" => self.topics.push(value),
            other => self.topics.push(format!("{other}:{value}")),
        }
    }
}

/// Reads a JSON list of entries ([`Item`]; `"question": "…"` is read as a
/// one-phrasing list).
pub fn from_json(text: &str) -> Result<Vec<Item>, ImportError> {
    #[derive(Deserialize)]
    struct Loose {
        #[serde(default)]
        question: Option<String>,
        #[serde(flatten)]
        item: LooseItem,
    }
    #[derive(Deserialize)]
    struct LooseItem {
        #[serde(default)]
        questions: Vec<String>,
        #[serde(flatten)]
        rest: serde_json::Value,
    }
    let loose: Vec<Loose> =
        serde_json::from_str(text).map_err(|err| ImportError::Json(err.to_string()))?;
    let mut items = Vec::new();
    for (i, entry) in loose.into_iter().enumerate() {
        let mut rest = entry.item.rest;
        let mut questions = entry.item.questions;
        questions.extend(entry.question);
        rest["questions"] = serde_json::json!(questions);
        let item: Item = serde_json::from_value(rest)
            .map_err(|err| ImportError::Json(format!("entry {}: {err}", i + 1)))?;
        items.push(item);
    }
    Ok(items)
}

/// A TOML string (JSON's escapes are TOML's).
fn string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// An id from text: lowercase words joined with `-`, at most 64 characters.
fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut id = String::new();
    for word in tokenize(&folded) {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() || id.len() + word.len() + 1 > 64 {
            continue;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word);
    }
    if id.is_empty() { "imported".to_owned() } else { id }
}

/// The sources the items name, in order of first use.
pub fn sources(items: &[Item]) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    for item in items {
        if !sources.contains(&item.source) {
            sources.push(item.source.clone());
        }
    }
    sources
}

/// One knowledge file for the items of one source. Fields the input did not
/// give are written empty, with a comment: `check` reports each until the
/// curator fills it in.
pub fn to_toml(source: &str, items: &[Item]) -> String {
    let mut out = String::from(
        "# Imported by `cio-cto-bot import`. Nothing was added: fields the input did not\n\
         # give are empty, and `cio-cto-bot check` reports each until you fill it in.\n\n",
    );
    let id = if source.is_empty() { String::new() } else { slug(source) };
    out.push_str(&format!(
        "[source]\nid = {}\ntitle = {}\npublisher = \"\"  # who published it: the input does not say\n",
        string(&id),
        string(source)
    ));
    let mut taken: Vec<String> = Vec::new();
    for item in items.iter().filter(|i| i.source == source) {
        // An entry without questions gets an id all the same: `check` flags
        // the missing questions.
        let first = item.questions.first().map_or("", String::as_str);
        let mut id = item.id.clone().unwrap_or_else(|| slug(first));
        let base = id.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.push(id.clone());
        out.push_str(&format!("\n[[entries]]\nid = {}\n", string(&id)));
        match &item.kind {
            Some(kind) => out.push_str(&format!("kind = {}\n", string(kind))),
            None => out.push_str(
                "kind = \"\"  # fact, view (with person = \"…\") or survey-figure (with survey = \"…\")\n",
            ),
        }
        if let Some(person) = &item.person {
            out.push_str(&format!("person = {}\n", string(person)));
        }
        if let Some(survey) = &item.survey {
            out.push_str(&format!("survey = {}\n", string(survey)));
        }
        if let Some(figure) = &item.figure {
            out.push_str(&format!("figure = {}\n", string(figure)));
        }
        let questions: Vec<String> = item.questions.iter().map(|q| string(q)).collect();
        out.push_str(&format!("questions = [{}]\n", questions.join(", ")));
        out.push_str(&format!("answer = {}\n", string(&item.answer)));
        let topics: Vec<String> = item.topics.iter().map(|t| string(t)).collect();
        if topics.is_empty() {
            out.push_str("topics = []  # what it is about: the input does not say\n");
        } else {
            out.push_str(&format!("topics = [{}]\n", topics.join(", ")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const QNA: &str = "Question\tAnswer\tSource\tMetadata\n\
        Who is on call?\tThe platform team, weekly.\tTeam wiki\tcategory:ops\n\
        Who carries the pager?\tThe platform team, weekly.\tTeam wiki\tcategory:ops\n\
        What is a CIO?\tA Chief Information Officer.\tTeam wiki\t\n";

    #[test]
    fn qna_rows_with_the_same_answer_are_one_entry_and_nothing_is_invented() {
        let items = from_tsv(QNA).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].questions, ["Who is on call?", "Who carries the pager?"]);
        assert_eq!(items[0].topics, ["category:ops"]);
        assert_eq!((items[0].kind.as_deref(), items[0].person.as_deref()), (None, None));
        let toml = to_toml("Team wiki", &items);
        assert!(toml.contains("publisher = \"\""), "{toml}");
        assert!(toml.contains("kind = \"\""), "{toml}");
        assert!(toml.contains("topics = []"), "{toml}");
        assert!(toml.contains("id = \"who-is-on-call\""), "{toml}");
    }

    #[test]
    fn a_malformed_tsv_names_the_line() {
        let err = from_tsv("Question\tAnswer\tSource\tMetadata\nok?\tyes\ts\t\nno answer here\n");
        assert_eq!(
            err,
            Err(ImportError::Tsv {
                line: 3,
                message: "expected 4 tab-separated columns, found 1".into()
            })
        );
        let empty = from_tsv("Question\tAnswer\tSource\tMetadata\n \tyes\ts\t\n").unwrap_err();
        assert_eq!(empty.to_string(), "line 2: the Question column (column 1) is empty");
        let empty = from_tsv("Answer\tQuestion\nyes\tq?\n\tq?\n").unwrap_err();
        assert_eq!(empty.to_string(), "line 3: the Answer column (column 1) is empty");
        let err =
            from_tsv("Question\tAnswer\tSource\tMetadata\nq?\ta\ts\tnot a pair\n").unwrap_err();
        assert!(matches!(err, ImportError::Tsv { line: 2, .. }), "{err}");
        assert!(matches!(from_tsv("Q\tA\n"), Err(ImportError::Tsv { line: 1, .. })));
        assert!(matches!(from_tsv(""), Err(ImportError::Tsv { line: 1, .. })));
    }

    #[test]
    fn the_bundled_knowledge_round_trips_through_tsv_and_json() {
        let k = Knowledge::bundled().unwrap();
        let exported = items(&k);
        assert_eq!(from_tsv(&to_tsv(&exported)).unwrap(), exported);
        let json = serde_json::to_string(&exported).unwrap();
        assert_eq!(from_json(&json).unwrap(), exported);
        let one = r#"[{"question": "Who is on call?", "answer": "We are.", "source": "wiki"}]"#;
        assert_eq!(from_json(one).unwrap()[0].questions, ["Who is on call?"]);
        assert!(from_json("{}").is_err());
    }
}
