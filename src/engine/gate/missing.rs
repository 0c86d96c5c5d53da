//! What a question asks that an entry does not hold: the focus words,
//! the words insisted on, the role a figure must be of, the options
//! offered, the organisations named. Any left over declines the entry
//! however near it ranks.

use crate::engine::Engine;
use crate::focus;
use crate::search::Hit;
use crate::text::fold;

use super::Gate;

/// The least fit by which a phrasing vouches for the words it uses
/// ([`Gate::missing`]). On the development sets, at 0.5 it won 13 right
/// answers and no sourced answer to another question; below 0.4, nothing
/// more.
const VOUCHING_FIT: f32 = 0.5;

impl Gate<'_> {
    /// What the question asks about that entry `doc` does not hold: empty
    /// when the entry answers it.
    pub(in crate::engine) fn missing(&self, engine: &Engine, hit: &Hit) -> Vec<String> {
        if let Some(untold) = &self.untold {
            return vec![untold.clone()];
        }
        let (index, doc) = (&engine.index, hit.doc);
        let insisted = self.insisted.iter().filter(|w| !index.holds_read(doc, w));
        let mut missing: Vec<String> = insisted.cloned().collect();
        if let Some(role) = &self.lacking
            && engine.lacks_another_role(doc, role)
        {
            missing.push(format!("without a {}", role.trim_end_matches('s').to_uppercase()));
        }
        // A figure is of all the survey's respondents, not of those in a
        // place or body the knowledge does not know ("in Brazil").
        if engine.knowledge.entries[doc].figure.is_some() {
            missing.extend(self.narrowed.iter().cloned());
        }
        // Regulatory reports are not the chiefs' reporting line.
        if let Some(documents) = &self.documents
            && engine.reporting[doc] == Some(true)
        {
            missing.push(documents.clone());
        }
        if self.focus.is_empty() {
            return missing;
        }
        // A phrasing the question fits closely vouches for its words: its
        // curator wrote it as a question the entry answers ("what routines
        // keep the two in sync?"), though the entry's own text words it
        // otherwise.
        let vouched = (hit.fit >= VOUCHING_FIT).then_some(hit.phrasing);
        let vouches = |word: &str| vouched.is_some_and(|p| index.phrasing_holds(doc, p, word));
        let entry = &engine.knowledge.entries[doc];
        // A survey's share counts its respondents, each answering for their
        // organisation: "in what % of orgs…" asks that share.
        let share = (entry.figure.as_ref()).is_some_and(|f| f.ends_with('%'))
            && focus::counts_organisations(self.typed);
        let organisations = share.then(|| index.head("organization")).flatten();
        let counted = |word: &str| organisations.as_deref() == Some(word);
        // A span of time asked ("over what period?") is given by an entry
        // its curator marks as saying for how long (a "when" may be the
        // condition of a view: "when a CIO needs a technical expert").
        let timed = entry.also_answers.iter().any(|a| a == "duration");
        let spans: Vec<String> = match timed && focus::asks_a_span(self.typed) {
            true => focus::SPANS.iter().filter_map(|w| index.head(w)).collect(),
            false => Vec::new(),
        };
        let spanned = |word: &str| spans.iter().any(|s| s == word);
        let held = |word: &str| {
            index.holds_read(doc, word) || vouches(word) || counted(word) || spanned(word)
        };
        // A figure broken down ("how does that split between CIOs and
        // CTOs?") is asked only of a figure: of a view, a split is the
        // division of work it describes.
        let figure = entry.figure.is_some();
        let shared = focus::splits_a_duty(self.typed);
        let asked = |h: &str| match focus::asks_breakdown(h) {
            true => figure && !(h == "split" && shared),
            false => true,
        };
        let focused = (self.focus.words.iter().zip(&self.heads))
            .filter(|(_, head)| {
                head.as_deref().is_some_and(|h| asked(h) && !held(h) && !focus::is_frame_typed(h))
            })
            .map(|(word, _)| word.clone());
        for word in focused {
            if !missing.contains(&word) {
                missing.push(word);
            }
        }
        // Staff hired: an entry hiring a chief ("a CIO recruits a CTO")
        // does not say how engineers are hired.
        if let Some(staff) = &self.focus.staff_hired
            && focus::hires_no_staff(&entry.answer)
        {
            missing.push(staff.clone());
        }
        // The reporting line asked is not what respondents report ("34%
        // report joint ownership").
        if self.line_asked && engine.reporting[doc] == Some(false) {
            missing.push("reporting line".to_owned());
        }
        // Likened to another role: the entry must name one.
        if let Some(phrase) = &self.focus.likened_role {
            let names_one = (focus::OTHER_ROLES.iter())
                .filter_map(|role| index.head(role))
                .any(|role| index.holds_read(doc, &role));
            if !names_one && !missing.contains(phrase) {
                missing.push(phrase.clone());
            }
        }
        // Organisations asked by name: the entry must name one the
        // question does not.
        if let Some(phrase) = &self.focus.bodies_named
            && !engine.names_another_body(doc, self.typed)
            && !missing.contains(phrase)
        {
            missing.push(phrase.clone());
        }
        // Alternatives offered ("HealthTech or EdTech?"): the entry must
        // hold one of them.
        let options: Vec<String> =
            (self.focus.options.iter()).filter_map(|w| index.head(w)).collect();
        if !options.is_empty() && !options.iter().any(|h| held(h)) {
            missing.push(self.focus.options.join(" or "));
        }
        // A figure asked of one role alone, or of one role having the
        // other: the entry's must be of that role ("83% of CIOs…"), not of
        // the two together.
        let of_one_role = [
            self.focus.role_alone.as_ref().map(|r| (r, format!("{}s alone", r.to_uppercase()))),
            self.focus.role_having.as_ref().map(|r| {
                let other = if r == "cio" { "CTO" } else { "CIO" };
                (r, format!("{}s with a {other}", r.to_uppercase()))
            }),
        ];
        for (role, label) in of_one_role.into_iter().flatten() {
            let of_role = entry.figure.as_ref().map(|f| format!("{} of {role}s", fold(f)));
            if of_role.is_some_and(|of| !of_the_role_alone(&fold(&entry.answer), &of)) {
                missing.push(label);
            }
        }
        // A figure for the two roles together is not one for each.
        if self.focus.compares_roles && entry.figure.is_some() {
            missing.push("breakdown".to_owned());
        }
        if self.focus.strict {
            // "What share split SaaS management?" asks of a sharing, which
            // an entry holding it answers.
            let sharing =
                |w: &str| w == "split" && shared && index.head("shared").is_some_and(|h| held(&h));
            // A joint duty is a shared one: working together is one sense
            // in a figure, however it is worded ("joint ownership",
            // "shared responsibility").
            let jointly = |w: &str| {
                focus::says_jointly(w)
                    && (["shared", "joint"].iter()).filter_map(|j| index.head(j)).any(|h| held(&h))
            };
            // Read as the index reads them, so that phrases the synonyms
            // join ("off the shelf") count as one word.
            for word in index.uncovered_words(&self.asking, doc) {
                if !focus::frames_a_figure(&word)
                    && !vouches(&word)
                    && !counted(&word)
                    && !spanned(&word)
                    && !sharing(&word)
                    && !jointly(&word)
                    && !missing.contains(&word)
                {
                    missing.push(word);
                }
            }
        }
        missing
    }
}

/// Whether `answer` gives its figure `of_role` ("83% of cios") of that
/// role alone: "75% of CIOs and CTOs" is a figure of the two together.
fn of_the_role_alone(answer: &str, of_role: &str) -> bool {
    (answer.match_indices(of_role)).any(|(at, _)| {
        let after = &answer[at + of_role.len()..];
        !after.starts_with(" and ") && !after.starts_with(" or ")
    })
}
