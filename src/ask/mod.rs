//! What a question asks, read from its form rather than its topic words:
//! a count or share, a time, a place, a reason, what an acronym stands for,
//! or anything else. A stage of the matcher between the words
//! ([`crate::text`]) and the scores ([`crate::search`]): an entry that
//! shares every word of a question but cannot give what it asks is not an
//! answer to it ("when did the survey run?" is not answered by "415 CIOs
//! and CTOs answered it"). Pure and hand-written: this is the product's own
//! judgement. Which sentence of a long question asks is read in
//! `sentence`, whether a question asks who owns a task in `owner`.

mod aside;
mod owner;
mod person;
mod sentence;
mod words;

pub use aside::set_aside;
pub(crate) use owner::{OWNING, ROUTING_WHO};
pub use owner::{documents_reported, offers_the_roles, reporting_line, routing, staff_reporting};
pub use sentence::{
    asking_sentence, closing_sentence, focus, last_sentence, without_label, without_purpose,
};
pub use words::is_cio_or_cto;

use owner::{about_the_roles, routing_in};
use person::{TITLE, asks_a_workplace, holds_a_title, possessive_title, qualified_title};
use sentence::ends_in_a_choice;
use words::{FILLERS, Phrases};

use crate::text::{fold, tokenize};

/// The kind of answer a question wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// How many, how much, what share or percentage.
    Count,
    /// When, since when, what year.
    When,
    /// How long something lasts or takes ("how long does it take to
    /// recruit a CTO?"): an entry saying *when* something happens ("when a
    /// CIO needs a technical expert") gives no duration.
    Duration,
    /// How often something is done ("how often should they meet?"): no
    /// date or condition answers it, only an entry curated as saying so.
    Often,
    /// Where, in which place (sectors count as places: "where do CTOs
    /// thrive?").
    Where,
    /// Which calendar year or date ("which year did it start?"): not a
    /// period ("over what period?", [`Ask::When`]); the article gives no
    /// date, and only an entry curated as giving one answers it.
    Date,
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
    /// Where someone works ("where does Rinaldi work?"): answered by the
    /// profiles of people the source names an organisation for.
    Workplace,
    /// Anything else: what, who, how, yes or no. Any entry may answer it.
    Other,
}

impl Ask {
    /// The name curators use for it in `also_answers`.
    pub fn name(&self) -> &'static str {
        match self {
            Ask::Count => "count",
            Ask::When => "when",
            Ask::Date => "date",
            Ask::Duration => "duration",
            Ask::Often => "often",
            Ask::Where => "where",
            Ask::Why => "why",
            Ask::Future => "future",
            Ask::Advice => "advice",
            Ask::Owner => "owner",
            Ask::StandFor(_) => "stand-for",
            Ask::Title => "title",
            Ask::Workplace => "workplace",
            Ask::Other => "other",
        }
    }
}

/// The kinds of question an entry may be curated to answer beyond what its
/// kind implies (`also_answers` in a knowledge file).
pub const CURATED_ASKS: [&str; 13] = [
    "count",
    "when",
    "date",
    "duration",
    "often",
    "where",
    "why",
    "future",
    "stand-for",
    "title",
    "workplace",
    "advice",
    "owner",
];

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
    if TITLE.iter().any(|phrase| has(phrase))
        || possessive_title(folded)
        || qualified_title(words)
        || holds_a_title(words)
    {
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
        // "Why should I trust Gupta on this?" asks what makes someone worth
        // hearing, which their background tells, not a reason the source
        // gives.
        ("why", _) if words.iter().any(|w| CREDENTIALS.contains(w)) => Ask::Other,
        ("why", _) | ("how", "come") => Ask::Why,
        ("when", _) | ("since", "when") => Ask::When,
        ("how", "long") => Ask::Duration,
        (a, b) if DATE_ASKED.contains(&[a, b]) => Ask::Date,
        ("what", "time") => Ask::When,
        ("what", "period") | ("what", "timeframe") | ("which", "period") => Ask::When,
        // "Where does X sit, CIO or CTO?" asks which of the two owns it;
        // "Where there is no CIO, who…?" sets a condition.
        ("where", next)
            if next != "there" && !(words.contains(&"or") && ends_in_a_choice(question)) =>
        {
            if asks_a_workplace(words) {
                Ask::Workplace
            } else {
                Ask::Where
            }
        }
        ("will", _) | ("shall", _) => Ask::Future,
        _ if FUTURE.iter().any(|phrase| has(phrase) && !names_a_years_plan(phrase, folded)) => {
            Ask::Future
        }
        _ if DATE_ASKED.iter().any(|p| has(p)) || asks_which_years(words) => Ask::Date,
        _ if has(&["since", "when"]) => Ask::When,
        // A frequency or a duration asked inside the sentence: "does it
        // say how often they should meet?".
        _ if often => Ask::Often,
        // A place asked inside the sentence: "does the article say where
        // the respondents were from?".
        _ if ["say", "says", "mention", "mentions", "specify", "state"]
            .iter()
            .any(|verb| has(&[verb, "where"])) =>
        {
            Ask::Where
        }
        _ if has(&["how", "long"]) => Ask::Duration,
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
    !before[verb.saturating_sub(2)..].iter().any(|w| ARTICLE.contains(&w.as_ref()))
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
    // "friction over who should answer to whom" names a dispute.
    if names_the_dispute(&words[..at]) {
        return true;
    }
    // "who decides whether the firm should adopt them?": the decision a
    // role makes, which a description of the role gives.
    let whether = words[..at].iter().rposition(|w| matches!(*w, "whether" | "if"));
    if whether.is_some_and(|w| at - w <= 4 && w > 0 && DECIDING.contains(&words[w - 1])) {
        return true;
    }
    let asker = at > 0 && matches!(words[at - 1], "i" | "we");
    // "does the article say whether the CTO should …" asks for advice.
    let Some(says) = words[..at].iter().rposition(|w| REPORTING.contains(w)) else { return false };
    // "does the article have a view on how hiring should be handled?" asks
    // the article's advice; "Gupta's view on where CIOs should…" a person's.
    let articles = matches!(words[says], "view" | "views" | "opinion")
        && words[says.saturating_sub(3)..says].iter().any(|w| ARTICLE.contains(w));
    !asker && !articles && !words[says..at].iter().any(|w| matches!(*w, "whether" | "if"))
}

/// Words naming the article as who says something.
const ARTICLE: &[&str] = &["article", "piece", "author", "writer", "post"];

/// Verbs of deciding, before the "whether" of what is decided.
const DECIDING: &[&str] = &[
    "decide",
    "decides",
    "deciding",
    "judge",
    "judges",
    "judging",
    "weigh",
    "weighs",
    "weighing",
    "evaluate",
    "evaluates",
    "evaluating",
    "assess",
    "assesses",
    "assessing",
    "determine",
    "determines",
    "determining",
];

/// Words that ask what makes someone worth hearing ("why is he a credible
/// voice?", "why should I listen to her?").
const CREDENTIALS: &[&str] = &[
    "trust",
    "credible",
    "credibility",
    "qualified",
    "listen",
    "listening",
    "relevant",
    "authority",
    "background",
];

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
    // "Rinaldi's take on what the CTO should be doing": a view reported.
    "take",
    "view",
    "views",
    "opinion",
    "reckon",
    "reckons",
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

/// Whether the words ask which years a counted span is ("which three years
/// exactly?", "what 3 years are those?"): calendar years, as "which years"
/// asks them.
fn asks_which_years(words: &[&str]) -> bool {
    words.windows(3).any(|w| {
        let counted = matches!(w[1], "two" | "three" | "four" | "five" | "six" | "ten")
            || (w[1].len() <= 2 && w[1].bytes().all(|b| b.is_ascii_digit()));
        matches!(w[0], "which" | "what") && counted && matches!(w[2], "years" | "year")
    })
}

/// Phrases that ask for a calendar year or date ([`Ask::Date`]).
const DATE_ASKED: &[[&str; 2]] = &[
    ["what", "year"],
    ["which", "year"],
    ["what", "years"],
    ["which", "years"],
    ["what", "date"],
    ["which", "date"],
    ["what", "dates"],
    ["which", "dates"],
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

/// Whether `phrase` of [`FUTURE`] is "next year" and `folded` has it only as
/// what a plan belongs to ("who owns next year's roadmap?", "our IT plans
/// for next year"): that names a plan, it does not ask what will happen.
fn names_a_years_plan(phrase: &[&str], folded: &str) -> bool {
    let named = ["next year's", "next year’s", "next yearʼs", "for next year"];
    let count = |p: &str| folded.matches(p).count();
    // "for next year's budget" is counted once, as the possessive.
    let both = ["for next year's", "for next year’s", "for next yearʼs"];
    phrase == ["next", "year"]
        && named.iter().map(|p| count(p)).sum::<usize>()
            - both.iter().map(|p| count(p)).sum::<usize>()
            == count("next year")
}

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
        Ask::Date => curated("date"),
        Ask::Duration => curated("duration"),
        Ask::Often => curated("often"),
        Ask::Where => curated("where"),
        Ask::Why => curated("why"),
        Ask::Future => curated("future"),
        Ask::Advice => curated("advice"),
        Ask::Owner => curated("owner"),
        Ask::Title => curated("title"),
        Ask::Workplace => curated("workplace"),
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
mod tests;
