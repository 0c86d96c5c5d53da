//! The curators' report: what people asked that the knowledge did not
//! answer, which answers they voted down, and what it holds that nobody
//! asked; and the draft knowledge file `gaps --propose` writes from it.
//! Plain Rust over rows read from the store; `cio-cto-bot gaps` prints it.

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

/// A TOML basic string: JSON's escapes are all valid TOML.
fn toml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// User text inside a `#` comment: one line, whatever was typed.
fn comment_text(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A new entry's id from its question: `draft-` and the question's words,
/// within the 64 characters an id may have.
fn draft_id(question: &str, taken: &mut Vec<String>) -> String {
    let words = normalised(question);
    let mut slug = String::from("draft");
    for word in words.split(' ') {
        let word: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if word.is_empty() {
            continue;
        }
        if slug.len() + 1 + word.len() > 56 {
            break;
        }
        slug.push('-');
        slug.push_str(&word.to_ascii_lowercase());
    }
    let mut id = slug.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{slug}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// The draft `gaps --propose` writes: for each declined question (most
/// asked first), the entries nearest to it as commented-out phrasings for
/// the curator to confirm, and a new entry to fill in for when none of
/// them answers it. Nothing is invented: every question is one that was
/// asked, every entry id exists, and every answer is left empty, so
/// `check` fails until the curator has filled in or deleted each one.
pub fn propose(engine: &Engine, gaps: &Gaps) -> String {
    let k = engine.knowledge();
    let declined: Vec<&Declined> =
        gaps.declined.iter().filter(|d| !normalised(&d.question).is_empty()).collect();
    let mut out = String::from(
        "# Draft knowledge from the questions the bot declined, written by\n\
         # `cio-cto-bot gaps --propose`. Nothing here is invented: every question was\n\
         # asked as shown, and every entry id named exists.\n\
         #\n\
         # For each question: if one of its nearest entries answers it, uncomment\n\
         # that `[[phrasings]]` block and delete the new entry; otherwise fill in the\n\
         # new entry (the answer, who said it, the topics, two more phrasings) or\n\
         # delete it. Then move this file into knowledge/ and run\n\
         # `cio-cto-bot check`: it fails until every new entry is filled in or deleted.\n",
    );
    if declined.is_empty() {
        out.push_str("#\n# No declined questions in this period: nothing to propose.\n");
        return out;
    }
    out.push_str(
        "\n# Where the new entries' answers come from (delete this table if you\n\
         # delete every new entry).\n\
         [source]\nid = \"\"\ntitle = \"\"\npublisher = \"\"\n",
    );
    let mut taken = Vec::new();
    for d in declined {
        let times = if d.count == 1 { "once".to_owned() } else { format!("{} times", d.count) };
        out.push_str(&format!("\n# ── Asked {times}: {}\n", comment_text(&d.question)));
        let nearest: Vec<&crate::knowledge::Entry> =
            d.nearest.iter().filter_map(|id| k.entry(id)).collect();
        if nearest.is_empty() {
            out.push_str("# No entry is near it.\n");
        } else {
            out.push_str("# The entries nearest to it:\n");
            for e in &nearest {
                out.push_str(&format!("#   {}: {}\n", e.id, comment_text(&e.questions[0])));
            }
            out.push_str("# If the first answers it (or put another id from the list):\n");
            out.push_str(&format!(
                "# [[phrasings]]\n# entry = {}\n# questions = [{}]\n",
                toml_string(&nearest[0].id),
                toml_string(&d.question)
            ));
        }
        out.push_str(&format!(
            "\n[[entries]]\nid = {}\n\
             kind = \"fact\"  # or \"view\" with person = \"…\", or \"survey-figure\" with survey = \"…\" and figure = \"…\"\n\
             questions = [{}, \"\", \"\"]\n\
             answer = \"\"\n\
             topics = [\"\"]\n",
            toml_string(&draft_id(&d.question, &mut taken)),
            toml_string(&d.question)
        ));
    }
    out
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

    fn with_draft(draft: &str) -> Result<Knowledge, crate::knowledge::LoadError> {
        let mut files: Vec<(String, String)> = (crate::knowledge::BUNDLED.iter())
            .map(|&(name, text)| (name.to_owned(), text.to_owned()))
            .collect();
        files.push(("zz-draft.toml".to_owned(), draft.to_owned()));
        Knowledge::from_files(files)
    }

    /// The draft invents nothing (every question as asked, every answer
    /// empty, so `check` fails as written), and passes once filled in:
    /// a confirmed phrasing then reaches its entry.
    #[test]
    fn the_draft_fails_check_until_filled_in_and_then_loads() {
        let engine = Engine::new(Knowledge::bundled().unwrap());
        let declined: Vec<String> = [
            "What does a CFO earn \"in\" Paris?",
            "what does a CFO earn in Paris",
            "Who is Google's CTO?\nline two",
            "🙂",
        ]
        .map(str::to_owned)
        .to_vec();
        let input = GapsInput { declined, ..GapsInput::default() };
        let gaps = report(&engine, &input, None);
        let draft = propose(&engine, &gaps);
        assert!(
            draft.contains("# ── Asked 2 times: What does a CFO earn \"in\" Paris?"),
            "{draft}"
        );
        assert!(
            draft.contains("questions = [\"What does a CFO earn \\\"in\\\" Paris?\", \"\", \"\"]")
        );
        assert!(draft.contains("id = \"draft-what-does-a-cfo-earn-in-paris\""), "{draft}");
        assert!(!draft.contains("\nline two"), "a typed newline stays inside the comment");
        let problems = match with_draft(&draft) {
            Err(crate::knowledge::LoadError::Invalid(problems)) => problems,
            other => panic!("an unfilled draft must fail: {other:?}"),
        };
        assert!(problems.iter().all(|p| p.file == "zz-draft.toml"));
        assert!(
            problems
                .iter()
                .any(|p| p.entry.as_deref() == Some("draft-what-does-a-cfo-earn-in-paris")
                    && p.kind == crate::knowledge::ProblemKind::Empty { field: "answer" })
        );

        // The curator confirms the first phrasing and fills in the rest.
        let mut filled = String::new();
        let mut confirming = false;
        let mut n = 0;
        for line in draft.lines() {
            let line = if line == "# [[phrasings]]" && !confirming && n == 0 {
                confirming = true;
                "[[phrasings]]".to_owned()
            } else if confirming && line.starts_with("# ") {
                line[2..].to_owned()
            } else {
                confirming = false;
                line.replace("\"\", \"\"]", "\"and again?\", \"once more?\"]")
                    .replace("answer = \"\"", "answer = \"The curator's answer.\"")
                    .replace("topics = [\"\"]", "topics = [\"pay\"]")
                    .replace("id = \"\"", "id = \"team-wiki\"")
                    .replace("title = \"\"", "title = \"Team wiki\"")
                    .replace("publisher = \"\"", "publisher = \"Us\"")
            };
            if line == "[[phrasings]]" {
                n += 1;
            }
            filled.push_str(&line);
            filled.push('\n');
        }
        let k = with_draft(&filled).expect("the filled-in draft loads");
        let first = &gaps.declined[0];
        let confirmed = k.entry(&first.nearest[0]).unwrap();
        assert!(confirmed.questions.contains(&first.question), "{confirmed:?}");
        assert!(k.entry("draft-what-does-a-cfo-earn-in-paris").is_some());
    }
}
