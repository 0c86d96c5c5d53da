//! Whether a question asks which of the two roles owns a task ("who do I
//! talk to about X, the CIO or the CTO?", "is that CTO territory?"): the
//! phrases that ask it, and the questions about the roles themselves that
//! do not.

use super::words::{FILLERS, Phrases, is_cio_or_cto};
use crate::text::{fold, tokenize};

/// Whether `question` asks which of the two roles owns, leads or should
/// be asked about something: "who do I talk to about X, the CIO or the
/// CTO?", "is that a CIO thing or a CTO thing?", "which exec should
/// sponsor it?". The article answers such questions through what it says
/// each role looks after, never by naming the task.
pub fn routing(question: &str) -> bool {
    let folded = fold(question);
    let words = tokenize(&folded);
    routing_in(&Phrases::new(&words))
}

/// [`routing`], of a question's words (folded).
pub(super) fn routing_in(phrases: &Phrases) -> bool {
    let words = phrases.words;
    // Not a question about the two roles themselves: who reports to whom,
    // which is more technical.
    if about_the_roles(words) {
        return false;
    }
    let has = |phrase: &[&str]| phrases.has(phrase);
    let role = is_cio_or_cto;
    // "CIO or CTO", "the CIO or the CTO", "cio/cto thing".
    // "CIO or CTO" where something is to be owned, led or asked about (not
    // "should the CIO report to the CTO, or the CTO to the CIO?").
    let either = || offers_the_roles(words) && words.iter().any(|w| OWNING.contains(w));
    // "Whose org should it sit in?": an org is whose, not a territory
    // ("the CTO org's hiring process" names the org of someone asking).
    let whose = || has(&["whose"]) && ROUTING_NOUNS.iter().chain(&["org"]).any(|n| has(&[n]));
    // "which exec", "which of the two", "which c-level one": the one asked
    // for follows closely ("which functions … one pilot" asks no owner).
    let which = || {
        (words.iter().enumerate()).any(|(at, w)| {
            *w == "which" && words[at + 1..].iter().take(4).any(|n| ROUTING_WHO.contains(n))
        })
    };
    let who_to = || ROUTING_ASKS.iter().any(|phrase| has(phrase));
    let territory = || words.windows(2).any(|w| role(w[0]) && ROUTING_NOUNS.contains(&w[1]));
    either() || whose() || which() || who_to() || territory()
}

/// Whether the words (folded) offer the two roles to choose between: "CIO
/// or CTO", "the CIO or the CTO", "CIO org or a CTO org", "with the CTO or
/// with the CIO".
pub fn offers_the_roles<S: AsRef<str>>(words: &[S]) -> bool {
    let word = |at: usize| words.get(at).map_or("", AsRef::as_ref);
    (words.iter().enumerate()).any(|(at, w)| {
        if w.as_ref() != "or" {
            return false;
        }
        let before =
            is_cio_or_cto(word(at.wrapping_sub(1))) || (at >= 2 && is_cio_or_cto(word(at - 2)));
        let mut after = at + 1;
        if matches!(word(after), "with" | "to" | "for" | "under" | "from") {
            after += 1;
        }
        if matches!(word(after), "the" | "a") {
            after += 1;
        }
        before && is_cio_or_cto(word(after))
    })
}

/// Whether the words ask about the two roles themselves rather than a
/// task: the reporting line ("who reports to whom?", "should the CIO report
/// into the CTO?"), a comparison ("which is more technical?"). Reporting as
/// work ("our internal reporting warehouse", "sales reports") is a task.
pub(super) fn about_the_roles(words: &[&str]) -> bool {
    // "More of a CTO thing", "more a CIO thing", "more CIO or CTO
    // territory": which one a task is more, not which role is more
    // something.
    let of_a = |at: usize| {
        // "more the CTO's lane or the CIO's?"
        let rest = &words[at + 1..];
        let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
        let next = rest.first().copied().unwrap_or("");
        let mut after = rest.iter().skip_while(|w| is_cio_or_cto(w) || **w == "or");
        matches!(next, "of" | "a" | "an")
            || (is_cio_or_cto(next) && after.next().is_some_and(|w| ROUTING_NOUNS.contains(w)))
    };
    // A comparative compares the roles in a question asking which of them
    // ("which one gets paid more?", "who gets paid more"), what one is ("is
    // the CIO more technical?") or right after one ("CTOs or CIOs more
    // likely…"), not in a task told ("processes run more efficiently").
    let which =
        words.iter().find(|w| !FILLERS.contains(w)).is_some_and(|w| ASKING_WHICH.contains(w));
    let compares = |at: usize| {
        let before = |n: usize| &words[at.saturating_sub(n)..at];
        which
            || before(5).iter().any(|w| ASKING_WHICH.contains(w))
            || before(3).iter().any(|w| BEING.contains(w))
            || before(1).iter().any(|w| is_cio_or_cto(w))
    };
    reporting_line(words) == Some(true)
        || (words.iter().enumerate()).any(|(at, w)| {
            NOT_ROUTING.contains(w) && !(COMPARED_KIND.contains(w) && of_a(at)) && compares(at)
        })
}

/// How `words` (folded) speak of reporting: `None` when they do not, else
/// whether as the reporting line ("the CTO reporting into the CIO", "who
/// reports to whom") rather than as saying ("34% report joint ownership").
pub fn reporting_line(words: &[&str]) -> Option<bool> {
    let line = |at: usize| (words[at + 1..].iter().take(3)).any(|w| REPORTING_LINE.contains(w));
    let mut reports = (0..words.len()).filter(|&at| REPORTS.contains(&words[at])).peekable();
    reports.peek()?;
    Some(reports.any(line))
}

/// Who, other than the two chiefs, a question asks the reporting line of
/// ("do engineering managers report to the CIO or the CTO?", "should our
/// CISO report into the CIO?"), as typed: the article's reporting line is
/// the chiefs' own. `None` when every line it speaks of may be theirs
/// ("who reports to whom?", "should the CIO report to the CTO?", "whose
/// team reports to whom?").
pub fn staff_reporting<'w>(words: &[&'w str]) -> Option<&'w str> {
    let mut reporters = (0..words.len())
        .filter(|&at| REPORTS.contains(&words[at]))
        .map(|at| staff_before(&words[..at]));
    let first = reporters.next()??;
    reporters.all(|r| r.is_some()).then_some(first)
}

/// The kind of document a question's reports are ("our regulatory
/// reports to the central bank", "financial reporting"), as typed: not
/// anyone's reporting line.
pub fn documents_reported<'w>(words: &[&'w str]) -> Option<&'w str> {
    (1..words.len())
        .find(|&at| REPORTS.contains(&words[at]) && DOCUMENT_REPORTS.contains(&words[at - 1]))
        .map(|at| words[at - 1])
}

/// The staff or unit named right before a reporting verb (`before` ends
/// there), past the words that only say how ("should", "usually"), when
/// it is not one of a chief's ("whose team", "the CIO's team").
fn staff_before<'w>(before: &[&'w str]) -> Option<&'w str> {
    let mut back = before.iter().rev().skip_while(|w| HOW.contains(w));
    let who = *back.next()?;
    let owner = back.find(|w| !matches!(**w, "s" | "the"));
    let chiefs = owner.is_some_and(|w| *w == "whose" || super::is_cio_or_cto(w));
    (STAFF.contains(&who) && !chiefs).then_some(who)
}

/// Staff and units that report to someone.
const STAFF: &[&str] = &[
    "manager",
    "managers",
    "em",
    "ems",
    "team",
    "teams",
    "squad",
    "squads",
    "engineer",
    "engineers",
    "developer",
    "developers",
    "devs",
    "staff",
    "department",
    "departments",
    "ciso",
    "cisos",
    "cdo",
    "cdos",
];

/// Words between who reports and the verb that only say how or when.
const HOW: &[&str] = &[
    "should",
    "would",
    "will",
    "could",
    "can",
    "must",
    "do",
    "does",
    "to",
    "be",
    "usually",
    "typically",
    "normally",
    "currently",
    "actually",
    "directly",
    "still",
    "now",
    "also",
];

/// Reports that are documents, by their kind.
const DOCUMENT_REPORTS: &[&str] = &[
    "regulatory",
    "financial",
    "compliance",
    "statutory",
    "quarterly",
    "annual",
    "monthly",
    "weekly",
    "audit",
];

/// Words opening a question that asks which of the two.
const ASKING_WHICH: &[&str] = &["which", "who", "whos", "whom", "whose"];

/// Words by which a comparative says what one is.
const BEING: &[&str] = &["is", "are", "be", "being", "was", "were", "seems", "seem", "sounds"];

/// The comparatives of [`NOT_ROUTING`] that may weigh which kind a task
/// is ("more of a CIO thing").
const COMPARED_KIND: &[&str] = &["more", "less"];

/// Words that speak of the reporting line when one of [`REPORTING_LINE`]
/// follows them closely.
const REPORTS: &[&str] = &["report", "reports", "reporting", "reported"];
const REPORTING_LINE: &[&str] =
    &["to", "into", "line", "lines", "structure", "chain", "relationship", "whom", "directly"];

/// Words of questions about the roles themselves rather than a task:
/// the reporting line, comparisons.
const NOT_ROUTING: &[&str] =
    &["whom", "more", "less", "most", "least", "better", "worse", "higher", "lower"];

/// Words that ask who owns, leads or is asked about something.
pub(crate) const OWNING: &[&str] = &[
    "who",
    "whom",
    "which",
    "whose",
    "under",
    "thing",
    "territory",
    "area",
    "own",
    "owns",
    "owner",
    "lead",
    "leads",
    "sponsor",
    "sponsors",
    "handle",
    "handles",
    "responsible",
    "ask",
    "talk",
    "contact",
    "loop",
    "looping",
    "drive",
    "drives",
    "driving",
    "on",
    "go",
    "someone",
    "decide",
    "decides",
    "sign",
    "approve",
    "call",
    "belong",
    "belongs",
    "fall",
    "falls",
    // "Does that land with the CIO or the CTO?"
    "land",
    "lands",
    "sit",
    "sits",
    "job",
    "accountable",
    "manage",
    "manages",
    // "Do I take this to the CIO or the CTO?"
    "take",
    // "Is that a conversation with the CTO or with the CIO?"
    "conversation",
    "bring",
    "raise",
    "escalate",
    // "Should the CIO or the CTO build it / present it?"
    "build",
    "present",
];

/// "whose area is that", "a CTO thing", "CIO territory".
const ROUTING_NOUNS: &[&str] = &[
    "area",
    "job",
    "call",
    "turf",
    "territory",
    "thing",
    "domain",
    "responsibility",
    "remit",
    "department",
    "purview",
    "side",
    "problem",
    "decision",
    "lane",
    "world",
    "desk",
    "patch",
    "wheelhouse",
];

/// "which exec", "which of the two", "which side".
pub(crate) const ROUTING_WHO: &[&str] = &[
    "exec",
    "execs",
    "executive",
    "executives",
    "leader",
    "leaders",
    "side",
    "role",
    "roles",
    "chief",
    "chiefs",
    "boss",
    "bosses",
    "sponsor",
    "one",
    "two",
    "pair",
    "duo",
    "cxo",
];

/// Asking whom to go to, or who should own or lead something.
pub(super) const ROUTING_ASKS: &[&[&str]] = &[
    &["who", "should"],
    &["who", "would"],
    &["who", "do", "i"],
    &["who", "do", "we"],
    &["who", "should", "i"],
    &["who", "owns"],
    &["who", "own"],
    &["who", "leads"],
    &["who", "sponsors"],
    &["who", "d"],
    &["loop", "in"],
    &["talk", "to"],
    &["go", "to"],
    &["escalate", "to"],
    &["roll", "up", "to"],
    &["rolls", "up", "to"],
    &["pitch"],
    &["sign", "off"],
    &["who", "is", "accountable"],
    &["whos", "accountable"],
    &["who", "manages"],
    &["who", "keeps"],
    &["who", "looks", "after"],
    &["who", "decides"],
    &["who", "normally"],
    &["who", "usually"],
    &["who", "typically"],
];
