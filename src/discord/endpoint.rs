//! The HTTP interactions endpoint: Discord POSTs each interaction, signed
//! with Ed25519, and the reply is the response body. It reads the request
//! straight from the JSON body (rather than through serenity's model) and
//! answers through the same request path as the gateway bot
//! ([`Service::answer`]); it keeps no state between requests that a
//! replica would need, and so scales out as replicas behind any load
//! balancer.
//!
//! Checks come in this order: a body over 1 MiB is 413; a missing or bad
//! signature, or a timestamp more than five minutes from now, is 401, before
//! anything is parsed; then malformed JSON is 400; then an interaction id
//! already answered within those five minutes (a replay, see [`replays`])
//! is 401.
//!
//! `GET /healthz` answers 200 while the process serves, with the store's
//! state in the body (`store: up`, `unreachable`, …): a store that is down
//! does not stop the bot answering, so it is no reason for a load balancer
//! to take a replica out.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serenity::interactions_endpoint::Verifier;
use tokio::net::TcpListener;
use tracing::{info, warn};

use super::replays::{self, Seen, Verdict};
use super::request;
pub use super::serve::ReplyCache;
use super::serve::{Served, Service};
use crate::config::EndpointConfig;
use crate::live::Live;
use crate::store::Store;

/// Largest body accepted; Discord's interactions are a few kilobytes.
pub const MAX_BODY: usize = 1024 * 1024;
/// How far a request's timestamp may be from now before it is a replay.
pub const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

const SIGNATURE: &str = "x-signature-ed25519";
const TIMESTAMP: &str = "x-signature-timestamp";

/// What the endpoint answers with.
#[derive(Clone)]
pub enum Replies {
    /// The engine's replies: the product, recording each question in the
    /// store when there is one. The engine is the one serving at the time
    /// of each request (a reload swaps it).
    Engine(Arc<Live>, ReplyCache, Option<Arc<Store>>),
    /// One fixed reply after the signature check: the load test's bound on
    /// what the server shape can do.
    Fixed(Bytes),
}

/// What answers, once the router is made.
enum Answering {
    Service(Service),
    Fixed(Bytes),
}

#[derive(Clone)]
struct Endpoint {
    verifier: Verifier,
    answering: Arc<Answering>,
    /// The interaction ids answered lately; `None` only for load tests that
    /// send the same signed requests again and again.
    seen: Option<Arc<Seen>>,
}

/// Whether the endpoint refuses a request it has answered before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayCheck {
    /// Refuse replays (the product), remembering this many ids at most.
    On { capacity: usize },
    /// Answer them: for load tests (`http --allow-replays`), which replay a
    /// fixed set of signed requests.
    Off,
}

impl Default for ReplayCheck {
    fn default() -> Self {
        ReplayCheck::On { capacity: replays::DEFAULT_CAPACITY }
    }
}

/// The endpoint's routes: `POST /interactions` and `GET /healthz`, with
/// replays refused.
pub fn router(public_key: [u8; 32], replies: Replies) -> Result<Router, InvalidKey> {
    router_with(public_key, replies, ReplayCheck::default())
}

/// [`router`], choosing the replay check.
pub fn router_with(
    public_key: [u8; 32],
    replies: Replies,
    replays: ReplayCheck,
) -> Result<Router, InvalidKey> {
    let verifier = Verifier::try_new(public_key).map_err(|err| InvalidKey(err.to_string()))?;
    let answering = match replies {
        Replies::Engine(live, cache, store) => {
            Answering::Service(Service::new(live, store, cache, "http"))
        }
        Replies::Fixed(bytes) => Answering::Fixed(bytes),
    };
    let health = match &answering {
        Answering::Service(service) => service.store().cloned(),
        Answering::Fixed(_) => None,
    };
    let seen = match replays {
        ReplayCheck::On { capacity } => Some(Arc::new(Seen::new(capacity, MAX_SKEW.as_secs()))),
        ReplayCheck::Off => None,
    };
    let endpoint = Endpoint { verifier, answering: Arc::new(answering), seen };
    Ok(Router::new()
        .route("/interactions", post(interactions))
        .route("/healthz", get(move || healthz(health.clone())))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn(log_request))
        .with_state(endpoint))
}

/// `ok` while the process serves, and the store's state: `off`
/// (`STORE=off`), `connecting`, `up` or `unreachable`.
async fn healthz(store: Option<Arc<Store>>) -> String {
    let state = store.map_or("off", |s| s.health().as_str());
    format!("ok\nstore: {state}\n")
}

/// The public key is not a valid Ed25519 point.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "DISCORD_PUBLIC_KEY is not a valid Ed25519 public key ({0}); copy it again from the developer portal"
)]
pub struct InvalidKey(String);

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Whether the timestamp header is a Unix time within [`MAX_SKEW`] of now.
fn fresh(timestamp: &str, now: u64) -> bool {
    timestamp.parse::<u64>().is_ok_and(|t| t.abs_diff(now) <= MAX_SKEW.as_secs())
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

async fn interactions(
    State(endpoint): State<Endpoint>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (header(SIGNATURE), header(TIMESTAMP)) else {
        return plain(StatusCode::UNAUTHORIZED, "missing signature");
    };
    if endpoint.verifier.verify(signature, timestamp, &body).is_err() {
        return plain(StatusCode::UNAUTHORIZED, "bad signature");
    }
    // Checked after the signature, which covers the timestamp: an attacker
    // cannot make an old request look fresh.
    if !fresh(timestamp, unix_now()) {
        return plain(StatusCode::UNAUTHORIZED, "stale timestamp");
    }
    let service = match endpoint.answering.as_ref() {
        Answering::Service(service) => service,
        Answering::Fixed(reply) => return json(reply.clone()),
    };
    let interaction = match request::Body::parse(&body) {
        Ok(interaction) => interaction,
        Err(_) => return plain(StatusCode::BAD_REQUEST, "malformed interaction"),
    };
    if let Some(seen) = &endpoint.seen {
        // Discord gives every interaction a snowflake id.
        let Some(id) = interaction.id() else {
            return plain(StatusCode::BAD_REQUEST, "malformed interaction");
        };
        let stamped = timestamp.parse().unwrap_or(0);
        match seen.check(id, stamped, unix_now()) {
            Verdict::New => {}
            Verdict::Replay => {
                warn!(interaction = id, "refused a replayed interaction");
                return plain(StatusCode::UNAUTHORIZED, "replayed interaction");
            }
            Verdict::TooOld => return plain(StatusCode::UNAUTHORIZED, "stale timestamp"),
        }
    }
    match service.answer(interaction.request(), &interaction.caller()).await {
        Ok(served) if served.files.is_empty() => json(served.json),
        Ok(served) => multipart(&served),
        Err(err) => {
            warn!(%err, "could not work out a reply");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
        }
    }
}

/// A reply with files, as Discord takes one in the response to an
/// interaction: `multipart/form-data` with the JSON in `payload_json` and
/// the files as `files[N]`, in the order the JSON's `attachments` list them.
fn multipart(served: &Served) -> Response {
    // A boundary that occurs in no part.
    let parts =
        std::iter::once(served.json.as_ref()).chain(served.files.iter().map(|f| &f.bytes[..]));
    let boundary = (0u32..)
        .map(|n| format!("cio-cto-bot-{n:08x}"))
        .find(|b| parts.clone().all(|part| !part.windows(b.len()).any(|w| w == b.as_bytes())))
        .unwrap_or_default();
    let mut body = Vec::with_capacity(served.json.len() + 512);
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n").as_bytes());
    body.extend_from_slice(&served.json);
    for (n, file) in served.files.iter().enumerate() {
        // File names are the bot's own (`kb-stats.png`), never a user's.
        body.extend_from_slice(format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"files[{n}]\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n", file.name, content_type(&file.name)).as_bytes());
        body.extend_from_slice(&file.bytes);
    }
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let mut response = Response::new(Body::from(body));
    let kind = format!("multipart/form-data; boundary={boundary}");
    if let Ok(kind) = HeaderValue::from_str(&kind) {
        response.headers_mut().insert(header::CONTENT_TYPE, kind);
    }
    response
}

fn content_type(name: &str) -> &'static str {
    if name.ends_with(".png") { "image/png" } else { "application/octet-stream" }
}

fn json(body: Bytes) -> Response {
    let mut response = Response::new(Body::from(body));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// One structured line per request: method, path, status and latency.
/// Headers and bodies (signatures, tokens, questions) are never logged.
async fn log_request(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    info!(%method, %path, status, micros = started.elapsed().as_micros() as u64, "request");
    response
}

/// `http`'s service failed to start or to serve. Each cause is said once.
#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    #[error("reading the application id with DISCORD_TOKEN (is the token right?): {0}")]
    Application(Box<serenity::Error>),
    #[error("registering the slash commands: {0}")]
    Register(Box<serenity::Error>),
    #[error(transparent)]
    Key(#[from] InvalidKey),
    #[error("listening on {address} (LISTEN_ADDR): {cause}")]
    Listen { address: String, cause: std::io::Error },
    #[error("serving HTTP: {0}")]
    Serve(std::io::Error),
    #[error("serialising the fixed reply: {0}")]
    Fixed(serde_json::Error),
}

/// The load test's fixed reply (`http --fixed-reply`): `tiny` (80 bytes),
/// or a typical answer, worked out once.
pub fn fixed_reply(engine: &crate::engine::Engine, kind: &str) -> Result<Bytes, EndpointError> {
    if kind == "tiny" {
        let tiny = serde_json::json!({"type": 4, "data": {"content": "ok",
            "allowed_mentions": {"parse": []}}});
        return Ok(tiny.to_string().into());
    }
    let request = request::Request::Ask {
        question: "Who reports to whom, the CIO or the CTO?",
        private: false,
    };
    let answer = super::reply::reply(engine, &request, crate::locale::Lang::ENGLISH);
    Ok(serde_json::to_vec(&answer).map_err(EndpointError::Fixed)?.into())
}

/// The endpoint, as `cio-cto-bot http` runs it (the counterpart of
/// [`super::gateway::run`]): registers the commands when a token is
/// configured, then serves `replies` on `address` until Ctrl-C or SIGTERM.
pub async fn run(
    config: &EndpointConfig,
    address: &str,
    replies: Replies,
    replays: ReplayCheck,
) -> Result<(), EndpointError> {
    if let Some(bot) = &config.bot {
        let http = super::gateway::http(bot);
        let app = http
            .get_current_application_info()
            .await
            .map_err(|e| EndpointError::Application(e.into()))?;
        http.set_application_id(app.id);
        let n = super::gateway::register_commands(&http, bot.guild_id)
            .await
            .map_err(|e| EndpointError::Register(e.into()))?;
        info!(commands = n, "registered slash commands");
    }
    if replays == ReplayCheck::Off {
        warn!("answering replayed requests (--allow-replays): for load tests only");
    }
    let router = router_with(config.public_key, replies, replays)?;
    let listener = TcpListener::bind(address)
        .await
        .map_err(|cause| EndpointError::Listen { address: address.to_owned(), cause })?;
    serve(listener, router).await.map_err(EndpointError::Serve)
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn serve(listener: TcpListener, router: Router) -> std::io::Result<()> {
    let address: Option<SocketAddr> = listener.local_addr().ok();
    if let Some(address) = address {
        info!(%address, "listening for Discord interactions on http://{address}/interactions");
    }
    axum::serve(listener, router).with_graceful_shutdown(super::gateway::shutdown_signal()).await?;
    info!("stopped");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_within_five_minutes_are_fresh() {
        let now = 1_800_000_000;
        assert!(fresh("1800000000", now));
        assert!(fresh("1799999700", now));
        assert!(fresh("1800000300", now));
        assert!(!fresh("1799999699", now), "a replay");
        assert!(!fresh("1800000301", now), "from the future");
        assert!(!fresh("", now));
        assert!(!fresh("-1", now));
        assert!(!fresh("1.8e9", now));
    }

    #[test]
    fn an_invalid_public_key_is_refused() {
        // The y-coordinate 2 is not on the curve.
        let mut key = [0u8; 32];
        key[0] = 2;
        assert!(router(key, Replies::Fixed(Bytes::new())).is_err());
    }
}
