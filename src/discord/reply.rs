//! The replies of the knowledge alone: a pure function of the engine and
//! a request (`/ask`, `/quote`, the reference commands, autocomplete, and
//! `/learn` and `/quiz` through `onboarding`), returning serenity's
//! response builder. Both transports reach it through the shared request
//! path (`serve`), which adds what needs the store; [`respond`] is the
//! reply of a bot with no store, for tests and benches.
//!
//! Every reply is built from `message`'s parts, which keep within
//! Discord's limits and allow no mentions: a question holding `@everyone`
//! pings nobody.

use fuzzy_matcher::skim::SkimMatcherV2;
use serenity::builder::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse,
};
use serenity::model::Colour;
use serenity::model::application::{ButtonStyle, Interaction};

use super::limits;
use super::message::{
    DECLINED, Embed, INFO, buttons, escaped, message, message_with, notice, plain, source_field,
    truncate, with_content,
};
use super::request::{self, Request};
use super::{curator, onboarding};
use crate::engine::{Answer, Engine, Outcome, Suggestion, fuzzy_score};
use crate::knowledge::{Attribution, Entry, Kind, Knowledge};
use crate::render::{decline_message, missing_line, rounded, unnamed_line};
use crate::text::fold;

/// Embed colours, one per kind of answer.
fn colour(kind: Kind) -> Colour {
    Colour::new(match kind {
        Kind::Fact => 0x3498DB,
        Kind::SurveyFigure => 0x2ECC71,
        Kind::View => 0x9B59B6,
        Kind::Profile => 0xE67E22,
    })
}

/// The reply to `interaction`, as a bot with no store gives it.
pub fn respond(engine: &Engine, interaction: &Interaction) -> CreateInteractionResponse {
    reply(engine, &request::parse(interaction))
}

/// Whether answers carry 👍/👎 buttons: only where a store keeps the votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feedback(pub bool);

/// The reply, unless working it out needs the sentence model
/// (milliseconds of CPU): then `None`, and an async caller runs [`replied`]
/// on a blocking thread.
pub fn quick_reply(engine: &Engine, request: &Request, feedback: Feedback) -> Option<Replied> {
    match *request {
        Request::Ask { question, private } => {
            engine.ask_quick(question).map(|a| Replied::to(engine, &a, private, feedback))
        }
        Request::Message { text, own, private, .. } => match unanswerable(text, own) {
            Some(response) => Some(Replied { response, asked: None }),
            None => engine
                .ask_quick(text)
                .map(|a| framed(request, Replied::to(engine, &a, private, feedback))),
        },
        _ => Some(replied(engine, request, feedback)),
    }
}

/// A reply, with what it answered when it answered a question.
#[derive(Debug, Clone)]
pub struct Replied {
    pub response: CreateInteractionResponse,
    pub asked: Option<Asked>,
}

pub use crate::store::Asked;

impl Replied {
    /// The reply to an answer already worked out.
    pub fn to(engine: &Engine, answer: &Answer, private: bool, feedback: Feedback) -> Replied {
        let asked = Asked::of(answer);
        let response = self::answer(engine, answer, private, feedback);
        Replied { response, asked: Some(asked) }
    }
}

/// [`reply`], with what it answered.
pub fn replied(engine: &Engine, request: &Request, feedback: Feedback) -> Replied {
    match *request {
        Request::Ask { question, private } => {
            Replied::to(engine, &engine.ask(question), private, feedback)
        }
        Request::Entry { id, private } => match engine.answer_entry(id) {
            Some(answer) => Replied::to(engine, &answer, private, feedback),
            None => Replied { response: reply(engine, request), asked: None },
        },
        Request::Message { text, own, private, .. } => match unanswerable(text, own) {
            Some(response) => Replied { response, asked: None },
            None => framed(request, Replied::to(engine, &engine.ask(text), private, feedback)),
        },
        _ => Replied { response: reply(engine, request), asked: None },
    }
}

/// The longest message "Answer from the article" answers: a question, with
/// the chat around it, not a whole post.
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// The private reply to a message that is not answered: one of the bot's
/// own, one without text (images or embeds only), or one too long to be a
/// question.
fn unanswerable(text: &str, own: bool) -> Option<CreateInteractionResponse> {
    if own {
        return Some(notice(
            "That message is mine",
            "I answer the questions people post, not my own replies. Pick the message that asks the question, or ask me with `/ask`.",
        ));
    }
    let chars = text.trim().chars().count();
    if chars == 0 {
        return Some(notice(
            "No text to answer",
            "That message has no text I can read (only images or embeds). Ask me the question with `/ask`.",
        ));
    }
    if chars > MAX_MESSAGE_CHARS {
        return Some(notice(
            "That message is too long",
            &format!(
                "I answer a question of at most {MAX_MESSAGE_CHARS} characters, and that message has {chars}. Ask me the question itself with `/ask`."
            ),
        ));
    }
    None
}

/// A reply to a question, framed for the request that asked it: over a
/// message command, a line saying whose message it answers (by name, with
/// mentions and markdown defused), with a link to it.
pub fn framed(request: &Request, replied: Replied) -> Replied {
    match *request {
        Request::Message { author, jump, .. } => {
            let author = escaped(&truncate(author, 80));
            let line = format!("Answering {author}'s message: {}", jump.link());
            Replied { response: with_content(replied.response, &line), asked: replied.asked }
        }
        _ => replied,
    }
}

/// A reply could not be worked out (the blocking thread panicked).
pub fn failed() -> CreateInteractionResponse {
    notice("Something went wrong", "I could not work out a reply to that. Please try again.")
}

/// The reply to a request already read from an interaction, as a bot
/// with no store gives it: no 👍/👎 on answers, and `/kb` says it needs a
/// store. The adapters answer feedback and `/kb` through [`curator`].
pub fn reply(engine: &Engine, request: &Request) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let feedback = Feedback(false);
    match *request {
        Request::Ping => CreateInteractionResponse::Pong,
        Request::Ask { question, private } => {
            answer(engine, &engine.ask(question), private, feedback)
        }
        Request::Entry { id, private } => match engine.answer_entry(id) {
            Some(a) => answer(engine, &a, private, feedback),
            None => notice(
                "That question is gone",
                "My knowledge base has changed since that button was made. Try `/topics` to see what I can answer now.",
            ),
        },
        Request::Quote { person, private } => quote(engine, person, private),
        Request::Stats { private } => stats(k, private),
        Request::Compare { private } => compare(k, private),
        Request::Topics { private } => topics(k, private),
        Request::Sources { private } => sources(k, private),
        Request::Help { private } => help(private),
        Request::SuggestQuestions { partial } => {
            let choices = engine
                .suggest(partial, limits::CHOICES)
                .into_iter()
                .map(|s| choice(s.question, s.question));
            autocomplete(choices)
        }
        Request::SuggestPeople { partial } => {
            let people = matching_people(k, partial);
            autocomplete(people.into_iter().map(|i| choice(&k.people[i].credit(), &k.people[i].id)))
        }
        Request::Feedback { entry, up } => {
            curator::feedback(engine, entry, up, curator::Kept::NotCounted)
        }
        Request::Kb(_) => curator::no_store(),
        Request::Settings(_) => super::settings::no_store(),
        Request::Learn { path, share } => onboarding::start(engine, path, share),
        Request::LearnStep { path, step } => onboarding::turn(engine, path, step),
        Request::Related { entry } => onboarding::related(engine, entry),
        Request::Quiz { topic, share, seed } => onboarding::quiz_start(engine, topic, share, seed),
        Request::QuizButton { version, topic, seed, choice } => onboarding::quiz_button(
            engine,
            version,
            topic,
            seed,
            choice,
            onboarding::QuizScore::None,
        ),
        Request::SuggestPaths { partial } => {
            let typed = fold(partial.trim());
            let paths = (k.paths.iter())
                .filter(|p| fold(&p.title).contains(&typed) || p.id.contains(&typed))
                .map(|p| choice(&p.title, &p.id));
            autocomplete(paths)
        }
        Request::Message { .. } => replied(engine, request, feedback).response,
        Request::Unsupported => notice(
            "I can't do that",
            "I don't know how to handle that interaction. Try `/help` to see what I can do.",
        ),
    }
}

// ---------------------------------------------------------------------------
// Autocomplete.

fn choice(name: &str, value: &str) -> AutocompleteChoice {
    let name = truncate(name, limits::CHOICE);
    // A value is matched back exactly, so it is never cut mid-way; the
    // knowledge's phrasings and ids are validated to fit.
    AutocompleteChoice::new(if name.is_empty() { "…".to_owned() } else { name }, value)
}

fn autocomplete(choices: impl Iterator<Item = AutocompleteChoice>) -> CreateInteractionResponse {
    let choices: Vec<AutocompleteChoice> = choices.take(limits::CHOICES).collect();
    CreateInteractionResponse::Autocomplete(CreateAutocompleteResponse::new().set_choices(choices))
}

// ---------------------------------------------------------------------------
// The replies.

fn answer(
    engine: &Engine,
    answer: &Answer,
    private: bool,
    feedback: Feedback,
) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let asked = truncate(&plain(answer.question.trim()), 300);
    match &answer.outcome {
        Outcome::Answered { entry, matched, unnamed } => {
            let mut footer =
                format!("{} · confidence {:.2}", entry.kind.label(), rounded(answer.confidence));
            if !asked.is_empty() && fold(&asked) != fold(matched) {
                footer = format!("You asked: {asked} · {footer}");
            }
            // A task the source does not name: say so before the answer,
            // which is what it says of that kind of work.
            let text = match unnamed.is_empty() {
                true => entry.answer.clone(),
                false => format!("{}\n\n{}", escaped(&unnamed_line(unnamed)), entry.answer),
            };
            let embed = Embed::new(*matched, text, colour(entry.kind).0)
                .field("Who said it", k.credit(entry.attribution))
                .field("Source", source_field(k, entry.source))
                .footer(footer);
            let related = engine.related(entry);
            let related = buttons(&related, private, ButtonStyle::Secondary);
            let feedback = feedback.0.then_some(entry.id.as_str());
            message_with(vec![embed], related, feedback, private)
        }
        Outcome::Declined { reason, nearest, closest } => {
            let mut text = decline_message(*reason).to_owned();
            if !asked.is_empty() {
                text = format!("You asked: “{}”\n\n{text}", escaped(&asked));
            }
            if let Some(closest) = closest {
                text = format!("{text} {}", escaped(&missing_line(&closest.missing)));
            }
            if !nearest.is_empty() {
                text.push_str("\n\nDid you mean one of these?");
            }
            let mut embed = Embed::new("No sourced answer", text, DECLINED);
            // The closest fact, sourced: the person still learns something
            // true, and sees it is not an answer to what they asked.
            if let Some(closest) = closest {
                let entry = closest.entry;
                embed = embed
                    .field(
                        truncate(&format!("The closest fact: {}", entry.questions[0]), 256),
                        entry.answer.as_str(),
                    )
                    .field("Who said it", k.credit(entry.attribution))
                    .field("Source", source_field(k, entry.source));
            }
            let embed =
                embed.footer("/topics lists what I can answer; /help explains the commands.");
            message(vec![embed], buttons(nearest, private, ButtonStyle::Primary), private)
        }
    }
}

/// People matching a partial name, title or organisation, best first;
/// everyone when it is empty.
fn matching_people(k: &Knowledge, partial: &str) -> Vec<usize> {
    let pattern: String = fold(partial).trim().chars().take(limits::CHOICE).collect();
    if pattern.is_empty() {
        return (0..k.people.len()).take(limits::CHOICES).collect();
    }
    let matcher = SkimMatcherV2::default().ignore_case();
    let mut scored: Vec<(i64, usize)> = (k.people.iter().enumerate())
        .filter_map(|(i, p)| {
            let haystack = fold(&format!("{} {}", p.credit(), p.id));
            fuzzy_score(&matcher, &haystack, &pattern).map(|score| (score, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(k.people[a.1].id.cmp(&k.people[b.1].id)));
    // As for questions: matches far below the best are noise.
    let best = scored.first().map_or(0, |s| s.0);
    scored.retain(|s| s.0 * 2 >= best);
    scored.into_iter().map(|(_, i)| i).take(limits::CHOICES).collect()
}

/// The person `/quote` asks for: an id (what autocomplete sends), a name,
/// or the best fuzzy match of what was typed.
fn find_person(k: &Knowledge, text: &str) -> Option<usize> {
    let folded = fold(text.trim());
    if folded.is_empty() {
        return None;
    }
    k.people
        .iter()
        .position(|p| p.id == text.trim() || fold(&p.name) == folded)
        .or_else(|| matching_people(k, text).first().copied())
}

fn quote(engine: &Engine, person: &str, private: bool) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let Some(i) = find_person(k, person) else {
        let names: Vec<String> = k.people.iter().map(|p| format!("• {}", p.credit())).collect();
        let text = format!(
            "I have no views from “{}”. The people in my sources are:\n{}",
            escaped(&truncate(person.trim(), 100)),
            names.join("\n")
        );
        return message(vec![Embed::new("Unknown person", text, DECLINED)], Vec::new(), true);
    };
    let p = &k.people[i];
    let views: Vec<&Entry> = k.views_of(i).collect();
    let mut text = p.about.clone();
    if !views.is_empty() {
        text.push_str("\n\n**Their views in the source**");
        for view in &views {
            text.push_str("\n• ");
            text.push_str(&view.answer);
        }
    }
    let embed = Embed::new(p.credit(), text, colour(Kind::View).0)
        .field("Source", source_field(k, p.source))
        .footer(
            "The source paraphrases its experts: these are attributed views, not verbatim quotes.",
        );
    let asks: Vec<Suggestion> =
        views.iter().map(|e| Suggestion { question: &e.questions[0], entry: e }).collect();
    message(vec![embed], buttons(&asks, private, ButtonStyle::Secondary), private)
}

fn stats(k: &Knowledge, private: bool) -> CreateInteractionResponse {
    let embeds: Vec<Embed> = (k.surveys.iter().enumerate())
        .map(|(i, s)| {
            let source = &k.sources[s.source];
            let text = format!(
                "Run by {}; {} respondents ({}). The figures as reported in “{}”, published by {}.",
                s.run_by, s.respondents, s.population, source.title, source.publisher
            );
            let figures = k.entries.iter().filter(|e| {
                e.kind == Kind::SurveyFigure && e.attribution == Attribution::Survey(i)
            });
            figures
                .fold(Embed::new(s.credit(), text, colour(Kind::SurveyFigure).0), |embed, e| {
                    embed.field(e.figure.clone().unwrap_or_default(), e.answer.as_str())
                })
                .footer(
                    "Ask /ask about any figure to see it with its source and related questions.",
                )
        })
        .collect::<Vec<_>>();
    // Figures a source gives without naming a survey for them.
    let mut embeds = embeds;
    for (i, source) in k.sources.iter().enumerate() {
        let figures: Vec<&Entry> = (k.entries.iter())
            .filter(|e| e.kind == Kind::Fact && e.figure.is_some() && e.source == i)
            .collect();
        if figures.is_empty() {
            continue;
        }
        let text = format!(
            "Figures “{}”, published by {}, gives without naming the survey behind them.",
            source.title, source.publisher
        );
        let embed = Embed::new("Other figures", text, colour(Kind::Fact).0);
        embeds.push(figures.iter().fold(embed, |embed, e| {
            embed.field(e.figure.clone().unwrap_or_default(), e.answer.as_str())
        }));
    }
    if embeds.is_empty() {
        return notice("No survey figures", "My knowledge base holds no survey figures.");
    }
    message(embeds, Vec::new(), private)
}

fn cell_credit(k: &Knowledge, attribution: Attribution) -> String {
    match attribution {
        Attribution::Source(_) => "the article".to_owned(),
        other => k.credit(other),
    }
}

fn compare(k: &Knowledge, private: bool) -> CreateInteractionResponse {
    if k.comparison.is_empty() {
        return notice("Nothing to compare", "My knowledge base holds no comparison table.");
    }
    let mut embed = Embed::new(
        "CIO vs CTO",
        "How the sources contrast the two roles. Each point names who made it.",
        INFO,
    );
    for row in &k.comparison {
        let value = format!(
            "**CIO:** {} — *{}*\n**CTO:** {} — *{}*",
            row.cio.text,
            cell_credit(k, row.cio.attribution),
            row.cto.text,
            cell_credit(k, row.cto.attribution)
        );
        embed = embed.field(row.aspect.as_str(), value);
    }
    let mut sources: Vec<usize> = k.comparison.iter().map(|r| r.source).collect();
    sources.dedup();
    let cited: Vec<String> = sources.iter().map(|&s| k.citation(s)).collect();
    message(vec![embed.footer(format!("Source: {}", cited.join("; ")))], Vec::new(), private)
}

fn bullets<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(|q| format!("• {q}")).collect::<Vec<_>>().join("\n")
}

fn topics(k: &Knowledge, private: bool) -> CreateInteractionResponse {
    let text = format!(
        "I answer from {} entries: {} facts, {} survey figures, {} attributed views, and {} people. Some questions to start with:",
        k.entries.len(),
        k.count(Kind::Fact),
        k.count(Kind::SurveyFigure),
        k.count(Kind::View),
        k.people.len()
    );
    let mut embed = Embed::new("What you can ask me", text, INFO);
    for (name, kind) in [
        ("Facts", Kind::Fact),
        ("Survey figures", Kind::SurveyFigure),
        ("Expert views", Kind::View),
    ] {
        let questions =
            k.entries.iter().filter(|e| e.kind == kind).map(|e| e.questions[0].as_str());
        let list = bullets(questions);
        if !list.is_empty() {
            embed = embed.field(name, list);
        }
    }
    let people = bullets(k.people.iter().map(|p| p.name.as_str()));
    if !people.is_empty() {
        embed = embed.field("People (try /quote)", people);
    }
    let embed = embed.footer("Ask with /ask; suggestions appear as you type.");
    message(vec![embed], Vec::new(), private)
}

fn sources(k: &Knowledge, private: bool) -> CreateInteractionResponse {
    let embeds: Vec<Embed> = (k.sources.iter().enumerate())
        .map(|(i, s)| {
            let publisher = match &s.publisher_site {
                Some(site) => format!("{} ({site})", s.publisher),
                None => s.publisher.clone(),
            };
            let entries = k.entries.iter().filter(|e| e.source == i).count();
            let people: Vec<String> =
                k.people.iter().filter(|p| p.source == i).map(|p| p.credit()).collect();
            let surveys: Vec<String> =
                k.surveys.iter().filter(|v| v.source == i).map(|v| v.credit()).collect();
            let mut embed = Embed::new(s.title.as_str(), s.summary.clone().unwrap_or_default(), INFO)
                .field("Published by", publisher)
                .field("What I took from it", format!("{entries} entries"));
            if !people.is_empty() {
                embed = embed.field("People quoted", bullets(people.iter().map(String::as_str)));
            }
            if !surveys.is_empty() {
                embed = embed.field("Surveys cited", bullets(surveys.iter().map(String::as_str)));
            }
            if let Some(note) = &s.note {
                embed = embed.field("Note", note.as_str());
            }
            embed.footer("Every answer names its source; experts' views are paraphrased by the source, never quoted.")
        })
        .collect();
    if embeds.is_empty() {
        return notice("No sources", "My knowledge base is empty.");
    }
    message(embeds, Vec::new(), private)
}

fn help(private: bool) -> CreateInteractionResponse {
    let embed = Embed::new(
        "How to use this bot",
        "I answer questions about how the CIO and CTO roles differ, converge and collaborate, only from my sources, and I always say who said it and where it was published. When I'm not sure, I say so and suggest questions I can answer.",
        INFO,
    )
    .field("/ask question", "Ask anything in your own words; typos are fine. Suggestions appear as you type, and buttons under each answer ask related questions.")
    .field("/quote person", "What one expert says, each view attributed to them.")
    .field("/stats", "The survey figures, with who ran the survey and how many answered.")
    .field("/compare", "The CIO and the CTO side by side, each point attributed.")
    .field("/topics · /sources", "What you can ask about, and where the answers come from.")
    .field("/learn · /quiz", "A guided walk through the material for new engineering managers, one card a step, and a quiz to check what you learnt; both private unless you `share` them.")
    .field("Answer from the article", "On any message: its menu → Apps → *Answer from the article* answers the question someone posted, with a link to it.")
    .field("/kb · /settings", "For server managers: the questions I could not answer, how I am doing, reloading my knowledge; where I answer in public, and how often one person may ask.")
    .field("private", "Add `private: True` to any command to see the reply alone. A server may make replies private outside its public channels.");
    message(vec![embed], Vec::new(), private)
}

#[cfg(test)]
mod tests;
