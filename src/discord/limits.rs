//! Discord's limits on what a reply may hold, and a check of a serialised
//! reply against them, used by the tests of every front end.

use serde_json::Value;

/// Characters (Unicode scalar values), or counts.
pub const CONTENT: usize = 2000;
pub const TITLE: usize = 256;
pub const DESCRIPTION: usize = 4096;
pub const FIELDS: usize = 25;
pub const FIELD_NAME: usize = 256;
pub const FIELD_VALUE: usize = 1024;
pub const FOOTER: usize = 2048;
/// All embeds of one message together.
pub const EMBED_TOTAL: usize = 6000;
pub const EMBEDS: usize = 10;
pub const CHOICES: usize = 25;
pub const CHOICE: usize = 100;
pub const BUTTON_LABEL: usize = 80;
pub const BUTTONS_PER_ROW: usize = 5;
pub const ROWS: usize = 5;
pub const CUSTOM_ID: usize = 100;

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// A live mention in text Discord renders: `@everyone`, `@here`, or
/// `<@id>`, `<@!id>`, `<@&id>`.
pub fn holds_mention(text: &str) -> bool {
    if text.contains("@everyone") || text.contains("@here") {
        return true;
    }
    text.match_indices("<@").any(|(i, _)| {
        let rest = text[i + 2..].trim_start_matches(['!', '&']);
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('>')
    })
}

/// Everything wrong with a serialised interaction response; empty when it
/// is within Discord's limits and can ping no one.
pub fn violations(response: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            out.push(what);
        }
    };
    let data = &response["data"];
    match response["type"].as_u64() {
        Some(1) => {}
        Some(8) => {
            let choices = data["choices"].as_array();
            check(choices.is_some(), "autocomplete without choices".into());
            let choices = choices.map_or(&[][..], Vec::as_slice);
            check(choices.len() <= CHOICES, format!("{} choices", choices.len()));
            for c in choices {
                check(
                    (1..=CHOICE).contains(&chars(&c["name"])),
                    format!("choice name {}", c["name"]),
                );
                let value = &c["value"];
                check(
                    value.is_string() && (1..=CHOICE).contains(&chars(value)),
                    format!("choice value {value}"),
                );
            }
        }
        Some(4 | 7) => {
            check(chars(&data["content"]) <= CONTENT, "content too long".into());
            let mentions = &data["allowed_mentions"];
            let empty = |k: &str| mentions[k].as_array().is_none_or(Vec::is_empty);
            check(
                mentions.is_object() && empty("parse") && empty("users") && empty("roles"),
                format!("allowed_mentions {mentions}"),
            );
            let mut texts: Vec<&Value> = vec![&data["content"]];
            let embeds = data["embeds"].as_array().map_or(&[][..], Vec::as_slice);
            check(embeds.len() <= EMBEDS, format!("{} embeds", embeds.len()));
            let mut total = 0;
            for e in embeds {
                check(chars(&e["title"]) <= TITLE, "embed title too long".into());
                check(chars(&e["description"]) <= DESCRIPTION, "description too long".into());
                check(chars(&e["footer"]["text"]) <= FOOTER, "footer too long".into());
                let fields = e["fields"].as_array().map_or(&[][..], Vec::as_slice);
                check(fields.len() <= FIELDS, format!("{} fields", fields.len()));
                total +=
                    chars(&e["title"]) + chars(&e["description"]) + chars(&e["footer"]["text"]);
                for f in fields {
                    let (n, v) = (chars(&f["name"]), chars(&f["value"]));
                    check((1..=FIELD_NAME).contains(&n), format!("field name of {n}"));
                    check((1..=FIELD_VALUE).contains(&v), format!("field value of {v}"));
                    total += n + v;
                    texts.extend([&f["name"], &f["value"]]);
                }
                texts.extend([&e["title"], &e["description"], &e["footer"]["text"]]);
            }
            check(total <= EMBED_TOTAL, format!("embeds total {total}"));
            for text in texts.iter().filter_map(|t| t.as_str()) {
                check(!holds_mention(text), format!("live mention in {text:?}"));
            }
            let rows = data["components"].as_array().map_or(&[][..], Vec::as_slice);
            check(rows.len() <= ROWS, format!("{} rows", rows.len()));
            let mut ids = Vec::new();
            for row in rows {
                let buttons = row["components"].as_array().map_or(&[][..], Vec::as_slice);
                check(row["type"] == 1, "a row that is not an action row".into());
                check(
                    (1..=BUTTONS_PER_ROW).contains(&buttons.len()),
                    format!("{} buttons", buttons.len()),
                );
                for b in buttons {
                    // A button shows a label, an emoji, or both.
                    let labelled = (1..=BUTTON_LABEL).contains(&chars(&b["label"]));
                    let emoji = b["emoji"]["name"].as_str().is_some_and(|e| !e.is_empty());
                    check(
                        labelled || (b["label"].is_null() && emoji),
                        format!("label {}", b["label"]),
                    );
                    let id = b["custom_id"].as_str().unwrap_or("");
                    check(
                        (1..=CUSTOM_ID).contains(&id.chars().count()),
                        format!("custom_id {id:?}"),
                    );
                    check(!ids.contains(&id), format!("duplicate custom_id {id}"));
                    ids.push(id);
                }
            }
        }
        other => check(false, format!("unexpected response type {other:?}")),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_live_mentions_but_not_defused_ones() {
        assert!(holds_mention("hi @everyone"));
        assert!(holds_mention("ping <@123> and <@&45>"));
        assert!(holds_mention("<@!9>"));
        assert!(!holds_mention("@\u{200B}everyone <\u{200B}@123>"));
        assert!(!holds_mention("a <@ b> c"));
    }

    #[test]
    fn reports_each_broken_limit() {
        let long = "x".repeat(101);
        let bad = json!({"type": 8, "data": {"choices": [{"name": long, "value": ""}]}});
        assert_eq!(violations(&bad).len(), 2);
        let ok = json!({"type": 4, "data": {"embeds": [{"title": "t"}],
            "allowed_mentions": {"parse": [], "users": [], "roles": []}}});
        assert!(violations(&ok).is_empty());
        let pings = json!({"type": 4, "data": {"content": "@everyone"}});
        assert_eq!(violations(&pings).len(), 2, "{:?}", violations(&pings));
    }
}
