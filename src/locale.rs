//! The words around an answer in the member's language: every label,
//! button, notice and command description the bot shows, looked up by key
//! in Project Fluent files (`data/locales/<code>/bot.ftl`, one a language,
//! edited by translators, not in Rust), compiled into the binary. The
//! article's facts, figures and attributed views are never translated:
//! they are a source's words, and a translation would put words in
//! someone's mouth.
//!
//! A [`Lang`] is one of [`LOCALES`], chosen from the locale Discord sends
//! with each interaction; every other locale falls back to English, and so
//! does a key a translation lacks (a test fails when one does).
//!
//! ```
//! use cio_cto_bot::locale::Lang;
//! use cio_cto_bot::tr;
//!
//! let de = Lang::from_discord("de");
//! assert_eq!(tr!(de, "field-who"), "Wer es gesagt hat");
//! assert_eq!(tr!(Lang::from_discord("ko"), "field-who"), "Who said it");
//! ```

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The languages the bot speaks, by Discord's locale code, with their
/// strings. English first: the fallback. Adding a language is a file in
/// `data/locales/` and a line here (Discord's code for it).
pub const LOCALES: &[(&str, &str)] = &[
    ("en-US", include_str!("../data/locales/en-US/bot.ftl")),
    ("de", include_str!("../data/locales/de/bot.ftl")),
    ("fr", include_str!("../data/locales/fr/bot.ftl")),
    ("es-ES", include_str!("../data/locales/es-ES/bot.ftl")),
    ("pt-BR", include_str!("../data/locales/pt-BR/bot.ftl")),
    ("ja", include_str!("../data/locales/ja/bot.ftl")),
];

/// One of [`LOCALES`], by position. Small and `Copy`: it travels with every
/// request and is part of a cached reply's key.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Arguments of a message: `$name` → value.
pub type Args<'a> = FluentArgs<'a>;

type Bundle = FluentBundle<FluentResource>;

/// One language: its bundle, and its messages without variables already
/// worked out (most of a reply's words: a lookup, not a formatting).
struct Language {
    bundle: Bundle,
    plain: HashMap<String, String>,
}

/// Every language's bundle, parsed once. A file that does not parse keeps
/// the messages that do (tests fail on any error).
static BUNDLES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    (LOCALES.iter())
        .map(|&(code, source)| {
            let (bundle, ids, _) = bundle(code, source);
            let plain = plain_messages(&bundle, &ids);
            Language { bundle, plain }
        })
        .collect()
});

/// The messages `ids` that format without arguments, formatted.
fn plain_messages(bundle: &Bundle, ids: &[String]) -> HashMap<String, String> {
    let mut plain = HashMap::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            plain.insert(id.clone(), text.into_owned());
        }
    }
    plain
}

/// The bundle of one file, with its messages' ids and the errors met
/// reading it.
fn bundle(code: &str, source: &str) -> (Bundle, Vec<String>, Vec<String>) {
    let mut errors = Vec::new();
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errs)| {
        errors.extend(errs.iter().map(|e| format!("{code}: {e}")));
        partial
    });
    let ids = (resource.entries())
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect();
    let id = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps each value in Unicode isolation marks by default; in
    // Discord they would count against the limits and split names.
    bundle.set_use_isolating(false);
    if let Err(errs) = bundle.add_resource(resource) {
        errors.extend(errs.iter().map(|e| format!("{code}: {e}")));
    }
    (bundle, ids, errors)
}

impl Lang {
    pub const ENGLISH: Lang = Lang(0);

    /// The language for a Discord locale code (`de`, `pt-BR`, `es-419`…):
    /// the same code, else one of the same language (`es-419` is answered
    /// in `es-ES`, `en-GB` in `en-US`), else English.
    pub fn from_discord(code: &str) -> Lang {
        let language = |c: &str| c.split('-').next().unwrap_or(c).to_ascii_lowercase();
        let found = (LOCALES.iter().position(|(c, _)| c.eq_ignore_ascii_case(code)))
            .or_else(|| LOCALES.iter().position(|(c, _)| language(c) == language(code)));
        Lang(found.and_then(|i| u8::try_from(i).ok()).unwrap_or(0))
    }

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).filter_map(|i| u8::try_from(i).ok()).map(Lang)
    }

    /// Discord's code for it.
    pub fn code(self) -> &'static str {
        LOCALES.get(usize::from(self.0)).map_or("en-US", |(code, _)| code)
    }

    pub fn is_english(self) -> bool {
        self.0 == 0
    }

    /// Message `key`, with `args`: in this language, else in English, else
    /// the key itself (never a panic over a missing string).
    pub fn text(self, key: &str, args: Option<&Args>) -> String {
        let languages = &*BUNDLES;
        let candidates = || languages.get(usize::from(self.0)).into_iter().chain(languages.first());
        if args.is_none()
            && let Some(text) = candidates().find_map(|l| l.plain.get(key))
        {
            return text.clone();
        }
        let found =
            candidates().map(|l| &l.bundle).find_map(|b| Some((b, b.get_message(key)?.value()?)));
        let Some((bundle, pattern)) = found else {
            return key.to_owned();
        };
        // A missing argument shows as `{$name}`: visible, and tested for.
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

/// A message in a language: `tr!(lang, "key")`, or with arguments,
/// `tr!(lang, "key", name = value, …)` for the message's `$name`s.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr) => {
        $lang.text($key, None)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::locale::Args::new();
        $( args.set(stringify!($name), $value); )+
        $lang.text($key, Some(&args))
    }};
}

/// "a, b or c" in `lang`; empty for none.
pub fn either(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let first = init.join(&tr!(lang, "list-comma"));
            tr!(lang, "list-or", first = first, last = last.as_str())
        }
    }
}

#[cfg(test)]
mod tests;
