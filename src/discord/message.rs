//! The building blocks every reply is made of: embeds and buttons kept
//! within Discord's limits, user text with its markdown and mentions
//! defused, and messages that allow no mentions. Every command's replies
//! (`reply`, `onboarding`, `curator`, `settings`) are built from these, so
//! the limits are enforced in one place.
//!
//! The limits: embed title 256, description 4096, 25 fields of 256/1024,
//! footer 2048, 6000 in all; custom_id 100; button label 80; 5 buttons a
//! row, 5 rows.

use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponse, CreateInteractionResponseMessage,
};
use serenity::model::Colour;
use serenity::model::application::ButtonStyle;

use super::limits;
use super::request::{custom_id, feedback_id};
use crate::engine::Suggestion;
use crate::knowledge::Knowledge;
use crate::locale::Lang;

/// The colour of declines and notices.
pub(super) const DECLINED: u32 = 0x95A5A6;
/// The colour of information: help, settings, reports.
pub(super) const INFO: u32 = 0x5865F2;

/// At most `max` characters, ending in "…" when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// One line of user text, safe anywhere: control characters become spaces,
/// bidirectional overrides are dropped (they would reorder the rest of the
/// embed), and mentions are broken with one zero-width space so they
/// neither ping nor render: after every `@` ("@\u{200B}everyone",
/// "<@\u{200B}123>"), and after a `<` not followed by one ("<\u{200B}#1>").
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => out.push(' '),
            '@' => out.push_str("@\u{200B}"),
            '<' if chars.peek() != Some(&'@') => out.push_str("<\u{200B}"),
            c => out.push(c),
        }
    }
    out
}

/// User text for places that render markdown: [`plain`], with markdown
/// characters escaped so `**bold**` shows as typed.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in plain(text).chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '#' | '[' | ']' | '(' | ')' | '-' | ':'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An embed before its limits are enforced.
#[derive(Debug, Clone, Default)]
pub(super) struct Embed {
    title: String,
    description: String,
    fields: Vec<(String, String)>,
    footer: String,
    colour: u32,
    /// An image, by URL: `attachment://NAME` for a file sent with the reply.
    image: Option<String>,
}

impl Embed {
    pub(super) fn new(
        title: impl Into<String>,
        description: impl Into<String>,
        colour: u32,
    ) -> Self {
        Embed { title: title.into(), description: description.into(), colour, ..Embed::default() }
    }

    pub(super) fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.fields.push((name.into(), value.into()));
        self
    }

    pub(super) fn image(mut self, url: impl Into<String>) -> Self {
        self.image = Some(url.into());
        self
    }

    pub(super) fn footer(mut self, footer: impl Into<String>) -> Self {
        self.footer = footer.into();
        self
    }

    fn len(&self) -> usize {
        let fields: usize =
            self.fields.iter().map(|(n, v)| n.chars().count() + v.chars().count()).sum();
        self.title.chars().count()
            + self.description.chars().count()
            + self.footer.chars().count()
            + fields
    }

    /// Cuts every part to its limit, then the description and the last
    /// fields until the whole embed fits in `budget` characters.
    fn clamp(&mut self, budget: usize) {
        self.title = truncate(&self.title, limits::TITLE);
        self.description = truncate(&self.description, limits::DESCRIPTION);
        self.footer = truncate(&self.footer, limits::FOOTER);
        if self.fields.len() > limits::FIELDS {
            self.fields.truncate(limits::FIELDS - 1);
            // No words: this part is said the same in every language.
            self.fields.push(("…".into(), "…".into()));
        }
        for (name, value) in &mut self.fields {
            *name = truncate(name, limits::FIELD_NAME);
            *value = truncate(value, limits::FIELD_VALUE);
        }
        while self.len() > budget {
            let over = self.len() - budget;
            let description = self.description.chars().count();
            if description > 1 {
                self.description =
                    truncate(&self.description, description.saturating_sub(over).max(1));
            } else if self.fields.pop().is_none() {
                self.footer =
                    truncate(&self.footer, self.footer.chars().count().saturating_sub(over));
                self.title = truncate(&self.title, self.title.chars().count().saturating_sub(over));
                break;
            }
        }
    }

    fn build(self) -> CreateEmbed {
        let mut embed = CreateEmbed::new().colour(Colour::new(self.colour));
        // Discord rejects empty titles, descriptions and field texts.
        if !self.title.is_empty() {
            embed = embed.title(self.title);
        }
        if !self.description.is_empty() {
            embed = embed.description(self.description);
        }
        for (name, value) in self.fields {
            if !name.is_empty() && !value.is_empty() {
                embed = embed.field(name, value, false);
            }
        }
        if !self.footer.is_empty() {
            embed = embed.footer(CreateEmbedFooter::new(self.footer));
        }
        if let Some(url) = self.image {
            embed = embed.image(url);
        }
        embed
    }
}

/// A button that asks one of the knowledge's questions.
pub(super) struct Button {
    label: String,
    custom_id: String,
    style: ButtonStyle,
}

pub(super) fn buttons(
    suggestions: &[Suggestion],
    private: bool,
    style: ButtonStyle,
) -> Vec<Button> {
    let button = |s: &Suggestion| Button {
        label: s.question.to_owned(),
        custom_id: custom_id(&s.entry.id, private),
        style,
    };
    suggestions.iter().map(button).collect()
}

/// A message reply: embeds within the limits, question buttons in rows of
/// five, no mentions allowed, ephemeral when private.
pub(super) fn message(
    embeds: Vec<Embed>,
    buttons: Vec<Button>,
    private: bool,
) -> CreateInteractionResponse {
    message_with(embeds, buttons, None, private)
}

/// [`message`], with a last row of 👍/👎 for the answer from `feedback`.
pub(super) fn message_with(
    embeds: Vec<Embed>,
    buttons: Vec<Button>,
    feedback: Option<&str>,
    private: bool,
) -> CreateInteractionResponse {
    let embeds = within_limits(embeds);
    let rows_for_questions = limits::ROWS - usize::from(feedback.is_some());
    let buttons: Vec<CreateButton> = buttons
        .into_iter()
        .filter(|b| b.custom_id.len() <= limits::CUSTOM_ID)
        .take(limits::BUTTONS_PER_ROW * rows_for_questions)
        .map(|b| {
            let label = truncate(&b.label, limits::BUTTON_LABEL);
            CreateButton::new(b.custom_id).label(label).style(b.style)
        })
        .collect();
    let mut rows: Vec<CreateActionRow> = buttons
        .chunks(limits::BUTTONS_PER_ROW)
        .map(|row| CreateActionRow::Buttons(row.to_vec()))
        .collect();
    if let Some(entry) = feedback {
        let (up, down) = (feedback_id(entry, true), feedback_id(entry, false));
        if down.len() <= limits::CUSTOM_ID {
            let vote = |id: String, emoji: char| {
                CreateButton::new(id).emoji(emoji).style(ButtonStyle::Secondary)
            };
            rows.push(CreateActionRow::Buttons(vec![vote(up, '👍'), vote(down, '👎')]));
        }
    }
    let mut data = CreateInteractionResponseMessage::new()
        .embeds(embeds)
        .allowed_mentions(CreateAllowedMentions::new());
    if private {
        data = data.ephemeral(true);
    }
    if !rows.is_empty() {
        data = data.components(rows);
    }
    CreateInteractionResponse::Message(data)
}

/// Embeds cut to Discord's limits, each and together.
fn within_limits(embeds: Vec<Embed>) -> Vec<CreateEmbed> {
    let mut budget = limits::EMBED_TOTAL;
    embeds
        .into_iter()
        .take(limits::EMBEDS)
        .map(|mut e| {
            e.clamp(budget);
            budget = budget.saturating_sub(e.len());
            e.build()
        })
        .collect()
}

/// How a card reaches the user: as a new message, or in place of the
/// message whose button was clicked (Discord keeps that one's visibility).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Delivery {
    New { private: bool },
    Update,
}

/// A message of embeds and rows of ready-made buttons (at most five rows of
/// five; the caller keeps custom_ids within 100 characters), no mentions.
pub(super) fn card(
    embeds: Vec<Embed>,
    rows: Vec<Vec<CreateButton>>,
    delivery: Delivery,
) -> CreateInteractionResponse {
    let rows: Vec<CreateActionRow> = (rows.into_iter())
        .filter(|row| !row.is_empty())
        .take(limits::ROWS)
        .map(|row| {
            CreateActionRow::Buttons(row.into_iter().take(limits::BUTTONS_PER_ROW).collect())
        })
        .collect();
    let mut data = CreateInteractionResponseMessage::new()
        .embeds(within_limits(embeds))
        .allowed_mentions(CreateAllowedMentions::new())
        .components(rows);
    match delivery {
        Delivery::New { private } => {
            if private {
                data = data.ephemeral(true);
            }
            CreateInteractionResponse::Message(data)
        }
        Delivery::Update => CreateInteractionResponse::UpdateMessage(data),
    }
}

/// A file sent with a reply (an image its embed shows as
/// `attachment://NAME`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A reply and the files sent with it: over the gateway as attachments of
/// the callback, over the HTTP endpoint as a multipart response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub response: CreateInteractionResponse,
    pub files: Vec<File>,
}

impl From<CreateInteractionResponse> for Reply {
    fn from(response: CreateInteractionResponse) -> Self {
        Reply { response, files: Vec::new() }
    }
}

/// A reply with `file` sent along. Discord attaches the files of a reply
/// by their file name (an embed shows one as `attachment://NAME`); the
/// optional `attachments` list is left out, since Discord's spec types its
/// ids as snowflake strings where serenity writes numbers.
pub(super) fn with_file(response: CreateInteractionResponse, file: File) -> Reply {
    Reply { response, files: vec![file] }
}

/// A message reply with a line of text above its embeds (Discord's
/// `content`, within its 2000 characters). Other replies are as they are.
pub(super) fn with_content(
    response: CreateInteractionResponse,
    content: &str,
) -> CreateInteractionResponse {
    match response {
        CreateInteractionResponse::Message(data) => {
            CreateInteractionResponse::Message(data.content(truncate(content, limits::CONTENT)))
        }
        other => other,
    }
}

/// A short, private note: for user mistakes and the unexpected.
pub(super) fn notice(title: &str, text: &str) -> CreateInteractionResponse {
    message(vec![Embed::new(title, text, DECLINED)], Vec::new(), true)
}

/// A footer of a reply that shows the source's words: in a language other
/// than English it first says they are as published, in English.
pub(super) fn published_footer(lang: Lang, footer: String) -> String {
    if lang.is_english() {
        return footer;
    }
    format!("{} · {footer}", crate::tr!(lang, "as-published"))
}

/// Where an entry was published, as a field's text.
pub(super) fn source_field(k: &Knowledge, source: usize, lang: Lang) -> String {
    let s = &k.sources[source];
    match &s.publisher_site {
        Some(site) => format!("{} ({site})", k.citation_in(source, lang)),
        None => k.citation_in(source, lang),
    }
}
