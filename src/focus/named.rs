//! What a question asks to be named or chosen: organisations ("which
//! FinTech companies…?", "name the vendors…"), where holding the word
//! "company" names none, and alternatives it offers ("HealthTech or
//! EdTech?"), one of which an answering entry must hold (see the engine's
//! gate).

use super::words::{BOUNDARIES, KINDS, NAMED_BODIES, ROLE_NOUNS, SIZES, SKIPPED};
use crate::ask::is_cio_or_cto;
use crate::text::is_stop_word;

/// The organisations a question asks to be named, as typed: the phrase
/// after "which", "what" or an imperative "name" or "list" up to a noun
/// for organisations ("fintech companies", "vendors"), or `None`. Not a
/// kind or a size ("what kind of companies", "what size firms"), which
/// an entry may describe without naming any.
pub(super) fn bodies_named(words: &[&str]) -> Option<String> {
    words.iter().enumerate().find_map(|(i, &word)| {
        let asks = match word {
            "what" | "which" | "whats" => true,
            "name" | "list" => i == 0 || matches!(words[i - 1], "you" | "please" | "me" | "to"),
            _ => false,
        };
        if !asks {
            return None;
        }
        // "what the companies are doing" asks what they do, not which.
        let determiner = |w: &str| matches!(w, "the" | "a" | "an" | "this" | "these" | "those");
        if word != "name" && word != "list" && words.get(i + 1).is_some_and(|w| determiner(w)) {
            return None;
        }
        let opening = |w: &&str| SKIPPED.contains(w) || matches!(*w, "some" | "any" | "all");
        let skipped = words[i + 1..].iter().copied().take_while(opening).count();
        let rest = &words[i + 1 + skipped..];
        let first = rest.first()?;
        // "which one deals with vendors?" asks for a role.
        let pronoun = matches!(*first, "one" | "ones" | "of");
        if pronoun || KINDS.contains(first) || SIZES.contains(first) || *first == "size" {
            return None;
        }
        // "which LegalTech or InsurTech firms": up to the noun, within a
        // noun phrase.
        let phrase = (rest.iter().take(4))
            .take_while(|w| {
                matches!(**w, "or" | "and") || !(BOUNDARIES.contains(w) || SKIPPED.contains(w))
            })
            .position(|w| NAMED_BODIES.contains(w))?;
        Some(rest[..=phrase].join(" "))
    })
}

/// Words beside an "or" that offer no alternative of their own: "…or
/// both?", "…or nah", "true or cap?", "the CIO and CTO orgs, or run by
/// one of them".
const NO_ALTERNATIVE: &[&str] = &[
    "not",
    "no",
    "nah",
    "nope",
    "both",
    "either",
    "neither",
    "none",
    "something",
    "anything",
    "else",
    "org",
    "orgs",
    "team",
    "teams",
    "side",
    "sides",
    "true",
    "false",
    "cap",
];

/// The alternatives a question offers, as typed: the words either side of
/// its first "or" ("Are CTOs thriving in HealthTech or EdTech?"), unless
/// either is a stop word or a role ("the CIO or the CTO", "or not").
pub(super) fn options(words: &[&str]) -> Vec<String> {
    let role = |w: &str| is_cio_or_cto(w) || ROLE_NOUNS.contains(&w);
    let plain =
        |w: &str| !w.is_empty() && !is_stop_word(w) && !role(w) && !NO_ALTERNATIVE.contains(&w);
    let Some(at) = words.iter().position(|w| *w == "or").filter(|&at| at > 0) else {
        return Vec::new();
    };
    // Past a preposition or an article: "online or by phone".
    let skipped = (words[at + 1..].iter().take(2))
        .take_while(|w| matches!(**w, "by" | "in" | "on" | "at" | "via" | "through" | "a" | "an"))
        .count();
    let next = at + 1 + skipped;
    let (before, after) = (words[at - 1], words.get(next).copied().unwrap_or(""));
    // "make money or save money" offers two verbs of one noun.
    let parallel = words.get(next + 1) == Some(&before);
    match plain(before) && plain(after) && !parallel {
        true => vec![before.to_owned(), after.to_owned()],
        false => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{bodies_named, options};
    use crate::text::{fold, tokenize};

    fn named(q: &str) -> Option<String> {
        bodies_named(&tokenize(&fold(q)))
    }

    #[test]
    fn organisations_asked_by_name_are_read_up_to_their_noun() {
        for (q, phrase) in [
            (
                "Which LegalTech or InsurTech firms have CTOs doing this well?",
                "legaltech or insurtech firms",
            ),
            ("Name the FinTech companies the article gives as examples.", "fintech companies"),
            ("Can you name companies from the article where the CTO sets strategy?", "companies"),
            ("What are the companies that took part?", "companies"),
            ("Which vendors did Gupta partner with?", "vendors"),
            ("Which company is Nicolas Poggi from?", "company"),
        ] {
            assert_eq!(named(q).as_deref(), Some(phrase), "{q}");
        }
    }

    #[test]
    fn kinds_sizes_roles_and_clauses_ask_no_names() {
        for q in [
            "What kind of companies have a CTO?",
            "What size companies did Transposit survey?",
            "does the article say which one deals w/ vendors and industry groups",
            // A non-native clause: what the companies do, not which.
            "For collaborate better, what the companies are doing between CIO and CTO?",
            "Which practice the companies are doing between CIO and CTO?",
            "Which groups inside the firm does the CTO team up with?",
            "What do companies usually do when the CIO needs an expert?",
            "What is the name of the survey?",
        ] {
            assert_eq!(named(q), None, "{q}");
        }
    }

    #[test]
    fn alternatives_offered_are_read_but_not_roles_or_open_ends() {
        let offered = |q: &str| options(&tokenize(&fold(q)));
        assert_eq!(
            offered("Are CTOs also thriving in HealthTech or EdTech?"),
            ["healthtech", "edtech"]
        );
        assert_eq!(offered("go with AWS, Azure or Google Cloud?"), ["azure", "google"]);
        assert!(offered("is it FinTech or").is_empty());
        // Past a preposition.
        assert_eq!(offered("Was the survey done online or by phone?"), ["online", "phone"]);
        for q in [
            "Is that the CIO's job or the CTO's?",
            "Is it a CIO project, a CTO project, or both?",
            "in fintech is the CTO a big deal or nah",
            "covid made everyone go hard on digital stuff, true or cap?",
            "is the cto supposed to make money or save money",
            "coordinated between the CIO and CTO orgs, or run by just one of them?",
            "Did the focus grow or not?",
        ] {
            assert!(offered(q).is_empty(), "{q}: {:?}", offered(q));
        }
    }
}
