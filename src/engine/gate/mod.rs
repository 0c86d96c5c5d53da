//! The answerability gate: what a question asks and whom it names, and
//! whether an entry gives that. Kept apart from the ranking because both
//! the lexical path and the model's path must pass it: a score says how
//! near an entry is, the gate whether it may answer at all.

use crate::ask::{self, is_cio_or_cto};
use crate::focus::{self, Focus};
use crate::knowledge::{Attribution, Entry, Knowledge};
use crate::search::Index;
use crate::text::{fold, is_stop_word, tokenize};

use super::pairing::{asks_of_each, asks_which_is_which, names_both_joined, offers_both};
use super::typed::Typed;
use super::{Engine, OTHER_CHIEF};

mod missing;

/// How an entry fits a question ([`Gate::fit`]).
pub(super) enum Fit {
    /// It gives the kind of answer asked, about whom it is asked.
    Answers,
    /// It is about whom the question asks, but never gives the kind of
    /// answer asked: named as the reply names it ("title", "when").
    LacksKind(&'static str),
    /// It is not about whom, or not the kind of answer, asked: why, as
    /// `--explain` shows it.
    No(&'static str),
}

/// What a question asks and whom it names: which entries may answer it.
pub(super) struct Gate<'q> {
    pub(super) asked: ask::Ask,
    /// The question's words as the index reads them.
    words: &'q [String],
    /// The question's words as typed (folded).
    typed: &'q [&'q str],
    other_chief: bool,
    /// What the question asks about, which an answering entry must hold.
    focus: Focus,
    /// The words of the sentence that asks (the whole question, or a long
    /// question's asking sentence), as the index reads them, mentions
    /// aside: what a figure must cover.
    asking: Vec<String>,
    /// The people the question names (by name): an answer must be theirs,
    /// or say their name.
    named: Vec<usize>,
    /// The one role a wh-question names ("which industries are CIOs
    /// thriving in?"), which an answer must hold: as the index reads it.
    role: Vec<String>,
    /// Whether the asking sentence names the two roles joined ("how can
    /// the CIO and CTO collaborate?") or asks which is which: an entry
    /// speaking of one of them only is about someone else.
    together: bool,
    /// Whether the asking sentence offers the two roles as a choice ("is
    /// my work closer to the CIO or the CTO?"): a figure answers it only
    /// when it says who looks after what (marked `owner`), not one that
    /// counts the roles ("83% of CIOs have a CTO").
    choice: bool,
    /// Whether the asking sentence asks which of the two is which ("which
    /// one faces staff and which the market?"): no figure answers it.
    which_is_which: bool,
    /// The head of each focus word, as the index reads it
    /// ([`crate::search::Index::head`]): read once, checked against every
    /// candidate.
    heads: Vec<Option<String>>,
    /// What the question asks that no entry tells ([`Engine::untold`]): a
    /// decision given to neither role, a share named as a group that no
    /// entry gives, what an organisation the source only names does, the
    /// view of a group that never speaks, a rank beside a title, what a
    /// person did before, a figure of an earlier survey, another post at
    /// a person's organisation.
    untold: Option<String>,
    /// The words the question insists on ("in hospitals specifically"),
    /// as the index reads them: an answering entry must hold each.
    insisted: Vec<String>,
    /// Whether the question asks who holds a post at an organisation
    /// ("who is the CTO of OpenAI?"): only a person's entry can say.
    post_asked: bool,
    /// The role the question says a company lacks ("doesn't have a CTO"):
    /// an entry saying the other one is lacking answers another question.
    lacking: Option<String>,
    /// Whether the question is long: context, then a sentence that asks.
    long: bool,
    /// Whether the question speaks of the reporting line ("the CTO
    /// reporting into the CIO"), not of what someone reports.
    line_asked: bool,
    /// The kind of document the question's reports are ("regulatory
    /// reports"): an entry on the chiefs' reporting line does not answer it.
    documents: Option<String>,
    /// Places and bodies the asking sentence narrows to that the knowledge
    /// does not know ("in Brazil"), folded: a figure is not of them.
    narrowed: Vec<String>,
}

impl Gate<'_> {
    /// Whether a short question pairs the two roles without offering them
    /// as a choice ("CTO = revenue guy, CIO = ops guy?"): what it says of
    /// each may be two views of one person. A long question's context may
    /// name both where its asking sentence asks of one view; any "or"
    /// offers a choice, however the roles are named ("the info chief or
    /// the tech chief?").
    pub(super) fn pairs_the_roles(&self) -> bool {
        !(self.long || self.choice || self.which_is_which || self.typed.contains(&"or"))
    }

    /// Whether entry `doc` gives the kind of answer asked, about whom it is
    /// asked.
    pub(super) fn fits(&self, engine: &Engine, doc: usize) -> bool {
        matches!(self.fit(engine, doc), Fit::Answers)
    }

    /// Whether entry `doc` gives the kind of answer asked, about whom it is
    /// asked; or is about whom it is asked but does not give the kind
    /// asked, an attribute of what it speaks of ("what position does Ash
    /// Athawale hold?", "when did the survey run?").
    pub(super) fn fit(&self, engine: &Engine, doc: usize) -> Fit {
        let entry = &engine.knowledge.entries[doc];
        if let Some(why) = self.not_about_whom(engine, doc) {
            return Fit::No(why);
        }
        let owner = entry.also_answers.iter().any(|a| a == "owner");
        let chosen = (self.choice && !owner) || self.which_is_which;
        if entry.figure.is_some() && asks_for_a_person(self.typed) {
            return Fit::No("a figure, where a person is asked");
        }
        if !matches!(entry.attribution, Attribution::Person(_)) && self.post_asked {
            return Fit::No("no person, where whose post is asked");
        }
        if chosen && entry.figure.is_some() && self.asked != ask::Ask::Count {
            return Fit::No("a figure, where which role is asked");
        }
        if ask::answers(&self.asked, &entry.answer, entry.figure.is_some(), &entry.also_answers)
            && !self.asks_beyond_the_line(engine, doc)
        {
            return Fit::Answers;
        }
        // An entry about what is asked that does not advise is the closest
        // fact to a question asking for advice ("should the CIO report to
        // the CTO?" and the tension the article reports).
        match self.asked {
            ask::Ask::Title
            | ask::Ask::Workplace
            | ask::Ask::When
            | ask::Ask::Date
            | ask::Ask::Duration
            | ask::Ask::Often
            | ask::Ask::Where
            | ask::Ask::Why
            | ask::Ask::Advice => Fit::LacksKind(self.asked.name()),
            _ => Fit::No("not the kind of answer asked"),
        }
    }

    /// Whether the question asks why there is a dispute over the reporting
    /// line ("why do they clash over reporting lines?") of an entry that
    /// gives that dispute as its reason: it asks a reason the entry does
    /// not give.
    fn asks_beyond_the_line(&self, engine: &Engine, doc: usize) -> bool {
        self.asked == ask::Ask::Why && self.line_asked && engine.reporting[doc] == Some(true)
    }

    /// Why entry `doc` is not about whom the question asks, if it is not.
    fn not_about_whom(&self, engine: &Engine, doc: usize) -> Option<&'static str> {
        let entry = &engine.knowledge.entries[doc];
        let roles = &engine.roles[doc];
        let why = if engine.about_someone_else(entry, self.typed, self.words, &self.asked) {
            "about someone else"
        } else if self.other_chief && !engine.other_chief[doc] {
            "not about another chief"
        } else if !self.theirs(engine, entry) {
            "not the view of the person named"
        } else if !self.role.iter().all(|token| roles.contains(token)) {
            "not about the role named"
        } else if self.together && roles.len() == 1 {
            "about one role, where both are asked"
        } else {
            return None;
        };
        Some(why)
    }

    /// Whether `entry` is the view of a person the question names, or says
    /// their name, when it names anyone: "Which companies was Vishal Gupta
    /// CTO at?" is not answered by an entry about no one in particular.
    fn theirs(&self, engine: &Engine, entry: &Entry) -> bool {
        if self.named.is_empty() {
            return true;
        }
        let attributed =
            matches!(entry.attribution, Attribution::Person(p) if self.named.contains(&p));
        attributed
            || self.named.iter().any(|&p| {
                let name = fold(&engine.knowledge.people[p].name);
                fold(&entry.answer).contains(&name)
            })
    }
}

impl Engine {
    /// The gate for a question whose words the index has read (`words`)
    /// and as typed (`typed`), and whose kind of answer is read.
    pub(super) fn gate_with<'q>(
        &self,
        words: &'q [String],
        typed: &'q Typed<'q>,
        asked: ask::Ask,
    ) -> Gate<'q> {
        // A C-level role the knowledge does not cover (CFO, CISO, …: read
        // as one term) is strong out-of-scope evidence: only an entry that
        // names such a role may answer. In a long question, only if its
        // asking sentence names it: one in the sentence it points back at
        // is context ("Our CFO calls it hype. What % saw a growing focus on
        // it?").
        let asking = typed.asking();
        let long = typed.focus().is_some();
        // The sentence that asks, without the one before it that a long
        // question's asking span reads along for what it points back at.
        let sentence = if long { ask::asking_sentence(asking) } else { asking };
        let other_chief = match long {
            true => self.index.words(sentence).iter().any(|w| w == OTHER_CHIEF),
            false => words.iter().any(|w| w == OTHER_CHIEF),
        };
        // Offered as one alternative ("the COO or the CFO?", "the board or
        // is that a CEO-only thing?"), such a role asks nothing of the
        // entry: the alternative it is set against does, which must be
        // neither the CIO nor the CTO ("the CEO or the CIO?").
        let against = match other_chief {
            true => self.set_against_other_chief(&tokenize(&fold(sentence))),
            false => Vec::new(),
        };
        let other_chief = other_chief && against.is_empty();
        // A label that opens the question ("CIO vs CTO: who handles
        // COTS?") names its topic, not what it asks.
        let labelled = !long && asking.len() < typed.question().len();
        let mut focus = match long || labelled {
            false => focus::read_folded(asking, typed.words(), &asked),
            true => focus::read(asking, &asked),
        };
        // The sentence that asks, as typed (folded): the whole question's
        // words unless a long question's is read apart.
        let sentence_folded = if long { fold(sentence) } else { String::new() };
        let sentence_words = if long { tokenize(&sentence_folded) } else { Vec::new() };
        let sentence_typed: &[&str] = if long { &sentence_words } else { typed.words() };
        if long && sentence.len() < asking.len() {
            focus::drop_context_restrictions(&mut focus, sentence_typed);
        }
        // Whom a long question's asking sentence hires may be named before
        // it ("Both want to hire engineers. How should the two handle it?").
        let staff_before = typed.staff_hired_before();
        let typed = typed.words();
        // The asking sentence's words as typed: the whole question's, unless
        // a long question's asking sentence is read apart.
        let asking_folded = if long { fold(asking) } else { String::new() };
        let asking_held = if long { tokenize(&asking_folded) } else { Vec::new() };
        let asking_typed: &[&str] = if long { &asking_held } else { typed };
        // A question citing a figure asks something of it, which the entry
        // giving it must hold word by word: "does the survey break the 83%
        // down by industry?" is not answered by the 83%.
        // Alternatives offered in the sentence before are context ("is it
        // just us or industry-wide? What did the survey say?").
        if long && !focus.options.is_empty() {
            focus.options = focus::options(sentence);
        }
        focus.strict |= self.cites_figure(typed);
        if focus::reads_focus(&asked) && focus.staff_hired.is_none() {
            focus.staff_hired = staff_before.map(str::to_owned);
        }
        if focus.options.is_empty() {
            focus.options = against;
        }
        // A yes/no question that sets aside what it knows ("Besides FinTech,
        // are CTOs also thriving in HealthTech?") asks the rest, word by
        // word; "besides roadmaps, what else…" asks for more of the same.
        let rest = ask::set_aside(asking).map(|(_, rest)| rest);
        focus.strict |= rest.is_some_and(|rest| !opens_with_wh(rest));
        // By a name of theirs of at least four letters, as typed.
        // Or by their organisation next to their title: "the Nutanix CIO",
        // "the chair of the Global CTO Forum".
        let names_anyone = typed.iter().any(|w| self.naming_typed.contains(*w));
        let named: Vec<usize> = (self.names.iter().enumerate())
            .filter(|_| names_anyone)
            .filter(|&(i, names)| {
                names.iter().any(|n| typed.contains(&n.as_str()))
                    || self.people.get(i).is_some_and(|p| super::people::by_affiliation(p, typed))
            })
            .map(|(i, _)| i)
            .collect();
        // A role named only to compare with ("which industries are CIOs
        // thriving in, the way CTOs are in FinTech?") is not the one asked.
        // In a long question, the asking sentence names the role asked,
        // not its context ("…insists we belong under the CTO. Which role
        // does Aksakal link to the COO?").
        // A question read whole is already split into its words.
        // So is a few words typed as into a search box ("CIO main focus"),
        // which name what they are about and ask nothing else of it.
        // In a short question, a wh-sentence after a preamble ("CTOs do
        // well in FinTech - which sectors are CIOs strongest in?") names
        // the role asked; the preamble says what the asker knows.
        let names_a_role = words.iter().any(|w| w == "cio" || w == "cto");
        let closing = match long || labelled || !names_a_role {
            true => None,
            false => ask::closing_sentence(asking).filter(|s| opens_with_wh(s)),
        };
        let asking_wh = match long || labelled {
            true => opens_with_wh(asking),
            false => closing.is_some() || words_open_with_wh(typed) || is_keywords(typed),
        };
        let asking_read;
        let role_words = match (long, closing) {
            (true, _) if asking_wh => {
                asking_read = self.index.words(asking);
                &asking_read
            }
            (false, Some(closing)) => {
                asking_read = self.index.words(closing);
                &asking_read
            }
            _ => words,
        };
        let names = |role: &str| role_words.iter().any(|w| w == role);
        let role = match (names("cio"), names("cto")) {
            (false, false) => None,
            _ if !asking_wh => None,
            // "…is it only the CTO or both of them?" asks of the two.
            _ if asking_typed.contains(&"both") => None,
            (cio, cto) => {
                let compared = self.index.words(compared_with(asking));
                let asked = |named: bool, role: &str| named && !compared.iter().any(|w| w == role);
                match (asked(cio, "cio"), asked(cto, "cto")) {
                    (true, false) => Some("cio"),
                    (false, true) => Some("cto"),
                    _ => None,
                }
            }
        };
        // Only a figure question checks every word (see `missing`), of the
        // sentence that asks: the one before it, read along in a long
        // question for what "it" points back at, is context ("Personally I
        // feel it's a buzzword. Did the focus on it increase?").
        let asking_words = match focus.strict {
            true => {
                let sentence = ask::without_purpose(rest.unwrap_or(sentence));
                self.index.words(&focus::without_asides(sentence))
            }
            false => Vec::new(),
        };
        let role = role.map_or_else(Vec::new, |role| self.index.words(role));
        let which_is_which = asks_which_is_which(asking_typed);
        let together =
            names_both_joined(asking_typed) || asks_of_each(asking_typed) || which_is_which;
        let choice = offers_both(asking_typed);
        let heads = self.focus_heads(&focus.words);
        // The article's reporting line is the chiefs' own: whom an
        // engineering manager or a CISO reports to it never tells, asked in
        // the sentence that asks (the one before may be the asker's own:
        // "Our new CTO thinks my team should report to him.").
        let untold = self
            .untold(typed, asking_typed, &asked, choice, &named)
            .or_else(|| ask::staff_reporting(sentence_typed).map(str::to_owned));
        let insisted = self.insisted(asking_typed);
        let narrowed = self.narrowed(sentence);
        Gate {
            asked,
            words,
            typed,
            other_chief,
            focus,
            asking: asking_words,
            named,
            role,
            together,
            choice,
            which_is_which,
            heads,
            untold,
            insisted,
            post_asked: super::people::asks_who_holds_a_post(typed),
            lacking: super::lacking::lacking_role(words).map(str::to_owned),
            long,
            line_asked: ask::reporting_line(typed) == Some(true),
            documents: ask::documents_reported(typed).map(str::to_owned),
            narrowed,
        }
    }

    /// The places and bodies `sentence` narrows to ([`focus::narrowed_to`])
    /// that the knowledge does not know, folded: "Brazil", or "US", which
    /// folds to a stop word; not "IT", which the lexicon reads.
    fn narrowed(&self, sentence: &str) -> Vec<String> {
        (focus::narrowed_to(sentence).into_iter())
            .filter(|name| match self.index.words(name).as_slice() {
                [] => name.len() > 1 && name.chars().all(|c| c.is_ascii_uppercase()),
                read => read.iter().any(|w| !self.index.knows(w)),
            })
            .map(fold)
            .collect()
    }

    /// Each focus word's head as the index reads it, two neighbouring words
    /// a phrase of the lexicon joins ("town halls") read as that phrase:
    /// alone, "town" is no word the knowledge holds.
    fn focus_heads(&self, words: &[String]) -> Vec<Option<String>> {
        let mut heads: Vec<Option<String>> = words.iter().map(|w| self.index.head(w)).collect();
        for (i, pair) in words.windows(2).enumerate() {
            if let [joined] = self.index.words(&pair.join(" ")).as_slice()
                && self.index.knows(joined)
            {
                heads[i] = Some(joined.clone());
                heads[i + 1] = Some(joined.clone());
            }
        }
        heads
    }

    /// Whether the question (`typed`) cites a figure the knowledge gives
    /// ("the 83% figure", "of the 415 respondents"): what it asks of the
    /// figure must be held by the entry giving it, word by word.
    fn cites_figure(&self, typed: &[&str]) -> bool {
        typed.iter().enumerate().any(|(i, w)| {
            let share = typed.get(i + 1).is_some_and(|n| matches!(*n, "%" | "percent" | "pct"));
            self.numbers.contains(*w) && (share || w.len() >= 3)
        })
    }
}

/// The part of a sentence after "the way", "like" or "unlike" that names
/// what the question compares with, or "" when it has none.
fn compared_with(sentence: &str) -> &str {
    let lower = sentence.to_ascii_lowercase();
    [" the way ", " like ", " unlike ", " as opposed to "]
        .iter()
        .filter_map(|marker| lower.find(marker).map(|at| at + marker.len()))
        .min()
        .and_then(|at| sentence.get(at..))
        .unwrap_or("")
}

/// Whether `sentence` opens with a wh-word (past fillers): "which …",
/// "what …", not "does …".
fn opens_with_wh(sentence: &str) -> bool {
    words_open_with_wh(&tokenize(&fold(sentence)))
}

/// Whether `words` ask for one person ("which person in the article did
/// both jobs?", "who is the person who held both?", "what does that person
/// say?"): a survey's figure names no one.
fn asks_for_a_person(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        matches!(pair[0], "which" | "what" | "that" | "this")
            && matches!(pair[1], "person" | "individual" | "guy" | "expert")
    }) || words.windows(3).any(|w| {
        w[0] == "the"
            && matches!(w[1], "person" | "individual" | "guy" | "expert")
            && matches!(w[2], "who" | "which" | "that")
    })
}

/// Whether a question's words (folded) are keywords, as typed into a search
/// box: at most four, and no verb of a question opening them ("CIO main
/// focus", not "is CIO focus inward?").
pub(super) fn is_keywords(words: &[&str]) -> bool {
    words.len() <= 4
        && !words.first().is_some_and(|w| {
            matches!(
                *w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "do"
                    | "does"
                    | "did"
                    | "can"
                    | "could"
                    | "should"
                    | "would"
                    | "will"
                    | "has"
                    | "have"
            )
        })
}

/// [`opens_with_wh`] of a sentence's words, as typed (folded).
fn words_open_with_wh(words: &[&str]) -> bool {
    // A source named first: "according to Gupta, what…", "per the
    // article, which…".
    let words = match words {
        ["according", "to", rest @ ..] | ["per", rest @ ..] => {
            rest.iter().take(5).position(is_wh).map_or(words, |at| &rest[at..])
        }
        _ => words,
    };
    words
        .iter()
        .find(|w| {
            // Also a preposition before the wh-word: "in which industries…".
            !matches!(
                **w,
                "so" | "ok"
                    | "hey"
                    | "hi"
                    | "and"
                    | "but"
                    | "quick"
                    | "q"
                    | "please"
                    | "in"
                    | "for"
                    | "to"
                    | "at"
                    | "on"
                    | "with"
                    | "from"
            )
        })
        .is_some_and(is_wh)
}

/// Whether `word` (folded) is a wh-word that opens a question.
fn is_wh(word: &&str) -> bool {
    matches!(*word, "what" | "which" | "whats" | "who" | "whos" | "where" | "when" | "how" | "why")
}

/// The roles (`cio`, `cto`, as the index reads them) that `entry`'s answer,
/// topics and phrasings speak of, once its person's description is taken
/// out: "According to Vishal Gupta, who has served as both CTO and CIO, the
/// CTO focuses on…" speaks of the CTO, and "chair of the Global CTO Forum"
/// names an organisation, not the role a view is about.
pub(super) fn spoken_roles(index: &Index, knowledge: &Knowledge, entry: &Entry) -> Vec<String> {
    let person = match entry.attribution {
        Attribution::Person(p) => knowledge.people.get(p),
        _ => None,
    };
    // Longest first, so that "CIO of Nutanix" goes before "Nutanix".
    let mut descriptions: Vec<String> = Vec::new();
    if let Some(p) = person {
        if let (Some(title), Some(org)) = (&p.title, &p.organisation) {
            for joint in [" of ", " at ", ", "] {
                descriptions.push(fold(&[title.as_str(), joint, org].concat()));
            }
        }
        if let Some(title) = &p.title {
            descriptions.push(fold(&[p.name.as_str(), ", ", title].concat()));
        }
        descriptions.extend(p.organisation.iter().chain(&p.role).map(|t| fold(t)));
    }
    let spoken = |text: &str| -> Vec<String> {
        let mut text = fold(text);
        for description in &descriptions {
            text = text.replace(description.as_str(), " ");
        }
        let mut roles: Vec<String> = Vec::new();
        for word in index.words(&text) {
            if ROLE_TERMS.contains(&word.as_str()) && !roles.contains(&word) {
                roles.push(word);
            }
        }
        roles
    };
    let mut roles: Vec<String> =
        entry.topics.iter().chain([&entry.answer]).flat_map(|t| spoken(t)).collect();
    // "Both roles require…" speaks of the two, naming neither.
    let answer = fold(&entry.answer);
    if ["both roles", "the two roles", "both jobs"].iter().any(|p| answer.contains(p)) {
        roles.extend(ROLE_TERMS.iter().flat_map(|r| index.words(r)));
    }
    // A phrasing naming both roles asks which ("who do I ask, the CIO or
    // the CTO?"): it says nothing of which the entry speaks of.
    for q in &entry.questions {
        let named = spoken(q);
        if named.len() == 1 {
            roles.extend(named);
        }
    }
    roles.sort();
    roles.dedup();
    roles
}

/// The two roles as the index reads them.
const ROLE_TERMS: &[&str] = &["cio", "cto"];

impl Engine {
    /// What a question sets the roles the knowledge does not cover
    /// ("ceo", "cfo") against when it offers each as one alternative of
    /// a choice ("the COO or the CFO?": "coo"); empty unless every such role
    /// is offered so, against a word that is neither another such role nor
    /// the CIO or CTO.
    fn set_against_other_chief(&self, typed: &[&str]) -> Vec<String> {
        let other = |w: &str| self.index.words(w).iter().any(|r| r == OTHER_CHIEF);
        let plain = |w: &&&str| !is_stop_word(w) && !matches!(**w, "to" | "just" | "only");
        let mut against = Vec::new();
        for (i, _) in typed.iter().enumerate().filter(|(_, w)| other(w)) {
            let before = &typed[i.saturating_sub(5)..i];
            let after = &typed[i + 1..typed.len().min(i + 3)];
            let alternative = match before.iter().rposition(|w| *w == "or") {
                Some(at) => typed[..i - before.len() + at].iter().rev().find(plain),
                None => match after.iter().position(|w| *w == "or") {
                    Some(at) => typed[i + 2 + at..].iter().find(plain),
                    None => None,
                },
            };
            match alternative {
                Some(w) if !other(w) && !is_cio_or_cto(w) => against.push((*w).to_owned()),
                _ => return Vec::new(),
            }
        }
        against
    }
}
