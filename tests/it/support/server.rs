//! The real `cio-cto-bot http` over TCP, with its log, and signed requests
//! as Discord sends them: for the tests that need the process itself
//! (reloads, faults).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};

use super::{PATIENCE, Signer, unix_now};

pub struct HttpServer {
    pub child: tokio::process::Child,
    pub address: String,
    log: Arc<Mutex<Vec<String>>>,
    pub signer: Signer,
    client: reqwest::Client,
    members: std::sync::atomic::AtomicU64,
}

impl HttpServer {
    /// Starts `cio-cto-bot ARGS` (an `http … --listen 127.0.0.1:0`) with
    /// these variables only, and waits until it listens.
    pub async fn start(args: &[&str], env: &[(&str, &str)]) -> HttpServer {
        HttpServer::start_with(args, env, true).await
    }

    /// [`HttpServer::start`], then closes the reading end of its log, as
    /// `| head -2` does once it has its lines.
    pub async fn start_then_close_its_log(args: &[&str], env: &[(&str, &str)]) -> HttpServer {
        HttpServer::start_with(args, env, false).await
    }

    async fn start_with(args: &[&str], env: &[(&str, &str)], keep_reading: bool) -> HttpServer {
        let signer = Signer::new();
        let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
            .args(args)
            .current_dir(env!("CARGO_TARGET_TMPDIR"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DISCORD_PUBLIC_KEY", signer.public_hex())
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let (found, address) = tokio::sync::oneshot::channel();
        let kept = Arc::clone(&log);
        tokio::spawn(async move {
            let mut found = Some(found);
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(at) = line.find("http://")
                    && let Some(found) = found.take()
                {
                    let rest = &line[at + 7..];
                    let _ = found.send(rest[..rest.find('/').unwrap()].to_owned());
                    if !keep_reading {
                        return;
                    }
                }
                // A line a request would make the waiters scan thousands of
                // lines every 50 ms under load, stealing the server's CPU.
                if line.contains("endpoint: request ") {
                    continue;
                }
                kept.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            }
        });
        let address = tokio::time::timeout(PATIENCE, address).await.unwrap().unwrap();
        HttpServer {
            child,
            address,
            log,
            signer,
            client: reqwest::Client::new(),
            members: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Posts `interaction`, signed, as a new interaction (a new id: the
    /// endpoint refuses a replay) from a member not seen before: these
    /// tests ask more often than the cooldown lets one person.
    pub async fn post(&self, interaction: &Value) -> (u16, Value) {
        self.post_as_is(&self.someone_new(interaction.clone())).await
    }

    /// Posts `interaction` signed, unchanged.
    pub async fn post_as_is(&self, interaction: &Value) -> (u16, Value) {
        self.try_post(interaction).await.expect("the server answers")
    }

    /// [`HttpServer::post_as_is`], `None` if the server could not be
    /// reached or closed the connection.
    pub async fn try_post(&self, interaction: &Value) -> Option<(u16, Value)> {
        let body = interaction.to_string();
        let timestamp = unix_now().to_string();
        let response = self
            .client
            .post(format!("http://{}/interactions", self.address))
            .header("X-Signature-Ed25519", self.signer.sign(&timestamp, body.as_bytes()))
            .header("X-Signature-Timestamp", &timestamp)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .ok()?;
        let status = response.status().as_u16();
        Some((status, response.json().await.ok()?))
    }

    /// The interaction as a new one, from a new member.
    pub fn someone_new(&self, mut interaction: Value) -> Value {
        let n = self.members.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        interaction["member"]["user"]["id"] =
            Value::String(format!("{}", 90_000_000_000_000_000 + n));
        interaction["id"] = Value::String(format!("{}", 1_200_000_000_000_000_000 + n));
        interaction
    }

    /// `GET /healthz`'s body.
    pub async fn health(&self) -> String {
        let url = format!("http://{}/healthz", self.address);
        let response = self.client.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    }

    /// Waits until `/healthz` says `text`, for at most `patience`.
    pub async fn wait_for_health(&self, text: &str, patience: Duration) {
        let waited = tokio::time::timeout(patience, async {
            while !self.health().await.contains(text) {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
        .await;
        assert!(waited.is_ok(), "/healthz never said {text:?}: {:#?}", self.log());
    }

    /// The log so far, without the request lines (a copy: a failing
    /// assertion must not hold the lock).
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Waits until the log holds `n` lines containing `text`.
    pub async fn wait_for_log(&self, text: &str, n: usize) {
        let waited = tokio::time::timeout(PATIENCE, async {
            while self.log().iter().filter(|l| l.contains(text)).count() < n {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
        .await;
        assert!(waited.is_ok(), "no {n}× {text:?} in the log: {:#?}", self.log());
    }

    pub fn signal(&self, signal: &str) {
        let pid = self.child.id().unwrap().to_string();
        assert!(
            std::process::Command::new("kill").args([signal, &pid]).status().unwrap().success()
        );
    }

    /// SIGTERM, and whether the process then exited successfully.
    pub async fn stop(mut self) -> bool {
        self.signal("-TERM");
        let exit = tokio::time::timeout(PATIENCE, self.child.wait()).await;
        exit.expect("stops in time").unwrap().success()
    }
}
