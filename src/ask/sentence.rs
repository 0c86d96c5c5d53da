//! Which sentence of a question asks: in a long question that first says
//! who is asking and why, the asking sentence ([`focus`]), read with the
//! sentence before when it points back, and alone when it names what it
//! asks ([`last_sentence`]); and whether a question ends by offering the
//! two roles to choose between ([`ends_in_a_choice`]).

use super::words::{FILLERS, is_cio_or_cto};
use crate::text::{fold, is_stop_word, tokenize};

/// The sentence that asks, in a long question that first says who is
/// asking and why ("I'm a new engineering manager and honestly a bit
/// confused. Does the CIO look inward?"): the last sentence with a question
/// mark, else the last that opens with a question word. `None` for a short
/// question, or one that is a single sentence.
pub fn focus(question: &str) -> Option<&str> {
    if question.split_whitespace().count() < FOCUS_MIN_WORDS {
        return None;
    }
    let sentences: Vec<&str> =
        sentences(question).filter(|s| s.split_whitespace().count() >= 2).collect();
    if sentences.len() < 2 {
        return None;
    }
    let at = (sentences.iter().rposition(|s| s.ends_with('?')))
        .or_else(|| sentences.iter().rposition(|s| opens_a_question(s)))?;
    let asking = sentences[at];
    // "CIO or CTO?" after the context asks about the context.
    if bare_choice(asking) {
        return None;
    }
    // "Is that what the article says?" points back at the sentence before:
    // read the two together.
    let folded = fold(asking);
    let words = tokenize(&folded);
    let named = names_someone_first(asking);
    let points_back = (words.iter().enumerate()).any(|(i, w)| {
        let back = refers_back(&words, i)
            && !(*w == "that" && relative(words.get(i + 1).copied()))
            && !(named && PERSONAL.contains(w));
        // "Does the article mention any?": "any" standing alone, at the end.
        back || (*w == "any" && i + 1 == words.len())
    });
    if (points_back || names_nothing(&words)) && at > 0 {
        let start = sentences[at - 1].as_ptr() as usize - question.as_ptr() as usize;
        let end = asking.as_ptr() as usize - question.as_ptr() as usize + asking.len();
        return question.get(start..end);
    }
    Some(asking)
}

/// Whether `sentence` opens as a question does, after any filler ("so",
/// "hey") and any source named first ("per the article, what % of CTOs…").
fn opens_a_question(sentence: &str) -> bool {
    let folded = fold(sentence);
    let words = tokenize(&folded);
    let mut rest = words.iter().copied().skip_while(|w| FILLERS.contains(w));
    let first = rest.next().unwrap_or("");
    let first = match first {
        "per" | "according" => {
            let mut after = rest.skip_while(|w| !SOURCE_NOUNS.contains(w));
            after.next().and_then(|_| after.next()).unwrap_or("")
        }
        _ => first,
    };
    QUESTION_WORDS.contains(&first)
}

/// Whether `text` asks something itself ("How much does a CTO bring in -
/// is there a target?", "So should the CIO report to the CTO - what does
/// the article conclude?"): what follows a dash then asks more of it. Not
/// by its first word: "fyi @sam was asking", its mention aside, opens
/// with "was".
fn asks_already(text: &str) -> bool {
    let folded = fold(text);
    tokenize(&folded).iter().any(|w| ASKING.contains(w))
}

/// Words that ask wherever they stand in a sentence.
const ASKING: &[&str] = &[
    "what", "whats", "who", "whos", "whom", "whose", "which", "how", "why", "when", "where",
    "should",
];

/// `sentence` up to where it says what the asker needs the answer for
/// ("what % of CIOs have a CTO, need it for the ops review"): why it is
/// asked, not what, which a figure need not hold.
pub fn without_purpose(sentence: &str) -> &str {
    let lower = sentence.to_ascii_lowercase();
    let cut = NEEDING
        .iter()
        .filter_map(|need| {
            (lower.match_indices(need))
                .map(|(at, _)| at)
                .find(|&at| at > 0 && !lower.as_bytes()[at - 1].is_ascii_alphanumeric())
        })
        .min();
    let sentence = match cut {
        Some(at) => &sentence[..at],
        None => sentence,
    };
    without_askers_aside(sentence)
}

/// `sentence` without a last clause in which the asker speaks of
/// themselves or someone near them once the question is asked ("what %
/// hold both titles, i keep forgetting", "how many were surveyed, my
/// producer keeps asking", "…, @kat from support wants to know"): who
/// wants the figure, not which.
fn without_askers_aside(sentence: &str) -> &str {
    // The last clause, or a last sentence ("…in the survey. @kat from
    // support wants to know").
    let Some(at) = sentence.rfind(", ").max(sentence.rfind(". ")) else {
        return sentence;
    };
    let (head, tail) = (&sentence[..at], &sentence[at + 2..]);
    let folded = fold(tail);
    let tail_words = tokenize(&folded);
    // Someone named by a mention the reading has taken out ("@kat from
    // support wants to know" read as "from support wants to know") is
    // told by what they want.
    let wanting = tail_words.iter().take(4).any(|w| WANTING.contains(w));
    let speaks_of_asker =
        tail.starts_with('@') || wanting || tail_words.first().is_some_and(|w| ASKERS.contains(w));
    let asks_itself = tail.contains('?') || tail_words.iter().any(|w| ASKING.contains(w));
    match speaks_of_asker && !asks_itself && asks_already(head) {
        true => head,
        false => sentence,
    }
}

/// Who opens a clause about the asker's side: themselves, or someone of
/// theirs.
const ASKERS: &[&str] = &["i", "im", "my", "we"];

/// What someone near the asker does in such a clause: wants the figure.
const WANTING: &[&str] = &["wants", "wanted", "asking", "asks", "needs"];

/// How a chat message says what it needs an answer for.
const NEEDING: &[&str] = &[
    "need it ",
    "need this ",
    "need that ",
    "need the number ",
    "need the stat ",
    "needs it ",
    "needs this ",
    "needs that ",
    "needs the number ",
    "needs the stat ",
    "needed for ",
    "need for ",
];

/// The last sentence of a question that has more than one: a short
/// question's preamble ("CTOs do well in FinTech - which sectors are CIOs
/// strongest in?") says what the asker knows, not whom they ask about.
pub fn closing_sentence(question: &str) -> Option<&str> {
    // Most questions are one sentence: told by one pass over their bytes.
    let inner = question.trim_end_matches(['?', '.', '!', ';', ' ']).as_bytes();
    if !inner.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b';' | b'\n' | b'-' | 0xE2)) {
        return None;
    }
    let mut sentences = sentences(question);
    let last = sentences.next_back()?;
    sentences.next_back().map(|_| last)
}

/// The last sentence of a long question's asking span ([`focus`]), when
/// that span is two sentences because the asking one points back, and it
/// names alone what it asks: its back-references only determine a noun
/// it names ("… a turf war. Is that kind of friction common?"). A pronoun
/// ("does the article back that up?", "what does he say?") leaves what is
/// asked in the sentence before.
pub fn last_sentence(focus: &str) -> Option<&str> {
    let mut sentences = sentences(focus);
    let last = sentences.next_back()?;
    sentences.next_back()?;
    let folded = fold(last);
    let words = tokenize(&folded);
    let names_it = words.iter().enumerate().all(|(i, word)| {
        !refers_back(&words, i)
            || (DETERMINERS.contains(word) && words.get(i + 1).is_some_and(|next| determined(next)))
    });
    (names_it && !names_nothing(&words)).then_some(last)
}

/// Whether a sentence's `words` name nothing ("Could someone kindly remind
/// me?"): it asks about what the sentence before said, as one pointing
/// back does.
fn names_nothing(words: &[&str]) -> bool {
    words.iter().all(|w| is_stop_word(w) || FILLERS.contains(w) || SAYING.contains(w))
}

/// Whether `sentence` names someone (a capitalised word past its first,
/// "Wendy Pfeiffer", "Gupta") before any personal pronoun: "What does
/// Wendy Pfeiffer mean when she calls one the builder?" refers to her,
/// not back to the sentence before.
fn names_someone_first(sentence: &str) -> bool {
    for word in sentence.split_whitespace().skip(1) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if PERSONAL.contains(&fold(word).as_str()) {
            return false;
        }
        let mut chars = word.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        if capital && chars.any(char::is_lowercase) {
            return true;
        }
    }
    false
}

/// The back-references that stand for a person.
const PERSONAL: &[&str] = &["he", "she", "him", "her", "his"];

/// Back-references that may determine a noun ("that survey") rather than
/// stand for one.
const DETERMINERS: &[&str] = &["that", "this", "these", "those"];

/// Whether `word`, after a determiner, is a noun the sentence names: a
/// meaningful word, or a kind ("that kind of friction"), not a function
/// word ("is that a …") nor a manner ("that way").
fn determined(word: &str) -> bool {
    matches!(word, "kind" | "sort" | "type") || (!is_stop_word(word) && word != "way")
}

/// Words by which an asking sentence points back at what was said before.
const BACK_REFERENCES: &[&str] =
    &["that", "this", "it", "these", "those", "so", "he", "she", "him", "her", "his"];

/// Whether the word at `at` of `words` is one of [`BACK_REFERENCES`]
/// that points back. "So" does only where it stands for what was said
/// ("is that so?", "if so", "does it say so?"), not as a conjunction
/// ("he did both roles, so what does he say…").
fn refers_back(words: &[&str], at: usize) -> bool {
    match words[at] {
        "so" => {
            at + 1 == words.len()
                || at.checked_sub(1).is_some_and(|before| SAYING_SO.contains(&words[before]))
        }
        // "How common is it for a CIO to have a CTO?", "is it true that…":
        // "it" stands for the clause that follows, not what was said.
        "it" => !stands_for_what_follows(words, at) && !stands_for_the_source(words, at),
        // "Is it true that…" opens the clause judged.
        "that" => !at.checked_sub(1).is_some_and(|before| JUDGEMENTS.contains(&words[before])),
        // "do most CIOs report the same?": what was said before; "the same
        // speed-up" names what it asks.
        "same" => {
            at.checked_sub(1).is_some_and(|before| words[before] == "the")
                && words.get(at + 1).is_none_or(|next| is_stop_word(next))
        }
        word => BACK_REFERENCES.contains(&word),
    }
}

/// Whether the "it" at `at` of `words` opens a judgement of the clause
/// after it: a form of "be", the judgement ("common", "normal", "true",
/// before "is" in "how common is it…") and then "for", "to" or "that",
/// perhaps past a source ("is it normal, according to the article, for…").
/// "Is it true the line is blurring?" leaves the "that" out. "Is it
/// related to…", "is it up to the CIO?", "how common is it, according to
/// the survey?" judge nothing that follows, and point back.
fn stands_for_what_follows(words: &[&str], at: usize) -> bool {
    let be = at.checked_sub(1).is_some_and(|before| matches!(words[before], "is" | "was" | "isnt"));
    if !be {
        return false;
    }
    let past_degree = |mut i: usize| {
        while words.get(i).is_some_and(|w| DEGREE.contains(w)) {
            i += 1;
        }
        i
    };
    let mut i = past_degree(at + 1);
    let judged_before = at.checked_sub(2).is_some_and(|j| JUDGEMENTS.contains(&words[j]));
    let judged = match words.get(i) {
        _ if judged_before => words[at - 2],
        Some(w) if JUDGEMENTS.contains(w) => {
            i = past_degree(i + 1);
            w
        }
        _ => return false,
    };
    let source = match words.get(i..) {
        Some(["according", "to", ..]) => Some(i + 2),
        Some(["per", ..]) => Some(i + 1),
        _ => None,
    };
    if let Some(from) = source {
        let clause = words[from..].iter().take(5).position(|w| matches!(*w, "for" | "to" | "that"));
        return clause.is_some();
    }
    match words.get(i) {
        Some(&("for" | "to" | "that")) => true,
        Some(_) => judged == "true",
        None => false,
    }
}

/// Whether the "it" at `at` of `words` is the article a question asks
/// what it says ("which skills does it say both need?"): what is asked is
/// named in the sentence itself.
fn stands_for_the_source(words: &[&str], at: usize) -> bool {
    let asks = at.checked_sub(1).is_some_and(|before| matches!(words[before], "does" | "did"));
    asks && words.get(at + 1).is_some_and(|w| SAYING.contains(w))
}

/// What a source does with what it holds ("does it say…", "did it
/// mention…"); alone they name nothing asked ("Does it say why?").
const SAYING: &[&str] = &[
    "say",
    "mention",
    "suggest",
    "describe",
    "recommend",
    "list",
    "cover",
    "give",
    "name",
    "report",
];

/// Words of degree between "is it" and its judgement ("is it actually
/// normal for…").
const DEGREE: &[&str] =
    &["actually", "really", "still", "generally", "usually", "very", "more", "less", "so"];

/// What "is it … for/to/that" judges of the clause that follows.
const JUDGEMENTS: &[&str] = &[
    "common",
    "normal",
    "usual",
    "unusual",
    "typical",
    "rare",
    "standard",
    "true",
    "possible",
    "ok",
    "okay",
    "fine",
    "wise",
    "smart",
    "better",
    "best",
    "reasonable",
    "realistic",
    "weird",
    "odd",
    "strange",
    "sensible",
    "worth",
    "wrong",
    "fair",
    "accurate",
    "correct",
    "uncommon",
    "atypical",
    "likely",
    "unlikely",
    "frequent",
    "widespread",
    "customary",
    "expected",
];

/// Words after which "so" stands for what was said before.
const SAYING_SO: &[&str] =
    &["if", "is", "not", "think", "thinks", "say", "says", "said", "really", "also", "do"];

/// Whether "that" followed by `next` opens a relative clause ("the % of
/// CIOs that also have a CTO"), which refers to the noun before it, not
/// back to the sentence before.
fn relative(next: Option<&str>) -> bool {
    next.is_some_and(|w| {
        matches!(
            w,
            "also"
                | "have"
                | "has"
                | "had"
                | "are"
                | "were"
                | "do"
                | "does"
                | "did"
                | "hold"
                | "holds"
                | "say"
                | "said"
                | "says"
                | "own"
                | "owns"
        )
    })
}

/// What a question names as its source before it asks ("per the
/// article, …").
const SOURCE_NOUNS: &[&str] = &["article", "piece", "post", "writeup", "source", "text"];

/// Below this many words a question is read whole.
const FOCUS_MIN_WORDS: usize = 16;

/// Words that open a question.
pub(super) const QUESTION_WORDS: &[&str] = &[
    "what", "whats", "who", "whos", "whom", "whose", "which", "how", "why", "when", "where", "is",
    "are", "does", "do", "did", "can", "could", "should", "would", "will", "was", "were", "has",
    "have", "tell", "explain", "describe",
];

/// `sentence` without a label that opens it ("Quick one first: how many
/// took part?", "Context: …"): a colon after at most three words none of
/// which asks. Those words say how the question is put, not what it asks;
/// read as asked, "first" was a word no figure holds. A colon after a
/// question ("Which does it list: town halls or hiring?") stays.
pub fn without_label(sentence: &str) -> &str {
    let Some((label, rest)) = sentence.split_once(':') else { return sentence };
    let folded = fold(label);
    let words = tokenize(&folded);
    let asks = words.iter().any(|w| QUESTION_WORDS.contains(w));
    let rest = rest.trim_start();
    match !words.is_empty() && words.len() <= 3 && !asks && rest.split_whitespace().nth(1).is_some()
    {
        true => rest,
        false => sentence,
    }
}

/// The sentence that asks, in a long question's asking span ([`focus`]):
/// its last sentence. The sentence before it, when the span holds one,
/// only gives what it points back at.
pub fn asking_sentence(span: &str) -> &str {
    sentences(span).next_back().unwrap_or(span)
}

/// The sentences of `text`, each with its closing punctuation, trimmed.
pub(super) fn sentences(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    (text.split_inclusive(['.', '!', '?', ';', '\n']).flat_map(after_a_preamble))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A sentence split where a chat message's preamble ends at a dash and its
/// question starts ("fyi @sam before the call - what % of CTOs have a
/// CIO?"): the preamble says who asks and why, as a sentence of context
/// would. A sentence with no such dash, whole, and an empty one.
fn after_a_preamble(sentence: &str) -> [&str; 2] {
    // Every sentence of every question passes here, and few hold a dash:
    // told by two byte searches (an en or em dash starts with 0xE2).
    let bytes = sentence.as_bytes();
    if !bytes.contains(&b'-') && !bytes.contains(&0xE2) {
        return [sentence, ""];
    }
    for (at, dash) in sentence.match_indices(['-', '–', '—']) {
        let (before, after) = (&sentence[..at], &sentence[at + dash.len()..]);
        if before.ends_with(' ')
            && after.starts_with(' ')
            && opens_a_question(after)
            && !asks_already(before)
        {
            return [&sentence[..at + dash.len()], after];
        }
    }
    [sentence, ""]
}

/// Whether the question ends by offering the two roles to choose between,
/// after saying what is to be done ("The COO wants help to cut downtime.
/// CIO or CTO?", "Modernising our billing - CIO or CTO?"): it asks which of
/// them owns that.
pub(super) fn ends_in_a_choice(question: &str) -> bool {
    let mut sentences = sentences(question);
    let Some(last) = sentences.next_back() else { return false };
    if sentences.next_back().is_some() {
        return bare_choice(last);
    }
    // The task named, then the choice after a dash: "Payroll moving to a
    // new HR system - CIO or CTO?".
    let dashes = ["–", "—", " - ", ","].into_iter().filter_map(|dash| last.rsplit_once(dash));
    let last_dash = dashes.max_by_key(|(before, _)| before.len());
    last_dash.is_some_and(|(before, after)| !before.trim().is_empty() && bare_choice(after))
}

/// A sentence that only names the two roles as a choice: "CIO or CTO?",
/// "So, CIO org or CTO org?".
fn bare_choice(sentence: &str) -> bool {
    let folded = fold(sentence);
    let words = tokenize(&folded);
    let framing = |w: &str| {
        FILLERS.contains(&w)
            || matches!(w, "or" | "the" | "a" | "so" | "then" | "org" | "team" | "side")
    };
    words.contains(&"or")
        && words.iter().filter(|w| is_cio_or_cto(w)).count() >= 2
        && words.iter().all(|w| is_cio_or_cto(w) || framing(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_label_before_a_colon_is_not_asked() {
        let q = "Quick one first: how many CIOs and CTOs were in that survey?";
        assert_eq!(without_label(q), "how many CIOs and CTOs were in that survey?");
        assert_eq!(without_label("Q: who owns the data lake?"), "who owns the data lake?");
        // A question before the colon, or a long lead-in, is kept whole.
        let list = "Which does it list: town halls or hiring?";
        assert_eq!(without_label(list), list);
        let told = "The article I read last week says this: CIOs look inward?";
        assert_eq!(without_label(told), told);
        assert_eq!(without_label("ratio 3:1?"), "ratio 3:1?");
    }

    #[test]
    fn a_long_question_is_focused_on_the_sentence_that_asks() {
        let chatty = "I'm a new engineering manager and honestly a bit confused by all the titles here. \
                      Our company has both roles. Does the CIO look inward while the CTO looks outward?";
        assert_eq!(focus(chatty), Some("Does the CIO look inward while the CTO looks outward?"));
        let no_mark = "ok so I have been reading about this for a while now and my team keeps asking me. \
                       what is the difference between a cio and a cto";
        assert_eq!(focus(no_mark), Some("what is the difference between a cio and a cto"));
        assert_eq!(focus("What is the difference between a CIO and a CTO?"), None);
        let one_sentence = "so basically i was wondering whether the cio or the cto is the one who owns the roadmap at most companies";
        assert_eq!(focus(one_sentence), None);
    }

    #[test]
    fn an_asking_sentence_naming_nothing_is_read_with_the_one_before() {
        let q = "I'm making a deck for my team. I remember an analogy about a builder and an \
                 operator but forgot which role was which. Could someone kindly remind me?";
        assert_eq!(
            focus(q),
            Some(
                "I remember an analogy about a builder and an operator but forgot which role was \
                 which. Could someone kindly remind me?"
            )
        );
        let span = "I forgot which role is the builder. Could you please tell me?";
        assert_eq!(last_sentence(span), None);
    }

    #[test]
    fn a_chat_preamble_ends_at_a_dash_before_the_question() {
        let deck = "fyi @founders before the call - what % of CTOs said they have a CIO in their \
                    org. need it for the deck";
        assert_eq!(focus(deck), Some("what % of CTOs said they have a CIO in their org."));
        let dashes = "hey, I'm a brand new EM and someone linked this CIO/CTO write-up in \
                      #onboarding — what's the gist of how the two roles differ?";
        assert_eq!(focus(dashes), Some("what's the gist of how the two roles differ?"));
        // What follows a dash asks more of a question already put: the
        // whole sentence asks.
        for asked in [
            "How much revenue is a CTO expected to bring in each year at a company our size - is \
             there a target or a number mentioned?",
            "So in the end, should the CIO report to the CTO or the other way round at our firm \
             — what does the article conclude?",
        ] {
            assert_eq!(focus(asked), None, "{asked}");
        }
    }

    #[test]
    fn a_pointing_back_sentence_is_read_alone_only_when_it_names_what_it_asks() {
        let span = "Two of our leads keep arguing about budgets. Is that kind of friction normal?";
        assert_eq!(last_sentence(span), Some("Is that kind of friction normal?"));
        let survey = "I need a figure for my deck. What share of those respondents agreed?";
        assert_eq!(last_sentence(survey), Some("What share of those respondents agreed?"));
        for pronoun in [
            "Our CTO loves the builder metaphor. Who said it first?",
            "Gupta has held both roles. What does he say about the CIO?",
            "I need the dates it was fielded. Does the article give those?",
            "We replace pick lists with scanners. Is that a CIO project?",
            "People call the CIO less technical. Did anyone describe the CIO that way?",
            "COVID fast-tracked our plans. Do most CIOs and CTOs report the same?",
        ] {
            assert_eq!(last_sentence(pronoun), None, "{pronoun}");
        }
        assert_eq!(last_sentence("Is that kind of friction normal?"), None, "one sentence");
        let same = "Lockdown moved everything online. Did most CIOs see the same speed-up?";
        assert_eq!(last_sentence(same), Some("Did most CIOs see the same speed-up?"));
    }

    #[test]
    fn an_asking_sentence_that_points_back_is_read_with_the_one_before() {
        let back = "Solo founder here, building for law firms. Someone told me LegalTech is where \
                    CTOs thrive. Is that actually what the article says?";
        assert_eq!(
            focus(back),
            Some(
                "Someone told me LegalTech is where CTOs thrive. Is that actually what the article says?"
            )
        );
        let him = "Journalist here, writing about the C-suite for a feature this week. \
                   I'd like to cite James Rinaldi correctly. What's his title?";
        assert_eq!(focus(him), Some("I'd like to cite James Rinaldi correctly. What's his title?"));
        // A pronoun for someone the asking sentence names first points at
        // them, not back.
        let her = "New EM, three weeks in. What does Wendy Pfeiffer mean when she calls one of \
                   them the builder? I keep hearing that line quoted at all-hands.";
        assert_eq!(
            focus(her),
            Some("What does Wendy Pfeiffer mean when she calls one of them the builder?")
        );
        let any = "We're restructuring and want a few teams between the CIO and CTO. I've been \
                   asked for examples of such shared functions. Does the article mention any?";
        assert_eq!(
            focus(any),
            Some(
                "I've been asked for examples of such shared functions. Does the article mention any?"
            )
        );
    }
}
