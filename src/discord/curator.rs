//! The replies that touch the store: 👍/👎 on answers, `/kb` (the
//! curators' command), and a quiz answer's score. What they show is plain Rust over what the store
//! returned ([`feedback`], [`stats`], [`gaps`] and the notices); [`respond`]
//! is the one async step both transports share, which reads or writes the
//! store and checks who may curate.

use std::sync::Arc;
use std::time::Duration;

use serenity::builder::CreateInteractionResponse;
use serenity::model::application::ButtonStyle;
use tracing::warn;

use super::message::{
    DECLINED, Embed, File, INFO, Reply, buttons, escaped, message, notice, truncate, with_file,
};
use super::onboarding::QuizScore;
use super::request::{Caller, Kb, Request};
use crate::engine::Engine;
use crate::gaps::Gaps;
use crate::knowledge::Knowledge;
use crate::knowledge::LoadError;
use crate::live::{Live, ReloadError, Reloaded};
use crate::store::{Stats, Store, Vote};

/// How long `/kb` waits for the store: Discord wants a reply within 3 s.
const STORE_PATIENCE: Duration = Duration::from_millis(2000);
/// The declined groups `/kb gaps` shows; `cio-cto-bot gaps` shows them all.
const GAPS_SHOWN: usize = 10;
/// "This week", for `/kb stats`.
const WEEK: i64 = 7 * DAY;
const DAY: i64 = 86_400;
/// The chart's file name, as the embed refers to it.
pub const CHART: &str = "kb-stats.png";

/// The reply to a feedback click or to `/kb`; `None` for any other request.
pub async fn respond(
    live: &Arc<Live>,
    engine: &Arc<Engine>,
    store: Option<&Arc<Store>>,
    request: &Request<'_>,
    caller: &Caller,
) -> Option<Reply> {
    match *request {
        Request::Feedback { entry, up } => {
            // Only votes on entries the knowledge holds: a client can send
            // any custom_id, and the curators' report should not list junk.
            let known = engine.knowledge().entry(entry).is_some();
            let kept = match (store, &caller.user, &caller.message) {
                (Some(store), Some(user), Some(message)) if known => {
                    // Committed before the voter is thanked for it.
                    let vote = async {
                        let vote = Vote {
                            voted_at: crate::store::now(),
                            message_id: message.clone(),
                            voter: store.voter(user)?,
                            guild_id: caller.guild.clone(),
                            entry: entry.to_owned(),
                            up,
                        };
                        store.vote(&vote).await
                    };
                    match tokio::time::timeout(STORE_PATIENCE, vote).await {
                        Ok(Ok(true)) => Kept::Counted,
                        Ok(Ok(false)) => Kept::Again,
                        Ok(Err(err)) => {
                            warn!(%err, "could not keep a vote; the voter is asked to try again");
                            Kept::Failed
                        }
                        Err(_) => {
                            warn!(
                                "the store did not keep a vote within 2 s; the voter is asked to try again"
                            );
                            Kept::Failed
                        }
                    }
                }
                (None, _, _) => Kept::NoStore,
                _ => Kept::NotCounted,
            };
            Some(feedback(engine, entry, up, kept).into())
        }
        Request::Kb(kb) => Some(curate(live, engine, store, kb, caller).await),
        Request::QuizButton { version, topic, seed, choice: Some(choice) } => {
            let (Some(store), Some(user)) = (store, caller.user.as_deref()) else {
                return Some(
                    super::onboarding::quiz_button(
                        engine,
                        version,
                        topic,
                        seed,
                        Some(choice),
                        QuizScore::None,
                    )
                    .into(),
                );
            };
            let current = super::onboarding::quiz_version(engine);
            let topic_of = crate::quiz::Topic::from_name(topic).unwrap_or(crate::quiz::Topic::Any);
            let score = if version == current {
                let right = super::onboarding::quiz_is_right(engine, topic, seed, choice);
                let key = super::onboarding::quiz_key(version, topic_of, seed);
                let answered = async {
                    let player = store.voter(user)?;
                    let guild = caller.guild.as_deref();
                    store.quiz_answer(&player, guild, &key, right, crate::store::now()).await
                };
                // Committed before the score is shown; a store that cannot
                // keep it costs the score (and says so), not the answer.
                match tokio::time::timeout(STORE_PATIENCE, answered).await {
                    Ok(Ok(score)) => QuizScore::Kept(score),
                    Ok(Err(err)) => {
                        warn!(%err, "could not keep a quiz answer");
                        QuizScore::Failed
                    }
                    Err(_) => QuizScore::Failed,
                }
            } else {
                QuizScore::None
            };
            Some(
                super::onboarding::quiz_button(engine, version, topic, seed, Some(choice), score)
                    .into(),
            )
        }
        _ => None,
    }
}

async fn curate(
    live: &Arc<Live>,
    engine: &Arc<Engine>,
    store: Option<&Arc<Store>>,
    kb: Kb,
    caller: &Caller,
) -> Reply {
    if !caller.may_curate() {
        return refused().into();
    }
    let guild = caller.guild.as_deref();
    match (kb, store) {
        (Kb::Reload, _) => {
            let live = Arc::clone(live);
            match tokio::task::spawn_blocking(move || live.reload()).await {
                Ok(result) => reloaded(&result).into(),
                Err(err) => unavailable(&err).into(),
            }
        }
        (_, None) => no_store().into(),
        (Kb::Stats, Some(store)) => kb_stats(engine, store, guild).await,
        (Kb::Gaps, Some(store)) => kb_gaps(engine, store, guild).await.into(),
        (Kb::Unknown, Some(_)) => notice(
            "Unknown /kb command",
            "This version of the bot knows `/kb gaps`, `/kb stats` and `/kb reload`.",
        )
        .into(),
    }
}

/// `/kb stats`, with its chart: this week's figures and the last days'.
async fn kb_stats(engine: &Engine, store: &Store, guild: Option<&str>) -> Reply {
    let now = crate::store::now();
    let read = async {
        let figures = store.stats_since(now - WEEK, guild).await?;
        let since = (now / DAY - crate::chart::DAYS as i64 + 1) * DAY;
        let daily = store.daily_since(since, guild).await?;
        Ok::<_, crate::store::StoreError>((figures, daily))
    };
    match tokio::time::timeout(STORE_PATIENCE, read).await {
        Ok(Ok((figures, daily))) => {
            let days = crate::chart::last_days(now / DAY, &daily);
            stats_with_chart(engine.knowledge(), &figures, &days)
        }
        Ok(Err(err)) => unavailable(&err).into(),
        Err(_) => unavailable(&"it did not answer within 2 s").into(),
    }
}

/// `/kb gaps`: the declined questions, the answers voted down, the entries
/// never asked.
async fn kb_gaps(
    engine: &Arc<Engine>,
    store: &Store,
    guild: Option<&str>,
) -> CreateInteractionResponse {
    let input = match tokio::time::timeout(STORE_PATIENCE, store.gaps_since(0, guild)).await {
        Ok(Ok(input)) => input,
        Ok(Err(err)) => return unavailable(&err),
        Err(_) => return unavailable(&"it did not answer within 2 s"),
    };
    // Finding the nearest entries may consult the sentence model.
    let engine = Arc::clone(engine);
    let made = tokio::task::spawn_blocking(move || {
        let report = crate::gaps::report(&engine, &input, Some(GAPS_SHOWN));
        gaps(engine.knowledge(), &report, input.declined.len())
    });
    made.await.unwrap_or_else(|err| unavailable(&err))
}

// ---------------------------------------------------------------------------
// What the curator's replies show: pure functions of what the store gave.

/// What became of a 👍 or 👎.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Committed: the first vote of this person on this answer.
    Counted,
    /// This person had voted on this answer already: the first vote stands.
    Again,
    /// The bot keeps nothing (`STORE=off`).
    NoStore,
    /// Not a vote that can count (no such entry, or no message to vote on).
    NotCounted,
    /// The store could not commit it: the person is asked to try again.
    Failed,
}

/// The private acknowledgement of a 👍 or 👎, sent only once the vote is
/// committed (or says that it was not). A 👎 offers the answers nearest to
/// the one voted down.
pub fn feedback(engine: &Engine, entry: &str, up: bool, kept: Kept) -> CreateInteractionResponse {
    let gone = engine.knowledge().entry(entry).is_none();
    let text = match (up, kept) {
        _ if gone => {
            "Thanks! That answer is no longer in my knowledge base, so there is nothing to record."
        }
        (_, Kept::Failed) => {
            "Sorry, I could not record your vote just now: my store is unreachable. Please try again in a minute."
        }
        (_, Kept::Again) => "You had already voted on this answer: your first vote stands.",
        (true, Kept::Counted) => "Thanks! Glad that helped: the curators will see your 👍.",
        (false, Kept::Counted) => {
            "Thanks for saying so: the curators will see your 👎 and use it to improve my answers."
        }
        (_, Kept::NoStore | Kept::NotCounted) => {
            "Thanks! This bot keeps no feedback, so your vote was not recorded."
        }
    };
    let title = if kept == Kept::Failed { "Vote not recorded" } else { "Thanks for the feedback" };
    let mut embed = Embed::new(title, text, if kept == Kept::Failed { DECLINED } else { INFO });
    let mut offered = Vec::new();
    if !up && let Some(answer) = engine.answer_entry(entry) {
        let related = answer.entry().map(|e| engine.related(e)).unwrap_or_default();
        if !related.is_empty() {
            embed = embed.field("Perhaps one of these answers it", "Pick one to see it.");
            offered = buttons(&related, true, ButtonStyle::Primary);
        }
    }
    message(vec![embed], offered, true)
}

/// `/kb reload`: what the reload did, or why the last good knowledge
/// still serves, with every problem's file, line and column.
pub fn reloaded(result: &Result<Reloaded, ReloadError>) -> CreateInteractionResponse {
    match result {
        Ok(Reloaded::Swapped { version, entries, millis }) => {
            let text = format!(
                "Now answering from {entries} entries (knowledge version `{version}`), loaded in {millis} ms. Replies worked out before are forgotten; buttons made before still answer, or say their entry is gone."
            );
            message(vec![Embed::new("Knowledge reloaded", text, INFO)], Vec::new(), true)
        }
        Ok(Reloaded::Unchanged { version }) => notice(
            "Nothing changed",
            &format!("The knowledge folder holds what already serves (version `{version}`)."),
        ),
        Err(ReloadError::Invalid(err)) => {
            let problems = match err {
                LoadError::Invalid(problems) => {
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
                }
                other => other.to_string(),
            };
            // A fence in a file name must not close the block early.
            let problems = problems.replace("```", "`\u{200B}`\u{200B}`");
            let text = format!(
                "The last good knowledge keeps serving. Fix these, then reload again:\n```\n{}\n```",
                truncate(&problems, 3500)
            );
            message(
                vec![Embed::new("The knowledge did not load", text, DECLINED)],
                Vec::new(),
                true,
            )
        }
        Err(err @ ReloadError::Bundled) => notice("Nothing to reload", &err.to_string()),
    }
}

/// `/kb` from a member without Manage Server.
pub fn refused() -> CreateInteractionResponse {
    notice(
        "Only for curators",
        "`/kb` is for members with the Manage Server permission in this server.",
    )
}

/// `/kb` on a bot that keeps nothing.
pub fn no_store() -> CreateInteractionResponse {
    notice(
        "Nothing is kept",
        "This bot runs with `STORE=off`, so it has no questions or votes to report. Its operator can turn the store on (see the README).",
    )
}

fn unavailable(err: &dyn std::fmt::Display) -> CreateInteractionResponse {
    warn!(%err, "/kb could not read the store");
    notice(
        "The store is unreachable",
        "I could not read my store just now, so I cannot report on it. I keep answering questions meanwhile; please try again in a minute.",
    )
}

/// An entry as a curator reads it: its first question, or its id if the
/// knowledge no longer has it.
fn entry_line(k: &Knowledge, id: &str) -> String {
    match k.entries.iter().find(|e| e.id == id) {
        Some(e) => format!("{} (`{id}`)", e.questions[0]),
        None => format!("`{id}` (no longer in the knowledge)"),
    }
}

/// "1 question", "2 questions", "3 entries".
fn counted(n: i64, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("{n} {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        (_, None) => format!("{n} {noun}s"),
    }
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 { 0 } else { (part * 100 + whole / 2) / whole }
}

/// `/kb stats`: this week in this server.
pub fn stats(k: &Knowledge, s: &Stats) -> CreateInteractionResponse {
    message(vec![stats_embed(k, s)], Vec::new(), true)
}

fn stats_embed(k: &Knowledge, s: &Stats) -> Embed {
    let text = format!(
        "**{}** in the last 7 days; **{}** answered ({}%), **{}** declined.",
        counted(s.questions, "question"),
        s.answered,
        percent(s.answered, s.questions),
        s.questions - s.answered
    );
    let mut embed = Embed::new("This week in this server", text, INFO);
    if !s.top.is_empty() {
        let top: Vec<String> =
            s.top.iter().map(|(id, n)| format!("• {n}× {}", entry_line(k, id))).collect();
        embed = embed.field("Answered most", top.join("\n"));
    }
    embed
        .field("Feedback", format!("👍 {} · 👎 {}", s.up, s.down))
        .footer("/kb gaps lists what I could not answer.")
}

/// `/kb stats` with the chart of the last days attached (shown in its
/// embed), when there were questions in them; the text report alone
/// otherwise, or if the chart cannot be drawn.
pub fn stats_with_chart(k: &Knowledge, s: &Stats, days: &[crate::chart::Day]) -> Reply {
    let report = stats(k, s);
    if days.iter().all(|d| d.questions == 0) {
        return report.into();
    }
    match crate::chart::png(days) {
        Ok(bytes) => {
            let image = format!("attachment://{CHART}");
            let response = stats_embed(k, s).image(image);
            let response = message(vec![response], Vec::new(), true);
            with_file(response, File { name: CHART.to_owned(), bytes })
        }
        Err(err) => {
            warn!(%err, "/kb stats without its chart");
            report.into()
        }
    }
}

/// `/kb gaps`: what to add or fix, for this server.
pub fn gaps(k: &Knowledge, g: &Gaps, declined_total: usize) -> CreateInteractionResponse {
    let text = format!(
        "Over everything kept: {} declined, {} voted down, {} nobody asked.",
        counted(declined_total as i64, "question"),
        counted(g.downvoted.len() as i64, "answer"),
        counted(g.unasked.len() as i64, "entry"),
    );
    let mut embed = Embed::new("Gaps in my knowledge", text, DECLINED);
    if !g.declined.is_empty() {
        let lines: Vec<String> = (g.declined.iter())
            .map(|d| {
                let nearest: Vec<String> = d.nearest.iter().map(|id| format!("`{id}`")).collect();
                format!(
                    "• {}× “{}” → nearest: {}",
                    d.count,
                    escaped(&truncate(&d.question, 120)),
                    if nearest.is_empty() { "none".to_owned() } else { nearest.join(", ") }
                )
            })
            .collect();
        embed = embed.field("Declined, most asked first", lines.join("\n"));
    }
    if !g.downvoted.is_empty() {
        let lines: Vec<String> = (g.downvoted.iter().take(10))
            .map(|v| format!("• 👎 {} · 👍 {} — {}", v.down, v.up, entry_line(k, &v.entry)))
            .collect();
        embed = embed.field("Voted down", lines.join("\n"));
    }
    if !g.unasked.is_empty() {
        let lines: Vec<String> = g.unasked.iter().take(10).map(|id| format!("• `{id}`")).collect();
        let more = g.unasked.len().saturating_sub(10);
        let tail = if more > 0 { format!("\n…and {more} more") } else { String::new() };
        embed = embed.field("Never asked", format!("{}{tail}", lines.join("\n")));
    }
    let embed = embed.footer(
        "The whole report: `cio-cto-bot gaps` where the bot runs; `gaps --propose FILE` drafts new entries.",
    );
    message(vec![embed], Vec::new(), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::gaps::Declined;
    use crate::knowledge::Knowledge;
    use crate::store::VoteCount;

    #[test]
    fn kb_stats_attaches_the_chart_when_there_were_questions() {
        use crate::chart::{Day, last_days};
        let k = Knowledge::bundled().unwrap();
        let s = Stats { questions: 3, answered: 2, top: Vec::new(), up: 1, down: 0 };
        let day = Day { day: 19_999, questions: 3, answered: 2, up: 1, down: 0 };
        let reply = stats_with_chart(&k, &s, &last_days(20_000, &[day]));
        let json = serde_json::to_value(&reply.response).unwrap();
        assert_eq!(json["data"]["embeds"][0]["image"]["url"], "attachment://kb-stats.png");
        assert_eq!(reply.files[0].name, CHART);
        assert_eq!(json["data"]["flags"], 64, "private, as /kb is");
        assert!(crate::discord::limits::violations(&json).is_empty());
        assert_eq!(reply.files.len(), 1);
        assert!(reply.files[0].bytes.starts_with(b"\x89PNG"));
        let quiet = stats_with_chart(&k, &s, &last_days(20_000, &[]));
        assert!(quiet.files.is_empty(), "no questions, no chart");
        let json = serde_json::to_value(&quiet.response).unwrap();
        let attachments = json["data"]["attachments"].as_array();
        assert!(json["data"]["embeds"][0]["image"].is_null());
        assert!(attachments.is_none_or(|a| a.is_empty()), "{json}");
    }

    fn json(response: &CreateInteractionResponse) -> serde_json::Value {
        serde_json::to_value(response).unwrap()
    }

    fn engine() -> Engine {
        Engine::new(Knowledge::bundled().unwrap())
    }

    fn custom_ids(v: &serde_json::Value) -> Vec<String> {
        let rows = v["data"]["components"].as_array().cloned().unwrap_or_default();
        rows.iter()
            .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
            .map(|b| b["custom_id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn a_thumbs_down_is_acknowledged_privately_with_the_nearest_other_answers() {
        let engine = engine();
        let down = json(&feedback(&engine, "reporting-tension", false, Kept::Counted));
        assert_eq!(down["data"]["flags"], 64, "ephemeral");
        assert_eq!(down["data"]["allowed_mentions"]["parse"], serde_json::json!([]));
        let offered = custom_ids(&down);
        assert!(!offered.is_empty());
        assert!(offered.iter().all(|id| id.starts_with("ask:") && id.ends_with(":private")));
        assert!(!offered.contains(&"ask:reporting-tension:private".to_owned()), "other answers");
        let up = json(&feedback(&engine, "reporting-tension", true, Kept::Counted));
        assert_eq!(up["data"]["flags"], 64);
        assert!(custom_ids(&up).is_empty());
        let off = json(&feedback(&engine, "reporting-tension", true, Kept::NoStore));
        assert!(off["data"]["embeds"][0]["description"].as_str().unwrap().contains("not recorded"));
        let gone = json(&feedback(&engine, "no-such-entry", false, Kept::NotCounted));
        let text = gone["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(text.contains("no longer in my knowledge"), "{text}");
        assert!(custom_ids(&gone).is_empty());
        let failed = json(&feedback(&engine, "reporting-tension", true, Kept::Failed));
        let text = failed["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(
            text.contains("could not record your vote") && text.contains("try again"),
            "{text}"
        );
        assert_eq!(failed["data"]["embeds"][0]["title"], "Vote not recorded");
        let again = json(&feedback(&engine, "reporting-tension", false, Kept::Again));
        let text = again["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(text.contains("first vote stands"), "{text}");
    }

    #[test]
    fn kb_replies_are_private_and_hold_what_the_store_gave() {
        let k = Knowledge::bundled().unwrap();
        let figures = Stats {
            questions: 40,
            answered: 30,
            top: vec![("reporting-tension".into(), 12)],
            up: 5,
            down: 2,
        };
        let s = json(&stats(&k, &figures));
        assert_eq!(s["data"]["flags"], 64);
        let text = s.to_string();
        assert!(text.contains("**40 questions**") && text.contains("(75%)"), "{text}");
        assert!(text.contains("12×") && text.contains("👍 5 · 👎 2"), "{text}");

        let report = Gaps {
            declined: vec![Declined {
                question: "What does a CFO earn? @everyone **now**".into(),
                count: 3,
                nearest: vec!["acronyms".into()],
            }],
            downvoted: vec![VoteCount { entry: "acronyms".into(), up: 1, down: 4 }],
            unasked: (0..25).map(|i| format!("entry-{i}")).collect(),
        };
        let g = json(&gaps(&k, &report, 3));
        assert_eq!(g["data"]["flags"], 64);
        let text = g.to_string();
        assert!(
            text.contains("3× “What does a CFO earn? @\u{200B}everyone \\\\*\\\\*now"),
            "{text}"
        );
        assert!(text.contains("👎 4 · 👍 1") && text.contains("and 15 more"), "{text}");
        assert!(text.contains("3 questions declined, 1 answer voted down, 25 entries"), "{text}");
        assert_eq!(json(&refused())["data"]["flags"], 64);
        assert_eq!(json(&no_store())["data"]["flags"], 64);
    }

    #[test]
    fn only_members_with_manage_server_or_administrator_may_curate() {
        let member = |permissions| Caller {
            user: Some("1".into()),
            permissions,
            guild: Some("2".into()),
            ..Caller::default()
        };
        assert!(member(Some(1 << 5)).may_curate());
        assert!(member(Some(1 << 3)).may_curate());
        assert!(member(Some((1 << 5) | (1 << 11))).may_curate());
        assert!(!member(Some(1 << 11)).may_curate(), "Send Messages is not enough");
        assert!(!member(None).may_curate());
        assert!(!Caller { guild: None, ..member(Some(1 << 5)) }.may_curate(), "not in a DM");
    }
}
