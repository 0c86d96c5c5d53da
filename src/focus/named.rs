//! The names a question asks for: "which FinTech companies…?", "name the
//! vendors…". Holding the word "company" does not name one, so an entry
//! answers only by naming an organisation (see the engine's gate).

use super::words::{BOUNDARIES, KINDS, NAMED_BODIES, SIZES, SKIPPED};

/// The organisations a question asks to be named, as typed: the phrase
/// after "which", "what" or an imperative "name" or "list" up to a noun
/// for organisations ("fintech companies", "vendors"), or `None`. Not a
/// kind or a size ("what kind of companies", "what size firms"), which
/// an entry may describe without naming any.
pub(super) fn bodies_named(words: &[&str]) -> Option<String> {
    words.iter().enumerate().find_map(|(i, &word)| {
        let imperative = i == 0 || matches!(words[i - 1], "you" | "please" | "me" | "to");
        let asks = matches!(word, "what" | "which" | "whats")
            || (matches!(word, "name" | "list") && imperative);
        if !asks {
            return None;
        }
        // "what the companies are doing" asks what they do, not which.
        let determiner = |w: &str| matches!(w, "the" | "a" | "an" | "this" | "these" | "those");
        if word != "name" && word != "list" && words.get(i + 1).is_some_and(|w| determiner(w)) {
            return None;
        }
        let opening = |w: &&str| SKIPPED.contains(w) || matches!(*w, "some" | "any" | "all");
        let rest: Vec<&str> = words[i + 1..].iter().copied().skip_while(opening).collect();
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

#[cfg(test)]
mod tests {
    use super::bodies_named;
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
}
