//! The bodies of the local commands (`ask`, `gaps`, `learn`, `import`,
//! `check`, `eval`), each writing to the buffered standard output it is
//! given, and the store the one-off commands keep questions in.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use super::{Setup, engine, load_knowledge};
use crate::config::{self, Env};
use crate::discord;
use crate::engine::{Engine, Verdict};
use crate::eval;
use crate::knowledge::{Kind, LoadError};
use crate::render;
use crate::store::Store;

/// The store one-off commands (`ask`, `console`) keep questions in: only
/// when `DATABASE_URL` is set, so that trying the bot never leaves a
/// database file behind. It connects in the background: an answer never
/// waits for it, and one that cannot be reached costs the record (with a
/// warning), never the answer.
pub(super) struct LocalStore {
    runtime: tokio::runtime::Runtime,
    store: Store,
    transport: &'static str,
}

impl LocalStore {
    pub(super) fn open(transport: &'static str, env: &Env) -> Option<LocalStore> {
        env.var("DATABASE_URL")?;
        let url = match config::store_url(env.vars()) {
            Ok(Some(url)) => url,
            Ok(None) => return None,
            Err(err) => {
                tracing::warn!("not keeping questions: {err}");
                return None;
            }
        };
        let runtime = tokio::runtime::Runtime::new().ok()?;
        let started = {
            let _entered = runtime.enter();
            Store::start(&url)
        };
        match started {
            Ok(store) => Some(LocalStore { runtime, store, transport }),
            Err(err) => {
                tracing::warn!("not keeping questions: {err}");
                None
            }
        }
    }

    pub(super) fn record(&self, asked: &crate::store::Asked, version: &str) {
        let _entered = self.runtime.enter();
        discord::record(Some(&self.store), asked, None, None, self.transport, version);
    }

    /// Writes what is queued (waiting for a first connection attempt in
    /// progress, at most a few seconds).
    pub(super) fn close(self) {
        self.runtime.block_on(self.store.close());
    }
}

/// The files `gaps` may write besides its report.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct GapsFiles<'a> {
    /// The draft knowledge file (`--propose`).
    pub propose: Option<&'a Path>,
    /// The chart of the last days (`--chart`).
    pub chart: Option<&'a Path>,
}

pub(super) fn gaps(
    out: &mut impl Write,
    setup: Setup,
    since: Option<u32>,
    json: bool,
    files: GapsFiles,
) -> anyhow::Result<ExitCode> {
    let Some(url) = config::store_url(setup.env.vars())? else {
        anyhow::bail!("STORE=off: there is no store to read questions from");
    };
    let now = crate::store::now();
    let from = since.map_or(0, |days| now - i64::from(days) * 86_400);
    let chart_from = (now / 86_400 - crate::chart::DAYS as i64 + 1) * 86_400;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let read = runtime.block_on(async {
        let store = Store::open_existing(&url).await?;
        let read = store.gaps_since(from, None).await;
        let daily = match files.chart {
            Some(_) => store.daily_since(chart_from, None).await.map(Some),
            None => Ok(None),
        };
        store.close().await;
        Ok::<_, crate::store::StoreError>((read?, daily?))
    });
    let (input, daily) = read.context("reading the questions")?;
    if let (Some(path), Some(daily)) = (files.chart, daily) {
        let days = crate::chart::last_days(now / 86_400, &daily);
        if days.iter().all(|d| d.questions == 0) {
            tracing::warn!("no questions in the last {} days: no chart written", days.len());
        } else {
            let png = crate::chart::png(&days, crate::locale::Lang::ENGLISH)?;
            std::fs::write(path, png)
                .with_context(|| format!("writing the chart to {}", path.display()))?;
        }
    }
    let propose = files.propose;
    let engine = engine(setup)?;
    let report = crate::gaps::report(&engine, &input, None);
    if let Some(path) = propose {
        let draft = crate::gaps::propose(&engine, &report);
        std::fs::write(path, draft)
            .with_context(|| format!("writing the draft to {}", path.display()))?;
        let n = report.declined.len();
        writeln!(
            out,
            "Wrote {} with {n} declined question{}: fill it in, move it into the knowledge folder, then run `cio-cto-bot check`.",
            path.display(),
            if n == 1 { "" } else { "s" }
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if json {
        serde_json::to_writer(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Declined questions ({} in all), most asked first:", input.declined.len())?;
    for d in &report.declined {
        writeln!(out, "  {:>4}×  {}", d.count, d.question)?;
        writeln!(out, "         nearest: {}", d.nearest.join(", "))?;
    }
    writeln!(out, "Answers voted down ({}), most 👎 first:", report.downvoted.len())?;
    for v in &report.downvoted {
        writeln!(out, "  👎 {:>4}  👍 {:>4}  {}", v.down, v.up, v.entry)?;
    }
    writeln!(out, "Entries never asked ({}):", report.unasked.len())?;
    for id in &report.unasked {
        writeln!(out, "  {id}")?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn ask(
    out: &mut impl Write,
    engine: &Engine,
    question: &str,
    json: bool,
    explain: bool,
    store: Option<&LocalStore>,
) -> anyhow::Result<ExitCode> {
    let answer = engine.ask(question);
    if json {
        serde_json::to_writer(&mut *out, &render::json(engine, &answer))?;
        writeln!(out)?;
    } else {
        write!(out, "{}", render::text(engine, &answer))?;
        if explain {
            write!(out, "{}", explanation(engine, question))?;
        }
    }
    // The answer first: keeping the question may wait for the store.
    out.flush()?;
    if let Some(store) = store {
        store.record(&crate::store::Asked::of(&answer), engine.version());
    }
    Ok(if answer.entry().is_some() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn explanation(engine: &Engine, question: &str) -> String {
    let (verdicts, readings) = engine.explain(question, 5);
    let mut out = String::from("\nHow the question was read:\n");
    for r in &readings {
        let means: Vec<String> = r.means.iter().map(|(t, q)| format!("{t} ({q:.2})")).collect();
        let means = match (means.is_empty(), r.weight == 0.0) {
            (false, _) => means.join(", "),
            (true, true) => "nothing (a typo of a stop word)".to_owned(),
            (true, false) => "unknown".to_owned(),
        };
        out += &format!("  {:<16} weight {:.2}  → {means}\n", r.word, r.weight);
    }
    if let Some(entry) = engine.ask(question).entry()
        && let Some(doc) = engine.knowledge().entries.iter().position(|e| e.id == entry.id)
    {
        let asking = crate::ask::focus(question).unwrap_or(question);
        let uncovered = engine.index().uncovered(asking, doc);
        out += &format!("Not in `{}`: {}\n", entry.id, uncovered.join(", "));
    }
    let tuning = engine.index().tuning();
    let (threshold, clear, lead) = (tuning.threshold, tuning.clear_threshold, tuning.clear_lead);
    out += &format!(
        "Top entries (answer threshold {threshold:.2}, or {clear:.2} leading the next by \
         {lead:.2}) and whether each gives what is asked:\n"
    );
    for Verdict { hit, entry, why } in &verdicts {
        out += &format!(
            "  {:.3} = fit {:.3} / coverage {:.3}  {}  via {:?}\n        {why}\n",
            hit.score, hit.fit, hit.coverage, entry.id, entry.questions[hit.phrasing]
        );
    }
    let by_meaning = engine.nearest_by_meaning(question, 5);
    if !by_meaning.is_empty() {
        out += "Nearest by meaning (cosine; * gives the kind of answer asked):\n";
    }
    for near in &by_meaning {
        let gives = if near.gives_what_is_asked { "*" } else { " " };
        out += &format!("  {:.3}{gives} {}  via {:?}\n", near.cosine, near.entry.id, near.phrasing);
    }
    out
}

/// `ask --json` over standard input: one JSON object a line, in order.
/// Blank lines are skipped; a line that is not UTF-8 gets an error object
/// and the batch goes on.
pub(super) fn ask_lines(
    out: &mut impl Write,
    engine: &Engine,
    store: Option<&LocalStore>,
) -> anyhow::Result<ExitCode> {
    let mut input = std::io::stdin().lock();
    let mut bytes = Vec::new();
    for number in 1.. {
        bytes.clear();
        let read =
            input.read_until(b'\n', &mut bytes).context("reading questions from standard input")?;
        if read == 0 {
            break;
        }
        let line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        match std::str::from_utf8(line) {
            Ok(question) if question.trim().is_empty() => continue,
            Ok(question) => {
                let answer = engine.ask(question);
                if let Some(store) = store {
                    store.record(&crate::store::Asked::of(&answer), engine.version());
                }
                serde_json::to_writer(&mut *out, &render::json(engine, &answer))?;
            }
            Err(err) => {
                let error = render::JsonError::not_utf8(number, err.valid_up_to());
                serde_json::to_writer(&mut *out, &error)?;
            }
        }
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn learn(
    out: &mut impl Write,
    dir: Option<&Path>,
    path: Option<&str>,
    markdown: bool,
) -> anyhow::Result<ExitCode> {
    let k = load_knowledge(dir)?;
    let chosen = match path {
        Some(id) => k.path(id),
        None => k.paths.first(),
    };
    let Some(chosen) = chosen else {
        let known: Vec<&str> = k.paths.iter().map(|p| p.id.as_str()).collect();
        anyhow::bail!(
            "no learning path {}; the knowledge has: {}",
            path.map_or("at all".to_owned(), |p| format!("`{p}`")),
            if known.is_empty() { "none".to_owned() } else { known.join(", ") }
        );
    };
    if markdown {
        write!(out, "{}", crate::learn::markdown(&k, chosen))?;
        return Ok(ExitCode::SUCCESS);
    }
    for p in &k.paths {
        writeln!(out, "{}  {} ({} steps)", p.id, p.title, p.steps.len())?;
    }
    writeln!(
        out,
        "`cio-cto-bot learn --path ID --markdown` prints one as a page; `/learn` walks it in Discord."
    )?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn import(
    out: &mut impl Write,
    file: &Path,
    dir: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    use crate::transfer;
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("reading {} (as UTF-8 text)", file.display()))?;
    let json = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || text.trim_start().starts_with('[');
    let items = if json { transfer::from_json(&text) } else { transfer::from_tsv(&text) }
        .with_context(|| format!("importing {}", file.display()))?;
    let sources = transfer::sources(&items);
    match dir {
        None if sources.len() > 1 => {
            return Err(transfer::ImportError::ManySources(sources.len()))
                .with_context(|| format!("importing {}", file.display()));
        }
        None => {
            let source = sources.first().map_or("", String::as_str);
            write!(out, "{}", transfer::to_toml(source, &items))?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            for (i, source) in sources.iter().enumerate() {
                let path = dir.join(format!("imported-{}.toml", i + 1));
                std::fs::write(&path, transfer::to_toml(source, &items))
                    .with_context(|| format!("writing {}", path.display()))?;
                writeln!(out, "wrote {} ({source})", path.display())?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn check(out: &mut impl Write, dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let what = dir.map_or("bundled knowledge".to_owned(), |d| d.display().to_string());
    match load_knowledge(dir) {
        Ok(k) => {
            writeln!(out, "{what}: valid")?;
            writeln!(
                out,
                "  entries: {} ({} facts, {} survey figures, {} attributed views, {} person profiles)",
                k.entries.len(),
                k.count(Kind::Fact),
                k.count(Kind::SurveyFigure),
                k.count(Kind::View),
                k.count(Kind::Profile)
            )?;
            let phrasings: usize = k.entries.iter().map(|e| e.questions.len()).sum();
            writeln!(out, "  question phrasings: {phrasings}")?;
            writeln!(
                out,
                "  people: {}",
                k.people.iter().map(|p| p.credit()).collect::<Vec<_>>().join("; ")
            )?;
            for s in &k.surveys {
                writeln!(out, "  survey: {}", s.credit())?;
            }
            writeln!(out, "  comparison rows: {}", k.comparison.len())?;
            writeln!(out, "  synonym groups: {}", k.synonyms.len())?;
            for s in &k.sources {
                writeln!(
                    out,
                    "  source: “{}”, published by {} ({})",
                    s.title, s.publisher, s.file
                )?;
            }
            // Valid, but a phrasing the matcher reads as the two roles alone
            // fits every question naming both: worth a curator's look.
            let engine = Engine::new(k);
            for (id, phrasing) in engine.vague_phrasings() {
                writeln!(
                    out,
                    "  warning: entry `{id}`: the phrasing “{phrasing}” is read as nothing but \
                     the roles it names, so it fits any question naming them; add the words \
                     that say what it asks"
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(err @ LoadError::Invalid(_)) => {
            out.flush()?;
            eprintln!("{what}: {err}");
            Ok(ExitCode::from(2))
        }
        Err(err) => {
            out.flush()?;
            eprintln!("error: {err}");
            Ok(ExitCode::from(2))
        }
    }
}

pub(super) fn evaluate(
    out: &mut impl Write,
    engine: &Engine,
    file: &Path,
    verbose: bool,
) -> anyhow::Result<ExitCode> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let cases = eval::parse(&text).with_context(|| format!("parsing {}", file.display()))?;
    let unknown: Vec<&str> = cases
        .iter()
        .flat_map(|c| &c.expected)
        .filter(|id| engine.knowledge().entry(id).is_none())
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        anyhow::bail!(
            "{} names entries the knowledge does not have: {}",
            file.display(),
            unknown.join(", ")
        );
    }
    let outcomes = eval::run(engine, &cases);
    let metrics = eval::Metrics::from_outcomes(&outcomes, engine.index().tuning().threshold);
    let (_, baseline) = eval::run_baseline(engine, &cases);
    writeln!(
        out,
        "{}: {} in-domain, {} out-of-scope questions",
        file.display(),
        metrics.in_domain,
        metrics.out_of_scope
    )?;
    writeln!(
        out,
        "{:<36} {:>14} {:>14} {:>10}",
        "matcher", "right first", "OOS declined", "threshold"
    )?;
    for (name, m) in
        [("cio-cto-bot", &metrics), ("baseline: SkimMatcherV2 best phrasing", &baseline)]
    {
        writeln!(
            out,
            "{name:<36} {:>13.1}% {:>13.1}% {:>10}",
            m.accuracy() * 100.0,
            m.decline_rate() * 100.0,
            m.threshold
        )?;
    }
    writeln!(
        out,
        "cio-cto-bot: {} right, {} wrong entry, {} declined of {} in-domain; {} of {} out-of-scope answered",
        metrics.right_first,
        metrics.wrong,
        metrics.in_domain - metrics.right_first - metrics.wrong,
        metrics.in_domain,
        metrics.out_of_scope - metrics.declined_out_of_scope,
        metrics.out_of_scope
    )?;
    if engine.has_model() {
        let consulted = outcomes.iter().filter(|o| o.by_meaning).count();
        writeln!(
            out,
            "sentence model consulted for {consulted} of {} questions ({:.1}%)",
            outcomes.len(),
            100.0 * consulted as f64 / outcomes.len().max(1) as f64
        )?;
    }
    let styles = eval::by_style(&outcomes);
    if !styles.is_empty() {
        writeln!(
            out,
            "  {:<14} {:<28} must decline: declined",
            "style", "answerable: right first"
        )?;
        for f in styles {
            let share = |a: usize, of: usize| 100.0 * a as f64 / of.max(1) as f64;
            let answerable = match f.answerable {
                0 => String::new(),
                of => {
                    format!("{:.1}% ({} of {of}, {} wrong)", share(f.right, of), f.right, f.wrong)
                }
            };
            let declined = match f.must_decline {
                0 => String::new(),
                of => {
                    let sourced = of - f.declined;
                    format!(
                        "{:.1}% ({} of {of}, {sourced} sourced)",
                        share(f.declined, of),
                        f.declined
                    )
                }
            };
            let line = format!("  {:<14} {answerable:<28} {declined}", f.style);
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    if verbose {
        for o in outcomes.iter().filter(|o| !o.correct()) {
            let expected = if o.case.in_domain() { o.case.expected.join("|") } else { "-".into() };
            let got = o.answered.as_deref().unwrap_or("-");
            writeln!(
                out,
                "  line {:>3}: expected {expected}, got {got} ({:.3}): {}",
                o.case.line, o.confidence, o.case.question
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
