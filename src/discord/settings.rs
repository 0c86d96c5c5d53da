//! `/settings`, the server managers' command: where the bot answers in
//! public, and the per-user cooldown, kept in the store. [`respond`] is the
//! async step (the permission check and the store); what the replies show
//! are pure functions below, with the cooldown's "slow down".

use std::time::Duration;

use serenity::builder::CreateInteractionResponse;
use tracing::{info, warn};

use super::message::{Embed, INFO, message, notice};
use super::policy::Policy;
use super::request::{Caller, Setting};
use crate::locale::Lang;
use crate::settings::{
    Cooldown, MAX_COOLDOWN_QUESTIONS, MAX_COOLDOWN_SECONDS, MAX_PUBLIC_CHANNELS, Replies, Settings,
};
use crate::store::{ChannelChange, StoreError};
use crate::tr;

/// How long `/settings` waits for the store: Discord wants a reply within
/// 3 s.
const STORE_PATIENCE: Duration = Duration::from_millis(2000);

/// The reply to `/settings`.
pub async fn respond(
    policy: &Policy,
    setting: Setting,
    caller: &Caller,
) -> CreateInteractionResponse {
    let lang = caller.lang;
    let (true, Some(guild)) = (caller.may_curate(), caller.guild.as_deref()) else {
        return refused(lang);
    };
    if setting == Setting::Unknown {
        return notice(&tr!(lang, "settings-unknown-title"), &tr!(lang, "settings-unknown"));
    }
    let Some(store) = policy.store() else {
        return match setting {
            Setting::Show => card(&Settings::default(), None, false, lang),
            _ => no_store(lang),
        };
    };
    if let Some(problem) = out_of_range(setting, lang) {
        return notice(&tr!(lang, "settings-range-title"), &problem);
    }
    let now = crate::store::now();
    let changed = async {
        let done = match setting {
            Setting::Show | Setting::Unknown => None,
            Setting::Private(private) => {
                store.set_private_default(guild, private, now).await?;
                Some(if private {
                    tr!(lang, "settings-private-on")
                } else {
                    tr!(lang, "settings-private-off")
                })
            }
            Setting::Channel { channel, public } => {
                let change = store.set_public_channel(guild, &channel.to_string(), public).await?;
                Some(channel_change(channel, change, lang))
            }
            Setting::Cooldown { questions, seconds } => {
                // In range: checked above.
                let cooldown = Cooldown { questions: questions as u32, seconds: seconds as u32 };
                store.set_cooldown(guild, cooldown, now).await?;
                Some(tr!(lang, "settings-cooldown-now", cooldown = cooldown.describe(lang)))
            }
            Setting::Reset => {
                store.reset_settings(guild).await?;
                Some(tr!(lang, "settings-reset-done"))
            }
        };
        match setting {
            Setting::Reset => policy.reset(guild),
            Setting::Private(_) | Setting::Channel { .. } | Setting::Cooldown { .. } => {
                policy.changed(guild)
            }
            Setting::Show | Setting::Unknown => {}
        }
        let settings = store.settings(guild).await?;
        Ok::<_, StoreError>((done, settings))
    };
    match tokio::time::timeout(STORE_PATIENCE, changed).await {
        Ok(Ok((done, settings))) => {
            if done.is_some() {
                info!(guild, ?setting, "a server's settings changed");
            }
            card(&settings, done.as_deref(), true, lang)
        }
        Ok(Err(err)) => unavailable(&err, lang),
        Err(_) => unavailable(&"it did not answer within 2 s", lang),
    }
}

/// What is wrong with a value a client sent, if anything: Discord keeps
/// its picker within these bounds, but a client can send any number.
fn out_of_range(setting: Setting, lang: Lang) -> Option<String> {
    match setting {
        Setting::Cooldown { questions, seconds }
            if !(0..=i64::from(MAX_COOLDOWN_QUESTIONS)).contains(&questions)
                || !(1..=i64::from(MAX_COOLDOWN_SECONDS)).contains(&seconds) =>
        {
            Some(tr!(
                lang,
                "settings-cooldown-range",
                questions = MAX_COOLDOWN_QUESTIONS,
                seconds = MAX_COOLDOWN_SECONDS
            ))
        }
        Setting::Channel { channel: 0, .. } => Some(tr!(lang, "settings-not-a-channel")),
        _ => None,
    }
}

fn channel_change(channel: u64, change: ChannelChange, lang: Lang) -> String {
    let channel = format!("<#{channel}>");
    match change {
        ChannelChange::Added => tr!(lang, "settings-channel-added", channel = channel),
        ChannelChange::Removed => tr!(lang, "settings-channel-removed", channel = channel),
        ChannelChange::Unchanged => tr!(lang, "settings-channel-unchanged", channel = channel),
        ChannelChange::Full => tr!(lang, "settings-channel-full", max = MAX_PUBLIC_CHANNELS),
    }
}

/// The server's settings, after `done` (what the last change did). `kept`
/// is false on a bot without a store.
pub fn card(
    settings: &Settings,
    done: Option<&str>,
    kept: bool,
    lang: Lang,
) -> CreateInteractionResponse {
    let replies = match (settings.replies_in(None), settings.public_channels.is_empty()) {
        (Replies::Public, _) => tr!(lang, "settings-replies-public"),
        (Replies::Private, true) => tr!(lang, "settings-replies-private"),
        (Replies::Private, false) => tr!(lang, "settings-replies-channels"),
    };
    let channels = if settings.public_channels.is_empty() {
        tr!(lang, "settings-channels-none")
    } else {
        let listed: Vec<String> =
            settings.public_channels.iter().map(|c| format!("<#{c}>")).collect();
        listed.join(", ")
    };
    let mut text = done.map(|d| format!("{d}\n\n")).unwrap_or_default();
    if !kept {
        text = format!("{text}{}\n\n", tr!(lang, "settings-defaults-only"));
    }
    text += &tr!(lang, "settings-counted");
    let embed = Embed::new(tr!(lang, "settings-title"), text, INFO)
        .field(tr!(lang, "settings-replies"), replies)
        .field(tr!(lang, "settings-channels"), channels)
        .field(tr!(lang, "settings-cooldown"), settings.cooldown.describe(lang))
        .footer(tr!(lang, "settings-footer"));
    message(vec![embed], Vec::new(), true)
}

/// `/settings` from a member without Manage Server.
pub fn refused(lang: Lang) -> CreateInteractionResponse {
    notice(&tr!(lang, "settings-refused-title"), &tr!(lang, "settings-refused"))
}

/// A change asked of a bot that keeps nothing.
pub fn no_store(lang: Lang) -> CreateInteractionResponse {
    notice(&tr!(lang, "settings-no-store-title"), &tr!(lang, "settings-no-store"))
}

fn unavailable(err: &dyn std::fmt::Display, lang: Lang) -> CreateInteractionResponse {
    warn!(%err, "/settings could not use the store");
    notice(&tr!(lang, "store-unreachable-title"), &tr!(lang, "settings-unavailable"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn description(response: &CreateInteractionResponse) -> String {
        let json = serde_json::to_value(response).unwrap();
        assert_eq!(json["data"]["flags"], 64, "private");
        assert_eq!(json["data"]["allowed_mentions"]["parse"], serde_json::json!([]));
        json["data"]["embeds"][0].to_string()
    }

    #[test]
    fn the_card_says_where_replies_go() {
        let mut s = Settings::default();
        assert!(
            description(&card(&s, None, true, Lang::ENGLISH))
                .contains("In public, in every channel")
        );
        assert!(
            description(&card(&s, None, true, Lang::ENGLISH))
                .contains("5 questions every 30 s a person")
        );
        s.private_default = true;
        assert!(
            description(&card(&s, None, true, Lang::ENGLISH)).contains("only the person who asked")
        );
        s.public_channels.insert("12".into());
        s.cooldown = Cooldown::OFF;
        let text = description(&card(&s, Some("Done."), true, Lang::ENGLISH));
        assert!(text.contains("<#12>") && text.contains("private everywhere else"), "{text}");
        assert!(text.contains("Done.") && text.contains("off: anyone"), "{text}");
        assert!(description(&card(&s, None, false, Lang::ENGLISH)).contains("STORE=off"));
    }

    #[test]
    fn values_outside_discords_bounds_are_refused() {
        for (questions, seconds) in [(-1, 30), (101, 30), (5, 0), (5, 3601)] {
            assert!(
                out_of_range(Setting::Cooldown { questions, seconds }, Lang::ENGLISH).is_some()
            );
        }
        assert!(
            out_of_range(Setting::Cooldown { questions: 0, seconds: 1 }, Lang::ENGLISH).is_none()
        );
        assert!(
            out_of_range(Setting::Channel { channel: 0, public: true }, Lang::ENGLISH).is_some()
        );
        assert!(out_of_range(Setting::Private(true), Lang::ENGLISH).is_none());
    }

    #[tokio::test]
    async fn only_managers_change_settings_and_a_bot_without_a_store_keeps_none() {
        let policy = Policy::new(None);
        let member = Caller {
            user: Some("1".into()),
            permissions: Some(1 << 11),
            guild: Some("2".into()),
            ..Caller::default()
        };
        let refused = description(&respond(&policy, Setting::Private(true), &member).await);
        assert!(refused.contains("Only for server managers"), "{refused}");
        let manager = Caller { permissions: Some(1 << 5), ..member };
        let kept = description(&respond(&policy, Setting::Private(true), &manager).await);
        assert!(kept.contains("Settings need a store"), "{kept}");
        let shown = description(&respond(&policy, Setting::Show, &manager).await);
        assert!(shown.contains("STORE=off"), "{shown}");
    }
}
