//! What a question asks, read from its form rather than its topic words:
//! a count or share, a time, a place, a reason, what an acronym stands for,
//! or anything else. A stage of the matcher between the words
//! ([`crate::text`]) and the scores ([`crate::search`]): an entry that
//! shares every word of a question but cannot give what it asks is not an
//! answer to it ("when did the survey run?" is not answered by "415 CIOs
//! and CTOs answered it"). Pure and hand-written: this is the product's own
//! judgement. Which sentence of a long question asks is read in
//! `sentence`, whether a question asks who owns a task in `owner`.

mod owner;
mod sentence;
mod words;

pub use owner::routing;
pub(crate) use owner::{OWNING, ROUTING_WHO};
pub use sentence::{asking_sentence, focus, last_sentence, set_aside, without_label};

use owner::{about_the_roles, routing_in};
use sentence::ends_in_a_choice;
use words::{FILLERS, Phrases};

use crate::text::{fold, tokenize};

/// The kind of answer a question wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// How many, how much, what share or percentage.
    Count,
    /// When, since when, what year, how long.
    When,
    /// How often something is done ("how often should they meet?"): no
    /// date or condition answers it, only an entry curated as saying so.
    Often,
    /// Where, in which place (sectors count as places: "where do CTOs
    /// thrive?").
    Where,
    /// Why, for what reason.
    Why,
    /// What will happen: a prediction ("will the roles merge?").
    Future,
    /// What someone should do: advice ("should the CIO report to the
    /// CTO?", "what should I do about it?"). The article mostly reports;
    /// only entries curators mark as advice give it.
    Advice,
    /// Which of the two roles owns a task ([`routing`]): answered by the
    /// entries curators mark as saying who looks after what.
    Owner,
    /// What the acronyms (folded) stand for.
    StandFor(Vec<String>),
    /// A person's title or position ("what is her job title?", "his role
    /// at Prey"): answered by the profiles of people the source gives one.
    Title,
    /// Anything else: what, who, how, yes or no. Any entry may answer it.
    Other,
}

impl Ask {
    /// The name curators use for it in `also_answers`.
    pub fn name(&self) -> &'static str {
        match self {
            Ask::Count => "count",
            Ask::When => "when",
            Ask::Often => "often",
            Ask::Where => "where",
            Ask::Why => "why",
            Ask::Future => "future",
            Ask::Advice => "advice",
            Ask::Owner => "owner",
            Ask::StandFor(_) => "stand-for",
            Ask::Title => "title",
            Ask::Other => "other",
        }
    }
}

/// The kinds of question an entry may be curated to answer beyond what its
/// kind implies (`also_answers` in a knowledge file).
pub const CURATED_ASKS: [&str; 10] =
    ["count", "when", "often", "where", "why", "future", "stand-for", "title", "advice", "owner"];

/// Reads what `question` asks.
pub fn read(question: &str) -> Ask {
    let folded = fold(question);
    read_typed(question, &folded, &tokenize(&folded))
}

/// [`read`], for a question already folded (`folded`) and split into its
/// words (`words`, as [`tokenize`] splits them).
pub fn read_typed(question: &str, folded: &str, words: &[&str]) -> Ask {
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    let phrases = Phrases::new(words);
    let has = |phrase: &[&str]| phrases.has(phrase);

    if let Some(acronyms) = stand_for(question, words) {
        return Ask::StandFor(acronyms);
    }
    if TITLE.iter().any(|phrase| has(phrase)) || possessive_title(folded) || holds_a_title(words) {
        return Ask::Title;
    }
    // Counts first: "how many ... when ..." asks how many.
    if COUNT.iter().any(|phrase| has(phrase)) || asks_the_figure(words) {
        return Ask::Count;
    }

    // "How often does a CIO have a CTO?" asks how many respondents say so,
    // a share; a frequency is asked of what is done or recommended ("how
    // often should they meet?", "how often do they hold town halls?").
    let often = has(&["how", "often"]) || has(&["how", "frequently"]);
    if often && !words.iter().any(|w| CADENCE.contains(w)) {
        return Ask::Count;
    }

    let first = words.iter().position(|w| !FILLERS.contains(w)).unwrap_or(0);
    match (at(first), at(first + 1)) {
        ("why", _) | ("how", "come") => Ask::Why,
        // A duration is a time too: "how long has she chaired it?".
        ("when", _) | ("since", "when") | ("how", "long") => Ask::When,
        ("what", "year") | ("which", "year") | ("what", "date") | ("what", "time") => Ask::When,
        ("what", "period") | ("what", "timeframe") | ("which", "period") => Ask::When,
        ("where", _) => Ask::Where,
        ("will", _) | ("shall", _) => Ask::Future,
        _ if FUTURE.iter().any(|phrase| has(phrase)) => Ask::Future,
        _ if has(&["what", "year"]) || has(&["which", "year"]) || has(&["since", "when"]) => {
            Ask::When
        }
        // A frequency or a duration asked inside the sentence: "does it
        // say how often they should meet?".
        _ if often => Ask::Often,
        _ if has(&["how", "long"]) => Ask::When,
        _ if has(&["for", "what", "reason"]) || has(&["what", "reason"]) => Ask::Why,
        // Advice, unless it asks which of the two roles should do
        // something: that is a question of who owns what, which the
        // article's descriptions of each role answer.
        // Who should report to whom asks for a recommendation the article
        // never makes: it reports the tension over reporting lines.
        _ if prescribes_reporting(words) && prescribes_reporting(&asking_words(question)) => {
            Ask::Advice
        }
        _ if routing_in(&phrases) => Ask::Owner,
        // Only a question with an "or" can end in a choice: the sentences
        // are split and read again only then.
        _ if words.contains(&"or") && !about_the_roles(words) && ends_in_a_choice(question) => {
            Ask::Owner
        }
        _ if ADVICE
            .iter()
            .any(|phrase| has(phrase) && (*phrase != ["should"] || !reported_should(words))) =>
        {
            Ask::Advice
        }
        _ => Ask::Other,
    }
}

/// Whether the question asks what reporting line should be ("should the
/// CIO report to the CTO?", "who is supposed to report to whom?"): read in
/// its asking sentence, as the context may tell what someone wants ("our
/// CTO says the CIO should report to him. Is that common?").
fn prescribes_reporting<S: AsRef<str>>(words: &[S]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_ref(), "should" | "supposed" | "ought")
            && words[i + 1..].iter().take(4).any(|w| w.as_ref().starts_with("report"))
            && !said_by_someone(&words[..i])
            && !names_the_dispute(&words[..i])
    })
}

/// Whether `before` ends by naming a dispute over the reporting line ("the
/// same fight over who should…", "arguing about who should…"): the question
/// asks about the dispute, which the article reports.
fn names_the_dispute<S: AsRef<str>>(before: &[S]) -> bool {
    let at = |k: usize| before.len().checked_sub(k).map_or("", |i| before[i].as_ref());
    matches!(at(1), "who" | "whom" | "which") && matches!(at(2), "over" | "about" | "on" | "of")
}

/// Whether what follows `before` is what someone other than the article
/// says ("the CTO says the CIO should report to him"): a wish the question
/// reports, not a recommendation it asks for ("does the article say the CTO
/// should report to the CIO?").
fn said_by_someone<S: AsRef<str>>(before: &[S]) -> bool {
    let wish = ["saying", "insist", "insists", "claims", "wants", "told", "tells", "thought"];
    let reports = |w: &S| REPORTING.contains(&w.as_ref()) || wish.contains(&w.as_ref());
    let Some(verb) = before.iter().rposition(reports) else {
        return false;
    };
    let article = |w: &S| matches!(w.as_ref(), "article" | "piece" | "author" | "writer" | "post");
    !before[verb.saturating_sub(2)..].iter().any(article)
}

/// The words of the question's asking sentence (the whole of a short one).
fn asking_words(question: &str) -> Vec<String> {
    let asking = fold(focus(question).unwrap_or(question));
    tokenize(&asking).into_iter().map(str::to_owned).collect()
}

/// Whether the question's "should" is reported, not asked: "which teams
/// does Aksakal say the CTO should partner with?" asks what he says, which
/// an attributed view answers. Not when the asker is its subject ("what
/// does the article say I should do?"), nor for the other advice phrases.
fn reported_should(words: &[&str]) -> bool {
    let Some(at) = words.iter().position(|w| *w == "should") else { return false };
    let asker = at > 0 && matches!(words[at - 1], "i" | "we");
    // "does the article say whether the CTO should …" asks for advice.
    let Some(says) = words[..at].iter().rposition(|w| REPORTING.contains(w)) else { return false };
    !asker && !words[says..at].iter().any(|w| matches!(*w, "whether" | "if"))
}

/// Verbs by which a question reports what someone says.
const REPORTING: &[&str] = &[
    "say",
    "says",
    "said",
    "think",
    "thinks",
    "believe",
    "believes",
    "argue",
    "argues",
    "according",
];

/// Phrases that ask for a count or share, anywhere in a question.
const COUNT: &[&[&str]] = &[
    &["how", "many"],
    &["how", "much"],
    &["how", "big"],
    &["how", "large"],
    &["what", "share"],
    &["what", "percentage"],
    &["what", "percent"],
    &["what", "proportion"],
    &["what", "fraction"],
    &["what", "slice"],
    &["what", "number"],
    &["what", "size"],
    &["what", "average"],
    &["what", "median"],
    &["what", "%"],
    &["which", "percentage"],
];

/// "What was the number for …", "what's the percentage": a figure asked
/// with a copula between, which [`COUNT`]'s adjacent phrases miss.
fn asks_the_figure(words: &[&str]) -> bool {
    words.windows(4).any(|w| {
        matches!(w[0], "what" | "whats" | "which")
            && matches!(w[1], "is" | "was" | "are" | "were" | "s")
            && w[2] == "the"
            && FIGURES.contains(&w[3])
    }) || words
        .windows(3)
        .any(|w| matches!(w[0], "what" | "whats") && w[1] == "the" && FIGURES.contains(&w[2]))
}

/// Words that make "how often" ask a frequency: a recommendation, or an
/// event that recurs.
const CADENCE: &[&str] = &[
    "should",
    "supposed",
    "recommend",
    "recommends",
    "recommended",
    "suggest",
    "suggests",
    "suggested",
    "ought",
    "advise",
    "advises",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "met",
    "hall",
    "halls",
    "happen",
    "happens",
    "run",
    "runs",
    "sync",
    "syncs",
    "catch",
    "talk",
    "talks",
];

/// Words for a figure.
const FIGURES: &[&str] =
    &["number", "percentage", "percent", "share", "proportion", "fraction", "figure", "%"];

/// Phrases that ask for someone's title or position. Not "title" alone:
/// "how many hold both titles?" asks a count.
const TITLE: &[&[&str]] = &[
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
];

/// "What role does Ash Athawale hold at Robert Half?", "which position
/// did she have?": a role someone holds is their title; the role a CIO
/// plays is not.
fn holds_a_title(words: &[&str]) -> bool {
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
fn possessive_title(folded: &str) -> bool {
    if !folded.contains(['\'', '’', 'ʼ']) {
        return false;
    }
    let normalised = folded.replace(['’', 'ʼ'], "'");
    ["'s title", "'s position", "'s role at", "'s job at"].iter().any(|tail| {
        normalised.match_indices(tail).any(|(at, _)| {
            let owner =
                normalised[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            !owner.is_empty() && !ROLES.contains(&owner.trim_end_matches('s'))
        })
    })
}

/// Executive roles, which a possessive "s" may follow without naming a
/// person.
const ROLES: &[&str] =
    &["cio", "cto", "ceo", "cfo", "coo", "cmo", "ciso", "cdo", "exec", "executive"];

/// Phrases that ask what someone should do.
const ADVICE: &[&[&str]] = &[
    &["should"],
    &["shall", "we"],
    &["shall", "i"],
    &["recommend"],
    &["recommends"],
    &["recommended"],
    &["recommendation"],
    &["recommendations"],
    &["advice"],
    &["advise"],
    &["best", "way"],
    &["what", "do", "i", "do"],
    &["what", "can", "i", "do"],
    &["what", "can", "we", "do"],
    &["is", "it", "better"],
    &["ought", "to"],
];

/// Phrases that ask for a prediction.
const FUTURE: &[&[&str]] = &[
    &["in", "the", "future"],
    &["going", "to", "be"],
    &["next", "year"],
    &["in", "five", "years"],
    &["in", "5", "years"],
    &["in", "10", "years"],
];

/// "what does X stand for", "what is X short for", "X stands for what",
/// "full form of X", "what do the letters in X mean": the acronyms asked
/// about, or `None` when the question is not of that form.
fn stand_for(question: &str, words: &[&str]) -> Option<Vec<String>> {
    let asks = [
        &["stand", "for"][..],
        &["stands", "for"],
        &["short", "for"],
        &["full", "form"],
        &["abbreviation"],
        &["acronym"],
        &["letters"],
        &["spelled", "out"],
        &["spelt", "out"],
        &["spell", "out"],
    ]
    .iter()
    .any(|phrase| words.windows(phrase.len()).any(|w| w == *phrase));
    if !asks {
        return None;
    }
    // Typed in capitals ("CISO"), or short and rare in English ("ciso"),
    // which "new" and "here" in "sorry, new here" are not.
    let capitals: Vec<String> = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        .map(fold)
        .collect();
    let rare = |w: &str| crate::search::english::zipf(w).is_none_or(|z| z < 4.5);
    let acronyms: Vec<String> = words
        .iter()
        .filter(|w| !ACRONYM_CONTEXT.contains(w) && !crate::text::is_stop_word(w))
        .filter(|w| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphanumeric()))
        .filter(|w| capitals.iter().any(|c| c == *w) || rare(w))
        // "CIOs" asks about the CIO; "SaaS" ends in a capital S of its own.
        .map(|w| {
            let own_s = question
                .split(|c: char| !c.is_alphanumeric())
                .any(|typed| fold(typed) == *w && typed.ends_with('S') && typed.len() > 1);
            if own_s { (*w).to_owned() } else { w.trim_end_matches('s').to_owned() }
        })
        .filter(|w| w.len() >= 2)
        .collect();
    Some(acronyms)
}

/// Words of a stand-for question that are not the acronym.
const ACRONYM_CONTEXT: &[&str] = &[
    "stand",
    "stands",
    "short",
    "full",
    "form",
    "mean",
    "means",
    "meaning",
    "letters",
    "letter",
    "spelled",
    "spelt",
    "spell",
    "out",
    "acronym",
    "acronyms",
    "abbreviation",
    "title",
    "titles",
    "exactly",
    "actually",
    "again",
    "sorry",
    "dumb",
    "quick",
    "role",
    "roles",
    "job",
    "word",
    "words",
];

/// Whether an entry whose answer is `answer` (with a headline figure when
/// `has_figure`, and curated `also` asks) can give what `ask` wants.
pub fn answers(ask: &Ask, answer: &str, has_figure: bool, also: &[String]) -> bool {
    let curated = |name: &str| also.iter().any(|a| a == name);
    match ask {
        Ask::Other => true,
        Ask::Count => has_figure || curated("count"),
        Ask::When => curated("when"),
        Ask::Often => curated("often"),
        Ask::Where => curated("where"),
        Ask::Why => curated("why"),
        Ask::Future => curated("future"),
        Ask::Advice => curated("advice"),
        Ask::Owner => curated("owner"),
        Ask::Title => curated("title"),
        Ask::StandFor(acronyms) => {
            let folded = fold(answer);
            let said = tokenize(&folded);
            curated("stand-for")
                && !acronyms.is_empty()
                && acronyms.iter().all(|a| said.iter().any(|w| w.trim_end_matches('s') == a))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::owner::ROUTING_ASKS;
    use super::words::WITHOUT_A_SET;
    use super::*;

    /// The reporting line is a question about the roles; reporting as work
    /// (a reporting warehouse, a regulatory reporting pipeline) is a task.
    #[test]
    fn reporting_as_work_is_a_task_the_reporting_line_is_not() {
        for q in [
            "Who should own the data architecture for our internal reporting warehouse?",
            "Our regulatory reporting pipeline needs a new data model. CIO or CTO?",
            "who owns sales reports, cio or cto",
        ] {
            assert_eq!(read(q), Ask::Owner, "{q}");
        }
        for q in [
            "Who reports to whom, the CIO or the CTO?",
            "Should the CIO report into the CTO or the CEO?",
            "who should the CTO be reporting to, CIO or CEO?",
            "What is the reporting line between the CIO and the CTO? CIO or CTO?",
        ] {
            assert_ne!(read(q), Ask::Owner, "{q}");
        }
    }

    /// "Which" asks for one of the roles when the one asked follows it
    /// closely ("which exec", "which of the two"); "which functions …"
    /// with "one pilot" further on asks for the functions.
    #[test]
    fn which_asks_an_owner_only_of_the_one_that_follows_it() {
        for q in [
            "Which exec owns the staff wiki?",
            "which of the two owns our pilot?",
            "Which c-level one should sponsor the data lake?",
        ] {
            assert_eq!(read(q), Ask::Owner, "{q}");
        }
        let q = "I'm not sure which functions are usually shared. We're starting with one pilot.";
        assert_ne!(read(q), Ask::Owner, "{q}");
    }

    /// Asking who is accountable for a task, whose world it is, or who
    /// keeps it running asks who owns it.
    #[test]
    fn accountability_and_upkeep_ask_who_owns_a_task() {
        for q in [
            "our VPN keeps dropping - does that roll up to the CIO or the CTO?",
            "payroll system is down again, whos accountable, cio or cto",
            "Who is accountable for the data warehouse?",
            "who keeps the office wifi and printers running?",
            "Who looks after the intranet?",
            "Who manages our laptops, the CIO or the CTO?",
            "Is the mobile app the CTO's world?",
            // Who drives it, whom to loop in, whom it is on.
            "We're adding a paid add-on for shippers. CIO or CTO should drive it?",
            "Should I be looping in the CIO or the CTO?",
            "Lining IT projects up with the business plan, is that on the CIO or the CTO?",
        ] {
            assert_eq!(read(q), Ask::Owner, "{q}");
        }
        for q in ["What does the CIO manage?", "How do the CIO and CTO keep things running?"] {
            assert_ne!(read(q), Ask::Owner, "{q}");
        }
    }

    /// "<a task>. CIO or CTO?" asks who owns the task, and the task is in
    /// the sentences before, so the choice alone is not the asking
    /// sentence; the choice alone, or a comparison, is no such question.
    #[test]
    fn a_bare_choice_after_the_context_asks_who_owns_it() {
        for q in [
            "We're planning a laptop refresh for all staff. CIO org or CTO org?",
            "Marketing wants help with a product that brings in revenue. So, CIO or CTO?",
            "our plants need to cut downtime... cio or cto side?",
            "Moving payroll and leave requests onto a new HR system - CIO or CTO?",
            "Laptop setup for new hires — CIO or CTO?",
        ] {
            assert_eq!(read(q), Ask::Owner, "{q}");
            assert_eq!(focus(q), None, "{q}");
        }
        for q in [
            "CIO or CTO?",
            "Whose skills are more technical? CIO or CTO?",
            "Staff laptops need a refresh. CIO or CTO, and how much does it cost?",
            "- CIO or CTO?",
            "Staff laptops - CIO or CTO, and how much does it cost?",
        ] {
            assert_ne!(read(q), Ask::Owner, "{q}");
        }
    }

    #[test]
    fn counts_times_places_and_reasons_are_read() {
        for q in [
            "How many CIOs have a CTO?",
            "what share of ctos have a cio",
            "What percentage hold both titles?",
            "so basically how big was the survey",
            "the 83% figure, what proportion is that of?",
            "Of those polled, what was the number for Europe?",
            "whats the percentage for both titles",
            "What average team size did the survey report?",
            "what median age do the CIOs have",
        ] {
            assert_eq!(read(q), Ask::Count, "{q}");
        }
        for q in [
            "When did the survey run?",
            "what year was it published",
            "since when?",
            "how long has he chaired the forum?",
            "does it say how long the meetings should run",
        ] {
            assert_eq!(read(q), Ask::When, "{q}");
        }
        // A frequency is asked of what is done or recommended; "how often"
        // of what respondents have or share asks a share of them.
        for q in [
            "How often should they meet?",
            "Does the article say how often they should hold town halls?",
            "how often do the CIO and CTO hold town halls",
        ] {
            assert_eq!(read(q), Ask::Often, "{q}");
        }
        for q in [
            "How often does a CIO have a CTO at the same firm?",
            "COTS mgmt - how often is it shared between CIO/CTO?",
            "how frequently does one person wear both hats",
        ] {
            assert_eq!(read(q), Ask::Count, "{q}");
        }
        assert_eq!(read("Where do CTOs thrive?"), Ask::Where);
        assert_eq!(read("hey, why do CIOs and CTOs clash?"), Ask::Why);
        assert_eq!(read("how come the CTO builds?"), Ask::Why);
        assert_eq!(read("Will the CIO and CTO roles merge?"), Ask::Future);
        for q in [
            "What is Ash Athawale's job title?",
            "what is nicolas poggi's role at prey",
            "What's Wendy Pfeiffer's job at Nutanix?",
            "what does she do, what's her job at Nutanix?",
            "his title?",
            "Which position does Nicolas Poggi hold at Prey?",
            "ok but what's his role?",
        ] {
            assert_eq!(read(q), Ask::Title, "{q}");
        }
        for q in [
            "what's the CIO's role at most companies",
            "who holds the CIO and CTO title at once",
            "What role does the CTO play in product work?",
            "What percentage hold both titles?",
        ] {
            assert_ne!(read(q), Ask::Title, "{q}");
        }
        assert_eq!(read("is the cto going to be replaced by AI"), Ask::Future);
        for q in ["What is a CTO?", "Who reports to whom?", "Is the CTO the builder?", ""] {
            assert_eq!(read(q), Ask::Other, "{q}");
        }
    }

    #[test]
    fn a_reported_should_asks_what_someone_says_not_for_advice() {
        for q in [
            "Which teams does Ozgur Aksakal say the CTO should partner with?",
            "what does rinaldi think the cio should handle",
        ] {
            assert_eq!(read(q), Ask::Other, "{q}");
        }
        for q in [
            "Should the CIO report to the CTO?",
            "What does the article say I should do about it?",
            "what does the article say we should do",
            "Does Aksakal say what he would recommend?",
            "Does the article say whether the CTO should report to the CIO?",
            "Does the article say whether the CTO should report to the CIO or the other way round? which setup does it recommend",
        ] {
            assert_eq!(read(q), Ask::Advice, "{q}");
        }
    }

    /// Who should report to whom asks for a recommendation, unless the
    /// question reports someone's wish or names the dispute: those ask
    /// about the tension, which the article reports.
    #[test]
    fn what_the_reporting_line_should_be_asks_for_advice() {
        for q in [
            "So who is supposed to report to whom in the end - the CIO to the CTO or the other way round?",
            "So according to the article, should the CIO report to the CTO or the other way round?",
            "So which is it - does the article say the CTO should report to the CIO, or the CIO to the CTO?",
        ] {
            assert_eq!(read(q), Ask::Advice, "{q}");
        }
        for q in [
            "Our CTO says the CIO should report to him. Is that common?",
            "Each thinks the other should report to them. Is this a known pattern?",
            "Our CIO and CTO keep fighting. Does the article say others see the same fight over who should report to whom?",
        ] {
            assert_ne!(read(q), Ask::Advice, "{q}");
        }
    }

    #[test]
    fn stand_for_names_the_acronyms_asked_about() {
        assert_eq!(read("What does CISO stand for?"), Ask::StandFor(vec!["ciso".into()]));
        assert_eq!(read("spell out SaaS for me"), Ask::StandFor(vec!["saas".into()]));
        assert_eq!(
            read("sorry dumb q but what do the letters in CTO mean"),
            Ask::StandFor(vec!["cto".into()])
        );
        assert_eq!(
            read("what are CIOs and CTOs short for"),
            Ask::StandFor(vec!["cio".into(), "cto".into()])
        );
        assert_eq!(
            read("sorry new here - what are the acronyms CIO and CTO short for?"),
            Ask::StandFor(vec!["cio".into(), "cto".into()])
        );
        assert_eq!(read("what does ciso stand for"), Ask::StandFor(vec!["ciso".into()]));
    }

    #[test]
    fn only_entries_that_give_what_is_asked_answer() {
        let acronyms =
            "CIO stands for Chief Information Officer and CTO for Chief Technology Officer.";
        let stand_for = vec!["stand-for".to_owned()];
        assert!(answers(&read("what does CTO stand for"), acronyms, false, &stand_for));
        assert!(!answers(&read("what does CISO stand for"), acronyms, false, &stand_for));
        assert!(!answers(&read("what does CTO stand for"), acronyms, false, &[]));
        assert!(answers(&Ask::Count, "83% of CIOs …", true, &[]));
        assert!(!answers(&Ask::Count, "According to Wendy Pfeiffer …", false, &[]));
        assert!(!answers(&Ask::When, "415 CIOs and CTOs answered", true, &[]));
        assert!(answers(&Ask::When, "since the pandemic", true, &["when".to_owned()]));
        assert!(answers(&Ask::Other, "anything", false, &[]));
    }

    proptest::proptest! {
        /// Passed over by the fingerprint (a short question) or the set
        /// too (a long one), a phrase is found exactly when the words hold
        /// it.
        #[test]
        fn a_phrase_is_found_with_or_without_the_set(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "how", "many", "what", "share", "his", "title", "should", "shall", "we",
                "who", "do", "i", "ask", "the", "cio", "or", "cto", "best", "way", "will",
            ]), 0..80),
        ) {
            let phrases = Phrases::new(&words);
            proptest::prop_assert_eq!(phrases.set.is_some(), words.len() > WITHOUT_A_SET);
            for phrase in COUNT.iter().chain(TITLE).chain(ADVICE).chain(FUTURE).chain(ROUTING_ASKS) {
                let there = words.windows(phrase.len()).any(|w| w == *phrase);
                proptest::prop_assert_eq!(phrases.has(phrase), there, "{:?}", phrase);
            }
        }
    }
}
