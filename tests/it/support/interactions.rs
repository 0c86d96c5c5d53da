//! Interactions as Discord sends them: commands, autocomplete, button
//! clicks and the message command, from members of given permissions, in a
//! locale or a channel.

use serde_json::{Value, json};

use super::{APPLICATION_ID, GUILD_ID};

pub fn user() -> Value {
    json!({"id": "80351110224678912", "username": "ada_lovelace", "discriminator": "0",
           "global_name": "Ada Lovelace", "avatar": null})
}

fn interaction(id: String, kind: u8, data: Value) -> Value {
    json!({
        "id": id, "application_id": APPLICATION_ID, "type": kind,
        "token": format!("token-{id}"), "version": 1, "data": data,
        "channel_id": "1200000000000000001", "guild_id": GUILD_ID,
        "member": {"user": user(), "roles": [], "joined_at": "2026-01-01T00:00:00.000000+00:00",
                   "deaf": false, "mute": false, "flags": 0, "permissions": "2248473465835073"},
        "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
        "attachment_size_limit": 8388608, "app_permissions": "2248473465835073"
    })
}

pub fn command(id: String, name: &str, options: Value) -> Value {
    interaction(
        id,
        2,
        json!({"id": "1400000000000000001", "name": name, "type": 1, "options": options}),
    )
}

/// "Answer from the article" (the message command) on a message of the
/// channel with `content`, written by `author`.
pub fn answer_message(id: String, content: &str, author: &str) -> Value {
    let target = "1500000000000000042";
    let message = json!({
        "id": target, "channel_id": "1200000000000000001",
        "author": {"id": author, "username": "bo", "discriminator": "0", "global_name": "Bo",
                   "avatar": null},
        "content": content, "timestamp": "2026-12-01T09:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
        "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0,
        "flags": 0, "components": []
    });
    let data = json!({"id": "1400000000000000099", "name": "Answer from the article", "type": 3,
                      "target_id": target, "resolved": {"messages": {target: message}}});
    interaction(id, 2, data)
}

/// The jump link of [`answer_message`]'s message.
pub const ANSWERED_MESSAGE_LINK: &str =
    "https://discord.com/channels/1300000000000000001/1200000000000000001/1500000000000000042";

pub fn ask(id: String, question: &str) -> Value {
    command(id, "ask", json!([{"name": "question", "type": 3, "value": question}]))
}

pub fn autocomplete(id: String, name: &str, option: &str, partial: &str) -> Value {
    let options = json!([{"name": option, "type": 3, "value": partial, "focused": true}]);
    interaction(
        id,
        4,
        json!({"id": "1400000000000000001", "name": name, "type": 1, "options": options}),
    )
}

/// A click on a button of a message the bot sent.
pub fn click(id: String, custom_id: &str) -> Value {
    let mut v = interaction(id, 3, json!({"custom_id": custom_id, "component_type": 2}));
    v["message"] = json!({
        "id": "1500000000000000001", "channel_id": "1200000000000000001",
        "author": {"id": APPLICATION_ID, "username": "cio-cto-bot", "discriminator": "0",
                   "global_name": null, "avatar": null, "bot": true},
        "content": "", "timestamp": "2026-11-28T12:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
        "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 20,
        "flags": 0, "components": []
    });
    v
}

/// The same interaction from another member, with these permissions (a
/// bit set, as Discord sends it).
pub fn from_member(mut interaction: Value, user_id: &str, permissions: u64) -> Value {
    interaction["member"]["user"]["id"] = json!(user_id);
    interaction["member"]["permissions"] = json!(permissions.to_string());
    interaction
}

/// The same interaction from a member nobody has seen yet (their id is the
/// interaction's): for tests that ask more questions than one person may
/// in a cooldown, as a busy server's many members do.
pub fn from_someone_new(mut interaction: Value) -> Value {
    let id = interaction["id"].clone();
    interaction["member"]["user"]["id"] = id;
    interaction
}

/// A click on a button of another message.
pub fn on_message(mut interaction: Value, message_id: &str) -> Value {
    interaction["message"]["id"] = json!(message_id);
    interaction
}

/// `/kb <subcommand>`.
pub fn kb(id: String, subcommand: &str) -> Value {
    command(id, "kb", json!([{"name": subcommand, "type": 1, "options": []}]))
}

/// `/settings <subcommand>` with its options; a channel option is resolved
/// as Discord resolves it (`data.resolved.channels`).
pub fn settings(id: String, subcommand: &str, options: Value) -> Value {
    let mut v = command(
        id,
        "settings",
        json!([{"name": subcommand, "type": 1, "options": options.clone()}]),
    );
    let channels: serde_json::Map<String, Value> = (options.as_array().into_iter().flatten())
        .filter(|o| o["type"] == 7)
        .filter_map(|o| o["value"].as_str())
        .map(|c| (c.to_owned(), json!({"id": c, "name": "qa", "type": 0, "permissions": "0"})))
        .collect();
    if !channels.is_empty() {
        v["data"]["resolved"] = json!({ "channels": channels });
    }
    v
}

/// The same interaction sent from another channel of the server.
/// The interaction as a member whose Discord speaks `locale` sends it.
pub fn in_locale(mut interaction: Value, locale: &str) -> Value {
    interaction["locale"] = locale.into();
    interaction
}

pub fn in_channel(mut interaction: Value, channel_id: &str) -> Value {
    interaction["channel_id"] = json!(channel_id);
    interaction
}

/// Discord's permission bit for Manage Server, as the bot checks it.
pub use cio_cto_bot::discord::request::MANAGE_GUILD;
