//! Scoring a read question against the index: coverage summed along the
//! postings, then the fit of the best candidates' phrasings. Apart from
//! the reading of words because its bounds keep the cost of a question
//! tied to its rarer words, not to the size of the knowledge base.

use std::cell::RefCell;

use super::query::{Query, Slot};
use super::{Hit, Index, Ranking, TermId};

/// Candidates come from the postings of the question's rarest words, up to
/// this many postings in all (the rarest word always counts); commoner
/// words still score the candidates, by lookup.
const POSTINGS_BUDGET: usize = 2_000;
/// Coverage by the commoner words is looked up for at most this many
/// candidates, those best covered by the rarer words, and the fit computed
/// for at most `RERANK` of them, best coverage first: bounds on the work
/// of a question whatever the index holds (a small index is scored whole).
const COMPLETE: usize = 400;
const RERANK: usize = 100;

/// Per-thread buffers for summing coverage along postings, reused across
/// questions so a question allocates nothing in proportion to the index.
#[derive(Default)]
struct Scratch {
    /// Per document: the covered weight so far.
    covered: Vec<f32>,
    /// Per document: the best match of the current slot, or < 0.
    slot_best: Vec<f32>,
    touched: Vec<u32>,
    slot_touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Index {
    /// Ranks the documents for `question`; at most `limit` hits.
    pub fn search(&self, question: &str, limit: usize) -> Ranking {
        self.search_read(&self.analyzer.words(question), limit)
    }

    /// [`Index::search`] for a question whose words are read already
    /// ([`Index::words`]).
    pub fn search_read(&self, tokens: &[String], limit: usize) -> Ranking {
        let query = self.read(tokens);
        let mut candidates = self.coverage(&query);
        let order = |a: &(usize, f32), b: &(usize, f32)| {
            b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
        };
        if candidates.len() > RERANK {
            candidates.select_nth_unstable_by(RERANK, order);
            candidates.truncate(RERANK);
        }
        candidates.sort_unstable_by(order);
        let share = self.tuning.fit_share;
        let mut hits: Vec<Hit> = Vec::with_capacity(limit + 1);
        let mut buffer = FitBuffer::default();
        let query2: f32 = query.words.iter().chain(&query.pairs).map(|s| s.weight.powi(2)).sum();
        for (doc, coverage) in candidates {
            // Candidates come best coverage first: once even a perfect fit
            // cannot reach the last of the top hits, none can; and a
            // candidate whose phrasings hold too little of the question is
            // passed over without working its fit out.
            let enough = |fit: f32| {
                hits.len() < limit
                    || share * fit + (1.0 - share) * coverage >= hits[limit - 1].score
            };
            if limit == 0 || !enough(1.0) {
                break;
            }
            if !enough(self.fit_bound(doc, &query, query2)) {
                continue;
            }
            let (fit, phrasing) = self.fit(doc, &query, &mut buffer);
            let score = (share * fit + (1.0 - share) * coverage).clamp(0.0, 1.0);
            if score <= 0.0 {
                continue;
            }
            let hit = Hit { doc, score, phrasing, fit, coverage };
            let at = hits.partition_point(|h| {
                h.score > score || (h.score == score && self.id_rank[h.doc] < self.id_rank[doc])
            });
            if at < limit {
                hits.insert(at, hit);
                hits.truncate(limit);
            }
        }
        Ranking { hits, words: tokens.len() }
    }

    /// The candidates and their coverage: summed along the postings of the
    /// rarer words, then completed with the common words by lookup.
    fn coverage(&self, query: &Query) -> Vec<(usize, f32)> {
        let df = |s: &Slot| {
            s.alternatives.iter().map(|&(t, _)| self.postings[t as usize].len()).sum::<usize>()
        };
        let mut known: Vec<(usize, &Slot)> =
            query.words.iter().filter(|s| !s.alternatives.is_empty()).map(|s| (df(s), s)).collect();
        known.sort_by_key(|&(df, _)| df);
        let (mut rare, mut common, mut spent) = (Vec::new(), Vec::new(), 0);
        for (df, slot) in known {
            if rare.is_empty() || spent + df <= POSTINGS_BUDGET {
                spent += df;
                rare.push(slot);
            } else {
                common.push(slot);
            }
        }
        let mut candidates: Vec<(usize, f32)> = SCRATCH.with(|cell| {
            let scratch = &mut *cell.borrow_mut();
            if scratch.covered.len() < self.docs.len() {
                scratch.covered.resize(self.docs.len(), 0.0);
                scratch.slot_best.resize(self.docs.len(), -1.0);
            }
            scratch.touched.clear();
            for slot in rare {
                scratch.slot_touched.clear();
                for &(t, q) in &slot.alternatives {
                    for p in &self.postings[t as usize] {
                        let (d, v) = (p.doc as usize, q * p.field);
                        if scratch.slot_best[d] < 0.0 {
                            scratch.slot_touched.push(p.doc);
                        }
                        scratch.slot_best[d] = scratch.slot_best[d].max(v);
                    }
                }
                for &d in &scratch.slot_touched {
                    let d = d as usize;
                    if scratch.covered[d] == 0.0 {
                        scratch.touched.push(d as u32);
                    }
                    // A tiny floor keeps a touched document marked even if
                    // the slot matched with weight 0.
                    scratch.covered[d] +=
                        (slot.weight * scratch.slot_best[d]).max(f32::MIN_POSITIVE);
                    scratch.slot_best[d] = -1.0;
                }
            }
            let out = scratch.touched.iter().map(|&d| (d as usize, scratch.covered[d as usize]));
            let out: Vec<(usize, f32)> = out.collect();
            for &d in &scratch.touched {
                scratch.covered[d as usize] = 0.0;
            }
            out
        });
        if candidates.len() > COMPLETE {
            let order = |a: &(usize, f32), b: &(usize, f32)| {
                b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
            };
            candidates.select_nth_unstable_by(COMPLETE, order);
            candidates.truncate(COMPLETE);
        }
        for (doc, covered) in &mut candidates {
            let d = &self.docs[*doc];
            for slot in &common {
                let best =
                    slot.alternatives.iter().map(|&(t, q)| q * d.field(t)).fold(0.0, f32::max);
                *covered += slot.weight * best;
            }
            *covered = if query.total > 0.0 { *covered / query.total } else { 0.0 };
        }
        candidates
    }

    /// An upper bound of [`Index::fit`], cheap to work out: by Cauchy-Schwarz,
    /// the cosine is at most the share of the question's norm whose words
    /// (or pairs of words) occur in some phrasing. A question naming the
    /// entry's person may leave words out of the fit, so it gets no bound.
    fn fit_bound(&self, doc: usize, query: &Query, query2: f32) -> f32 {
        let d = &self.docs[doc];
        let mut spoken2 = 0.0;
        for s in &query.words {
            if s.alternatives.iter().any(|&(t, _)| d.names(t)) {
                return 1.0;
            }
            if s.alternatives.iter().any(|&(t, _)| d.speaks(t)) {
                spoken2 += s.weight.powi(2);
            }
        }
        for s in &query.pairs {
            if let Some((a, b)) = s.parts
                && d.speaks(a)
                && d.speaks(b)
            {
                spoken2 += s.weight.powi(2);
            }
        }
        if query2 <= 0.0 { 0.0 } else { (spoken2 / query2).sqrt().min(1.0) }
    }

    /// How well the question fits the document's best phrasing, and which.
    ///
    /// When the question names the entry's person, the fit compares what is
    /// asked with what a phrasing asks, leaving out how the person is named:
    /// a phrasing says "Ozgur Aksakal", a question "the Global CTO Forum
    /// chair", and coverage has already judged who is meant. When it does
    /// not name them, "What does Ozgur Aksakal say about the CIO?" is no
    /// answer to "what is a CIO?".
    fn fit(&self, doc: usize, query: &Query, buffer: &mut FitBuffer) -> (f32, usize) {
        let d = &self.docs[doc];
        let also = d.naming_in(&query.adjacent);
        // The terms the topical slots may match, sorted, each with its slot
        // and what a match contributes: one merge with each phrasing's
        // sorted terms then finds every match.
        let FitBuffer { terms, best, touched } = buffer;
        terms.clear();
        let (mut named, mut query2) = (false, 0.0f32);
        for (k, s) in query.words.iter().chain(&query.pairs).enumerate() {
            if s.names(d, &also) {
                named = true;
                continue;
            }
            query2 += s.weight.powi(2);
            for &(t, q) in &s.alternatives {
                terms.push((t, k as u32, q * s.weight * self.weight[t as usize]));
            }
        }
        terms.sort_unstable_by_key(|&(t, _, _)| t);
        best.clear();
        best.resize(query.words.len() + query.pairs.len(), 0.0);

        let mut top = (0.0f32, 0usize);
        for (i, p) in d.phrasings.iter().enumerate() {
            let phrasing2 = if named { p.topical2 } else { p.norm2 };
            let fit = if query2 <= f32::EPSILON || phrasing2 <= f32::EPSILON {
                // Only a person named: fits a phrasing that only names them.
                if query2 <= f32::EPSILON && phrasing2 <= f32::EPSILON && named { 1.0 } else { 0.0 }
            } else {
                touched.clear();
                let (mut a, mut b) = (0, 0);
                while a < terms.len() && b < p.terms.len() {
                    let (t, k, c) = terms[a];
                    match t.cmp(&p.terms[b]) {
                        std::cmp::Ordering::Less => a += 1,
                        std::cmp::Ordering::Greater => b += 1,
                        std::cmp::Ordering::Equal => {
                            // A slot counts once, by its best alternative.
                            let slot = &mut best[k as usize];
                            if *slot == 0.0 {
                                touched.push(k);
                            }
                            *slot = slot.max(c);
                            a += 1;
                        }
                    }
                }
                let dot: f32 = touched.iter().map(|&k| std::mem::take(&mut best[k as usize])).sum();
                (dot / (query2 * phrasing2).sqrt()).min(1.0)
            };
            if fit > top.0 {
                top = (fit, i);
            }
        }
        let (fit, mut phrasing) = top;
        if phrasing >= d.shown {
            // A label fitted best: show the canonical question instead.
            phrasing = 0;
        }
        (fit, phrasing)
    }
}

/// Buffers the fit reuses from one candidate to the next.
#[derive(Default)]
struct FitBuffer {
    /// (term, slot, contribution), sorted by term.
    terms: Vec<(TermId, u32, f32)>,
    /// Per slot: its best contribution to the current phrasing.
    best: Vec<f32>,
    /// The slots with a contribution to the current phrasing.
    touched: Vec<u32>,
}
