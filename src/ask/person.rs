//! What is asked of a person the source names: their title or position
//! ("what is Rinaldi's role at JPL?"), or where they work ("where does
//! Athawale work?"), which a profile gives when the source does.

/// Phrases that ask for someone's title or position. Not "title" alone:
/// "how many hold both titles?" asks a count.
pub(super) const TITLE: &[&[&str]] = &[
    &["his", "title"],
    &["her", "title"],
    &["job", "title"],
    &["his", "position"],
    &["her", "position"],
    &["his", "role", "at"],
    &["her", "role", "at"],
    &["his", "job", "at"],
    &["her", "job", "at"],
    &["what", "his", "role"],
    &["what", "her", "role"],
    &["whats", "his", "role"],
    &["whats", "her", "role"],
    &["his", "actual", "title"],
    &["her", "actual", "title"],
    &["his", "exact", "title"],
    &["her", "exact", "title"],
    &["his", "official", "title"],
    &["her", "official", "title"],
];

/// "What role does Ash Athawale hold at Robert Half?", "which position
/// did she have?": a role someone holds is their title; the role a CIO
/// plays is not.
pub(super) fn holds_a_title(words: &[&str]) -> bool {
    let Some(at) = words.windows(3).position(|w| {
        matches!(w[0], "what" | "which")
            && matches!(w[1], "role" | "position" | "title" | "post")
            && matches!(w[2], "does" | "did")
    }) else {
        return false;
    };
    words[at + 3..].iter().any(|w| matches!(*w, "hold" | "have" | "occupy"))
}

/// "Athawale's title", "Poggi's role at Prey": a possessive (which the
/// tokenizer drops) before a title, of a person rather than a role ("the
/// CIO's role at most companies" asks what the role does).
pub(super) fn possessive_title(folded: &str) -> bool {
    if !folded.contains(['\'', '’', 'ʼ']) {
        return false;
    }
    let normalised = folded.replace(['’', 'ʼ'], "'");
    normalised.match_indices("'s ").any(|(at, _)| {
        let owner = normalised[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // "Athawale's actual role at Robert Half".
        let mut after = normalised[at + 3..].split_whitespace().peekable();
        after.next_if(|w| QUALIFIERS.contains(w));
        let title = match (after.next(), after.next()) {
            (Some(w), _) if w.starts_with("title") || w.starts_with("position") => true,
            (Some("role" | "job"), Some(next)) => next == "at" || next.starts_with("there"),
            // "What's James Rinaldi's role?": all that is asked of someone
            // named, a word rarer than a common noun ("one person's job?").
            (Some(w), None) => {
                matches!(w.trim_end_matches(['?', '.', '!']), "role" | "job")
                    && crate::search::english::zipf(owner).is_none_or(|z| z < NAME_ZIPF)
            }
            _ => false,
        };
        title && !owner.is_empty() && !ROLES.contains(&owner.trim_end_matches('s'))
    })
}

/// The most common a word may be (Zipf) and still be read as a name before
/// "'s role": surnames are rarer ("gupta" 3.4), the nouns whose role or job
/// is asked commoner ("person" 5.6, "team" 5.7).
const NAME_ZIPF: f32 = 4.5;

/// "His actual position", "her current role at Nutanix", "his real job
/// there": a qualified title of a person.
pub(super) fn qualified_title(words: &[&str]) -> bool {
    words.windows(3).enumerate().any(|(at, w)| {
        let placed = || words.get(at + 3).is_some_and(|n| matches!(*n, "at" | "there"));
        matches!(w[0], "his" | "her")
            && QUALIFIERS.contains(&w[1])
            && (matches!(w[2], "title" | "position")
                || (matches!(w[2], "role" | "job") && placed()))
    })
}

/// Words that may stand between someone and their title: "his actual
/// title", "Poggi's current role at Prey".
const QUALIFIERS: &[&str] = &["actual", "exact", "official", "current", "real"];

/// Executive roles, which a possessive "s" may follow without naming a
/// person.
const ROLES: &[&str] =
    &["cio", "cto", "ceo", "cfo", "coo", "cmo", "ciso", "cdo", "exec", "executive"];

/// Whether a question opening with "where" asks where someone works now
/// ("where does Rinaldi work?", "where is she employed?"): the
/// organisation a source names. Not where they worked before, nor where
/// they work besides what the source says of them, nor where they work
/// from day to day: a place.
pub(super) fn asks_a_workplace(words: &[&str]) -> bool {
    words.iter().any(|w| matches!(*w, "work" | "works" | "working" | "employed"))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "did"
                    | "before"
                    | "previously"
                    | "prior"
                    | "earlier"
                    | "used"
                    | "apart"
                    | "besides"
                    | "aside"
                    | "other"
                    | "else"
                    | "day"
                    | "remote"
                    | "remotely"
                    | "based"
                    | "city"
                    | "country"
                    | "office"
            )
        })
}
