//! Whom a question names among the knowledge's people: by name, by
//! organisation next to a title ("the Nutanix CIO"), or by an organisation's
//! word no everyday question holds ("NASA"); whether an entry attributed
//! to one person is being asked about someone else; and whether a question
//! asks who holds a post ("who is the CTO of OpenAI?"), which only a
//! person's entry can say.

use crate::ask;
use crate::knowledge::{Attribution, Entry};
use crate::text::is_stop_word;

use super::Engine;

/// Executive roles as typed (folded), plural or not.
pub(super) fn is_role(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "cio"
            | "cto"
            | "coo"
            | "ceo"
            | "cfo"
            | "cmo"
            | "cdo"
            | "ciso"
            | "cso"
            | "cpo"
            | "cro"
            | "chro"
            | "cao"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "president"
            | "founder"
            | "cofounder"
            | "director"
            | "vp"
            | "advisor"
            | "adviser"
            | "head"
    )
}

/// Whether a question's words as typed (folded) ask who holds a post at
/// an organisation ("who is the CTO of OpenAI?", "who's Google's CTO?",
/// "who is the CIO at Nutanix?"): a person's name is asked, which only an
/// entry attributed to a person can give.
pub(super) fn asks_who_holds_a_post(typed: &[&str]) -> bool {
    typed.iter().enumerate().filter(|&(_, w)| matches!(*w, "who" | "whos")).any(|(i, w)| {
        let rest = &typed[i + 1..];
        let rest = match (*w, rest.first()) {
            // "who's the CTO of…" (the tokenizer drops the clitic)
            ("whos", _) | (_, Some(&"the")) => rest,
            (_, Some(&("is" | "s" | "was"))) => &rest[1..],
            _ => return false,
        };
        let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
        match rest {
            // "the CTO of OpenAI", "the CIO at Nutanix"
            [role, link, _, ..] if is_role(role) && matches!(*link, "of" | "at") => true,
            // "Google's CTO" (the tokenizer drops the clitic), "the new
            // CTO"; not a choice offered ("whos accountable, cio or cto").
            [name, role, after @ ..] => {
                !is_role(name)
                    && !is_stop_word(name)
                    && is_role(role)
                    && !matches!(after.first(), Some(&("or" | "and")))
            }
            _ => false,
        }
    })
}

/// A role word as one title: "the forum's chairman" is its chair, an
/// adviser its advisor.
fn title_of(role: &str) -> &str {
    match role.trim_end_matches('s') {
        "chairman" | "chairwoman" | "chairperson" => "chair",
        "adviser" => "advisor",
        role => role,
    }
}

/// Words that may stand between a role and its organisation.
const LINKING: &[&str] = &["of", "at", "the", "from", "for", "in", "s"];

/// How questions may refer to one person.
#[derive(Debug)]
pub(super) struct PersonWords {
    /// Their name, title, organisation and role, as the index reads them.
    pub(super) naming: Vec<String>,
    /// Their organisation's words, as typed (folded) and as the index reads
    /// them ("Jet Propulsion Laboratory" is also "jpl").
    pub(super) organisation: Vec<String>,
    /// Their title's words, as typed (folded).
    pub(super) title: Vec<String>,
}

impl Engine {
    /// Whether `entry` is attributed to a person whose organisation the
    /// question names with another executive role and without their name:
    /// "who is the CTO of Nutanix?" is not about Nutanix's CIO, whose
    /// profile shares the words "Nutanix" and "who is"; or whose question
    /// names another person's organisation and not theirs
    /// ([`Engine::names_another_organisation`]). `words` are the question's,
    /// as the index reads them.
    pub(super) fn about_someone_else(
        &self,
        entry: &Entry,
        typed: &[&str],
        words: &[String],
        asked: &ask::Ask,
    ) -> bool {
        let Attribution::Person(p) = entry.attribution else { return false };
        let person = &self.people[p];
        if self.names_another_organisation(p, typed) {
            return true;
        }
        // "Did Wendy Pfeiffer leave Nutanix?": besides naming her, the
        // question only asks what the knowledge knows nothing of. The word
        // for a title is asked by the answer kind ("Rinaldi's position").
        let asks_title = *asked == ask::Ask::Title;
        // A rank ("the vice chair") is another person too, but one the
        // reply names as untold, with the closest fact: not unknown.
        let rest: Vec<&String> = (words.iter())
            .filter(|w| !person.naming.contains(w))
            .filter(|w| !RANKS.contains(&w.as_str()))
            .filter(|w| !(asks_title && super::TITLE_WORDS.contains(&w.as_str())))
            .collect();
        if rest.len() < words.len() && !rest.is_empty() && !rest.iter().any(|w| self.index.knows(w))
        {
            return true;
        }
        // Roles next to the organisation in the question as typed, with
        // only linking words between: "the CTO of Nutanix", "Nutanix's
        // CEO", "Nutanix CTO"; not "Poggi of Prey say about CIOs".
        let named = |w: &str| person.organisation.iter().any(|n| n == w);
        let mut attached = Vec::new();
        for (i, word) in typed.iter().enumerate() {
            if is_role(word) || !named(word) {
                continue;
            }
            let before = typed[..i].iter().rev().find(|w| !LINKING.contains(w));
            let after = typed.get(i + 1);
            for role in before.into_iter().chain(after).filter(|w| is_role(w) && !named(w)) {
                attached.push(title_of(role));
            }
        }
        let holds = |role: &&str| person.title.iter().any(|t| title_of(t) == *role);
        !attached.is_empty() && !attached.iter().any(holds)
    }

    /// Whether the question's words as typed name someone other than person
    /// `p` by a word only an organisation's name would hold ("which person
    /// from NASA…", "the Nutanix exec"), and name `p` neither by name nor
    /// by organisation: it asks about that organisation's person. Everyday
    /// words of a name ("Robert Half", "Global CTO Forum") may be meant
    /// otherwise, and are not counted.
    pub(super) fn names_another_organisation(&self, p: usize, typed: &[&str]) -> bool {
        if !typed.iter().any(|w| self.naming_typed.contains(*w)) {
            return false;
        }
        let own = &self.people[p].organisation;
        let names = |n: &String| typed.contains(&n.as_str());
        let names_p = self.names.get(p).is_some_and(|n| n.iter().any(names))
            || own.iter().any(|o| !is_role(o) && names(o));
        if names_p {
            return false;
        }
        let distinctive = |w: &str| {
            !is_role(w)
                && !own.iter().any(|o| o == w)
                && crate::search::english::zipf(w).is_none_or(|z| z < DISTINCTIVE)
        };
        (self.people.iter().enumerate()).filter(|&(q, _)| q != p).any(|(_, other)| {
            other.organisation.iter().any(|o| typed.contains(&o.as_str()) && distinctive(o))
        })
    }
}

/// Ranks that make a title another person's: "the vice chair of the Global
/// CTO Forum" is not its chair. Not "former" or "ex": a former CTO is one
/// who "has served as" CTO, which the source may say.
pub(super) const RANKS: &[&str] =
    &["vice", "deputy", "assistant", "associate", "interim", "acting"];

/// An organisation's word rarer than this in English (Zipf 4.5: about three
/// per hundred thousand words: "NASA", "Nutanix", but not "Robert" or
/// "global") names it wherever a question uses it.
const DISTINCTIVE: f32 = 4.5;

/// Whether the question's words as typed name `person` by their
/// organisation next to their title, with only linking words between.
pub(super) fn by_affiliation(person: &PersonWords, typed: &[&str]) -> bool {
    let title = |w: &&str| person.title.iter().any(|t| t == w);
    typed.iter().enumerate().any(|(i, w)| {
        if !person.organisation.iter().any(|o| o == w) || is_role(w) {
            return false;
        }
        let before = typed[..i].iter().rev().find(|w| !LINKING.contains(w));
        let after = typed[i + 1..].iter().find(|w| !LINKING.contains(w));
        before.into_iter().chain(after).any(title)
    })
}
