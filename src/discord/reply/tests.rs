//! Replies as Discord receives them: interaction JSON in, the serialised
//! response JSON out.

use serde_json::{Value, json};
use serenity::model::application::Interaction;

use super::*;
use crate::discord::limits::violations;
use crate::knowledge::Knowledge;
use crate::locale::Lang;
use crate::tr;

fn engine() -> Engine {
    Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"))
}

fn user() -> Value {
    json!({"id": "80351110224678912", "username": "ada", "discriminator": "0",
           "global_name": "Ada", "avatar": null})
}

fn base(kind: u8, data: Value) -> Value {
    json!({
        "id": "1100000000000000001", "application_id": "1000000000000000001", "type": kind,
        "token": "interaction-token", "version": 1, "data": data,
        "channel_id": "1200000000000000001", "guild_id": "1300000000000000001",
        "user": user(), "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
        "attachment_size_limit": 8388608, "app_permissions": "0"
    })
}

fn command(name: &str, options: Value) -> Value {
    base(2, json!({"id": "1400000000000000001", "name": name, "type": 1, "options": options}))
}

fn ask(question: &str) -> Value {
    command("ask", json!([{"name": "question", "type": 3, "value": question}]))
}

fn autocomplete(name: &str, option: &str, partial: &str) -> Value {
    let options = json!([{"name": option, "type": 3, "value": partial, "focused": true}]);
    base(4, json!({"id": "1400000000000000001", "name": name, "type": 1, "options": options}))
}

fn button(custom_id: &str) -> Value {
    let mut v = base(3, json!({"custom_id": custom_id, "component_type": 2}));
    v["message"] = json!({
        "id": "1500000000000000001", "channel_id": "1200000000000000001", "author": user(),
        "content": "", "timestamp": "2026-11-28T12:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
        "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0
    });
    v
}

/// The serialised reply to an interaction, checked against Discord's
/// limits on the way.
fn reply_to(engine: &Engine, interaction: Value) -> Value {
    let interaction: Interaction = serde_json::from_value(interaction).expect("valid interaction");
    let response = serde_json::to_value(respond(engine, &interaction)).unwrap();
    let problems = violations(&response);
    assert!(problems.is_empty(), "{problems:?}\n{response:#}");
    response
}

fn embed(response: &Value) -> &Value {
    &response["data"]["embeds"][0]
}

fn buttons(response: &Value) -> Vec<&Value> {
    let rows = response["data"]["components"].as_array().map_or(&[][..], Vec::as_slice);
    rows.iter().flat_map(|r| r["components"].as_array().unwrap()).collect()
}

#[test]
fn ask_replies_with_a_sourced_embed_and_related_buttons() {
    let r = reply_to(&engine(), ask("is the cto the builder and the cio the operater?"));
    assert_eq!(r["type"], 4);
    let e = embed(&r);
    assert_eq!(e["title"], "Is the CTO the builder and the CIO the operator?");
    assert!(e["description"].as_str().unwrap().starts_with("According to Wendy Pfeiffer"));
    assert_eq!(e["fields"][0]["name"], "Who said it");
    assert_eq!(e["fields"][0]["value"], "Wendy Pfeiffer, CIO, Nutanix");
    assert_eq!(e["fields"][1]["name"], "Source");
    assert_eq!(
        e["fields"][1]["value"],
        "“CIO vs CTO: How Their Roles Converge and Collaborate in Modern Enterprises”, published by 21CTO (21CTO.com)"
    );
    assert_eq!(e["color"], 0x9B59B6, "views are purple");
    assert!(e["footer"]["text"].as_str().unwrap().contains("You asked: is the cto the builder"));
    let b = buttons(&r);
    assert_eq!(b.len(), 3);
    assert!(b.iter().all(|b| b["custom_id"].as_str().unwrap().starts_with("ask:")));
    assert_eq!(r["data"]["allowed_mentions"], json!({"parse": [], "users": [], "roles": []}));
    assert!(r["data"]["flags"].is_null(), "public by default");
}

#[test]
fn private_replies_are_ephemeral_and_keep_buttons_private() {
    let options = json!([{"name": "question", "type": 3, "value": "who reports to whom"},
                         {"name": "private", "type": 5, "value": true}]);
    let r = reply_to(&engine(), command("ask", options));
    assert_eq!(r["data"]["flags"], 64);
    assert!(buttons(&r).iter().all(|b| b["custom_id"].as_str().unwrap().ends_with(":private")));
}

#[test]
fn declines_honestly_with_did_you_mean_buttons() {
    let r = reply_to(&engine(), ask("what's the weather in Oslo?"));
    let e = embed(&r);
    assert_eq!(e["title"], "No sourced answer");
    let text = e["description"].as_str().unwrap();
    assert!(text.contains("I don't have a sourced answer"), "{text}");
    assert!(text.contains("Did you mean"), "{text}");
    let b = buttons(&r);
    assert_eq!(b.len(), 3);
    assert!(b.iter().all(|b| b["style"] == 1), "primary buttons");
}

#[test]
fn hostile_questions_are_shown_harmlessly() {
    let engine = engine();
    for q in [
        "@everyone @here what's the weather",
        "<@80351110224678912> <@&1300000000000000001> hi",
        "**bold** __under__ `code` ||spoiler|| > quote # head [x](http://e.x)",
    ] {
        let r = reply_to(&engine, ask(q));
        let text = serde_json::to_string(&r).unwrap();
        assert!(!text.contains("@everyone") && !text.contains("<@8035"), "{text}");
        let description = embed(&r)["description"].as_str().unwrap();
        assert!(!description.contains("**bold**"), "markdown is escaped: {description}");
    }
}

#[test]
fn a_button_answers_its_entry() {
    let r = reply_to(&engine(), button("ask:survey-both-titles"));
    assert_eq!(embed(&r)["title"], "How many people hold both the CIO and CTO titles?");
    assert!(embed(&r)["description"].as_str().unwrap().contains("24%"));
    let r = reply_to(&engine(), button("ask:no-such-entry:private"));
    assert_eq!(r["data"]["flags"], 64);
    assert_eq!(embed(&r)["title"], "That question is gone");
}

#[test]
fn autocomplete_offers_the_engines_suggestions_within_limits() {
    let engine = engine();
    let r = reply_to(&engine, autocomplete("ask", "question", "who rep"));
    assert_eq!(r["type"], 8);
    let choices = r["data"]["choices"].as_array().unwrap();
    let expected: Vec<&str> = engine.suggest("who rep", 25).iter().map(|s| s.question).collect();
    let got: Vec<&str> = choices.iter().map(|c| c["value"].as_str().unwrap()).collect();
    assert_eq!(got, expected);
    assert!(choices[0]["name"].as_str().unwrap().contains("report"));
    let r = reply_to(&engine, autocomplete("ask", "question", ""));
    assert_eq!(r["data"]["choices"].as_array().unwrap().len(), 25);
}

#[test]
fn quote_autocompletes_people_and_attributes_every_view() {
    let engine = engine();
    let r = reply_to(&engine, autocomplete("quote", "person", "nutan"));
    let choices = r["data"]["choices"].as_array().unwrap();
    assert_eq!(choices[0]["value"], "wendy-pfeiffer");
    assert_eq!(choices.len(), 1, "scattered letters match nobody else: {choices:?}");
    let r = reply_to(
        &engine,
        command("quote", json!([{"name": "person", "type": 3, "value": "vishal-gupta"}])),
    );
    let e = embed(&r);
    assert_eq!(e["title"], "Vishal Gupta (has served as both CTO and CIO)");
    let text = e["description"].as_str().unwrap();
    assert_eq!(text.matches("\n• According to Vishal Gupta").count(), 3, "{text}");
    assert_eq!(buttons(&r).len(), 3);
    let r = reply_to(
        &engine,
        command("quote", json!([{"name": "person", "type": 3, "value": "Elon Musk"}])),
    );
    assert_eq!(embed(&r)["title"], "Unknown person");
    assert_eq!(r["data"]["flags"], 64, "a user's mistake is answered privately");
}

#[test]
fn stats_lists_every_figure_with_who_ran_the_survey() {
    let r = reply_to(&engine(), command("stats", json!([])));
    let e = embed(&r);
    assert_eq!(e["title"], "Transposit survey of 415 CIOs and CTOs");
    assert!(e["description"].as_str().unwrap().contains("415 respondents"));
    let names: Vec<&str> =
        e["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["415", "83%", "86%", "24%", "34%", "33%", "28%"]);
    // The figures the article gives without naming a survey, apart.
    let other = &r["data"]["embeds"][1];
    assert_eq!(other["title"], "Other figures");
    assert!(other["description"].as_str().unwrap().contains("without naming the survey"));
    let names: Vec<&str> =
        other["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["98%", "75%"]);
}

#[test]
fn compare_attributes_each_cell() {
    let r = reply_to(&engine(), command("compare", json!([])));
    let e = embed(&r);
    assert_eq!(e["title"], "CIO vs CTO");
    let fields = e["fields"].as_array().unwrap();
    assert_eq!(fields.len(), 8);
    assert_eq!(fields[7]["name"], "Skills");
    assert_eq!(fields[1]["name"], "Profile");
    assert_eq!(
        fields[1]["value"],
        "**CIO:** An internal technology strategist with a lower technical profile — *Nicolas Poggi, Prey*\n**CTO:** A technology engineer — *Nicolas Poggi, Prey*"
    );
    assert!(fields[0]["value"].as_str().unwrap().contains("— *the article*"));
}

#[test]
fn topics_sources_and_help_describe_the_bot() {
    let engine = engine();
    let r = reply_to(&engine, command("topics", json!([])));
    assert!(embed(&r)["description"].as_str().unwrap().contains("survey figures"));
    let r = reply_to(&engine, command("sources", json!([])));
    let e = embed(&r);
    assert_eq!(
        e["title"],
        "CIO vs CTO: How Their Roles Converge and Collaborate in Modern Enterprises"
    );
    assert_eq!(e["fields"][0]["value"], "21CTO (21CTO.com)");
    let r =
        reply_to(&engine, command("help", json!([{"name": "private", "type": 5, "value": true}])));
    assert_eq!(r["data"]["flags"], 64);
    assert!(embed(&r)["fields"].as_array().unwrap().len() >= 6);
}

#[test]
fn a_ping_gets_a_pong() {
    let ping = json!({"id": "1100000000000000001", "application_id": "1000000000000000001",
                      "type": 1, "token": "t", "version": 1});
    let interaction: Interaction = serde_json::from_value(ping).unwrap();
    let response = serde_json::to_value(respond(&engine(), &interaction)).unwrap();
    assert_eq!(response["type"], 1);
}

#[test]
fn embeds_are_cut_to_fit_every_limit() {
    let mut e = Embed::new("t".repeat(300), "d".repeat(5000), 0).footer("f".repeat(3000));
    for i in 0..30 {
        e = e.field(format!("{i}").repeat(300), "v".repeat(2000));
    }
    let response = serde_json::to_value(message(vec![e.clone(), e], Vec::new(), false)).unwrap();
    assert_eq!(violations(&response), Vec::<String>::new());
}

#[test]
fn truncation_and_defusing_keep_text_readable() {
    assert_eq!(truncate("abcdef", 4), "abc…");
    assert_eq!(truncate("abc", 4), "abc");
    assert_eq!(plain("a\nb\u{202E}c @here"), "a bc @\u{200B}here");
    assert_eq!(escaped("*x*"), "\\*x\\*");
}

#[test]
fn each_mention_is_broken_by_exactly_one_zero_width_space() {
    for (mention, defused) in [
        ("@everyone", "@\u{200B}everyone"),
        ("@here", "@\u{200B}here"),
        ("<@123>", "<@\u{200B}123>"),
        ("<@!123>", "<@\u{200B}!123>"),
        ("<@&123>", "<@\u{200B}&123>"),
        ("<#123>", "<\u{200B}#123>"),
    ] {
        let out = plain(mention);
        assert_eq!(out, defused);
        assert_eq!(out.matches('\u{200B}').count(), 1, "{mention}");
        assert!(!crate::discord::limits::holds_mention(&out), "{mention} still pings");
    }
}

fn on_message(content: &str, author: &str) -> Value {
    let target = "1500000000000000009";
    let message = json!({
        "id": target, "channel_id": "1200000000000000001",
        "author": {"id": author, "username": "bo", "discriminator": "0", "global_name": null,
                   "avatar": null},
        "content": content, "timestamp": "2026-12-01T09:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
        "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0
    });
    base(
        2,
        json!({"id": "1400000000000000002", "name": "Answer from the article", "type": 3,
                   "target_id": target, "resolved": {"messages": {target: message}}}),
    )
}

#[test]
fn a_message_command_answers_the_message_with_a_link_to_it() {
    let text = "hey @everyone, who reports to whom, the CIO or the CTO?";
    let r = reply_to(&engine(), on_message(text, "80351110224678913"));
    assert_eq!(
        r["data"]["content"],
        "Answering bo's message: https://discord.com/channels/1300000000000000001/1200000000000000001/1500000000000000009"
    );
    assert!(r["data"]["flags"].is_null(), "public by default");
    assert_eq!(r["data"]["allowed_mentions"]["parse"], json!([]), "@everyone pings nobody");
    let asked = reply_to(&engine(), ask(text));
    assert_eq!(r["data"]["embeds"], asked["data"]["embeds"], "the /ask reply for its text");
    assert_eq!(r["data"]["components"], asked["data"]["components"]);
}

#[test]
fn a_message_without_text_too_long_or_the_bots_own_gets_a_private_note() {
    let long = "why ".repeat(300);
    for (content, author, title) in [
        ("", "80351110224678913", "No text to answer"),
        ("  \n ", "80351110224678913", "No text to answer"),
        (long.as_str(), "80351110224678913", "That message is too long"),
        ("who reports to whom?", "1000000000000000001", "That message is mine"),
    ] {
        let r = reply_to(&engine(), on_message(content, author));
        assert_eq!(r["data"]["flags"], 64, "{title}");
        assert_eq!(r["data"]["embeds"][0]["title"], title);
        assert!(r["data"]["content"].is_null(), "no jump line on a note");
    }
}

// ---------------------------------------------------------------------------
// The member's language.

fn in_locale(mut interaction: Value, locale: &str) -> Value {
    interaction["locale"] = locale.into();
    interaction
}

/// A German member gets German words around the article's English: the
/// same entry, title and answer as in English, attributed the same way,
/// with the field names, footer and buttons' chrome in German and the
/// answer said once to be as published.
#[test]
fn a_german_ask_has_german_chrome_around_the_answer_as_published() {
    let engine = engine();
    let question = "is the cto the builder and the cio the operater?";
    let english = reply_to(&engine, ask(question));
    let german = reply_to(&engine, in_locale(ask(question), "de"));
    let de = Lang::from_discord("de");
    let (e, g) = (embed(&english), embed(&german));
    assert_eq!(g["title"], e["title"], "the knowledge's question, as published");
    assert_eq!(g["description"], e["description"], "the answer, word for word");
    assert_eq!(g["fields"][0]["value"], e["fields"][0]["value"], "who said it");
    // Where it was published: the title as published, the words around it
    // in German.
    let title = &engine.knowledge().sources[0].title;
    let source = g["fields"][1]["value"].as_str().unwrap();
    assert_eq!(source, format!("{} (21CTO.com)", engine.knowledge().citation_in(0, de)));
    assert!(source.contains(title.as_str()) && !source.contains("published by"), "{source}");
    assert_eq!(g["fields"][0]["name"], tr!(de, "field-who"));
    assert_ne!(g["fields"][0]["name"], e["fields"][0]["name"]);
    assert_eq!(g["fields"][1]["name"], tr!(de, "field-source"));
    let footer = g["footer"]["text"].as_str().unwrap();
    assert!(footer.starts_with(&tr!(de, "as-published")), "{footer}");
    assert!(footer.contains(&tr!(de, "kind-view")), "{footer}");
    assert!(!e["footer"]["text"].as_str().unwrap().contains("as published"));
    assert_eq!(german["data"]["components"], english["data"]["components"], "same buttons");
}

/// A decline in Japanese: the decline and "did you mean" in Japanese, the
/// questions offered as the knowledge words them.
#[test]
fn a_decline_speaks_the_members_language() {
    let engine = engine();
    let ja = Lang::from_discord("ja");
    let r = reply_to(&engine, in_locale(ask("what's the weather in Oslo?"), "ja"));
    let e = embed(&r);
    assert_eq!(e["title"], tr!(ja, "declined-title"));
    let text = e["description"].as_str().unwrap();
    assert!(text.contains(&tr!(ja, "decline-no-match")), "{text}");
    assert!(text.contains(&tr!(ja, "did-you-mean")), "{text}");
    let english = reply_to(&engine, ask("what's the weather in Oslo?"));
    let labels =
        |r: &Value| -> Vec<Value> { buttons(r).iter().map(|b| b["label"].clone()).collect() };
    assert_eq!(labels(&r), labels(&english), "the questions offered are the knowledge's");
    // Spanish as spoken in Latin America is answered in Spanish; Korean,
    // which the bot does not speak, in English.
    let r = reply_to(&engine, in_locale(ask("what's the weather in Oslo?"), "es-419"));
    assert_eq!(embed(&r)["title"], tr!(Lang::from_discord("es-ES"), "declined-title"));
    let r = reply_to(&engine, in_locale(ask("what's the weather in Oslo?"), "ko"));
    assert_eq!(embed(&r)["title"], "No sourced answer");
}

/// `/help` names the commands as the member's client shows them.
#[test]
fn help_names_the_commands_in_the_members_language() {
    let fr = Lang::from_discord("fr");
    let r = reply_to(&engine(), in_locale(command("help", json!([])), "fr"));
    let first = embed(&r)["fields"][0]["name"].as_str().unwrap().to_owned();
    assert_eq!(first, format!("/{} {}", tr!(fr, "cmd-ask"), tr!(fr, "opt-question")));
    assert_eq!(embed(&r)["footer"]["text"], tr!(fr, "help-language"));
}

/// Every reply, in every language, keeps within Discord's limits: a longer
/// translation must not push a reply over.
#[test]
fn every_reply_in_every_language_keeps_within_limits() {
    let engine = engine();
    let long = format!("{} who reports to whom?", "context ".repeat(60));
    let interactions = [
        ask("is the cto the builder and the cio the operater?"),
        ask("What position does Ash Athawale hold at Robert Half?"),
        ask("who do I go to about laptop provisioning, the CIO or the CTO?"),
        ask("@everyone what's the weather in **Oslo**?"),
        ask(&long),
        ask(""),
        command("quote", json!([{"name": "person", "type": 3, "value": "pfeiffer"}])),
        command("quote", json!([{"name": "person", "type": 3, "value": "nobody at all"}])),
        command("stats", json!([])),
        command("compare", json!([])),
        command("topics", json!([])),
        command("sources", json!([])),
        command("help", json!([])),
        command("learn", json!([])),
        command("learn", json!([{"name": "path", "type": 3, "value": "no such path"}])),
        command("quiz", json!([])),
        command("kb", json!([{"name": "gaps", "type": 1, "options": []}])),
        command("settings", json!([{"name": "show", "type": 1, "options": []}])),
        command("no-such-command", json!([])),
        button("ask:no-such-entry:public"),
        button("learn:new-engineering-manager:19"),
        button("related:acronyms"),
        button("feedback:down:reporting-tension"),
        on_message("", "80351110224678913"),
        on_message(&"why ".repeat(300), "80351110224678913"),
        on_message("who reports to whom?", "1000000000000000001"),
        on_message("who reports to whom?", "80351110224678913"),
    ];
    for lang in Lang::all() {
        for interaction in &interactions {
            // reply_to checks the limits.
            reply_to(&engine, in_locale(interaction.clone(), lang.code()));
        }
        // The replies that need a store, from what it would give.
        let k = engine.knowledge();
        let stats = crate::store::Stats {
            questions: 40,
            answered: 30,
            up: 5,
            down: 2,
            top: vec![("reporting-tension".into(), 12)],
        };
        let gaps = crate::gaps::Gaps {
            declined: vec![crate::gaps::Declined {
                question: "What does a CFO earn? @everyone **now**".into(),
                count: 3,
                nearest: vec!["acronyms".into()],
            }],
            downvoted: vec![crate::store::VoteCount { entry: "acronyms".into(), up: 1, down: 4 }],
            unasked: (0..25).map(|i| format!("entry-{i}")).collect(),
        };
        let settings = crate::settings::Settings::default();
        let cooldown = crate::settings::Cooldown { questions: 1, seconds: 60 };
        let replies = [
            curator::stats(k, &stats, lang),
            curator::gaps(k, &gaps, 3, lang),
            curator::refused(lang),
            curator::no_store(lang),
            super::super::settings::card(&settings, Some("done"), false, lang),
            super::super::settings::refused(lang),
            super::super::policy::slow_down(12_001, cooldown, lang),
            failed(lang),
        ];
        for response in replies {
            let json = serde_json::to_value(response).unwrap();
            let problems = violations(&json);
            assert!(problems.is_empty(), "{lang:?}: {problems:?}\n{json:#}");
        }
    }
}
