//! Answers as people and programs read them outside Discord: plain text for
//! the terminal and console, and the stable JSON line of `ask --json`.
//! The wording shared with Discord replies lives here too.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::LazyLock;

use serde::Serialize;

use crate::engine::{Answer, Decline, Engine, Outcome, Suggestion};
use crate::knowledge::{Entry, Knowledge};
use crate::locale::{Lang, either};
use crate::tr;

/// What the bot says when it declines, in `lang`.
pub fn decline_message(lang: Lang, reason: Decline) -> String {
    if lang.is_english() {
        return english_decline(reason).to_owned();
    }
    decline_in(lang, reason)
}

fn decline_in(lang: Lang, reason: Decline) -> String {
    match reason {
        Decline::Empty => tr!(lang, "decline-empty"),
        Decline::NoMatch => tr!(lang, "decline-no-match"),
        Decline::NotSaid => tr!(lang, "decline-not-said"),
    }
}

/// The English declines, looked up once: `ask --json` gives one for every
/// question it declines.
fn english_decline(reason: Decline) -> &'static str {
    static ENGLISH: LazyLock<[String; 3]> = LazyLock::new(|| {
        [Decline::Empty, Decline::NoMatch, Decline::NotSaid]
            .map(|reason| decline_in(Lang::ENGLISH, reason))
    });
    &ENGLISH[match reason {
        Decline::Empty => 0,
        Decline::NoMatch => 1,
        Decline::NotSaid => 2,
    }]
}

/// Words the user typed, quoted, for a sentence in `lang`.
fn quoted(lang: Lang, words: &[String]) -> Vec<String> {
    words.iter().map(|w| tr!(lang, "quoted", text = w.as_str())).collect()
}

/// How an answer about a task the source does not name opens: "The
/// article doesn't name “laptop” or “provisioning”. What it says about who
/// looks after that kind of work:".
pub fn unnamed_line(lang: Lang, unnamed: &[String]) -> String {
    let task = match unnamed {
        [] => tr!(lang, "unnamed-task"),
        words => either(lang, &quoted(lang, words)),
    };
    tr!(lang, "unnamed-line", task = task)
}

/// What the closest fact lacks, as people read it: "Nothing on “position”."
/// Empty when nothing is named.
pub fn missing_line(lang: Lang, missing: &[String]) -> String {
    let words: Vec<String> = missing.iter().take(4).cloned().collect();
    match words.as_slice() {
        [] => String::new(),
        words => tr!(lang, "missing-line", words = either(lang, &quoted(lang, words))),
    }
}

/// Who said it and where it was published, as one line:
/// "Wendy Pfeiffer, CIO, Nutanix — “CIO vs CTO: …”, published by 21CTO".
pub fn source_line(knowledge: &Knowledge, entry: &Entry) -> String {
    let (credit, citation) =
        (knowledge.credit(entry.attribution), knowledge.citation(entry.source));
    [&credit, " — ", &citation].concat()
}

/// Rounds a confidence for display and JSON, so that output is stable
/// across platforms' float formatting.
pub fn rounded(confidence: f32) -> f64 {
    (f64::from(confidence) * 1000.0).round() / 1000.0
}

/// The answer as a person reads it in a terminal.
pub fn text(engine: &Engine, answer: &Answer) -> String {
    let knowledge = engine.knowledge();
    let mut out = String::new();
    match &answer.outcome {
        Outcome::Answered { entry, matched, unnamed } => {
            let _ = writeln!(
                out,
                "{matched}  ({}, confidence {:.2})\n",
                entry.kind.label(),
                rounded(answer.confidence)
            );
            if !unnamed.is_empty() {
                let _ = writeln!(out, "{}\n", unnamed_line(Lang::ENGLISH, unnamed));
            }
            let _ = writeln!(out, "{}\n", entry.answer);
            let _ = writeln!(out, "Who:    {}", knowledge.credit(entry.attribution));
            let _ = writeln!(out, "Source: {}", knowledge.citation(entry.source));
            list(&mut out, "Related questions:", &engine.related(entry));
        }
        Outcome::Declined { reason, nearest, closest } => {
            let _ = writeln!(out, "{}", decline_message(Lang::ENGLISH, *reason));
            match closest {
                Some(closest) => {
                    let entry = closest.entry;
                    let _ = writeln!(out, "{}\n", missing_line(Lang::ENGLISH, &closest.missing));
                    let _ = writeln!(out, "The closest fact: {}\n", entry.questions[0]);
                    let _ = writeln!(out, "{}\n", entry.answer);
                    let _ = writeln!(out, "Who:    {}", knowledge.credit(entry.attribution));
                    let _ = writeln!(out, "Source: {}", knowledge.citation(entry.source));
                }
                None => {
                    let _ = writeln!(
                        out,
                        "(best match confidence {:.2}; {:.2} is needed to answer)",
                        rounded(answer.confidence),
                        engine.index().tuning().threshold
                    );
                }
            }
            list(&mut out, "Questions I can answer:", nearest);
        }
    }
    out
}

fn list(out: &mut String, heading: &str, items: &[Suggestion]) {
    if !items.is_empty() {
        let _ = writeln!(out, "\n{heading}");
        for s in items {
            let _ = writeln!(out, "  - {}", s.question);
        }
    }
}

/// The stable JSON object of `ask --json`.
#[derive(Debug, Serialize, PartialEq)]
pub struct Json<'a> {
    pub question: &'a str,
    pub answered: bool,
    /// The answer, or the decline message.
    pub answer: Cow<'a, str>,
    /// Attribution and source as one line; empty when declined.
    pub source: String,
    pub confidence: f64,
    pub entry: Option<&'a str>,
    /// When answered, related questions; when declined, the nearest ones.
    pub suggestions: Vec<&'a str>,
    /// Whether the sentence model was consulted (the lexical path alone
    /// declined).
    pub by_meaning: bool,
    /// When declined near an entry that does not hold what is asked: that
    /// entry, as the closest fact; `null` otherwise.
    pub closest: Option<ClosestJson<'a>>,
    /// When answering who owns a task the source does not name: the task's
    /// words (the answer is what the source says of that kind of work);
    /// empty otherwise.
    pub unnamed: &'a [String],
}

/// The closest fact of a decline, in `ask --json`.
#[derive(Debug, Serialize, PartialEq)]
pub struct ClosestJson<'a> {
    pub entry: &'a str,
    pub question: &'a str,
    pub answer: &'a str,
    pub source: String,
    /// What was asked that it does not hold.
    pub missing: &'a [String],
}

pub fn json<'a>(engine: &'a Engine, answer: &'a Answer<'a>) -> Json<'a> {
    let confidence = rounded(answer.confidence);
    match &answer.outcome {
        Outcome::Answered { entry, unnamed, .. } => Json {
            question: &answer.question,
            answered: true,
            answer: Cow::Borrowed(&entry.answer),
            source: source_line(engine.knowledge(), entry),
            confidence,
            entry: Some(&entry.id),
            suggestions: engine.related(entry).iter().map(|s| s.question).collect(),
            by_meaning: answer.by_meaning,
            closest: None,
            unnamed,
        },
        Outcome::Declined { reason, nearest, closest } => Json {
            question: &answer.question,
            answered: false,
            answer: Cow::Borrowed(english_decline(*reason)),
            source: String::new(),
            confidence,
            entry: None,
            suggestions: nearest.iter().map(|s| s.question).collect(),
            by_meaning: answer.by_meaning,
            closest: closest.as_ref().map(|c| ClosestJson {
                entry: &c.entry.id,
                question: &c.entry.questions[0],
                answer: &c.entry.answer,
                source: source_line(engine.knowledge(), c.entry),
                missing: &c.missing,
            }),
            unnamed: &[],
        },
    }
}

/// The line `ask --json` writes for an input line it cannot read, so a
/// batch goes on and its output stays one line per question.
#[derive(Debug, Serialize, PartialEq)]
pub struct JsonError {
    /// The 1-based line of standard input.
    pub line: usize,
    pub answered: bool,
    pub error: String,
}

impl JsonError {
    pub fn not_utf8(line: usize, valid_up_to: usize) -> Self {
        JsonError {
            line,
            answered: false,
            error: format!(
                "line {line} is not valid UTF-8 (first bad byte at {})",
                valid_up_to + 1
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn engine() -> Engine {
        Engine::new(Knowledge::bundled().unwrap())
    }

    #[test]
    fn text_shows_answer_attribution_and_source() {
        let engine = engine();
        let out = text(&engine, &engine.ask("Is the CTO the builder and the CIO the operator?"));
        assert!(out.contains("According to Wendy Pfeiffer, CIO of Nutanix"), "{out}");
        assert!(out.contains("Who:    Wendy Pfeiffer, CIO, Nutanix"), "{out}");
        assert!(out.contains("Source: “CIO vs CTO: How Their Roles Converge"), "{out}");
        assert!(out.contains("published by 21CTO"), "{out}");
    }

    #[test]
    fn json_keeps_its_contract_when_declining() {
        let engine = engine();
        let answer = engine.ask("what is the weather in Oslo?");
        let value = serde_json::to_value(json(&engine, &answer)).unwrap();
        let keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "answer",
                "answered",
                "by_meaning",
                "closest",
                "confidence",
                "entry",
                "question",
                "source",
                "suggestions",
                "unnamed"
            ]
        );
        assert_eq!(value["answered"], false);
        assert!(value["entry"].is_null());
        assert!(value["closest"].is_null(), "nothing near the weather");
        assert_eq!(value["suggestions"].as_array().unwrap().len(), 3);
    }

    /// A near miss is declined with the closest fact: the entry that nearly
    /// answered, sourced, and what it does not hold; the text says the
    /// same, and never offers the fact as the answer.
    #[test]
    fn a_near_miss_is_declined_with_the_closest_fact() {
        let engine = engine();
        let question = "What position does Ash Athawale hold at Robert Half?";
        let answer = engine.ask(question);
        let value = serde_json::to_value(json(&engine, &answer)).unwrap();
        assert_eq!(value["answered"], false, "{value}");
        let closest = &value["closest"];
        assert!(closest["entry"].as_str().unwrap().contains("athawale"), "{value}");
        assert!(closest["answer"].as_str().unwrap().contains("Ash Athawale"), "{value}");
        assert!(closest["source"].as_str().unwrap().contains("Robert Half"), "{value}");
        // A title, asked as "what position does … hold".
        assert_eq!(closest["missing"], serde_json::json!(["title"]));
        assert!(value["answer"].as_str().unwrap().contains("closest fact"), "{value}");
        let out = text(&engine, &answer);
        assert!(out.contains("Nothing on “title”.") && out.contains("The closest fact: "), "{out}");
        assert!(out.contains("Source: “CIO vs CTO"), "{out}");
    }

    /// A decline's confidence is its best candidate's, the best-ranked entry
    /// that gives what the question asks (0 when none does), and the text
    /// shows the same number as the JSON.
    #[test]
    fn a_decline_reports_its_best_candidates_confidence() {
        let engine = engine();
        let mut with_candidates = 0;
        for question in [
            "how much does a CTO earn?",
            "what does a CFO think about the survey?",
            "what do CISOs earn in Berlin?",
            "what does the CTO think of remote work?",
            "is the CIO into gardening?",
            "what is the weather in Oslo?",
            "",
            "zzzz qqqq",
        ] {
            let answer = engine.ask(question);
            let value = serde_json::to_value(json(&engine, &answer)).unwrap();
            assert_eq!(value["answered"], false, "{question}: {value}");
            let (verdicts, _) = engine.explain(question, 10);
            let hits: Vec<_> = verdicts.iter().map(|v| v.hit).collect();
            let confidence = value["confidence"].as_f64().unwrap();
            if confidence > 0.0 {
                with_candidates += 1;
                assert!(
                    hits.iter().any(|h| rounded(h.score) == confidence),
                    "{question}: {confidence} is no candidate's"
                );
            }
            assert!(confidence < f64::from(engine.index().tuning().threshold), "{question}");
            if let Some(top) = hits.first() {
                let phrasing = engine.knowledge().entries[top.doc].shown(top.phrasing);
                assert_eq!(value["suggestions"][0], phrasing, "{question}");
            }
            let text = text(&engine, &answer);
            let shown = format!("confidence {:.2}", value["confidence"].as_f64().unwrap());
            assert!(text.contains(&shown), "{question}: the text shows {shown}: {text}");
        }
        assert!(with_candidates >= 2);
    }

    /// A question asking an attribute the article never gives of what an
    /// entry speaks of (when, where, why, a title, a method, advice) is declined
    /// with that entry as the closest fact, naming what is missing.
    #[test]
    fn an_attribute_the_article_never_gives_is_declined_with_the_closest_fact() {
        let engine = engine();
        for (question, entry, missing) in [
            ("when did the Transposit survey run?", "survey-respondents", "when"),
            // A period ("over the past three years") gives no calendar year.
            (
                "Which year did the 'past three years' of digital transformation focus start?",
                "transformation-focus",
                "date",
            ),
            // Saying when a CIO recruits a CTO gives no duration.
            ("How long does it typically take to recruit a CTO?", "cio-recruits-cto", "duration"),
            ("What is Ash Athawale's job title?", "person/ash-athawale", "title"),
            ("how was the Transposit survey run?", "survey-respondents", "run"),
            // The article reports the tension; it recommends no reporting line.
            (
                "should the CIO report to the CTO or the other way round?",
                "reporting-tension",
                "advice",
            ),
        ] {
            let value = serde_json::to_value(json(&engine, &engine.ask(question))).unwrap();
            assert_eq!(value["answered"], false, "{question}: {value}");
            assert_eq!(value["closest"]["entry"], entry, "{question}: {value}");
            assert_eq!(value["closest"]["missing"], serde_json::json!([missing]), "{question}");
        }
    }

    #[test]
    fn json_names_the_entry_and_source_when_answering() {
        let engine = engine();
        let answer = engine.ask("How many people answered the Transposit survey?");
        let value = serde_json::to_value(json(&engine, &answer)).unwrap();
        assert_eq!(value["entry"], "survey-respondents");
        assert_eq!(
            value["source"],
            "Transposit survey of 415 CIOs and CTOs — “CIO vs CTO: How Their Roles Converge and Collaborate in Modern Enterprises”, published by 21CTO"
        );
        assert!(value["confidence"].as_f64().unwrap() > 0.9);
    }
}
