//! How a question's words put the two roles together: joined ("the CIO
//! and the CTO"), each asked of, which is which, or offered as a choice.
//! Read from the words as typed, so that the gate can tell a question about
//! the pair from one about either.

/// Whether `words` (folded) join the two roles: "cio and cto", "the CTOs
/// and the CIOs", "cio & cto".
#[inline]
pub(super) fn names_both_joined(words: &[&str]) -> bool {
    joins_roles(words, &["and", "&"])
}

/// Whether `words` (folded) ask something of each of the two roles ("what
/// does Gupta say each role focuses on?", "each of them"): a view of one
/// does not answer it.
#[inline]
pub(super) fn asks_of_each(words: &[&str]) -> bool {
    words.windows(2).any(|w| w[0] == "each" && matches!(w[1], "role" | "of" | "one" | "side"))
}

/// Whether `words` (folded) ask which of the two is which: "which one
/// faces staff and which faces the market?", "who's the builder and who
/// keeps things running?", "one of the pair looks in while the other looks
/// out". An entry about one role answers half of it, and a figure none;
/// "…, and who says so?" asks the source.
#[inline]
pub(super) fn asks_which_is_which(words: &[&str]) -> bool {
    let asks = |w: &str| matches!(w, "which" | "who" | "whos");
    let joins = |w: &str| matches!(w, "and" | "while" | "whereas" | "versus" | "vs");
    let source = |w: Option<&&str>| matches!(w, Some(&("say" | "says" | "said")));
    let after = |first: Option<usize>, second: &dyn Fn(&[&str]) -> bool| {
        let Some(first) = first else { return false };
        (first + 1..words.len()).any(|i| joins(words[i - 1]) && second(&words[i..]))
    };
    let which =
        after(words.iter().position(|w| asks(w)), &|rest| asks(rest[0]) && !source(rest.get(1)));
    // "one of them … and the other …", not "Microsoft 365 and the other
    // SaaS tools".
    let other =
        after(words.iter().position(|w| *w == "one"), &|rest| rest.starts_with(&["the", "other"]));
    which || other
}

/// Whether `words` (folded) offer the two roles as a choice: "cio or cto",
/// "the CIO's or the CTO's".
#[inline]
pub(super) fn offers_both(words: &[&str]) -> bool {
    joins_roles(words, &["or"])
}

/// Whether `words` (folded) put the two roles either side of one of
/// `joiners`, perhaps with "the" before the second.
#[inline]
fn joins_roles(words: &[&str], joiners: &[&str]) -> bool {
    let joined =
        |a: &str, b: &str| matches!((role_named(a), role_named(b)), (Some(x), Some(y)) if x != y);
    words.iter().enumerate().any(|(i, w)| {
        let after = |k: usize| words.get(i + k).copied().unwrap_or("");
        joiners.contains(&after(1))
            && (joined(w, after(2)) || (after(2) == "the" && joined(w, after(3))))
    })
}

/// The role a word (folded) names, as typed: 0 for the CIO ("cio", "CIOs",
/// "cio's"), 1 for the CTO.
#[inline]
pub(super) fn role_named(word: &str) -> Option<u8> {
    match word.trim_end_matches('s').trim_end_matches('\'') {
        "cio" => Some(0),
        "cto" => Some(1),
        _ => None,
    }
}
