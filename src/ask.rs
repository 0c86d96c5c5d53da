//! What a question asks, read from its form rather than its topic words:
//! a count or share, a time, a place, a reason, what an acronym stands for,
//! or anything else. A stage of the matcher between the words
//! ([`crate::text`]) and the scores ([`crate::search`]): an entry that
//! shares every word of a question but cannot give what it asks is not an
//! answer to it ("when did the survey run?" is not answered by "415 CIOs
//! and CTOs answered it"). Pure and hand-written: this is the product's own
//! judgement.

use crate::text::{fold, is_stop_word, tokenize};

/// The kind of answer a question wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// How many, how much, what share or percentage.
    Count,
    /// When, since when, what year.
    When,
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
pub const CURATED_ASKS: [&str; 9] =
    ["count", "when", "where", "why", "future", "stand-for", "title", "advice", "owner"];

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

    let first = words.iter().position(|w| !FILLERS.contains(w)).unwrap_or(0);
    match (at(first), at(first + 1)) {
        ("why", _) | ("how", "come") => Ask::Why,
        // A duration or a frequency is a time too: "how long has she
        // chaired it?", "how often should they meet?".
        ("when", _) | ("since", "when") | ("how", "long") | ("how", "often") => Ask::When,
        ("what", "year") | ("which", "year") | ("what", "date") | ("what", "time") => Ask::When,
        ("what", "period") | ("what", "timeframe") | ("which", "period") => Ask::When,
        ("where", _) => Ask::Where,
        ("will", _) | ("shall", _) => Ask::Future,
        _ if FUTURE.iter().any(|phrase| has(phrase)) => Ask::Future,
        _ if has(&["what", "year"]) || has(&["which", "year"]) || has(&["since", "when"]) => {
            Ask::When
        }
        // A duration or a frequency asked inside the sentence: "does it say
        // how often they should meet?".
        _ if has(&["how", "often"]) || has(&["how", "frequently"]) || has(&["how", "long"]) => {
            Ask::When
        }
        _ if has(&["for", "what", "reason"]) || has(&["what", "reason"]) => Ask::Why,
        // Advice, unless it asks which of the two roles should do
        // something: that is a question of who owns what, which the
        // article's descriptions of each role answer.
        _ if routing_in(&phrases) => Ask::Owner,
        // Only a question with an "or" can end in a choice: the sentences
        // are split and read again only then.
        _ if words.contains(&"or")
            && !words.iter().any(|w| NOT_ROUTING.contains(w))
            && ends_in_a_choice(question) =>
        {
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
    let opens_a_question = |s: &str| {
        let folded = fold(s);
        let words = tokenize(&folded);
        let first = words.iter().find(|w| !FILLERS.contains(w)).copied().unwrap_or("");
        QUESTION_WORDS.contains(&first)
    };
    let at = (sentences.iter().rposition(|s| s.ends_with('?')))
        .or_else(|| sentences.iter().rposition(|s| opens_a_question(s)))?;
    let asking = sentences[at];
    // "CIO or CTO?" after the context asks about the context.
    if bare_choice(asking) {
        return None;
    }
    // "Is that what the article says?" points back at the sentence before:
    // read the two together.
    let points_back = tokenize(&fold(asking)).iter().any(|w| BACK_REFERENCES.contains(w));
    if points_back && at > 0 {
        let start = sentences[at - 1].as_ptr() as usize - question.as_ptr() as usize;
        let end = asking.as_ptr() as usize - question.as_ptr() as usize + asking.len();
        return question.get(start..end);
    }
    Some(asking)
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
        !BACK_REFERENCES.contains(word)
            || (DETERMINERS.contains(word) && words.get(i + 1).is_some_and(|next| determined(next)))
    });
    names_it.then_some(last)
}

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

/// Below this many words a question is read whole.
const FOCUS_MIN_WORDS: usize = 16;

/// Words that open a question.
const QUESTION_WORDS: &[&str] = &[
    "what", "whats", "who", "whos", "whom", "whose", "which", "how", "why", "when", "where", "is",
    "are", "does", "do", "did", "can", "could", "should", "would", "will", "was", "were", "has",
    "have", "tell", "explain", "describe",
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

/// A question's words (folded), asked whether they hold a phrase, of
/// dozens of phrases, most of whose first words it does not use: a
/// fingerprint of its words passes most of those over at the cost of a bit
/// test, and a long question's (whose fingerprint has most bits set) are
/// kept as a set too.
struct Phrases<'a> {
    words: &'a [&'a str],
    /// The union of the words' [`fingerprint`]s: a word whose bit is clear
    /// is not among them.
    fingerprints: u64,
    set: Option<rustc_hash::FxHashSet<&'a str>>,
}

/// Up to this many words, a phrase is looked for in the words directly:
/// cheaper than making the set.
const WITHOUT_A_SET: usize = 32;

/// One bit of 64 for a word, from its length and its first and last bytes.
#[inline]
fn fingerprint(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let (first, last) = (bytes.first().copied().unwrap_or(0), bytes.last().copied().unwrap_or(0));
    let mixed = (bytes.len() as u64)
        .wrapping_mul(0x9e37_79b9)
        .wrapping_add(u64::from(first).wrapping_mul(0x85eb_ca6b))
        .wrapping_add(u64::from(last).wrapping_mul(0xc2b2_ae35));
    1 << ((mixed ^ (mixed >> 17)) % 64)
}

impl<'a> Phrases<'a> {
    fn new(words: &'a [&'a str]) -> Self {
        let fingerprints = words.iter().fold(0, |bits, w| bits | fingerprint(w));
        let set = (words.len() > WITHOUT_A_SET).then(|| words.iter().copied().collect());
        Phrases { words, fingerprints, set }
    }

    /// Whether the words hold `phrase` (not empty), word for word.
    #[inline]
    fn has(&self, phrase: &[&str]) -> bool {
        self.fingerprints & fingerprint(phrase[0]) != 0
            && self.set.as_ref().is_none_or(|set| set.contains(phrase[0]))
            && self.words.windows(phrase.len()).any(|w| w == phrase)
    }
}

/// The sentences of `text`, each with its closing punctuation, trimmed.
fn sentences(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split_inclusive(['.', '!', '?', ';', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

/// "cio" or "cto", plural or not, as typed (folded).
fn is_cio_or_cto(word: &str) -> bool {
    matches!(word.trim_end_matches('s'), "cio" | "cto")
}

/// Whether the question ends by offering the two roles to choose between,
/// after saying what is to be done ("The COO wants help to cut downtime.
/// CIO or CTO?"): it asks which of them owns that.
fn ends_in_a_choice(question: &str) -> bool {
    let mut sentences = sentences(question);
    let Some(last) = sentences.next_back() else { return false };
    sentences.next_back().is_some() && bare_choice(last)
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

/// [`routing`], of a question's words (folded).
fn routing_in(phrases: &Phrases) -> bool {
    let words = phrases.words;
    // Not a question about the two roles themselves: who reports to whom,
    // which is more technical.
    if words.iter().any(|w| NOT_ROUTING.contains(w)) {
        return false;
    }
    let has = |phrase: &[&str]| phrases.has(phrase);
    let role = is_cio_or_cto;
    // "CIO or CTO", "the CIO or the CTO", "cio/cto thing".
    // "CIO or CTO" where something is to be owned, led or asked about (not
    // "should the CIO report to the CTO, or the CTO to the CIO?").
    let either = || {
        (words.windows(3).any(|w| role(w[0]) && w[1] == "or" && role(w[2]))
            || words.windows(4).any(|w| role(w[0]) && w[1] == "or" && w[2] == "the" && role(w[3]))
            || words
                .windows(5)
                .any(|w| role(w[0]) && w[2] == "or" && matches!(w[3], "a" | "the") && role(w[4])))
            && words.iter().any(|w| OWNING.contains(w))
    };
    let whose = || has(&["whose"]) && ROUTING_NOUNS.iter().any(|n| has(&[n]));
    let which = || has(&["which"]) && ROUTING_WHO.iter().any(|n| has(&[n]));
    let who_to = || ROUTING_ASKS.iter().any(|phrase| has(phrase));
    let territory = || words.windows(2).any(|w| role(w[0]) && ROUTING_NOUNS.contains(&w[1]));
    either() || whose() || which() || who_to() || territory()
}

/// Words of questions about the roles themselves rather than a task:
/// reporting lines, comparisons.
const NOT_ROUTING: &[&str] = &[
    "report",
    "reports",
    "reporting",
    "whom",
    "more",
    "less",
    "most",
    "least",
    "better",
    "worse",
    "higher",
    "lower",
];

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
    "sit",
    "sits",
    "job",
    "accountable",
    "manage",
    "manages",
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
const ROUTING_ASKS: &[&[&str]] = &[
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

/// Words a chatty question may start with before it asks anything.
const FILLERS: &[&str] = &[
    "so",
    "ok",
    "okay",
    "hey",
    "hi",
    "hello",
    "um",
    "uh",
    "well",
    "and",
    "but",
    "also",
    "quick",
    "q",
    "question",
    "please",
    "pls",
    "plz",
    "just",
    "curious",
    "wondering",
    "basically",
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
    use super::*;

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
        ] {
            assert_eq!(read(q), Ask::Owner, "{q}");
            assert_eq!(focus(q), None, "{q}");
        }
        for q in [
            "CIO or CTO?",
            "Whose skills are more technical? CIO or CTO?",
            "Staff laptops need a refresh. CIO or CTO, and how much does it cost?",
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
        ] {
            assert_eq!(read(q), Ask::Count, "{q}");
        }
        for q in [
            "When did the survey run?",
            "what year was it published",
            "since when?",
            "how long has he chaired the forum?",
            "How often should they meet?",
            "Does the article say how often they should hold town halls?",
            "does it say how long the meetings should run",
        ] {
            assert_eq!(read(q), Ask::When, "{q}");
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
        ] {
            assert_eq!(last_sentence(pronoun), None, "{pronoun}");
        }
        assert_eq!(last_sentence("Is that kind of friction normal?"), None, "one sentence");
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
