//! The interactive console: what each typed line does ([`handle`], pure and
//! unit-tested) and the terminal loop around it, with line editing and
//! history from rustyline. Piped input is read line by line with no prompt,
//! so scripts see only answers.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::Context;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::engine::Engine;
use crate::render;
use crate::store::Asked;

/// What the console does with one line.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Print this, then read the next line.
    Say(String),
    /// Print this answer to a question, then read the next line.
    Answer(String, Asked),
    /// Nothing to do: a blank line, which a stray Enter gives.
    Nothing,
    Quit,
}

/// What the console can do, for `help`.
pub const HELP: &str = "\
Type a question about how the CIO and CTO roles differ, converge and collaborate,
and press Enter. Typos and abbreviations are fine. Every answer says who said it
and where it was published; when nothing matches well, I say so and offer the
nearest questions I can answer.

  help      this text
  topics    every question I can answer, one per entry
  quit      leave (also `exit`, or Ctrl-D)

Up and Down recall earlier lines; Ctrl-R searches them.
";

/// Reads one line as the console does.
pub fn handle(engine: &Engine, line: &str) -> Action {
    match line.trim() {
        "" => Action::Nothing,
        "quit" | "exit" | "/quit" | "/exit" => Action::Quit,
        "help" | "?" | "/help" => Action::Say(HELP.to_owned()),
        "topics" | "/topics" => Action::Say(topics(engine)),
        question => {
            let answer = engine.ask(question);
            Action::Answer(render::text(engine, &answer), Asked::of(&answer))
        }
    }
}

fn topics(engine: &Engine) -> String {
    let entries = &engine.knowledge().entries;
    let mut out = format!("I can answer {} questions, among them:\n", entries.len());
    for entry in entries {
        out += &format!("  - {}\n", entry.questions[0]);
    }
    out
}

/// The first lines of an interactive session. It says whether a token is
/// configured, since the console is also what runs when one is missing.
pub fn banner(token_set: bool) -> String {
    let discord = if token_set {
        "DISCORD_TOKEN is set: `cio-cto-bot run` connects the bot to Discord."
    } else {
        "No DISCORD_TOKEN is set, so the bot is not connecting to Discord."
    };
    format!(
        "cio-cto-bot console: ask about the CIO and CTO roles. `help` lists what I can do; `quit` or Ctrl-D leaves.\n({discord})\n"
    )
}

/// Wraps text at `width` columns, keeping each line's indentation, so that
/// list items stay lists.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let hanging = if line[indent.len()..].starts_with("- ") {
            format!("{indent}  ")
        } else {
            indent.clone()
        };
        let options = textwrap::Options::new(width.max(20))
            .initial_indent(&indent)
            .subsequent_indent(&hanging)
            .break_words(false);
        let body = &line[indent.len()..];
        if body.is_empty() {
            out.push('\n');
            continue;
        }
        for piece in textwrap::wrap(body, &options) {
            out += &piece;
            out.push('\n');
        }
    }
    out
}

/// Runs the console on standard input until `quit`, `exit` or end of input.
/// Runs the console; `record` is handed every question answered (or
/// declined), for the store when one is configured.
pub fn run(engine: &Engine, token_set: bool, record: &dyn Fn(&Asked)) -> anyhow::Result<()> {
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        interactive(engine, token_set, record)
    } else {
        piped(engine, record)
    }
}

fn interactive(engine: &Engine, token_set: bool, record: &dyn Fn(&Asked)) -> anyhow::Result<()> {
    let mut editor = DefaultEditor::new().context("opening the terminal")?;
    println!("{}", banner(token_set));
    loop {
        let line = match editor.readline("> ") {
            Ok(line) => line,
            // Ctrl-C clears the line, as in a shell; Ctrl-D leaves.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(err) => return Err(err).context("reading from the terminal"),
        };
        if !line.trim().is_empty() {
            let _ = editor.add_history_entry(line.as_str());
        }
        match handle(engine, &line) {
            Action::Say(text) => {
                let width = editor.dimensions().map_or(80, |(columns, _)| columns as usize);
                println!("{}", wrap(&text, width.saturating_sub(1)));
            }
            Action::Answer(text, asked) => {
                record(&asked);
                let width = editor.dimensions().map_or(80, |(columns, _)| columns as usize);
                println!("{}", wrap(&text, width.saturating_sub(1)));
            }
            Action::Nothing => {}
            Action::Quit => break,
        }
    }
    Ok(())
}

fn piped(engine: &Engine, record: &dyn Fn(&Asked)) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line.context("reading from standard input")?;
        match handle(engine, &line) {
            Action::Say(text) => writeln!(out, "{text}")?,
            Action::Answer(text, asked) => {
                record(&asked);
                writeln!(out, "{text}")?;
            }
            Action::Nothing => {}
            Action::Quit => break,
        }
    }
    out.flush()?;
    Ok(())
}

/// `cio-cto-bot quiz`: the `/quiz` questions in the terminal, one at a
/// time: a choice by its number, a blank line or `q` to stop. Reads any
/// input (a terminal or a pipe) and ends with the tally.
pub fn quiz(
    engine: &Engine,
    topic: crate::quiz::Topic,
    seed: u64,
    input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let k = engine.knowledge();
    let (mut asked, mut right) = (0u32, 0u32);
    let mut seed = seed;
    let mut lines = input.lines();
    'questions: loop {
        let Some(q) = crate::quiz::question(k, topic, seed) else {
            writeln!(out, "The knowledge gives no “{}” questions.", topic.label())?;
            return Ok(());
        };
        writeln!(out, "\nQuestion {}: {}", asked + 1, q.prompt)?;
        for (i, choice) in q.choices.iter().enumerate() {
            writeln!(out, "  {}. {choice}", i + 1)?;
        }
        let choice = loop {
            write!(out, "Your answer (1-{}, or q to stop): ", q.choices.len())?;
            out.flush()?;
            let Some(line) = lines.next() else { break 'questions };
            let line = line.context("reading your answer")?;
            match line.trim() {
                "" | "q" | "quit" | "exit" => break 'questions,
                n => match n.parse::<usize>() {
                    Ok(n) if (1..=q.choices.len()).contains(&n) => break n - 1,
                    _ => writeln!(out, "Type a number from 1 to {}.", q.choices.len())?,
                },
            }
        };
        asked += 1;
        let verdict = if choice == q.right {
            right += 1;
            "Correct."
        } else {
            "Not quite."
        };
        writeln!(out, "{verdict} The answer: {}", q.choices[q.right])?;
        writeln!(out, "{}", q.explanation)?;
        let (who, source) = (k.credit(q.attribution), k.citation(q.source));
        writeln!(out, "Who: {who}\nSource: {source}")?;
        seed = crate::quiz::next_seed(k, topic, seed);
    }
    writeln!(out, "\nYou answered {asked}, {right} right.")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn engine() -> Engine {
        Engine::new(Knowledge::bundled().unwrap())
    }

    #[test]
    fn the_terminal_quiz_reads_numbers_explains_and_tallies() {
        use crate::quiz::{Topic, next_seed, question};
        let engine = engine();
        let k = engine.knowledge();
        let first = question(k, Topic::Roles, 3).unwrap();
        let second = question(k, Topic::Roles, next_seed(k, Topic::Roles, 3)).unwrap();
        let wrong = (second.right + 1) % second.choices.len();
        let input = format!("{}\n9\nfoo\n{}\nq\n", first.right + 1, wrong + 1);
        let mut out = Vec::new();
        quiz(&engine, Topic::Roles, 3, input.as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains(&format!("Question 1: {}", first.prompt)), "{out}");
        assert!(out.contains(&format!("Correct. The answer: {}", first.choices[first.right])));
        assert_eq!(out.matches("Type a number from 1 to 2.").count(), 2, "{out}");
        assert!(out.contains(&format!("Not quite. The answer: {}", second.choices[second.right])));
        assert!(out.contains(&format!("Source: {}", k.citation(first.source))));
        assert!(out.trim_end().ends_with("You answered 2, 1 right."), "{out}");
    }

    #[test]
    fn a_stray_enter_does_nothing_and_only_quit_or_exit_leave() {
        let engine = engine();
        assert_eq!(handle(&engine, ""), Action::Nothing);
        assert_eq!(handle(&engine, "   "), Action::Nothing);
        assert_eq!(handle(&engine, "quit"), Action::Quit);
        assert_eq!(handle(&engine, " exit "), Action::Quit);
    }

    #[test]
    fn help_lists_what_the_console_does() {
        let Action::Say(text) = handle(&engine(), "help") else { panic!("help says something") };
        for word in ["help", "topics", "quit", "exit", "Ctrl-D"] {
            assert!(text.contains(word), "help does not mention {word}: {text}");
        }
    }

    #[test]
    fn topics_lists_a_question_per_entry() {
        let engine = engine();
        let Action::Say(text) = handle(&engine, "topics") else { panic!("topics says something") };
        let listed = text.lines().filter(|l| l.starts_with("  - ")).count();
        assert_eq!(listed, engine.knowledge().entries.len());
    }

    #[test]
    fn a_question_gets_the_sourced_answer() {
        let Action::Answer(text, _) = handle(&engine(), "who reprots to whom, cio or cto?") else {
            panic!("a question is answered")
        };
        assert!(text.contains("Source: "), "{text}");
    }

    #[test]
    fn the_banner_says_whether_a_token_is_set() {
        assert!(banner(false).contains("No DISCORD_TOKEN is set"));
        let with = banner(true);
        assert!(!with.contains("No DISCORD_TOKEN"), "{with}");
        assert!(with.contains("cio-cto-bot run"), "{with}");
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width_and_lists_indented() {
        let text = "A long answer that goes on and on about the roles of the chief information officer and the chief technology officer.\n\nRelated questions:\n  - What does the CTO build and who runs it once it is live in production?\n";
        let wrapped = wrap(text, 40);
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 40, "{line:?} is over 40 columns");
        }
        assert!(wrapped.contains("\n  - What"), "{wrapped}");
        assert!(wrapped.contains("\n    "), "a list item continues under its text: {wrapped}");
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(words(&wrapped), words(text), "wrapping loses or adds no word");
    }
}
