//! The HTTP interactions endpoint, with requests signed exactly as Discord
//! signs them: the reply function's answers, and every rejection.

use super::support;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use cio_cto_bot::discord::endpoint::{MAX_BODY, Replies, ReplyCache, router};
use cio_cto_bot::discord::respond;
use cio_cto_bot::engine::Engine;
use cio_cto_bot::knowledge::Knowledge;
use cio_cto_bot::locale::Lang;
use cio_cto_bot::store::{Outcome, Store};
use cio_cto_bot::tr;
use serde_json::{Value, json};
use serenity::model::application::Interaction;
use support::*;

/// The engine, serving as the binary serves it (reloadable, here never
/// reloaded).
fn live(engine: Arc<Engine>) -> Arc<cio_cto_bot::live::Live> {
    Arc::new(cio_cto_bot::live::Live::serving(engine, None))
}

fn engine() -> Arc<Engine> {
    Arc::new(Engine::new(Knowledge::bundled().unwrap()))
}

/// The engine as the bot runs it, with the sentence model (loaded once
/// for this test binary).
fn engine_with_model() -> Arc<Engine> {
    static ENGINE: std::sync::OnceLock<Arc<Engine>> = std::sync::OnceLock::new();
    let engine = ENGINE.get_or_init(|| {
        let engine = engine();
        let model = cio_cto_bot::semantic::Model::bundled().unwrap();
        engine.attach_model(Arc::new(model)).unwrap();
        engine
    });
    Arc::clone(engine)
}

fn app(signer: &Signer) -> Router {
    router(signer.public_key(), Replies::Engine(live(engine()), ReplyCache::new(100), None))
        .unwrap()
}

/// What the gateway bot would send for the same interaction.
fn gateway_reply(interaction: &Value) -> Value {
    let interaction: Interaction = serde_json::from_value(interaction.clone()).unwrap();
    serde_json::to_value(respond(&engine(), &interaction)).unwrap()
}

fn ping() -> Value {
    json!({"id": "1100000000000000001", "application_id": APPLICATION_ID, "type": 1,
           "token": "t", "version": 1})
}

#[tokio::test]
async fn ping_is_answered_with_pong() {
    let signer = Signer::new();
    let body = reply(&app(&signer), &signer, &ping()).await;
    assert_eq!(body["type"], 1);
}

#[tokio::test]
async fn ask_autocomplete_and_buttons_get_the_same_reply_as_over_the_gateway() {
    let signer = Signer::new();
    let app = app(&signer);
    let interactions = [
        ask("1100000000000000002".into(), "who reprots to whom?"),
        ask("1100000000000000003".into(), "@everyone what's the CFO's salary?"),
        autocomplete("1100000000000000004".into(), "ask", "question", "pandemic"),
        autocomplete("1100000000000000005".into(), "quote", "person", "jpl"),
        click("1100000000000000006".into(), "ask:survey-shared-saas"),
        command("1100000000000000007".into(), "compare", json!([])),
        command("1100000000000000010".into(), "learn", json!([])),
        command(
            "1100000000000000011".into(),
            "learn",
            json!([{"name": "share", "type": 5, "value": true}]),
        ),
        click("1100000000000000012".into(), "learn:new-engineering-manager:19"),
        click("1100000000000000013".into(), "related:survey-respondents"),
        autocomplete("1100000000000000014".into(), "learn", "path", "walk"),
        command("1100000000000000015".into(), "quiz", json!([])),
        command(
            "1100000000000000016".into(),
            "quiz",
            json!([{"name": "topic", "type": 3, "value": "people"}]),
        ),
    ];
    for interaction in interactions {
        let body = reply(&app, &signer, &interaction).await;
        assert_eq!(body, gateway_reply(&interaction), "both modes give identical replies");
    }
    let body =
        reply(&app, &signer, &ask("1100000000000000008".into(), "who reprots to whom?")).await;
    assert_eq!(body["data"]["embeds"][0]["title"], "Who reports to whom, the CIO or the CTO?");
}

/// A question only the sentence model reads is worked out on a blocking
/// thread, and the endpoint gives the same reply as the gateway would.
#[tokio::test]
async fn a_question_read_by_meaning_is_answered_off_the_runtime() {
    let signer = Signer::new();
    let engine = engine_with_model();
    let app = router(
        signer.public_key(),
        Replies::Engine(live(Arc::clone(&engine)), ReplyCache::new(0), None),
    )
    .unwrap();
    let question = "covid made everyone go hard on digital stuff, true or cap?";
    assert!(engine.ask_quick(question).is_none(), "the lexical path alone would decline");
    let interaction = ask("1100000000000000009".into(), question);
    let body = reply(&app, &signer, &interaction).await;
    let entry = engine.knowledge().entry("pandemic-acceleration").unwrap();
    let title = body["data"]["embeds"][0]["title"].as_str().unwrap().to_owned();
    assert!(entry.questions.contains(&title), "{title}");
    let interaction: Interaction = serde_json::from_value(interaction).unwrap();
    assert_eq!(body, serde_json::to_value(respond(&engine, &interaction)).unwrap());
}

/// Every question asked over HTTP is kept in the store, with where it was
/// asked and how it was answered, and never who asked it; autocomplete is
/// not a question. A clicked question counts too.
#[tokio::test]
async fn asked_questions_are_stored_without_who_asked() {
    let (path, url) = fresh_sqlite("http-store");
    let store = Arc::new(Store::open(&url).await.unwrap());
    let signer = Signer::new();
    let replies = Replies::Engine(live(engine()), ReplyCache::new(100), Some(Arc::clone(&store)));
    let app = router(signer.public_key(), replies).unwrap();
    for interaction in [
        ask("1100000000000000011".into(), "who reprots to whom?"),
        ask("1100000000000000012".into(), "who reprots to whom?"),
        ask("1100000000000000013".into(), "@everyone what's the CFO's salary?"),
        autocomplete("1100000000000000014".into(), "ask", "question", "pandemic"),
        click("1100000000000000015".into(), "ask:survey-shared-saas"),
    ] {
        reply(&app, &signer, &interaction).await;
    }
    store.close().await;
    let store = Store::open(&url).await.unwrap();
    let rows = store.questions().await.unwrap();
    let summary: Vec<(&str, Option<&str>)> =
        rows.iter().map(|r| (r.question.as_str(), r.entry.as_deref())).collect();
    assert_eq!(
        summary,
        [
            ("who reprots to whom?", Some("reporting-tension")),
            ("who reprots to whom?", Some("reporting-tension")),
            ("@everyone what's the CFO's salary?", None),
            ("Who manages SaaS and off-the-shelf software?", Some("survey-shared-saas")),
        ],
        "a cached reply is recorded too"
    );
    let first = &rows[0];
    assert_eq!(first.guild_id.as_deref(), Some(GUILD_ID));
    assert_eq!(first.channel_id.as_deref(), Some("1200000000000000001"));
    assert_eq!((first.transport, first.outcome), ("http", Outcome::Answered));
    assert_eq!(first.knowledge_version, engine().version());
    assert_eq!(rows[2].outcome, Outcome::Declined);
    // Nothing that names the user who asked is in the file. (The name is
    // looked for by a part that is not hexadecimal: the file holds random
    // hex, the install's key, which once held "ada".)
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("80351110224678912") && !text.to_lowercase().contains("lovelace"),
        "a user id or name is stored"
    );
    store.close().await;
}

fn custom_ids(body: &Value) -> Vec<String> {
    let rows = body["data"]["components"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
        .map(|b| b["custom_id"].as_str().unwrap().to_owned())
        .collect()
}

/// The curator loop over signed HTTP, with two replicas sharing one store:
/// 👍/👎 count once per user per answer whichever replica a click reaches,
/// `/kb` is refused to a member without Manage Server and shows a curator
/// the declined question, and no user id reaches the store.
async fn curator_loop_over_http(url: &str) {
    let signer = Signer::new();
    let replica = |store: Arc<Store>| {
        let replies = Replies::Engine(live(engine()), ReplyCache::new(100), Some(store));
        router(signer.public_key(), replies).unwrap()
    };
    let (store_a, store_b) =
        (Arc::new(Store::open(url).await.unwrap()), Arc::new(Store::open(url).await.unwrap()));
    let (a, b) = (replica(Arc::clone(&store_a)), replica(Arc::clone(&store_b)));

    let answer =
        reply(&a, &signer, &ask("1100000000000000021".into(), "who reprots to whom?")).await;
    let ids = custom_ids(&answer);
    assert_eq!(
        ids[ids.len() - 2..],
        ["feedback:up:reporting-tension", "feedback:down:reporting-tension"]
    );
    let (ada, grace) = ("80351110224678912", "80351110224678913");
    let clicks = [
        (&a, ada, "feedback:up:reporting-tension"),
        (&b, ada, "feedback:up:reporting-tension"),
        (&b, ada, "feedback:down:reporting-tension"),
        (&a, grace, "feedback:down:reporting-tension"),
        // A client may send any custom_id: no vote on what is not an entry.
        (&b, grace, "feedback:down:no-such-entry"),
    ];
    for (n, (replica, user, custom_id)) in clicks.into_iter().enumerate() {
        let clicked = from_member(click(format!("11000000000000001{n:02}"), custom_id), user, 0);
        let ack = reply(replica, &signer, &clicked).await;
        assert_eq!(ack["data"]["flags"], 64, "acknowledged privately");
        let offers = custom_id.ends_with(":down:reporting-tension");
        assert_eq!(!custom_ids(&ack).is_empty(), offers, "👎 offers answers");
    }
    reply(&b, &signer, &ask("1100000000000000022".into(), "what does a CFO earn in Paris?")).await;
    store_a.close().await;
    store_b.close().await;

    let store = Arc::new(Store::open(url).await.unwrap());
    let app = replica(Arc::clone(&store));
    let refused = from_member(kb("1100000000000000023".into(), "gaps"), grace, 1 << 11);
    let refused = reply(&app, &signer, &refused).await;
    assert_eq!(refused["data"]["flags"], 64);
    assert_eq!(refused["data"]["embeds"][0]["title"], "Only for curators");
    let gaps = from_member(kb("1100000000000000024".into(), "gaps"), ada, MANAGE_GUILD);
    let gaps = reply(&app, &signer, &gaps).await;
    assert_eq!(gaps["data"]["flags"], 64);
    let shown = gaps["data"]["embeds"][0].to_string();
    assert!(shown.contains("1× “what does a CFO earn in Paris?”"), "{shown}");
    assert!(shown.contains("👎 1 · 👍 1"), "{shown}");
    // /kb stats attaches the chart of the last 14 days: a multipart
    // response, its JSON in payload_json and the PNG as files[0].
    let stats = from_member(kb("1100000000000000025".into(), "stats"), ada, MANAGE_GUILD);
    let response = tower::ServiceExt::oneshot(app.clone(), signed(&signer, &stats)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let kind = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with("multipart/form-data; boundary="), "{kind}");
    let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    let parts = multipart_parts(&body).expect("a multipart body");
    assert_eq!(parts.len(), 2);
    let payload: Value = serde_json::from_slice(&parts[0].bytes).unwrap();
    assert_eq!(parts[0].name, "payload_json");
    assert_valid_callback(&payload);
    assert_eq!(payload["data"]["embeds"][0]["image"]["url"], "attachment://kb-stats.png");
    assert_eq!(
        (parts[1].name.as_str(), parts[1].filename.as_deref()),
        ("files[0]", Some("kb-stats.png"))
    );
    assert_eq!(png_size(&parts[1].bytes), (800, 400));
    // A server with no questions gets the text report alone.
    let mut elsewhere = from_member(kb("1100000000000000026".into(), "stats"), ada, MANAGE_GUILD);
    elsewhere["guild_id"] = json!("1300000000000000077");
    let text = reply(&app, &signer, &elsewhere).await;
    assert!(text["data"]["embeds"][0]["image"].is_null());
    assert!(text["data"]["attachments"].as_array().is_none_or(|a| a.is_empty()), "{text}");
    let votes = store.votes_since(0, None).await.unwrap();
    assert_eq!((votes.len(), votes[0].up, votes[0].down), (1, 1, 1), "once per user per answer");
    let stored = store.questions().await.unwrap();
    assert!(stored.iter().all(|q| !q.question.contains(ada)));
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_curator_loop_over_http_on_sqlite() {
    let (path, url) = fresh_sqlite("http-curator");
    curator_loop_over_http(&url).await;
    let gaps = std::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
        .args(["gaps", "--json"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&gaps.stdout).unwrap();
    assert_eq!(report["declined"][0]["question"], "what does a CFO earn in Paris?");
    assert_eq!(report["downvoted"], json!([{"entry": "reporting-tension", "up": 1, "down": 1}]));
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("80351110224678912"), "a user id is stored");
}

/// The same against a real PostgreSQL server (see the README).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_curator_loop_over_http_on_postgres() {
    let Some(url) = fresh_postgres_database("http_curator").await else { return };
    curator_loop_over_http(&url).await;
}

/// A quiz answer over HTTP with a store: the sourced answer with the
/// player's score, and a second answer to the same question not counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiz_scores_are_kept_over_http() {
    let (_, url) = fresh_sqlite("http-quiz");
    let store = Arc::new(Store::open(&url).await.unwrap());
    let signer = Signer::new();
    let replies = Replies::Engine(live(engine()), ReplyCache::new(100), Some(Arc::clone(&store)));
    let app = router(signer.public_key(), replies).unwrap();
    let question = command("1100000000000000031".into(), "quiz", json!([]));
    let question = reply(&app, &signer, &question).await;
    let choices = custom_ids(&question);
    // Two clicks are two interactions, each with its own id.
    let footers = [(&choices[0], "1100000000000000032"), (&choices[1], "1100000000000000033")].map(
        |(choice, id)| {
            let app = app.clone();
            let signer = &signer;
            async move {
                let answered = reply(&app, signer, &click(id.into(), choice)).await;
                assert_eq!(answered["type"], 7);
                answered["data"]["embeds"][0]["footer"]["text"].as_str().unwrap().to_owned()
            }
        },
    );
    let [first, second] = footers;
    let (first, second) = (first.await, second.await);
    assert!(first.starts_with("Your score: ") && first.contains(" of 1 · streak "), "{first}");
    assert!(second.contains("did not count again"), "{second}");
    store.close().await;
}

#[tokio::test]
async fn missing_or_bad_signatures_are_401() {
    let signer = Signer::new();
    let app = app(&signer);
    let body = ping().to_string().into_bytes();
    let now = unix_now().to_string();
    let good = signer.sign(&now, &body);

    let (status, _) = send(&app, post(body.clone(), None, None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "no headers");
    let (status, _) = send(&app, post(body.clone(), Some(good.clone()), None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "no timestamp");
    let (status, _) = send(&app, post(body.clone(), None, Some(now.clone()))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "no signature");

    let mut flipped = good.clone().into_bytes();
    flipped[0] = if flipped[0] == b'0' { b'1' } else { b'0' };
    let flipped = String::from_utf8(flipped).unwrap();
    let (status, _) = send(&app, post(body.clone(), Some(flipped), Some(now.clone()))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a changed signature");

    let (status, _) =
        send(&app, post(b"{\"type\":1} ".to_vec(), Some(good.clone()), Some(now.clone()))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a changed body");

    let other = Signer(ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]));
    let (status, _) =
        send(&app, post(body.clone(), Some(other.sign(&now, &body)), Some(now.clone()))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "someone else's key");

    let (status, _) = send(&app, post(body.clone(), Some("zz".repeat(64)), Some(now))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "not hex");
}

#[tokio::test]
async fn a_timestamp_more_than_five_minutes_away_is_a_replay() {
    let signer = Signer::new();
    let app = app(&signer);
    // Well clear of the 300 s edge on both sides: the test's clock and the
    // server's are read at different moments, in whole seconds. The edge
    // itself is tested in `endpoint::tests` with an injected clock.
    for (n, (skew, expected)) in [
        (-600i64, StatusCode::UNAUTHORIZED),
        (600, StatusCode::UNAUTHORIZED),
        (-3600, StatusCode::UNAUTHORIZED),
        (-120, StatusCode::OK),
        (120, StatusCode::OK),
    ]
    .into_iter()
    .enumerate()
    {
        // Each its own interaction: the same id again would be a replay.
        let mut ping = ping();
        ping["id"] = json!(format!("11000000000000001{n:02}"));
        let body = ping.to_string().into_bytes();
        let timestamp = (unix_now() as i64 + skew).to_string();
        let signature = signer.sign(&timestamp, &body);
        let (status, _) = send(&app, post(body.clone(), Some(signature), Some(timestamp))).await;
        assert_eq!(status, expected, "skew {skew}s");
    }
}

#[tokio::test]
async fn malformed_json_with_a_valid_signature_is_400() {
    let signer = Signer::new();
    let app = app(&signer);
    for body in [&b"{not json"[..], b"", b"[]", b"{\"type\": 99}", b"\xff\xfe"] {
        let timestamp = unix_now().to_string();
        let signature = signer.sign(&timestamp, body);
        let (status, _) = send(&app, post(body.to_vec(), Some(signature), Some(timestamp))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body:?}");
    }
}

#[tokio::test]
async fn a_body_over_1_mib_is_413() {
    let signer = Signer::new();
    let app = app(&signer);
    let body = vec![b' '; MAX_BODY + 1];
    let timestamp = unix_now().to_string();
    let signature = signer.sign(&timestamp, &body);
    let (status, _) = send(&app, post(body, Some(signature), Some(timestamp))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// A signed request sent again within its five minutes is a replay: refused
/// with 401, and neither answered nor kept twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_request_is_refused_and_kept_once() {
    let signer = Signer::new();
    let (_, url) = fresh_sqlite("replay");
    let store = Arc::new(Store::open(&url).await.unwrap());
    let replies = Replies::Engine(live(engine()), ReplyCache::new(100), Some(Arc::clone(&store)));
    let app = router(signer.public_key(), replies).unwrap();
    let interaction = ask("1100000000000000077".into(), "who reprots to whom?");
    let body = interaction.to_string().into_bytes();
    let timestamp = unix_now().to_string();
    let signature = signer.sign(&timestamp, &body);
    let first = post(body.clone(), Some(signature.clone()), Some(timestamp.clone()));
    let (status, _) = send(&app, first).await;
    assert_eq!(status, StatusCode::OK);
    let again = post(body, Some(signature), Some(timestamp));
    let (status, said) = send(&app, again).await;
    assert_eq!((status, said.as_slice()), (StatusCode::UNAUTHORIZED, &b"replayed interaction"[..]));
    // A new interaction (a new id), the same question: answered.
    let next = ask("1100000000000000078".into(), "who reprots to whom?");
    assert_eq!(reply(&app, &signer, &next).await["type"], 4);
    // Signed, but without the id every interaction has: malformed.
    let (status, _) = send(&app, signed(&signer, &json!({"type": 1}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    store.close().await;
    let store = Store::open(&url).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 2, "the replay was not kept");
    store.close().await;
}

#[tokio::test]
async fn healthz_answers_and_other_routes_do_not() {
    let signer = Signer::new();
    let app = app(&signer);
    let (status, body) = send(&app, Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, &b"ok\nstore: off\n"[..]));
    let (status, _) = send(&app, Request::get("/interactions").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let (status, _) = send(&app, Request::get("/admin").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The real binary: `cio-cto-bot http`, over TCP, registering its commands
/// with the fake Discord at start, and stopping cleanly on SIGTERM.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_registers_and_shuts_down_cleanly() {
    use tokio::io::{AsyncBufReadExt, BufReader};
    let fake = FakeDiscord::start().await;
    let signer = Signer::new();
    let cwd = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-cwd");
    std::fs::create_dir_all(&cwd).unwrap();
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
        .args(["http", "--listen", "127.0.0.1:0"])
        .current_dir(&cwd)
        .env_clear()
        .env("DISCORD_PUBLIC_KEY", signer.public_hex())
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_GUILD_ID", GUILD_ID)
        .env("DISCORD_API_BASE", &fake.api_base)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();

    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    let registered = fake.wait_for_call("PUT", &path).await;
    assert_eq!(
        registered.body.as_array().unwrap().len(),
        12,
        "11 slash commands and a message command"
    );

    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    let address = listening_address(&mut log).await;

    let client = reqwest::Client::new();
    let body = ask("1100000000000000009".into(), "what's the 24% figure?").to_string();
    let timestamp = unix_now().to_string();
    let response = client
        .post(format!("http://{address}/interactions"))
        .header("X-Signature-Ed25519", signer.sign(&timestamp, body.as_bytes()))
        .header("X-Signature-Timestamp", &timestamp)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let reply: Value = response.json().await.unwrap();
    assert_valid_callback(&reply);
    assert!(reply["data"]["embeds"][0]["description"].as_str().unwrap().contains("24%"));

    let pid = server.id().unwrap().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let exit = tokio::time::timeout(PATIENCE, server.wait()).await.expect("stops in time").unwrap();
    assert!(exit.success(), "{exit:?}");
    let mut rest = String::new();
    while let Ok(Some(line)) = log.next_line().await {
        rest.push_str(&line);
        rest.push('\n');
    }
    assert!(rest.contains("stopped"), "{rest}");
    assert!(!rest.contains(&signer.sign(&timestamp, b"")[..16]), "no signatures in the log");
}

/// The load test's bound: the same checks, then a fixed reply.
#[tokio::test]
async fn the_bound_checks_signatures_then_answers_a_fixed_reply() {
    let signer = Signer::new();
    let app = router(signer.public_key(), Replies::Fixed("{\"type\":1}".into())).unwrap();
    let (status, body) =
        send(&app, signed(&signer, &ask("1100000000000000010".into(), "cio"))).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, &b"{\"type\":1}"[..]));
    let (status, _) = send(&app, post(b"{}".to_vec(), None, None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// The address the server says it listens at, read from its log.
async fn listening_address(
    log: &mut tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStderr>>,
) -> String {
    tokio::time::timeout(PATIENCE, async {
        while let Some(line) = log.next_line().await.unwrap() {
            if let Some(at) = line.find("http://") {
                let rest = &line[at + 7..];
                return rest[..rest.find('/').unwrap()].to_owned();
            }
        }
        panic!("the server exited before listening");
    })
    .await
    .expect("the server says where it listens")
}

/// `kill -9` in the middle of a burst of questions: the SQLite store still
/// opens, passes its integrity check, and keeps every row that was
/// committed before the kill (WAL).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_during_a_burst_loses_nothing_committed() {
    use tokio::io::{AsyncBufReadExt, BufReader};
    let signer = Signer::new();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-kill");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("questions.db").display());
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
        .args(["--no-model", "http", "--listen", "127.0.0.1:0", "--cache", "0"])
        .current_dir(&dir)
        .env_clear()
        .env("DISCORD_PUBLIC_KEY", signer.public_hex())
        .env("DATABASE_URL", &url)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    let address = listening_address(&mut log).await;
    tokio::spawn(async move { while let Ok(Some(_)) = log.next_line().await {} });

    let client = reqwest::Client::new();
    let send = |n: usize| {
        let (client, address) = (client.clone(), address.clone());
        let body =
            ask(format!("11000000000000{n:05}"), &format!("who reports to whom? {n}")).to_string();
        let timestamp = unix_now().to_string();
        let signature = signer.sign(&timestamp, body.as_bytes());
        async move {
            let _ = client
                .post(format!("http://{address}/interactions"))
                .header("X-Signature-Ed25519", signature)
                .header("X-Signature-Timestamp", &timestamp)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await;
        }
    };
    // A first burst, until some rows are committed.
    for n in 0..200 {
        send(n).await;
    }
    let reader = Store::open(&url).await.unwrap();
    let committed = tokio::time::timeout(PATIENCE, async {
        loop {
            let n = reader.count().await.unwrap();
            if n > 0 {
                return n;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("rows are committed");
    reader.close().await;
    // A second burst, killed in the middle.
    let burst: Vec<_> = (200..800).map(|n| tokio::spawn(send(n))).collect();
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    server.start_kill().unwrap();
    server.wait().await.unwrap();
    for request in burst {
        let _ = request.await;
    }
    let store = Store::open(&url).await.expect("the store opens after kill -9");
    let after = store.count().await.unwrap();
    assert!(after >= committed && after <= 800, "{committed} committed, {after} after the kill");
    assert!(store.intact().await.unwrap(), "the integrity check passes");
    store.close().await;
}

/// The message command over HTTP: the gateway's reply, and the question
/// kept as `/ask` keeps it (where, never who asked).
#[tokio::test]
async fn answer_from_the_article_over_http_is_the_gateways_reply_and_is_kept() {
    let (_path, url) = fresh_sqlite("http-message");
    let store = Arc::new(Store::open(&url).await.unwrap());
    let signer = Signer::new();
    let replies = Replies::Engine(live(engine()), ReplyCache::new(100), Some(Arc::clone(&store)));
    let app = router(signer.public_key(), replies).unwrap();
    let text = "morning all - who reprots to whom, the CIO or the CTO?";
    let long = "why ".repeat(400);
    for (n, (content, author)) in [
        (text, "80351110224678913"),
        ("", "80351110224678913"),
        (long.as_str(), "80351110224678913"),
        (text, APPLICATION_ID),
    ]
    .into_iter()
    .enumerate()
    {
        let interaction = answer_message(format!("11000000000000001{n:02}"), content, author);
        let body = reply(&app, &signer, &interaction).await;
        assert_valid_callback(&body);
        let mut gateway = gateway_reply(&interaction);
        if n == 0 {
            // With a store, answers carry 👍/👎; the gateway reply here has none.
            assert_eq!(body["data"]["embeds"], gateway["data"]["embeds"]);
            assert_eq!(body["data"]["content"], gateway["data"]["content"]);
            gateway = body.clone();
        }
        assert_eq!(body, gateway, "{n}");
    }
    store.close().await;
    let store = Store::open(&url).await.unwrap();
    let rows = store.questions().await.unwrap();
    let kept: Vec<(&str, Option<&str>)> =
        rows.iter().map(|r| (r.question.as_str(), r.entry.as_deref())).collect();
    assert_eq!(kept, [(text, Some("reporting-tension"))], "only the answered message");
    assert_eq!(rows[0].guild_id.as_deref(), Some(GUILD_ID));
}

/// Over HTTP a member's language gives the same reply as over the gateway,
/// in every language the bot speaks, and English for one it does not.
#[tokio::test]
async fn a_members_language_gives_the_gateways_reply_over_http() {
    let signer = Signer::new();
    let app = app(&signer);
    let mut n = 0;
    for locale in ["de", "fr", "es-ES", "es-419", "pt-BR", "ja", "ko", "en-GB"] {
        for interaction in [
            ask(String::new(), "who reprots to whom?"),
            ask(String::new(), "what's the weather in Oslo?"),
            command(String::new(), "help", json!([])),
            command(String::new(), "quiz", json!([])),
        ] {
            n += 1;
            let mut interaction = in_locale(interaction, locale);
            interaction["id"] = format!("11000000000000002{n:02}").into();
            // Someone new each time: the cooldown is not what is tested.
            let interaction = from_someone_new(interaction);
            let body = reply(&app, &signer, &interaction).await;
            assert_valid_callback(&body);
            assert_eq!(body, gateway_reply(&interaction), "{locale}: {interaction}");
        }
    }
    let body = reply(
        &app,
        &signer,
        &in_locale(ask("1100000000000000299".into(), "who reprots to whom?"), "pt-BR"),
    )
    .await;
    let pt = Lang::from_discord("pt-BR");
    assert_eq!(body["data"]["embeds"][0]["fields"][0]["name"], tr!(pt, "field-who"));
    assert_eq!(body["data"]["embeds"][0]["title"], "Who reports to whom, the CIO or the CTO?");
}
