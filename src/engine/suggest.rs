//! What to offer people to ask: as-you-type suggestions and the related
//! questions under an answer. Apart from the decision because it never
//! declines or answers, it only points at questions the engine can answer.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::knowledge::{Entry, MAX_QUESTION_CHARS};
use crate::text::fold;

use super::{Engine, Suggestion, attribution_words, topic_words};

/// Related questions offered under an answer.
pub const RELATED: usize = 3;
/// Most suggestions Discord shows for autocomplete.
pub const MAX_SUGGESTIONS: usize = 25;

impl Engine {
    /// [`RELATED`] other entries to offer after `entry`: those sharing its
    /// person, survey or topics, found through the index so the cost does
    /// not grow with the knowledge base, then its neighbours in the curated
    /// order, which curators keep thematic.
    pub fn related(&self, entry: &Entry) -> Vec<Suggestion<'_>> {
        let entries = &self.knowledge.entries;
        // The entry is one of ours (callers get entries from this engine):
        // find its index from its address rather than by a scan.
        let offset = (entry as *const Entry as usize).wrapping_sub(entries.as_ptr() as usize);
        let at = offset / std::mem::size_of::<Entry>().max(1);
        let at = match entries.get(at) {
            Some(e) if std::ptr::eq(e, entry) => at,
            _ => match entries.iter().position(|e| e.id == entry.id) {
                Some(at) => at,
                None => return Vec::new(),
            },
        };
        let related = self.related[at].get_or_init(|| self.find_related(at));
        related
            .iter()
            .map(|&i| Suggestion { question: &entries[i].questions[0], entry: &entries[i] })
            .collect()
    }

    fn find_related(&self, at: usize) -> Vec<usize> {
        let entries = &self.knowledge.entries;
        let entry = &entries[at];
        let (mut about, affiliations) = attribution_words(&self.knowledge, entry);
        about.extend(affiliations);
        about.extend(topic_words(&self.knowledge, entry));
        let ranking = self.index.search(&about.join(", "), RELATED + 1);
        let similar = ranking.hits.iter().map(|h| h.doc);
        let neighbours =
            (1..entries.len()).flat_map(|d| [at.checked_add(d), at.checked_sub(d)]).flatten();
        let mut related = Vec::with_capacity(RELATED);
        for i in similar.chain(neighbours).filter(|&i| i != at && i < entries.len()) {
            if related.len() == RELATED {
                break;
            }
            if !related.contains(&i) {
                related.push(i);
            }
        }
        related
    }

    /// As-you-type suggestions for a partial question, best first, one per
    /// entry, at most `limit` (capped at 25, Discord's autocomplete limit).
    ///
    /// fuzzy-matcher's skim scoring over every curated phrasing finds what
    /// the user is typing towards ("cio rep" → "Should the CIO report to the
    /// CTO ..."); when the text is already a whole question with typos that
    /// no phrasing contains as a subsequence, the ranked answers fill in.
    /// Empty input lists the first question of each entry, in curated order.
    pub fn suggest(&self, partial: &str, limit: usize) -> Vec<Suggestion<'_>> {
        let limit = limit.min(MAX_SUGGESTIONS);
        let entries = &self.knowledge.entries;
        // No phrasing is longer than this, so a longer pattern cannot match.
        let pattern: String = fold(partial).trim().chars().take(MAX_QUESTION_CHARS).collect();
        if pattern.is_empty() {
            return entries
                .iter()
                .take(limit)
                .map(|entry| Suggestion { question: &entry.questions[0], entry })
                .collect();
        }

        let mut scored: Vec<(i64, usize, usize)> = self
            .phrasings
            .iter()
            // What the user is typing towards is a question they will see.
            .filter(|&&(_, e, q)| q < entries[e].own_questions)
            .filter_map(|(text, e, q)| Some((fuzzy_score(&self.matcher, text, &pattern)?, *e, *q)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(entries[a.1].id.cmp(&entries[b.1].id)));
        // Of the matches left, those far below the best are noise.
        let best = scored.first().map_or(0, |s| s.0);
        scored.retain(|s| s.0 * 2 >= best);
        let mut out: Vec<Suggestion> = Vec::with_capacity(limit);
        let fuzzy = scored.iter().map(|&(_, e, q)| Suggestion {
            question: &entries[e].questions[q],
            entry: &entries[e],
        });
        self.extend_unique(&mut out, fuzzy, limit);
        if out.len() < limit {
            let ranked = self.index.search(&pattern, limit).hits.into_iter().map(|h| Suggestion {
                question: entries[h.doc].shown(h.phrasing),
                entry: &entries[h.doc],
            });
            self.extend_unique(&mut out, ranked, limit);
        }
        out
    }

    /// Appends suggestions for entries not yet present, up to `limit`.
    pub(super) fn extend_unique<'k>(
        &self,
        out: &mut Vec<Suggestion<'k>>,
        more: impl IntoIterator<Item = Suggestion<'k>>,
        limit: usize,
    ) {
        for s in more {
            if out.len() >= limit {
                break;
            }
            if !out.iter().any(|o| o.entry.id == s.entry.id) {
                out.push(s);
            }
        }
    }
}

/// fuzzy-matcher's skim score of `pattern` (folded) in `haystack`, unless
/// its letters are scattered: a match in more pieces than the pattern has
/// words, plus one for a slip, is a coincidence of letters ("nutan" in
/// "did the pandemic speed up digital transformation"), not a suggestion.
pub fn fuzzy_score(matcher: &SkimMatcherV2, haystack: &str, pattern: &str) -> Option<i64> {
    let (score, indices) = matcher.fuzzy_indices(haystack, pattern)?;
    let pieces = 1 + indices.windows(2).filter(|w| w[1] != w[0] + 1).count();
    let words = pattern.split_whitespace().count().max(1);
    (pieces <= words + 1).then_some(score)
}
