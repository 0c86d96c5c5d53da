//! The command line as a user runs it: the real binary, its output and its
//! exit codes. Asking, the console, the store's commands and the games here;
//! the knowledge's commands in `knowledge`, settings and Discord set-up in
//! `setup`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

mod knowledge;
mod setup;

/// The binary, in a scratch working directory (no developer `.env`) and
/// without the developer's Discord settings or vector cache.
fn bot() -> Command {
    bot_in(&scratch_once("cli-cwd"))
}

fn bot_in(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"));
    cmd.current_dir(dir);
    for var in [
        "DISCORD_TOKEN",
        "KNOWLEDGE_DIR",
        "DISCORD_GUILD_ID",
        "DISCORD_APPLICATION_ID",
        "DISCORD_PUBLIC_KEY",
        "DISCORD_API_BASE",
        "RUST_LOG",
        "DATABASE_URL",
        "STORE",
        "RETENTION_DAYS",
    ] {
        cmd.env_remove(var);
    }
    // Not the developer's vector cache: a test that wants one names its own.
    cmd.env("VECTOR_CACHE", "off");
    cmd
}

fn scratch_once(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    bot().args(args).output().expect("the binary runs")
}

fn run_with_input(args: &[&str], input: &str) -> Output {
    let mut child = bot()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch folder under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let _ = std::fs::remove_dir_all(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name));
    scratch_once(name)
}

#[test]
fn ask_answers_with_attribution_and_source_and_exits_0() {
    let o = run(&["ask", "how many people answered the transposit survey?"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("415 CIOs and CTOs"), "{out}");
    assert!(out.contains("Who:    Transposit survey of 415 CIOs and CTOs"), "{out}");
    assert!(out.contains("Source: “CIO vs CTO"), "{out}");
}

#[test]
fn ask_declines_out_of_scope_with_three_nearest_questions_and_exits_1() {
    let o = run(&["ask", "what is the best pizza in Naples?"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("I don't have a sourced answer"), "{out}");
    assert_eq!(out.lines().filter(|l| l.starts_with("  - ")).count(), 3, "{out}");
}

/// The sentence model is compiled in: a paraphrase the lexical path
/// declines is answered with it, and declined with `--no-model`.
#[test]
fn ask_reads_by_meaning_unless_told_not_to() {
    let question = "How does the piece suggest tearing down isolated pockets of data?";
    let with = run(&["ask", "--json", question]);
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
    let v: serde_json::Value = serde_json::from_str(&stdout(&with)).unwrap();
    assert_eq!(v["entry"], "partnership-practices");
    assert_eq!(v["by_meaning"], true);
    let without = run(&["--no-model", "ask", "--json", question]);
    assert_eq!(without.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&without)).unwrap();
    assert_eq!((v["answered"].as_bool(), v["by_meaning"].as_bool()), (Some(false), Some(false)));
}

/// `--explain` shows how each word was read, the lexical ranking with
/// the gate's verdict on each entry (why it was passed over), and, with
/// the model, the entries nearest in meaning, marked when they give
/// the kind of answer asked; without the model, no such section.
#[test]
fn ask_explain_shows_the_words_the_ranking_and_the_nearest_in_meaning() {
    let question = "What tips help the two tech bosses work well as a pair?";
    let with = run(&["ask", "--explain", question]);
    let out = stdout(&with);
    assert!(out.contains("How the question was read:"), "{out}");
    assert!(
        out.contains("Top entries (answer threshold 0.40, or 0.32 leading the next by 0.10)"),
        "{out}"
    );
    let ranked = out.split("Top entries").nth(1).unwrap_or_default();
    let ranked: Vec<&str> =
        ranked.lines().skip(1).take_while(|l| !l.contains("by meaning")).collect();
    assert_eq!(ranked.len(), 10, "an entry and its verdict, five times: {out}");
    for verdict in ranked.iter().skip(1).step_by(2) {
        let verdict = verdict.trim();
        assert!(verdict == "gives what is asked" || verdict.starts_with("passed over: "), "{out}");
    }
    let section = out.split("Nearest by meaning").nth(1).expect("a section by meaning");
    let first = section.lines().nth(1).unwrap_or_default();
    assert!(first.contains("* partnership-practices"), "{section}");
    assert_eq!(section.lines().filter(|l| l.contains(" via ")).count(), 5, "{section}");
    let without = stdout(&run(&["--no-model", "ask", "--explain", question]));
    assert!(
        without.contains("Top entries") && !without.contains("Nearest by meaning"),
        "{without}"
    );
}

/// A one-shot `ask` keeps the phrasings' vectors in the vector cache the
/// services use: the first run embeds them and writes the file, the next
/// embeds none and answers the same; a damaged file is ignored, rewritten,
/// and never stops an answer.
#[test]
fn ask_keeps_the_phrasings_vectors_in_the_vector_cache() {
    let dir = scratch("cli-vector-cache");
    let file = dir.join("vectors.bin");
    let question = "covid made everyone go hard on digital stuff, true or cap?";
    let ask = || {
        let out = bot()
            .args(["ask", "--json", question])
            .env("VECTOR_CACHE", &file)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .output()
            .expect("the binary runs");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let embedded = (stderr(&out).lines())
            .find(|l| l.contains("sentence model ready"))
            .and_then(|l| l.split("embedded=").nth(1))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no model line in {}", stderr(&out)));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        (embedded, v["entry"].as_str().map(str::to_owned))
    };
    let (first, answer) = ask();
    assert!(first > 100, "the first run embeds every phrasing, not {first}");
    assert!(std::fs::metadata(&file).is_ok_and(|m| m.len() > 0), "the cache file is written");
    assert_eq!(ask(), (0, answer.clone()), "the second run embeds nothing");
    std::fs::write(&file, b"ccbvec01 but then garbage").unwrap();
    assert_eq!(ask(), (first, answer), "a damaged cache is ignored");
    assert_eq!(ask().0, 0, "and rewritten");
}

/// `ask` with a PostgreSQL store that does not answer: the answer comes at
/// once, and only then does keeping the question wait for the store (one
/// attempt, a few seconds), after which the bot says it was not kept.
#[test]
fn ask_answers_before_it_waits_for_a_store_that_does_not_answer() {
    use std::io::BufRead;
    // Accepts connections (the kernel does, into its backlog) and never
    // says a word: a database that hangs.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("postgres://postgres@{}/db", silent.local_addr().unwrap());
    let mut child = bot()
        .args(["--no-model", "ask", "what does CIO stand for?"])
        .env("DATABASE_URL", &url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("What does CIO stand for?"), "{first}");
    assert!(child.try_wait().unwrap().is_none(), "answered while the store is still awaited");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(err.contains("were not recorded") || err.contains("unreachable"), "{err}");
}

/// `forget --guild` removes a server's questions from the store the
/// environment names, and only theirs.
#[test]
fn forget_removes_a_servers_questions() {
    use cio_cto_bot::store::{Outcome, Question, Store};
    let dir = scratch("forget");
    let url = format!("sqlite://{}", dir.join("questions.db").display());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let question = |guild: &str| Question {
        asked_at: 1_800_000_000,
        guild_id: Some(guild.to_owned()),
        channel_id: None,
        transport: "http",
        question: "who reports to whom?".to_owned(),
        outcome: Outcome::Answered,
        entry: Some("reporting-tension".to_owned()),
        confidence: 0.8,
        knowledge_version: "v".to_owned(),
    };
    runtime.block_on(async {
        let store = Store::open(&url).await.unwrap();
        for guild in ["111", "111", "222"] {
            store.record(question(guild));
        }
        store.close().await;
    });
    let out = bot().args(["forget", "--guild", "111"]).env("DATABASE_URL", &url).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "removed 2 questions, 0 votes, 0 quiz answers, 0 quiz scores and 0 settings rows of server 111"
    );
    let left = runtime.block_on(async {
        let store = Store::open(&url).await.unwrap();
        let rows = store.questions().await.unwrap();
        store.close().await;
        rows
    });
    assert_eq!(left, [question("222")]);
    let bad = bot().args(["forget", "--guild", "x"]).env("DATABASE_URL", &url).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let off = bot().args(["forget", "--guild", "111"]).env("STORE", "off").output().unwrap();
    assert!(stderr(&off).contains("STORE=off"), "{}", stderr(&off));
}

/// `gaps --json` lists the declined questions, near-duplicates grouped with
/// their count and nearest entries, and the entries nobody asked.
#[test]
fn gaps_lists_declined_questions_and_unasked_entries() {
    use cio_cto_bot::store::{Outcome, Question, Store};
    let dir = scratch("gaps");
    let url = format!("sqlite://{}", dir.join("questions.db").display());
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
        as i64;
    let question = |text: &str, entry: Option<&str>, age_days: i64| Question {
        asked_at: now - age_days * 86_400,
        guild_id: Some("111".to_owned()),
        channel_id: None,
        transport: "gateway",
        question: text.to_owned(),
        outcome: if entry.is_some() { Outcome::Answered } else { Outcome::Declined },
        entry: entry.map(str::to_owned),
        confidence: 0.5,
        knowledge_version: "v".to_owned(),
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = Store::open(&url).await.unwrap();
        for q in [
            question("What does a CFO earn?", None, 0),
            question("what does a cfo earn", None, 1),
            question("who reports to whom?", Some("reporting-tension"), 0),
            question("How big is Nutanix?", None, 40),
        ] {
            store.record(q);
        }
        store.close().await;
    });
    let out =
        bot().args(["gaps", "--json", "--since", "30"]).env("DATABASE_URL", &url).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let declined = v["declined"].as_array().unwrap();
    assert_eq!(declined.len(), 1, "the 40-day-old question is outside --since 30: {v}");
    assert_eq!(declined[0]["question"], "What does a CFO earn?");
    assert_eq!(declined[0]["count"], 2);
    assert_eq!(declined[0]["nearest"].as_array().unwrap().len(), 3);
    let unasked: Vec<&str> =
        v["unasked"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert!(!unasked.contains(&"reporting-tension") && unasked.contains(&"acronyms"));
    let text = bot().args(["gaps"]).env("DATABASE_URL", &url).output().unwrap();
    assert!(stdout(&text).contains("How big is Nutanix?"), "{}", stdout(&text));
    // The chart /kb stats shows, written locally.
    let chart = dir.join("chart.png");
    let out =
        bot().args(["gaps", "--chart"]).arg(&chart).env("DATABASE_URL", &url).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(super::support::png_size(&std::fs::read(&chart).unwrap()), (800, 400));
}

/// `ask` and `console` keep questions only when `DATABASE_URL` is set
/// (trying the bot leaves no database behind); `gaps --propose` turns the
/// declined ones into a draft that `check` refuses until it is filled in.
#[test]
fn ask_and_console_keep_questions_only_when_told_and_gaps_drafts_entries() {
    use cio_cto_bot::store::Store;
    let dir = scratch("propose");
    let out = bot_in(&dir).args(["--no-model", "ask", "what does a CFO earn?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "declined");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "no DATABASE_URL, no file");

    let url = format!("sqlite://{}", dir.join("questions.db").display());
    let ask = |question: &str| {
        bot_in(&dir)
            .args(["--no-model", "ask", question])
            .env("DATABASE_URL", &url)
            .output()
            .unwrap()
    };
    ask("what does a CFO earn?");
    ask("who reprots to whom?");
    let mut console = bot_in(&dir)
        .args(["--no-model", "console"])
        .env("DATABASE_URL", &url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    console.stdin.take().unwrap().write_all(b"help\nhow big is Nutanix's IT team?\n").unwrap();
    assert!(console.wait_with_output().unwrap().status.success());
    let rows = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = Store::open(&url).await.unwrap();
        let rows = store.questions().await.unwrap();
        store.close().await;
        rows
    });
    let kept: Vec<(&str, &str, Option<&str>)> =
        rows.iter().map(|r| (r.transport, r.question.as_str(), r.entry.as_deref())).collect();
    assert_eq!(
        kept,
        [
            ("cli", "what does a CFO earn?", None),
            ("cli", "who reprots to whom?", Some("reporting-tension")),
            ("console", "how big is Nutanix's IT team?", None),
        ]
    );

    let draft = dir.join("draft.toml");
    let out = bot_in(&dir)
        .args(["gaps", "--propose", draft.to_str().unwrap()])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("2 declined questions"), "{}", stdout(&out));
    let text = std::fs::read_to_string(&draft).unwrap();
    assert!(text.contains("questions = [\"what does a CFO earn?\", \"\", \"\"]"), "{text}");
    assert!(text.contains("# [[phrasings]]"), "{text}");

    // Beside the bundled knowledge, the draft fails `check` as written...
    let knowledge = dir.join("knowledge");
    std::fs::create_dir_all(&knowledge).unwrap();
    for file in ["cio-vs-cto-21cto.toml", "synonyms.toml"] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge").join(file);
        std::fs::copy(from, knowledge.join(file)).unwrap();
    }
    std::fs::write(knowledge.join("zz-draft.toml"), &text).unwrap();
    let check = bot_in(&dir).args(["--knowledge", knowledge.to_str().unwrap(), "check"]).output();
    let check = check.unwrap();
    let said = format!("{}{}", stdout(&check), stderr(&check));
    assert_eq!(check.status.code(), Some(2), "{said}");
    assert!(
        said.contains("zz-draft.toml:32:10: in `draft-what-does-a-cfo-earn`: `answer` is empty")
    );
    // ...and passes once a curator has filled it in.
    let filled = text
        .replace("\"\", \"\"]", "\"and again?\", \"once more?\"]")
        .replace("answer = \"\"", "answer = \"The curator's answer.\"")
        .replace("topics = [\"\"]", "topics = [\"pay\"]")
        .replace("id = \"\"", "id = \"team-wiki\"")
        .replace("title = \"\"", "title = \"Team wiki\"")
        .replace("publisher = \"\"", "publisher = \"Us\"");
    std::fs::write(knowledge.join("zz-draft.toml"), filled).unwrap();
    let check = bot_in(&dir).args(["--knowledge", knowledge.to_str().unwrap(), "check"]).output();
    let check = check.unwrap();
    assert_eq!(check.status.code(), Some(0), "{}{}", stdout(&check), stderr(&check));
}

/// `learn` lists the paths; `--markdown` prints one as a page whose every
/// step names its source; an unknown path is a one-line error.
#[test]
fn learn_prints_the_path_as_a_markdown_page() {
    let list = run(&["learn"]);
    assert_eq!(list.status.code(), Some(0));
    assert!(stdout(&list).starts_with("new-engineering-manager  "), "{}", stdout(&list));
    let page = run(&["learn", "--path", "new-engineering-manager", "--markdown"]);
    assert_eq!(page.status.code(), Some(0));
    let page = stdout(&page);
    let steps = page.matches("\n## Step ").count();
    assert_eq!(steps, 20);
    assert_eq!(page.matches("\n*Source:* ").count(), steps, "{page}");
    let unknown = run(&["learn", "--path", "nope", "--markdown"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("new-engineering-manager"), "{}", stderr(&unknown));
}

/// `quiz` plays in the terminal from piped answers; the same seed asks the
/// same questions; an unknown topic is a one-line error.
#[test]
fn quiz_plays_in_the_terminal() {
    let play = || run_with_input(&["quiz", "--topic", "roles", "--seed", "42"], "1\n2\n");
    let (a, b) = (play(), play());
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b), "the same seed, the same questions");
    let out = stdout(&a);
    assert!(out.contains("Question 1: Which role does the article describe this way: "), "{out}");
    let prompts = out.lines().filter(|l| l.starts_with("Question "));
    assert!(prompts.clone().count() >= 2 && prompts.clone().all(|p| !p.contains('“')), "{out}");
    assert_eq!(out.matches("Source: ").count(), 2, "{out}");
    assert!(out.trim_end().ends_with("right."), "{out}");
    let bad = run_with_input(&["quiz", "--topic", "cheese"], "");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("any, figures, people, roles, facts"), "{}", stderr(&bad));
}

#[test]
fn ask_json_prints_the_stable_object() {
    let o = run(&["ask", "--json", "Who is Wendy Pfeiffer?"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("one JSON object");
    assert_eq!(v["question"], "Who is Wendy Pfeiffer?");
    assert_eq!(v["answered"], true);
    assert_eq!(v["entry"], "person/wendy-pfeiffer");
    assert!(v["source"].as_str().unwrap().starts_with("Wendy Pfeiffer, CIO, Nutanix — "));
    assert!(v["confidence"].as_f64().unwrap() > 0.5);
    assert!(v["suggestions"].is_array());
}

#[test]
fn ask_json_reads_standard_input_one_object_a_line_in_order() {
    let input = "who reports to whom?\r\nwhat's the weather?\n\n   \n86%\n🙂";
    let questions = ["who reports to whom?", "what's the weather?", "86%", "🙂"];
    let o = run_with_input(&["ask", "--json"], input);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), questions.len(), "blank lines are skipped: {out}");
    for (line, question) in lines.iter().zip(questions) {
        assert_eq!(line["question"], question);
    }
    assert_eq!(lines[0]["entry"], "reporting-tension");
    assert_eq!(lines[1]["answered"], false);
    assert_eq!(lines[2]["entry"], "survey-ctos-with-cio");
}

#[test]
fn ask_json_gives_a_line_that_is_not_utf8_an_error_object_and_goes_on() {
    let mut child = bot()
        .args(["ask", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"who reports to whom?\nabc \xff\xfe\n86%\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> =
        stdout(&o).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["entry"], "reporting-tension");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["answered"], false);
    assert!(lines[1]["error"].as_str().unwrap().contains("not valid UTF-8"), "{}", lines[1]);
    assert_eq!(lines[2]["entry"], "survey-ctos-with-cio");
}

/// Standard output is a pipe whose reader is already gone, as with
/// `| head -1` once head has its line.
fn with_closed_stdout(args: &[&str], input: &[u8]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut child = bot()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may stop reading once it cannot write.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_output_quietly_and_successfully() {
    let many = "who reports to whom?\n".repeat(2000);
    for (args, input) in [
        (&["suggest", ""][..], &b""[..]),
        (&["ask", "--json"][..], many.as_bytes()),
        (&["ask", "what is a cto"][..], &b""[..]),
        (&["check"][..], &b""[..]),
    ] {
        let o = with_closed_stdout(args, input);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[test]
fn a_question_need_not_be_quoted() {
    let o = run(&["ask", "what", "is", "a", "cio"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("What is a CIO?"), "{}", stdout(&o));
    let o = run(&["ask", "--json", "what", "is", "a", "cio"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["question"], "what is a cio");
    let o = run(&["suggest", "who", "reports"]);
    assert!(stdout(&o).contains("report"), "{}", stdout(&o));
}

#[test]
fn suggest_lists_at_most_25_questions_best_first() {
    let o = run(&["suggest", "cio"]);
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    assert!(!lines.is_empty() && lines.len() <= 25, "{lines:?}");
    assert!(lines.iter().all(|l| l.chars().count() <= 100));
    let o = run(&["suggest", "who rep"]);
    assert!(stdout(&o).lines().next().unwrap().contains("report"), "{}", stdout(&o));
}

#[test]
fn the_console_answers_lines_from_standard_input_without_a_token() {
    let o = run_with_input(&[], "who reports to whom?\n\nwhat does a CFO do?\nquit\n86%\n");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Many organizations report tension"), "{out}");
    assert!(out.contains("I don't have a sourced answer"), "a blank line does not quit: {out}");
    assert!(!out.contains("86%"), "`quit` quits: {out}");
}

#[test]
fn eval_prints_both_matchers_figures() {
    let set = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval/dev.tsv");
    let o = run(&["eval", set]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("cio-cto-bot") && out.contains("baseline"), "{out}");
}

/// A style such as `practical` holds questions to answer and questions to
/// decline; `eval` gives each its own figure.
#[test]
fn eval_splits_each_style_into_answerable_and_must_decline() {
    let dir = scratch("eval-styles");
    let set = dir.join("set.tsv");
    let lines = [
        "survey-respondents\tpractical\tHow many people answered the Transposit survey?",
        "-\tpractical\tWhat is the CIO's salary at Nutanix?",
        "-\tout-of-scope\tWhat's the weather in Oslo?",
    ];
    std::fs::write(&set, lines.join("\n")).unwrap();
    let o = run(&["--no-model", "eval", set.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let line = |style: &str| {
        let found = out.lines().find(|l| l.trim_start().starts_with(style));
        found.unwrap_or_else(|| panic!("no {style} line: {out}")).to_owned()
    };
    let practical = line("practical");
    assert!(practical.contains("100.0% (1 of 1, 0 wrong)"), "{out}");
    assert!(practical.contains("100.0% (1 of 1, 0 sourced)"), "{out}");
    assert!(!line("out-of-scope").contains("wrong"), "no answerable question: {out}");
}

/// Commands that read the store refuse one that is not there (and make
/// none), and name a damaged one with its cause, in one line.
#[test]
fn gaps_and_forget_need_a_store_and_name_a_bad_one() {
    let dir = scratch("no-store");
    for args in [vec!["gaps"], vec!["forget", "--guild", "123"]] {
        let o = bot_in(&dir).args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("no store at cio-cto-bot.db"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!dir.join("cio-cto-bot.db").exists(), "{args:?} made an empty store");
    }
    let junk: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    std::fs::write(dir.join("junk.db"), junk).unwrap();
    let o = bot_in(&dir).args(["gaps"]).env("DATABASE_URL", "sqlite://junk.db").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("junk.db") && err.contains("not a database"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line, the cause once: {err}");
    let url = format!("sqlite://{}", dir.join("missing-folder/x.db").display());
    let o = bot_in(&dir).args(["gaps"]).env("DATABASE_URL", &url).output().unwrap();
    let err = stderr(&o);
    assert!(err.contains("missing-folder does not exist") && err.contains("DATABASE_URL"), "{err}");
}
