//! Text analysis shared by the knowledge index and by incoming questions:
//! Unicode folding, tokenising, synonym rewriting, stop words and stemming.
//!
//! Both sides of a match go through the same [`Analyzer`], so a curator's
//! "Chief Information Officer" and a user's "cio's" meet on the same term.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use unicode_normalization::UnicodeNormalization;

/// Folds text to a canonical form for comparison: compatibility forms
/// (NFKC: full-width letters, ligatures, superscripts), full Unicode case
/// folding (`ß` → `ss`), accents removed, and invisible format characters
/// removed (zero-width spaces and joiners, bidirectional marks, soft
/// hyphens, BOM), which would otherwise split or hide words.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        // The common case, and all the normal forms agree on ASCII.
        return join_dotted_acronyms(text.to_ascii_lowercase());
    }
    let visible: String = text.chars().filter(|&c| !is_invisible(c)).collect();
    let folded = caseless::default_case_fold_str(&visible.nfkc().collect::<String>());
    let plain: String = folded.nfkd().filter(|&c| !is_combining_mark(c)).nfc().collect();
    join_dotted_acronyms(plain)
}

/// "c.i.o." → "cio": an acronym written with dots is one word.
fn join_dotted_acronyms(text: String) -> String {
    // Read for every word of every text that holds a full stop (most long
    // questions), so it counts the letters as it goes rather than
    // collecting them.
    let is_dotted = |chunk: &str| {
        let core = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
        let mut letters = 0;
        for part in core.split('.') {
            let mut chars = part.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_alphabetic() => letters += 1,
                _ => return false,
            }
        }
        letters >= 2
    };
    if !text.contains('.') || !text.split(' ').any(is_dotted) {
        return text;
    }
    let chunks: Vec<String> = text
        .split(' ')
        .map(|chunk| if is_dotted(chunk) { chunk.replace('.', "") } else { chunk.to_owned() })
        .collect();
    chunks.join(" ")
}

/// Case folding would make "IT" the stop word "it"; written in capitals it
/// is information technology ("internal IT operations"), so it is kept as
/// a word of its own before folding.
fn mark_it(text: &str) -> Cow<'_, str> {
    let standalone = |i: usize| {
        let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + 2..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    };
    let hits: Vec<usize> =
        text.match_indices("IT").map(|(i, _)| i).filter(|&i| standalone(i)).collect();
    if hits.is_empty() {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8 * hits.len());
    let mut last = 0;
    for i in hits {
        out.push_str(&text[last..i]);
        out.push_str(INFOTECH);
        last = i + 2;
    }
    out.push_str(&text[last..]);
    out.into()
}

/// The word "IT" (information technology) is read as, capitals kept apart
/// from the stop word "it".
pub const INFOTECH: &str = "infotech";

/// Combining diacritical marks, dropped after decomposition so that
/// "Özgür" meets "Ozgur" and "résumé" meets "resume".
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Unicode format characters (category Cf) that appear in pasted text.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
}

/// Splits folded text into word tokens. Letters and digits make words;
/// `%` is a word of its own (so "83%" is "83", "%"); a clitic after an
/// apostrophe is dropped ("cio's" → "cio", "what's" → "what"); everything
/// else separates words.
pub fn tokenize(folded: &str) -> Vec<&str> {
    // About one word in six bytes of English: most questions never regrow.
    let mut tokens = Vec::with_capacity(folded.len() / 6 + 1);
    let mut start: Option<usize> = None;
    // Set when the previous character was an apostrophe right after a word.
    let mut after_apostrophe = false;
    let mut prev_was_word = false;
    for (i, c) in folded.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            prev_was_word = true;
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut tokens, &folded[s..i], after_apostrophe);
        }
        after_apostrophe = prev_was_word && matches!(c, '\'' | '’' | 'ʼ');
        prev_was_word = false;
        if c == '%' {
            tokens.push("%");
        }
    }
    if let Some(s) = start {
        push_word(&mut tokens, &folded[s..], after_apostrophe);
    }
    tokens
}

fn push_word<'a>(tokens: &mut Vec<&'a str>, word: &'a str, after_apostrophe: bool) {
    if !(after_apostrophe && CLITICS.contains(&word)) {
        tokens.push(word);
    }
}

/// English clitics that follow an apostrophe.
const CLITICS: &[&str] = &["d", "ll", "m", "re", "s", "t", "ve"];

/// Words that carry no meaning for matching: English function words, the
/// fillers people wrap questions in ("hey, could you tell me ..."), and the
/// words that ask for someone's view ("what does X think / say"), which say
/// who is asked about, not what.
/// Negations and "both" are kept: "a company with no CIO" and "hold both
/// titles" depend on them.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "abt", "according", "actually", "afaik", "after", "again", "all", "also",
    "am", "an", "and", "any", "anybody", "anyone", "anything", "anyway", "anyways", "approximately",
    "are", "aren", "argue", "argues", "as", "at", "b", "basically", "be", "because", "been", "being",
    "believe", "believes", "between", "bot", "btw", "btwn", "but", "by", "can", "could", "curious", "d",
    "describe", "described", "describes", "describing", "did", "do", "does", "doing", "dr", "during",
    "each", "eh", "either", "else", "er", "etc", "even", "ever", "everyone", "everything",
    "exactly", "explain", "few", "folks", "for", "fr", "from", "further", "generally", "get",
    "gets", "give", "go", "goes", "going", "gone", "got", "guys", "had", "has", "have", "having",
    "he", "hello", "help", "her", "here", "hers", "herself", "hey", "hi", "him", "himself", "his",
    "honestly", "how", "however", "i", "idk", "if", "iirc", "im", "imho", "imo", "in", "into", "irl",
    "is", "isn", "it", "its", "itself", "just", "kind", "know", "let", "lets", "like", "list", "ll",
    "lol", "m", "many", "may", "me", "mention", "mentioned", "mentions", "might", "more", "most", "mostly",
    "much", "must", "my", "myself", "need", "needs", "ngl", "now", "of", "off", "ok", "okay", "on",
    "once", "one", "only", "opinion", "opinions", "or", "other", "ought", "our", "ours",
    "ourselves", "out", "over", "per", "perspective", "please", "pls", "plz", "pretty", "quick",
    "quickly", "quite", "re", "really", "remind", "roughly", "s", "said", "same", "say", "saying", "says",
    "shall", "she", "should", "show", "so", "some", "somebody", "someone", "something", "sort",
    "stance", "stuff", "such", "sure", "t", "take", "takes", "tbh", "tell", "than", "thank",
    "thanks", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
    "they", "thing", "things", "think", "thinks", "this", "tho", "those", "thought", "thoughts",
    "through", "thx", "tl", "to", "too", "typically", "u", "uh", "um", "under", "until", "up", "usually",
    "ve", "very", "view", "views", "w", "want", "was", "way", "we", "well", "went", "were", "what",
    "whats", "when", "where", "whether", "which", "while", "who", "whom", "whos", "whose", "why",
    "will", "wise", "with", "wondering", "would", "ya", "yeah", "yes", "yet", "you", "your",
    "yours", "yourself", "yourselves",
];

/// Whether `word` (folded) is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// One meaningful word of an analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word as written (after synonym rewriting), for typo and
    /// prefix matching against the vocabulary.
    pub surface: String,
    /// The stemmed form that the index matches on.
    pub term: String,
}

/// A synonym rule: `phrase` (folded words) is read as `canonical`.
#[derive(Debug, Clone)]
struct Rule {
    phrase: Vec<String>,
    canonical: Vec<String>,
}

/// Turns text into [`Token`]s. Built once from the curated synonyms.
pub struct Analyzer {
    stemmer: Stemmer,
    /// Rules by their first word, longest phrase first.
    rules: FxHashMap<String, Vec<Rule>>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").field("rules", &self.rules.len()).finish()
    }
}

impl Analyzer {
    /// Builds an analyzer from `(canonical, variants)` pairs. Phrases are
    /// folded and tokenised like any text, so rules may be written in any
    /// case; and like any text, "IT" written in capitals is information
    /// technology: "IT chief" matches a question's "IT chief", "it chief"
    /// one typed in lower case.
    pub fn new<'a>(synonyms: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Self {
        let mut rules: FxHashMap<String, Vec<Rule>> = FxHashMap::default();
        for (canonical, variants) in synonyms {
            let canonical = words(&mark_it(canonical));
            for variant in variants {
                let phrase = words(&mark_it(variant));
                if let Some(first) = phrase.first() {
                    let rule = Rule { phrase: phrase.clone(), canonical: canonical.clone() };
                    rules.entry(first.clone()).or_default().push(rule);
                }
            }
        }
        for list in rules.values_mut() {
            // Longest first, then alphabetical, so rewriting never depends
            // on the order of files in the folder.
            list.sort_by(|a, b| b.phrase.len().cmp(&a.phrase.len()).then(a.phrase.cmp(&b.phrase)));
        }
        Analyzer { stemmer: Stemmer::create(Algorithm::English), rules }
    }

    /// The meaningful tokens of `text`, in order.
    ///
    /// Synonyms are applied twice: on the words as written ("in charge of"
    /// holds stop words), then once stop words are gone, so that "work well
    /// together" still meets "work together". Words a rule produced are not
    /// rewritten again.
    pub fn analyze(&self, text: &str) -> Vec<Token> {
        self.words(text)
            .into_iter()
            .map(|surface| {
                let term = self.stem(&surface);
                Token { surface, term }
            })
            .collect()
    }

    /// The meaningful words of `text` as written (folded, synonyms applied,
    /// stop words removed), before stemming: [`Analyzer::analyze`] without
    /// the stems, for callers that cache them.
    pub fn words(&self, text: &str) -> Vec<String> {
        let mut words = Vec::new();
        self.each_word(text, |w| words.push(w.to_owned()));
        words
    }

    /// Calls `f` with each meaningful word of `text`, as [`Analyzer::words`]
    /// would return them, without allocating one string per word.
    pub fn each_word(&self, text: &str, f: impl FnMut(&str)) {
        let folded = fold(&mark_it(text));
        self.each_token(&tokenize(&folded), f);
    }

    /// [`Analyzer::words`], given the words [`tokenize`] makes of
    /// `fold(text)`: they are the words read unless `text` writes "IT" in
    /// capitals (which is read as a word of its own).
    pub fn words_typed(&self, text: &str, tokens: &[&str]) -> Vec<String> {
        if let Cow::Owned(_) = mark_it(text) {
            return self.words(text);
        }
        let mut words = Vec::new();
        self.each_token(tokens, |w| words.push(w.to_owned()));
        words
    }

    /// [`Analyzer::each_word`] of the text's tokens.
    fn each_token(&self, tokens: &[&str], mut f: impl FnMut(&str)) {
        let raw: Vec<(&str, bool)> = tokens.iter().map(|&w| (w, false)).collect();
        let first = self.rewrite(&raw);
        let content: Vec<(&str, bool)> =
            first.into_iter().filter(|&(w, _)| w == "%" || !is_stop_word(w)).collect();
        for (word, _) in self.rewrite(&content) {
            f(if word == "%" { "percent" } else { word });
        }
    }

    /// One pass of synonym rules; the flag marks words a rule produced.
    fn rewrite<'a>(&'a self, words: &[(&'a str, bool)]) -> Vec<(&'a str, bool)> {
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            match self.rule_at(&words[i..]) {
                Some(rule) => {
                    out.extend(rule.canonical.iter().map(|w| (w.as_str(), true)));
                    i += rule.phrase.len();
                }
                None => {
                    out.push(words[i]);
                    i += 1;
                }
            }
        }
        out
    }

    /// Single-word synonyms with single-word terms (`"collaboration"` →
    /// `"collaborate"`), so that a misspelt variant can still be corrected
    /// towards a word the knowledge uses.
    pub fn variants(&self) -> impl Iterator<Item = (&str, &str)> {
        self.rules.values().flatten().filter_map(|rule| {
            match (&rule.phrase[..], &rule.canonical[..]) {
                ([variant], [canonical]) => Some((variant.as_str(), canonical.as_str())),
                _ => None,
            }
        })
    }

    fn rule_at(&self, words: &[(&str, bool)]) -> Option<&Rule> {
        let (first, produced) = words[0];
        if produced {
            return None;
        }
        let candidates = self.rules.get(first)?;
        candidates.iter().find(|rule| {
            rule.phrase.len() <= words.len()
                && rule.phrase.iter().zip(words).all(|(p, (w, produced))| !produced && p == w)
        })
    }

    /// The stem of one folded word. Digits and short acronyms stay as they
    /// are: "ai" or "415" have nothing to strip.
    pub fn stem(&self, word: &str) -> String {
        if word.len() <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
            word.to_owned()
        } else if let Some(agent) = agent_noun(word) {
            agent.to_owned()
        } else if matches!(word, "practical" | "practically") {
            // Not "practice": the article's overview cites "practical
            // steps"; the partnership's practices are another entry.
            "practical".to_owned()
        } else {
            self.stemmer.stem(word).into_owned()
        }
    }
}

/// People named for what they do, kept apart from the activity the stemmer
/// would make them: a product manager is not SaaS management, and
/// Pfeiffer's operator is not Gupta's operations.
fn agent_noun(word: &str) -> Option<&'static str> {
    match word {
        "manager" | "managers" => Some("manager"),
        "operator" | "operators" => Some("operator"),
        _ => None,
    }
}

fn words(text: &str) -> Vec<String> {
    tokenize(&fold(text)).into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        let cio = vec!["Chief Information Officer".to_owned(), "CIOs".to_owned()];
        let pct = vec!["%".to_owned(), "per cent".to_owned()];
        Analyzer::new([("cio", cio.as_slice()), ("percent", pct.as_slice())])
    }

    fn terms(text: &str) -> Vec<String> {
        analyzer().analyze(text).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOP_WORDS);
    }

    /// Fillers around what is asked carry nothing ("does the article say
    /// anything about…", "is that roughly right?"); a negation does:
    /// "companies that don't have a CIO" asks of companies without one.
    #[test]
    fn fillers_are_stop_words_and_negations_are_not() {
        for filler in ["anything", "anybody", "everything", "honestly", "roughly", "approximately"]
        {
            assert!(is_stop_word(filler), "{filler}");
        }
        for negation in ["no", "not", "don", "doesn", "without", "nobody"] {
            assert!(!is_stop_word(negation), "{negation}");
        }
    }

    #[test]
    fn folds_case_width_and_invisible_characters() {
        assert_eq!(fold("ＣＩＯ"), "cio");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("C\u{200B}T\u{200D}O\u{202E}"), "cto");
        assert_eq!(fold("Özgür Résumé"), "ozgur resume");
        assert_eq!(fold("wat does c.i.o. mean? e.g. 3.5"), "wat does cio mean? eg 3.5");
    }

    #[test]
    fn joins_only_acronyms_of_single_letters_and_dots() {
        let cases = [
            ("the u.s. and the u.k.", "the us and the uk"),
            ("c.t.o, or c.i.o?", "cto, or cio?"),
            ("é.t.é", "ete"),
            ("a.b", "ab"),
            ("a. b. done.", "a. b. done."),
            ("ab.c x.yz c..i .a a.", "ab.c x.yz c..i .a a."),
            ("v1.2 3.5 a.1", "v1.2 3.5 a.1"),
        ];
        for (text, folded) in cases {
            assert_eq!(fold(text), folded, "{text}");
        }
    }

    #[test]
    fn tokenizes_possessives_percentages_and_hyphens() {
        assert_eq!(
            tokenize("the cio's 83% off-the-shelf"),
            ["the", "cio", "83", "%", "off", "the", "shelf"]
        );
        assert_eq!(tokenize("nasa’s jpl"), ["nasa", "jpl"]);
        assert_eq!(tokenize("🙂 **bold** @everyone"), ["bold", "everyone"]);
        assert_eq!(tokenize("'quoted' o'brien"), ["quoted", "o", "brien"]);
        assert!(tokenize("").is_empty());
    }

    #[test]
    fn synonyms_rewrite_longest_phrase_before_stop_words() {
        assert_eq!(terms("What does a Chief Information Officer do?"), ["cio"]);
        assert_eq!(terms("CIOs"), ["cio"]);
        assert_eq!(terms("83 per cent"), ["83", "percent"]);
        assert_eq!(terms("83%"), ["83", "percent"]);
    }

    #[test]
    fn stems_words_but_not_numbers_or_short_acronyms() {
        assert_eq!(
            terms("collaborating organizations 2020s ai"),
            ["collabor", "organ", "2020s", "ai"]
        );
        // A manager is a person, not management.
        assert_eq!(terms("managers management manager"), ["manager", "manag", "manager"]);
        // Practical is not practice: the overview's "practical steps" are not
        // the partnership's practices (+4/-1/0 on the development sets).
        assert_eq!(terms("practical practically practices"), ["practical", "practical", "practic"]);
    }

    #[test]
    fn synonyms_also_apply_once_stop_words_are_gone() {
        let together = vec!["work together".to_owned()];
        let a = Analyzer::new([("collaborate", together.as_slice())]);
        let terms: Vec<String> =
            a.analyze("work well together").into_iter().map(|t| t.term).collect();
        assert_eq!(terms, ["collabor"]);
    }

    #[test]
    fn capital_it_is_information_technology_not_a_stop_word() {
        assert_eq!(terms("internal IT operations"), ["intern", "infotech", "oper"]);
        assert_eq!(terms("is it IT?"), ["infotech"]);
        assert_eq!(terms("ITALY"), ["itali"]);
    }

    #[test]
    fn a_rule_written_with_capital_it_matches_it_written_so() {
        let chief = vec!["IT chief".to_owned(), "it chief".to_owned()];
        let a = Analyzer::new([("cio", chief.as_slice())]);
        for question in ["who is the IT chief?", "who is the it chief?"] {
            assert_eq!(a.words(question), ["cio"], "{question}");
        }
        let lower = vec!["it chief".to_owned()];
        let a = Analyzer::new([("cio", lower.as_slice())]);
        assert_eq!(a.words("who is the IT chief?"), ["infotech", "chief"]);
    }

    #[test]
    fn keeps_negations() {
        assert_eq!(terms("a company with no cio"), ["compani", "no", "cio"]);
    }

    proptest::proptest! {
        /// Reading the words from a question's tokens reads what reading
        /// the question does, "IT" in capitals included.
        #[test]
        fn words_read_from_the_tokens_are_the_words(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "IT", "it", "It", "chief", "information", "officer", "CIOs", "per", "cent",
                "%", "c.i.o.", "Ｉ", "T", "83", "who", "runs", "\u{200b}", "ITs", "?",
            ]), 0..12),
        ) {
            let question = parts.join(" ");
            let folded = fold(&question);
            let analyzer = analyzer();
            proptest::prop_assert_eq!(
                analyzer.words_typed(&question, &tokenize(&folded)),
                analyzer.words(&question)
            );
        }
    }
}
