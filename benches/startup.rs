//! Start-up and reload at scale, on the release binary: how long the HTTP
//! endpoint takes to answer `/healthz` with a large knowledge base (the
//! bundled knowledge plus synthetic entries), with and without the
//! sentence model (which joins in the background), and what the sentence
//! model costs at start and at a reload with and without its vector cache.
//!
//! `cargo bench --bench startup`. Environment: `STARTUP_ENTRIES` (default
//! 10000) for the `/healthz` runs, `STARTUP_MODEL_ENTRIES` (300) for the
//! model runs (embedding costs about 25 ms a phrasing on 2 cores without
//! the cache).

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A knowledge folder: the bundled files and `n` synthetic entries of
/// everyday words (four phrasings each), as a team's wiki might add.
fn synthetic(dir: &Path, n: usize) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    for file in std::fs::read_dir(&bundled).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, dir.join(file.file_name().unwrap())).unwrap();
    }
    let words: Vec<&str> = include_str!("../data/word-frequencies/en.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .skip(2000)
        .take(10_000)
        .collect();
    // A fixed generator (SplitMix64): the same files every run.
    let mut state = 7u64;
    let mut next = move |below: usize| {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % below as u64) as usize
    };
    let mut phrase = |k: usize| -> String {
        (0..k).map(|_| words[next(words.len())]).collect::<Vec<_>>().join(" ")
    };
    let mut out = String::from(
        "[source]\nid = \"synthetic\"\ntitle = \"Synthetic team wiki\"\npublisher = \"Load test\"\n\n",
    );
    for i in 0..n {
        let questions: Vec<String> = (0..4)
            .map(|q| {
                let text: String = phrase(5).chars().take(80).collect();
                format!("\"{text} {i} {q}?\"")
            })
            .collect();
        out += &format!(
            "[[entries]]\nid = \"syn-{i}\"\nkind = \"fact\"\nquestions = [{}]\nanswer = \"{}.\"\ntopics = [\"{}\"]\n\n",
            questions.join(", "),
            phrase(20),
            phrase(2)
        );
    }
    std::fs::write(dir.join("synthetic.toml"), out).unwrap();
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The binary serving `knowledge`, with its log lines on a channel.
fn start(
    knowledge: &Path,
    port: u16,
    extra: &[&str],
    cache: &str,
) -> (Child, mpsc::Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
        .args(extra)
        .args(["http", "--listen", &format!("127.0.0.1:{port}")])
        .env("KNOWLEDGE_DIR", knowledge)
        .env(
            "DISCORD_PUBLIC_KEY",
            "67c6bd767ca099e79efac9fcce4d2022a63bf7dea780e7f3d813f694c1597089",
        )
        .env("STORE", "off")
        .env("VECTOR_CACHE", cache)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .env_remove("DISCORD_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .expect("the release binary starts");
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

/// How long until `GET /healthz` answers 200.
fn healthz_after(started: Instant, port: u16) -> Duration {
    loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Write;
            let _ =
                stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut reply = String::new();
            let _ = stream.read_to_string(&mut reply);
            if reply.starts_with("HTTP/1.1 200") {
                return started.elapsed();
            }
        }
        assert!(started.elapsed() < Duration::from_secs(600), "never healthy");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Waits for a log line containing `text`; returns it and when it came.
fn wait_for(log: &mpsc::Receiver<String>, text: &str, started: Instant) -> (String, Duration) {
    loop {
        let line = log.recv_timeout(Duration::from_secs(1800)).expect("the log line comes");
        if line.contains(text) {
            return (line, started.elapsed());
        }
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if !args.is_empty() && !args.iter().any(|a| "startup".contains(a.as_str())) {
        return;
    }
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("startup");
    let entries = env("STARTUP_ENTRIES", 10_000);
    let big = scratch.join("big");
    synthetic(&big, entries);
    println!(
        "start-up with the bundled knowledge and {entries} synthetic entries (4 phrasings each):"
    );
    for (name, extra) in
        [("no model", &["--no-model"][..]), ("with the model (joins later)", &[][..])]
    {
        let mut times = Vec::new();
        for _ in 0..3 {
            let port = free_port();
            let started = Instant::now();
            let (child, _log) = start(&big, port, extra, "off");
            times.push(healthz_after(started, port));
            stop(child);
        }
        times.sort();
        println!(
            "  /healthz answers after {:?} (min {:?}, max {:?}) — {name}; target within 1 s",
            times[1], times[0], times[2]
        );
    }

    let model_entries = env("STARTUP_MODEL_ENTRIES", 300);
    let small = scratch.join("small");
    synthetic(&small, model_entries);
    let cache = scratch.join("vectors.bin");
    let _ = std::fs::remove_file(&cache);
    let cache = cache.to_str().unwrap().to_owned();
    println!(
        "the sentence model with the bundled knowledge and {model_entries} synthetic entries:"
    );
    for run in ["cold (no vector cache)", "restart (vector cache filled)"] {
        let port = free_port();
        let started = Instant::now();
        let (child, log) = start(&small, port, &[], &cache);
        let healthy = healthz_after(started, port);
        let (line, ready) = wait_for(&log, "sentence model ready", started);
        let embedded = line.split("embedded=").nth(1).and_then(|r| r.split_whitespace().next());
        println!(
            "  {run}: /healthz after {healthy:?}, model ready after {ready:?}, {} phrasings embedded",
            embedded.unwrap_or("?")
        );
        if run.starts_with("restart") {
            // A reload that changes one entry embeds its phrasings alone.
            let file = small.join("synthetic.toml");
            let text = std::fs::read_to_string(&file).unwrap();
            std::fs::write(
                &file,
                text.replacen("\"syn-0\"", "\"syn-changed\"", 1).replacen(
                    " 0 0?",
                    " 0 0, changed?",
                    1,
                ),
            )
            .unwrap();
            let sent = Instant::now();
            let pid = child.id().to_string();
            Command::new("kill").args(["-HUP", &pid]).status().unwrap();
            let (embedded, _) = wait_for(&log, "new phrasings", sent);
            let (line, took) = wait_for(&log, "reloaded the knowledge", sent);
            let n = embedded.split("embedded=").nth(1).and_then(|r| r.split_whitespace().next());
            println!(
                "  a reload changing one entry: {took:?} ({} phrasing(s) embedded): {}",
                n.unwrap_or("?"),
                line.split(": ").last().unwrap_or("")
            );
        }
        stop(child);
    }
}
