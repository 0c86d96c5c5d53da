//! The curators' report: what people asked that the knowledge did not
//! answer, and what it holds that nobody asked. Plain Rust over rows read
//! from the store; `cio-cto-bot gaps` prints it.

use serde::Serialize;

use crate::engine::{Engine, Outcome};
use crate::store::{GapsInput, VoteCount};
use crate::text::{fold, tokenize};

/// What `gaps --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gaps {
    /// Declined questions, near-duplicates grouped, most asked first.
    pub declined: Vec<Declined>,
    /// The entries with at least one 👎, the most 👎 first.
    pub downvoted: Vec<VoteCount>,
    /// The entries no question was answered with, in curated order.
    pub unasked: Vec<String>,
}

/// One group of declined questions that read the same once normalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Declined {
    /// The group's first question, as typed.
    pub question: String,
    pub count: usize,
    /// The entries nearest to it, as the engine offers them today.
    pub nearest: Vec<String>,
}

/// How near-duplicates are told apart: case, accents, punctuation and
/// spacing do not count ("Who is the CFO?" and "who is the cfo" group).
pub fn normalised(question: &str) -> String {
    tokenize(&fold(question)).join(" ")
}

/// The report over what the store holds. `limit` keeps only the most asked
/// declined groups (finding each one's nearest entries may consult the
/// sentence model: milliseconds each).
pub fn report(engine: &Engine, input: &GapsInput, limit: Option<usize>) -> Gaps {
    let (declined, answered) = (&input.declined, &input.answered);
    let mut groups: Vec<(String, String, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for question in declined {
        let key = normalised(question);
        match at.get(&key) {
            Some(&i) => groups[i].2 += 1,
            None => {
                at.insert(key.clone(), groups.len());
                groups.push((key, question.clone(), 1));
            }
        }
    }
    // Most asked first; among equals, the first asked first (stable sort).
    groups.sort_by_key(|g| std::cmp::Reverse(g.2));
    groups.truncate(limit.unwrap_or(usize::MAX));
    let declined = groups
        .into_iter()
        .map(|(_, question, count)| {
            let nearest = match engine.ask(&question).outcome {
                Outcome::Declined { nearest, .. } => {
                    nearest.iter().map(|s| s.entry.id.clone()).collect()
                }
                // The knowledge answers it now.
                Outcome::Answered { entry, .. } => vec![entry.id.clone()],
            };
            Declined { question, count, nearest }
        })
        .collect();
    let unasked = (engine.knowledge().entries.iter())
        .filter(|e| !answered.contains(&e.id))
        .map(|e| e.id.clone())
        .collect();
    let downvoted = input.votes.iter().filter(|v| v.down > 0).cloned().collect();
    Gaps { declined, downvoted, unasked }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    #[test]
    fn declined_questions_group_by_their_normalised_text_most_asked_first() {
        let engine = Engine::new(Knowledge::bundled().unwrap());
        let declined: Vec<String> = [
            "What does a CFO earn?",
            "Who is Google's CTO?",
            "what does a cfo earn",
            "  WHAT does a CFO earn ?? ",
        ]
        .map(str::to_owned)
        .to_vec();
        let answered = vec!["acronyms".to_owned(), "reporting-tension".to_owned()];
        let votes = vec![
            VoteCount { entry: "acronyms".into(), up: 0, down: 2 },
            VoteCount { entry: "reporting-tension".into(), up: 3, down: 0 },
        ];
        let input = GapsInput { declined, answered, votes };
        let gaps = report(&engine, &input, None);
        assert_eq!(gaps.downvoted, [VoteCount { entry: "acronyms".into(), up: 0, down: 2 }]);
        assert_eq!(report(&engine, &input, Some(1)).declined.len(), 1);
        let groups: Vec<(&str, usize)> =
            gaps.declined.iter().map(|d| (d.question.as_str(), d.count)).collect();
        assert_eq!(groups, [("What does a CFO earn?", 3), ("Who is Google's CTO?", 1)]);
        assert!(gaps.declined.iter().all(|d| d.nearest.len() == 3), "{gaps:?}");
        assert!(!gaps.unasked.contains(&"acronyms".to_owned()));
        assert_eq!(gaps.unasked.len(), engine.knowledge().entries.len() - 2);
    }
}
