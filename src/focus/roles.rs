//! How a question sets the two roles apart: one against the other ("more
//! by CIOs or by CTOs?"), or one alone ("just the CTOs"). A figure for the
//! CIOs and CTOs together answers neither.

use super::words::COMPARING;
use crate::ask::is_cio_or_cto;

/// Whether `words` set the CIO against the CTO: both named, an "or",
/// "versus" or "than" between them, and a comparison ("more", "likelier",
/// "versus"). "How many CIOs and CTOs took part?" counts them together.
pub(super) fn compares(words: &[&str]) -> bool {
    let role = |w: &&str| is_cio_or_cto(w);
    let Some(first) = words.iter().position(role) else { return false };
    let Some(second) = words[first + 1..].iter().position(|w| role(w) && *w != words[first]) else {
        return false;
    };
    let between = &words[first + 1..first + 1 + second];
    between.iter().any(|w| matches!(*w, "or" | "versus" | "vs" | "than"))
        && words.iter().any(|w| COMPARING.contains(w))
}

/// The one role `words` ask a figure of alone, singular ("cto"): "just
/// the CTOs", "only CIOs", "CTOs alone", "CIOs on their own", "CTOs by
/// themselves".
pub(super) fn alone(words: &[&str]) -> Option<String> {
    words.iter().enumerate().find_map(|(i, w)| {
        let role = w.strip_suffix('s').filter(|r| matches!(*r, "cio" | "cto"))?;
        let before = |back: usize| i.checked_sub(back).map(|at| words[at]);
        let only = |w: Option<&str>| matches!(w, Some("just" | "only"));
        let restricted = only(before(1)) || (before(1) == Some("the") && only(before(2)));
        let rest = &words[i + 1..];
        let after = matches!(rest.first(), Some(&("alone" | "only")))
            || rest.starts_with(&["on", "their", "own"])
            || rest.starts_with(&["by", "themselves"]);
        (restricted || after).then(|| role.to_owned())
    })
}

/// The role `words` count as having the other ("how many CIOs in the poll
/// have a CTO too?", "% of CTOs with a CIO"), singular ("cio"): the figure
/// asked is of that role. Holding both titles, or a figure for the two
/// together, is another.
pub(super) fn counted_having(words: &[&str]) -> Option<String> {
    let counted = words.iter().enumerate().find_map(|(i, w)| {
        let role = w.strip_suffix('s').filter(|r| matches!(*r, "cio" | "cto"))?;
        let counts = words[i.saturating_sub(3)..i].iter().any(|w| COUNTING.contains(w));
        counts.then_some((i, role))
    });
    let (at, role) = counted?;
    let other = if role == "cio" { "cto" } else { "cio" };
    let rest = &words[at + 1..];
    let having = rest.iter().take(6).position(|w| HAVING.contains(w))?;
    let named = rest[having + 1..].iter().take(3).any(|w| w.trim_end_matches('s') == other);
    named.then(|| role.to_owned())
}

/// Words that count what follows them ("how many CIOs", "% of CTOs").
const COUNTING: &[&str] =
    &["many", "%", "percent", "percentage", "share", "fraction", "proportion", "number"];

/// Words that say a role has another beside it.
const HAVING: &[&str] = &["have", "has", "having", "had", "got", "with"];

#[cfg(test)]
mod tests {
    use super::{alone, compares, counted_having};
    use crate::text::{fold, tokenize};

    fn words(q: &str) -> Vec<&str> {
        tokenize(q)
    }

    #[test]
    fn setting_the_two_roles_against_each_other_is_read() {
        let compares = |q: &str| compares(&words(&fold(q)));
        for q in [
            "Was the pandemic figure reported more by CIOs or by CTOs?",
            "Were CTOs or CIOs more likely to say so?",
            "How many CIOs versus CTOs said it sped up?",
            "Did fewer CTOs than CIOs say they share SaaS management?",
        ] {
            assert!(compares(q), "{q}");
        }
        for q in [
            "How many CIOs and CTOs took part?",
            "Is the CIO or the CTO the builder?",
            "Do more CIOs have a CTO?",
            "Which role owns the roadmap, CIO or CTO?",
        ] {
            assert!(!compares(q), "{q}");
        }
    }

    #[test]
    fn one_role_asked_alone_is_read() {
        for (q, role) in [
            ("What percent of just the CTOs (not the CIOs) said it sped up?", "cto"),
            ("What was the figure for CTOs on their own?", "cto"),
            ("How many CIOs alone said so?", "cio"),
            ("Among only CIOs, what share agreed?", "cio"),
        ] {
            assert_eq!(alone(&words(&fold(q))).as_deref(), Some(role), "{q}");
        }
        for q in [
            "How many CIOs and CTOs took part?",
            // The singular names the role, not a group counted.
            "Is it only the CTO who builds?",
            "Can CIOs do it on their own?",
        ] {
            assert_eq!(alone(&words(&fold(q))), None, "{q}");
        }
    }

    #[test]
    fn a_role_counted_as_having_the_other_is_read() {
        let counted = |q: &str| counted_having(&words(&fold(q)));
        for (q, role) in [
            ("how many CIOs in the poll have a CTO too?", "cio"),
            ("What % of CTOs said they have a CIO in their org?", "cto"),
            ("share of ctos with a cio", "cto"),
        ] {
            assert_eq!(counted(q).as_deref(), Some(role), "{q}");
        }
        for q in [
            "How many CIOs and CTOs took part?",
            "What percentage hold both the CIO and CTO titles?",
            "How many CIOs said the focus on digital transformation grew?",
            "Do CIOs have a CTO?",
        ] {
            assert_eq!(counted(q), None, "{q}");
        }
    }
}
