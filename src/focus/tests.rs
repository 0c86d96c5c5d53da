//! What a question asks about, read from questions as people type them.

use super::*;

fn focus(question: &str) -> Vec<String> {
    read(question, &crate::ask::read(question)).words
}

/// Money is asked wherever it stands in the question: the article gives
/// no pay, budget or cost, so the entry must hold the word itself.
#[test]
fn money_is_a_focus_wherever_it_is_asked() {
    for (q, money) in [
        ("What does a CIO typically get paid compared to a CTO?", "paid"),
        ("do ctos earn more than cios", "earn"),
        ("How is the technology budget split between the CIO and the CTO?", "budget"),
        ("Roughly what does a joint data lake project cost?", "cost"),
    ] {
        assert!(focus(q).iter().any(|w| w == money), "{q}: {:?}", focus(q));
    }
    assert!(focus("What does a CIO do compared to a CTO?").is_empty());
}

#[test]
fn the_head_of_what_is_asked_is_the_focus() {
    let cases: &[(&str, &[&str])] = &[
        ("What budget does the CIO hold at most firms?", &["budget"]),
        ("Which companies was Vishal Gupta CTO and CIO at?", &["companies"]),
        ("What was the average age of the survey's CIOs?", &["average age"]),
        ("Which cloud provider runs the shared platform?", &["cloud provider"]),
        ("what kind of tools are used for the joint data lake", &["tools"]),
        ("what is the meaning of life", &["life"]),
        ("Which FinTech or InsurTech companies does it name?", &["insurtech companies"]),
        ("Which sectors or industries do CTOs thrive in?", &["industries"]),
        ("what is the definition of a data lake", &["data lake"]),
        ("Who's the author of this CIO vs CTO piece?", &["author"]),
        ("Who wrote the original article?", &["wrote"]),
        ("How old is Wendy Pfeiffer?", &["old"]),
        // A method verb in the passive asks the method itself: holding
        // the verb does not answer it.
        ("How were the 415 respondents picked?", &["method", "picked"]),
        ("How were they recruited?", &["method", "recruited"]),
        ("How did they choose whom to survey?", &["choose"]),
        ("How was the Transposit survey actually run?", &["run"]),
        ("How is the CIO role run day to day at Nutanix?", &["run"]),
        ("What share of CTOs specifically said it is joint?", &["specifically"]),
        ("What percentage of respondents said the CIO alone owns SaaS?", &["alone"]),
        // Offered against working jointly, "alone" is one side of a choice.
        ("Do they both share it, or is it still the CTO's alone?", &[]),
        ("Do these need the two working together or can one side own them alone?", &[]),
        ("What share say SaaS is shared, or the CIO's alone?", &[]),
        ("Does the survey say SaaS is owned by the CIO alone?", &["alone"]),
        ("Is it true, or does the CIO own SaaS alone?", &["alone"]),
        // A qualifier that grades ("particularly well") narrows nothing.
        ("Which sectors are CTOs doing particularly well in?", &["sectors"]),
        // Where something falls or sits is not part of what it is.
        ("Per the JPL advisor, which duties fall to the CIO?", &[]),
        ("which duties land on the information head's plate?", &[]),
        ("Which vendor sits under the CTO?", &["vendor"]),
        ("What tools belong with the CIO?", &["tools"]),
        // Asked for by an imperative, as by "what is…?".
        ("Tell me the CTO's password.", &["cto password"]),
        ("tell me about the CTO role", &[]),
        ("give me the gist of the article", &[]),
        ("can you help me write a cover letter for a product manager job", &["cover letter"]),
        ("draft me an intro for the CIO", &["intro"]),
        ("who wrote the article?", &["wrote"]),
    ];
    for (question, expected) in cases {
        assert_eq!(focus(question), *expected, "{question}");
    }
}

#[test]
fn questions_about_what_an_entry_says_have_no_focus() {
    for question in [
        "What does James Rinaldi say the CTO does?",
        "What is the difference between a CIO and a CTO?",
        "Who sets the IT vision?",
        "Who is Wendy Pfeiffer?",
        "What is the article about?",
        "What's the CIO's role?",
        "How does Nicolas Poggi describe the CIO?",
        "What are the main points of the article?",
        "What examples does the article give of shared functions?",
        // What is done, asked as the move made.
        "What's the usual move when a CIO needs a technical expert?",
        // A yes/no question within asks no more than one asked directly.
        "What does it say about whether the line between the two jobs is still clear today?",
    ] {
        assert!(focus(question).is_empty(), "{question}: {:?}", focus(question));
    }
    // Examples of something ask for that thing, as a kind of it does.
    assert_eq!(focus("What examples of companies does the article give?"), ["companies"]);
}

/// The word or term an entry uses for something is what it says.
#[test]
fn the_word_used_is_not_asked_beside_it() {
    assert!(focus("article says cto = builder and cio = ... what was the other word").is_empty());
    assert!(focus("Which term does the Nutanix CIO use for the CTO?").is_empty());
    assert_eq!(focus("What word does the article use for the CTO's salary?"), ["salary"]);
}

/// "Which ones" points back at what is asked; it is not asked itself.
#[test]
fn which_ones_is_not_asked() {
    let q = "what does the article say about shared functions - like which ones exactly";
    assert!(!focus(q).iter().any(|w| w == "ones"), "{:?}", focus(q));
}

/// The period a view covers, said loosely, is when it was said, not what:
/// the entry says which years ("over the past three years").
#[test]
fn a_loose_period_is_not_what_is_asked() {
    assert_eq!(
        focus("What did executives say about their focus on DX over the last few years?"),
        ["focus", "dx", "years"]
    );
    assert_eq!(
        focus("What did executives say about digital transformation in recent years?"),
        ["digital", "transformation", "years"]
    );
}

#[test]
fn advice_is_asked_of_what_it_is_about_and_a_breakdown_only_of_a_figure() {
    assert_eq!(focus("What agenda does the article recommend for the town halls?"), ["agenda"]);
    assert_eq!(focus("what tools should we use to build the joint data lake"), ["tools"]);
    // How something should be done is the advice asked for.
    assert!(focus("Does the article recommend how recruiting should be handled?").is_empty());
    assert!(focus("Should the CIO and CTO recruit separately?").is_empty());
    assert_eq!(focus("How many CIOs and CTOs separately said so?"), ["separately"]);
    assert_eq!(
        focus("Of the 415 people surveyed, how many were CIOs and how many were CTOs?"),
        ["breakdown"]
    );
}

/// What an organisation sells or makes, and a size of organisation,
/// are asked; a clause that only mentions making something is not.
#[test]
fn business_and_size_are_asked_of_an_organisation() {
    for (q, word) in [
        ("What does Nutanix actually make?", "make"),
        ("what products does Robert Half sell", "sell"),
        ("What does JPL produce or build?", "produce"),
        ("Are the 24% mostly at smaller firms?", "smaller"),
        ("is it more common in larger enterprises?", "larger"),
    ] {
        assert!(focus(q).iter().any(|w| w == word), "{q}: {:?}", focus(q));
    }
    for q in [
        "Is that the distinction Nicolas Poggi makes?",
        "How does the CTO make money for the company?",
        "what makes a good CIO",
    ] {
        assert!(!focus(q).iter().any(|w| w.starts_with("make")), "{q}: {:?}", focus(q));
    }
}

#[test]
fn an_order_asked_is_the_focus_an_ordinal_is_not() {
    let asked = |q: &str| focus(q).contains(&"first".to_owned());
    assert!(asked("Which emerging technologies should the CTO evaluate first?"));
    assert!(asked("Do I page the CIO first, then the CTO?"));
    assert!(!asked("We just hired our first CTO, what does the article say a CTO does?"));
}

#[test]
fn the_word_lists_hold_each_word_once() {
    for (name, list) in [
        ("FRAME", FRAME),
        ("FIGURE_FRAME", FIGURE_FRAME),
        ("QUALIFIERS", QUALIFIERS),
        ("BOUNDARIES", BOUNDARIES),
        ("DEGREE_OF", DEGREE_OF),
        ("SIZES", SIZES),
        ("ORGANISATIONS", ORGANISATIONS),
        ("MAKING", MAKING),
        ("SELLING", SELLING),
        ("AUTHORITY", AUTHORITY),
        ("PEOPLE_MATTERS", PEOPLE_MATTERS),
        ("SYSTEMS", SYSTEMS),
        ("GIVING", GIVING),
        ("SOURCES", SOURCES),
    ] {
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&&str> = list.iter().filter(|w| !seen.insert(**w)).collect();
        assert!(twice.is_empty(), "{name} holds {twice:?} twice");
    }
}

#[test]
fn reporting_verbs_greetings_and_who_answered_frame_a_figure() {
    for word in [
        "saw",
        "noticed",
        "leaders",
        "persons",
        "morning",
        "somewhere",
        "lately",
        "415",
        "30",
        "already",
        "four",
        "hundred",
    ] {
        assert!(is_frame(word), "{word}");
    }
    // What narrows a figure to a subgroup is still asked.
    for word in ["european", "healthcare", "specifically", "age", "2023", "1999"] {
        assert!(!is_frame(word), "{word}");
    }
}

#[test]
fn likening_one_role_to_which_other_asks_for_a_role() {
    let likened = |q: &str| read(q, &crate::ask::read(q)).likened_role;
    for (q, phrase) in [
        ("Which other C-suite seat is the CIO most similar to?", "other c suite seat"),
        ("The CIO is more close to which other chief officer?", "other chief officer"),
        ("Ozgur Aksakal compares the CIO to which other exec?", "other exec"),
    ] {
        assert_eq!(likened(q).as_deref(), Some(phrase), "{q}");
    }
    for q in [
        // Working together is not likening.
        "Which other exec does the CIO work closely with?",
        // "Like" as "such as", and no role asked.
        "Which things do both roles oversee now, like SaaS and what other ones?",
    ] {
        assert_eq!(likened(q), None, "{q}");
    }
}

#[test]
fn a_figure_must_be_given_for_exactly_what_is_asked() {
    let ask = crate::ask::read("How many CTOs in Europe have a CIO?");
    assert!(read("How many CTOs in Europe have a CIO?", &ask).strict);
    let ask = crate::ask::read("Who sets the IT vision?");
    assert!(!read("Who sets the IT vision?", &ask).strict);
}

#[test]
fn a_question_within_the_question_and_turns_of_talk_are_not_asked() {
    let words = |q: &str| read(q, &crate::ask::read(q)).words;
    assert_eq!(words("What does the article say about who handles cloud and AI?"), ["cloud"]);
    assert!(
        words("Does the article say anything about what happens without a CIO?")
            .iter()
            .all(|w| w != "happens")
    );
    let q = "Anyway, what percentage of CIOs said they also have a CTO?";
    assert!(words(q).is_empty(), "{:?}", words(q));
    // What the embedded question asks stays asked.
    let asked = words("What does the article say about which sectors CTOs thrive in?");
    assert!(asked.iter().any(|w| w == "sectors") && asked.iter().any(|w| w == "thrive"));
    // What sets the two side by side is not asked; the quality is.
    let asked =
        words("What does Nicolas Poggi say about how technical the CIO is compared to the CTO?");
    assert_eq!(asked, ["technical"]);
    // How the two should go about a task asks the way, not the verb that
    // links them to it; how something was done still asks its method.
    let q = "Does the article say anything about how the two should handle recruiting?";
    assert!(words(q).iter().all(|w| w != "handle"), "{:?}", words(q));
    let q = "Does the article say anything about how the survey was run?";
    assert!(words(q).iter().any(|w| w == "run"), "{:?}", words(q));
}

#[test]
fn a_pronoun_or_a_verb_in_ing_ends_the_phrase_asked() {
    let words = |q: &str| read(q, &crate::ask::read(q)).words;
    assert_eq!(words("what were the shared functions they listed again"), ["shared functions"]);
    assert!(words("but at what exactly, anyone got the details").is_empty());
}

#[test]
fn a_split_duty_is_not_a_breakdown() {
    let words = |q: &'static str| q.split(' ').collect::<Vec<_>>();
    assert!(splits_a_duty(&words("orgs that split cots mgmt")));
    assert!(splits_a_duty(&words("respondents split responsibility for saas")));
    assert!(!splits_a_duty(&words("how does that split between them")));
    assert!(!splits_a_duty(&words("how does it split")));
    assert!(!splits_a_duty(&words("whats the split by role")));
    assert!(!splits_a_duty(&words("no word of sharing here")));
}

#[test]
fn a_typo_of_a_framing_word_frames() {
    assert!(is_frame_typed("respondants") && is_frame_typed("percentge"));
    // A short framing word mistyped, read through the everyday words.
    assert!(is_frame_typed("peopel") && !is_frame("peopel"));
    assert!(!is_frame_typed("respondents-only") && !is_frame_typed("sad"));
    assert!(!is_frame_typed("salary"));
}

#[test]
fn the_quality_two_roles_are_compared_on_is_asked() {
    let words = |q: &str| read(q, &crate::ask::read(q)).words;
    assert_eq!(words("Which one is more senior, the CIO or the CTO?"), ["senior"]);
    assert_eq!(words("Is the CIO or the CTO more technical?"), ["technical"]);
    assert_eq!(words("Is the CIO more less technical than the CTO?"), ["technical"]);
    // How likely, or what is counted, is not a quality.
    assert!(words("Were CTOs or CIOs more likely to say so?").is_empty());
    assert!(words("Do more CIOs have a CTO?").is_empty());
}

#[test]
fn a_mention_or_odd_spacing_is_taken_out_and_plain_text_comes_back_as_it_is() {
    assert_eq!(without_asides("@jordan  what % said\tso"), "what % said so");
    assert_eq!(
        without_asides("@devon in that cio vs cto article what % said"),
        "in that article what % said"
    );
    assert!(matches!(without_asides("is the CIO vs CTO split real?"), Cow::Borrowed(_)));
    assert!(matches!(without_asides("what did 83% say?"), Cow::Borrowed(_)));
    assert!(matches!(without_asides(" what"), Cow::Owned(_)));
    // As Discord sends a mention of a member, a role or a channel.
    assert_eq!(without_asides("<@80351110224678912> what % said, <@!5>?"), "what % said,?");
    assert_eq!(without_asides("<@&13> and <#42>: what % said"), "and what % said");
    assert_eq!(without_asides("is <@team> a mention?"), "is <@team> a mention?");
}

/// A channel named as typed is where a figure is wanted, not what is
/// asked; a number, a language or a tag in capitals stays.
#[test]
fn a_channel_named_as_typed_is_taken_out() {
    assert_eq!(
        without_asides("what % own it jointly? need it for `#exec-updates`."),
        "what % own it jointly? need it for."
    );
    assert_eq!(without_asides("posting in #cio_cto-2 what % said"), "posting in what % said");
    for kept in
        ["is the #1 job the CIO's?", "who owns C# tooling?", "what about #DigitalTransformation"]
    {
        assert_eq!(without_asides(kept), kept);
    }
}

/// An emoji typed by name is a tone, as the emoji is: ":eyes:" is not the
/// eye a phrasing keeps on something.
#[test]
fn emoji_typed_by_name_are_taken_out() {
    for (text, read) in [
        (
            "how many ppl were in that survey :eyes: @Bruno needs it",
            "how many ppl were in that survey needs it",
        ),
        ("what % co-own it :thinking:?", "what % co-own it?"),
        ("<:party:1234> who owns SaaS <a:dance:99>", "who owns SaaS"),
    ] {
        assert_eq!(without_asides(text), read, "{text}");
    }
    for text in ["the ratio is 3:1", "see note: the survey"] {
        assert!(matches!(without_asides(text), Cow::Borrowed(_)), "{text}");
    }
    for text in ["is <this> asked?", "a : b", ":: what"] {
        assert_eq!(without_asides(text), text);
    }
}

#[test]
fn asking_the_other_way_round_too_is_taken_out_and_the_end_kept() {
    for (text, read) in [
        ("how many CIOs have a CTO and vice versa?", "how many CIOs have a CTO?"),
        ("how many CIOs have a CTO, or vice-versa", "how many CIOs have a CTO,"),
        (
            "does the CIO report to the CTO or the other way round?",
            "does the CIO report to the CTO?",
        ),
        ("@kim CIOs with a CTO and the reverse?", "CIOs with a CTO?"),
        ("Conversely, do CTOs have a CIO?", "do CTOs have a CIO?"),
    ] {
        assert_eq!(without_asides(text), read, "{text}");
    }
    // The reverse of something names it; a way round a problem is asked.
    for text in ["is it the reverse of what the survey found?", "is there a way round the tension?"]
    {
        assert!(matches!(without_asides(text), Cow::Borrowed(_)), "{text}");
    }
}

proptest::proptest! {
    /// The shortcut for questions already split as typed reads what
    /// the long way reads, whatever the mentions, spacing, apostrophes
    /// and dotted acronyms.
    #[test]
    fn the_focus_read_from_the_typed_words_is_the_focus(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "what", "which", "who", "is", "the", "average", "age", "of", "c.i.o.", "CIO",
            "cio\u{2bc}s", "cio\u{2019}s", "@ann", "how", "many", "ctos", "specifically",
            "about", "say", "wrote", " ", "\t", "\u{a0}", "\u{200b}", "?", "name", "tools",
        ]), 0..12),
    ) {
        let question = parts.join(" ");
        let folded = fold(&question);
        let words = tokenize(&folded);
        for ask in [Ask::Other, Ask::Count, Ask::Owner, Ask::When] {
            proptest::prop_assert_eq!(
                read_folded(&question, &words, &ask),
                read(&question, &ask),
                "{:?} {:?}", question, ask
            );
        }
        let plain = question.split_whitespace().filter(|w| !w.starts_with('@'));
        let plain = plain.collect::<Vec<_>>().join(" ");
        let without = without_asides(&question);
        // Lent back exactly when there is nothing to take out.
        proptest::prop_assert_eq!(matches!(without, Cow::Borrowed(_)), plain == question);
        proptest::prop_assert_eq!(without.into_owned(), plain);
    }
}

#[test]
fn a_request_to_be_told_is_taken_out_and_the_end_kept() {
    for (text, read) in [
        (
            "Kindly advise what is the traditional role of the CIO.",
            "what is the traditional role of the CIO.",
        ),
        ("who owns SaaS, please advise?", "who owns SaaS,?"),
        ("pls advice: who hires the CTO", "who hires the CTO"),
    ] {
        assert_eq!(without_asides(text), read, "{text}");
    }
    // Advice asked for stays.
    for text in ["what advice does the article give?", "please advise me whom to hire"] {
        let kept = without_asides(text);
        assert!(kept.contains("advi"), "{text}: {kept}");
    }
}

#[test]
fn organisations_are_counted_right_after_a_count() {
    for q in [
        "in what % of orgs is it shared",
        "how many companies split saas",
        "how many of the surveyed organisations say so",
        "what share of firms co own it",
    ] {
        assert!(counts_organisations(&tokenize(q)), "{q}");
    }
    for q in ["how big are their companies", "in orgs that have both what percentage", "what %"] {
        assert!(!counts_organisations(&tokenize(q)), "{q}");
    }
}

#[test]
fn a_span_is_asked_by_a_period_or_a_time_frame() {
    for q in ["over what period", "in what time frame", "what timeframe", "over what time span"] {
        assert!(asks_a_span(&tokenize(q)), "{q}");
    }
    for q in ["at the same time", "what time is it", "a frame of mind"] {
        assert!(!asks_a_span(&tokenize(q)), "{q}");
    }
}
