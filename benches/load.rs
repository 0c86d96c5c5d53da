//! Load test of the HTTP interactions endpoint on loopback, with wrk.
//!
//! `cargo bench --bench load` starts the release binary as `http` (the
//! product), with its reply cache and without (`--cache 0`: every reply
//! worked out), and as `http --fixed-reply` (the bound: the same server,
//! router, middleware, signature check and request parse, but a fixed reply
//! instead of the engine's). The bound's reply is a typical answer computed
//! once at start, so both send replies of the same size and the difference
//! is the engine's work; a second bound with an 80-byte reply shows what
//! the reply's bytes cost. wrk cycles through the held-out set's 272
//! questions, each signed as Discord signs it, at 64 connections: `/ask`
//! and autocomplete (their first 1-20 characters) on the product, `/ask` on
//! the bounds. A last run has neither the cache nor the sentence model
//! (`--cache 0 --no-model`). Needs wrk (`apt install wrk`); without it this says so and
//! stops.
//!
//! With `TEST_POSTGRES_URL` set (see the README), a last run keeps the
//! store in a fresh PostgreSQL database, where every question's cooldown is
//! counted.
//!
//! Replay protection is off in these runs (`--allow-replays`): wrk cycles
//! through a fixed set of signed requests, which the product would refuse
//! as replays after their first pass.
//!
//! Each `/ask` comes from one of 272 members, and the server's cooldown is
//! set so high that none is refused: every question pays the cooldown's
//! count in the store and gets a full answer.
//!
//! Every run is preceded by `LOAD_WARMUP` seconds (default 3) of the same
//! load, unmeasured, on every server alike.
//!
//! Environment: `LOAD_BINARY` (another build of the bot to measure, for a
//! before/after pair), `LOAD_SECONDS` (default 15) per run, `LOAD_WARMUP` (3),
//! `LOAD_CONNECTIONS` (64), `LOAD_THREADS` (wrk threads, 2), `LOAD_LOCALE`
//! (the members' Discord locale, `en-US`; `de` measures German chrome).

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer as _, SigningKey};
use serde_json::{Value, json};

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The server every request comes from.
const GUILD: &str = "1300000000000000001";

/// An interaction from member `member` of the server.
fn interaction(kind: u8, data: Value, member: usize) -> Value {
    let user = json!({"id": (80_351_110_224_678_912_u64 + member as u64).to_string(),
                      "username": "ada", "discriminator": "0", "global_name": "Ada",
                      "avatar": null});
    json!({
        "id": (1_100_000_000_000_000_000_u64 + member as u64).to_string(),
        "application_id": "1000000000000000001", "type": kind,
        "token": "load-test", "version": 1, "data": data,
        "channel_id": "1200000000000000001", "guild_id": GUILD,
        "member": {"user": user, "roles": [], "joined_at": "2026-01-01T00:00:00.000000+00:00",
                   "deaf": false, "mute": false, "flags": 0, "permissions": "0"},
        "locale": locale(), "entitlements": [], "attachment_size_limit": 8388608
    })
}

/// The members' Discord locale (`LOAD_LOCALE`, default `en-US`): the reply's
/// chrome is then in that language.
fn locale() -> String {
    std::env::var("LOAD_LOCALE").unwrap_or_else(|_| "en-US".to_owned())
}

/// A free port on loopback (the server binds it right after).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_server(key: &SigningKey, port: u16, extra: &[&str], store: &str) -> Child {
    // `LOAD_BINARY` measures another build (a before/after pair) with the
    // same load.
    let binary = std::env::var("LOAD_BINARY").unwrap_or(env!("CARGO_BIN_EXE_cio-cto-bot").into());
    let mut cmd = Command::new(binary);
    // wrk replays a fixed set of signed requests, which the product refuses
    // as replays: the load runs answer them (`--allow-replays`, load tests
    // only). The check itself is one lookup in a hash set a request.
    cmd.args(["http", "--listen", &format!("127.0.0.1:{port}"), "--allow-replays"])
        .args(extra)
        .env("DATABASE_URL", store)
        .env("DISCORD_PUBLIC_KEY", hex(&key.verifying_key().to_bytes()))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null());
    let child = cmd.spawn().expect("the release binary starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start listening");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

/// What wrk measured.
#[derive(Debug, Default)]
struct Run {
    /// CPU seconds the server used during the run (Linux; 0 elsewhere).
    server_cpu: f64,
    requests_per_second: f64,
    p50: String,
    p99: String,
    requests: u64,
    errors: u64,
    /// wrk's own lines about the errors (non-2xx responses, socket
    /// connect, read, write and timeout errors), to tell them apart.
    error_lines: Vec<String>,
}

/// Runs wrk against the endpoint, cycling through `bodies`, each signed as
/// Discord would sign it (the signatures stay fresh for five minutes).
/// CPU seconds (user + system) a process has used, from `/proc` (Linux).
fn cpu_seconds(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { return 0.0 };
    // The fields after the command name, which is in parentheses: utime and
    // stime (fields 14 and 15 of the line) are 11 and 12 here, counted in
    // USER_HZ, 100 a second on Linux.
    let rest = stat.rsplit_once(')').map_or("", |(_, fields)| fields);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn wrk(
    server: u32,
    port: u16,
    key: &SigningKey,
    bodies: &[Value],
    scratch: &Path,
    name: &str,
) -> Run {
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs().to_string();
    let mut lua = String::from("local requests = {}\n");
    for body in bodies {
        let body = body.to_string();
        let signature =
            hex(&key.sign([timestamp.as_bytes(), body.as_bytes()].concat().as_slice()).to_bytes());
        lua += &format!(
            "table.insert(requests, wrk.format(\"POST\", nil, {{[\"Content-Type\"] = \"application/json\", \
             [\"X-Signature-Ed25519\"] = \"{signature}\", [\"X-Signature-Timestamp\"] = \"{timestamp}\"}}, \
             [==[{body}]==]))\n"
        );
    }
    lua += "local i = 0\nfunction request()\n  i = i % #requests + 1\n  return requests[i]\nend\n";
    let script = scratch.join(format!("{name}.lua"));
    std::fs::write(&script, lua).unwrap();
    // Every server is warmed up alike before it is measured (the product's
    // first pass fills its reply cache and runs the model once a question):
    // the runs compare steady states. The cold cost shows in the no-cache runs.
    let warmup = env("LOAD_WARMUP", 3);
    if warmup > 0 {
        let _ = Command::new("wrk")
            .args(["-t", "2", "-c", "64", "-d", &format!("{warmup}s"), "-s"])
            .arg(&script)
            .arg(format!("http://127.0.0.1:{port}/interactions"))
            .output();
    }
    let cpu_before = cpu_seconds(server);
    let output = Command::new("wrk")
        .args([
            "--latency",
            "-t",
            &env("LOAD_THREADS", 2).to_string(),
            "-c",
            &env("LOAD_CONNECTIONS", 64).to_string(),
            "-d",
            &format!("{}s", env("LOAD_SECONDS", 15)),
            "-s",
            script.to_str().unwrap(),
            &format!("http://127.0.0.1:{port}/interactions"),
        ])
        .output()
        .expect("wrk runs");
    let server_cpu = cpu_seconds(server) - cpu_before;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut run = Run { server_cpu, ..Run::default() };
    for line in BufReader::new(text.as_bytes()).lines().map_while(Result::ok) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", rps] => run.requests_per_second = rps.parse().unwrap_or(0.0),
            ["50%", latency] => run.p50 = latency.to_string(),
            ["99%", latency] => run.p99 = latency.to_string(),
            [n, "requests", "in", ..] => run.requests = n.parse().unwrap_or(0),
            ["Non-2xx", "or", "3xx", "responses:", n] => {
                run.errors += n.parse().unwrap_or(0);
                run.error_lines.push(line.trim().to_owned());
            }
            ["Socket", "errors:", rest @ ..] => {
                run.error_lines.push(line.trim().to_owned());
                run.errors += rest
                    .iter()
                    .filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok())
                    .sum::<u64>()
            }
            _ => {}
        }
    }
    if run.requests == 0 {
        eprintln!("wrk printed:\n{text}\n{}", String::from_utf8_lossy(&output.stderr));
    }
    run
}

fn main() {
    // `cargo bench` passes `--bench`; a filter that names another bench skips this one.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if !args.is_empty() && !args.iter().any(|a| "load".contains(a.as_str())) {
        return;
    }
    if Command::new("wrk").arg("--version").output().is_err() {
        eprintln!("load: wrk is not installed (Debian: apt install wrk); skipping the load test");
        return;
    }
    let key = SigningKey::from_bytes(&[42u8; 32]);
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("load");
    std::fs::create_dir_all(&scratch).unwrap();

    // Real questions, in-domain and out-of-scope, from the held-out set;
    // autocomplete sees their first 1-20 characters, as typed.
    let questions: Vec<String> = include_str!("../tests/eval/questions.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(_, q)| q.to_owned()))
        .collect();
    let ask: Vec<Value> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            interaction(
                2,
                json!({"id": "1400000000000000001", "name": "ask", "type": 1,
                "options": [{"name": "question", "type": 3, "value": q}]}),
                i,
            )
        })
        .collect();
    let suggest: Vec<Value> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let partial: String = q.chars().take(1 + i % 20).collect();
            interaction(
                4,
                json!({"id": "1400000000000000001", "name": "ask", "type": 1,
                "options": [{"name": "question", "type": 3, "value": partial, "focused": true}]}),
                i,
            )
        })
        .collect();

    // One server a configuration; each run its own wrk.
    // Each server keeps its questions in its own SQLite store (the default).
    let stored = |name: &str| -> i64 {
        let url = format!("sqlite://{}", scratch.join(format!("{name}.db")).display());
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let store = cio_cto_bot::store::Store::open(&url).await.unwrap();
            let n = store.count().await.unwrap();
            store.close().await;
            n
        })
    };
    // A server with a fresh store at `url` (SQLite unless given).
    // `LOAD_ONLY=distinct` runs only the servers whose first run's name
    // contains it (the others report zeros).
    let only = std::env::var("LOAD_ONLY").unwrap_or_default();
    let serve_on = |url: Option<&str>, extra: &[&str], runs: &[(&[Value], &str)]| -> Vec<Run> {
        let name = runs.first().map_or("server", |r| r.1);
        if !name.contains(only.as_str()) && !name.starts_with("bound") {
            return runs.iter().map(|_| Run::default()).collect();
        }
        let port = free_port();
        let db = scratch.join(format!("{name}.db"));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        let url = url.map_or_else(|| format!("sqlite://{}", db.display()), str::to_owned);
        // Every question pays the cooldown's count in the store, as on a
        // real server, but none is refused: 272 members asking thousands of
        // times a second would all be, and a "slow down" is a cheaper reply
        // than an answer.
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            let store = cio_cto_bot::store::Store::open(&url).await.unwrap();
            let unlimited = cio_cto_bot::settings::Cooldown { questions: u32::MAX, seconds: 1 };
            store.set_cooldown(GUILD, unlimited, 0).await.unwrap();
            store.close().await;
        });
        let mut server = start_server(&key, port, extra, &url);
        let results = runs
            .iter()
            .map(|(bodies, name)| wrk(server.id(), port, &key, bodies, &scratch, name))
            .collect();
        let _ = server.kill();
        let _ = server.wait();
        results
    };
    let serve = |extra: &[&str], runs: &[(&[Value], &str)]| serve_on(None, extra, runs);
    // With PostgreSQL (`TEST_POSTGRES_URL`, as the tests take it), where each
    // question's cooldown is counted in the store: a fresh database.
    let postgres = std::env::var("TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()).map(|admin| {
        let (base, _) = admin.rsplit_once('/').expect("a URL with a database name");
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            sqlx::any::install_default_drivers();
            let pool = sqlx::any::AnyPoolOptions::new().connect(&admin).await.unwrap();
            for sql in
                ["DROP DATABASE IF EXISTS cio_cto_bot_load", "CREATE DATABASE cio_cto_bot_load"]
            {
                sqlx::query(sql).execute(&pool).await.unwrap();
            }
        });
        let url = format!("{base}/cio_cto_bot_load");
        serve_on(Some(&url), &[], &[(&ask, "ask-postgres")]).remove(0)
    });
    // Distinct questions from distinct members (every interaction id
    // distinct within a cycle): every question written for the project's
    // sets, none answered from the reply cache, as when a community asks
    // new questions.
    let distinct: Vec<Value> = [
        include_str!("../tests/eval/questions.tsv"),
        include_str!("../tests/eval/fresh.tsv"),
        include_str!("../tests/eval/dev.tsv"),
        include_str!("../tests/eval/blind/first-look.tsv"),
        include_str!("../tests/eval/blind/set-c.tsv"),
    ]
    .iter()
    .flat_map(|set| set.lines())
    .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    .filter_map(|l| l.rsplit('\t').next())
    .enumerate()
    .map(|(i, q)| {
        interaction(
            2,
            json!({"id": "1400000000000000001", "name": "ask", "type": 1,
            "options": [{"name": "question", "type": 3, "value": q}]}),
            10_000 + i,
        )
    })
    .collect();
    let distinct_model = serve(&["--cache", "0"], &[(&distinct, "distinct")]).remove(0);
    let distinct_lexical =
        serve(&["--cache", "0", "--no-model"], &[(&distinct, "distinct-lexical")]).remove(0);
    let uncached =
        serve(&["--cache", "0"], &[(&ask, "ask-uncached"), (&suggest, "suggest-uncached")]);
    let cached = serve(&[], &[(&ask, "ask"), (&suggest, "suggest")]);
    // Without the sentence model, which costs milliseconds for every
    // question the lexical path declines.
    let lexical = serve(&["--cache", "0", "--no-model"], &[(&ask, "ask-lexical")]).remove(0);
    let bound_run = serve(&["--fixed-reply", "answer"], &[(&ask, "bound")]).remove(0);
    let tiny_run = serve(&["--fixed-reply", "tiny"], &[(&ask, "tiny")]).remove(0);
    let (ask_run, suggest_run) = (&cached[0], &cached[1]);

    println!(
        "load test: {} questions cycled, {} connections, {} wrk threads, {} s a run, loopback, {} cores",
        questions.len(),
        env("LOAD_CONNECTIONS", 64),
        env("LOAD_THREADS", 2),
        env("LOAD_SECONDS", 15),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{:<34} {:>12} {:>10} {:>10} {:>10} {:>8} {:>15}",
        "run", "requests/s", "p50", "p99", "requests", "errors", "server CPU/req"
    );
    for (name, run) in [
        ("/ask (engine, reply cache)", ask_run),
        ("autocomplete (engine, reply cache)", suggest_run),
        ("/ask (engine, no cache)", &uncached[0]),
        ("/ask (no model, no cache)", &lexical),
        ("autocomplete (engine, no cache)", &uncached[1]),
        ("bound: signature + fixed answer", &bound_run),
        ("bound: signature + 80-byte reply", &tiny_run),
    ]
    .into_iter()
    .chain([
        ("/ask distinct (model, no cache)", &distinct_model),
        ("/ask distinct (no model, no cache)", &distinct_lexical),
    ])
    .chain(postgres.as_ref().map(|run| ("/ask (reply cache, PostgreSQL)", run)))
    {
        let per_request = run.server_cpu * 1e6 / run.requests.max(1) as f64;
        println!(
            "{name:<34} {:>12.0} {:>10} {:>10} {:>10} {:>8} {:>12.1} µs",
            run.requests_per_second, run.p50, run.p99, run.requests, run.errors, per_request
        );
        if run.errors > 0 {
            println!("{:<34} {}", "", run.error_lines.join("; "));
        }
    }
    let rows = stored("ask");
    let seconds = env("LOAD_SECONDS", 15) + env("LOAD_WARMUP", 3);
    println!(
        "store: {rows} questions written during the cached /ask run and its warm-up, {:.0} rows/s (SQLite, batched)",
        rows as f64 / seconds as f64
    );
    if bound_run.requests_per_second > 0.0 {
        println!(
            "/ask throughput / bound throughput: {:.3} with the reply cache, the store and the cooldown (target at least 0.85), {:.3} without the cache, {:.3} without the cache and the model",
            ask_run.requests_per_second / bound_run.requests_per_second,
            uncached[0].requests_per_second / bound_run.requests_per_second,
            lexical.requests_per_second / bound_run.requests_per_second
        );
        println!(
            "distinct questions from distinct members, no cache: {:.3} of the bound with the model (target 0.8, p99 {} against 50 ms), {:.3} without (target 0.9, p99 {} against 15 ms); {} distinct questions",
            distinct_model.requests_per_second / bound_run.requests_per_second,
            distinct_model.p99,
            distinct_lexical.requests_per_second / bound_run.requests_per_second,
            distinct_lexical.p99,
            distinct.len()
        );
        if let Some(run) = &postgres {
            println!(
                "/ask with PostgreSQL (the store and every cooldown count in it) / bound: {:.3}",
                run.requests_per_second / bound_run.requests_per_second
            );
        }
    }
}
