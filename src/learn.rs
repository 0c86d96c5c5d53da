//! Learning paths for people new to the material: where a step of a path
//! lands (skipping steps whose entry is gone), and the whole path as a
//! Markdown onboarding page. Plain Rust; `/learn` renders [`Card`]s and
//! `cio-cto-bot learn --markdown` prints [`markdown`].

use crate::knowledge::{Entry, Knowledge, LearningPath};
use crate::render::source_line;

/// One step of a path, as `/learn` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card<'k> {
    pub path: &'k LearningPath,
    /// Zero-based; shown as "Step {index + 1} of {len}".
    pub index: usize,
    /// The step's entry: `None` only past the last existing one.
    pub entry: Option<&'k Entry>,
    /// Steps skipped to get here because their entries are gone.
    pub skipped: Vec<&'k str>,
}

impl Card<'_> {
    pub fn len(&self) -> usize {
        self.path.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.path.steps.is_empty()
    }

    /// The step before, if any.
    pub fn back(&self) -> Option<usize> {
        self.index.checked_sub(1)
    }

    /// The step after, if any.
    pub fn next(&self) -> Option<usize> {
        (self.index + 1 < self.len()).then_some(self.index + 1)
    }
}

/// The card for step `index` of path `path` (an index past the end, from a
/// button made before the path was shortened, lands on the last step). A
/// step whose entry is gone is skipped, and the card says so. `None` when
/// the path itself is gone.
pub fn card<'k>(k: &'k Knowledge, path: &str, index: usize) -> Option<Card<'k>> {
    let path = k.path(path)?;
    let mut index = index.min(path.steps.len().saturating_sub(1));
    let mut skipped = Vec::new();
    loop {
        let Some(step) = path.steps.get(index) else {
            return Some(Card { path, index, entry: None, skipped });
        };
        match k.entry(step) {
            Some(entry) => return Some(Card { path, index, entry: Some(entry), skipped }),
            None => {
                skipped.push(step.as_str());
                if index + 1 >= path.steps.len() {
                    return Some(Card { path, index, entry: None, skipped });
                }
                index += 1;
            }
        }
    }
}

/// The path as a Markdown page for a team wiki: its title and description,
/// then every step with its answer, who said it and where it was published.
pub fn markdown(k: &Knowledge, path: &LearningPath) -> String {
    let mut out = format!("# {}\n\n{}\n", path.title, path.description);
    let n = path.steps.len();
    for (i, step) in path.steps.iter().enumerate() {
        match k.entry(step) {
            Some(e) => {
                let source = source_line(k, e);
                out.push_str(&format!(
                    "\n## Step {} of {n}: {}\n\n{}\n\n*Source:* {source}\n",
                    i + 1,
                    e.questions[0],
                    e.answer
                ));
            }
            None => out.push_str(&format!(
                "\n## Step {} of {n}\n\n(The entry `{step}` is no longer in the knowledge base.)\n",
                i + 1
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Kind;

    fn bundled() -> Knowledge {
        Knowledge::bundled().unwrap()
    }

    #[test]
    fn the_bundled_path_covers_every_kind_of_entry() {
        let k = bundled();
        let path = k.path("new-engineering-manager").expect("the bundled path");
        let kinds: std::collections::BTreeSet<Kind> =
            path.steps.iter().map(|s| k.entry(s).unwrap().kind).collect();
        assert_eq!(kinds.len(), 4, "{kinds:?}");
    }

    #[test]
    fn steps_stay_on_the_path_and_gone_entries_are_skipped_with_a_note() {
        let mut k = bundled();
        let path = k.path("new-engineering-manager").unwrap().clone();
        let last = path.steps.len() - 1;
        let first = card(&k, &path.id, 0).unwrap();
        assert_eq!((first.back(), first.next()), (None, Some(1)));
        assert_eq!(card(&k, &path.id, 999).unwrap().index, last, "an old button lands at the end");
        assert_eq!(card(&k, &path.id, last).unwrap().next(), None);
        assert!(card(&k, "no-such-path", 0).is_none());

        // The entries of steps 2 and 3 are gone: step 2 moves on to 4.
        let gone = [path.steps[1].clone(), path.steps[2].clone()];
        k.entries.retain(|e| !gone.contains(&e.id));
        let moved = card(&k, &path.id, 1).unwrap();
        assert_eq!(moved.index, 3);
        assert_eq!(moved.skipped, [gone[0].as_str(), gone[1].as_str()]);
        assert_eq!(moved.entry.unwrap().id, path.steps[3]);
        // The last step gone: the card says so and offers no entry.
        k.entries.retain(|e| e.id != path.steps[last]);
        let end = card(&k, &path.id, last).unwrap();
        assert_eq!((end.entry, end.next()), (None, None));
    }

    #[test]
    fn the_markdown_page_gives_every_step_its_source() {
        let k = bundled();
        let path = k.path("new-engineering-manager").unwrap();
        let page = markdown(&k, path);
        assert!(page.starts_with(&format!("# {}\n", path.title)));
        let n = path.steps.len();
        for (i, step) in path.steps.iter().enumerate() {
            let e = k.entry(step).unwrap();
            let heading = format!("## Step {} of {n}: {}", i + 1, e.questions[0]);
            let at = page.find(&heading).unwrap_or_else(|| panic!("{heading}"));
            let section = &page[at..];
            let end = section[3..].find("\n## ").map_or(section.len(), |e| e + 3);
            let source = format!("*Source:* {}", source_line(&k, e));
            assert!(section[..end].contains(&source), "step {}: {source}", i + 1);
        }
    }
}
