//! Which of a person's entries answers a question about them: a view of
//! theirs that holds more of it than their profile does, or their profile
//! when the question asks both halves of their views.

use crate::ask;
use crate::knowledge::{Attribution, Kind};
use crate::search::Hit;

use super::Engine;
use super::gate::Gate;

/// The share of the answer threshold that a person's other view must reach
/// when a short question pairs the two roles, each with its half ("CIO =
/// COO's sidekick and CTO = revenue guy?"): its words are split between the
/// two views, so neither reaches the threshold alone. At 0.6, over the
/// development sets (13,529 questions), 3 wrong answers turned right, with
/// or without the model; the same for every question turned 3 right answers
/// wrong, long questions or ones offering a choice.
const PAIRED_SHARE: f32 = 0.6;

impl Engine {
    /// `hit`, or when it is a person's profile, a view of theirs that holds
    /// more of the question's words and answers it: "how does Rinaldi
    /// describe the CIO's job?" asks for his view of it, which the profile
    /// only sums up.
    pub(super) fn own_view(&self, hit: Hit, hits: &[Hit], gate: &Gate) -> Hit {
        let entries = &self.knowledge.entries;
        let entry = &entries[hit.doc];
        if entry.kind != Kind::Profile {
            return hit;
        }
        let threshold = self.index.tuning().threshold;
        let view = hits.iter().find(|h| {
            let e = &entries[h.doc];
            e.kind == Kind::View
                && e.attribution == entry.attribution
                && h.coverage > hit.coverage
                && h.score >= threshold
                && gate.fits(self, h.doc)
                && gate.missing(self, h).is_empty()
        });
        view.copied().unwrap_or(hit)
    }

    /// `hit`, or when it is one of a person's views and the question names
    /// both roles and holds another view of theirs as well (each passing
    /// the gate above the threshold), their profile: "CTO = revenue guy, CIO
    /// = efficiency guy, per Aksakal?" asks both halves, which only the
    /// profile gives together.
    pub(super) fn both_views(
        &self,
        hit: Hit,
        hits: &[Hit],
        (read, typed): (&[String], &[&str]),
        gate: &Gate,
    ) -> Hit {
        let entries = &self.knowledge.entries;
        let entry = &entries[hit.doc];
        let Attribution::Person(p) = entry.attribution else { return hit };
        if entry.kind != Kind::View {
            return hit;
        }
        // A role in the person's organisation's name ("the Global CTO
        // Forum") is not one the question asks about.
        let organisation = &self.people[p].organisation;
        let in_name = |w: &str| !ask::is_cio_or_cto(w) && organisation.iter().any(|o| o == w);
        let names = |role: &str| {
            if !organisation.iter().any(|o| o == role) {
                return read.iter().any(|w| w == role);
            }
            (0..typed.len()).any(|at| {
                typed[at].trim_end_matches('s') == role
                    && !(at > 0 && in_name(typed[at - 1]))
                    && !typed.get(at + 1).is_some_and(|w| in_name(w))
            })
        };
        if !(names("cio") && names("cto")) {
            return hit;
        }
        let threshold = match gate.pairs_the_roles() {
            true => self.index.tuning().threshold * PAIRED_SHARE,
            false => self.index.tuning().threshold,
        };
        let passes = |h: &Hit| {
            h.score >= threshold && gate.fits(self, h.doc) && gate.missing(self, h).is_empty()
        };
        let other = hits.iter().any(|h| {
            let e = &entries[h.doc];
            h.doc != hit.doc
                && e.kind == Kind::View
                && e.attribution == entry.attribution
                && passes(h)
        });
        if !other {
            return hit;
        }
        let profile = (0..entries.len()).find(|&d| {
            entries[d].kind == Kind::Profile && entries[d].attribution == entry.attribution
        });
        match profile {
            Some(doc) if gate.fits(self, doc) => Hit { doc, phrasing: 0, ..hit },
            _ => hit,
        }
    }
}
