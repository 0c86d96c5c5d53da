//! Test support shared by the end-to-end tests: a fake Discord on loopback
//! (REST API and gateway websocket, speaking Discord's documented
//! protocol), the real bot binary pointed at it, interaction fixtures, and
//! validation of payloads against Discord's OpenAPI schemas.

mod interactions;
mod schemas;
pub mod server;
mod signing;

pub use interactions::*;
pub use schemas::*;
pub use signing::*;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use serenity::futures::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio::sync::{Notify, mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;

pub const APPLICATION_ID: &str = "1000000000000000001";
pub const GUILD_ID: &str = "1300000000000000001";
/// A server on shard 1 of 2 (GUILD_ID is on shard 0): `(id >> 22) % 2`.
pub const GUILD_ON_SHARD_1: &str = "1300000000004194306";
/// Well-formed (three dot-separated parts) but not a real token.
pub const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.fake-token-for-tests-only-0123456789";

/// How long a test waits for the bot before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);
/// How long a test waits for the sentence model to join: the bot embeds
/// every phrasing first (377 of them), seconds alone but far longer while
/// the other tests load the machine's two cores.
pub const MODEL_PATIENCE: Duration = Duration::from_secs(120);

/// A REST call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub path: String,
    /// The JSON body; of a multipart body, its `payload_json`.
    pub body: Value,
    /// A multipart body's files: (file name, bytes).
    pub files: Vec<(String, Vec<u8>)>,
}

/// The width and height of a PNG, decoding it whole.
pub fn png_size(bytes: &[u8]) -> (u32, u32) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let frame = reader.next_frame(&mut pixels).expect("a whole PNG");
    (frame.width, frame.height)
}

/// One part of a `multipart/form-data` body.
#[derive(Debug)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub bytes: Vec<u8>,
}

/// The parts of a `multipart/form-data` body, read with the boundary its
/// first line gives (RFC 7578); `None` if it is not one.
pub fn multipart_parts(body: &[u8]) -> Option<Vec<Part>> {
    let first = body.windows(2).position(|w| w == b"\r\n")?;
    let delimiter = body.get(..first)?.to_vec();
    if !delimiter.starts_with(b"--") {
        return None;
    }
    let mut separator = b"\r\n".to_vec();
    separator.extend_from_slice(&delimiter);
    let mut parts = Vec::new();
    let mut rest = &body[first + 2..];
    loop {
        let end = rest.windows(separator.len()).position(|w| w == separator.as_slice())?;
        let (part, after) = (&rest[..end], &rest[end + separator.len()..]);
        let split = part.windows(4).position(|w| w == b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&part[..split]).to_string();
        let field = |key: &str| {
            let start = headers.find(&format!("{key}=\""))? + key.len() + 2;
            let len = headers[start..].find('"')?;
            Some(headers[start..start + len].to_owned())
        };
        parts.push(Part {
            name: field("name")?,
            filename: field("filename"),
            bytes: part[split + 4..].to_vec(),
        });
        if after.starts_with(b"--") {
            return Some(parts);
        }
        rest = after.get(2..)?;
    }
}

#[derive(Default)]
struct Gateway {
    /// Frames to the connected bot, if one is connected.
    sender: Option<mpsc::UnboundedSender<Message>>,
    /// Drops a connection without a close frame: one a connection, the
    /// latest last (a connection ends when its sender is dropped).
    kills: Vec<oneshot::Sender<()>>,
    connections: usize,
    identifies: usize,
    resumes: usize,
    heartbeats: usize,
    seq: u64,
    /// Every frame the bot sent, as JSON.
    received: Vec<Value>,
    /// The connection of each shard that identified, and the shard count
    /// they identified with.
    shards: std::collections::HashMap<u64, mpsc::UnboundedSender<Message>>,
    total: u64,
}

#[derive(Default)]
struct State {
    calls: Mutex<Vec<Call>>,
    gateway: Mutex<Gateway>,
    changed: Notify,
    /// Close every IDENTIFY with 4004, as Discord does for a token it
    /// does not accept.
    refuse_token: std::sync::atomic::AtomicBool,
}

/// A fake Discord: a REST server and a gateway server on 127.0.0.1.
pub struct FakeDiscord {
    pub api_base: String,
    state: Arc<State>,
    next_id: Mutex<u64>,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        Self::start_with(true).await
    }

    /// A fake whose REST API answers but whose gateway refuses every
    /// connection, as when a firewall lets HTTPS through but not the
    /// websocket: the bot keeps retrying.
    pub async fn start_refusing_the_gateway() -> FakeDiscord {
        Self::start_with(false).await
    }

    /// A fake whose gateway closes each IDENTIFY with close code 4004
    /// (authentication failed), as Discord does for a reset token.
    pub async fn start_refusing_the_token() -> FakeDiscord {
        let fake = Self::start_with(true).await;
        fake.state.refuse_token.store(true, std::sync::atomic::Ordering::Relaxed);
        fake
    }

    async fn start_with(gateway: bool) -> FakeDiscord {
        let state = Arc::new(State::default());
        let ws = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gateway_url = format!("ws://{}", ws.local_addr().unwrap());
        if gateway {
            tokio::spawn(serve_gateway(ws, state.clone(), gateway_url.clone()));
        } else {
            // Closed: connections to it are refused.
            drop(ws);
        }

        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let api_base = format!("http://{}", rest.local_addr().unwrap());
        let app = {
            let state = state.clone();
            let url = gateway_url.clone();
            Router::new().fallback(move |method: Method, uri: Uri, body: Bytes| {
                let (state, url) = (state.clone(), url.clone());
                async move { rest_call(&state, &url, method, uri, body) }
            })
        };
        tokio::spawn(async move { axum::serve(rest, app).await });
        FakeDiscord { api_base, state, next_id: Mutex::new(1_100_000_000_000_000_000) }
    }

    /// Waits until `probe` finds something in the recorded state.
    async fn wait<T>(
        &self,
        what: &str,
        mut probe: impl FnMut(&[Call], &Gateway) -> Option<T>,
    ) -> T {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let notified = self.state.changed.notified();
            {
                let calls = self.state.calls.lock().unwrap();
                let gateway = self.state.gateway.lock().unwrap();
                if let Some(found) = probe(&calls, &gateway) {
                    return found;
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let calls = self.state.calls.lock().unwrap().clone();
                panic!("timed out waiting for {what}; calls so far: {calls:#?}");
            }
        }
    }

    /// Waits for the `n`th IDENTIFY or RESUME to be answered.
    pub async fn wait_for_session(&self, n: usize) {
        self.wait("a gateway session", |_, g| {
            (g.identifies + g.resumes >= n && g.sender.is_some()).then_some(())
        })
        .await;
    }

    pub fn sessions(&self) -> (usize, usize, usize) {
        let g = self.state.gateway.lock().unwrap();
        (g.connections, g.identifies, g.resumes)
    }

    /// The frames the bot has sent on the gateway.
    pub fn received(&self) -> Vec<Value> {
        self.state.gateway.lock().unwrap().received.clone()
    }

    pub async fn wait_for_call(&self, method: &str, path: &str) -> Call {
        let what = format!("{method} {path}");
        self.wait(&what, |calls, _| {
            calls.iter().find(|c| c.method == method && c.path == path).cloned()
        })
        .await
    }

    pub fn calls(&self) -> Vec<Call> {
        self.state.calls.lock().unwrap().clone()
    }

    /// A fresh snowflake for an interaction.
    pub fn next_id(&self) -> String {
        let mut id = self.next_id.lock().unwrap();
        *id += 1;
        id.to_string()
    }

    /// Waits until `n` shards have identified.
    pub async fn wait_for_shards(&self, n: usize) {
        self.wait("the shards' sessions", |_, g| (g.shards.len() >= n).then_some(())).await;
    }

    /// Sends a dispatch event to the connected bot: to the shard of the
    /// event's server, as Discord does, when the bot runs several.
    pub fn dispatch(&self, event: &str, data: Value) {
        let mut g = self.state.gateway.lock().unwrap();
        g.seq += 1;
        let frame = json!({"op": 0, "t": event, "s": g.seq, "d": data});
        let guild = data["guild_id"].as_str().and_then(|id| id.parse::<u64>().ok());
        let sender = match guild {
            Some(guild) if g.total > 1 => {
                let shard = (guild >> 22) % g.total;
                g.shards.get(&shard).unwrap_or_else(|| panic!("shard {shard} is connected"))
            }
            _ => g.sender.as_ref().expect("the bot is connected"),
        };
        sender.send(Message::Text(frame.to_string())).expect("connection open");
    }

    /// Sends an interaction and waits for the bot's callback; returns the
    /// callback's body.
    pub async fn interact(&self, interaction: Value) -> Value {
        self.interact_with_files(interaction).await.body
    }

    /// [`FakeDiscord::interact`], with the files the reply sent.
    pub async fn interact_with_files(&self, interaction: Value) -> Call {
        let id = interaction["id"].as_str().unwrap().to_owned();
        let token = interaction["token"].as_str().unwrap().to_owned();
        self.dispatch("INTERACTION_CREATE", interaction);
        let path = format!("/api/v10/interactions/{id}/{token}/callback");
        self.wait_for_call("POST", &path).await
    }

    /// Drops the bot's gateway connection without a close frame, as a
    /// network failure would.
    pub fn drop_connection(&self) {
        let mut g = self.state.gateway.lock().unwrap();
        g.sender = None;
        if let Some(kill) = g.kills.pop() {
            let _ = kill.send(());
        }
    }
}

fn json_response(status: StatusCode, body: Value) -> Response {
    let headers = [(axum::http::header::CONTENT_TYPE, "application/json")];
    (status, headers, body.to_string()).into_response()
}

fn rest_call(state: &State, gateway_url: &str, method: Method, uri: Uri, body: Bytes) -> Response {
    let path = uri.path().to_owned();
    // A reply with files comes as multipart: its JSON in `payload_json`.
    let (body, files) = match multipart_parts(&body) {
        Some(parts) => {
            let json = parts.iter().find(|p| p.name == "payload_json");
            let json = json.and_then(|p| serde_json::from_slice(&p.bytes).ok());
            let files =
                parts.into_iter().filter_map(|p| Some((p.filename?, p.bytes))).collect::<Vec<_>>();
            (json.unwrap_or(Value::Null), files)
        }
        None => (serde_json::from_slice(&body).unwrap_or(Value::Null), Vec::new()),
    };
    let call = Call { method: method.to_string(), path: path.clone(), body: body.clone(), files };
    let response = if method == Method::GET && path == "/api/v10/gateway" {
        // Without a query string: serenity appends `?v=10`.
        json_response(StatusCode::OK, json!({"url": gateway_url}))
    } else if method == Method::GET && path == "/api/v10/gateway/bot" {
        // The recommendation `--shards auto` follows.
        json_response(
            StatusCode::OK,
            json!({"url": gateway_url, "shards": 2, "session_start_limit":
                {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}),
        )
    } else if method == Method::GET && path == "/api/v10/oauth2/applications/@me" {
        json_response(
            StatusCode::OK,
            json!({
                "id": APPLICATION_ID, "name": "cio-cto-bot", "icon": null, "description": "",
                "bot_public": true, "bot_require_code_grant": false, "owner": null,
                "verify_key": "00", "team": null, "flags": 0
            }),
        )
    } else if method == Method::PUT && path.ends_with("/commands") {
        // A bulk overwrite answers with the commands as Discord stores them.
        let commands: Vec<Value> = body
            .as_array()
            .map(|a| a.as_slice())
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut c = c.clone();
                c["id"] = json!(format!("{}", 1_600_000_000_000_000_000u64 + i as u64));
                c["application_id"] = json!(APPLICATION_ID);
                c["version"] = json!("1");
                c["default_member_permissions"] = Value::Null;
                if c.get("type").is_none() {
                    c["type"] = json!(1);
                }
                // Discord gives a user or message command an empty description.
                if c.get("description").is_none() {
                    c["description"] = json!("");
                }
                c
            })
            .collect();
        json_response(StatusCode::OK, Value::Array(commands))
    } else if method == Method::POST
        && path.starts_with("/api/v10/interactions/")
        && path.ends_with("/callback")
    {
        StatusCode::NO_CONTENT.into_response()
    } else {
        json_response(StatusCode::NOT_FOUND, json!({"message": "404: Not Found", "code": 0}))
    };
    state.calls.lock().unwrap().push(call);
    state.changed.notify_waiters();
    response
}

async fn serve_gateway(listener: TcpListener, state: Arc<State>, url: String) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { return };
        let (state, url) = (state.clone(), url.clone());
        tokio::spawn(async move {
            if let Ok(ws) = tokio_tungstenite::accept_async(stream).await {
                connection(ws, state, url).await;
            }
        });
    }
}

fn ready(gateway_url: &str, shard: u64, total: u64) -> Value {
    // The servers of this shard.
    let guilds: Vec<Value> = [GUILD_ID, GUILD_ON_SHARD_1]
        .iter()
        .filter(|g| {
            total == 1 && **g == GUILD_ID
                || (g.parse::<u64>().unwrap() >> 22) % total == shard && total > 1
        })
        .map(|g| json!({"id": g, "unavailable": true}))
        .collect();
    json!({
        "v": 10,
        "user": {"id": APPLICATION_ID, "username": "cio-cto-bot", "discriminator": "0",
                 "global_name": null, "avatar": null, "bot": true, "verified": true,
                 "mfa_enabled": false, "flags": 0},
        "guilds": guilds,
        "session_id": "fake-session",
        "resume_gateway_url": gateway_url,
        "shard": [shard, total],
        "application": {"id": APPLICATION_ID, "flags": 0}
    })
}

async fn connection(
    ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    state: Arc<State>,
    url: String,
) {
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<Message>();
    let (kill_tx, mut kill_rx) = oneshot::channel::<()>();
    {
        let mut g = state.gateway.lock().unwrap();
        g.connections += 1;
        g.kills.push(kill_tx);
    }
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}});
    if sink.send(Message::Text(hello.to_string())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            incoming = source.next() => {
                let Some(Ok(Message::Text(text))) = incoming else { break };
                let Ok(frame) = serde_json::from_str::<Value>(&text) else { continue };
                let reply = {
                    let mut g = state.gateway.lock().unwrap();
                    g.received.push(frame.clone());
                    match frame["op"].as_u64() {
                        Some(1) => { g.heartbeats += 1; Some(json!({"op": 11})) }
                        Some(2) if state.refuse_token.load(std::sync::atomic::Ordering::Relaxed) => {
                            g.identifies += 1;
                            None
                        }
                        Some(2) => {
                            g.identifies += 1;
                            g.seq += 1;
                            g.sender = Some(tx.clone());
                            let shard = frame["d"]["shard"][0].as_u64().unwrap_or(0);
                            let total = frame["d"]["shard"][1].as_u64().unwrap_or(1);
                            g.shards.insert(shard, tx.clone());
                            g.total = total;
                            let ready = ready(&url, shard, total);
                            Some(json!({"op": 0, "t": "READY", "s": g.seq, "d": ready}))
                        }
                        Some(6) => {
                            g.resumes += 1;
                            g.sender = Some(tx.clone());
                            Some(json!({"op": 0, "t": "RESUMED", "s": g.seq, "d": {}}))
                        }
                        _ => None,
                    }
                };
                if frame["op"] == 2 && state.refuse_token.load(std::sync::atomic::Ordering::Relaxed) {
                    use tokio_tungstenite::tungstenite::protocol::{CloseFrame, frame::coding::CloseCode};
                    let close = CloseFrame { code: CloseCode::from(4004), reason: "Authentication failed.".into() };
                    let _ = sink.send(Message::Close(Some(close))).await;
                    state.changed.notify_waiters();
                    break;
                }
                if let Some(reply) = reply
                    && sink.send(Message::Text(reply.to_string())).await.is_err()
                {
                    break;
                }
                state.changed.notify_waiters();
            }
            Some(out) = rx.recv() => {
                if sink.send(out).await.is_err() {
                    break;
                }
            }
            _ = &mut kill_rx => break,
        }
    }
    // Dropping the halves closes the socket without a close frame.
    state.changed.notify_waiters();
}

// ---------------------------------------------------------------------------
// The bot under test.

/// The address of a port nothing listens on: connections are refused.
pub fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}", listener.local_addr().unwrap())
}

/// Sends `signal` ("TERM", "INT") to the bot and returns how long it took
/// to exit, and whether it exited successfully.
#[cfg(unix)]
pub async fn stop(bot: &mut tokio::process::Child, signal: &str) -> (Duration, bool) {
    let pid = bot.id().expect("the bot is running").to_string();
    let sent = std::process::Command::new("kill").args([&format!("-{signal}"), &pid]).status();
    assert!(sent.unwrap().success(), "kill -{signal} {pid}");
    let started = std::time::Instant::now();
    let exit = tokio::time::timeout(PATIENCE, bot.wait()).await.expect("exits at all").unwrap();
    (started.elapsed(), exit.success())
}

/// Starts the real binary, `cio-cto-bot run`, against the fake. Its
/// working directory is a scratch folder, so no developer `.env` leaks in.
pub fn start_bot(fake: &FakeDiscord, guild: Option<&str>) -> tokio::process::Child {
    start_bot_logging(fake, guild, "warn")
}

/// [`start_bot`] with a log filter and its standard error captured.
pub fn start_bot_logging(
    fake: &FakeDiscord,
    guild: Option<&str>,
    log: &str,
) -> tokio::process::Child {
    start_bot_at(&fake.api_base, guild, log)
}

/// The bot pointed at any API base URL, with standard error captured
/// unless `log` is "warn".
pub fn start_bot_at(api_base: &str, guild: Option<&str>, log: &str) -> tokio::process::Child {
    start_bot_with(api_base, guild, log, &[])
}

/// [`start_bot_at`] with more environment variables.
pub fn start_bot_with(
    api_base: &str,
    guild: Option<&str>,
    log: &str,
    env: &[(&str, &str)],
) -> tokio::process::Child {
    start_bot_running(api_base, guild, log, env, &[])
}

/// [`start_bot_with`], with more arguments for `run` (`--shards 2`).
pub fn start_bot_running(
    api_base: &str,
    guild: Option<&str>,
    log: &str,
    env: &[(&str, &str)],
    args: &[&str],
) -> tokio::process::Child {
    let cwd = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bot-cwd");
    std::fs::create_dir_all(&cwd).unwrap();
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"));
    cmd.arg("run")
        .args(args)
        .current_dir(&cwd)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_BASE", api_base)
        .env("RUST_LOG", log)
        .kill_on_drop(true);
    if log != "warn" {
        cmd.stderr(std::process::Stdio::piped());
    }
    if let Some(guild) = guild {
        cmd.env("DISCORD_GUILD_ID", guild);
    }
    // Each bot its own store unless the test gives one: the default file in
    // the shared working directory would carry one test's questions and
    // cooldowns into the next.
    if !env.iter().any(|(k, _)| *k == "DATABASE_URL" || *k == "STORE") {
        static BOTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = BOTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (_, url) = fresh_sqlite(&format!("bot-store-{}-{n}", std::process::id()));
        cmd.env("DATABASE_URL", url);
    }
    cmd.envs(env.iter().copied());
    cmd.spawn().expect("the bot binary starts")
}

// ---------------------------------------------------------------------------
// Stores for the tests.

/// A new, empty SQLite store in the tests' scratch folder `name`: its path
/// and its URL.
pub fn fresh_sqlite(name: &str) -> (std::path::PathBuf, String) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let url = format!("sqlite://{}", path.display());
    (path, url)
}

/// A new, empty database on the PostgreSQL server `.ci/run` starts
/// (`TEST_POSTGRES_URL`); `None`, with a note, when there is none outside
/// CI. Under CI a missing server fails the test.
pub async fn fresh_postgres_database(name: &str) -> Option<String> {
    let Ok(admin) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(std::env::var("CI").is_err(), "CI must set TEST_POSTGRES_URL");
        eprintln!("TEST_POSTGRES_URL is not set: the PostgreSQL test did not run");
        return None;
    };
    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&admin).await.unwrap();
    let name = format!("cio_cto_bot_{name}_{}", std::process::id());
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&pool).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&pool).await.unwrap();
    pool.close().await;
    let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
    Some(format!("{base}/{name}"))
}

// ---------------------------------------------------------------------------
// The HTTP endpoint, in process.

/// A POST to `/interactions` with these signature headers, if any.
pub fn post(
    body: Vec<u8>,
    signature: Option<String>,
    timestamp: Option<String>,
) -> axum::http::Request<axum::body::Body> {
    let mut request =
        axum::http::Request::post("/interactions").header("content-type", "application/json");
    if let Some(s) = signature {
        request = request.header("X-Signature-Ed25519", s);
    }
    if let Some(t) = timestamp {
        request = request.header("X-Signature-Timestamp", t);
    }
    request.body(axum::body::Body::from(body)).unwrap()
}

/// A request signed now, as Discord would send it.
pub fn signed(signer: &Signer, body: &Value) -> axum::http::Request<axum::body::Body> {
    let body = body.to_string().into_bytes();
    let timestamp = unix_now().to_string();
    let signature = signer.sign(&timestamp, &body);
    post(body, Some(signature), Some(timestamp))
}

pub async fn send(
    app: &Router,
    request: axum::http::Request<axum::body::Body>,
) -> (StatusCode, Vec<u8>) {
    let response = tower::ServiceExt::oneshot(app.clone(), request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, bytes.to_vec())
}

pub async fn reply(app: &Router, signer: &Signer, interaction: &Value) -> Value {
    let (status, body) = send(app, signed(signer, interaction)).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let body: Value = serde_json::from_slice(&body).expect("a JSON reply");
    assert_valid_callback(&body);
    body
}
