//! The matcher's quality on the held-out question set, against a plain
//! fuzzy-matcher baseline measured in the same run.

use std::sync::{Arc, OnceLock};

use cio_cto_bot::engine::{Engine, Outcome};
use cio_cto_bot::eval::{self, Metrics};
use cio_cto_bot::knowledge::{Kind, Knowledge};
use cio_cto_bot::semantic::Model;
use cio_cto_bot::text::fold;

/// Written without sight of the knowledge files' phrasings (see README).
const HELD_OUT: &str = include_str!("../eval/questions.tsv");
/// A second such set, written after the matcher was tuned.
const FRESH: &str = include_str!("../eval/fresh.tsv");

/// The engine as the bot runs it: with the sentence model, shared by the
/// tests of this binary (embedding the knowledge takes a second).
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let engine = lexical();
        let model = Model::bundled().expect("the bundled model loads");
        engine.attach_model(Arc::new(model)).expect("the knowledge embeds");
        engine
    })
}

/// The lexical path alone (`--no-model`).
fn lexical() -> Engine {
    Engine::new(Knowledge::bundled().expect("bundled knowledge is valid"))
}

#[test]
fn held_out_set_is_large_varied_and_names_real_entries() {
    let engine = engine();
    let cases = eval::parse(HELD_OUT).expect("the set parses");
    let fresh = eval::parse(FRESH).expect("the fresh set parses");
    assert!(
        fresh.iter().flat_map(|c| &c.expected).all(|id| engine.knowledge().entry(id).is_some())
    );
    let in_domain = cases.iter().filter(|c| c.in_domain()).count();
    assert!(in_domain >= 150, "{in_domain} in-domain questions");
    assert!(cases.len() - in_domain >= 40, "{} out-of-scope questions", cases.len() - in_domain);
    for case in &cases {
        for id in &case.expected {
            assert!(
                engine.knowledge().entry(id).is_some(),
                "line {}: unknown entry {id}",
                case.line
            );
        }
    }
    for entry in &engine.knowledge().entries {
        let asked = cases.iter().filter(|c| c.expected.contains(&entry.id)).count();
        assert!(asked >= 3, "{} is asked {asked} times; every entry needs at least 3", entry.id);
    }
}

/// Against the phrasings curated in the knowledge files; the generated
/// "Tell me about <name>" of a person profile is what anyone would type.
#[test]
fn held_out_questions_are_not_copied_from_the_knowledge() {
    let engine = engine();
    let curated = engine.knowledge().entries.iter().filter(|e| e.kind != Kind::Profile);
    let phrasings: Vec<String> = curated.flat_map(|e| &e.questions).map(|q| fold(q)).collect();
    for case in eval::parse(HELD_OUT).unwrap().into_iter().chain(eval::parse(FRESH).unwrap()) {
        let question = fold(&case.question);
        assert!(!phrasings.contains(&question), "line {} copies a phrasing", case.line);
    }
}

/// Floors under the project's own sets, which shaped the knowledge and the
/// synonyms and so overstate quality (the blind sets of `tests/eval/blind/`
/// tell the truth). They were 90% until the synonyms that merged different
/// senses were removed (see tests/eval/README.md); they guard against
/// regressions, not a target.
const RIGHT_FIRST_FLOOR: f64 = 0.85;
const DECLINED_FLOOR: f64 = 0.95;

fn assert_quality(name: &str, set: &str) {
    let engine = engine();
    let cases = eval::parse(set).unwrap();
    let outcomes = eval::run(engine, &cases);
    let ours = Metrics::from_outcomes(&outcomes, engine.index().tuning().threshold);
    let (_, baseline) = eval::run_baseline(engine, &cases);
    eprintln!(
        "{name}: cio-cto-bot {:.1}% right first, {:.1}% out-of-scope declined",
        ours.accuracy() * 100.0,
        ours.decline_rate() * 100.0
    );
    eprintln!(
        "{name}: baseline (SkimMatcherV2, best threshold {}) {:.1}% right first, {:.1}% declined",
        baseline.threshold,
        baseline.accuracy() * 100.0,
        baseline.decline_rate() * 100.0
    );
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.correct())
        .map(|o| format!("line {}: got {:?} for {:?}", o.case.line, o.answered, o.case.question))
        .collect();
    let failures = failures.join("\n");
    let (accuracy, declined) = (ours.accuracy(), ours.decline_rate());
    assert!(accuracy >= RIGHT_FIRST_FLOOR, "{name}: accuracy {accuracy:.3}\n{failures}");
    assert!(declined >= DECLINED_FLOOR, "{name}: declined {declined:.3}\n{failures}");
    assert!(ours.accuracy() > baseline.accuracy(), "{name}: the matcher must beat the baseline");
}

#[test]
fn matcher_keeps_its_quality_on_the_held_out_set() {
    assert_quality("held-out set", HELD_OUT);
}

#[test]
fn matcher_keeps_its_quality_on_the_fresh_set() {
    assert_quality("fresh set", FRESH);
}

/// Blind set A (`tests/eval/blind/first-look.tsv`), written from the article
/// alone and labelled by another helper; its first-look figures are in
/// tests/eval/README.md.
const FIRST_LOOK: &str = include_str!("../eval/blind/first-look.tsv");
/// Blind set B, the frozen final check: only parsed here, never scored
/// while the matcher is being tuned.
const FINAL: &str = include_str!("../eval/blind/final.tsv");

#[test]
fn blind_sets_parse_name_real_entries_and_hold_enough_near_misses() {
    let engine = engine();
    for (name, set) in [("first-look", FIRST_LOOK), ("final", FINAL)] {
        let cases = eval::parse(set).expect("the set parses");
        let style = |s: &str| cases.iter().filter(|c| c.style.as_deref() == Some(s)).count();
        assert!(style("near-miss") >= 60, "{name}: {} near-miss questions", style("near-miss"));
        assert!(style("chatty") >= 40, "{name}: {} chatty questions", style("chatty"));
        let unknown = cases
            .iter()
            .flat_map(|c| &c.expected)
            .filter(|id| engine.knowledge().entry(id).is_none());
        assert_eq!(unknown.count(), 0, "{name} names entries the knowledge lacks");
    }
}

/// Sets C to AY (issue 18's), written from the article alone: each parses,
/// names only entries the knowledge has, and holds the styles it was written
/// for. The newest (set AY) is blind: only parsed here, never scored while tuning.
#[test]
fn issue_18s_blind_sets_parse_and_name_real_entries() {
    let engine = engine();
    for (name, set) in [
        ("set C", include_str!("../eval/blind/set-c.tsv")),
        ("set D", include_str!("../eval/blind/set-d/set-d.tsv")),
        ("set E", include_str!("../eval/blind/set-e/set-e.tsv")),
        ("set F", include_str!("../eval/blind/set-f/set-f.tsv")),
        ("set G", include_str!("../eval/blind/set-g/set-g.tsv")),
        ("set H", include_str!("../eval/blind/set-h/set-h.tsv")),
        ("set I", include_str!("../eval/blind/set-i/set-i.tsv")),
        ("set J", include_str!("../eval/blind/set-j/set-j.tsv")),
        ("set K", include_str!("../eval/blind/set-k/set-k.tsv")),
        ("set L", include_str!("../eval/blind/set-l/set-l.tsv")),
        ("set M", include_str!("../eval/blind/set-m/set-m.tsv")),
        ("set N", include_str!("../eval/blind/set-n/set-n.tsv")),
        ("set O", include_str!("../eval/blind/set-o/set-o.tsv")),
        ("set P", include_str!("../eval/blind/set-p/set-p.tsv")),
        ("set Q", include_str!("../eval/blind/set-q/set-q.tsv")),
        ("set S", include_str!("../eval/blind/set-s/set-s.tsv")),
        ("set T", include_str!("../eval/blind/set-t/set-t.tsv")),
        ("set U", include_str!("../eval/blind/set-u/set-u.tsv")),
        ("set V", include_str!("../eval/blind/set-v/set-v.tsv")),
        ("set W", include_str!("../eval/blind/set-w/set-w.tsv")),
        ("set X", include_str!("../eval/blind/set-x/set-x.tsv")),
        ("set Y", include_str!("../eval/blind/set-y/set-y.tsv")),
        ("set Z", include_str!("../eval/blind/set-z/set-z.tsv")),
        ("set AA", include_str!("../eval/blind/set-aa/set-aa.tsv")),
        ("set AB", include_str!("../eval/blind/set-ab/set-ab.tsv")),
        ("set AC", include_str!("../eval/blind/set-ac/set-ac.tsv")),
        ("set AD", include_str!("../eval/blind/set-ad/set-ad.tsv")),
        ("set AE", include_str!("../eval/blind/set-ae/set-ae.tsv")),
        ("set AF", include_str!("../eval/blind/set-af/set-af.tsv")),
        ("set AG", include_str!("../eval/blind/set-ag/set-ag.tsv")),
        ("set AH", include_str!("../eval/blind/set-ah/set-ah.tsv")),
        ("set AI", include_str!("../eval/blind/set-ai/set-ai.tsv")),
        ("set AJ", include_str!("../eval/blind/set-aj/set-aj.tsv")),
        ("set AK", include_str!("../eval/blind/set-ak/set-ak.tsv")),
        ("set AL", include_str!("../eval/blind/set-al/set-al.tsv")),
        ("set AM", include_str!("../eval/blind/set-am/set-am.tsv")),
        ("set AN", include_str!("../eval/blind/set-an/set-an.tsv")),
        ("set AO", include_str!("../eval/blind/set-ao/set-ao.tsv")),
        ("set AP", include_str!("../eval/blind/set-ap/set-ap.tsv")),
        ("set AQ", include_str!("../eval/blind/set-aq/set-aq.tsv")),
        ("set AR", include_str!("../eval/blind/set-ar/set-ar.tsv")),
        ("set AS", include_str!("../eval/blind/set-as/set-as.tsv")),
        ("set AT", include_str!("../eval/blind/set-at/set-at.tsv")),
        ("set AU", include_str!("../eval/blind/set-au/set-au.tsv")),
        ("set AV", include_str!("../eval/blind/set-av/set-av.tsv")),
        ("set AW", include_str!("../eval/blind/set-aw/set-aw.tsv")),
        ("set AX", include_str!("../eval/blind/set-ax/set-ax.tsv")),
        ("set AY", include_str!("../eval/blind/set-ay/set-ay.tsv")),
    ] {
        let cases = eval::parse(set).expect("the set parses");
        assert!(cases.len() >= 320, "{name}: {} questions", cases.len());
        let style = |s: &str| cases.iter().filter(|c| c.style.as_deref() == Some(s)).count();
        for (kind, least) in
            [("near-miss", 60), ("practical", 40), ("paraphrase", 30), ("long", 50)]
        {
            assert!(style(kind) >= least, "{name}: {} {kind} questions", style(kind));
        }
        let unknown: Vec<&String> = (cases.iter().flat_map(|c| &c.expected))
            .filter(|id| engine.knowledge().entry(id).is_none())
            .collect();
        assert!(unknown.is_empty(), "{name} names entries the knowledge lacks: {unknown:?}");
    }
}

/// Near-miss questions name what the article mentions but ask what it does
/// not say; a sourced answer to one is the worst reply the bot can give.
/// A floor under the figure measured after the 2026-11-29 session (82.2%;
/// 76.7% when the "what is asked" stage landed), to be raised toward the 90%
/// target; failures print counts only. Set B, the final check, is not
/// scored here: it was run once (tests/eval/README.md).
#[test]
fn near_misses_of_the_first_look_set_are_declined() {
    let engine = engine();
    let cases = eval::parse(FIRST_LOOK).unwrap();
    let outcomes = eval::run(engine, &cases);
    let styles = eval::by_style(&outcomes);
    let share = |style: &str| {
        let figures = styles.iter().find(|f| f.style == style).expect("style present");
        let (right, of) = figures.right_or_declined();
        right as f64 / of as f64
    };
    assert!(share("near-miss") >= 0.80, "near-miss declined {:.3}", share("near-miss"));
    assert!(share("out-of-scope") >= 0.95, "out-of-scope declined {:.3}", share("out-of-scope"));
}

/// The sentence model earns its cost: over the project's sets and blind
/// set A, it answers more in-domain questions right than the lexical path
/// alone and declines every out-of-scope question that path declines but
/// one at most; and where it still declines an in-domain question, it
/// offers the entry that answers among the nearest questions more often
/// than the lexical path would have.
#[test]
fn the_model_answers_more_declines_no_fewer_and_offers_better_questions() {
    let (with_model, without) = (engine(), lexical());
    let sets = [HELD_OUT, FRESH, include_str!("../eval/dev.tsv"), FIRST_LOOK];
    let cases: Vec<eval::Case> = sets.iter().flat_map(|s| eval::parse(s).unwrap()).collect();
    let score = |engine: &Engine| {
        let outcomes = eval::run(engine, &cases);
        let right = outcomes.iter().filter(|o| o.case.in_domain() && o.correct()).count();
        let declined = outcomes.iter().filter(|o| !o.case.in_domain() && o.correct()).count();
        (right, declined)
    };
    let (model, lexical) = (score(with_model), score(&without));
    eprintln!("right, out-of-scope declined: model {model:?}, lexical {lexical:?}");
    assert!(model.0 >= lexical.0 + 10, "answered right: {model:?} against {lexical:?}");
    assert!(model.1 + 1 >= lexical.1, "declined: {model:?} against {lexical:?}");

    let offers = |outcome: &Outcome, case: &eval::Case| match outcome {
        Outcome::Declined { nearest, .. } => {
            nearest.iter().any(|s| case.expected.contains(&s.entry.id))
        }
        Outcome::Answered { .. } => false,
    };
    let (mut declined, mut by_model, mut by_words) = (0, 0, 0);
    for case in cases.iter().filter(|c| c.in_domain()) {
        let answer = with_model.ask(&case.question);
        if answer.entry().is_none() {
            declined += 1;
            by_model += offers(&answer.outcome, case) as usize;
            by_words += offers(&with_model.ask_lexical(&case.question).outcome, case) as usize;
        }
    }
    eprintln!(
        "of {declined} declined: right entry offered {by_model} with the model, {by_words} without"
    );
    assert!(by_model > by_words, "{by_model} against {by_words} of {declined}");
}
