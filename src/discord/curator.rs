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
use crate::locale::Lang;
use crate::store::{Stats, Store, Vote};
use crate::tr;

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
    let lang = caller.lang;
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
            Some(feedback(engine, entry, up, kept, lang).into())
        }
        Request::Kb(kb) => Some(curate(live, engine, store, kb, caller).await),
        Request::QuizButton { version, topic, seed, choice: Some(choice) } => {
            let (Some(store), Some(user)) = (store, caller.user.as_deref()) else {
                let clicked = (version, topic, seed, Some(choice));
                let card = super::onboarding::quiz_button(engine, clicked, QuizScore::None, lang);
                return Some(card.into());
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
            let clicked = (version, topic, seed, Some(choice));
            Some(super::onboarding::quiz_button(engine, clicked, score, lang).into())
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
    let lang = caller.lang;
    if !caller.may_curate() {
        return refused(lang).into();
    }
    let guild = caller.guild.as_deref();
    match (kb, store) {
        (Kb::Reload, _) => {
            let live = Arc::clone(live);
            match tokio::task::spawn_blocking(move || live.reload()).await {
                Ok(result) => reloaded(&result, lang).into(),
                Err(err) => unavailable(&err, lang).into(),
            }
        }
        (_, None) => no_store(lang).into(),
        (Kb::Stats, Some(store)) => kb_stats(engine, store, guild, lang).await,
        (Kb::Gaps, Some(store)) => kb_gaps(engine, store, guild, lang).await.into(),
        (Kb::Unknown, Some(_)) => {
            notice(&tr!(lang, "kb-unknown-title"), &tr!(lang, "kb-unknown")).into()
        }
    }
}

/// `/kb stats`, with its chart: this week's figures and the last days'.
async fn kb_stats(engine: &Engine, store: &Store, guild: Option<&str>, lang: Lang) -> Reply {
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
            stats_with_chart(engine.knowledge(), &figures, &days, lang)
        }
        Ok(Err(err)) => unavailable(&err, lang).into(),
        Err(_) => unavailable(&"it did not answer within 2 s", lang).into(),
    }
}

/// `/kb gaps`: the declined questions, the answers voted down, the entries
/// never asked.
async fn kb_gaps(
    engine: &Arc<Engine>,
    store: &Store,
    guild: Option<&str>,
    lang: Lang,
) -> CreateInteractionResponse {
    let input = match tokio::time::timeout(STORE_PATIENCE, store.gaps_since(0, guild)).await {
        Ok(Ok(input)) => input,
        Ok(Err(err)) => return unavailable(&err, lang),
        Err(_) => return unavailable(&"it did not answer within 2 s", lang),
    };
    // Finding the nearest entries may consult the sentence model.
    let engine = Arc::clone(engine);
    let made = tokio::task::spawn_blocking(move || {
        let report = crate::gaps::report(&engine, &input, Some(GAPS_SHOWN));
        gaps(engine.knowledge(), &report, input.declined.len(), lang)
    });
    made.await.unwrap_or_else(|err| unavailable(&err, lang))
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
pub fn feedback(
    engine: &Engine,
    entry: &str,
    up: bool,
    kept: Kept,
    lang: Lang,
) -> CreateInteractionResponse {
    let gone = engine.knowledge().entry(entry).is_none();
    let key = match (up, kept) {
        _ if gone => "feedback-gone",
        (_, Kept::Failed) => "feedback-failed",
        (_, Kept::Again) => "feedback-again",
        (true, Kept::Counted) => "feedback-up",
        (false, Kept::Counted) => "feedback-down",
        (_, Kept::NoStore | Kept::NotCounted) => "feedback-no-store",
    };
    let title = match kept {
        Kept::Failed => tr!(lang, "feedback-failed-title"),
        _ => tr!(lang, "feedback-title"),
    };
    let colour = if kept == Kept::Failed { DECLINED } else { INFO };
    let mut embed = Embed::new(title, tr!(lang, key), colour);
    let mut offered = Vec::new();
    if !up && let Some(answer) = engine.answer_entry(entry) {
        let related = answer.entry().map(|e| engine.related(e)).unwrap_or_default();
        if !related.is_empty() {
            embed = embed.field(tr!(lang, "feedback-perhaps"), tr!(lang, "feedback-pick"));
            offered = buttons(&related, true, ButtonStyle::Primary);
        }
    }
    message(vec![embed], offered, true)
}

/// `/kb reload`: what the reload did, or why the last good knowledge
/// still serves, with every problem's file, line and column.
pub fn reloaded(result: &Result<Reloaded, ReloadError>, lang: Lang) -> CreateInteractionResponse {
    match result {
        Ok(Reloaded::Swapped { version, entries, millis }) => {
            let text = tr!(
                lang,
                "reload-done",
                entries = *entries,
                version = version.as_str(),
                millis = millis.to_string()
            );
            message(vec![Embed::new(tr!(lang, "reload-done-title"), text, INFO)], Vec::new(), true)
        }
        Ok(Reloaded::Unchanged { version }) => notice(
            &tr!(lang, "reload-unchanged-title"),
            &tr!(lang, "reload-unchanged", version = version.as_str()),
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
            // The problems are the loader's (file, line, column): kept as
            // written, like the knowledge files they point into.
            let text =
                format!("{}\n```\n{}\n```", tr!(lang, "reload-invalid"), truncate(&problems, 3500));
            let title = tr!(lang, "reload-invalid-title");
            message(vec![Embed::new(title, text, DECLINED)], Vec::new(), true)
        }
        Err(ReloadError::Bundled) => {
            notice(&tr!(lang, "reload-bundled-title"), &tr!(lang, "reload-bundled"))
        }
    }
}

/// `/kb` from a member without Manage Server.
pub fn refused(lang: Lang) -> CreateInteractionResponse {
    notice(&tr!(lang, "kb-refused-title"), &tr!(lang, "kb-refused"))
}

/// `/kb` on a bot that keeps nothing.
pub fn no_store(lang: Lang) -> CreateInteractionResponse {
    notice(&tr!(lang, "kb-no-store-title"), &tr!(lang, "kb-no-store"))
}

fn unavailable(err: &dyn std::fmt::Display, lang: Lang) -> CreateInteractionResponse {
    warn!(%err, "/kb could not read the store");
    notice(&tr!(lang, "store-unreachable-title"), &tr!(lang, "kb-unavailable"))
}

/// An entry as a curator reads it: its first question, or its id if the
/// knowledge no longer has it.
fn entry_line(k: &Knowledge, id: &str, lang: Lang) -> String {
    match k.entries.iter().find(|e| e.id == id) {
        Some(e) => format!("{} (`{id}`)", e.questions[0]),
        None => tr!(lang, "kb-entry-gone", id = id),
    }
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 { 0 } else { (part * 100 + whole / 2) / whole }
}

/// `/kb stats`: this week in this server.
pub fn stats(k: &Knowledge, s: &Stats, lang: Lang) -> CreateInteractionResponse {
    message(vec![stats_embed(k, s, lang)], Vec::new(), true)
}

fn stats_embed(k: &Knowledge, s: &Stats, lang: Lang) -> Embed {
    let text = tr!(
        lang,
        "kb-stats-text",
        questions = s.questions,
        answered = s.answered,
        percent = percent(s.answered, s.questions),
        declined = s.questions - s.answered
    );
    let mut embed = Embed::new(tr!(lang, "kb-stats-title"), text, INFO);
    if !s.top.is_empty() {
        let top: Vec<String> =
            s.top.iter().map(|(id, n)| format!("• {n}× {}", entry_line(k, id, lang))).collect();
        embed = embed.field(tr!(lang, "kb-stats-top"), top.join("\n"));
    }
    embed
        .field(tr!(lang, "kb-stats-feedback"), format!("👍 {} · 👎 {}", s.up, s.down))
        .footer(tr!(lang, "kb-stats-footer"))
}

/// `/kb stats` with the chart of the last days attached (shown in its
/// embed), when there were questions in them; the text report alone
/// otherwise, or if the chart cannot be drawn.
pub fn stats_with_chart(k: &Knowledge, s: &Stats, days: &[crate::chart::Day], lang: Lang) -> Reply {
    let report = stats(k, s, lang);
    if days.iter().all(|d| d.questions == 0) {
        return report.into();
    }
    match crate::chart::png(days, lang) {
        Ok(bytes) => {
            let image = format!("attachment://{CHART}");
            let response = stats_embed(k, s, lang).image(image);
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
pub fn gaps(
    k: &Knowledge,
    g: &Gaps,
    declined_total: usize,
    lang: Lang,
) -> CreateInteractionResponse {
    let text = tr!(
        lang,
        "kb-gaps-text",
        declined = declined_total,
        downvoted = g.downvoted.len(),
        unasked = g.unasked.len()
    );
    let mut embed = Embed::new(tr!(lang, "kb-gaps-title"), text, DECLINED);
    if !g.declined.is_empty() {
        let lines: Vec<String> = (g.declined.iter())
            .map(|d| {
                let nearest: Vec<String> = d.nearest.iter().map(|id| format!("`{id}`")).collect();
                let nearest = match nearest.is_empty() {
                    true => tr!(lang, "kb-gaps-none"),
                    false => nearest.join(", "),
                };
                let question = escaped(&truncate(&d.question, 120));
                let line = tr!(lang, "kb-gaps-line", question = question, nearest = nearest);
                format!("• {}× {line}", d.count)
            })
            .collect();
        embed = embed.field(tr!(lang, "kb-gaps-declined"), lines.join("\n"));
    }
    if !g.downvoted.is_empty() {
        let lines: Vec<String> = (g.downvoted.iter().take(10))
            .map(|v| format!("• 👎 {} · 👍 {} — {}", v.down, v.up, entry_line(k, &v.entry, lang)))
            .collect();
        embed = embed.field(tr!(lang, "kb-gaps-voted-down"), lines.join("\n"));
    }
    if !g.unasked.is_empty() {
        let lines: Vec<String> = g.unasked.iter().take(10).map(|id| format!("• `{id}`")).collect();
        let more = g.unasked.len().saturating_sub(10);
        let tail = match more {
            0 => String::new(),
            more => format!("\n{}", tr!(lang, "kb-gaps-more", more = more)),
        };
        embed = embed.field(tr!(lang, "kb-gaps-never"), format!("{}{tail}", lines.join("\n")));
    }
    let embed = embed.footer(tr!(lang, "kb-gaps-footer"));
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
        let reply = stats_with_chart(&k, &s, &last_days(20_000, &[day]), Lang::ENGLISH);
        let json = serde_json::to_value(&reply.response).unwrap();
        assert_eq!(json["data"]["embeds"][0]["image"]["url"], "attachment://kb-stats.png");
        assert_eq!(reply.files[0].name, CHART);
        assert_eq!(json["data"]["flags"], 64, "private, as /kb is");
        assert!(crate::discord::limits::violations(&json).is_empty());
        assert_eq!(reply.files.len(), 1);
        assert!(reply.files[0].bytes.starts_with(b"\x89PNG"));
        let quiet = stats_with_chart(&k, &s, &last_days(20_000, &[]), Lang::ENGLISH);
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
        let down =
            json(&feedback(&engine, "reporting-tension", false, Kept::Counted, Lang::ENGLISH));
        assert_eq!(down["data"]["flags"], 64, "ephemeral");
        assert_eq!(down["data"]["allowed_mentions"]["parse"], serde_json::json!([]));
        let offered = custom_ids(&down);
        assert!(!offered.is_empty());
        assert!(offered.iter().all(|id| id.starts_with("ask:") && id.ends_with(":private")));
        assert!(!offered.contains(&"ask:reporting-tension:private".to_owned()), "other answers");
        let up = json(&feedback(&engine, "reporting-tension", true, Kept::Counted, Lang::ENGLISH));
        assert_eq!(up["data"]["flags"], 64);
        assert!(custom_ids(&up).is_empty());
        let off = json(&feedback(&engine, "reporting-tension", true, Kept::NoStore, Lang::ENGLISH));
        assert!(off["data"]["embeds"][0]["description"].as_str().unwrap().contains("not recorded"));
        let gone =
            json(&feedback(&engine, "no-such-entry", false, Kept::NotCounted, Lang::ENGLISH));
        let text = gone["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(text.contains("no longer in my knowledge"), "{text}");
        assert!(custom_ids(&gone).is_empty());
        let failed =
            json(&feedback(&engine, "reporting-tension", true, Kept::Failed, Lang::ENGLISH));
        let text = failed["data"]["embeds"][0]["description"].as_str().unwrap();
        assert!(
            text.contains("could not record your vote") && text.contains("try again"),
            "{text}"
        );
        assert_eq!(failed["data"]["embeds"][0]["title"], "Vote not recorded");
        let again =
            json(&feedback(&engine, "reporting-tension", false, Kept::Again, Lang::ENGLISH));
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
        let s = json(&stats(&k, &figures, Lang::ENGLISH));
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
        let g = json(&gaps(&k, &report, 3, Lang::ENGLISH));
        assert_eq!(g["data"]["flags"], 64);
        let text = g.to_string();
        assert!(
            text.contains("3× “What does a CFO earn? @\u{200B}everyone \\\\*\\\\*now"),
            "{text}"
        );
        assert!(text.contains("👎 4 · 👍 1") && text.contains("and 15 more"), "{text}");
        assert!(text.contains("3 questions declined, 1 answer voted down, 25 entries"), "{text}");
        assert_eq!(json(&refused(Lang::ENGLISH))["data"]["flags"], 64);
        assert_eq!(json(&no_store(Lang::ENGLISH))["data"]["flags"], 64);
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
