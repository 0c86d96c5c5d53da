//! Settings, the `.env` file and the Discord set-up commands, as a user
//! meets them on the command line.

use super::*;

#[test]
fn empty_variables_count_as_unset() {
    let empty = [
        ("KNOWLEDGE_DIR", ""),
        ("LISTEN_ADDR", ""),
        ("REPLY_CACHE", ""),
        ("DISCORD_APPLICATION_ID", ""),
        ("DISCORD_GUILD_ID", ""),
        ("DISCORD_TOKEN", ""),
    ];
    let o = bot().args(["ask", "who reports to whom?"]).envs(empty).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = bot().args(["invite"]).envs(empty).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("DISCORD_APPLICATION_ID is not set"), "{}", stderr(&o));
    // Reaches the endpoint's own checks: the empty LISTEN_ADDR and
    // REPLY_CACHE were not taken for flags without values.
    let o = bot().args(["http"]).envs(empty).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("DISCORD_PUBLIC_KEY is not set"), "{}", stderr(&o));
}

#[test]
fn dot_env_is_ignored_by_git_and_env_example_is_not() {
    let root = env!("CARGO_MANIFEST_DIR");
    let ignored = |path: &str| {
        let o = Command::new("git")
            .args(["check-ignore", "--no-index", "-q", path])
            .current_dir(root)
            .output()
            .expect("git runs");
        match o.status.code() {
            Some(0) => true,
            Some(1) => false,
            _ => panic!("git check-ignore failed: {}", stderr(&o)),
        }
    };
    for path in [".env", "cio-cto-bot.db", "data/store.db", "cio-cto-bot.db-wal"] {
        assert!(ignored(path), "{path} would be committed");
    }
    for path in [".env.example", "knowledge/cio-vs-cto-21cto.toml", "src/main.rs"] {
        assert!(!ignored(path), "{path} is ignored");
    }
}

#[test]
fn run_without_a_token_says_which_variable_to_set() {
    let o = run(&["run"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("DISCORD_TOKEN is not set"), "{err}");
    assert!(err.contains("developer portal"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[test]
fn bad_settings_are_one_line_errors_naming_the_variable() {
    let token = "MTAwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.fake-token-for-tests-only-0123456789";
    let cases = [
        (vec![("DISCORD_TOKEN", "not a token")], "DISCORD_TOKEN is malformed"),
        (
            vec![("DISCORD_TOKEN", token), ("DISCORD_GUILD_ID", "my-server")],
            "DISCORD_GUILD_ID must be",
        ),
    ];
    for (vars, expected) in cases {
        let o = bot().arg("run").envs(vars).output().unwrap();
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains(expected), "{err}");
        assert!(!err.contains("fake-token"), "the token is never printed: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn a_malformed_env_file_is_an_error_that_hides_its_values() {
    let dir = scratch("malformed-env");
    for (text, line) in [
        ("DISCORD_TOKEN='secret-value\nOTHER=1\n", 1),
        ("# bot\nDISCORD_TOKEN=MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.s3cr3t v4lue\n", 2),
        ("A=1\nDISCORD_TOKEN=MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.s3cr3t\\v4lue\n", 2),
    ] {
        std::fs::write(dir.join(".env"), text).unwrap();
        let o = bot_in(&dir).args(["run"]).output().unwrap();
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains(".env is malformed"), "{err}");
        assert!(err.contains(&format!("line {line}")) && err.contains("DISCORD_TOKEN"), "{err}");
        for secret in ["secret", "s3cr3t", "MTA0", "GaBcDe", "v4lue"] {
            assert!(!err.contains(secret), "{err}");
        }
    }
}

/// A malformed `.env` stops only the commands that need its values: help
/// and the local commands go on, with a warning naming the line.
#[test]
fn a_malformed_env_file_stops_only_the_commands_that_need_it() {
    let dir = scratch("malformed-env-local");
    std::fs::write(dir.join(".env"), "A=1\nDISCORD_TOKEN='unterminated\n").unwrap();
    let help = bot_in(&dir).args(["--help"]).output().unwrap();
    assert_eq!(help.status.code(), Some(0), "{}", stderr(&help));
    assert!(stdout(&help).contains("Usage"));
    let ask =
        bot_in(&dir).args(["--no-model", "ask", "what does CIO stand for?"]).output().unwrap();
    assert_eq!(ask.status.code(), Some(0), "{}", stderr(&ask));
    assert!(stdout(&ask).contains("Chief Information Officer"), "{}", stdout(&ask));
    let warned = stderr(&ask);
    assert!(warned.contains("going on without .env") && warned.contains("line 2"), "{warned}");
    for command in [vec!["run"], vec!["http"], vec!["gaps"], vec![]] {
        let o = bot_in(&dir).args(&command).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{command:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(".env is malformed"), "{command:?}: {}", stderr(&o));
    }
}

/// dotenv replaces an unquoted `$NAME` by that variable: the bot says so,
/// naming the line and variable (never the value); single quotes keep it.
#[test]
fn a_dollar_in_an_env_value_is_pointed_out() {
    let dir = scratch("dollar-env");
    std::fs::write(dir.join(".env"), "DISCORD_APPLICATION_ID=123$FOO\n").unwrap();
    let o = bot_in(&dir).args(["invite"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("client_id=123&"), "expanded as dotenv does: {}", stdout(&o));
    let warned = stderr(&o);
    assert!(
        warned.contains(".env line 1, `DISCORD_APPLICATION_ID`")
            && warned.contains("single quotes"),
        "{warned}"
    );
    assert!(!warned.contains("123"), "{warned}");
    std::fs::write(dir.join(".env"), "DISCORD_APPLICATION_ID='123$FOO'\n").unwrap();
    let o = bot_in(&dir).args(["invite"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "literal, and so not a number");
    assert!(stderr(&o).contains("DISCORD_APPLICATION_ID must be"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("single quotes"), "{}", stderr(&o));
}

#[test]
fn a_retention_of_zero_days_is_refused() {
    let token = "MTAwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.fake-token-for-tests-only-0123456789";
    let o = bot().args(["run"]).env("DISCORD_TOKEN", token).env("RETENTION_DAYS", "0").output();
    let o = o.unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("RETENTION_DAYS=0") && err.contains("STORE=off"), "{err}");
}

#[test]
fn an_env_file_is_read_and_a_missing_one_is_fine() {
    let dir = scratch("good-env");
    let knowledge = concat!(env!("CARGO_MANIFEST_DIR"), "/knowledge");
    std::fs::write(dir.join(".env"), format!("KNOWLEDGE_DIR={knowledge}\n")).unwrap();
    let o = bot_in(&dir).args(["check"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains(knowledge), "{}", stdout(&o));
    let o = run(&["check"]);
    assert!(stdout(&o).starts_with("bundled knowledge: valid"), "{}", stdout(&o));
}

#[test]
fn commands_prints_the_registered_json() {
    let o = run(&["commands"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let names: Vec<&str> =
        v.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "ask",
            "quote",
            "stats",
            "compare",
            "topics",
            "sources",
            "help",
            "learn",
            "quiz",
            "kb",
            "settings",
            "Answer from the article"
        ]
    );
}

#[test]
fn invite_prints_the_url_with_both_scopes() {
    let o = run(&["invite", "--application-id", "1000000000000000001"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim(),
        "https://discord.com/oauth2/authorize?client_id=1000000000000000001&scope=bot%20applications.commands"
    );
    let o = run(&["invite"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("DISCORD_APPLICATION_ID"), "{}", stderr(&o));
}

#[test]
fn a_copy_of_env_example_works_as_it_is() {
    let dir = scratch("env-example");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/.env.example");
    std::fs::copy(example, dir.join(".env")).unwrap();
    let o = bot_in(&dir).args(["ask", "who reports to whom?"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = bot_in(&dir).arg("run").output().unwrap();
    assert!(stderr(&o).contains("DISCORD_TOKEN is not set"), "{}", stderr(&o));
}
