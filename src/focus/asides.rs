//! What a question says beside what it asks, taken out before it is read:
//! the names it mentions, the emoji it types by name, the article named by
//! its two roles, a "vice versa" asking the same the other way round, and
//! a "kindly advise" asking to be told.

use std::borrow::Cow;

/// `text` without its asides: the names it mentions ("@jordan what % said
/// …"), for who is addressed is not what is asked; emoji typed by name
/// (":eyes:", Discord's `<:name:id>`), which are only a tone, as the emoji
/// themselves are; the two roles in the article's name ("in that CIO vs
/// CTO article, what % said …"), which compare nothing the question asks;
/// and "vice versa", "or the other way round", "and the reverse", which
/// ask the same the other way round: an entry answering one way answers,
/// and the words name nothing an entry must hold ("how many CIOs have a
/// CTO and vice versa?"); and "kindly advise" or "please advise", which
/// ask to be told, not for advice.
///
/// Words are parted by single spaces; `text` comes back as it is when it
/// has no aside and is spaced so already (most questions).
pub fn without_asides(text: &str) -> Cow<'_, str> {
    // One pass: no mention, and single spaces between words only.
    let mut after_space = true;
    let unchanged = text.chars().all(|c| {
        let fits = match c {
            ' ' | '@' | ':' | '<' | '#' | '`' => !after_space,
            c => !c.is_whitespace(),
        };
        after_space = c == ' ';
        fits
    }) && !text.ends_with(' ');
    // Most questions compare nothing, ask nothing both ways and hold no
    // request formula: only one that may ("vs", "versus", "vice versa",
    // "reverse", "conversely", "way round", "advise", in any case) is split
    // to look.
    let bytes = text.as_bytes();
    let next = |at: usize, word: &[u8]| {
        bytes[at..].get(..word.len()).is_some_and(|b| b.eq_ignore_ascii_case(word))
    };
    let (mut compares, mut both_ways, mut advises) = (false, false, false);
    for (at, byte) in bytes.iter().enumerate() {
        match byte | 0x20 {
            b'v' => {
                compares |= next(at, b"vs") || next(at, b"versus");
                both_ways |= next(at, b"vers");
            }
            b'w' => both_ways |= next(at, b"way r") || next(at, b"way a"),
            b'a' => advises |= next(at, b"advise") || next(at, b"advice"),
            _ => {}
        }
    }
    if unchanged && !compares && !both_ways && !advises {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let named = if compares { article_named_at(&words) } else { None };
    let reversed = if both_ways { both_ways_at(&words) } else { None };
    let polite = if advises { politely_asked_at(&words) } else { None };
    if unchanged && named.is_none() && reversed.is_none() && polite.is_none() {
        return Cow::Borrowed(text);
    }
    let mut words: Vec<Cow<str>> = words.into_iter().map(Cow::Borrowed).collect();
    // The later span first, so the earlier one's place still holds.
    let mut spans: Vec<(usize, usize)> = named.map(|at| (at, 3)).into_iter().collect();
    spans.extend(reversed);
    spans.extend(polite.map(|at| (at, 2)));
    spans.sort_unstable_by(|a, b| b.cmp(a));
    for (at, len) in spans {
        if at + len > words.len() {
            continue;
        }
        // The sentence's end ("… vice versa?") stays, on the word before.
        let last = &words[at + len - 1];
        let end =
            last[last.trim_end_matches(|c: char| c.is_ascii_punctuation()).len()..].to_owned();
        words.drain(at..at + len);
        if let Some(before) = at.checked_sub(1).and_then(|b| words.get_mut(b)) {
            before.to_mut().push_str(&end);
        }
    }
    let mut kept: Vec<Cow<str>> = Vec::with_capacity(words.len());
    for word in words {
        if !is_mention(&word) && !is_emoji_name(&word) && !is_channel(&word) {
            kept.push(word);
            continue;
        }
        // The sentence's end after a mention or an emoji stays, on the
        // word before ("what % said @kim?").
        let bare = word.trim_end_matches(SENTENCE_ENDS);
        if let Some(before) = kept.last_mut().filter(|_| bare.len() < word.len()) {
            before.to_mut().push_str(&word[bare.len()..]);
        }
    }
    Cow::Owned(kept.join(" "))
}

/// What may follow a mention or an emoji and end the sentence or clause.
const SENTENCE_ENDS: [char; 5] = ['.', ',', '!', '?', ';'];

/// Whether `word` mentions someone: as typed ("@jordan") or as Discord
/// sends a mention of a member, a role or a channel ("<@123>", "<@!123>",
/// "<@&123>", "<#123>"), whose id would otherwise read as a number.
fn is_mention(word: &str) -> bool {
    if word.starts_with('@') {
        return true;
    }
    let word = word.trim_end_matches(SENTENCE_ENDS).trim_end_matches(':');
    let id = ["<@!", "<@&", "<@", "<#"].iter().find_map(|p| word.strip_prefix(p));
    id.and_then(|w| w.strip_suffix('>'))
        .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `word` names a channel as typed, not as Discord sends a link to
/// one ("need the number for #exec-updates", in code or not): Discord's
/// channel names are lower case, with hyphens and underscores. Which
/// channel a figure is wanted in is not what is asked.
fn is_channel(word: &str) -> bool {
    let word = word.trim_end_matches(SENTENCE_ENDS);
    let word = word.strip_prefix('`').and_then(|w| w.strip_suffix('`')).unwrap_or(word);
    let Some(name) = word.strip_prefix('#') else { return false };
    name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_".contains(&b))
}

/// Whether `word` is an emoji typed by its name, as Discord's shortcodes
/// (":sweat_smile:", ":+1:") and custom emoji ("<:party:1234>",
/// "<a:dance:1234>") are, with the sentence's end after it or not.
fn is_emoji_name(word: &str) -> bool {
    let word = word.trim_end_matches(SENTENCE_ENDS);
    let name = |n: &str| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b"_+-".contains(&b))
    };
    if let Some(inner) = word.strip_prefix(':').and_then(|w| w.strip_suffix(':')) {
        return name(inner);
    }
    let custom = word.strip_prefix("<a:").or_else(|| word.strip_prefix("<:"));
    custom
        .and_then(|w| w.strip_suffix('>'))
        .and_then(|w| w.split_once(':'))
        .is_some_and(|(n, id)| name(n) && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// Where the article is named by the two roles of its title: "CIO vs CTO"
/// just before a word for the article ("that cio vs cto piece").
fn article_named_at(words: &[&str]) -> Option<usize> {
    let role = |w: &str| is(w, &["cio", "cto", "cios", "ctos"]);
    words.windows(4).position(|w| {
        role(w[0])
            && is(w[1], &["vs", "versus", "v"])
            && role(w[2])
            && is(w[3], &["article", "piece", "post", "blog", "writeup"])
    })
}

/// Where a request formula asks to be told ("Kindly advise what the
/// traditional split is", "…, please advise."): "advise" there asks for
/// the answer, not for advice, which the article never gives.
fn politely_asked_at(words: &[&str]) -> Option<usize> {
    // Followed by what is asked, or ending a clause: "please advise me
    // whom to hire" asks for advice.
    let told = |at: usize| {
        let Some(next) = words.get(at + 1) else { return true };
        words[at].ends_with(|c: char| c.is_ascii_punctuation())
            || is(next, &["what", "whats", "who", "whom", "which", "how", "whether", "if", "on"])
    };
    (0..words.len().saturating_sub(1)).find(|&at| {
        is(words[at], &["kindly", "please", "pls", "plz"])
            && is(words[at + 1], &["advise", "advice"])
            && told(at + 1)
    })
}

/// Where the question asks the same the other way round, and how many
/// words say so, with the "and"/"or" before them: "vice versa",
/// "conversely", "(the) other way round/around", and "and/or the reverse"
/// ending a clause ("the reverse of what I thought" names something).
fn both_ways_at(words: &[&str]) -> Option<(usize, usize)> {
    let bare =
        |at: usize| words.get(at).map_or("", |w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let ends_clause = |at: usize| {
        at + 1 == words.len() || words[at].ends_with(|c: char| c.is_ascii_punctuation())
    };
    (0..words.len()).find_map(|at| {
        let len = match bare(at).to_ascii_lowercase().as_str() {
            "vice" if bare(at + 1).eq_ignore_ascii_case("versa") => 2,
            "vice-versa" | "conversely" => 1,
            "the" if is(bare(at + 1), &["other"]) && is(bare(at + 2), &["way"]) => {
                match is(bare(at + 3), &["round", "around"]) {
                    true => 4,
                    false => return None,
                }
            }
            "other"
                if (at == 0 || !is(words[at - 1], &["the"]))
                    && is(bare(at + 1), &["way"])
                    && is(bare(at + 2), &["round", "around"]) =>
            {
                3
            }
            "the"
                if is(bare(at + 1), &["reverse"])
                    && at > 0
                    && is(words[at - 1], &["and", "or"])
                    && ends_clause(at + 1) =>
            {
                2
            }
            _ => return None,
        };
        let joined = at > 0 && is(words[at - 1], &["and", "or"]);
        Some(if joined { (at - 1, len + 1) } else { (at, len) })
    })
}

/// Whether `word`, without its punctuation, is one of `any`, in any case.
fn is(word: &str, any: &[&str]) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    any.iter().any(|a| bare.eq_ignore_ascii_case(a))
}
