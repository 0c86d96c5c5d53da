//! Live reload of the knowledge, on the real `http` binary over TCP with
//! signed requests: the folder watcher and SIGHUP pick up a good file, a
//! broken file keeps the last good knowledge serving (and /healthz ok), a
//! button made before a reload answers or says its entry is gone, and
//! reloading 20 times under 64 connections drops no request.

use super::support;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use support::server::HttpServer;
use support::*;

/// A knowledge folder holding the bundled files.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["cio-vs-cto-21cto.toml", "synonyms.toml", "paths.toml"] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge").join(file);
        std::fs::copy(from, dir.join(file)).unwrap();
    }
    dir
}

/// A team's file with one entry, answering `question` with `answer`.
fn team_file(question: &str, answer: &str) -> String {
    format!(
        "[source]\nid = \"team-wiki\"\ntitle = \"Our team wiki\"\npublisher = \"Platform team\"\n\n\
         [[entries]]\nid = \"oncall\"\nkind = \"fact\"\n\
         questions = [\"{question}\", \"Who is on call this week?\", \"How does the on-call rotation work?\"]\n\
         answer = \"{answer}\"\ntopics = [\"on-call\", \"rotation\"]\n"
    )
}

/// The `http` binary answering from a knowledge folder, keeping nothing.
struct Server(HttpServer);

impl std::ops::Deref for Server {
    type Target = HttpServer;
    fn deref(&self) -> &HttpServer {
        &self.0
    }
}

impl Server {
    async fn start(knowledge: &Path) -> Server {
        let args = ["--no-model", "http", "--listen", "127.0.0.1:0"];
        let knowledge = knowledge.to_str().unwrap();
        Server(HttpServer::start(&args, &[("KNOWLEDGE_DIR", knowledge), ("STORE", "off")]).await)
    }

    async fn title(&self, question: &str) -> String {
        let (status, reply) = self.post(&ask("1100000000000000001".into(), question)).await;
        assert_eq!(status, 200);
        assert_valid_callback(&reply);
        reply["data"]["embeds"][0]["title"].as_str().unwrap_or_default().to_owned()
    }

    /// Waits until `question`'s reply has `field` (title or description)
    /// `expected`.
    async fn eventually(&self, question: &str, field: &str, expected: &str) {
        let waited = tokio::time::timeout(PATIENCE, async {
            loop {
                let (_, reply) = self.post(&ask("1100000000000000004".into(), question)).await;
                if reply["data"]["embeds"][0][field] == expected {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
        .await;
        assert!(waited.is_ok(), "{field} never became {expected:?}: {:#?}", self.log());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_watcher_and_sighup_reload_and_a_broken_file_keeps_the_last_good() {
    let dir = folder("reload-folder");
    let server = Server::start(&dir).await;
    let question = "What is the platform team's on-call rotation?";
    assert_eq!(server.title(question).await, "No sourced answer");

    // A team drops a file in: the watcher reloads.
    std::fs::write(dir.join("team.toml"), team_file(question, "Weekly, Monday to Monday."))
        .unwrap();
    server.eventually(question, "title", question).await;
    let (_, reply) = server.post(&ask("1100000000000000002".into(), question)).await;
    let button = format!("ask:{}", "oncall");
    assert!(
        reply["data"]["embeds"][0]["fields"][1]["value"]
            .as_str()
            .unwrap()
            .contains("Our team wiki")
    );

    // A broken file: the last good knowledge keeps serving, the problem is
    // logged with file, line and column, and /healthz stays ok.
    std::fs::write(dir.join("broken.toml"), "[[entries]]\nid = \"x\"\ncolour = 1\n").unwrap();
    server.wait_for_log("the last good knowledge keeps serving", 1).await;
    let log = server.log();
    assert!(
        log.iter().any(|l| l.contains("broken.toml:3:1: in `x`: unknown field `colour`")),
        "{log:#?}"
    );
    assert_eq!(server.title(question).await, question);
    let health = reqwest::get(format!("http://{}/healthz", server.address)).await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    assert!(health.text().await.unwrap().starts_with("ok\n"));
    std::fs::remove_file(dir.join("broken.toml")).unwrap();
    server.wait_for_log("reloaded the knowledge", 2).await;

    // SIGHUP reloads on request: the entry is gone, and its button, made
    // before, says so.
    std::fs::remove_file(dir.join("team.toml")).unwrap();
    server.signal("-HUP");
    server.wait_for_log("SIGHUP: reloading the knowledge", 1).await;
    server.eventually(question, "title", "No sourced answer").await;
    let (status, clicked) = server.post(&click("1100000000000000003".into(), &button)).await;
    assert_eq!(status, 200);
    assert_valid_callback(&clicked);
    assert_eq!(clicked["data"]["embeds"][0]["title"], "That question is gone");
}

/// 64 connections keep asking while the knowledge is reloaded 20 times:
/// every request is answered, with the old knowledge or the new.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloading_under_load_drops_no_request() {
    let dir = folder("reload-load");
    let server = Arc::new(Server::start(&dir).await);
    let question = "What is the platform team's on-call rotation?";
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..64)
        .map(|n| {
            let (server, stop) = (Arc::clone(&server), Arc::clone(&stop));
            tokio::spawn(async move {
                let (mut ok, mut failed) = (0u32, Vec::new());
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let (status, reply) =
                        server.post(&ask(format!("11000000000000{n:05}"), question)).await;
                    let title = reply["data"]["embeds"][0]["title"].as_str().unwrap_or_default();
                    if status == 200 && (title == question || title == "No sourced answer") {
                        ok += 1;
                    } else {
                        failed.push((status, reply));
                    }
                }
                (ok, failed)
            })
        })
        .collect();
    for round in 1..=20 {
        let answer = format!("Weekly, round {round}.");
        std::fs::write(dir.join("team.toml"), team_file(question, &answer)).unwrap();
        server.signal("-HUP");
        server.wait_for_log("SIGHUP: reloading the knowledge", round).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.eventually(question, "description", "Weekly, round 20.").await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut ok, mut failed) = (0, Vec::new());
    for client in clients {
        let (o, f) = client.await.unwrap();
        ok += o;
        failed.extend(f);
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed: {:?}",
        failed.len(),
        ok + failed.len() as u32,
        &failed[..1]
    );
    assert!(ok > 64, "{ok}");
    let swaps = server.log().iter().filter(|l| l.contains("entries=")).count();
    assert!(swaps >= 2, "the knowledge was swapped under load: {swaps}");
}
