//! A long question's asking sentence read alone: its answer may stand for
//! the whole question's when the whole ranks it among its nearest.

use crate::ask;

use super::typed::Typed;
use super::{Answer, Engine, Outcome};

impl Engine {
    /// `whole`, the answer to a question read whole whose ranking is
    /// `ranked`, or a more confident one to its asking sentence. A long
    /// question that says who is asking before it asks: its asking
    /// sentence alone may be clearer; the more confident reading wins, and
    /// a decline stays a decline unless that sentence answers with an entry
    /// the whole question ranks among its nearest.
    pub(super) fn or_focused<'k>(
        &'k self,
        question: &str,
        typed: &Typed,
        whole: Answer<'k>,
        ranked: &[usize],
    ) -> Answer<'k> {
        let Some(focus) = typed.focus() else { return whole };
        let better = |best: Answer<'k>, reading: Answer<'k>| match reading.outcome {
            Outcome::Answered { .. }
                if best.entry().is_none() || reading.confidence > best.confidence =>
            {
                Answer { question: question.to_owned(), ..reading }
            }
            _ => best,
        };
        let (focused, first) = self.answer_from(focus);
        // The asking sentence may answer, in place of the whole question's
        // answer or decline, only with an entry the whole ranks among its
        // nearest: the context breaks ties, and a vague asking sentence
        // ("What do firms usually do?", "Does the article say what
        // Transposit's own product does?") alone ranks what it happens to
        // match. On the development sets, holding a decline to this too
        // cost 5 right answers and spared 3 wrong ones and 3 must-decline
        // questions answered.
        // Nor with one hiring a chief when the context names the staff
        // its asking sentence hires ("Both want to hire engineers. How
        // should the two handle recruiting?"), as the whole's gate reads it.
        let staff = typed.staff_hired_before().is_some();
        let ranks = |a: &Answer| {
            a.entry().is_some_and(|e| {
                ranked.iter().any(|&d| self.knowledge.entries[d].id == e.id)
                    && !(staff && crate::focus::hires_no_staff(&e.answer))
            })
        };
        let best = match ranks(&focused) {
            true => better(whole, focused),
            false => whole,
        };
        // An asking sentence that points back ("Is that kind of friction
        // common?") may answer alone, but only with the entry its span with
        // the sentence before ranks first: the context breaks the tie, and
        // "is that normal according to the article?" alone ranks the
        // article's overview first.
        let Some(last) = ask::last_sentence(focus) else { return best };
        let (alone, _) = self.answer_from(last);
        match alone.entry() {
            Some(entry)
                if first.is_some_and(|doc| self.knowledge.entries[doc].id == entry.id)
                    && !(staff && crate::focus::hires_no_staff(&entry.answer)) =>
            {
                better(best, alone)
            }
            _ => best,
        }
    }
}
