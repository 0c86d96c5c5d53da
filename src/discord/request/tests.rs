//! The two readers agree: every interaction reads the same through
//! serenity's model (the gateway) and through the HTTP body.

use serenity::model::application::Interaction;

use super::*;

#[test]
fn the_http_reading_matches_serenitys() {
    let user = serde_json::json!({"id": "1", "username": "a", "discriminator": "0",
                                   "global_name": null, "avatar": null});
    let base = |kind: u8, data: serde_json::Value| {
        serde_json::json!({"id": "11", "application_id": "12", "type": kind, "token": "t",
            "version": 1, "data": data, "channel_id": "13", "user": user, "locale": "en-US",
            "entitlements": [], "attachment_size_limit": 1})
    };
    let cases = [
        base(
            2,
            serde_json::json!({"id": "2", "name": "ask", "type": 1, "options": [
            {"name": "question", "type": 3, "value": "who \"reports\" to whom?"},
            {"name": "private", "type": 5, "value": true}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "quote", "type": 1, "options": [
            {"name": "person", "type": 3, "value": "wendy-pfeiffer"}]}),
        ),
        base(2, serde_json::json!({"id": "2", "name": "stats", "type": 1})),
        base(
            2,
            serde_json::json!({"id": "2", "name": "learn", "type": 1, "options": [
            {"name": "path", "type": 3, "value": "new-engineering-manager"},
            {"name": "share", "type": 5, "value": true}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "quiz", "type": 1, "options": [
            {"name": "topic", "type": 3, "value": "roles"}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "kb", "type": 1, "options": [
            {"name": "stats", "type": 1, "options": []}]}),
        ),
        base(
            4,
            serde_json::json!({"id": "2", "name": "learn", "type": 1, "options": [
            {"name": "path", "type": 3, "value": "new", "focused": true}]}),
        ),
        base(2, serde_json::json!({"id": "2", "name": "nope", "type": 1})),
        base(
            4,
            serde_json::json!({"id": "2", "name": "ask", "type": 1, "options": [
            {"name": "question", "type": 3, "value": "cio", "focused": true}]}),
        ),
        base(
            4,
            serde_json::json!({"id": "2", "name": "quote", "type": 1, "options": [
            {"name": "person", "type": 3, "value": "", "focused": true}]}),
        ),
        serde_json::json!({"id": "11", "application_id": "12", "type": 1, "token": "t", "version": 1}),
        base(
            2,
            serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
            {"name": "cooldown", "type": 1, "options": [
                {"name": "questions", "type": 4, "value": 3},
                {"name": "seconds", "type": 4, "value": 60}]}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
            {"name": "public-channel", "type": 1, "options": [
                {"name": "channel", "type": 7, "value": "1200000000000000009"},
                {"name": "public", "type": 5, "value": true}]}],
            "resolved": {"channels": {"1200000000000000009": {"id": "1200000000000000009",
                "name": "qa", "type": 0, "permissions": "0"}}}}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
            {"name": "private", "type": 1, "options": [
                {"name": "enabled", "type": 5, "value": false}]}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
            {"name": "private", "type": 1, "options": []}]}),
        ),
        base(
            2,
            serde_json::json!({"id": "2", "name": "settings", "type": 1, "options": [
            {"name": "reset", "type": 1, "options": []}]}),
        ),
    ];
    let interactions: Vec<Interaction> = cases[cases.len() - 5..]
        .iter()
        .map(|c| serde_json::from_value(c.clone()).unwrap())
        .collect();
    let read: Vec<Request> = interactions.iter().map(parse).collect();
    assert_eq!(
        read,
        [
            Request::Settings(Setting::Cooldown { questions: 3, seconds: 60 }),
            Request::Settings(Setting::Channel { channel: 1200000000000000009, public: true }),
            Request::Settings(Setting::Private(false)),
            Request::Settings(Setting::Unknown),
            Request::Settings(Setting::Reset),
        ]
    );
    for case in cases {
        let bytes = case.to_string().into_bytes();
        let body = Body::parse(&bytes).unwrap();
        let interaction: Interaction = serde_json::from_value(case.clone()).unwrap();
        assert_eq!(body.request(), parse(&interaction), "{case}");
        assert_eq!(body.caller(), caller(&interaction), "{case}");
    }
    // In a server: the member's id and permissions, and the message of
    // a button.
    let mut click = base(3, serde_json::json!({"custom_id": "learn:p:2", "component_type": 2}));
    click["guild_id"] = "14".into();
    click["member"] = serde_json::json!({"user": user, "roles": [], "joined_at":
        "2026-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0,
        "permissions": "40"});
    // Both readers read the member's language (the server's is a fallback).
    click["locale"] = "pt-BR".into();
    click["guild_locale"] = "de".into();
    click["message"] = serde_json::json!({"id": "15", "channel_id": "13", "author": user,
        "content": "", "timestamp": "2026-11-28T12:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false, "mentions": [],
        "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 20,
        "flags": 0, "components": []});
    let bytes = click.to_string().into_bytes();
    let body = Body::parse(&bytes).unwrap();
    let interaction: Interaction = serde_json::from_value(click).unwrap();
    let expected = Caller {
        user: Some("1".into()),
        permissions: Some(40),
        message: Some("15".into()),
        guild: Some("14".into()),
        channel: Some("13".into()),
        lang: crate::locale::Lang::from_discord("pt-BR"),
    };
    assert_eq!((body.caller(), caller(&interaction)), (expected.clone(), expected));
    assert_eq!(body.request(), Request::LearnStep { path: "p", step: 2 });
    assert!(Body::parse(b"{\"type\": 99}").is_err());
    assert!(Body::parse(b"not json").is_err());
}

/// An option's value is read by its JSON type; a value of a type no command
/// takes (a fraction, a list, an object, null) is ignored, not refused.
#[test]
fn option_values_are_read_by_their_json_type() {
    let body = |value: &str| {
        format!(
            r#"{{"id": "1", "application_id": "2", "type": 2, "token": "t", "version": 1,
            "data": {{"id": "3", "name": "ask", "type": 1, "options": [
            {{"name": "question", "type": 3, "value": {value}}}]}}}}"#
        )
    };
    let asked = |value: &str| -> Result<String, String> {
        let bytes = body(value).into_bytes();
        let body = Body::parse(&bytes).map_err(|e| e.to_string())?;
        match body.request() {
            Request::Ask { question, .. } => Ok(question.to_owned()),
            other => Err(format!("{other:?}")),
        }
    };
    let question = |text: &str| Ok(text.to_owned());
    assert_eq!(asked(r#""who \"reports\" to whom? é""#), question("who \"reports\" to whom? é"));
    assert_eq!(asked(r#""plain""#), question("plain"));
    for odd in ["1.5", "[1, 2]", r#"{"a": 1}"#, "null", "7", "true"] {
        assert_eq!(asked(odd), question(""), "{odd}");
    }
    assert!(asked("tru").is_err(), "malformed JSON is refused");
}
