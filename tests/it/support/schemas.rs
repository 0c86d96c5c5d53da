//! Discord's OpenAPI schemas (`tests/discord-api-spec/schemas.json`) and
//! its documented limits, as every payload the bot sends is checked against
//! them.

use serde_json::{Value, json};

/// Everything in `instance` that does not fit schema `name` of Discord's
/// OpenAPI spec (`tests/discord-api-spec/schemas.json`).
pub fn schema_errors(name: &str, instance: &Value) -> Vec<String> {
    static SCHEMAS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let schemas = SCHEMAS.get_or_init(|| {
        let text = include_str!("../../discord-api-spec/schemas.json");
        serde_json::from_str(text).expect("schemas.json is JSON")
    });
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/components/schemas/{name}"),
        "components": schemas["components"],
    });
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// The callback body checked against both the spec and Discord's documented
/// limits the spec cannot express.
pub fn assert_valid_callback(body: &Value) {
    let schema = match body["type"].as_u64() {
        Some(1) => "PongInteractionCallbackRequest",
        Some(4) => "CreateMessageInteractionCallbackRequest",
        Some(7) => "UpdateMessageInteractionCallbackRequest",
        Some(8) => "ApplicationCommandAutocompleteCallbackRequest",
        other => panic!("unexpected callback type {other:?}: {body}"),
    };
    let errors = schema_errors(schema, body);
    assert!(errors.is_empty(), "{schema}: {errors:#?}\n{body:#}");
    let problems = cio_cto_bot::discord::limits::violations(body);
    assert!(problems.is_empty(), "{problems:#?}\n{body:#}");
}
