//! What a question asks *about*, beside the kind of answer it wants
//! ([`crate::ask`]): the words an entry must hold to answer it. An entry
//! that shares most of a question's words but not the one it asks for is
//! a near miss: "What position does Ash Athawale hold at Robert Half?" is
//! about Athawale, but his entry says nothing of a position, and a sourced
//! answer about him would look like an answer to the question. So the
//! engine checks, after ranking, that the chosen entry holds the focus
//! (lexically, or through the synonyms; the sentence model does not judge
//! words, and may only promote an entry that passes this check) and
//! otherwise declines, offering the entry as the closest fact the article
//! gives.
//!
//! The focus is read from the question's form, as the answer kind is:
//!
//! - the head of a `what`/`which` phrase ("what **position**", "which
//!   **companies**", "what was the average **age**"), of `who is the …`
//!   ("who is the **author**"), and of what an imperative asks for ("tell
//!   me the CTO's **password**");
//! - what `who` asks someone did ("who **wrote** it"), for the verbs that
//!   ask an attribute of authorship or money rather than a role;
//! - an attribute asked with `how` ("how **old**", "how **tall**");
//! - how something was done, by its verb ("how were they **recruited**");
//! - money, anywhere ("what does a CIO get **paid**"), which the article
//!   never gives;
//! - restrictive qualifiers anywhere ("CTOs **specifically**", "the CIO
//!   **alone**"): they change what is asked;
//! - for a figure (a count or share), every word: a figure is exact, and
//!   the same figure for a subgroup the entry does not name ("European
//!   respondents", "in healthcare") is another figure;
//! - the two roles set against each other ("more by CIOs or by CTOs?"),
//!   which a figure for both together does not answer;
//! - another role one is likened to ("which other C-suite seat is the CIO
//!   most like?"), which only an entry naming one answers;
//! - the staff hired ("hire ten data engineers"), which an entry saying a
//!   CIO recruits a CTO does not give.
//!
//! Words that only frame a question ("the article", "say", "mean",
//! "exactly") are never the focus. Pure and hand-written: this is the
//! product's own judgement of what is asked.

use std::borrow::Cow;

use crate::ask::Ask;
use crate::text::{fold, is_stop_word, tokenize};

mod asides;
mod frame;
mod hiring;
mod named;
mod places;
mod roles;
mod words;

pub use asides::without_asides;
use frame::{FIGURE_FRAME, FRAME, ONLY_WHEN};
pub use hiring::{hires, hires_no_staff, staff_hired};
pub use places::narrowed_to;
use words::{
    ADVISING, APPROVING, ATTRIBUTE_VERBS, AUTHORITY, BOUNDARIES, BREAKDOWN, CLAUSE_ENDS, COMPARING,
    COUNTING, DEGREE_OF, EMBEDDED, GENERIC_HEADS, GIVING, HOW_ATTRIBUTES, JOINTLY, KINDS, LIKENING,
    LINKING, MAKING, METHOD_VERBS, MONEY, NOT_COMPARED, ORGANISATIONS, PASSIVE_METHODS,
    PAY_RAISE_BEFORE, PEOPLE_MATTERS, QUALIFIERS, REQUESTED, ROLE_NOUNS, SAYING, SELLING, SIZES,
    SKIPPED, SOURCES, SYSTEMS,
};

/// Whether the qualifier at `i` is offered after an "or" against working
/// jointly ("both together, or one of them alone?", "shared, or still the
/// CTO's alone?"): the "or" a few words before it, a word of working
/// jointly a few words before that.
fn set_against_joint(words: &[&str], i: usize) -> bool {
    let Some(or) = words[..i].iter().rposition(|w| *w == "or") else { return false };
    i - or <= 8 && words[or.saturating_sub(12)..or].iter().any(|w| JOINTLY.contains(w))
}

/// The words an answering entry must hold, as typed (folded).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focus {
    /// Heads of what is asked, and restrictive qualifiers.
    pub words: Vec<String>,
    /// A figure is asked: every meaningful word but the framing ones must
    /// be held.
    pub strict: bool,
    /// The question sets the two roles against each other ("reported more
    /// by CIOs or by CTOs?", "CIOs versus CTOs"): a figure for both of them
    /// together does not answer it.
    pub compares_roles: bool,
    /// The question asks which other executive role one is likened to
    /// ("which other C-suite seat is the CIO most like?"), as typed: an
    /// entry must name such a role ([`OTHER_ROLES`]), whatever the question
    /// calls it.
    pub likened_role: Option<String>,
    /// The question asks which organisations ("which FinTech companies
    /// does it point to?", "name the vendors"), as typed: holding the word
    /// "company" does not name one, so an entry must name an organisation
    /// the question does not.
    pub bodies_named: Option<String>,
    /// The one role a figure is asked of alone ("just the CTOs", "CIOs on
    /// their own"), as typed and singular ("cto"): a figure for both does
    /// not answer it.
    pub role_alone: Option<String>,
    /// The one role a figure is asked of as having the other ("how many
    /// CIOs have a CTO?"), singular ("cio"): people holding both titles
    /// are not that figure.
    pub role_having: Option<String>,
    /// The alternatives the question offers ("HealthTech or EdTech?"), as
    /// typed, the two roles aside: an entry must hold one of them.
    pub options: Vec<String>,
    /// The staff the question hires ("hiring data engineers"), as typed:
    /// an entry that speaks of hiring must hire staff too, not a chief.
    pub staff_hired: Option<String>,
}

impl Focus {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && !self.strict
            && !self.compares_roles
            && self.likened_role.is_none()
            && self.bodies_named.is_none()
            && self.options.is_empty()
            && self.role_alone.is_none()
            && self.role_having.is_none()
            && self.staff_hired.is_none()
    }
}

/// Executive roles beside the CIO and CTO, as a question or an entry may
/// name them (the synonyms join their spelt-out titles): what an entry
/// likening a role to another names.
pub const OTHER_ROLES: &[&str] = &["coo", "ceo", "cfo", "cmo", "ciso", "cdo", "cpo", "chro"];

/// Reads the focus of `question` (its asking sentence, for a long one),
/// which asks `ask`.
pub fn read(question: &str, ask: &Ask) -> Focus {
    if !reads_focus(ask) {
        return Focus::default();
    }
    // A modifier apostrophe is a letter to `tokenize`: "cioʼs" is "cio's".
    let folded = fold(&without_asides(question)).replace('ʼ', "'");
    read_words(&tokenize(&folded), ask)
}

/// [`read`], given the words [`tokenize`] makes of `fold(question)`, which
/// are the words it reads unless the question mentions someone, has
/// spacing [`without_asides`] changes, or a modifier apostrophe.
pub fn read_folded<S: AsRef<str>>(question: &str, words: &[S], ask: &Ask) -> Focus {
    if !reads_focus(ask) {
        return Focus::default();
    }
    match without_asides(question) {
        Cow::Borrowed(_) if !question.contains('ʼ') => read_words(words, ask),
        _ => read(question, ask),
    }
}

/// Whether the focus of a question asking `ask` is read from its words: a
/// title, an acronym, a time, a place, a reason or a prediction is checked
/// by the answer kind alone, against what curators mark (and the focus of
/// any of those is empty and not strict).
pub fn reads_focus(ask: &Ask) -> bool {
    // Advice too: "what agenda does it recommend for the town halls?" asks
    // for an agenda, which an entry listing town halls does not give.
    matches!(ask, Ask::Other | Ask::Count | Ask::Owner | Ask::Advice)
}

/// [`read`], of the question's words as [`tokenize`] splits it folded,
/// mentions aside, for a kind of question whose focus is read
/// ([`reads_focus`]).
fn read_words<S: AsRef<str>>(words: &[S], ask: &Ask) -> Focus {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let mut focus = Focus {
        words: Vec::new(),
        strict: *ask == Ask::Count,
        compares_roles: roles::compares(&words),
        role_alone: roles::alone(&words),
        role_having: roles::counted_having(&words),
        likened_role: None,
        bodies_named: named::bodies_named(&words),
        options: Vec::new(),
        staff_hired: hiring::staff_hired(&words).map(str::to_owned),
    };
    // "Which other chief is the CIO most like?" asks for a role, however
    // it is called ("C-suite seat", "exec"); "like SaaS and what other
    // ones?" does not.
    let phrase = |at: usize| -> Vec<&str> {
        (words[at + 1..].iter()).take_while(|w| !BOUNDARIES.contains(w)).take(4).copied().collect()
    };
    let likened = (words.windows(2))
        .position(|w| matches!(w[0], "what" | "which") && matches!(w[1], "other" | "another"))
        .filter(|&at| phrase(at).iter().any(|w| ROLE_NOUNS.contains(w)))
        .filter(|_| words.iter().any(|w| LIKENING.contains(w)));
    if let Some(at) = likened {
        focus.likened_role = Some(phrase(at).join(" "));
    }
    // "How many were CIOs and how many were CTOs?" asks a figure broken
    // down, which no figure for all of them gives.
    let counts = || words.windows(2).filter(|w| w == &["how", "many"] || w == &["how", "much"]);
    if *ask == Ask::Count && counts().count() >= 2 {
        focus.words.push("breakdown".to_owned());
    }
    // How money is to be shared out ("how should the tech budget be
    // divided between the CIO and the CTO?"): advice about what the
    // article never discusses.
    if *ask == Ask::Advice {
        for &w in words.iter().filter(|w| AUTHORITY.contains(w) || MONEY.contains(w)) {
            if !focus.words.iter().any(|f| f == w) {
                focus.words.push(w.to_owned());
            }
        }
    }
    // Who owns a task: the article says which kind of work each role looks
    // after, never who approves money, contracts, compliance or people
    // matters; a question about those asks what it does not say. A system
    // for people matters is staff tooling, which it does place.
    if *ask == Ask::Owner {
        // So is a system for requests and purchases ("an internal tool so
        // staff can request equipment"), unless the question asks who
        // approves or pays ("who approves purchases in the new system?").
        let system = words.iter().any(|w| SYSTEMS.contains(w));
        let approving = words.iter().any(|w| APPROVING.contains(w));
        let tooled = |w: &str| system && !approving && REQUESTED.contains(&w);
        let authority = |w: &str| {
            (AUTHORITY.contains(&w) && !tooled(w)) || (!system && PEOPLE_MATTERS.contains(&w))
        };
        // "a raise" is pay; "who do I raise that with?" asks whom to go to.
        let verb = |at: usize| {
            words[at] == "raise"
                && !at.checked_sub(1).is_some_and(|b| PAY_RAISE_BEFORE.contains(&words[b]))
        };
        focus.words = (words.iter().enumerate())
            .filter(|&(at, w)| authority(w) && !verb(at))
            .map(|(_, w)| (*w).to_owned())
            .collect();
        // Who approves decides, whatever is approved ("who approves travel
        // expenses?", "the clinical safety sign-off"), which the article
        // gives neither role; a task that approves ("automate how they
        // approve invoices") or signs on ("single sign-on") is still work.
        if let Some(approves) = approval_asked(&words) {
            focus.words.push(approves.to_owned());
        }
        return focus;
    }
    focus.options = named::options(&words);
    let mut add = |word: &str| {
        if !is_frame(word) && !focus.words.iter().any(|w| w == word) {
            focus.words.push(word.to_owned());
        }
    };
    for (i, &word) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        match word {
            "what" | "which" if likened == Some(i) => {}
            "what" | "which" | "whats" => {
                if let Some(head) = noun_head(&words[i + 1..]) {
                    add(&head);
                }
            }
            // "Tell me the CTO's password": what is asked for, as "what is
            // the CTO's password?" asks it.
            "tell" | "give" | "show" if next == "me" => {
                if let Some(head) = noun_head(&words[i + 2..]) {
                    add(&head);
                }
            }
            // "Help me write a cover letter": what is to be written is what
            // is asked for, as "what is…?" asks it.
            "write" | "draft" if matches!(next, "a" | "an" | "me" | "my" | "our") => {
                let from = i + 1 + usize::from(next == "me");
                if let Some(head) = noun_head(&words[from..]) {
                    add(&head);
                }
            }
            // "Does the article give a typical timeline for…?": what the
            // source is asked to give, as "what timeline…" asks it.
            _ if i > 1
                && GIVING.contains(&word)
                && SOURCES.contains(&words[i - 1])
                && matches!(words[0], "does" | "do" | "did") =>
            {
                if let Some(head) = noun_head(&words[i + 1..]) {
                    add(&head);
                }
            }
            // "which should the CTO evaluate first?", "CIO or CTO first?":
            // an order, which no entry gives, advice or not; "my first 1:1" is an ordinal.
            "first" if next.is_empty() || CLAUSE_ENDS.contains(&next) || next == "then" => {
                add(word)
            }
            // Advice is asked of what it is about ("what agenda does it
            // recommend?"); how something should be done is the advice
            // itself, not an attribute asked of it.
            _ if *ask == Ask::Advice => {}
            _ if *ask == Ask::Count && BREAKDOWN.contains(&word) => add(word),
            "who" | "whos" => {
                // "who is the author", "who's the author" (the tokenizer
                // drops the clitic).
                let det = |at: usize| matches!(words.get(at).copied(), Some("the" | "a" | "an"));
                let copula = matches!(next, "is" | "was" | "s" | "are" | "were");
                // "who actually wrote it?": the verb past an adverb.
                let at = (i + 1..words.len()).find(|&at| {
                    !matches!(words[at], "actually" | "really" | "originally" | "first" | "exactly")
                });
                let verb = at.map_or("", |at| words[at]);
                let after = at.and_then(|at| words.get(at + 1)).copied().unwrap_or("");
                if ATTRIBUTE_VERBS.contains(&verb) && !pays_no_money(verb, after) {
                    add(verb);
                } else if ((copula && det(i + 2)) || det(i + 1))
                    && let Some(head) = noun_head(&words[i + 1..])
                {
                    add(&head);
                }
            }
            // "name some FinTech companies", "list the tools": instances.
            "name" | "list" => {
                if let Some(head) = noun_head(&words[i + 1..]) {
                    add(&head);
                }
            }
            // "what does the article say about X": X is what is asked.
            "about" if i > 0 && SAYING.contains(&words[i - 1]) => {
                let clause: Vec<&str> = words[i + 1..]
                    .iter()
                    .take_while(|w| !CLAUSE_ENDS.contains(w))
                    .copied()
                    .collect();
                // "say about who handles cloud and AI", "about what happens
                // when …": a question within the question, whose linking
                // verb is not what is asked.
                let skip = match clause.as_slice() {
                    // "say about whether the line is still clear": a yes/no
                    // question within, which asks no word more than one
                    // asked directly.
                    ["whether", ..] => clause.len(),
                    [wh, verb, ..] if EMBEDDED.contains(wh) && LINKING.contains(verb) => 2,
                    [wh, ..] if EMBEDDED.contains(wh) => 1,
                    _ => 0,
                };
                // "say about how the two should handle hiring": the way
                // they are to go about it is the advice asked, as "how
                // should they handle hiring?" asks it; the verb that only
                // links them to it ("handle", "deal") is not asked of an
                // entry. A method done ("how the survey was run") still is.
                let advised = |at: usize| {
                    clause[0] == "how"
                        && LINKING.contains(&clause[at])
                        && at.checked_sub(1).is_some_and(|b| ADVISING.contains(&clause[b]))
                };
                // "how technical the CIO is compared to the CTO": what
                // sets the two side by side is not what is asked of them.
                for (at, &word) in clause.iter().enumerate().skip(skip) {
                    if !COMPARING.contains(&word) && !advised(at) {
                        add(word);
                    }
                }
            }
            "how" if HOW_ATTRIBUTES.contains(&next) => add(next),
            // "how was the survey run?": how something was done, asked by
            // a passive whose verb is too common to be a method anywhere.
            // "How were they recruited?" asks the method too, which an
            // entry saying who recruits whom does not give: the verb held
            // is not the method.
            "how" if matches!(next, "was" | "were" | "is" | "are") => {
                let mut clause = words[i + 2..].iter().take_while(|w| !CLAUSE_ENDS.contains(w));
                if let Some(done) = clause.clone().find(|w| PASSIVE_METHODS.contains(w)) {
                    add(done);
                } else if clause.any(|w| METHOD_VERBS.contains(w)) {
                    add("method");
                }
            }
            // "the CTO alone or with the CIO?": a choice, not a restriction.
            _ if QUALIFIERS.contains(&word) && next == "or" => {}
            // "working together, or can one side own it alone?": the other
            // side of a choice with working jointly, which an entry saying
            // who works jointly answers.
            _ if QUALIFIERS.contains(&word) && set_against_joint(&words, i) => {}
            // "doing particularly well": a degree, not a part asked for.
            _ if QUALIFIERS.contains(&word) && DEGREE_OF.contains(&next) => {}
            _ if METHOD_VERBS.contains(&word) || QUALIFIERS.contains(&word) => add(word),
            _ if MONEY.contains(&word) && !pays_no_money(word, next) => add(word),
            _ if SELLING.contains(&word) => add(word),
            _ if MAKING.contains(&word)
                && (next.is_empty() || CLAUSE_ENDS.contains(&next))
                && words[..i].iter().any(|w| matches!(*w, "what" | "whats")) =>
            {
                add(word)
            }
            _ if SIZES.contains(&word) && ORGANISATIONS.contains(&next) => add(word),
            // "do CTOs do better in InsurTech than in LegalTech?": one set
            // above another on a quality, which an entry listing both
            // does not rank.
            "better" | "worse" if words[i + 1..].iter().take(6).any(|w| *w == "than") => add(word),
            // "is CTO demand higher in FinTech or in InsurTech?": the
            // quality two offered are set against each other on.
            "higher" | "lower" | "faster" | "slower" | "bigger" | "larger" | "smaller"
                if words.iter().any(|w| matches!(*w, "or" | "than")) =>
            {
                add(word)
            }
            // "which is more senior, the CIO or the CTO?": the quality the
            // two are set against each other on is what is asked.
            "more" | "less"
                if focus.compares_roles
                    && !next.is_empty()
                    && !is_stop_word(next)
                    && !NOT_COMPARED.contains(&next)
                    && !COMPARING.contains(&next) =>
            {
                add(next)
            }
            _ => {}
        }
    }
    focus
}

/// The noun phrase at the start of `words` (after `what`, `which` or `who
/// is`), past a copula and determiners, up to a preposition, a verb or the
/// end: its last word is the head, which the engine reads through the
/// synonyms with the words before it ("full form" is an acronym). `None`
/// when there is no noun phrase ("what does …"), or its head only frames
/// the question or asks a count (which the answer kind checks).
fn noun_head(words: &[&str]) -> Option<String> {
    let mut rest = words.iter().copied().skip_while(|w| SKIPPED.contains(w)).peekable();
    // "what kind of tools": the kind is not the head.
    let mut phrase: Vec<&str> = Vec::new();
    while let Some(word) = rest.next() {
        // "what is the meaning of a …": past the kind, as at the start.
        if phrase.is_empty() && SKIPPED.contains(&word) {
            continue;
        }
        // "which FinTech or InsurTech companies": the phrase goes on to
        // the head the two modifiers share.
        let coordinated = |next: &&str| !BOUNDARIES.contains(next) && !SKIPPED.contains(next);
        if matches!(word, "or" | "and")
            && !phrase.is_empty()
            && rest.peek().is_some_and(coordinated)
        {
            phrase.pop();
            continue;
        }
        // "which AI use cases": a noun, not the verb.
        let noun = word == "use" && rest.peek().is_some_and(|n| matches!(*n, "case" | "cases"));
        if BOUNDARIES.contains(&word) && !noun {
            if word == "of" && phrase.len() == 1 && KINDS.contains(&phrase[0]) {
                phrase.clear();
                continue;
            }
            break;
        }
        phrase.push(word);
        if phrase.len() == 4 {
            break;
        }
    }
    let head = *phrase.last()?;
    if COUNTING.contains(&head) || GENERIC_HEADS.contains(&head) || is_frame(head) {
        return None;
    }
    Some(phrase.join(" "))
}

/// The alternatives `sentence` offers ([`Focus::options`]).
pub fn options(sentence: &str) -> Vec<String> {
    named::options(&tokenize(&fold(sentence)))
}

/// Whether `word` (folded) only frames a question: the article, what
/// someone says or means, how exactly. Never the focus, and never
/// required of an entry.
pub fn is_frame(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| FRAME.iter().copied().collect());
    SET.contains(word) || crate::text::is_stop_word(word) || restated_number(word)
}

/// Whether paying, before `next`, asks no money: paying attention, or
/// the customers who pay ("pays attention to the market", "paying
/// buyers").
fn pays_no_money(word: &str, next: &str) -> bool {
    matches!(word, "pay" | "pays" | "paid" | "paying")
        && matches!(
            next,
            "attention"
                | "heed"
                | "customer"
                | "customers"
                | "client"
                | "clients"
                | "buyers"
                | "users"
                | "subscribers"
        )
}

/// The word by which an owner question asks who approves: an approving
/// verb right after "who" (a modal between: "who has to approve"), or a
/// sign-off named as a thing ("the clinical safety sign-off", "does it
/// need CIO sign-off?"). Who signs off on a piece of work is who owns it
/// ("who should sign off on the architecture?").
fn approval_asked<'w>(words: &[&'w str]) -> Option<&'w str> {
    const MODALS: &[&str] =
        &["has", "have", "to", "should", "must", "will", "would", "can", "gets"];
    let signing = |w: &str| matches!(w, "sign" | "signs" | "signed" | "signing");
    let after_who = words.iter().enumerate().filter(|(_, w)| **w == "who").find_map(|(at, _)| {
        let verb = words[at + 1..].iter().find(|w| !MODALS.contains(w))?;
        (APPROVING.contains(verb) && !signing(verb)).then_some(*verb)
    });
    let sign_off = (1..words.len().saturating_sub(1)).find(|&at| {
        let before = words[at - 1];
        words[at] == "sign"
            && words[at + 1] == "off"
            && before != "who"
            && !MODALS.contains(&before)
    });
    after_who.or(sign_off.map(|at| words[at]))
}

/// Whether the words (a question's, as the index reads them) say only
/// when or how often: they ask nothing, like a question of stop words.
pub fn says_only_when<S: AsRef<str>>(words: &[S]) -> bool {
    !words.is_empty() && words.iter().all(|w| ONLY_WHEN.contains(&w.as_ref()))
}

/// Whether `word` (as typed) asks an attribute of authorship or money
/// ("wrote", "funded", "paid"): what an entry holds in its own words or
/// not, never one meaning about the same ("published").
pub fn asks_attribute(word: &str) -> bool {
    ATTRIBUTE_VERBS.contains(&word)
}

/// Whether a word of the focus asks a figure broken down ("split",
/// "breakdown"), which only a figure can lack.
pub fn asks_breakdown(word: &str) -> bool {
    matches!(word, "split" | "breakdown")
}

/// Whether every "split" of a question (its words as typed) is a sharing
/// done ("what share of respondents split responsibility for SaaS?",
/// "orgs that split COTS mgmt"), not a figure's breakdown asked for ("how
/// does that split?", "what's the split by role?"): a breakdown is split
/// as a noun after a determiner, or what a figure itself does.
pub fn splits_a_duty(words: &[&str]) -> bool {
    let breakdown = |i: usize| {
        let before = i.checked_sub(1).map_or("", |j| words[j]);
        let after = words.get(i + 1).copied().unwrap_or("");
        let noun = matches!(before, "the" | "a" | "its" | "exact" | "any" | "whats");
        // "how does that split between them?", but "orgs that split SaaS".
        let pronoun = matches!(before, "that" | "this" | "it" | "they");
        noun || matches!(after, "by" | "of" | "up")
            || (pronoun && matches!(after, "" | "between" | "among" | "across" | "out"))
    };
    let mut splits = (0..words.len()).filter(|&i| words[i] == "split").peekable();
    splits.peek().is_some() && splits.all(|i| !breakdown(i))
}

/// Whether the question asks over what span of time ("over what period?",
/// "in what time frame?"): the words of [`SPANS`] then name it.
pub fn asks_a_span(words: &[&str]) -> bool {
    let pairs = words.windows(2);
    words.iter().any(|w| matches!(*w, "period" | "periods" | "timeframe" | "timespan"))
        || pairs.into_iter().any(|p| p[0] == "time" && matches!(p[1], "frame" | "span" | "period"))
}

/// The words naming a span of time, as [`asks_a_span`] reads it.
pub const SPANS: &[&str] = &["period", "periods", "timeframe", "timespan", "time", "frame", "span"];

/// Whether the question counts organisations ("in what % of orgs…", "how
/// many companies split…", "how many of the surveyed organisations…"): a
/// survey's share counts its respondents, each answering for their
/// organisation, so the word names the unit counted, not something asked
/// of it ("how big are their companies?").
pub fn counts_organisations(words: &[&str]) -> bool {
    let counting = |w: &str| {
        matches!(w, "%" | "percent" | "percentage" | "share" | "proportion" | "fraction" | "many")
    };
    (0..words.len()).filter(|&i| ORGANISATIONS.contains(&words[i])).any(|i| {
        let mut before = words[..i].iter().rev().copied();
        let Some(mut word) = before.find(|w| !matches!(*w, "the" | "surveyed" | "polled")) else {
            return false;
        };
        if word == "of" {
            word = before.next().unwrap_or("");
        }
        counting(word)
    })
}

/// Whether `word` (folded) says the two work together ("joint", "shared",
/// "jointly").
pub fn says_jointly(word: &str) -> bool {
    JOINTLY.contains(&word)
}

/// Qualifiers that restrict what is asked to one side.
const TO_ONE_SIDE: &[&str] = &["alone", "solely", "exclusively", "only"];

/// Drops from `focus` the restrictions to one side ("alone", "only") that
/// `asking`, the words (folded) of a long question's asking sentence, does
/// not hold, when it offers working jointly: read along from the sentence
/// before for what it points back at, they are the other side of the
/// choice it asks ("Our CTO wants to own it alone. Should one exec handle
/// it, or both together?"), which an entry saying who works jointly
/// answers.
pub fn drop_context_restrictions(focus: &mut Focus, asking: &[&str]) {
    if asking.iter().any(|w| says_jointly(w)) {
        let context = |w: &str| TO_ONE_SIDE.contains(&w) && !asking.contains(&w);
        focus.words.retain(|w| !context(w));
    }
}

/// [`is_frame`], or a typo of a framing word: an everyday word's
/// ("peopel" for "people"), or one edit away from a longer one
/// ("respondants" for "respondents"). The index corrects a typo only into
/// a word the knowledge holds, and framing words mostly are not held, so a
/// misspelt one would otherwise count as something asked.
pub fn is_frame_typed(word: &str) -> bool {
    is_frame(word)
        || crate::search::english::everyday(word).is_some_and(is_frame)
        || (word.len() >= TYPO_FRAME_LEN
            && (FRAME.iter()).any(|f| {
                f.len() >= TYPO_FRAME_LEN
                    && crate::search::english::one_edit_apart(word.as_bytes(), f.as_bytes())
            }))
}

/// Shortest word read as a typo of a framing word: shorter ones are too
/// often another word ("said" and "sad").
const TYPO_FRAME_LEN: usize = 7;

/// Whether `word` frames a figure question: [`is_frame_typed`], or who was
/// asked and what respondents call something ("asked", "call"), which
/// elsewhere may be what is asked. A figure question needs every other
/// word held.
pub fn frames_a_figure(word: &str) -> bool {
    is_frame_typed(word) || FIGURE_FRAME.contains(&word)
}

/// A number that is not a year: the asker restating or guessing a figure
/// ("of the 415, how many…", "30 something", "roughly four hundred"). A
/// year narrows what is asked ("in 2023"), which the article does not.
fn restated_number(word: &str) -> bool {
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) && !year;
    digits || NUMBER_WORDS.contains(&word)
}

/// Numbers spelt out, as a figure is restated in words.
const NUMBER_WORDS: &[&str] = &[
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
    "thousand",
];

#[cfg(test)]
mod tests;
