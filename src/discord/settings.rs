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
use crate::settings::{
    Cooldown, MAX_COOLDOWN_QUESTIONS, MAX_COOLDOWN_SECONDS, MAX_PUBLIC_CHANNELS, Replies, Settings,
};
use crate::store::{ChannelChange, StoreError};

/// How long `/settings` waits for the store: Discord wants a reply within
/// 3 s.
const STORE_PATIENCE: Duration = Duration::from_millis(2000);

/// The reply to `/settings`.
pub async fn respond(
    policy: &Policy,
    setting: Setting,
    caller: &Caller,
) -> CreateInteractionResponse {
    let (true, Some(guild)) = (caller.may_curate(), caller.guild.as_deref()) else {
        return refused();
    };
    if setting == Setting::Unknown {
        return notice(
            "Unknown /settings command",
            "This version of the bot knows `/settings show`, `private`, `public-channel`, `cooldown` and `reset`.",
        );
    }
    let Some(store) = policy.store() else {
        return match setting {
            Setting::Show => card(&Settings::default(), None, false),
            _ => no_store(),
        };
    };
    if let Some(problem) = out_of_range(setting) {
        return notice("That setting is out of range", &problem);
    }
    let now = crate::store::now();
    let changed = async {
        let done = match setting {
            Setting::Show | Setting::Unknown => None,
            Setting::Private(private) => {
                store.set_private_default(guild, private, now).await?;
                Some(if private {
                    "Replies are now private by default.".to_owned()
                } else {
                    "Replies are no longer private by default.".to_owned()
                })
            }
            Setting::Channel { channel, public } => {
                let change = store.set_public_channel(guild, &channel.to_string(), public).await?;
                Some(channel_change(channel, change))
            }
            Setting::Cooldown { questions, seconds } => {
                // In range: checked above.
                let cooldown = Cooldown { questions: questions as u32, seconds: seconds as u32 };
                store.set_cooldown(guild, cooldown, now).await?;
                Some(format!("The cooldown is now {}.", cooldown.describe()))
            }
            Setting::Reset => {
                store.reset_settings(guild).await?;
                Some("Settings are back to the defaults.".to_owned())
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
            card(&settings, done.as_deref(), true)
        }
        Ok(Err(err)) => unavailable(&err),
        Err(_) => unavailable(&"it did not answer within 2 s"),
    }
}

/// What is wrong with a value a client sent, if anything: Discord keeps
/// its picker within these bounds, but a client can send any number.
fn out_of_range(setting: Setting) -> Option<String> {
    match setting {
        Setting::Cooldown { questions, seconds }
            if !(0..=i64::from(MAX_COOLDOWN_QUESTIONS)).contains(&questions)
                || !(1..=i64::from(MAX_COOLDOWN_SECONDS)).contains(&seconds) =>
        {
            Some(format!(
                "A cooldown is 0 to {MAX_COOLDOWN_QUESTIONS} questions (0 turns it off) in 1 to {MAX_COOLDOWN_SECONDS} seconds."
            ))
        }
        Setting::Channel { channel: 0, .. } => Some("That is not a channel.".to_owned()),
        _ => None,
    }
}

fn channel_change(channel: u64, change: ChannelChange) -> String {
    match change {
        ChannelChange::Added => format!("I now answer in public in <#{channel}>."),
        ChannelChange::Removed => format!("<#{channel}> is no longer a public channel."),
        ChannelChange::Unchanged => format!("Nothing to change for <#{channel}>."),
        ChannelChange::Full => format!(
            "This server already lists {MAX_PUBLIC_CHANNELS} public channels: take one off the list first."
        ),
    }
}

/// The server's settings, after `done` (what the last change did). `kept`
/// is false on a bot without a store.
pub fn card(settings: &Settings, done: Option<&str>, kept: bool) -> CreateInteractionResponse {
    let replies = match (settings.replies_in(None), settings.public_channels.is_empty()) {
        (Replies::Public, _) => {
            "In public, in every channel; anyone can add `private: True` to see a reply alone."
        }
        (Replies::Private, true) => "Private: only the person who asked sees the reply.",
        (Replies::Private, false) => "In public in the channels below; private everywhere else.",
    };
    let channels = if settings.public_channels.is_empty() {
        "None listed.".to_owned()
    } else {
        let listed: Vec<String> =
            settings.public_channels.iter().map(|c| format!("<#{c}>")).collect();
        listed.join(", ")
    };
    let mut text = done.map(|d| format!("{d}\n\n")).unwrap_or_default();
    if !kept {
        text += "This bot keeps nothing (`STORE=off`), so these are the defaults, and they cannot be changed.\n\n";
    }
    text +=
        "Questions asked with `/ask`, `/quote` or a question button count towards the cooldown.";
    let embed = Embed::new("Settings for this server", text, INFO)
        .field("Replies", replies)
        .field("Public channels", channels)
        .field("Cooldown", Cooldown::describe(settings.cooldown))
        .footer("/settings private · public-channel · cooldown · reset");
    message(vec![embed], Vec::new(), true)
}

/// `/settings` from a member without Manage Server.
pub fn refused() -> CreateInteractionResponse {
    notice(
        "Only for server managers",
        "`/settings` is for members with the Manage Server permission, in a server.",
    )
}

/// A change asked of a bot that keeps nothing.
pub fn no_store() -> CreateInteractionResponse {
    notice(
        "Settings need a store",
        "This bot runs with `STORE=off`, so it cannot keep settings: the defaults apply. Its operator can turn the store on (see the README).",
    )
}

fn unavailable(err: &dyn std::fmt::Display) -> CreateInteractionResponse {
    warn!(%err, "/settings could not use the store");
    notice(
        "The store is unreachable",
        "I could not reach my store just now, so nothing changed. I keep answering questions meanwhile (privately, until I can read this server's settings again); please try again in a minute.",
    )
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
        assert!(description(&card(&s, None, true)).contains("In public, in every channel"));
        assert!(description(&card(&s, None, true)).contains("5 questions every 30 s a person"));
        s.private_default = true;
        assert!(description(&card(&s, None, true)).contains("only the person who asked"));
        s.public_channels.insert("12".into());
        s.cooldown = Cooldown::OFF;
        let text = description(&card(&s, Some("Done."), true));
        assert!(text.contains("<#12>") && text.contains("private everywhere else"), "{text}");
        assert!(text.contains("Done.") && text.contains("off: anyone"), "{text}");
        assert!(description(&card(&s, None, false)).contains("STORE=off"));
    }

    #[test]
    fn values_outside_discords_bounds_are_refused() {
        for (questions, seconds) in [(-1, 30), (101, 30), (5, 0), (5, 3601)] {
            assert!(out_of_range(Setting::Cooldown { questions, seconds }).is_some());
        }
        assert!(out_of_range(Setting::Cooldown { questions: 0, seconds: 1 }).is_none());
        assert!(out_of_range(Setting::Channel { channel: 0, public: true }).is_some());
        assert!(out_of_range(Setting::Private(true)).is_none());
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
