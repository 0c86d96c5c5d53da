//! Building the index: analysing every entry's fields, interning terms,
//! weighing them, and the vocabulary for typo tolerance.

use rustc_hash::FxHashMap;

use super::{
    Doc, Document, Index, PAIR_WINDOW, Phrasing, Posting, TermFilter, TermId, Tuning, Vocabulary,
};
use crate::text::Analyzer;

/// Interning of terms while building.
#[derive(Default)]
struct Terms {
    words: FxHashMap<String, TermId>,
    pairs: FxHashMap<(TermId, TermId), TermId>,
    /// Per term: its text for a word; empty for a pair.
    texts: Vec<String>,
    /// Per term: its two words, for a pair.
    parts: Vec<Option<(TermId, TermId)>>,
    /// Surface word (as written, folded) → its term. Doubles as a cache
    /// of stems: the same surface word is stemmed once.
    surfaces: FxHashMap<String, TermId>,
}

impl Terms {
    fn push(&mut self, text: String, parts: Option<(TermId, TermId)>) -> TermId {
        let id = self.texts.len() as TermId;
        self.texts.push(text);
        self.parts.push(parts);
        id
    }

    fn word(&mut self, analyzer: &Analyzer, surface: &str) -> TermId {
        if let Some(&id) = self.surfaces.get(surface) {
            return id;
        }
        let stem = analyzer.stem(surface);
        let id = match self.words.get(&stem) {
            Some(&id) => id,
            None => {
                let id = self.push(stem.clone(), None);
                self.words.insert(stem, id);
                id
            }
        };
        self.surfaces.insert(surface.to_owned(), id);
        id
    }

    fn pair(&mut self, a: TermId, b: TermId) -> TermId {
        if let Some(&id) = self.pairs.get(&(a, b)) {
            return id;
        }
        let id = self.push(String::new(), Some((a, b)));
        self.pairs.insert((a, b), id);
        id
    }

    fn text(&mut self, analyzer: &Analyzer, text: &str) -> Vec<TermId> {
        let mut ids = Vec::new();
        analyzer.each_word(text, |w| ids.push(self.word(analyzer, w)));
        ids
    }

    /// The words of a phrasing and their ordered pairs within the window,
    /// sorted and unique.
    fn phrase(&mut self, analyzer: &Analyzer, text: &str) -> (Vec<TermId>, Vec<TermId>) {
        let words = self.text(analyzer, text);
        let mut all = words.clone();
        for (i, &a) in words.iter().enumerate() {
            for &b in words.iter().skip(i + 1).take(PAIR_WINDOW) {
                if a != b {
                    all.push(self.pair(a, b));
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        (words, all)
    }
}

/// Interns `text`, weighing each of its words at `weight` in `fields`.
fn field(
    terms: &mut Terms,
    a: &Analyzer,
    text: &str,
    weight: f32,
    fields: &mut Vec<(TermId, f32)>,
) {
    fields.extend(terms.text(a, text).into_iter().map(|t| (t, weight)));
}

/// A document while building: fields and phrasing terms, before weights.
struct Draft {
    fields: Vec<(TermId, f32)>,
    unheld: Vec<TermId>,
    names: Vec<TermId>,
    affiliations: Vec<TermId>,
    phrasings: Vec<Vec<TermId>>,
    shown: usize,
}

fn draft(analyzer: &Analyzer, terms: &mut Terms, doc: &Document, tuning: &Tuning) -> Draft {
    let mut fields = Vec::new();
    let mut phrasings = Vec::new();
    // The words of the phrasings beyond the first `held`, which say how
    // people ask rather than what the entry gives.
    let mut asked = Vec::new();
    for (i, question) in doc.questions.iter().chain(doc.labels).enumerate() {
        let (words, all) = terms.phrase(analyzer, question);
        let only_asked = i >= doc.held && i < doc.questions.len();
        let weight = if only_asked { tuning.asked_field } else { tuning.question_field };
        let into = if only_asked { &mut asked } else { &mut fields };
        into.extend(words.into_iter().map(|t| (t, weight)));
        phrasings.push(all);
    }
    let weight = if doc.mentioned { tuning.answer_field } else { tuning.attribution_field };
    let mut attribution = |texts: &[String], fields: &mut Vec<(TermId, f32)>| {
        let start = fields.len();
        for text in texts {
            field(terms, analyzer, text, weight, fields);
        }
        let mut ids: Vec<TermId> = fields[start..].iter().map(|f| f.0).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let names = attribution(doc.names, &mut fields);
    let affiliations = attribution(doc.affiliations, &mut fields);
    for topic in doc.topics {
        field(terms, analyzer, topic, tuning.topic_field, &mut fields);
    }
    field(terms, analyzer, doc.answer, tuning.answer_field, &mut fields);
    // What only the phrasings added from elsewhere use ranks the entry, but
    // the gate does not count it as held ([`super::Doc::holds`]).
    let mut held: Vec<TermId> = fields.iter().map(|f| f.0).collect();
    held.sort_unstable();
    let mut unheld: Vec<TermId> =
        asked.iter().map(|f| f.0).filter(|t| held.binary_search(t).is_err()).collect();
    unheld.sort_unstable();
    unheld.dedup();
    fields.extend(asked);
    // Keep each term's best field.
    fields.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    fields.dedup_by_key(|f| f.0);
    Draft { fields, unheld, names, affiliations, phrasings, shown: doc.questions.len() }
}

/// Weighs a draft's phrasings and works out which of its words only name
/// its person: their name always; a title or organisation unless a
/// phrasing of the entry asks about it ("CIO" names Wendy Pfeiffer, CIO of
/// Nutanix, in her entries, but is the topic of "What does Wendy Pfeiffer
/// say about the CIO?").
fn finish(draft: Draft, weight: &[f32], parts: &[Option<(TermId, TermId)>]) -> Doc {
    let mut spoken: Vec<TermId> = draft.phrasings.iter().flatten().copied().collect();
    spoken.sort_unstable();
    spoken.dedup();
    let mut naming = draft.names;
    naming.extend(draft.affiliations.iter().filter(|t| spoken.binary_search(t).is_err()));
    naming.sort_unstable();
    naming.dedup();
    let names = |t: TermId| match parts[t as usize] {
        Some((a, b)) => naming.binary_search(&a).is_ok() || naming.binary_search(&b).is_ok(),
        None => naming.binary_search(&t).is_ok(),
    };
    let mut uses: Vec<(TermId, u64)> = Vec::new();
    if draft.phrasings.len() <= 64 {
        let mut each: Vec<(TermId, u64)> = (draft.phrasings.iter().enumerate())
            .flat_map(|(i, terms)| terms.iter().map(move |&t| (t, 1u64 << i)))
            .collect();
        each.sort_unstable_by_key(|u| u.0);
        for (t, bit) in each {
            match uses.last_mut() {
                Some(last) if last.0 == t => last.1 |= bit,
                _ => uses.push((t, bit)),
            }
        }
    }
    let phrasings = draft
        .phrasings
        .into_iter()
        .map(|terms| {
            let weigh = |t: &TermId| weight[*t as usize].powi(2);
            Phrasing {
                norm2: terms.iter().map(weigh).sum(),
                topical2: terms.iter().filter(|&&t| !names(t)).map(weigh).sum(),
                terms,
            }
        })
        .collect();
    spoken.retain(|&t| parts[t as usize].is_none());
    Doc {
        spoken_filter: TermFilter::of(spoken.iter().copied()),
        uses_filter: TermFilter::of(uses.iter().map(|u| u.0)),
        fields: draft.fields,
        unheld: draft.unheld,
        naming,
        affiliations: draft.affiliations,
        spoken,
        uses,
        phrasings,
        shown: draft.shown,
    }
}

/// Inverse document frequency, BM25's form (never negative).
pub(super) fn inverse_df(df: usize, n: usize) -> f32 {
    let (df, n) = (df as f32, n as f32);
    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
}

/// Per term of `terms`, the documents whose phrasings use it as a word,
/// ascending, in one list: those of term `t` are
/// `docs[at[t]..at[t + 1]]` of the returned `(at, docs)`.
fn spoken_lists(docs: &[Doc], terms: usize) -> (Vec<u32>, Vec<u32>) {
    let mut at = vec![0u32; terms + 1];
    for doc in docs {
        for &t in &doc.spoken {
            at[t as usize + 1] += 1;
        }
    }
    for t in 0..terms {
        at[t + 1] += at[t];
    }
    let mut lists = vec![0u32; at[terms] as usize];
    let mut next = at.clone();
    for (d, doc) in docs.iter().enumerate() {
        for &t in &doc.spoken {
            lists[next[t as usize] as usize] = d as u32;
            next[t as usize] += 1;
        }
    }
    (at, lists)
}

pub(super) fn build<'a>(
    analyzer: Analyzer,
    documents: impl IntoIterator<Item = Document<'a>>,
    tuning: Tuning,
) -> Index {
    let mut terms = Terms::default();
    let mut ids = Vec::new();
    let mut drafts = Vec::new();
    for doc in documents {
        ids.push(doc.id.to_owned());
        drafts.push(draft(&analyzer, &mut terms, &doc, &tuning));
    }

    let n = drafts.len();
    let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); terms.texts.len()];
    for (d, draft) in drafts.iter().enumerate() {
        for &(t, field) in &draft.fields {
            postings[t as usize].push(Posting { doc: d as u32, field });
        }
        // Pairs, and words that only appear in labels' pairs, are in
        // phrasings only.
        let mut pairs: Vec<TermId> = draft.phrasings.iter().flatten().copied().collect();
        pairs.retain(|&t| terms.parts[t as usize].is_some());
        pairs.sort_unstable();
        pairs.dedup();
        for t in pairs {
            postings[t as usize].push(Posting { doc: d as u32, field: 0.0 });
        }
    }
    let unseen = inverse_df(0, n.max(1));
    let weight: Vec<f32> = (0..terms.texts.len())
        .map(|t| {
            let idf = inverse_df(postings[t].len(), n);
            match terms.parts[t] {
                Some(_) => idf * tuning.bigram_factor,
                None => idf.max(tuning.weight_floor * unseen),
            }
        })
        .collect();

    let docs: Vec<Doc> = drafts.into_iter().map(|d| finish(d, &weight, &terms.parts)).collect();
    let (spoken_at, spoken_docs) = spoken_lists(&docs, terms.texts.len());

    let mut by_id: Vec<usize> = (0..n).collect();
    by_id.sort_by(|&a, &b| ids[a].cmp(&ids[b]));
    let mut id_rank = vec![0u32; n];
    for (rank, &doc) in by_id.iter().enumerate() {
        id_rank[doc] = rank as u32;
    }

    // Misspelt synonyms ("colaboration") are corrected towards the variant,
    // which then stands for its canonical term.
    let mut surfaces = std::mem::take(&mut terms.surfaces);
    for (variant, canonical) in analyzer.variants() {
        if let Some(&term) = terms.words.get(&analyzer.stem(canonical)) {
            surfaces.entry(variant.to_owned()).or_insert(term);
        }
    }
    let vocab = Vocabulary::new(surfaces.keys().cloned());
    let word_terms = vocab.words().iter().map(|w| surfaces[w]).collect();
    surfaces.shrink_to_fit();
    let source = (super::SOURCE_WORDS.iter())
        .filter_map(|w| terms.words.get(&analyzer.stem(w)).copied())
        .collect();
    Index {
        source,
        analyzer,
        words: terms.words,
        surfaces,
        pairs: terms.pairs,
        texts: terms.texts,
        parts: terms.parts,
        weight,
        postings,
        spoken_at,
        spoken_docs,
        vocab,
        resolved: quick_cache::sync::Cache::new(super::READINGS_KEPT),
        word_terms,
        docs,
        id_rank,
        unknown_weight: tuning.unknown_factor * unseen,
        tuning,
    }
}
