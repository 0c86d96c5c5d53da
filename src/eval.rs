//! Evaluation of the matcher on a question set: the share of in-domain
//! questions whose right entry comes first, the share of out-of-scope ones
//! declined, and the same for a plain fuzzy-matcher baseline.
//!
//! The set is a text file, one question a line:
//! `<expected entry id><TAB><question>`, with `-` as the id of a question
//! the engine must decline, `a|b` where two entries answer equally well,
//! and `#` starting a comment. A line may name the question's style
//! between the two, `<id><TAB><style><TAB><question>` (`typo`, `chatty`,
//! `near-miss`, …), for figures per style.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::engine::Engine;
use crate::text::fold;

/// One question of an evaluation set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub line: usize,
    /// Acceptable entry ids; empty for out-of-scope questions.
    pub expected: Vec<String>,
    /// How the question is asked, when the set says.
    pub style: Option<String>,
    pub question: String,
}

impl Case {
    pub fn in_domain(&self) -> bool {
        !self.expected.is_empty()
    }
}

/// A line that is not `id<TAB>question`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: expected `<entry id or ->\\t[<style>\\t]<question>`, found {found:?}")]
pub struct ParseError {
    pub line: usize,
    pub found: String,
}

/// Parses an evaluation set.
pub fn parse(text: &str) -> Result<Vec<Case>, ParseError> {
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let error = || ParseError { line: i + 1, found: line.to_owned() };
        let (ids, rest) = line.split_once('\t').ok_or_else(error)?;
        let (style, question) = match rest.split_once('\t') {
            Some((style, question)) => (Some(style.trim()), question),
            None => (None, rest),
        };
        let (ids, question) = (ids.trim(), question.trim());
        if ids.is_empty() || question.is_empty() || style.is_some_and(str::is_empty) {
            return Err(error());
        }
        let expected =
            if ids == "-" { Vec::new() } else { ids.split('|').map(str::to_owned).collect() };
        let style = style.map(str::to_owned);
        cases.push(Case { line: i + 1, expected, style, question: question.to_owned() });
    }
    Ok(cases)
}

/// What a matcher did with one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub case: Case,
    /// The entry answered with, if any.
    pub answered: Option<String>,
    pub confidence: f32,
    /// Whether the sentence model was consulted.
    pub by_meaning: bool,
}

impl Outcome {
    pub fn correct(&self) -> bool {
        match &self.answered {
            None => !self.case.in_domain(),
            Some(id) => self.case.expected.contains(id),
        }
    }
}

/// Headline figures of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    pub in_domain: usize,
    /// In-domain questions answered with a right entry.
    pub right_first: usize,
    /// In-domain questions answered with a wrong entry.
    pub wrong: usize,
    pub out_of_scope: usize,
    pub declined_out_of_scope: usize,
    /// The decline threshold used (for the baseline: the best one found).
    pub threshold: f32,
}

impl Metrics {
    pub fn from_outcomes(outcomes: &[Outcome], threshold: f32) -> Self {
        let in_domain = outcomes.iter().filter(|o| o.case.in_domain());
        let out_of_scope = outcomes.iter().filter(|o| !o.case.in_domain());
        Metrics {
            in_domain: in_domain.clone().count(),
            right_first: in_domain.clone().filter(|o| o.correct()).count(),
            wrong: in_domain.filter(|o| o.answered.is_some() && !o.correct()).count(),
            out_of_scope: out_of_scope.clone().count(),
            declined_out_of_scope: out_of_scope.filter(|o| o.answered.is_none()).count(),
            threshold,
        }
    }

    /// Share of in-domain questions whose right entry came first.
    pub fn accuracy(&self) -> f64 {
        ratio(self.right_first, self.in_domain)
    }

    /// Share of out-of-scope questions declined.
    pub fn decline_rate(&self) -> f64 {
        ratio(self.declined_out_of_scope, self.out_of_scope)
    }
}

/// One style's figures: its answerable questions (right first, wrong
/// entry, of how many) and its must-decline ones (declined, of how many),
/// apart, since a style such as `practical` or `long` holds both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StyleFigures {
    pub style: String,
    pub right: usize,
    pub wrong: usize,
    pub answerable: usize,
    pub declined: usize,
    pub must_decline: usize,
}

impl StyleFigures {
    /// Right answers and right declines together, of all the style's
    /// questions.
    pub fn right_or_declined(&self) -> (usize, usize) {
        (self.right + self.declined, self.answerable + self.must_decline)
    }
}

/// Figures per style, in the order styles first appear.
pub fn by_style(outcomes: &[Outcome]) -> Vec<StyleFigures> {
    let mut out: Vec<StyleFigures> = Vec::new();
    for o in outcomes {
        let Some(style) = &o.case.style else { continue };
        let at = match out.iter().position(|f| &f.style == style) {
            Some(at) => at,
            None => {
                out.push(StyleFigures { style: style.clone(), ..StyleFigures::default() });
                out.len() - 1
            }
        };
        let f = &mut out[at];
        match o.case.in_domain() {
            true => {
                f.answerable += 1;
                f.right += usize::from(o.correct());
                f.wrong += usize::from(o.answered.is_some() && !o.correct());
            }
            false => {
                f.must_decline += 1;
                f.declined += usize::from(o.correct());
            }
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Runs the engine over `cases`.
pub fn run(engine: &Engine, cases: &[Case]) -> Vec<Outcome> {
    cases
        .iter()
        .map(|case| {
            let answer = engine.ask(&case.question);
            Outcome {
                case: case.clone(),
                answered: answer.entry().map(|e| e.id.clone()),
                confidence: answer.confidence,
                by_meaning: answer.by_meaning,
            }
        })
        .collect()
}

/// The baseline: the entry of the phrasing with the best SkimMatcherV2
/// score, answered when the score reaches a threshold. Every threshold the
/// scores allow is tried and the best one kept (by the mean of accuracy and
/// decline rate), which flatters the baseline.
pub fn run_baseline(engine: &Engine, cases: &[Case]) -> (Vec<Outcome>, Metrics) {
    let matcher = SkimMatcherV2::default().ignore_case();
    let phrasings: Vec<(String, &str)> = (engine.knowledge().entries.iter())
        .flat_map(|e| e.questions.iter().map(move |q| (fold(q), e.id.as_str())))
        .collect();
    let best: Vec<(Option<&str>, i64)> = cases
        .iter()
        .map(|case| {
            let pattern = fold(&case.question);
            let mut best: Option<(i64, &str)> = None;
            for &(ref text, id) in &phrasings {
                if let Some(score) = matcher.fuzzy_match(text, &pattern)
                    && best.is_none_or(|(s, b)| score > s || (score == s && id < b))
                {
                    best = Some((score, id));
                }
            }
            (best.map(|(_, id)| id), best.map_or(i64::MIN, |(s, _)| s))
        })
        .collect();

    let outcomes_at = |threshold: i64| -> Vec<Outcome> {
        cases
            .iter()
            .zip(&best)
            .map(|(case, &(id, score))| Outcome {
                case: case.clone(),
                answered: id.filter(|_| score >= threshold).map(str::to_owned),
                confidence: score as f32,
                by_meaning: false,
            })
            .collect()
    };
    let mut thresholds: Vec<i64> = best.iter().map(|&(_, s)| s).filter(|&s| s > i64::MIN).collect();
    thresholds.push(i64::MAX);
    thresholds.sort_unstable();
    thresholds.dedup();
    let mut chosen = (f64::MIN, Vec::new(), i64::MAX);
    for t in thresholds {
        let outcomes = outcomes_at(t);
        let m = Metrics::from_outcomes(&outcomes, t as f32);
        let balanced = (m.accuracy() + m.decline_rate()) / 2.0;
        if balanced > chosen.0 {
            chosen = (balanced, outcomes, t);
        }
    }
    let metrics = Metrics::from_outcomes(&chosen.1, chosen.2 as f32);
    (chosen.1, metrics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_alternatives_out_of_scope_and_comments() {
        let cases = parse("# c\n\na\tq one\nb|c\tq two\n-\tq three\n").unwrap();
        assert_eq!(cases.len(), 3);
        assert_eq!(cases[1].expected, ["b", "c"]);
        assert!(!cases[2].in_domain());
        assert_eq!(cases[2].line, 5);
    }

    #[test]
    fn a_style_may_stand_between_id_and_question() {
        let cases =
            parse("a\ttypo\twaht is a cio\n-\tnear-miss\twho is the CEO?\nb\tplain\n").unwrap();
        assert_eq!(cases[0].style.as_deref(), Some("typo"));
        assert_eq!(cases[0].question, "waht is a cio");
        assert!(!cases[1].in_domain());
        assert_eq!(cases[2].style, None);
        assert!(parse("a\t\tq").is_err(), "an empty style");
        let outcome = |c: &Case, a: Option<&str>| Outcome {
            by_meaning: false,
            case: c.clone(),
            answered: a.map(str::to_owned),
            confidence: 0.5,
        };
        let outcomes = [
            outcome(&cases[0], Some("a")),
            outcome(&cases[1], Some("x")),
            outcome(&cases[0], None),
        ];
        let styles = by_style(&outcomes);
        let figures = |f: &StyleFigures| {
            (f.style.clone(), f.right, f.wrong, f.answerable, f.declined, f.must_decline)
        };
        assert_eq!(figures(&styles[0]), ("typo".to_owned(), 1, 0, 2, 0, 0));
        assert_eq!(figures(&styles[1]), ("near-miss".to_owned(), 0, 0, 0, 0, 1));
        assert_eq!(styles[1].right_or_declined(), (0, 1));
        assert_eq!(styles.len(), 2);
    }

    #[test]
    fn rejects_lines_without_a_tab() {
        assert_eq!(parse("a question").unwrap_err().line, 1);
        assert!(parse("-\t ").is_err());
    }

    #[test]
    fn metrics_count_right_wrong_and_declined() {
        let case = |expected: &[&str]| Case {
            line: 1,
            expected: expected.iter().map(|s| s.to_string()).collect(),
            style: None,
            question: "q".into(),
        };
        let outcome = |c: Case, a: Option<&str>| Outcome {
            by_meaning: false,
            case: c,
            answered: a.map(str::to_owned),
            confidence: 0.5,
        };
        let outcomes = [
            outcome(case(&["a"]), Some("a")),
            outcome(case(&["a", "b"]), Some("b")),
            outcome(case(&["a"]), Some("c")),
            outcome(case(&["a"]), None),
            outcome(case(&[]), None),
            outcome(case(&[]), Some("a")),
        ];
        let m = Metrics::from_outcomes(&outcomes, 0.4);
        assert_eq!((m.in_domain, m.right_first, m.wrong), (4, 2, 1));
        assert_eq!((m.out_of_scope, m.declined_out_of_scope), (2, 1));
        assert_eq!(m.accuracy(), 0.5);
        assert_eq!(m.decline_rate(), 0.5);
    }
}
