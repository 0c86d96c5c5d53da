//! Scoring a read question against the index: coverage summed along the
//! postings, then the fit of the best candidates' phrasings. Apart from
//! the reading of words because its bounds keep the cost of a question
//! tied to its rarer words, not to the size of the knowledge base.

use std::cell::RefCell;

use smallvec::SmallVec;

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
/// Rounding room for the bound on the fit, worked out another way than the
/// fit itself: a candidate whose score may tie the last of the top hits has
/// its fit worked out, so that the tie is broken by id, in any order.
const SLACK: f32 = 1e-5;
/// The candidates ranked in order of coverage before the rest are taken
/// as they come: enough to fill the top hits with the likeliest.
const SORTED: usize = 8;
/// The question's words are looked up in every document's phrasings at
/// once, along [`Index::spoken_in`], when that reads at most this many
/// entries; otherwise each candidate's phrasings are searched in turn.
const SPOKEN_BUDGET: usize = 2_000;

/// Per-thread buffers, reused across questions so a question allocates
/// nothing in proportion to the index.
#[derive(Default)]
pub(super) struct Scratch {
    /// Per document: the covered weight so far.
    covered: Vec<f32>,
    /// Per document: the best match of the current slot, or < 0.
    slot_best: Vec<f32>,
    touched: Vec<u32>,
    slot_touched: Vec<u32>,
    /// Per term: the question's slots it may stand for, as bits
    /// ([`SlotBits`]); 0 for the terms the question does not use.
    pub(super) slot_bits: Vec<u64>,
    /// Per term: where it starts in the fit's sorted terms, or `NONE`.
    fit_at: Vec<u32>,
    /// The terms whose entries above are set, cleared by the next user
    /// (so that even a question that panicked leaves them clean).
    bits_set: Vec<TermId>,
    fit_set: Vec<TermId>,
    fit: FitBuffer,
    /// Per document: the slots its phrasings' words cover, as bits, when
    /// worked out for all at once ([`Index::spoken_slots`]); 0 elsewhere.
    pub(super) spoken: Vec<u64>,
    spoken_set: Vec<u32>,
}

/// No position in the fit's terms.
const NONE: u32 = u32::MAX;

impl Scratch {
    /// Sizes the per-term tables for an index of `terms` terms and clears
    /// what the last question set.
    pub(super) fn per_term(&mut self, terms: usize) {
        if self.slot_bits.len() < terms {
            self.slot_bits.resize(terms, 0);
            self.fit_at.resize(terms, NONE);
        }
        for t in self.bits_set.drain(..) {
            self.slot_bits[t as usize] = 0;
        }
        self.unlocate();
    }

    /// Records in `fit_at` where each term of the fit's sorted `terms`
    /// starts, in place of the last candidate's.
    fn locate(&mut self, terms: &[(TermId, u32, f32)]) {
        self.unlocate();
        for (i, &(t, _, _)) in terms.iter().enumerate() {
            if self.fit_at[t as usize] == NONE {
                self.fit_at[t as usize] = i as u32;
                self.fit_set.push(t);
            }
        }
    }

    fn unlocate(&mut self) {
        for t in self.fit_set.drain(..) {
            self.fit_at[t as usize] = NONE;
        }
    }
}

/// Which slots of a question a candidate's words cover: the question's
/// terms, sorted, are searched among the candidate's sorted words, each
/// search starting where the last ended, and a term found adds its bits
/// from `Scratch::slot_bits`.
/// Bit `k` stands for word slot `k`; the bits after the word slots stand
/// for the words pairs are made of. A question with more than 64 of them
/// (a very long one) goes without, and so does one where two words may
/// mean the same term: the fit counts that term for both, which the bound
/// does not allow for. Their candidates' fit is worked out unbounded,
/// which ranks them the same, only slower.
pub(super) struct SlotBits {
    /// The bits of the word slots.
    words: u64,
    /// Per pair slot: the bits of its two words.
    pairs: SmallVec<[Option<(u64, u64)>; 8]>,
    /// Sorted: the terms the question's slots may mean.
    terms: SmallVec<[TermId; 16]>,
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
        self.search_read_skipping(tokens, limit, &[])
    }

    /// [`Index::search_read`], where no phrasing of document `d` whose bit
    /// is set in `skip[d]` counts for its fit (its words still count for
    /// its coverage); bits past the 64th phrasing are never set.
    pub fn search_read_skipping(&self, tokens: &[String], limit: usize, skip: &[u64]) -> Ranking {
        let query = self.read(tokens);
        let hits = SCRATCH.with(|cell| self.rank(&query, limit, &mut cell.borrow_mut(), skip));
        Ranking { hits, words: tokens.len() }
    }

    /// The best `limit` hits for a read question, best first.
    fn rank(&self, query: &Query, limit: usize, scratch: &mut Scratch, skip: &[u64]) -> Vec<Hit> {
        let mut candidates = self.coverage(query, scratch);
        let order = |a: &(usize, f32), b: &(usize, f32)| {
            b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
        };
        if candidates.len() > RERANK {
            candidates.select_nth_unstable_by(RERANK, order);
            candidates.truncate(RERANK);
        }
        // Only the best few need their order: the top hits fill from them,
        // and the rest, each checked against the top hits, cannot enter
        // unless a perfect fit would take them there, whatever their order.
        let sorted = SORTED.min(candidates.len());
        if sorted < candidates.len() {
            candidates.select_nth_unstable_by(sorted, order);
        }
        candidates[..sorted].sort_unstable_by(order);
        scratch.per_term(self.weight.len());
        let bits = self.slot_bits(query, scratch);
        let spoken = bits.as_ref().is_some_and(|bits| self.spoken_slots(bits, scratch));
        let share = self.tuning.fit_share;
        let mut hits: Vec<Hit> = Vec::with_capacity(limit + 1);
        // Its vectors' room is kept from one question to the next; what
        // it holds is the last question's.
        let mut buffer = std::mem::take(&mut scratch.fit);
        buffer.plain = None;
        let query2: f32 = query.words.iter().chain(&query.pairs).map(|s| s.weight.powi(2)).sum();
        for (i, (doc, coverage)) in candidates.into_iter().enumerate() {
            // The sorted candidates come best coverage first: once even a
            // perfect fit cannot reach the last of the top hits, none of
            // them can; and a candidate whose phrasings hold too little of
            // the question is passed over without working its fit out.
            let enough = |fit: f32| {
                hits.len() < limit
                    || share * fit + (1.0 - share) * coverage >= hits[limit - 1].score
            };
            if limit == 0 {
                break;
            }
            if !enough(1.0) {
                match i < sorted {
                    true => break,
                    false => continue,
                }
            }
            // While the top hits fill, every candidate enters: no bound.
            if hits.len() >= limit
                && let Some(bits) = &bits
                && !enough({
                    let spoken = spoken.then(|| scratch.spoken[doc]);
                    self.fit_bound(doc, query, query2, bits, &scratch.slot_bits, spoken) + SLACK
                })
            {
                continue;
            }
            let skipped = skip.get(doc).copied().unwrap_or(0);
            let (fit, phrasing) =
                self.fit(doc, query, &mut buffer, scratch, bits.is_some(), skipped);
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
        scratch.fit = buffer;
        hits
    }

    /// Sets `scratch.slot_bits` for the question's slots; `None` when they
    /// take more than 64 bits, or when two words may mean the same term.
    pub(super) fn slot_bits(&self, query: &Query, scratch: &mut Scratch) -> Option<SlotBits> {
        let mut parts: SmallVec<[TermId; 16]> =
            query.pairs.iter().filter_map(|s| s.parts).flat_map(|(a, b)| [a, b]).collect();
        parts.sort_unstable();
        parts.dedup();
        if query.words.len() + parts.len() > 64 {
            return None;
        }
        let mut set = |t: TermId, bit: u64| {
            let bits = &mut scratch.slot_bits[t as usize];
            let first = *bits == 0;
            if first {
                scratch.bits_set.push(t);
            }
            *bits |= bit;
            first
        };
        for (k, slot) in query.words.iter().enumerate() {
            for &(t, _) in &slot.alternatives {
                // A term two words may mean ("repo" and "repository") counts
                // for both in the fit, past what the bound allows for.
                if !set(t, 1 << k) {
                    return None;
                }
            }
        }
        let part_bit =
            |t: TermId| parts.binary_search(&t).map_or(0, |i| 1 << (query.words.len() + i));
        for &t in &parts {
            set(t, part_bit(t));
        }
        let words = if query.words.len() == 64 { u64::MAX } else { (1 << query.words.len()) - 1 };
        let pairs =
            query.pairs.iter().map(|s| s.parts.map(|(a, b)| (part_bit(a), part_bit(b)))).collect();
        let mut terms = SmallVec::from_slice(&scratch.bits_set);
        terms.sort_unstable();
        Some(SlotBits { words, pairs, terms })
    }

    /// The documents whose phrasings use word `t`, ascending.
    fn spoken_in(&self, t: TermId) -> &[u32] {
        let t = t as usize;
        &self.spoken_docs[self.spoken_at[t] as usize..self.spoken_at[t + 1] as usize]
    }

    /// Sets `scratch.spoken` for every document whose phrasings use a word
    /// of the question, walking each word's documents once; false, with
    /// nothing set, when that walk would read more than [`SPOKEN_BUDGET`].
    pub(super) fn spoken_slots(&self, bits: &SlotBits, scratch: &mut Scratch) -> bool {
        for d in scratch.spoken_set.drain(..) {
            scratch.spoken[d as usize] = 0;
        }
        let reads: usize = bits.terms.iter().map(|&t| self.spoken_in(t).len()).sum();
        if reads > SPOKEN_BUDGET {
            return false;
        }
        if scratch.spoken.len() < self.docs.len() {
            scratch.spoken.resize(self.docs.len(), 0);
        }
        for &t in &bits.terms {
            let slots = scratch.slot_bits[t as usize];
            for &d in self.spoken_in(t) {
                let mask = &mut scratch.spoken[d as usize];
                if *mask == 0 {
                    scratch.spoken_set.push(d);
                }
                *mask |= slots;
            }
        }
        true
    }

    /// The candidates and their coverage: summed along the postings of the
    /// rarer words, then completed with the common words by lookup.
    pub(super) fn coverage(&self, query: &Query, scratch: &mut Scratch) -> Vec<(usize, f32)> {
        let df = |s: &Slot| {
            s.alternatives.iter().map(|&(t, _)| self.postings[t as usize].len()).sum::<usize>()
        };
        let mut known: SmallVec<[(usize, &Slot); 16]> =
            query.words.iter().filter(|s| !s.alternatives.is_empty()).map(|s| (df(s), s)).collect();
        known.sort_by_key(|&(df, _)| df);
        // The rarest word always counts; sorted, the rarer words within the
        // budget come first and the commoner ones after.
        let (mut rare, mut spent) = (0, 0);
        for &(df, _) in &known {
            if rare > 0 && spent + df > POSTINGS_BUDGET {
                break;
            }
            spent += df;
            rare += 1;
        }
        let (rare, common) = known.split_at(rare);
        let mut candidates: Vec<(usize, f32)> = {
            if scratch.covered.len() < self.docs.len() {
                scratch.covered.resize(self.docs.len(), 0.0);
                scratch.slot_best.resize(self.docs.len(), -1.0);
            }
            scratch.touched.clear();
            for &(_, slot) in rare {
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
        };
        if candidates.len() > COMPLETE {
            let order = |a: &(usize, f32), b: &(usize, f32)| {
                b.1.total_cmp(&a.1).then(self.id_rank[a.0].cmp(&self.id_rank[b.0]))
            };
            candidates.select_nth_unstable_by(COMPLETE, order);
            candidates.truncate(COMPLETE);
        }
        for (doc, covered) in &mut candidates {
            let d = &self.docs[*doc];
            for &(_, slot) in common {
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
    /// `slot_bits` are the question's, per term ([`Index::slot_bits`]).
    pub(super) fn fit_bound(
        &self,
        doc: usize,
        query: &Query,
        query2: f32,
        bits: &SlotBits,
        slot_bits: &[u64],
        spoken: Option<u64>,
    ) -> f32 {
        let d = &self.docs[doc];
        // Both sides sorted: each search starts where the last ended.
        let covers = |terms: &[TermId], filter: Option<&super::TermFilter<4>>| {
            let (mut m, mut from) = (0, 0);
            for &t in &bits.terms {
                if filter.is_some_and(|f| !f.may_hold(t)) {
                    continue;
                }
                match terms[from..].binary_search(&t) {
                    Ok(i) => {
                        m |= slot_bits[t as usize];
                        from += i + 1;
                    }
                    Err(i) => from += i,
                }
            }
            m
        };
        if !d.naming.is_empty() && covers(&d.naming, None) & bits.words != 0 {
            return 1.0;
        }
        let spoken = spoken.unwrap_or_else(|| covers(&d.spoken, Some(&d.spoken_filter)));
        let mut spoken2 = 0.0;
        for (k, s) in query.words.iter().enumerate() {
            if spoken & (1 << k) != 0 {
                spoken2 += s.weight.powi(2);
            }
        }
        for (s, parts) in query.pairs.iter().zip(&bits.pairs) {
            if let Some((a, b)) = *parts
                && spoken & a != 0
                && spoken & b != 0
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
    pub(super) fn fit(
        &self,
        doc: usize,
        query: &Query,
        buffer: &mut FitBuffer,
        scratch: &mut Scratch,
        marked: bool,
        skipped: u64,
    ) -> (f32, usize) {
        let d = &self.docs[doc];
        let also = d.naming_in(&query.adjacent);
        // An entry attributed to no one is named by no word. The words
        // `also` holds are the question's; with its slots' terms marked in
        // `slot_bits`, a naming word is the question's when marked there.
        let named = !d.naming.is_empty()
            && match marked {
                true => {
                    !also.is_empty() || d.naming.iter().any(|&t| scratch.slot_bits[t as usize] != 0)
                }
                false => query.words.iter().chain(&query.pairs).any(|s| s.names(d, &also)),
            };
        // The terms the topical slots may match, sorted, each with its slot
        // and what a match contributes; where each term starts among them
        // is kept per term, so a phrasing's terms find their matches by
        // lookup. Made once for the candidates whose person the question
        // does not name (most), and for each that it names.
        let FitBuffer { terms, by_slot, uses, best, touched, plain } = buffer;
        let query2 = match *plain {
            Some(query2) if !named => query2,
            _ => {
                terms.clear();
                let mut query2 = 0.0f32;
                for (k, s) in query.words.iter().chain(&query.pairs).enumerate() {
                    if named && s.names(d, &also) {
                        continue;
                    }
                    query2 += s.weight.powi(2);
                    for &(t, q) in &s.alternatives {
                        terms.push((t, k as u32, q * s.weight * self.weight[t as usize]));
                    }
                }
                terms.sort_unstable_by_key(|&(t, _, _)| t);
                scratch.locate(terms);
                by_slot.clear();
                by_slot.extend(0..terms.len() as u32);
                by_slot.sort_unstable_by(|&a, &b| {
                    let (a, b) = (terms[a as usize], terms[b as usize]);
                    a.1.cmp(&b.1).then(b.2.total_cmp(&a.2))
                });
                *plain = (!named).then_some(query2);
                query2
            }
        };
        // The best squared fit, and its phrasing: the square root waits for
        // the one that wins.
        let mut top = (0.0f32, 0usize);
        if !named && !d.uses.is_empty() {
            if query2 > f32::EPSILON {
                top = Self::fit_by_terms(d, query2, terms, by_slot, uses, skipped);
            }
            return Self::shown_fit(d, top);
        }
        best.clear();
        best.resize(query.words.len() + query.pairs.len(), 0.0);
        for (i, p) in d.phrasings.iter().enumerate() {
            if i < 64 && skipped >> i & 1 == 1 {
                continue;
            }
            let phrasing2 = if named { p.topical2 } else { p.norm2 };
            let fit2 = if query2 <= f32::EPSILON || phrasing2 <= f32::EPSILON {
                // Only a person named: fits a phrasing that only names them.
                if query2 <= f32::EPSILON && phrasing2 <= f32::EPSILON && named { 1.0 } else { 0.0 }
            } else {
                touched.clear();
                for &t in &p.terms {
                    let at = scratch.fit_at[t as usize];
                    if at == NONE {
                        continue;
                    }
                    for &(_, k, c) in terms[at as usize..].iter().take_while(|m| m.0 == t) {
                        // A slot counts once, by its best alternative.
                        let slot = &mut best[k as usize];
                        if *slot == 0.0 {
                            touched.push(k);
                        }
                        *slot = slot.max(c);
                    }
                }
                if touched.is_empty() {
                    continue;
                }
                let dot: f32 = touched.iter().map(|&k| std::mem::take(&mut best[k as usize])).sum();
                dot * dot / (query2 * phrasing2)
            };
            if fit2 > top.0 {
                top = (fit2, i);
            }
        }
        Self::shown_fit(d, top)
    }

    /// [`Index::fit`] for a question that does not name the entry's person,
    /// reading each of the entry's terms once for all its phrasings
    /// (`Doc::uses`) rather than each phrasing's terms: the best squared
    /// fit and its phrasing.
    fn fit_by_terms(
        d: &super::Doc,
        query2: f32,
        terms: &[(TermId, u32, f32)],
        by_slot: &[u32],
        uses: &mut Vec<u64>,
        skipped: u64,
    ) -> (f32, usize) {
        // Which phrasings use each of the question's terms, found by
        // binary search: an entry holds many more terms than a question.
        uses.clear();
        uses.resize(terms.len(), 0);
        // The terms come sorted: each search starts where the last ended.
        let (mut j, mut from) = (0, 0);
        while j < terms.len() {
            let t = terms[j].0;
            let phrasings = match d.uses_filter.may_hold(t) {
                false => Err(0),
                true => d.uses[from..].binary_search_by_key(&t, |u| u.0),
            };
            let phrasings = match phrasings {
                Ok(i) => {
                    from += i + 1;
                    d.uses[from - 1].1
                }
                Err(i) => {
                    from += i;
                    0
                }
            };
            while j < terms.len() && terms[j].0 == t {
                uses[j] = phrasings;
                j += 1;
            }
        }
        // A slot counts once a phrasing, by its best alternative: its
        // alternatives come best first, and each adds to the phrasings
        // that no better one of the slot has reached.
        let mut dots = [0.0f32; 64];
        let (mut slot, mut reached, mut any) = (u32::MAX, 0u64, 0u64);
        for &j in by_slot {
            let (_, k, c) = terms[j as usize];
            if k != slot {
                (slot, reached) = (k, 0);
            }
            let mut new = uses[j as usize] & !reached;
            reached |= new;
            any |= new;
            while new != 0 {
                dots[new.trailing_zeros() as usize] += c;
                new &= new - 1;
            }
        }
        let mut top = (0.0f32, 0usize);
        any &= !skipped;
        while any != 0 {
            let i = any.trailing_zeros() as usize;
            any &= any - 1;
            let phrasing2 = d.phrasings[i].norm2;
            if phrasing2 <= f32::EPSILON {
                continue;
            }
            let fit2 = dots[i] * dots[i] / (query2 * phrasing2);
            if fit2 > top.0 {
                top = (fit2, i);
            }
        }
        top
    }

    /// The fit from the best squared fit and its phrasing, a label's shown
    /// as the canonical question.
    fn shown_fit(d: &super::Doc, (fit2, phrasing): (f32, usize)) -> (f32, usize) {
        let phrasing = if phrasing >= d.shown { 0 } else { phrasing };
        (fit2.sqrt().min(1.0), phrasing)
    }
}

/// Buffers the fit reuses from one candidate to the next, of one question.
#[derive(Default)]
pub(super) struct FitBuffer {
    /// (term, slot, contribution), sorted by term.
    terms: Vec<(TermId, u32, f32)>,
    /// Indices into `terms`, by slot, each slot's best contribution first.
    by_slot: Vec<u32>,
    /// Per entry of `terms`: the phrasings of the current candidate using
    /// its term, as bits.
    uses: Vec<u64>,
    /// When `terms` (and `Scratch::fit_at`) hold every slot's, as for a
    /// candidate whose person the question does not name: the question's
    /// squared norm.
    plain: Option<f32>,
    /// Per slot: its best contribution to the current phrasing.
    best: Vec<f32>,
    /// The slots with a contribution to the current phrasing.
    touched: Vec<u32>,
}
