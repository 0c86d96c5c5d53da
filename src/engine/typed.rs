//! A question as typed: folded and split into its words once, its asking
//! sentence found and what it asks read, for every reader of it (the
//! ranking, the gate, the model's check).

use crate::ask;
use crate::focus;
use crate::text::{fold, tokenize};

/// A question folded and split into its words, and its asking sentence
/// found, once for every reader of it as typed: what it asks
/// ([`ask::read_typed`]), whom it names, what it asks about.
pub(super) struct Typed<'q> {
    question: &'q str,
    folded: &'q str,
    words: Vec<&'q str>,
    /// A long question's asking sentence ([`ask::focus`]).
    focus: Option<&'q str>,
}

impl<'q> Typed<'q> {
    /// `question`, which the caller has folded (`folded`: [`crate::text::fold`] of it).
    pub(super) fn new(question: &'q str, folded: &'q str) -> Self {
        Typed { question, folded, words: tokenize(folded), focus: ask::focus(question) }
    }

    /// The question as typed.
    pub(super) fn question(&self) -> &'q str {
        self.question
    }

    /// The words as typed (folded), as [`tokenize`] splits them.
    pub(super) fn words(&self) -> &[&'q str] {
        &self.words
    }

    /// The asking sentence, if it is a long question that has one.
    pub(super) fn focus(&self) -> Option<&'q str> {
        self.focus
    }

    /// The sentence that asks: the asking sentence, or the whole question,
    /// without a label that opens it ([`ask::without_label`]).
    pub(super) fn asking(&self) -> &'q str {
        ask::without_label(self.focus.unwrap_or(self.question))
    }

    /// The staff a long question hires in its context when its asking
    /// sentence asks about hiring and names no one ("Both want to hire
    /// engineers. How should the two handle recruiting?"), as typed.
    pub(super) fn staff_hired_before(&self) -> Option<&'q str> {
        let asking = fold(self.focus?);
        let asking = tokenize(&asking);
        (focus::hires(&asking) && focus::staff_hired(&asking).is_none())
            .then(|| focus::staff_hired(&self.words))
            .flatten()
    }

    /// What the question asks. A long question asks what its asking
    /// sentence asks when the whole reads as a kind ("should" in "…argued
    /// about who should report to whom. Is that common?" is not advice
    /// asked), and not the sentence before it that the asking one points
    /// back at. Who owns a task is read whole: the context names the task
    /// ("My team builds the ERP. CIO or CTO?"), and so is a question read
    /// whole as asking anything whose asking sentence chooses a role. Any
    /// other question read whole as asking anything stays so: its asking
    /// sentence read apart would take its first word for the kind ("Where
    /// does the CTO's attention go?").
    pub(super) fn ask(&self) -> ask::Ask {
        let whole = ask::read_typed(self.question, self.folded, &self.words);
        let Some(focus) = self.focus else { return whole };
        match whole {
            ask::Ask::Owner => whole,
            // "The plant managers want more efficient scheduling. Who do they
            // go to, CIO or CTO?": the context names the task.
            ask::Ask::Other => match ask::read(ask::asking_sentence(focus)) {
                ask::Ask::Owner => ask::Ask::Owner,
                _ => whole,
            },
            _ => ask::read(ask::asking_sentence(focus)),
        }
    }
}
