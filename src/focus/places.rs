//! Where a question narrows what it asks: a place or a body it names by a
//! capitalised word after "in", "among", "across", "from", "at" or
//! "within" ("in Brazil", "among Canadian CIOs", "from Gartner"). A
//! survey's figure is of all its respondents: one for those alone is
//! another figure, which the source does not give. Whether the knowledge
//! knows the word is the engine's to say (see its gate).

/// Words after which a capitalised word names where, or among whom.
const NARROWING: &[&str] = &["in", "among", "across", "from", "at", "within"];

/// Words that may stand between such a word and the name ("in the
/// Netherlands", "among all Canadian CIOs").
const BETWEEN: &[&str] = &["the", "all", "our", "their"];

/// The capitalised words, as typed, that `sentence` names right after a
/// narrowing word ("in Brazil" gives "Brazil"; "in the US", "US"). Not an
/// @mention or a #channel, and never the first word of a sentence.
pub fn narrowed_to(sentence: &str) -> Vec<&str> {
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    let mut names = Vec::new();
    for (i, raw) in tokens.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !NARROWING.iter().any(|n| word.eq_ignore_ascii_case(n)) || ends_a_clause(raw) {
            continue;
        }
        let mut at = i + 1;
        while tokens.get(at).is_some_and(|t| BETWEEN.iter().any(|b| t.eq_ignore_ascii_case(b))) {
            at += 1;
        }
        let Some(next) = tokens.get(at) else { continue };
        if next.starts_with(['@', '#']) {
            continue;
        }
        let name = next.trim_matches(|c: char| !c.is_alphanumeric());
        if name.chars().next().is_some_and(char::is_uppercase) {
            names.push(name);
        }
    }
    names
}

/// Whether a token closes a clause or sentence ("…in." or "…at,").
fn ends_a_clause(raw: &str) -> bool {
    raw.ends_with(['.', ',', '?', '!', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::narrowed_to;

    #[test]
    fn names_right_after_a_narrowing_word_are_found() {
        assert_eq!(narrowed_to("Did the pandemic speed it up in Brazil?"), ["Brazil"]);
        assert_eq!(narrowed_to("What share of CIOs in the US have a CTO?"), ["US"]);
        assert_eq!(narrowed_to("how many among all Canadian CIOs"), ["Canadian"]);
        assert_eq!(narrowed_to("is the 83% from Gartner"), ["Gartner"]);
    }

    #[test]
    fn other_capitals_mentions_and_lowercase_words_are_not() {
        assert!(narrowed_to("Per Transposit, how many CIOs have a CTO?").is_empty());
        assert!(narrowed_to("what % of ctos in the survey have a cio").is_empty());
        assert!(narrowed_to("question from @Sophie: what % of CTOs have a CIO?").is_empty());
        assert!(narrowed_to("What are they good at? Both?").is_empty());
        assert!(narrowed_to("").is_empty());
        assert!(narrowed_to("in").is_empty());
    }
}
