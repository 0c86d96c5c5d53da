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
/// @mention or a #channel, and never a word after a clause ends ("…in.
/// Brazil"). Read on every question: a narrowing word is compared as typed,
/// punctuation and all, and only a name is trimmed.
pub fn narrowed_to(sentence: &str) -> Vec<&str> {
    let mut names = Vec::new();
    // Whether the words since the last narrowing one only stand between it
    // and a name.
    let mut open = false;
    for raw in sentence.split_whitespace() {
        if open {
            if is_one_of(raw, BETWEEN) {
                continue;
            }
            let name = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if !raw.starts_with(['@', '#']) && name.starts_with(|c: char| c.is_uppercase()) {
                names.push(name);
            }
        }
        open = is_one_of(raw, NARROWING);
    }
    names
}

/// Whether `raw`, as typed, is one of `words` in any case: a word followed
/// by punctuation ends a clause and is none of them.
fn is_one_of(raw: &str, words: &[&str]) -> bool {
    raw.len() <= 6 && words.iter().any(|w| raw.eq_ignore_ascii_case(w))
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
        assert!(narrowed_to("Who is in. Brazil?").is_empty());
    }
}
