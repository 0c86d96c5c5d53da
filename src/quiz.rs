//! Quiz questions generated from the knowledge, deterministically from a
//! seed: survey figures ("what share …?"), attributed comparison points
//! ("who described the CTO as …?"), the comparison's cells ("CIO or
//! CTO?"), and facts that give a figure. Plain Rust; `/quiz` and
//! `cio-cto-bot quiz` show them.
//!
//! Every question has one right choice among 2 to 4 distinct ones, and no
//! distractor is a true answer by the knowledge itself: a figure another
//! entry also gives, a person credited with the same point, or a role whose
//! column holds the same text is never offered as wrong.

use crate::knowledge::{Attribution, Entry, Kind, Knowledge};
use crate::locale::Lang;
use crate::text::{fold, tokenize};
use crate::tr;

/// What a quiz asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Every kind below.
    Any,
    /// Survey figures: the right share among other figures.
    Figures,
    /// Who made a point: people as the choices.
    People,
    /// Which role a point describes: CIO or CTO.
    Roles,
    /// Facts that give a figure.
    Facts,
}

impl Topic {
    pub const ALL: [Topic; 5] =
        [Topic::Any, Topic::Figures, Topic::People, Topic::Roles, Topic::Facts];

    /// The name in commands and custom_ids.
    pub fn name(self) -> &'static str {
        match self {
            Topic::Any => "any",
            Topic::Figures => "figures",
            Topic::People => "people",
            Topic::Roles => "roles",
            Topic::Facts => "facts",
        }
    }

    /// How a person reads it, for the command's choices.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Any => "A mix of everything",
            Topic::Figures => "Survey figures",
            Topic::People => "Who said it?",
            Topic::Roles => "CIO or CTO?",
            Topic::Facts => "Facts and figures",
        }
    }

    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What a question asks, before it is put into words: the text it shows
/// is the source's (never translated), the words around it are chrome, in
/// the reader's language ([`Prompt::text`]; `Display` gives English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// A finding with its figure blanked out (`___`).
    FillIn { blanked: String },
    /// Who described `role` with `point` (a comparison cell, lowercased to
    /// sit inside a sentence).
    Who { role: &'static str, point: String },
    /// Which role the article describes with `point`.
    Which { point: String },
}

impl Prompt {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Prompt::FillIn { blanked } => tr!(lang, "quiz-fill-in", finding = blanked.as_str()),
            Prompt::Who { role, point } => {
                tr!(lang, "quiz-who", role = *role, point = point.as_str())
            }
            Prompt::Which { point } => tr!(lang, "quiz-which", point = point.as_str()),
        }
    }
}

impl std::fmt::Display for Prompt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::ENGLISH))
    }
}

/// One question, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub prompt: Prompt,
    /// 2 to 4 distinct choices, in the order to show them.
    pub choices: Vec<String>,
    /// Index of the right choice.
    pub right: usize,
    /// What the knowledge says, shown once a choice is made.
    pub explanation: String,
    /// Who said it ([`Knowledge::credit`] words it).
    pub attribution: Attribution,
    /// The source it was published in ([`Knowledge::citation`]).
    pub source: usize,
}

/// A question before its seed picks distractors and order.
struct Candidate {
    topic: Topic,
    prompt: Prompt,
    right: String,
    /// Every wrong choice the knowledge allows, best first.
    wrong: Vec<String>,
    explanation: String,
    attribution: Attribution,
    source: usize,
}

/// splitmix64: tiny, and fixed here so that a seed carried in a button
/// made by one release gives the same question in the next (a crate's
/// generator may change its algorithm between versions). The benches use
/// it too, for synthetic knowledge that is the same on every run.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// The seed of the question after the one `seed` made for `topic`: the
/// next seed that asks something else (with few questions, a random pick
/// would often ask the same one twice in a row).
pub fn next_seed(k: &Knowledge, topic: Topic, seed: u64) -> u64 {
    let now = question(k, topic, seed).map(|q| q.prompt);
    let mut next = Rng(seed).next_u64();
    for _ in 0..16 {
        if question(k, topic, next).map(|q| q.prompt) != now {
            break;
        }
        next = Rng(next).next_u64();
    }
    next
}

/// The question `seed` picks for `topic`; `None` when the knowledge holds
/// no question of that topic.
pub fn question(k: &Knowledge, topic: Topic, seed: u64) -> Option<Question> {
    let candidates = candidates(k, topic);
    let mut rng = Rng(seed);
    let c = candidates.get(rng.below(candidates.len()))?;
    let mut wrong = c.wrong.clone();
    rng.shuffle(&mut wrong);
    wrong.truncate(3);
    let mut choices = wrong;
    choices.push(c.right.clone());
    rng.shuffle(&mut choices);
    let right = choices.iter().position(|ch| *ch == c.right)?;
    Some(Question {
        prompt: c.prompt.clone(),
        choices,
        right,
        explanation: c.explanation.clone(),
        attribution: c.attribution,
        source: c.source,
    })
}

/// How many questions `topic` can give (before the seed's choices).
pub fn count(k: &Knowledge, topic: Topic) -> usize {
    candidates(k, topic).len()
}

fn candidates(k: &Knowledge, topic: Topic) -> Vec<Candidate> {
    let mut all = Vec::new();
    let wanted = |t: Topic| topic == Topic::Any || topic == t;
    if wanted(Topic::Figures) {
        all.extend(figures(k, Kind::SurveyFigure, Topic::Figures));
    }
    if wanted(Topic::Facts) {
        all.extend(figures(k, Kind::Fact, Topic::Facts));
    }
    if wanted(Topic::People) {
        all.extend(people(k));
    }
    if wanted(Topic::Roles) {
        all.extend(roles(k));
    }
    debug_assert!(all.iter().all(|c| wanted(c.topic)));
    all
}

/// "83%" and "415" are different kinds of figure: a count among shares
/// would give itself away.
fn is_share(figure: &str) -> bool {
    figure.trim_end().ends_with('%')
}

fn same(a: &str, b: &str) -> bool {
    tokenize(&fold(a)) == tokenize(&fold(b))
}

/// One question an entry with a figure: its first phrasing, with the other
/// entries' figures of the same kind (none equal to it) as distractors.
fn figures(k: &Knowledge, kind: Kind, topic: Topic) -> Vec<Candidate> {
    let with_figures: Vec<(&Entry, &str)> = (k.entries.iter())
        .filter(|e| e.kind == kind)
        .filter_map(|e| e.figure.as_deref().map(|f| (e, f)))
        .collect();
    let mut out = Vec::new();
    for &(e, figure) in &with_figures {
        let mut wrong: Vec<String> = Vec::new();
        for &(other, theirs) in &with_figures {
            // Two entries giving the same figure make it right for both.
            if other.id != e.id
                && is_share(theirs) == is_share(figure)
                && !same(theirs, figure)
                && !wrong.iter().any(|w| same(w, theirs))
            {
                wrong.push(theirs.to_owned());
            }
        }
        if wrong.is_empty() {
            continue;
        }
        // The finding with its figure blanked out: an entry's phrasings
        // may not ask for the number ("Who owns …?"), its answer gives it.
        if !e.answer.contains(figure) {
            continue;
        }
        let blanked = e.answer.replace(figure, "___");
        let prompt = Prompt::FillIn { blanked };
        out.push(Candidate {
            topic,
            prompt,
            right: figure.to_owned(),
            wrong,
            explanation: e.answer.clone(),
            attribution: e.attribution,
            source: e.source,
        });
    }
    out
}

/// The comparison's cells credited to a person: "Who described the CIO
/// as …?", with the other people as distractors, except anyone credited
/// with the same point.
fn people(k: &Knowledge) -> Vec<Candidate> {
    let cells: Vec<(&str, &crate::knowledge::Cell, usize)> = (k.comparison.iter())
        .flat_map(|row| [("CIO", &row.cio, row.source), ("CTO", &row.cto, row.source)])
        .collect();
    let mut out = Vec::new();
    for &(role, cell, source) in &cells {
        let Attribution::Person(person) = cell.attribution else { continue };
        let holders: Vec<usize> = (cells.iter())
            .filter(|(_, other, _)| same(&other.text, &cell.text))
            .filter_map(|(_, other, _)| match other.attribution {
                Attribution::Person(p) => Some(p),
                _ => None,
            })
            .collect();
        let wrong: Vec<String> = (k.people.iter().enumerate())
            .filter(|(i, _)| !holders.contains(i))
            .map(|(_, p)| p.name.clone())
            .collect();
        if wrong.is_empty() {
            continue;
        }
        out.push(Candidate {
            topic: Topic::People,
            // The article paraphrases its experts: no quotation marks.
            prompt: Prompt::Who { role, point: lowercase_first(&cell.text) },
            right: k.people[person].name.clone(),
            wrong,
            explanation: format!("{role}: {}", cell.text),
            attribution: cell.attribution,
            source,
        });
    }
    out
}

/// A cell's text inside a sentence: "Tends to look inward" → "tends to look
/// inward"; a name or acronym ("CIO", "IT") keeps its capital.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let second_upper = text.chars().nth(1).is_some_and(char::is_uppercase);
    if second_upper { text.to_owned() } else { first.to_lowercase().chain(chars).collect() }
}

/// The comparison's cells: "Which role is described as …?", CIO or CTO,
/// for cells that do not name a role themselves and whose text the other
/// column never holds.
fn roles(k: &Knowledge) -> Vec<Candidate> {
    let mut out = Vec::new();
    for row in &k.comparison {
        for (role, cell, other_role) in [("CIO", &row.cio, "CTO"), ("CTO", &row.cto, "CIO")] {
            let words = fold(&cell.text);
            let names_a_role = tokenize(&words).iter().any(|w| *w == "cio" || *w == "cto");
            let in_other_column = k.comparison.iter().any(|r| {
                let other = if other_role == "CIO" { &r.cio } else { &r.cto };
                same(&other.text, &cell.text)
            });
            if names_a_role || in_other_column {
                continue;
            }
            out.push(Candidate {
                topic: Topic::Roles,
                prompt: Prompt::Which { point: lowercase_first(&cell.text) },
                right: role.to_owned(),
                wrong: vec![other_role.to_owned()],
                explanation: format!("{}: {role} — {}", row.aspect, cell.text),
                attribution: cell.attribution,
                source: row.source,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bundled() -> Knowledge {
        Knowledge::bundled().unwrap()
    }

    #[test]
    fn every_topic_has_questions_in_the_bundled_knowledge() {
        let k = bundled();
        for topic in Topic::ALL {
            assert!(count(&k, topic) > 0, "{topic:?}");
        }
        let roles = count(&k, Topic::Roles);
        assert_eq!(roles, 14, "7 rows of 2 cells; the Skills row names the roles");
    }

    #[test]
    fn next_asks_something_else_and_figures_are_blanked_out() {
        let k = bundled();
        for seed in 0..200 {
            let q = question(&k, Topic::Any, seed).unwrap();
            let next = question(&k, Topic::Any, next_seed(&k, Topic::Any, seed)).unwrap();
            assert_ne!(q.prompt, next.prompt);
        }
        let q = question(&k, Topic::Figures, 7).unwrap();
        assert!(
            q.prompt.to_string().starts_with("Fill in the figure: “")
                && q.prompt.to_string().contains("___"),
            "{q:?}"
        );
        assert!(!q.prompt.to_string().contains(&q.choices[q.right]), "{q:?}");
    }

    #[test]
    fn the_same_seed_gives_the_same_question() {
        let k = bundled();
        assert_eq!(question(&k, Topic::Any, 7), question(&k, Topic::Any, 7));
        let different =
            (0..20).filter(|&s| question(&k, Topic::Any, s) != question(&k, Topic::Any, 0));
        assert!(different.count() > 10);
    }

    /// A point two people are credited with: neither is a distractor for
    /// the other, so the question keeps exactly one right choice.
    #[test]
    fn a_point_held_by_two_people_never_offers_the_other_as_wrong() {
        let mut k = bundled();
        let text = k.comparison[1].cto.text.clone();
        k.comparison[2].cto.text = text.clone();
        let (a, b) = (k.comparison[1].cto.attribution, k.comparison[2].cto.attribution);
        let (Attribution::Person(a), Attribution::Person(b)) = (a, b) else { panic!() };
        for seed in 0..500 {
            let Some(q) = question(&k, Topic::People, seed) else { continue };
            if q.prompt.to_string().contains(&text) {
                let holders = [k.people[a].name.as_str(), k.people[b].name.as_str()];
                let offered = q.choices.iter().filter(|c| holders.contains(&c.as_str())).count();
                assert_eq!(offered, 1, "{q:?}");
            }
        }
    }

    /// Two entries giving the same figure: it is never a distractor for
    /// either.
    #[test]
    fn a_figure_two_entries_give_is_never_wrong_for_either() {
        let mut k = bundled();
        let figures: Vec<usize> = (0..k.entries.len())
            .filter(|&i| {
                k.entries[i].kind == Kind::SurveyFigure
                    && k.entries[i].figure.as_deref().is_some_and(is_share)
            })
            .collect();
        let shared = k.entries[figures[0]].figure.clone().unwrap();
        let own = k.entries[figures[1]].figure.replace(shared.clone()).unwrap();
        k.entries[figures[1]].answer = k.entries[figures[1]].answer.replace(&own, &shared);
        let mut asked = 0;
        for seed in 0..2000 {
            let Some(q) = question(&k, Topic::Figures, seed) else { continue };
            let is_one = [figures[0], figures[1]].iter().any(|&i| {
                let e = &k.entries[i];
                q.prompt.to_string().contains(&e.answer.replace(&shared, "___"))
            });
            if is_one {
                asked += 1;
                assert_eq!(q.choices[q.right], shared, "{q:?}");
                assert_eq!(q.choices.iter().filter(|c| **c == shared).count(), 1, "{q:?}");
            }
        }
        assert!(asked > 0);
    }

    proptest! {
        /// Over many seeds and every topic: 2 to 4 distinct choices, exactly
        /// one right, and no distractor that the knowledge makes true.
        #[test]
        fn one_right_choice_no_duplicates_no_true_distractor(seed in any::<u64>()) {
            let k = bundled();
            for topic in Topic::ALL {
                let q = question(&k, topic, seed).unwrap();
                prop_assert!((2..=4).contains(&q.choices.len()), "{:?}", q);
                for (i, a) in q.choices.iter().enumerate() {
                    for b in &q.choices[i + 1..] {
                        prop_assert!(!same(a, b), "duplicate choices: {:?}", q);
                    }
                }
                prop_assert!(q.right < q.choices.len());
                for (i, choice) in q.choices.iter().enumerate() {
                    if i != q.right {
                        prop_assert!(!is_true(&k, &q, choice), "true distractor {} in {:?}", choice, q);
                    }
                }
            }
        }
    }

    /// Whether `choice` is a true answer to `q` by the knowledge: an entry
    /// with the same first phrasing giving that figure, a person credited
    /// with the same point, a column holding the same text.
    fn is_true(k: &Knowledge, q: &Question, choice: &str) -> bool {
        let figure = k.entries.iter().any(|e| {
            e.figure.as_deref().is_some_and(|f| {
                q.prompt == Prompt::FillIn { blanked: e.answer.replace(f, "___") }
                    && same(f, choice)
            })
        });
        let person = k.comparison.iter().any(|row| {
            [("CIO", &row.cio), ("CTO", &row.cto)].iter().any(|(role, cell)| {
                q.prompt == Prompt::Who { role, point: lowercase_first(&cell.text) }
                    && matches!(cell.attribution, Attribution::Person(p) if k.people[p].name == choice)
            })
        });
        let role = k.comparison.iter().any(|row| {
            [("CIO", &row.cio), ("CTO", &row.cto)].iter().any(|(role, cell)| {
                *role == choice && q.prompt == Prompt::Which { point: lowercase_first(&cell.text) }
            })
        });
        figure || person || role
    }
}
