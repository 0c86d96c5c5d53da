//! What a question asks that the source never tells, read from the words
//! as typed: a decision it gives to neither role, what an organisation it
//! only names does, a share it does not report, the view of a group that
//! never speaks in it, a rank beside a title ("the vice chair"), what a
//! person did before, a figure of an earlier survey, another post at an
//! organisation the source names one person at, which of the two roles to
//! hire or to become, how to become one. Each is declined with the
//! closest fact, whatever entry ranks first: the ranking says what is near,
//! these say that the nearest cannot hold it.
//!
//! Also the words a question insists on ("in hospitals specifically",
//! "between Europe and the US" when it asks how things differ), which an
//! answering entry must hold.

use crate::ask::{self, is_cio_or_cto};
use crate::knowledge::{Attribution, Knowledge};
use crate::text::{fold, is_stop_word, tokenize};

use super::{Engine, OTHER_CHIEF};

/// Verbs that ask for a view: "what do COOs think of…", "how do CEOs feel
/// about…".
const VIEW_VERBS: &[&str] = &[
    "think", "thinks", "thought", "feel", "feels", "say", "says", "said", "believe", "believes",
    "make",
];

/// Words that name a group the source gives no view of, as typed and
/// without a plural "s": the roles beside the two ("what do CEOs say…?")
/// and bodies ("what does the board think?"). Titles spelled out are read
/// by the index ([`OTHER_CHIEF`], "coo"). Not "head" ("the head of IT" is
/// the CIO), "chair" or "director", which may be a speaker's title.
const GROUPS: &[&str] = &[
    "coo",
    "ceo",
    "cfo",
    "cmo",
    "cdo",
    "ciso",
    "cso",
    "cpo",
    "cro",
    "chro",
    "cao",
    "president",
    "founder",
    "cofounder",
    "vp",
    "board",
    "investor",
    "shareholder",
];

/// Words that ask what someone did before ("what did she do before
/// Nutanix?", "where did he work previously?"); "since he was in both roles
/// before" asks nothing of it.
const EARLIER_WORK: &[&str] = &["did", "worked", "work", "employer", "employers"];

/// Words that name someone's earlier post after "previous", "earlier",
/// "prior" or "last": "her previous job".
const POSTS: &[&str] = &["job", "role", "position", "employer", "company", "post"];

/// Nouns for a measurement made before the one the source cites.
const MEASURES: &[&str] =
    &["survey", "surveys", "poll", "polls", "study", "studies", "edition", "editions"];

/// Whether the asking sentence (`asking`) asks a role's reporting line
/// ("does the CIO report to the COO?", "who should the CTO report into?"):
/// only an entry about who reports to whom tells it, not one likening two
/// roles. The asker's own line is no role's ("I report to a CIO, how
/// likely is it…").
fn asks_a_reporting_line(asking: &[&str]) -> bool {
    (1..asking.len().saturating_sub(1)).any(|i| {
        let by_a_role = (asking[i.saturating_sub(3)..i].iter())
            .any(|w| is_cio_or_cto(w) || matches!(*w, "who" | "whom" | "ceo" | "coo" | "cfo"));
        matches!(asking[i], "report" | "reports" | "reported" | "reporting")
            && matches!(asking[i + 1], "to" | "into" | "directly" | "line" | "lines" | "structure")
            && by_a_role
            && !matches!(asking[i - 1], "i" | "we" | "my" | "our" | "you")
    })
}

/// "an earlier survey", when the asking sentence (`asking`) asks of a
/// measurement before the one the source cites ("compared with the
/// previous year's survey", "before the pandemic"): the source cites each
/// figure once, at one time.
fn earlier_measure(asking: &[&str]) -> Option<String> {
    for (i, &word) in asking.iter().enumerate() {
        match word {
            "previous" | "earlier" | "prior" | "last" => {
                let rest = &asking[i + 1..];
                let year = |w: &&str| matches!(*w, "year" | "years" | "s");
                let measure = rest.iter().find(|w| !year(w)).is_some_and(|w| MEASURES.contains(w));
                // "earlier years" asks of them too; "last year" is mostly
                // the asker's own ("we hired a CTO last year").
                let years = word != "last" && rest.first() == Some(&"years");
                if measure || years {
                    return Some("an earlier survey".to_owned());
                }
            }
            // "before the pandemic", not "since before the pandemic" (its
            // rise).
            "pandemic" => {
                let before = i >= 2
                    && asking[i - 2..i] == ["before", "the"]
                    && (i < 3 || asking[i - 3] != "since");
                if before || (i >= 1 && asking[i - 1] == "pre") {
                    return Some("before the pandemic".to_owned());
                }
            }
            _ => {}
        }
    }
    None
}

/// Verbs of taking on a role: to hire one, or to become one. Not "hiring"
/// or "recruiting", as often the work as the act ("who should run
/// recruiting, CIO or CTO?"), and "be" only of the asker or a hire ("should
/// our first hire be…"): "should that be CIO or CTO?" asks who owns a task.
const TAKING: &[&str] = &["hire", "recruit", "appoint", "become", "be"];

/// "which role to hire" or "which role to become", when the asking
/// sentence (`asking`) offers the two roles as what to take on ("should a
/// startup hire a CIO or a CTO first?", "should I become a CIO or a
/// CTO?"), and "how to become a CTO" when it asks the way into one: the
/// source says how the two roles differ and work together, never which
/// one to have or to be, nor how to get there.
fn role_to_take(asking: &[&str]) -> Option<String> {
    let article = |w: &str| matches!(w, "a" | "an" | "the");
    let taking = |i: usize, w: &str| match w {
        "be" => i > 0 && matches!(asking[i - 1], "i" | "we" | "hire"),
        _ => TAKING.contains(&w),
    };
    for (i, &word) in asking.iter().enumerate().filter(|&(i, w)| taking(i, w)) {
        let rest: Vec<&str> = asking[i + 1..].iter().copied().filter(|w| !article(w)).collect();
        // "how do I become a CTO?": the way into a role, which the source
        // never describes.
        if word == "become"
            && asking[..i].contains(&"how")
            && let Some(role) = rest.first().filter(|r| is_cio_or_cto(r))
        {
            return Some(format!("how to become a {}", role.trim_end_matches('s').to_uppercase()));
        }
        if let [first, "or", second, ..] = rest.as_slice()
            && is_cio_or_cto(first)
            && is_cio_or_cto(second)
            && first != second
        {
            let what =
                if word.starts_with('b') { "which role to become" } else { "which role to hire" };
            return Some(what.to_owned());
        }
    }
    None
}

/// Per entry: the organisations it names, each as its words as typed
/// (folded): those its answer names (of `organisations`, the people's and
/// the surveys' runners, and of `publishers`), and whom it is attributed
/// to. Not the publisher every entry is credited to: that names no
/// organisation asked of.
pub(super) fn bodies_named(
    knowledge: &Knowledge,
    organisations: &[(String, Vec<String>)],
    publishers: &[Vec<String>],
) -> Vec<Vec<Vec<String>>> {
    let words_of = |name: &str| organisations.iter().find(|(n, _)| n == name).map(|(_, w)| w);
    (knowledge.entries.iter())
        .map(|entry| {
            let folded = fold(&entry.answer);
            let answer = tokenize(&folded);
            let mut named: Vec<Vec<String>> = (organisations.iter().map(|(_, words)| words))
                .chain(publishers)
                .filter(|words| {
                    !words.is_empty() && answer.windows(words.len()).any(|w| w == words.as_slice())
                })
                .cloned()
                .collect();
            let attributed = match entry.attribution {
                Attribution::Person(p) => knowledge.people[p].organisation.as_deref(),
                Attribution::Survey(s) => Some(knowledge.surveys[s].run_by.as_str()),
                Attribution::Source(_) => None,
            };
            named.extend(attributed.and_then(words_of).filter(|w| !w.is_empty()).cloned());
            named.sort();
            named.dedup();
            named
        })
        .collect()
}

impl Engine {
    /// What the question asks that no entry tells, named as the reply names
    /// it ("what COOs think"), or `None`. `typed` are the question's words
    /// as typed (folded), `asking` the asking sentence's, `named` the people
    /// it names, `choice` whether it offers the two roles as a choice.
    pub(super) fn untold(
        &self,
        typed: &[&str],
        asking: &[&str],
        asked: &ask::Ask,
        choice: bool,
        named: &[usize],
    ) -> Option<String> {
        self.unheld_share(typed)
            .or_else(|| self.what_it_does_clause(typed))
            .or_else(|| self.what_it_does(typed))
            .or_else(|| self.what_it_is(typed))
            .or_else(|| self.untold_decision(asking, asked, choice))
            .or_else(|| self.rank_beside_title(asking))
            .or_else(|| self.group_view(asking))
            .or_else(|| self.earlier_work(asking, named))
            .or_else(|| earlier_measure(asking))
            .or_else(|| role_to_take(asking))
            .or_else(|| self.other_post(asking, typed))
    }

    /// "The 2%" names a group; "is it true that 90% …" checks a claim,
    /// which the figure the source gives answers.
    fn unheld_share(&self, typed: &[&str]) -> Option<String> {
        (typed.windows(3))
            .find(|w| {
                let group = matches!(w[0], "the" | "those" | "these" | "remaining" | "other");
                let share = matches!(w[2], "%" | "percent" | "pct");
                let number = w[1].bytes().all(|b| b.is_ascii_digit());
                group && share && number && !self.numbers.contains(w[1])
            })
            .map(|w| format!("{}%", w[1]))
    }

    /// A decision the source gives to neither role that the asking
    /// sentence asks who makes ("who signs off on promotions?"), as typed,
    /// or asks of the roles offered as a choice (`choice`): the routes
    /// marked `untold` name them.
    fn untold_decision(&self, asking: &[&str], asked: &ask::Ask, choice: bool) -> Option<String> {
        // Asked of a person ("who gets the final say?"), not of a thing
        // ("what practices promote a strong partnership?").
        let whom = asking.iter().any(|w| matches!(*w, "who" | "whos" | "whose"));
        if *asked != ask::Ask::Owner && !whom && !choice {
            return None;
        }
        let found = self.routes_in_words(asking).into_iter();
        found
            .filter(|(route, _)| self.knowledge.routes[*route].untold)
            .map(|(_, phrase)| phrase)
            .next()
    }

    /// "what <organisation> does", when the question (`typed`) asks what an
    /// organisation does ("What does Transposit actually do as a
    /// company?"): the source names the organisations its people work at
    /// and the survey's, and describes none of them.
    fn what_it_does(&self, typed: &[&str]) -> Option<String> {
        let at = typed.windows(2).position(|w| w[0] == "what" && matches!(w[1], "does" | "do"))?;
        let rest = &typed[at + 2..];
        let verb = rest.iter().position(|w| *w == "do")?;
        let subject = &rest[..verb];
        // "What is Transposit anyway, what does the company do?": the
        // company is the organisation the question names.
        if let [the, noun] = subject
            && matches!(*the, "the" | "that" | "this")
            && matches!(*noun, "company" | "firm" | "business" | "organisation" | "organization")
            && let Some((name, _)) = self.organisation_in(&typed[..at])
        {
            return Some(format!("what {name} does"));
        }
        let (name, words) = self.organisation_in(subject)?;
        let others_frame =
            subject.iter().all(|w| words.contains(&(*w).to_owned()) || is_stop_word(w));
        // Named first, then described ("What does Prey, the company Nicolas
        // Poggi is with, actually do?"), unless the description says what
        // someone says or names a role ("what does Transposit's survey say
        // CTOs do?").
        let named_first =
            subject.len() >= words.len() && subject.iter().zip(words).all(|(a, b)| a == b);
        let described =
            named_first && !subject.iter().any(|w| VIEW_VERBS.contains(w) || is_cio_or_cto(w));
        (others_frame || described).then(|| format!("what {name} does"))
    }

    /// "what <organisation> does", asked as a clause ("someone asked me
    /// what Nutanix actually does"): the organisation right after "what",
    /// then "does", perhaps after a word that only stresses it.
    fn what_it_does_clause(&self, typed: &[&str]) -> Option<String> {
        typed.iter().enumerate().filter(|&(_, w)| *w == "what").find_map(|(at, _)| {
            let rest = &typed[at + 1..];
            let (name, words) = self.organisation_in(rest)?;
            let named_first =
                rest.len() > words.len() && words.iter().zip(rest).all(|(a, b)| a == b);
            let mut after = rest.get(words.len()..)?.iter();
            let verb = after.find(|w| !matches!(**w, "actually" | "really" | "exactly"))?;
            (named_first && matches!(*verb, "does" | "do")).then(|| format!("what {name} does"))
        })
    }

    /// "what <organisation> does", when the question (`typed`) asks what
    /// kind of organisation one the source only names is ("What kind of
    /// company is Transposit?"); "who runs <organisation>", when it asks who
    /// runs one none of the source's people is at ("Who runs Transposit?"):
    /// the source names the survey's runner and nobody there.
    fn what_it_is(&self, typed: &[&str]) -> Option<String> {
        let kind = typed.windows(4).position(|w| {
            w[0] == "what"
                && matches!(w[1], "kind" | "type" | "sort")
                && w[2] == "of"
                && matches!(w[3], "company" | "business" | "firm" | "organisation" | "organization")
        });
        if let Some((name, _)) = kind.and_then(|at| self.organisation_in(&typed[at + 4..])) {
            return Some(format!("what {name} does"));
        }
        let runs = typed.windows(2).position(|w| {
            matches!(w[0], "who" | "whos")
                && matches!(w[1], "runs" | "ran" | "owns" | "founded" | "leads" | "heads")
        })?;
        let (name, _) = self.organisation_in(&typed[runs + 2..])?;
        let staffed = (self.knowledge.people.iter()).any(|p| p.organisation.as_ref() == Some(name));
        (!staffed).then(|| format!("who runs {name}"))
    }

    /// The first organisation of the source's (its name, and its words as
    /// typed) whose words `words` hold in a row.
    fn organisation_in(&self, words: &[&str]) -> Option<&(String, Vec<String>)> {
        (self.organisations.iter()).find(|(_, org)| {
            !org.is_empty() && words.windows(org.len()).any(|w| w == org.as_slice())
        })
    }

    /// "vice chair", when the asking sentence puts a rank the knowledge
    /// never uses before a title: the source's chair is not its vice chair.
    fn rank_beside_title(&self, asking: &[&str]) -> Option<String> {
        asking
            .windows(2)
            .find(|w| {
                super::people::RANKS.contains(&w[0])
                    && super::people::is_role(w[1])
                    && !self.index.knows_as_written(w[0])
            })
            .map(|w| w.join(" "))
    }

    /// "what COOs think", when the asking sentence asks what a group thinks,
    /// says or feels ("what do chief operating officers think of their
    /// CIOs?") and the group is no one the source gives a view of: a role
    /// outside the two (read by the index as one term) or a body like the
    /// board, unless one of its people holds that title.
    fn group_view(&self, asking: &[&str]) -> Option<String> {
        let at = asking.windows(2).position(|w| {
            matches!(w[0], "what" | "how") && matches!(w[1], "do" | "does" | "did")
        })?;
        let rest = &asking[at + 2..];
        // The group, then the verb, within a few words.
        let verb = rest.iter().take(6).position(|w| VIEW_VERBS.contains(w))?;
        let group = &rest[..verb];
        let titled = |term: &str| self.people.iter().any(|p| p.naming.iter().any(|n| n == term));
        // A title spelt out ("chief operating officers", "head of
        // operations") is read by the index; most groups asked of are not
        // titles ("what does the article say…"), and need no reading.
        let spelt = group.iter().any(|w| matches!(*w, "chief" | "chiefs" | "head" | "heads"));
        let read = if spelt { self.index.words(&group.join(" ")) } else { Vec::new() };
        let role = read.iter().any(|w| (w == "coo" || w == OTHER_CHIEF) && !titled(w));
        let body = (group.iter().map(|w| w.trim_end_matches('s')))
            .any(|w| GROUPS.contains(&w) && !titled(w));
        let group = group.iter().filter(|w| !is_stop_word(w)).copied().collect::<Vec<_>>();
        (role || body).then(|| format!("what {} {}", group.join(" "), rest[verb]))
    }

    /// "what Wendy Pfeiffer did before", when the asking sentence asks of
    /// a person it names (`named`) what they did or where they worked
    /// before: the source gives its people's titles as they are.
    fn earlier_work(&self, asking: &[&str], named: &[usize]) -> Option<String> {
        let person = named.first()?;
        let before = asking.iter().any(|w| matches!(*w, "before" | "previously" | "prior"));
        let work = asking.iter().any(|w| EARLIER_WORK.contains(w));
        // Not the asker's own: "at my last job the CTO wrote code".
        let post = asking.windows(3).any(|w| {
            !matches!(w[0], "my" | "our" | "i")
                && matches!(w[1], "previous" | "earlier" | "prior" | "last")
                && POSTS.contains(&w[2])
        });
        let name = &self.knowledge.people.get(*person)?.name;
        (before && work || post).then(|| format!("what {name} did before"))
    }

    /// "the CTO at Nutanix", when the question (`typed`) names an
    /// organisation of one of the source's people and its asking sentence
    /// (`asking`) asks who holds, or whether it has, a role that person
    /// does not hold ("who is the CTO that works alongside Wendy Pfeiffer at
    /// Nutanix?", "does JPL have its own CTO?"): the source names one person
    /// at each. Not when the question names that person by organisation and
    /// title ("what does the Nutanix CIO say the CTO is?"): that is whose
    /// view is asked.
    fn other_post(&self, asking: &[&str], typed: &[&str]) -> Option<String> {
        // Most questions ask after no post: looked for before any person.
        let asks_post = asking.iter().enumerate().any(|(i, w)| {
            is_cio_or_cto(w)
                && (asking[i.saturating_sub(4)..i].iter())
                    .any(|w| matches!(*w, "who" | "whos" | "have" | "has"))
        });
        if !asks_post {
            return None;
        }
        for (p, person) in self.people.iter().enumerate() {
            let at =
                |w: &&str| !super::people::is_role(w) && person.organisation.iter().any(|o| o == w);
            // Named anywhere: "…at JPL, who's the actual CIO there?"
            if !typed.iter().any(at) || super::people::by_affiliation(person, typed) {
                continue;
            }
            // A role in the organisation's name ("Global CTO Forum") is not
            // a post at it.
            let held =
                |role: &str| (person.title.iter().chain(&person.organisation)).any(|t| t == role);
            for (i, word) in asking.iter().enumerate() {
                let role = word.trim_end_matches('s');
                if !is_cio_or_cto(word) || held(role) {
                    continue;
                }
                let from = i.saturating_sub(4);
                let who = asking[from..i].iter().any(|w| matches!(*w, "who" | "whos"));
                // The organisation has it: "does JPL have its own CTO?", not
                // "a company has no CIO".
                let has = (from..i)
                    .any(|j| matches!(asking[j], "have" | "has") && j > 0 && at(&asking[j - 1]));
                if who || has {
                    let organisation = self.knowledge.people.get(p)?.organisation.as_deref()?;
                    return Some(format!("the {} at {organisation}", role.to_uppercase()));
                }
            }
        }
        None
    }

    /// Whether entry `doc` names an organisation the question (`typed`,
    /// its words as typed) does not: "which companies has Ash Athawale
    /// helped at Robert Half?" is not answered by naming Robert Half.
    pub(super) fn names_another_body(&self, doc: usize, typed: &[&str]) -> bool {
        (self.bodies[doc].iter()).any(|words| !typed.windows(words.len()).any(|w| w == words))
    }

    /// The words the question insists on, as the index reads them, which
    /// an answering entry must hold: "report" when it asks a role's
    /// reporting line, or those between a preposition and "specifically"
    /// ("in hospitals specifically", "for banks or financial services
    /// specifically").
    pub(super) fn insisted(&self, asking: &[&str]) -> Vec<String> {
        if asks_a_reporting_line(asking) {
            return self.index.words("report");
        }
        let compared = self.compared_unknown(asking);
        if !compared.is_empty() {
            return compared;
        }
        let likened = self.likened_unknown(asking);
        if !likened.is_empty() {
            return likened;
        }
        let Some(at) = asking.iter().position(|w| *w == "specifically") else {
            return Vec::new();
        };
        let from = at.saturating_sub(6);
        let Some(preposition) = (asking[from..at].iter())
            .rposition(|w| matches!(*w, "in" | "for" | "among" | "at" | "within"))
        else {
            return Vec::new();
        };
        self.index.words(&asking[from + preposition + 1..at].join(" "))
    }

    /// The words the knowledge does not know of two things a question sets
    /// side by side ("between Europe and the US", "in government compared
    /// with private companies", "more in hospitals than in insurance"): a
    /// comparison across them is one the source never makes, however near
    /// the rest of the question is. Sides the knowledge knows ("in FinTech
    /// versus InsurTech", "between the CIO and the CTO") ask nothing of
    /// this.
    fn compared_unknown(&self, asking: &[&str]) -> Vec<String> {
        let side = |words: &[&str]| self.unknown_in(words);
        // "Silos between the store systems and e-commerce", "the
        // maker-versus-keeper comparison" set nothing side by side.
        let differing = asking.iter().any(|w| DIFFERING.contains(w));
        let mut unknown = Vec::new();
        for (at, word) in asking.iter().enumerate() {
            let (before, after) = match *word {
                "between" if differing => {
                    let Some(and) = asking[at + 1..].iter().take(4).position(|w| *w == "and")
                    else {
                        continue;
                    };
                    let and = at + 1 + and;
                    (&asking[at + 1..and], &asking[and + 1..])
                }
                "versus" | "vs" if !differing => continue,
                "than" if !asking.get(at + 1).is_some_and(|w| AT.contains(w)) => continue,
                "compared" | "versus" | "vs" | "than" => {
                    let from = at.saturating_sub(4);
                    let Some(preposition) = (asking[from..at].iter()).rposition(|w| AT.contains(w))
                    else {
                        continue;
                    };
                    let rest = &asking[at + 1..];
                    let skip = rest.iter().take_while(|w| COMPARED_OPENERS.contains(w)).count();
                    let rest = &rest[skip..];
                    (&asking[from + preposition + 1..at], rest)
                }
                _ => continue,
            };
            // The second thing ends where a preposition or a small word
            // goes on ("…and the US in the article?", "…and the US is").
            let after = &after[..after.len().min(3)];
            let end = (after.iter().skip(1)).position(|w| AT.contains(w) || is_stop_word(w));
            let after = end.map_or(after, |end| &after[..=end]);
            unknown.extend(side(before));
            unknown.extend(side(after));
        }
        unknown
    }

    /// The words of a phrase the question names (a side compared, a place
    /// likened) that the knowledge does not know, read as the index reads
    /// them; stop words and the two roles are never asked of it.
    fn unknown_in(&self, phrase: &[&str]) -> Vec<String> {
        let words: Vec<&str> =
            (phrase.iter().copied()).filter(|w| !is_stop_word(w) && !is_cio_or_cto(w)).collect();
        (self.index.words(&words.join(" ")).into_iter()).filter(|w| !self.index.knows(w)).collect()
    }

    /// The words the knowledge does not know of where or for whom a
    /// question asks what the source says of something else ("are CTOs
    /// thriving in aerospace too?", "doing well in AgriTech as well?", "in
    /// retail, like in FinTech?"): the source's fact is of the thing it
    /// names, not of the one asked. Only the place just before "too" or
    /// "as well", or any beside one likened ("like in", "as in"); a place or
    /// group the knowledge knows asks nothing.
    fn likened_unknown(&self, asking: &[&str]) -> Vec<String> {
        let unknown = |words: &[&str]| self.unknown_in(words);
        let likened_at = |at: usize| at > 0 && matches!(asking[at - 1], "like" | "as");
        let likens = (0..asking.len()).any(|at| AT.contains(&asking[at]) && likened_at(at));
        let mut found = Vec::new();
        for (at, word) in asking.iter().enumerate() {
            let also = *word == "too" || (*word == "as" && asking.get(at + 1) == Some(&"well"));
            if also {
                let from = at.saturating_sub(5);
                if let Some(place) = asking[from..at].iter().rposition(|w| AT.contains(w)) {
                    found.extend(unknown(&asking[from + place + 1..at]));
                }
            } else if likens && AT.contains(word) && !likened_at(at) {
                let place = (asking[at + 1..].iter().take(3))
                    .take_while(|w| !is_stop_word(w) && !AT.contains(w));
                found.extend(unknown(&place.copied().collect::<Vec<_>>()));
            }
        }
        found
    }
}

/// Words that ask how things differ.
const DIFFERING: &[&str] = &[
    "differ",
    "differs",
    "difference",
    "differences",
    "different",
    "differently",
    "vary",
    "varies",
    "compare",
    "compares",
];

/// Prepositions that set where or for whom ("in hospitals", "for banks").
const AT: &[&str] = &["in", "at", "for", "among", "across"];

/// Words between a comparison and the second thing compared: "compared
/// with the", "than in".
const COMPARED_OPENERS: &[&str] = &["with", "to", "in", "at", "for", "among", "the", "a"];
