//! The gateway bot end to end: the real binary against a fake Discord on
//! loopback (REST and gateway), checking every payload it sends against
//! Discord's OpenAPI schemas and limits.

use super::support;

use cio_cto_bot::discord::commands::commands;
use cio_cto_bot::engine::Engine;
use cio_cto_bot::knowledge::Knowledge;
use cio_cto_bot::locale::Lang;
use cio_cto_bot::tr;
use serde_json::{Value, json};
use support::*;

fn engine() -> Engine {
    Engine::new(Knowledge::bundled().unwrap())
}

/// A bot connected to a fresh fake Discord, registered in the test guild.
async fn connected() -> (FakeDiscord, tokio::process::Child) {
    let fake = FakeDiscord::start().await;
    let bot = start_bot(&fake, Some(GUILD_ID));
    fake.wait_for_session(1).await;
    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    fake.wait_for_call("PUT", &path).await;
    (fake, bot)
}

fn embed(body: &Value) -> &Value {
    &body["data"]["embeds"][0]
}

fn custom_ids(body: &Value) -> Vec<String> {
    let rows = body["data"]["components"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
        .map(|b| b["custom_id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identifies_without_privileged_intents_and_registers_valid_commands() {
    let fake = FakeDiscord::start().await;
    let _bot = start_bot(&fake, Some(GUILD_ID));
    fake.wait_for_session(1).await;
    let identify = fake.received().into_iter().find(|f| f["op"] == 2).unwrap();
    assert_eq!(identify["d"]["intents"], 1, "GUILDS only, to learn of a removal; not privileged");
    assert!(identify["d"]["token"].as_str().unwrap().ends_with(TOKEN));

    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    let call = fake.wait_for_call("PUT", &path).await;
    assert_eq!(call.body, serde_json::to_value(commands()).unwrap(), "one bulk overwrite");
    for command in call.body.as_array().unwrap() {
        // A known gap of the spec (tests/discord-api-spec/README.md): it
        // types `default_member_permissions` as an integer, where Discord's
        // documentation, the authority, sends a bit set as a decimal string.
        let mut command = command.clone();
        if let Some(bits) = command["default_member_permissions"].as_str() {
            let bits: u64 = bits.parse().expect("a decimal string, as Discord documents");
            command["default_member_permissions"] = bits.into();
        }
        let errors = schema_errors("ApplicationCommandUpdateRequest", &command);
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_globally_without_a_guild() {
    let fake = FakeDiscord::start().await;
    let _bot = start_bot(&fake, None);
    let call = fake
        .wait_for_call("PUT", &format!("/api/v10/applications/{APPLICATION_ID}/commands"))
        .await;
    assert_eq!(call.body.as_array().unwrap().len(), 12, "11 slash commands and a message command");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_replies_with_the_right_sourced_embed() {
    let (fake, _bot) = connected().await;
    let body = fake.interact(ask(fake.next_id(), "how many people did transposit survey?")).await;
    assert_valid_callback(&body);
    assert_eq!(body["type"], 4);
    let e = embed(&body);
    assert_eq!(e["title"], "How many CIOs and CTOs were surveyed?");
    assert!(e["description"].as_str().unwrap().contains("415 CIOs and CTOs"));
    assert_eq!(e["fields"][0]["value"], "Transposit survey of 415 CIOs and CTOs");
    assert!(e["fields"][1]["value"].as_str().unwrap().contains("published by 21CTO"));
    let ids = custom_ids(&body);
    assert_eq!(ids.len(), 5, "three related questions, then 👍 and 👎: {ids:?}");
    assert!(ids[..3].iter().all(|id| id.starts_with("ask:")), "{ids:?}");
    assert_eq!(ids[3..], ["feedback:up:survey-respondents", "feedback:down:survey-respondents"]);
}

/// The bot answers on the word matcher from the start and the sentence
/// model joins in the background; once it has, a question only the model
/// reads is worked out on the model's thread and answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_read_by_meaning_is_answered() {
    let (fake, _bot) = connected().await;
    let question = "covid made everyone go hard on digital stuff, true or cap?";
    assert_eq!(engine().ask(question).entry(), None, "the lexical path alone declines");
    let entry = engine().knowledge().entry("pandemic-acceleration").cloned().unwrap();
    let answered = tokio::time::timeout(MODEL_PATIENCE, async {
        loop {
            let body = fake.interact(from_someone_new(ask(fake.next_id(), question))).await;
            assert_valid_callback(&body);
            let title = embed(&body)["title"].as_str().unwrap().to_owned();
            if entry.questions.contains(&title) {
                return;
            }
            assert_eq!(title, "No sourced answer", "before the model joins, a decline");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    });
    assert!(answered.await.is_ok(), "never answered by meaning");
}

/// The bot keeps each question in its store (SQLite here), and a clean
/// shutdown writes what was still queued.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_stored_and_flushed_on_shutdown() {
    let (_, url) = fresh_sqlite("gateway-store");
    let fake = FakeDiscord::start().await;
    let mut bot =
        start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", &[("DATABASE_URL", url.as_str())]);
    fake.wait_for_session(1).await;
    fake.interact(ask(fake.next_id(), "how many people did transposit survey?")).await;
    fake.interact(ask(fake.next_id(), "what does a CFO earn in Paris?")).await;
    let (_, clean) = stop(&mut bot, "TERM").await;
    assert!(clean, "a clean exit");
    let store = cio_cto_bot::store::Store::open(&url).await.unwrap();
    let rows = store.questions().await.unwrap();
    let entries: Vec<Option<&str>> = rows.iter().map(|r| r.entry.as_deref()).collect();
    assert_eq!(entries, [Some("survey-respondents"), None]);
    assert!(rows.iter().all(|r| r.transport == "gateway"
        && r.guild_id.as_deref() == Some(GUILD_ID)
        && r.channel_id.as_deref() == Some("1200000000000000001")));
    store.close().await;
}

fn description(body: &Value) -> String {
    embed(body)["description"].as_str().unwrap_or_default().to_owned()
}

/// `/learn` walks a path over the gateway: a private first card, Next
/// edits it in place (UPDATE_MESSAGE), and the last step's Next is off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn learn_walks_a_path_one_card_at_a_time() {
    let (fake, _bot) = connected().await;
    let first = fake.interact(command(fake.next_id(), "learn", json!([]))).await;
    assert_valid_callback(&first);
    assert_eq!((first["type"].as_u64(), first["data"]["flags"].as_u64()), (Some(4), Some(64)));
    let ids = custom_ids(&first);
    assert_eq!(ids[1], "learn:new-engineering-manager:1");
    let next = fake.interact(click(fake.next_id(), &ids[1])).await;
    assert_valid_callback(&next);
    assert_eq!(next["type"], 7, "the card is edited in place");
    let footer = embed(&next)["footer"]["text"].as_str().unwrap().to_owned();
    assert!(footer.starts_with("Step 2 of 20"), "{footer}");
    let last = fake.interact(click(fake.next_id(), "learn:new-engineering-manager:19")).await;
    assert_valid_callback(&last);
    let buttons = last["data"]["components"][0]["components"].as_array().unwrap().clone();
    assert_eq!(
        (buttons[0]["disabled"].as_bool(), buttons[1]["disabled"].as_bool()),
        (Some(false), Some(true))
    );
    let related = fake.interact(click(fake.next_id(), &custom_ids(&last)[2])).await;
    assert_valid_callback(&related);
    assert_eq!(related["data"]["flags"], 64);
}

/// `/quiz` over the gateway with a store: a private question, a choice
/// answered in place with the sourced answer and the score, the same
/// question's second answer not counted again, and Next in place.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiz_answers_with_the_source_and_keeps_a_score() {
    let (path, url) = fresh_sqlite("gateway-quiz");
    let fake = FakeDiscord::start().await;
    let mut bot =
        start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", &[("DATABASE_URL", url.as_str())]);
    fake.wait_for_session(1).await;
    let topic = json!([{"name": "topic", "type": 3, "value": "figures"}]);
    let question = fake.interact(command(fake.next_id(), "quiz", topic)).await;
    assert_valid_callback(&question);
    assert_eq!(question["data"]["flags"], 64);
    let choices = custom_ids(&question);
    assert!((2..=4).contains(&choices.len()), "{choices:?}");
    let first = fake.interact(click(fake.next_id(), &choices[0])).await;
    assert_valid_callback(&first);
    assert_eq!(first["type"], 7);
    let verdict = embed(&first)["title"].as_str().unwrap().to_owned();
    assert!(verdict == "Correct" || verdict == "Not quite", "{verdict}");
    assert!(embed(&first)["fields"][1]["value"].as_str().unwrap().contains("published by 21CTO"));
    let right = u64::from(verdict == "Correct");
    let footer = embed(&first)["footer"]["text"].as_str().unwrap().to_owned();
    assert_eq!(footer, format!("Your score: {right} of 1 · streak {right} (best {right})"));
    // The same question again (another choice): it does not count again.
    let again = fake.interact(click(fake.next_id(), &choices[1])).await;
    let footer = embed(&again)["footer"]["text"].as_str().unwrap().to_owned();
    assert!(footer.starts_with(&format!("Your score: {right} of 1")), "{footer}");
    assert!(footer.contains("did not count again"), "{footer}");
    let next = fake.interact(click(fake.next_id(), &custom_ids(&first)[0])).await;
    assert_valid_callback(&next);
    assert_eq!(next["type"], 7);
    assert!(custom_ids(&next).iter().all(|id| id.starts_with("quiz:")));
    let (_, clean) = stop(&mut bot, "TERM").await;
    assert!(clean);
    // Kept under the keyed hash: no user id in the file.
    let bytes = std::fs::read(&path).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("80351110224678912"));
}

/// Live reload over the gateway: the watcher picks up a team's new file,
/// `/kb reload` is refused to a member without Manage Server, and a curator's
/// `/kb reload` of a broken folder shows the problem with file, line and
/// column while the last good knowledge keeps answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_knowledge_reloads_and_kb_reload_shows_what_is_wrong() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("gateway-reload");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["cio-vs-cto-21cto.toml", "synonyms.toml"] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge").join(file);
        std::fs::copy(from, dir.join(file)).unwrap();
    }
    let fake = FakeDiscord::start().await;
    let knowledge = dir.to_str().unwrap();
    let env = [("KNOWLEDGE_DIR", knowledge), ("STORE", "off")];
    let _bot = start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", &env);
    fake.wait_for_session(1).await;
    let question = "What is the platform team's on-call rotation?";
    let team = format!(
        "[source]\nid = \"team-wiki\"\ntitle = \"Our team wiki\"\npublisher = \"Platform team\"\n\n\
         [[entries]]\nid = \"oncall\"\nkind = \"fact\"\n\
         questions = [\"{question}\", \"Who is on call this week?\", \"How does on-call work?\"]\n\
         answer = \"Weekly, Monday to Monday.\"\ntopics = [\"on-call\"]\n"
    );
    std::fs::write(dir.join("team.toml"), team).unwrap();
    let answered = tokio::time::timeout(PATIENCE, async {
        loop {
            let body = fake.interact(from_someone_new(ask(fake.next_id(), question))).await;
            if embed(&body)["title"] == question {
                return body;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    })
    .await
    .expect("the watcher reloads the folder");
    assert_eq!(embed(&answered)["description"], "Weekly, Monday to Monday.");

    std::fs::write(dir.join("zz-broken.toml"), "[[entries]]\nid = \"x\"\n").unwrap();
    let refused = fake.interact(from_member(kb(fake.next_id(), "reload"), "7", 1 << 11)).await;
    assert_eq!(embed(&refused)["title"], "Only for curators");
    let reloaded =
        fake.interact(from_member(kb(fake.next_id(), "reload"), "7", MANAGE_GUILD)).await;
    assert_valid_callback(&reloaded);
    assert_eq!(reloaded["data"]["flags"], 64);
    assert_eq!(embed(&reloaded)["title"], "The knowledge did not load");
    let shown = embed(&reloaded)["description"].as_str().unwrap().to_owned();
    assert!(shown.contains("zz-broken.toml:1:1: in `x`: missing field `kind`"), "{shown}");
    let still = fake.interact(ask(fake.next_id(), question)).await;
    assert_eq!(embed(&still)["title"], question, "the last good knowledge serves");
    std::fs::remove_file(dir.join("zz-broken.toml")).unwrap();
    std::fs::remove_file(dir.join("team.toml")).unwrap();
    let reloaded =
        fake.interact(from_member(kb(fake.next_id(), "reload"), "7", MANAGE_GUILD)).await;
    let title = embed(&reloaded)["title"].as_str().unwrap().to_owned();
    // The watcher may have reloaded first.
    assert!(title == "Knowledge reloaded" || title == "Nothing changed", "{title}");
    let gone = fake.interact(ask(fake.next_id(), question)).await;
    assert_eq!(embed(&gone)["title"], "No sourced answer");
}

/// The curator loop over the gateway: 👍/👎 count once per user per
/// answer, `/kb` is refused to a member without Manage Server (who sends it
/// anyway) and shows a curator the declined question, and the CLI's `gaps
/// --json` reads the same store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_counts_once_per_user_and_kb_is_for_curators() {
    let (_, url) = fresh_sqlite("gateway-curator");
    let fake = FakeDiscord::start().await;
    let mut bot =
        start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", &[("DATABASE_URL", url.as_str())]);
    fake.wait_for_session(1).await;

    let answer = fake.interact(ask(fake.next_id(), "how many people did transposit survey?")).await;
    let ids = custom_ids(&answer);
    let (up, down) = (&ids[ids.len() - 2], &ids[ids.len() - 1]);
    assert_eq!(up, "feedback:up:survey-respondents");
    // Ada votes 👍 twice, then 👎: only her first vote counts. Grace votes
    // 👎. On another answer of the same entry, Ada's 👎 counts again.
    let (ada, grace) = ("80351110224678912", "80351110224678913");
    for (user, custom_id, message) in [
        (ada, up, "1500000000000000001"),
        (ada, up, "1500000000000000001"),
        (ada, down, "1500000000000000001"),
        (grace, down, "1500000000000000001"),
        (ada, down, "1500000000000000002"),
    ] {
        let clicked = on_message(from_member(click(fake.next_id(), custom_id), user, 0), message);
        let ack = fake.interact(clicked).await;
        assert_valid_callback(&ack);
        assert_eq!(ack["data"]["flags"], 64, "acknowledged privately");
        if custom_id == down {
            let offered = custom_ids(&ack);
            assert!(!offered.is_empty() && offered.iter().all(|id| id.starts_with("ask:")));
        }
    }

    fake.interact(ask(fake.next_id(), "what does a CFO earn in Paris?")).await;
    // A member without Manage Server sends /kb anyway: refused, privately.
    let refused = fake.interact(from_member(kb(fake.next_id(), "gaps"), grace, 1 << 11)).await;
    assert_valid_callback(&refused);
    assert_eq!(refused["data"]["flags"], 64);
    assert_eq!(embed(&refused)["title"], "Only for curators");
    // A curator's /kb gaps shows the declined question once it is written
    // (the store writes in batches of up to 100 ms).
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let gaps = fake.interact(from_member(kb(fake.next_id(), "gaps"), ada, MANAGE_GUILD)).await;
    assert_valid_callback(&gaps);
    assert_eq!(gaps["data"]["flags"], 64);
    let shown = embed(&gaps).to_string();
    assert!(shown.contains("1× “what does a CFO earn in Paris?”"), "{shown}");
    assert!(shown.contains("👎 2 · 👍 1"), "{shown}");
    let call =
        fake.interact_with_files(from_member(kb(fake.next_id(), "stats"), ada, MANAGE_GUILD)).await;
    let stats = call.body;
    assert_valid_callback(&stats);
    assert!(description(&stats).contains("**2 questions**"), "{}", description(&stats));
    // The chart of the last 14 days, sent as an attachment the embed shows.
    assert_eq!(embed(&stats)["image"]["url"], "attachment://kb-stats.png");
    let [(name, png)] = &call.files[..] else { panic!("one file, not {}", call.files.len()) };
    assert_eq!((name.as_str(), png_size(png)), ("kb-stats.png", (800, 400)));
    let (_, clean) = stop(&mut bot, "TERM").await;
    assert!(clean);

    let store = cio_cto_bot::store::Store::open(&url).await.unwrap();
    let votes = store.votes_since(0, None).await.unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!((votes[0].up, votes[0].down), (1, 2), "one vote per user per answer");
    store.close().await;
    let gaps = std::process::Command::new(env!("CARGO_BIN_EXE_cio-cto-bot"))
        .args(["gaps", "--json"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&gaps.stdout).unwrap();
    assert_eq!(report["declined"][0]["question"], "what does a CFO earn in Paris?");
    assert_eq!(report["downvoted"][0]["entry"], "survey-respondents");
}

/// When a server removes the bot, its questions, votes and settings are
/// forgotten;
/// a server that is only unavailable (an outage) keeps them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_removes_the_bot_is_forgotten() {
    let (_, url) = fresh_sqlite("gateway-removal");
    let fake = FakeDiscord::start().await;
    let mut bot =
        start_bot_with(&fake.api_base, Some(GUILD_ID), "warn", &[("DATABASE_URL", url.as_str())]);
    fake.wait_for_session(1).await;
    let other = "1300000000000000009";
    let mut elsewhere = ask(fake.next_id(), "who owns digital transformation?");
    elsewhere["guild_id"] = serde_json::json!(other);
    fake.interact(elsewhere).await;
    fake.interact(ask(fake.next_id(), "how many people did transposit survey?")).await;
    let clicked = from_member(click(fake.next_id(), "feedback:up:survey-respondents"), "7", 0);
    fake.interact(clicked).await;
    let private = json!([{"name": "private", "type": 1, "options": [
        {"name": "enabled", "type": 5, "value": true}]}]);
    let set = from_member(command(fake.next_id(), "settings", private), "7", MANAGE_GUILD);
    assert_eq!(fake.interact(set).await["data"]["flags"], 64);
    let asked = from_member(ask(fake.next_id(), "what is a CTO?"), "8", 0);
    assert_eq!(fake.interact(asked).await["data"]["flags"], 64, "private by the settings");
    fake.dispatch("GUILD_DELETE", serde_json::json!({"id": other, "unavailable": true}));
    fake.dispatch("GUILD_DELETE", serde_json::json!({"id": GUILD_ID}));
    // serenity handles events concurrently: give the removal time to be
    // queued. A question after it (the bot added again) is kept, and
    // answered in public: the server's settings went with it.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let again = fake.interact(ask(fake.next_id(), "what is a CIO?")).await;
    assert!(again["data"]["flags"].is_null(), "{again}");
    let (_, clean) = stop(&mut bot, "TERM").await;
    assert!(clean);
    let store = cio_cto_bot::store::Store::open(&url).await.unwrap();
    let guilds: Vec<Option<String>> =
        store.questions().await.unwrap().into_iter().map(|q| q.guild_id).collect();
    assert_eq!(guilds, [Some(other.to_owned()), Some(GUILD_ID.to_owned())], "{guilds:?}");
    assert!(store.votes_since(0, None).await.unwrap().is_empty(), "the removed server's vote");
    store.close().await;
}

/// Keeping questions never stops answering them: with the store down (a
/// PostgreSQL URL nobody listens at) or unwritable, the bot answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_that_is_down_or_unwritable_costs_no_answer() {
    let down = format!("postgres://bot@{}/bot", closed_port().trim_start_matches("http://"));
    let unwritable = "sqlite:///proc/cio-cto-bot/questions.db".to_owned();
    for url in [down, unwritable] {
        let fake = FakeDiscord::start().await;
        let _bot = start_bot_with(
            &fake.api_base,
            Some(GUILD_ID),
            "warn",
            &[("DATABASE_URL", url.as_str())],
        );
        fake.wait_for_session(1).await;
        let body =
            fake.interact(ask(fake.next_id(), "how many people did transposit survey?")).await;
        assert_valid_callback(&body);
        assert_eq!(embed(&body)["title"], "How many CIOs and CTOs were surveyed?", "{url}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_returns_the_engines_suggestions() {
    let (fake, _bot) = connected().await;
    let body =
        fake.interact(autocomplete(fake.next_id(), "ask", "question", "digital trans")).await;
    assert_valid_callback(&body);
    assert_eq!(body["type"], 8);
    let got: Vec<&str> = body["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    let engine = engine();
    let expected: Vec<&str> =
        engine.suggest("digital trans", 25).iter().map(|s| s.question).collect();
    assert_eq!(got, expected);
    assert!(!got.is_empty() && got.len() <= 25);

    let body = fake.interact(autocomplete(fake.next_id(), "quote", "person", "robert")).await;
    assert_valid_callback(&body);
    assert_eq!(body["data"]["choices"][0]["value"], "ash-athawale");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_related_question_button_answers_when_clicked() {
    let (fake, _bot) = connected().await;
    let body = fake.interact(ask(fake.next_id(), "who reports to whom?")).await;
    let first = custom_ids(&body).into_iter().next().expect("a related question");
    let entry = first.strip_prefix("ask:").unwrap();
    let clicked = fake.interact(click(fake.next_id(), &first)).await;
    assert_valid_callback(&clicked);
    let expected = engine().answer_entry(entry).unwrap().entry().unwrap().questions[0].clone();
    assert_eq!(embed(&clicked)["title"], expected.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_question_gets_did_you_mean_buttons() {
    let (fake, _bot) = connected().await;
    let body = fake.interact(ask(fake.next_id(), "what does a CFO earn in Paris?")).await;
    assert_valid_callback(&body);
    assert_eq!(embed(&body)["title"], "No sourced answer");
    let ids = custom_ids(&body);
    assert_eq!(ids.len(), 3);
    // Each suggestion answers when clicked.
    let clicked = fake.interact(click(fake.next_id(), &ids[0])).await;
    assert_valid_callback(&clicked);
    assert_ne!(embed(&clicked)["title"], "No sourced answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_question_pings_nobody() {
    let (fake, _bot) = connected().await;
    let hostile = "@everyone @here <@80351110224678912> <@&1300000000000000001> **who** reports?";
    let body = fake.interact(ask(fake.next_id(), hostile)).await;
    assert_valid_callback(&body);
    assert_eq!(body["data"]["allowed_mentions"], json!({"parse": [], "users": [], "roles": []}));
    let text = body.to_string();
    assert!(!text.contains("@everyone") && !text.contains("<@80351110224678912>"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_replies_within_the_spec() {
    let (fake, _bot) = connected().await;
    let private = json!([{"name": "private", "type": 5, "value": true}]);
    for name in ["stats", "compare", "topics", "sources", "help"] {
        let body = fake.interact(command(fake.next_id(), name, json!([]))).await;
        assert_valid_callback(&body);
        assert!(body["data"]["flags"].is_null(), "{name} is public by default");
        let body = fake.interact(command(fake.next_id(), name, private.clone())).await;
        assert_valid_callback(&body);
        assert_eq!(body["data"]["flags"], 64, "{name} private: true is ephemeral");
    }
    let quote = json!([{"name": "person", "type": 3, "value": "wendy-pfeiffer"}]);
    let body = fake.interact(command(fake.next_id(), "quote", quote)).await;
    assert_valid_callback(&body);
    assert_eq!(embed(&body)["title"], "Wendy Pfeiffer, CIO, Nutanix");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnects_after_a_dropped_connection_and_answers_again() {
    let (fake, _bot) = connected().await;
    let before = fake.interact(ask(fake.next_id(), "who reports to whom?")).await;
    assert_valid_callback(&before);

    fake.drop_connection();
    fake.wait_for_session(2).await;
    let (connections, identifies, resumes) = fake.sessions();
    assert!(connections >= 2, "a new connection");
    assert!(identifies + resumes >= 2, "a new session ({identifies} identify, {resumes} resume)");

    let after = fake.interact(ask(fake.next_id(), "who reports to whom?")).await;
    assert_valid_callback(&after);
    assert_eq!(embed(&after)["title"], embed(&before)["title"]);
    let puts = fake.calls().iter().filter(|c| c.method == "PUT").count();
    assert_eq!(puts, 1, "commands are registered once, not on every reconnect");
}

/// Discord's own expectation of a bot, and the issue's: a stop signal
/// ends the process within this, whatever state it is in.
#[cfg(unix)]
const PROMPT_EXIT: std::time::Duration = std::time::Duration::from_secs(5);

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_shuts_the_bot_down_cleanly() {
    let (_fake, mut bot) = connected().await;
    let (took, success) = stop(&mut bot, "TERM").await;
    assert!(success, "a clean exit");
    assert!(took < PROMPT_EXIT, "took {took:?} to stop when connected");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_and_ctrl_c_stop_the_bot_while_the_gateway_refuses_it() {
    for signal in ["TERM", "INT"] {
        let fake = FakeDiscord::start_refusing_the_gateway().await;
        let mut bot = start_bot(&fake, Some(GUILD_ID));
        fake.wait_for_call("GET", "/api/v10/gateway").await;
        // Long enough for the first connection to be refused and the
        // retry to be waiting.
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert_eq!(fake.sessions().0, 0, "the gateway accepted a connection");
        let (took, success) = stop(&mut bot, signal).await;
        assert!(success, "SIG{signal}: a clean exit");
        assert!(took < PROMPT_EXIT, "SIG{signal}: took {took:?} to stop while retrying");
    }
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_api_is_logged_once_loudly_and_sigterm_still_stops_the_bot() {
    use tokio::io::AsyncReadExt;
    let mut bot = start_bot_at(&closed_port(), Some(GUILD_ID), "info,serenity=warn");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let (took, success) = stop(&mut bot, "TERM").await;
    assert!(success, "a clean exit");
    assert!(took < PROMPT_EXIT, "took {took:?} to stop while Discord is unreachable");
    let mut log = String::new();
    bot.stderr.take().unwrap().read_to_string(&mut log).await.unwrap();
    let loud = log.lines().filter(|l| l.contains("ERROR") && l.contains("GET /gateway")).count();
    assert_eq!(loud, 1, "one loud line about the unreachable API:\n{log}");
    assert!(!log.contains('\u{1b}'), "colour codes in a log that is not a terminal:\n{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_its_life_at_info_without_the_token() {
    use tokio::io::AsyncReadExt;
    let fake = FakeDiscord::start().await;
    let mut bot = start_bot_logging(&fake, Some(GUILD_ID), "info,serenity=info");
    fake.wait_for_session(1).await;
    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    fake.wait_for_call("PUT", &path).await;
    let body = fake.interact(ask(fake.next_id(), "who reports to whom?")).await;
    assert_valid_callback(&body);
    bot.start_kill().unwrap();
    let mut log = String::new();
    bot.stderr.take().unwrap().read_to_string(&mut log).await.unwrap();
    assert!(log.contains("connected to Discord"), "{log}");
    assert!(log.contains("registered slash commands"), "{log}");
    let secret = TOKEN.split('.').nth(2).unwrap();
    assert!(!log.contains(secret), "the token leaked into the log:\n{log}");
    assert!(!log.contains("who reports to whom"), "payloads stay out of info logs:\n{log}");
}

#[test]
fn the_schemas_reject_what_discord_would() {
    for bad in [
        json!({"type": 4, "data": {"content": 5}}),
        json!({"type": 4, "data": {"embeds": [{"title": "x".repeat(300)}]}}),
        json!({"type": 9}),
    ] {
        assert!(
            !schema_errors("CreateMessageInteractionCallbackRequest", &bad).is_empty(),
            "{bad}"
        );
    }
    let good = json!({"type": 4, "data": {"embeds": [{"title": "x"}]}});
    assert!(schema_errors("CreateMessageInteractionCallbackRequest", &good).is_empty());
    let bad = json!({"name": "", "description": "d"});
    assert!(!schema_errors("ApplicationCommandUpdateRequest", &bad).is_empty());
}

/// Discord closes the gateway with 4004 (authentication failed) when the
/// token was reset: the bot stops with exit status 2 and a line naming
/// DISCORD_TOKEN and what to do, never the token.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_discord_refuses_stops_the_bot_naming_discord_token() {
    use tokio::io::AsyncReadExt;
    let fake = FakeDiscord::start_refusing_the_token().await;
    let mut bot = start_bot_logging(&fake, Some(GUILD_ID), "error");
    let exit = tokio::time::timeout(PATIENCE, bot.wait()).await.expect("stops by itself").unwrap();
    assert_eq!(exit.code(), Some(2));
    let mut log = String::new();
    bot.stderr.take().unwrap().read_to_string(&mut log).await.unwrap();
    let last = log.lines().last().unwrap_or_default();
    assert!(last.starts_with("error: ") && last.contains("DISCORD_TOKEN"), "{log}");
    assert!(last.contains("4004") && last.contains("Reset Token"), "{log}");
    assert!(!log.contains(TOKEN) && !log.contains("fake-token"), "{log}");
}

/// A member points the bot at a question someone posted: the reply is the
/// `/ask` reply for its text, public, saying whose message it answers with
/// a link to it, with 👍/👎 (the bot keeps a store); the bot's own message
/// and a message without text get a private note.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answer_from_the_article_answers_a_posted_message() {
    let (fake, _bot) = connected().await;
    let text = "quick one for the team: who reports to whom, the CIO or the CTO?";
    let body = fake.interact(answer_message(fake.next_id(), text, "80351110224678913")).await;
    assert_valid_callback(&body);
    assert_eq!(body["data"]["content"], format!("Answering Bo's message: {ANSWERED_MESSAGE_LINK}"));
    assert!(body["data"]["flags"].is_null(), "public: {body}");
    assert_eq!(body["data"]["allowed_mentions"], json!({"parse": [], "users": [], "roles": []}));
    let asked = fake.interact(ask(fake.next_id(), text)).await;
    assert_eq!(embed(&body), embed(&asked), "the /ask reply for its text");
    assert!(custom_ids(&body).iter().any(|id| id.starts_with("feedback:up:")), "{body}");

    let own = fake.interact(answer_message(fake.next_id(), text, APPLICATION_ID)).await;
    assert_valid_callback(&own);
    assert_eq!(
        (own["data"]["flags"].as_u64(), embed(&own)["title"].as_str()),
        (Some(64), Some("That message is mine"))
    );
    let empty = fake.interact(answer_message(fake.next_id(), "", "80351110224678913")).await;
    assert_eq!(
        (empty["data"]["flags"].as_u64(), embed(&empty)["title"].as_str()),
        (Some(64), Some("No text to answer"))
    );
}

/// A German member's `/ask` over the gateway: the chrome in German, the
/// article's answer as published (the English reply's title, answer and
/// attribution, word for word), said once to be in English; the commands
/// registered carry every language's names within Discord's schema.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_member_gets_german_chrome_around_the_english_answer() {
    let (fake, _bot) = connected().await;
    let de = Lang::from_discord("de");
    let question = "how many people did transposit survey?";
    let german = fake.interact(in_locale(ask(fake.next_id(), question), "de")).await;
    assert_valid_callback(&german);
    let english = fake.interact(ask(fake.next_id(), question)).await;
    let (g, e) = (embed(&german), embed(&english));
    for part in ["title", "description"] {
        assert_eq!(g[part], e[part], "{part} as published");
    }
    // Who ran the survey and whom it asked, as the source gives them.
    let credit = g["fields"][0]["value"].as_str().unwrap();
    assert!(credit.contains("Transposit") && credit.contains("415 CIOs and CTOs"), "{credit}");
    assert_eq!(g["fields"][0]["name"], tr!(de, "field-who"));
    assert_ne!(g["fields"][0]["name"], "Who said it");
    assert!(g["footer"]["text"].as_str().unwrap().starts_with(&tr!(de, "as-published")));
    let path = format!("/api/v10/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands");
    let registered = fake.wait_for_call("PUT", &path).await;
    let ask_command = &registered.body[0];
    assert_eq!(ask_command["name"], "ask");
    assert_eq!(ask_command["name_localizations"]["de"], tr!(de, "cmd-ask"));
    assert_eq!(
        ask_command["description_localizations"]["ja"],
        tr!(Lang::from_discord("ja"), "cmd-ask-desc")
    );
}
