//! Who is hired: staff ("hire ten data engineers", "recruiting technical
//! people") or a chief ("a CIO recruits a CTO"). How the two roles should
//! go about hiring engineers is not asked of an entry saying a CIO brings
//! in a CTO, though both speak of recruiting.

use crate::ask::is_cio_or_cto;
use crate::text::{fold, tokenize};

/// Words that hire or recruit.
const HIRING: &[&str] = &[
    "hire",
    "hires",
    "hired",
    "hiring",
    "recruit",
    "recruits",
    "recruited",
    "recruiting",
    "recruitment",
];

/// People hired as staff, not as a chief.
const STAFF: &[&str] = &[
    "engineers",
    "developers",
    "devs",
    "programmers",
    "people",
    "staff",
    "talent",
    "scientists",
    "analysts",
    "designers",
    "testers",
    "candidates",
    "employees",
    "technicians",
    "specialists",
];

/// Words that end what a hiring word hires ("recruit a CTO to lead the
/// engineers", "hire for the teams").
const ENDING: &[&str] = &[
    "to", "for", "and", "or", "but", "so", "who", "that", "which", "when", "if", "because", "with",
    "from", "at", "in", "on", "as", "than", "by",
];

/// The staff `words` (a sentence's, folded) hire ("hiring data engineers",
/// "recruitment of technical talent"), as typed: a hiring word, then whom
/// it hires within a few words, before a word that ends the phrase or a
/// chief ("recruit a CTO").
pub fn staff_hired<'w>(words: &[&'w str]) -> Option<&'w str> {
    let hired = |at: usize| {
        (words[at + 1..].iter().take(4))
            .take_while(|w| !ENDING.contains(w) && !is_cio_or_cto(w))
            .find(|w| STAFF.contains(w))
            .copied()
    };
    (0..words.len()).filter(|&at| HIRING.contains(&words[at])).find_map(hired)
}

/// Whether `text` (an entry's answer) speaks of hiring, but of no staff
/// ("when a CIO needs a technical expert, they recruit a CTO").
pub fn hires_no_staff(text: &str) -> bool {
    let folded = fold(text);
    let words = tokenize(&folded);
    hires(&words) && staff_hired(&words).is_none()
}

/// Whether `words` speak of hiring anyone.
pub fn hires(words: &[&str]) -> bool {
    words.iter().any(|w| HIRING.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hired(text: &str) -> Option<String> {
        let folded = fold(text);
        staff_hired(&tokenize(&folded)).map(str::to_owned)
    }

    #[test]
    fn staff_are_read_past_the_words_saying_which() {
        assert_eq!(hired("We need to hire 10 data engineers").as_deref(), Some("engineers"));
        assert_eq!(hired("how to handle recruiting technical people?").as_deref(), Some("people"));
        assert_eq!(hired("coordinated recruitment of technical talent").as_deref(), Some("talent"));
    }

    #[test]
    fn a_chief_hired_is_not_staff() {
        assert_eq!(hired("when a CIO needs a technical expert, they recruit a CTO"), None);
        assert_eq!(hired("Why would a CIO hire a CTO?"), None);
        assert_eq!(hired("who should run hiring?"), None);
    }
}
