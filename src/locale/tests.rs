//! Every translation is complete and well-formed: the same keys as
//! English, the same variables in each message, no Fluent errors, and
//! every folder of `data/locales/` is compiled in.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message of a file, with the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            out.insert(message.id.name.to_owned(), variables);
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_file_parses_without_errors() {
    for &(code, source) in LOCALES {
        let (_, _, errors) = bundle(code, source);
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn every_language_has_every_english_key_and_no_other() {
    let english = messages(LOCALES[0].1);
    assert!(english.len() > 100, "the English file is read: {} messages", english.len());
    for &(code, source) in &LOCALES[1..] {
        let theirs = messages(source);
        let missing: Vec<&String> = english.keys().filter(|k| !theirs.contains_key(*k)).collect();
        let extra: Vec<&String> = theirs.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(extra.is_empty(), "{code} has keys English has not: {extra:?}");
    }
}

/// A translation that drops `{ $seconds }` loses the number; one that
/// invents `{ $secs }` shows `{$secs}` to the member.
#[test]
fn every_message_uses_the_variables_english_gives_it() {
    let english = messages(LOCALES[0].1);
    for &(code, source) in &LOCALES[1..] {
        for (key, variables) in messages(source) {
            let Some(wanted) = english.get(&key) else { continue };
            assert_eq!(&variables, wanted, "{code}: {key}");
        }
    }
}

/// Every message formats without an error in every language, with each
/// of its variables set (as a number where English selects on it).
#[test]
fn every_message_formats_in_every_language() {
    let english = messages(LOCALES[0].1);
    for lang in Lang::all() {
        let bundle = &BUNDLES[usize::from(lang.0)].bundle;
        for (key, variables) in &english {
            let message = bundle.get_message(key).unwrap_or_else(|| panic!("{lang:?}: {key}"));
            let pattern = message.value().unwrap_or_else(|| panic!("{lang:?}: {key} is empty"));
            for n in [0, 1, 2, 5, 21] {
                let mut args = Args::new();
                for variable in variables {
                    args.set(variable.clone(), n);
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang:?}: {key}: {errors:?}");
                assert!(!text.trim().is_empty(), "{lang:?}: {key}");
                assert!(!text.contains("{$"), "{lang:?}: {key}: {text}");
            }
        }
    }
}

/// A language added as a folder but not compiled in would never be
/// spoken; one compiled in must have its folder.
#[test]
fn every_folder_of_data_locales_is_compiled_in() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/locales");
    let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut compiled: Vec<String> = LOCALES.iter().map(|(code, _)| (*code).to_owned()).collect();
    compiled.sort();
    assert_eq!(on_disk, compiled);
    assert_eq!(LOCALES[0].0, "en-US", "English first: the fallback");
}

#[test]
fn discord_locales_map_to_the_nearest_language() {
    let code = |discord: &str| Lang::from_discord(discord).code();
    assert_eq!(code("de"), "de");
    assert_eq!(code("pt-BR"), "pt-BR");
    assert_eq!(code("PT-br"), "pt-BR");
    assert_eq!(code("es-419"), "es-ES", "Latin American Spanish is answered in Spanish");
    assert_eq!(code("en-GB"), "en-US");
    assert_eq!(code("ko"), "en-US", "no Korean: English");
    assert_eq!(code(""), "en-US");
    assert_eq!(Lang::all().count(), LOCALES.len());
    assert!(Lang::default().is_english());
}

#[test]
fn a_missing_key_falls_back_and_never_panics() {
    let de = Lang::from_discord("de");
    assert_eq!(de.text("no-such-key", None), "no-such-key");
    assert_eq!(tr!(Lang::ENGLISH, "list-or", first = "a, b", last = "c"), "a, b or c");
    assert_eq!(either(Lang::ENGLISH, &["x".to_owned()]), "x");
    assert_eq!(either(Lang::ENGLISH, &[]), "");
    // A variable left out shows, rather than failing the reply.
    assert!(tr!(Lang::ENGLISH, "quoted").contains("$text"));
}

/// A message without variables reads the same from the ones worked out
/// at load as formatted each time.
#[test]
fn plain_messages_are_the_formatted_ones() {
    for lang in Lang::all() {
        let language = &BUNDLES[usize::from(lang.0)];
        assert!(language.plain.len() > 150, "{lang:?}: {}", language.plain.len());
        for (key, text) in &language.plain {
            let pattern = language.bundle.get_message(key).unwrap().value().unwrap();
            let mut errors = Vec::new();
            assert_eq!(language.bundle.format_pattern(pattern, None, &mut errors), *text);
            assert_eq!(lang.text(key, None), *text);
        }
        assert!(!language.plain.contains_key("slow-down"), "it has variables");
    }
}

#[test]
fn plurals_follow_the_language() {
    let en = Lang::ENGLISH;
    assert_eq!(
        tr!(en, "cooldown-on", questions = 1, seconds = 60),
        "1 question every 60 s a person"
    );
    assert_eq!(
        tr!(en, "cooldown-on", questions = 5, seconds = 30),
        "5 questions every 30 s a person"
    );
}

/// The English wording written out in Rust for speed (credits and
/// citations are on every answer's path) is the English file's.
#[test]
fn english_written_out_for_speed_is_the_english_files() {
    use crate::knowledge::{Attribution, Knowledge};
    let k = Knowledge::bundled().unwrap();
    let en = Lang::ENGLISH;
    let source = &k.sources[0];
    let (title, publisher) = (source.title.as_str(), source.publisher.as_str());
    assert_eq!(k.citation(0), tr!(en, "citation", title = title, publisher = publisher));
    assert_eq!(k.credit(Attribution::Source(0)), tr!(en, "credit-article", publisher = publisher));
    let s = &k.surveys[0];
    assert_eq!(
        s.credit(),
        tr!(
            en,
            "credit-survey",
            run_by = s.run_by.as_str(),
            respondents = s.respondents.to_string(),
            population = s.population.as_str()
        )
    );
}
