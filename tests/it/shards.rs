//! Shards against the fake Discord: `run --shards 2` (and `auto`, from
//! Discord's recommendation) runs two shards in one process, and two
//! processes with `--shard-range` run one each; every shard identifies with
//! its number, and each answers the interactions of its own servers (the
//! fake routes each server's events to its shard's connection, as Discord
//! does).

use super::support;

use serde_json::{Value, json};
use support::*;

/// Each server's `/ask`, sent to the shard that serves it, is answered.
async fn both_servers_are_answered(fake: &FakeDiscord) {
    for guild in [GUILD_ID, GUILD_ON_SHARD_1] {
        let mut question = ask(fake.next_id(), "how many people did transposit survey?");
        question["guild_id"] = json!(guild);
        let body = fake.interact(question).await;
        assert_valid_callback(&body);
        assert_eq!(
            body["data"]["embeds"][0]["title"], "How many CIOs and CTOs were surveyed?",
            "{guild}"
        );
    }
}

/// The process's resident memory, in MB (from `/proc`), for the README's
/// memory-per-shard figures (`cargo test --test shards -- --nocapture`).
fn resident_mb(bot: &tokio::process::Child) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", bot.id().unwrap())).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<f64>().unwrap() / 1024.0
}

fn identified_shards(fake: &FakeDiscord) -> Vec<Value> {
    let mut shards: Vec<Value> = fake
        .received()
        .into_iter()
        .filter(|f| f["op"] == 2)
        .map(|f| f["d"]["shard"].clone())
        .collect();
    shards.sort_by_key(|s| s[0].as_u64());
    shards
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_shards_in_one_process_each_answer_their_servers() {
    let env = [("STORE", "off")];
    let one = FakeDiscord::start().await;
    let single = start_bot_running(&one.api_base, Some(GUILD_ID), "warn", &env, &["--no-model"]);
    one.wait_for_shards(1).await;
    assert_eq!(identified_shards(&one), [json!([0, 1])]);
    let mut memory = vec![("1 shard", resident_mb(&single))];
    for shards in ["2", "auto"] {
        let fake = FakeDiscord::start().await;
        let args = ["--no-model", "--shards", shards];
        let bot = start_bot_running(&fake.api_base, Some(GUILD_ID), "warn", &env, &args);
        fake.wait_for_shards(2).await;
        assert_eq!(identified_shards(&fake), [json!([0, 2]), json!([1, 2])], "--shards {shards}");
        both_servers_are_answered(&fake).await;
        memory.push(("2 shards", resident_mb(&bot)));
    }
    eprintln!("resident memory with --no-model, after answering: {memory:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_split_the_shards_with_shard_range() {
    let fake = FakeDiscord::start().await;
    let env = [("STORE", "off")];
    let run = |range: &str| {
        let args = ["--shards", "2", "--shard-range", range];
        start_bot_running(&fake.api_base, Some(GUILD_ID), "warn", &env, &args)
    };
    let (first, second) = (run("0..1"), run("1..2"));
    fake.wait_for_shards(2).await;
    assert_eq!(identified_shards(&fake), [json!([0, 2]), json!([1, 2])]);
    both_servers_are_answered(&fake).await;
    eprintln!(
        "resident memory a process, one shard each, with the model: {:.1} MB and {:.1} MB",
        resident_mb(&first),
        resident_mb(&second)
    );
}
