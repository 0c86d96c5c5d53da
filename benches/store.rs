//! The store's writer: CPU a row, for 200,000 questions handed to
//! `Store::record` (paced as a busy server would, in bursts of 5,000) and
//! written to SQLite. `cargo bench --bench store`; `NOIDX=1` drops the
//! indexes first, to see what they cost.

use cio_cto_bot::store::{Outcome, Question, Store};

/// This process's user + system CPU seconds, from `/proc`.
fn cpu() -> f64 {
    let t = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = t.rsplit(')').next().unwrap().split_whitespace().collect();
    (f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap()) / 100.0
}

#[tokio::main]
async fn main() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("store-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.db");
    let path = path.display();
    for s in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path}{s}"));
    }
    let store = Store::open(&format!("sqlite://{path}")).await.unwrap();
    let n = 200_000;
    if std::env::var("NOIDX").is_ok() {
        let pool =
            sqlx::any::AnyPoolOptions::new().connect(&format!("sqlite://{path}")).await.unwrap();
        sqlx::query("DROP INDEX questions_asked_at").execute(&pool).await.unwrap();
        sqlx::query("DROP INDEX questions_guild_id").execute(&pool).await.unwrap();
        pool.close().await;
    }
    let c0 = cpu();
    let t0 = std::time::Instant::now();
    for i in 0..n {
        store.record(Question {
            asked_at: 1_800_000_000 + i,
            guild_id: Some("1300000000000000001".into()),
            channel_id: Some("1200000000000000001".into()),
            transport: "http",
            question: format!("who reprots to whom, the CIO or the CTO? {}", i % 272),
            outcome: Outcome::Answered,
            entry: Some("reporting-tension".into()),
            confidence: 0.8,
            knowledge_version: "0123456789abcdef".into(),
        });
        if i % 5000 == 0 {
            tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        }
    }
    store.close().await;
    let (c, t) = (cpu() - c0, t0.elapsed().as_secs_f64());
    println!("{n} rows: {:.2} s CPU, {:.2} s wall, {:.1} µs CPU/row", c, t, c * 1e6 / n as f64);
}
