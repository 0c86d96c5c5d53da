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
    DECLINED, Embed, INFO, buttons, escaped, message, message_with, notice, plain,
    published_footer, source_field, truncate, with_content,
};
use super::request::{self, Request};
use super::{curator, onboarding};
use crate::engine::{Answer, Engine, Outcome, Suggestion, fuzzy_score};
use crate::knowledge::{Attribution, Entry, Kind, Knowledge};
use crate::locale::Lang;
use crate::render::{decline_message, missing_line, rounded, unnamed_line};
use crate::text::fold;
use crate::tr;

/// What kind of answer an entry gives, as a footer names it.
fn kind_label(lang: Lang, kind: Kind) -> String {
    match kind {
        Kind::Fact => tr!(lang, "kind-fact"),
        Kind::SurveyFigure => tr!(lang, "kind-survey-figure"),
        Kind::View => tr!(lang, "kind-view"),
        Kind::Profile => tr!(lang, "kind-person"),
    }
}

/// Embed colours, one per kind of answer.
fn colour(kind: Kind) -> Colour {
    Colour::new(match kind {
        Kind::Fact => 0x3498DB,
        Kind::SurveyFigure => 0x2ECC71,
        Kind::View => 0x9B59B6,
        Kind::Profile => 0xE67E22,
    })
}

/// The reply to `interaction`, as a bot with no store gives it, in the
/// member's language.
pub fn respond(engine: &Engine, interaction: &Interaction) -> CreateInteractionResponse {
    reply(engine, &request::parse(interaction), request::caller(interaction).lang)
}

/// Whether answers carry 👍/👎 buttons: only where a store keeps the votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feedback(pub bool);

/// The reply, unless working it out needs the sentence model
/// (milliseconds of CPU): then `None`, and an async caller runs [`replied`]
/// on a blocking thread.
pub fn quick_reply(
    engine: &Engine,
    request: &Request,
    feedback: Feedback,
    lang: Lang,
) -> Option<Replied> {
    match *request {
        Request::Ask { question, private } => {
            engine.ask_quick(question).map(|a| Replied::to(engine, &a, private, feedback, lang))
        }
        Request::Message { text, own, private, .. } => match unanswerable(text, own, lang) {
            Some(response) => Some(Replied { response, asked: None }),
            None => engine
                .ask_quick(text)
                .map(|a| framed(request, Replied::to(engine, &a, private, feedback, lang), lang)),
        },
        _ => Some(replied(engine, request, feedback, lang)),
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
    pub fn to(
        engine: &Engine,
        answer: &Answer,
        private: bool,
        feedback: Feedback,
        lang: Lang,
    ) -> Replied {
        let asked = Asked::of(answer);
        let response = self::answer(engine, answer, private, feedback, lang);
        Replied { response, asked: Some(asked) }
    }
}

/// [`reply`], with what it answered.
pub fn replied(engine: &Engine, request: &Request, feedback: Feedback, lang: Lang) -> Replied {
    match *request {
        Request::Ask { question, private } => {
            Replied::to(engine, &engine.ask(question), private, feedback, lang)
        }
        Request::Entry { id, private } => match engine.answer_entry(id) {
            Some(answer) => Replied::to(engine, &answer, private, feedback, lang),
            None => Replied { response: reply(engine, request, lang), asked: None },
        },
        Request::Message { text, own, private, .. } => match unanswerable(text, own, lang) {
            Some(response) => Replied { response, asked: None },
            None => {
                let answered = Replied::to(engine, &engine.ask(text), private, feedback, lang);
                framed(request, answered, lang)
            }
        },
        _ => Replied { response: reply(engine, request, lang), asked: None },
    }
}

/// The longest message "Answer from the article" answers: a question, with
/// the chat around it, not a whole post.
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// The private reply to a message that is not answered: one of the bot's
/// own, one without text (images or embeds only), or one too long to be a
/// question.
fn unanswerable(text: &str, own: bool, lang: Lang) -> Option<CreateInteractionResponse> {
    if own {
        return Some(notice(&tr!(lang, "message-own-title"), &tr!(lang, "message-own")));
    }
    let chars = text.trim().chars().count();
    if chars == 0 {
        return Some(notice(&tr!(lang, "message-empty-title"), &tr!(lang, "message-empty")));
    }
    if chars > MAX_MESSAGE_CHARS {
        let text = tr!(lang, "message-long", max = MAX_MESSAGE_CHARS, chars = chars);
        return Some(notice(&tr!(lang, "message-long-title"), &text));
    }
    None
}

/// A reply to a question, framed for the request that asked it: over a
/// message command, a line saying whose message it answers (by name, with
/// mentions and markdown defused), with a link to it.
pub fn framed(request: &Request, replied: Replied, lang: Lang) -> Replied {
    match *request {
        Request::Message { author, jump, .. } => {
            let author = escaped(&truncate(author, 80));
            let line = tr!(lang, "message-answering", author = author, link = jump.link());
            Replied { response: with_content(replied.response, &line), asked: replied.asked }
        }
        _ => replied,
    }
}

/// A reply could not be worked out (the blocking thread panicked).
pub fn failed(lang: Lang) -> CreateInteractionResponse {
    notice(&tr!(lang, "failed-title"), &tr!(lang, "failed"))
}

/// The reply to a request already read from an interaction, as a bot
/// with no store gives it: no 👍/👎 on answers, and `/kb` says it needs a
/// store. The adapters answer feedback and `/kb` through [`curator`].
pub fn reply(engine: &Engine, request: &Request, lang: Lang) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let feedback = Feedback(false);
    match *request {
        Request::Ping => CreateInteractionResponse::Pong,
        Request::Ask { question, private } => {
            answer(engine, &engine.ask(question), private, feedback, lang)
        }
        Request::Entry { id, private } => match engine.answer_entry(id) {
            Some(a) => answer(engine, &a, private, feedback, lang),
            None => notice(&tr!(lang, "entry-gone-title"), &tr!(lang, "entry-gone")),
        },
        Request::Quote { person, private } => quote(engine, person, private, lang),
        Request::Stats { private } => stats(k, private, lang),
        Request::Compare { private } => compare(k, private, lang),
        Request::Topics { private } => topics(k, private, lang),
        Request::Sources { private } => sources(k, private, lang),
        Request::Help { private } => help(private, lang),
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
            curator::feedback(engine, entry, up, curator::Kept::NotCounted, lang)
        }
        Request::Kb(_) => curator::no_store(lang),
        Request::Settings(_) => super::settings::no_store(lang),
        Request::Learn { path, share } => onboarding::start(engine, path, share, lang),
        Request::LearnStep { path, step } => onboarding::turn(engine, path, step, lang),
        Request::Related { entry } => onboarding::related(engine, entry, lang),
        Request::Quiz { topic, share, seed } => {
            onboarding::quiz_start(engine, topic, share, seed, lang)
        }
        Request::QuizButton { version, topic, seed, choice } => onboarding::quiz_button(
            engine,
            (version, topic, seed, choice),
            onboarding::QuizScore::None,
            lang,
        ),
        Request::SuggestPaths { partial } => {
            let typed = fold(partial.trim());
            let paths = (k.paths.iter())
                .filter(|p| fold(&p.title).contains(&typed) || p.id.contains(&typed))
                .map(|p| choice(&p.title, &p.id));
            autocomplete(paths)
        }
        Request::Message { .. } => replied(engine, request, feedback, lang).response,
        Request::Unsupported => notice(&tr!(lang, "unsupported-title"), &tr!(lang, "unsupported")),
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
    lang: Lang,
) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let asked = truncate(&plain(answer.question.trim()), 300);
    match &answer.outcome {
        Outcome::Answered { entry, matched, unnamed } => {
            let confidence = format!("{:.2}", rounded(answer.confidence));
            let kind = kind_label(lang, entry.kind);
            let mut footer = tr!(lang, "answer-footer", kind = kind, confidence = confidence);
            if !asked.is_empty() && fold(&asked) != fold(matched) {
                footer = tr!(lang, "you-asked-footer", question = asked.as_str(), rest = footer);
            }
            // The chrome is in the member's language, the answer is not:
            // say so once, where it does not get in the way.
            let footer = published_footer(lang, footer);
            // A task the source does not name: say so before the answer,
            // which is what it says of that kind of work.
            let text = match unnamed.is_empty() {
                true => entry.answer.clone(),
                false => {
                    format!("{}\n\n{}", escaped(&unnamed_line(lang, unnamed)), entry.answer)
                }
            };
            let embed = Embed::new(*matched, text, colour(entry.kind).0)
                .field(tr!(lang, "field-who"), k.credit_in(entry.attribution, lang))
                .field(tr!(lang, "field-source"), source_field(k, entry.source, lang))
                .footer(footer);
            let related = engine.related(entry);
            let related = buttons(&related, private, ButtonStyle::Secondary);
            let feedback = feedback.0.then_some(entry.id.as_str());
            message_with(vec![embed], related, feedback, private)
        }
        Outcome::Declined { reason, nearest, closest } => {
            let mut text = decline_message(lang, *reason);
            if !asked.is_empty() {
                let question = escaped(&asked);
                text = format!("{}\n\n{text}", tr!(lang, "you-asked", question = question));
            }
            if let Some(closest) = closest {
                text = format!("{text} {}", escaped(&missing_line(lang, &closest.missing)));
            }
            // The member may have asked in their own language.
            if !lang.is_english() && closest.is_none() {
                text = format!("{text} {}", tr!(lang, "decline-english-hint"));
            }
            if !nearest.is_empty() {
                text = format!("{text}\n\n{}", tr!(lang, "did-you-mean"));
            }
            let mut embed = Embed::new(tr!(lang, "declined-title"), text, DECLINED);
            // The closest fact, sourced: the person still learns something
            // true, and sees it is not an answer to what they asked.
            if let Some(closest) = closest {
                let entry = closest.entry;
                let name = tr!(lang, "closest-fact", question = entry.questions[0].as_str());
                embed = embed
                    .field(truncate(&name, 256), entry.answer.as_str())
                    .field(tr!(lang, "field-who"), k.credit_in(entry.attribution, lang))
                    .field(tr!(lang, "field-source"), source_field(k, entry.source, lang));
            }
            let footer = tr!(lang, "declined-footer");
            let footer = if closest.is_some() { published_footer(lang, footer) } else { footer };
            let embed = embed.footer(footer);
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

fn quote(engine: &Engine, person: &str, private: bool, lang: Lang) -> CreateInteractionResponse {
    let k = engine.knowledge();
    let Some(i) = find_person(k, person) else {
        let names: Vec<String> = k.people.iter().map(|p| format!("• {}", p.credit())).collect();
        let person = escaped(&truncate(person.trim(), 100));
        let text = tr!(lang, "quote-unknown", person = person, people = names.join("\n"));
        let title = tr!(lang, "quote-unknown-title");
        return message(vec![Embed::new(title, text, DECLINED)], Vec::new(), true);
    };
    let p = &k.people[i];
    let views: Vec<&Entry> = k.views_of(i).collect();
    let mut text = p.about.clone();
    if !views.is_empty() {
        text = format!("{text}\n\n**{}**", tr!(lang, "quote-views"));
        for view in &views {
            text.push_str("\n• ");
            text.push_str(&view.answer);
        }
    }
    let footer = published_footer(lang, tr!(lang, "quote-footer"));
    let embed = Embed::new(p.credit(), text, colour(Kind::View).0)
        .field(tr!(lang, "field-source"), source_field(k, p.source, lang))
        .footer(footer);
    let asks: Vec<Suggestion> =
        views.iter().map(|e| Suggestion { question: &e.questions[0], entry: e }).collect();
    message(vec![embed], buttons(&asks, private, ButtonStyle::Secondary), private)
}

fn stats(k: &Knowledge, private: bool, lang: Lang) -> CreateInteractionResponse {
    let embeds: Vec<Embed> = (k.surveys.iter().enumerate())
        .map(|(i, s)| {
            let source = &k.sources[s.source];
            let text = tr!(
                lang,
                "stats-survey",
                run_by = s.run_by.as_str(),
                respondents = s.respondents.to_string(),
                population = s.population.as_str(),
                title = source.title.as_str(),
                publisher = source.publisher.as_str()
            );
            let figures = k.entries.iter().filter(|e| {
                e.kind == Kind::SurveyFigure && e.attribution == Attribution::Survey(i)
            });
            figures
                .fold(
                    Embed::new(s.credit_in(lang), text, colour(Kind::SurveyFigure).0),
                    |embed, e| embed.field(e.figure.clone().unwrap_or_default(), e.answer.as_str()),
                )
                .footer(tr!(lang, "stats-footer"))
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
        let text = tr!(
            lang,
            "stats-other",
            title = source.title.as_str(),
            publisher = source.publisher.as_str()
        );
        let embed = Embed::new(tr!(lang, "stats-other-title"), text, colour(Kind::Fact).0);
        embeds.push(figures.iter().fold(embed, |embed, e| {
            embed.field(e.figure.clone().unwrap_or_default(), e.answer.as_str())
        }));
    }
    if embeds.is_empty() {
        return notice(&tr!(lang, "stats-none-title"), &tr!(lang, "stats-none"));
    }
    message(embeds, Vec::new(), private)
}

fn cell_credit(k: &Knowledge, attribution: Attribution, lang: Lang) -> String {
    match attribution {
        Attribution::Source(_) => tr!(lang, "compare-the-article"),
        other => k.credit_in(other, lang),
    }
}

fn compare(k: &Knowledge, private: bool, lang: Lang) -> CreateInteractionResponse {
    if k.comparison.is_empty() {
        return notice(&tr!(lang, "compare-none-title"), &tr!(lang, "compare-none"));
    }
    let mut intro = tr!(lang, "compare-intro");
    if !lang.is_english() {
        intro = format!("{intro} {}", tr!(lang, "as-published"));
    }
    let mut embed = Embed::new(tr!(lang, "compare-title"), intro, INFO);
    for row in &k.comparison {
        let value = format!(
            "**CIO:** {} — *{}*\n**CTO:** {} — *{}*",
            row.cio.text,
            cell_credit(k, row.cio.attribution, lang),
            row.cto.text,
            cell_credit(k, row.cto.attribution, lang)
        );
        embed = embed.field(row.aspect.as_str(), value);
    }
    let mut sources: Vec<usize> = k.comparison.iter().map(|r| r.source).collect();
    sources.dedup();
    let cited: Vec<String> = sources.iter().map(|&s| k.citation_in(s, lang)).collect();
    let footer = tr!(lang, "compare-footer", sources = cited.join("; "));
    message(vec![embed.footer(footer)], Vec::new(), private)
}

fn bullets<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(|q| format!("• {q}")).collect::<Vec<_>>().join("\n")
}

fn topics(k: &Knowledge, private: bool, lang: Lang) -> CreateInteractionResponse {
    let mut text = tr!(
        lang,
        "topics-intro",
        entries = k.entries.len(),
        facts = k.count(Kind::Fact),
        figures = k.count(Kind::SurveyFigure),
        views = k.count(Kind::View),
        people = k.people.len()
    );
    if !lang.is_english() {
        text = format!("{text}\n*{}*", tr!(lang, "as-published"));
    }
    let mut embed = Embed::new(tr!(lang, "topics-title"), text, INFO);
    for (name, kind) in [
        (tr!(lang, "topics-facts"), Kind::Fact),
        (tr!(lang, "topics-figures"), Kind::SurveyFigure),
        (tr!(lang, "topics-views"), Kind::View),
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
        embed = embed.field(tr!(lang, "topics-people"), people);
    }
    let embed = embed.footer(tr!(lang, "topics-footer"));
    message(vec![embed], Vec::new(), private)
}

fn sources(k: &Knowledge, private: bool, lang: Lang) -> CreateInteractionResponse {
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
                k.surveys.iter().filter(|v| v.source == i).map(|v| v.credit_in(lang)).collect();
            let mut embed =
                Embed::new(s.title.as_str(), s.summary.clone().unwrap_or_default(), INFO)
                    .field(tr!(lang, "sources-published-by"), publisher)
                    .field(
                        tr!(lang, "sources-taken"),
                        tr!(lang, "sources-entries", entries = entries),
                    );
            if !people.is_empty() {
                let people = bullets(people.iter().map(String::as_str));
                embed = embed.field(tr!(lang, "sources-people"), people);
            }
            if !surveys.is_empty() {
                let surveys = bullets(surveys.iter().map(String::as_str));
                embed = embed.field(tr!(lang, "sources-surveys"), surveys);
            }
            if let Some(note) = &s.note {
                embed = embed.field(tr!(lang, "sources-note"), note.as_str());
            }
            embed.footer(tr!(lang, "sources-footer"))
        })
        .collect();
    if embeds.is_empty() {
        return notice(&tr!(lang, "sources-none-title"), &tr!(lang, "sources-none"));
    }
    message(embeds, Vec::new(), private)
}

fn help(private: bool, lang: Lang) -> CreateInteractionResponse {
    // Commands and options as the member's client names them.
    let slash = |key: &str| format!("/{}", tr!(lang, key));
    let (share, private_option) = (tr!(lang, "opt-share"), tr!(lang, "opt-private"));
    let message_command = tr!(lang, "cmd-answer-message");
    let fields = [
        (format!("{} {}", slash("cmd-ask"), tr!(lang, "opt-question")), tr!(lang, "help-ask")),
        (format!("{} {}", slash("cmd-quote"), tr!(lang, "opt-person")), tr!(lang, "help-quote")),
        (slash("cmd-stats"), tr!(lang, "help-stats")),
        (slash("cmd-compare"), tr!(lang, "help-compare")),
        (format!("{} · {}", slash("cmd-topics"), slash("cmd-sources")), tr!(lang, "help-topics")),
        (
            format!("{} · {}", slash("cmd-learn"), slash("cmd-quiz")),
            tr!(lang, "help-learn", share = share),
        ),
        (message_command.clone(), tr!(lang, "help-message", command = message_command)),
        (format!("{} · {}", slash("cmd-kb"), slash("cmd-settings")), tr!(lang, "help-manage")),
        (private_option.clone(), tr!(lang, "help-private", private = private_option)),
    ];
    let embed = fields.into_iter().fold(
        Embed::new(tr!(lang, "help-title"), tr!(lang, "help-intro"), INFO),
        |embed, (name, text)| embed.field(name, text),
    );
    // Said once: the answers are the source's words, in its language.
    let embed = if lang.is_english() { embed } else { embed.footer(tr!(lang, "help-language")) };
    message(vec![embed], Vec::new(), private)
}

#[cfg(test)]
mod tests;
