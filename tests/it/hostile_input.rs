//! Hostile input, proven by property tests: any text as a question, a
//! partial question, a person or a button id, and any bytes at the HTTP
//! endpoint, never panic, always get a reply within every Discord limit,
//! and never let a mention through.
//!
//! Each property runs `PROPTEST_CASES` cases (default 256).

use super::support;

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request as HttpRequest, StatusCode};
use cio_cto_bot::discord::endpoint::{Replies, ReplyCache, router};
use cio_cto_bot::discord::limits::violations;
use cio_cto_bot::discord::reply::reply;
use cio_cto_bot::discord::request::Request;
use cio_cto_bot::engine::{Engine, Outcome};
use cio_cto_bot::knowledge::Knowledge;
use cio_cto_bot::locale::Lang;
use proptest::prelude::*;
use support::{Signer, unix_now};
use tower::ServiceExt;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Knowledge::bundled().unwrap()))
}

/// Fragments that have broken chat bots: mentions, markdown, bidirectional
/// and zero-width characters, emoji sequences, other scripts, control
/// characters, and the words the engine knows.
const FRAGMENTS: &[&str] = &[
    "@everyone",
    "@here",
    "<@80351110224678912>",
    "<@!80351110224678912>",
    "<@&1300000000000000001>",
    "<#1200000000000000001>",
    "</ask:1>",
    "**",
    "__",
    "~~",
    "`",
    "```",
    "||",
    "> ",
    "# ",
    "- ",
    "[link](https://example.com)",
    "\u{202E}",
    "\u{202D}",
    "\u{2066}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{00AD}",
    "🙂",
    "👩‍💻",
    "🏳️‍🌈",
    "مدير تقنية المعلومات",
    "שלום",
    "संगठन",
    "ｃｉｏ",
    "Ǆ",
    "ß",
    "İ",
    "\0",
    "\n",
    "\r\n",
    "\t",
    "\u{7}",
    "cio",
    "CTO",
    "chief information officer",
    "trasformation",
    "83%",
    "%",
    "415",
    "who",
    "?",
    "'",
    "’s",
    "c.i.o.",
    "IT",
    " ",
    "...",
];

fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        2 => prop::collection::vec(any::<char>(), 0..12).prop_map(|c| c.into_iter().collect()),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

/// Up to 6000 characters, Discord's longest string option.
fn long_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..6000).prop_map(|c| c.into_iter().collect())
}

fn any_question() -> impl Strategy<Value = String> {
    prop_oneof![4 => hostile_text(30), 1 => long_text()]
}

/// The reply in every language keeps within Discord's limits: a longer
/// translation of the chrome must not push a long question's reply over.
fn assert_within_limits(request: &Request) -> Result<(), TestCaseError> {
    for lang in Lang::all() {
        let response = serde_json::to_value(reply(engine(), request, lang)).unwrap();
        let problems = violations(&response);
        prop_assert!(problems.is_empty(), "{problems:?} for {request:?} in {lang:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn any_question_gets_a_reply_within_limits(question in any_question(), private: bool) {
        let answer = engine().ask(&question);
        prop_assert!((0.0..=1.0).contains(&answer.confidence));
        if let Outcome::Declined { nearest, .. } = &answer.outcome {
            prop_assert_eq!(nearest.len(), 3, "a decline always offers three questions");
        }
        assert_within_limits(&Request::Ask { question: &question, private })?;
    }

    #[test]
    fn any_partial_question_gets_choices_within_limits(partial in any_question()) {
        let suggestions = engine().suggest(&partial, 25);
        prop_assert!(suggestions.len() <= 25);
        assert_within_limits(&Request::SuggestQuestions { partial: &partial })?;
        assert_within_limits(&Request::SuggestPeople { partial: &partial })?;
    }

    #[test]
    fn any_person_gets_a_reply_within_limits(person in hostile_text(12), private: bool) {
        assert_within_limits(&Request::Quote { person: &person, private })?;
    }

    #[test]
    fn any_button_id_gets_a_reply_within_limits(id in hostile_text(8), private: bool) {
        assert_within_limits(&Request::Entry { id: &id, private })?;
    }

    /// The onboarding and feedback buttons, with whatever a client puts in
    /// their custom_ids, and `/learn` and `/quiz` with any text.
    #[test]
    fn any_onboarding_or_feedback_request_gets_a_reply_within_limits(
        text in hostile_text(8),
        n: usize,
        seed: u64,
        up: bool,
    ) {
        let choice = Some(n % 6);
        assert_within_limits(&Request::LearnStep { path: &text, step: n })?;
        assert_within_limits(&Request::LearnStep { path: "new-engineering-manager", step: n })?;
        assert_within_limits(&Request::Learn { path: &text, share: up })?;
        assert_within_limits(&Request::SuggestPaths { partial: &text })?;
        assert_within_limits(&Request::Related { entry: &text })?;
        assert_within_limits(&Request::Feedback { entry: &text, up })?;
        assert_within_limits(&Request::Quiz { topic: &text, share: up, seed })?;
        assert_within_limits(&Request::QuizButton { version: &text, topic: &text, seed, choice })?;
        let version = &engine().version()[..8];
        for topic in ["any", "figures", "people", "roles", "facts"] {
            assert_within_limits(&Request::QuizButton { version, topic, seed, choice })?;
        }
    }
}

fn next_id() -> String {
    static IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    (1_100_000_000_000_000_000 + n).to_string()
}

/// A runtime that outlives the cases, for the store's tasks.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
    })
}

/// The endpoint with a SQLite store, where `/settings` changes things.
fn endpoint_with_store() -> &'static (Signer, axum::Router) {
    static ENDPOINT: OnceLock<(Signer, axum::Router)> = OnceLock::new();
    ENDPOINT.get_or_init(|| {
        let signer = Signer::new();
        let engine = Arc::new(Engine::new(Knowledge::bundled().unwrap()));
        let (_, url) = support::fresh_sqlite("hostile-settings");
        let store = runtime().block_on(cio_cto_bot::store::Store::open(&url)).unwrap();
        let live = Arc::new(cio_cto_bot::live::Live::serving(engine, None));
        let replies = Replies::Engine(live, ReplyCache::new(0), Some(Arc::new(store)));
        (signer.clone(), router(signer.public_key(), replies).unwrap())
    })
}

fn endpoint() -> &'static (Signer, axum::Router) {
    static ENDPOINT: OnceLock<(Signer, axum::Router)> = OnceLock::new();
    ENDPOINT.get_or_init(|| {
        let signer = Signer::new();
        let engine = Arc::new(Engine::new(Knowledge::bundled().unwrap()));
        let app = router(
            signer.public_key(),
            Replies::Engine(
                Arc::new(cio_cto_bot::live::Live::serving(engine, None)),
                ReplyCache::new(0),
                None,
            ),
        )
        .unwrap();
        (signer, app)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256)
    ))]

    /// Signed garbage is refused as malformed, never a crash or a 5xx;
    /// signed valid interactions carrying hostile text are answered within
    /// limits.
    #[test]
    fn the_endpoint_survives_any_signed_body(
        garbage in prop::collection::vec(any::<u8>(), 0..2048),
        question in hostile_text(20),
    ) {
        let (signer, app) = endpoint();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        // From a new member each case: one member's questions would meet
        // the cooldown, and its "slow down" is not what is tested here.
        let interaction = support::ask(next_id(), &question);
        let interaction = support::from_someone_new(interaction).to_string();
        for body in [garbage, interaction.into_bytes()] {
            let timestamp = unix_now().to_string();
            let request = HttpRequest::post("/interactions")
                .header("X-Signature-Ed25519", signer.sign(&timestamp, &body))
                .header("X-Signature-Timestamp", timestamp)
                .body(Body::from(body.clone()))
                .unwrap();
            let response = runtime.block_on(app.clone().oneshot(request)).unwrap();
            let status = response.status();
            prop_assert!(status == StatusCode::OK || status == StatusCode::BAD_REQUEST, "{status}");
            if status == StatusCode::OK {
                let bytes = runtime.block_on(axum::body::to_bytes(response.into_body(), usize::MAX)).unwrap();
                let reply: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                let problems = violations(&reply);
                prop_assert!(problems.is_empty(), "{:?}", problems);
            }
        }
    }

    /// `/settings` with any values a client can send (out of range, of the
    /// wrong type, hostile text for a channel, unknown subcommands), from a
    /// manager or not: always a private reply within limits.
    #[test]
    fn any_settings_values_get_a_private_reply_within_limits(
        sub in prop::sample::select(vec!["show", "private", "public-channel", "cooldown", "reset", "nope"]),
        questions in any::<i64>(),
        seconds in prop_oneof![any::<i64>(), 1i64..3600],
        channel in prop_oneof![hostile_text(4), "[0-9]{1,25}"],
        flag in any::<bool>(),
        junk in hostile_text(4),
        manager in any::<bool>(),
    ) {
        let (signer, app) = endpoint_with_store();
        let options = match sub {
            "private" if flag => serde_json::json!([{"name": "enabled", "type": 5, "value": flag}]),
            "private" => serde_json::json!([{"name": "enabled", "type": 5, "value": junk}]),
            "public-channel" => serde_json::json!([{"name": "channel", "type": 7, "value": channel},
                                                   {"name": "public", "type": 5, "value": flag}]),
            "cooldown" => serde_json::json!([{"name": "questions", "type": 4, "value": questions},
                                             {"name": "seconds", "type": 4, "value": seconds}]),
            _ => serde_json::json!([]),
        };
        let permissions = if manager { support::MANAGE_GUILD } else { 0 };
        let interaction = support::settings(next_id(), sub, options);
        let body = support::from_member(interaction, "80351110224678999", permissions).to_string();
        let timestamp = unix_now().to_string();
        let request = HttpRequest::post("/interactions")
            .header("X-Signature-Ed25519", signer.sign(&timestamp, body.as_bytes()))
            .header("X-Signature-Timestamp", timestamp)
            .body(Body::from(body))
            .unwrap();
        let response = runtime().block_on(app.clone().oneshot(request)).unwrap();
        prop_assert_eq!(response.status(), StatusCode::OK);
        let bytes = runtime().block_on(axum::body::to_bytes(response.into_body(), usize::MAX)).unwrap();
        let reply: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        prop_assert!(violations(&reply).is_empty(), "{:?}", violations(&reply));
        prop_assert_eq!(&reply["data"]["flags"], 64, "{}", reply);
    }

    /// Without Discord's signature nothing gets past the check.
    #[test]
    fn unsigned_requests_never_pass(
        body in prop::collection::vec(any::<u8>(), 0..512),
        signature in "[0-9a-f]{0,130}",
        timestamp in "[0-9]{0,12}",
    ) {
        let (_, app) = endpoint();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let request = HttpRequest::post("/interactions")
            .header("X-Signature-Ed25519", signature)
            .header("X-Signature-Timestamp", timestamp)
            .body(Body::from(body))
            .unwrap();
        let response = runtime.block_on(app.clone().oneshot(request)).unwrap();
        prop_assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
}

// ---------------------------------------------------------------------------
// Files users give the bot: `import` (JSON and QnA Maker's TSV) and the
// knowledge folder (entries, phrasings, learning paths). Any input gives a
// result or an error that says where, never a panic.

/// Text that is nearly the format: its syntax, its keys and hostile text.
fn near_text(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(pieces).prop_map(str::to_owned),
        2 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => prop::collection::vec(any::<char>(), 0..6).prop_map(|c| c.into_iter().collect()),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

const JSON_PIECES: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "0",
    "-1",
    "1e999",
    "\"questions\"",
    "\"question\"",
    "\"answer\"",
    "\"source\"",
    "\"id\"",
    "\"kind\"",
    "\"topics\"",
    "\"person\"",
    "\"figure\"",
    "[]",
    "\"\"",
    "\"who?\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
];

const TSV_PIECES: &[&str] = &[
    "Question",
    "Answer",
    "Source",
    "Metadata",
    "QnaId",
    "\t",
    "\n",
    "\r\n",
    "\u{FEFF}",
    "|",
    ":",
    "id:x",
    "kind:fact",
    "topic:t",
    "who?",
    "An answer.",
    "editorial",
    "",
    " ",
];

const TOML_PIECES: &[&str] = &[
    "[source]\n",
    "[[entries]]\n",
    "[[people]]\n",
    "[[surveys]]\n",
    "[[phrasings]]\n",
    "[[paths]]\n",
    "[[comparison]]\n",
    "[[synonyms]]\n",
    "id = ",
    "kind = ",
    "questions = ",
    "answer = ",
    "topics = ",
    "person = ",
    "survey = ",
    "entry = ",
    "steps = ",
    "title = ",
    "publisher = ",
    "name = ",
    "\"fact\"",
    "\"view\"",
    "\"e\"",
    "\"acronyms\"",
    "[\"a?\", \"b?\", \"c?\"]",
    "[]",
    "\"\"",
    "\"x\"",
    "\n",
    "=",
    "#",
    "'''",
    "\"\"\"",
    "1",
    "true",
    "{",
    "}",
    ",",
    ".",
];

fn import_then_load(items: &[cio_cto_bot::transfer::Item]) -> Result<(), TestCaseError> {
    for source in cio_cto_bot::transfer::sources(items) {
        let toml = cio_cto_bot::transfer::to_toml(&source, items);
        // The file written is checked as a curator's file would be.
        if let Err(err) = Knowledge::from_files([("imported.toml".to_owned(), toml)]) {
            located(&err)?;
        }
    }
    Ok(())
}

/// Every problem of a knowledge error names its file and a line and column
/// within it.
fn located(err: &cio_cto_bot::knowledge::LoadError) -> Result<(), TestCaseError> {
    for problem in err.problems() {
        prop_assert!(
            !problem.file.is_empty() && problem.line >= 1 && problem.column >= 1,
            "{problem}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256)
    ))]

    /// `import FILE.json`: any text, and JSON lists of entries with any
    /// fields missing, empty or of the wrong type (an entry without
    /// questions once panicked here).
    #[test]
    fn import_reads_any_json_or_says_why(
        text in near_text(JSON_PIECES, 40),
        entries in prop::collection::vec(
            (prop::collection::vec(hostile_text(3), 0..3), hostile_text(4), hostile_text(3), any::<bool>()),
            0..4,
        ),
    ) {
        let structured: Vec<serde_json::Value> = entries
            .iter()
            .map(|(questions, answer, source, one)| {
                if *one {
                    serde_json::json!({"question": questions.first(), "answer": answer, "source": source})
                } else {
                    serde_json::json!({"questions": questions, "answer": answer, "source": source})
                }
            })
            .collect();
        for input in [text, serde_json::Value::from(structured).to_string()] {
            match cio_cto_bot::transfer::from_json(&input) {
                Ok(items) => import_then_load(&items)?,
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
        }
    }

    /// `import FILE.tsv`: any text near QnA Maker's export; an error names
    /// a line of the file.
    #[test]
    fn import_reads_any_tsv_or_names_the_line(text in near_text(TSV_PIECES, 60)) {
        match cio_cto_bot::transfer::from_tsv(&text) {
            Ok(items) => import_then_load(&items)?,
            Err(cio_cto_bot::transfer::ImportError::Tsv { line, message }) => {
                prop_assert!(line >= 1 && line <= text.lines().count().max(1), "line {} of {:?}", line, text);
                prop_assert!(!message.is_empty());
            }
            Err(other) => prop_assert!(false, "a TSV error without a line: {}", other),
        }
    }

    /// A knowledge folder of any files near the format (entries, people,
    /// phrasings, learning paths), beside the bundled knowledge: it loads,
    /// or every problem names its file, line and column.
    #[test]
    fn any_knowledge_file_loads_or_names_where(
        team in near_text(TOML_PIECES, 60),
        paths in near_text(TOML_PIECES, 20),
        cut in 0usize..20_000,
        insert in near_text(TOML_PIECES, 3),
    ) {
        let bundled = include_str!("../../knowledge/cio-vs-cto-21cto.toml");
        // The bundled file with something cut into it at any place.
        let at = (0..=cut.min(bundled.len())).rev().find(|&i| bundled.is_char_boundary(i)).unwrap_or(0);
        let damaged = format!("{}{insert}{}", &bundled[..at], &bundled[at..]);
        let files = [
            ("a.toml".to_owned(), damaged),
            ("paths.toml".to_owned(), format!("[[paths]]\nid = \"p\"\ntitle = \"P\"\ndescription = \"D\"\n{paths}")),
            ("team.toml".to_owned(), team),
        ];
        if let Err(err) = Knowledge::from_files(files) {
            located(&err)?;
        }
    }
}
