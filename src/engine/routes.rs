//! Who owns a task the source does not name, read through the routes
//! (`routing.toml`): which kinds of work a question names, and the
//! question as the source would word it.

use crate::ask;
use crate::focus;
use crate::knowledge::{Route, Side};
use crate::text::{fold, tokenize};

use super::Engine;

impl Engine {
    /// A question about who owns a task, as the source would word it: for
    /// each task word the routes know (in the asking sentence, or, when it
    /// names none, anywhere in the question: the task is often told before
    /// the question is asked), what the source calls that kind of work, and
    /// the asking sentence's words the knowledge uses ("data architecture").
    pub(super) fn route_query(&self, question: &str, asking: &str) -> String {
        // Not the words that ask who owns it ("who owns", "which exec").
        let asks_whom = |w: &str| ask::OWNING.contains(&w) || ask::ROUTING_WHO.contains(&w);
        let mut query: Vec<String> = (tokenize(&fold(asking)).into_iter())
            .filter(|w| !asks_whom(w) && !focus::is_frame(w))
            .flat_map(|w| self.index.words(w))
            .filter(|w| self.index.knows(w))
            .collect();
        // The asking sentence's task, when it names one; the context's
        // only when it names none. On the development sets (13,852
        // questions), 8 more right answers and 8 fewer wrong ones ("…ask
        // for a new tool… Which one focuses on employee experience?").
        let mut routes = self.tasks_in(asking);
        if !routes.iter().any(|&(r, _)| !self.knowledge.routes[r].untold) {
            routes = self.tasks_in(question);
        }
        let routes = routes.iter().map(|&(r, _)| &self.knowledge.routes[r]).filter(|r| !r.untold);
        // What an app, a feature or a technology is for is told by whom it
        // serves or the work done with it, when the question names them; a
        // technology both roles' work uses ("one cloud platform for our
        // internal apps and our products") stays the joint effort it is.
        let named = |side: Side| routes.clone().any(|r| !r.artefact && r.side == side);
        let both_sides = named(Side::Cio) && named(Side::Cto);
        let told = routes.clone().any(|r| !r.artefact);
        let stays = |r: &Route| !r.artefact || !told || (r.side == Side::Both && both_sides);
        let routes: Vec<&Route> = routes.filter(|r| stays(r)).collect();
        // A question naming work of both roles' sides is read by the side
        // it names more; work the source gives both together stays.
        let uses = |side: Side| routes.iter().filter(|r| r.side == side).count();
        let (cio, cto) = (uses(Side::Cio), uses(Side::Cto));
        let outvoted = |r: &&&Route| match r.side {
            Side::Cio => cio < cto,
            Side::Cto => cto < cio,
            Side::Both => false,
        };
        query.extend(routes.iter().filter(|r| !outvoted(r)).map(|r| r.means.clone()));
        query.join(" ")
    }

    /// The routes of the tasks `question` names ([`Engine::routes_in`]):
    /// only those it names in the source's own words, if any ("redesign
    /// the data architecture behind our finance and HR reporting" is that
    /// kind of work, whatever else it names).
    fn tasks_in(&self, question: &str) -> Vec<(usize, String)> {
        let mut routes = self.routes_in(question);
        let verbatim = |(r, phrase): &(usize, String)| {
            tokenize(&fold(&self.knowledge.routes[*r].means)).join(" ") == *phrase
        };
        if routes.iter().any(verbatim) {
            routes.retain(verbatim);
        }
        routes
    }

    /// The routes whose words the text uses, one item a use (so that a kind
    /// of work named twice counts twice), longest phrase first at each
    /// position, with the phrase as typed.
    pub(super) fn routes_in(&self, text: &str) -> Vec<(usize, String)> {
        self.routes_in_words(&tokenize(&fold(text)))
    }

    /// [`Engine::routes_in`] for a text's words, folded.
    pub(super) fn routes_in_words(&self, tokens: &[&str]) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            let starting = self.route_phrases.get(tokens[at]).map_or(&[][..], Vec::as_slice);
            let longest = (starting.iter())
                .filter(|(words, _)| {
                    words.len() <= tokens.len() - at
                        && words.iter().zip(&tokens[at..]).all(|(w, t)| w == t)
                })
                .max_by_key(|(words, _)| words.len());
            match longest {
                Some((words, route)) => {
                    found.push((*route, tokens[at..at + words.len()].join(" ")));
                    at += words.len();
                }
                None => at += 1,
            }
        }
        found
    }

    /// The task words of a question about who owns a task that the
    /// knowledge does not know ("laptop", "checkout flow"), at most four.
    pub(super) fn unnamed(&self, question: &str) -> Vec<String> {
        let mut unnamed: Vec<String> = Vec::new();
        for (_, phrase) in self.tasks_in(question) {
            let known = self.index.words(&phrase).iter().all(|w| self.index.knows(w));
            if !known && !unnamed.contains(&phrase) {
                unnamed.push(phrase);
            }
        }
        unnamed.truncate(4);
        unnamed
    }
}
