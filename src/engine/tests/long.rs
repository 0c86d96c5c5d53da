//! Long questions: a few sentences of context around the one that asks.
//! The asking sentence carries the weight; the context only breaks ties.

use super::*;

/// In a long question, the context's words the knowledge does not know
/// weigh nothing: they cannot tell one entry from another. The asking
/// sentence's unknown words keep their weight: they may be what is asked.
#[test]
fn unknown_context_words_of_a_long_question_are_left_out() {
    let engine = engine();
    let q = "We run Kubernetes and Terraform for a grocery wholesaler, and our sprint retros \
             keep getting heated. Which zorblax does the CIO own?";
    let folded = fold(q);
    let typed = Typed::new(q, &folded);
    let read = engine.read(q, &typed);
    for word in ["kubernetes", "terraform", "wholesaler"] {
        assert!(!engine.index().knows(word), "{word} is unknown to the knowledge");
        assert!(!read.iter().any(|w| w == word), "{word} is read: {read:?}");
    }
    assert!(read.iter().any(|w| w == "zorblax"), "the asking sentence's word is kept: {read:?}");
    assert!(read.iter().any(|w| w == "cio"), "{read:?}");
    // A short question is read whole.
    let short = "Which zorblax does a Kubernetes CIO own?";
    let folded = fold(short);
    let typed = Typed::new(short, &folded);
    assert!(engine.read(short, &typed).iter().any(|w| w == "kubernetes"));
    // The context no longer outweighs what is asked (a question of set G).
    let long = "Our CEO keeps using \"builder vs operator\" language in strategy meetings, and I \
                think it comes from a quote somewhere. I'd like to cite it properly in a planning \
                doc. Who said it, and which role is the builder?";
    assert_eq!(answered(&engine, long).as_deref(), Some("pfeiffer-builder-operator"));
}

/// An asking sentence that points back with a determiner ("that kind of
/// friction") is read alone when the sentence before only tells a story,
/// and answers with the entry the two sentences rank first; a pronoun
/// leaves what is asked in the sentence before.
#[test]
fn a_pointing_back_question_names_what_it_asks_by_its_determiner() {
    let engine = engine();
    let friction = "Our product group is growing fast and we just hired a second exec for IT.                     Half the staff expect a turf war between the new hire and our CTO. Is that \
                    kind of tension common between the two roles?";
    assert_eq!(answered(&engine, friction).as_deref(), Some("reporting-tension"));
    let scanners = "Our warehouses still work from paper pick lists and we are buying handheld \
                    scanners for every picker this spring. Is that a CIO or a CTO project?";
    assert_ne!(answered(&engine, scanners).as_deref(), Some("survey-joint-transformation"));
    // "that normal" reads as a determiner, but "Is that normal according
    // to the article?" alone ranks the overview first, and the two
    // sentences do not.
    let normal = "Since I joined this company our CTO has spent whole weeks with sales and \
                  marketing, which surprised me because I thought CTOs only ran engineering. Is \
                  that normal according to the article?";
    assert_ne!(answered(&engine, normal).as_deref(), Some("article-overview"));
}

/// In a long question the asking sentence names the role asked; a role in
/// its context does not.
#[test]
fn a_role_in_a_long_questions_context_is_not_the_one_asked() {
    let engine = engine();
    let q = "Background: I run the MES team in our main factory. Our KPIs are all about \
             uptime and efficiency. A colleague insists we belong under the CTO because MES \
             is tech. Which role does Ozgur Aksakal link to the chief operating officer?";
    assert_eq!(answered(&engine, q).as_deref(), Some("aksakal-cio-operational-efficiency"));
}

/// A long question's asking sentence may replace the whole question's
/// answer only with an entry the whole ranks among its nearest: "What do
/// firms usually do?" alone matches a survey figure by "firms".
#[test]
fn a_vague_asking_sentence_does_not_overrule_its_context() {
    let engine = engine();
    let q = "Our CIO says she needs a real technical expert for the new platform. \
             What do firms usually do?";
    assert_eq!(engine.ask_lexical(q).entry().map(|e| e.id.as_str()), Some("cio-recruits-cto"));
}

/// A figure question checks every word of the sentence that asks, not of
/// the sentence before it, read along only for what "that" or "it" points
/// back at: "buzzword" and "sceptical" are the asker's, not what the figure
/// must hold.
#[test]
fn a_figure_asked_of_a_sentence_pointed_back_at_checks_the_asking_one() {
    let engine = engine();
    for q in [
        "Our board keeps saying the pandemic made our digital transformation faster. Did the \
         survey find that too, and how many said so?",
        "Some colleagues call digital transformation a buzzword that died after covid. I'm \
         sceptical myself. What share of surveyed CIOs and CTOs said it sped up after the \
         pandemic?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("pandemic-acceleration"), "{q}");
    }
    // The asking sentence's own words are still checked.
    let q = "Some colleagues call digital transformation a buzzword that died after covid. I'm \
             sceptical myself. What share of surveyed CIOs and CTOs in hospitals said it sped up \
             after the pandemic?";
    assert_eq!(answered(&engine, q), None);
}

/// What kind of answer a long question asks is read from the sentence
/// that asks: "should" in the context ("about who should report to whom")
/// does not make a question for figures or facts ask for advice. A
/// question whose context names the task keeps the whole question's
/// reading ("My team builds X. CIO or CTO?").
#[test]
fn the_kind_asked_is_read_from_the_asking_sentence() {
    let engine = engine();
    let cases = [
        (
            "We're debating whether our CIO should also take the CTO title. Some say that's odd, \
             others say it's normal. How common is it, per the survey, for one person to hold \
             both?",
            "survey-both-titles",
        ),
        (
            "Our CIO and CTO had a public row at the all-hands about who should report to whom. \
             My team keeps joking about it. Is this kind of tension common elsewhere or is it \
             just us?",
            "reporting-tension",
        ),
        // The sentence before, read along for what "this" points back at,
        // does not ask either.
        (
            "Our CTO sent a memo saying the CIO should report to him, and the CIO replied saying \
             the opposite. Is this a one-off, or does it happen at other companies too?",
            "reporting-tension",
        ),
    ];
    for (q, id) in cases {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    // Asked in the asking sentence, advice is still advice the article
    // does not give.
    let advice = "Our CIO and CTO argue in every meeting. Which of them should sign off on \
                  the cloud budget?";
    assert_eq!(answered(&engine, advice), None);
}

/// Another chief (a CFO, a CISO) named in the sentence a long question
/// points back at is context; named in the asking sentence, it is whom
/// the question asks about, which no entry covers.
#[test]
fn another_chief_counts_only_in_the_asking_sentence() {
    let engine = engine();
    let context = "Our CFO keeps calling digital transformation hype and wants numbers. What \
                   percent of senior execs said the focus on it increased over the past three \
                   years?";
    assert_eq!(answered(&engine, context).as_deref(), Some("transformation-focus"));
    let asked = "Our CISO started last month. What share of CISOs report to the CIO?";
    assert_eq!(answered(&engine, asked), None);
}

/// A long question whose asking sentence asks who owns what its context
/// names ("…want more efficient processes. Who do they go to, CIO or
/// CTO?") asks who owns that task: the task is read from the context, not
/// answered by whatever entry "who … CIO or CTO" alone matches.
#[test]
fn an_asking_sentence_choosing_a_role_asks_who_owns_the_context() {
    let engine = engine();
    let q = "The finance team wants more efficient internal processes for month-end. Who do \
             they go to, CIO or CTO?";
    let got = answered(&engine, q).unwrap_or_default();
    assert!(got.contains("-cio-"), "{q}: {got}");
}

/// A long question read whole as asking who owns a task because its
/// context names a role's job ("interviewing for a CIO job") is answered
/// by its asking sentence when that asks something else; one whose asking
/// sentence offers the two roles stays a question of who owns the task.
#[test]
fn an_owner_read_from_the_context_leaves_the_asking_sentence_its_question() {
    let engine = engine();
    let q = "I've been CTO at two startups and I'm now interviewing for a CIO job at a \
             hospital group. People tell me it's a completely different world. Vishal Gupta \
             apparently did both roles, so what does he say CIOs concentrate on? I want to \
             prepare my answers for the panel.";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cio-operations"));
    let sensors = "I'm on the team building the sensor module that ships inside the pumps \
                   our customers buy. Is my work closer to the CIO or the CTO?";
    assert_eq!(answered(&engine, sensors).as_deref(), Some("gupta-cto-customer-products"));
}

/// An asking sentence that answers replaces the whole question's decline,
/// however high the declined entry scored: a decline is no answer to
/// outdo. But only with an entry the whole question ranks among its
/// nearest: a vague asking sentence alone ranks what it happens to match
/// ("what Transposit's own product does" is the survey's joint
/// transformation, Nutanix's business the article's overview).
#[test]
fn an_answering_asking_sentence_beats_a_decline_the_context_ranks_it_for() {
    let engine = engine();
    let q = "I like that one of the experts in the article has sat in both chairs. I'm trying \
             to decide whether to grow towards a CIO or CTO track. According to him, what do \
             CIOs concentrate on day to day? That will help me choose.";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cio-operations"));
    for q in [
        "I'm reading up on Transposit before a vendor call next week. I know they ran the \
         415-person survey. Does the article say what Transposit's own product does? I'd like \
         some context.",
        "Wendy Pfeiffer's builder/operator line is going on a slide for our all-hands. Someone \
         asked me what Nutanix actually does and how big it is. Does the article say? I don't \
         want to be caught out.",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
        assert_eq!(answered(with_model(), q), None, "{q}");
    }
}

/// How someone frames the roles is how they describe them: "her
/// builder/operator framing" asks for the analogy, not an attribute of it.
#[test]
fn a_framing_is_how_someone_describes_the_roles() {
    let engine = engine();
    for q in [
        "Wendy Pfeiffer's quote was mentioned to me. What's her builder/operator framing?",
        "What's Wendy Pfeiffer's framing of the two roles?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("pfeiffer-builder-operator"), "{q}");
    }
}

/// A chat message's preamble before a dash says who asks and why; the
/// figure is asked after it, and only what is asked there must be held.
#[test]
fn a_chat_preamble_before_a_dash_is_context() {
    let engine = engine();
    let deck = "fyi @founders before the call - what % of CTOs said they have a CIO in their org. \
                need it for the deck 📊";
    assert_eq!(answered(&engine, deck).as_deref(), Some("survey-ctos-with-cio"));
    let review = "hey all, for the *ops review* deck - what % of cios actually have a cto in their \
                  org 🙏";
    assert_eq!(answered(&engine, review).as_deref(), Some("survey-cios-with-cto"));
}

/// Politeness ("kindly", "pls someone remind me") is how a question is put,
/// not what it asks; so is how the asker feels ("I am confuse").
#[test]
fn politeness_is_not_asked() {
    let engine = engine();
    let q = "Who is more close to the customers, the CIO or the CTO? I am confuse.";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-customer-products"));
    let q = "Kindly I want to know what is the percent of respondents who are sharing the \
             customer experience technology.";
    assert_eq!(answered(&engine, q).as_deref(), Some("survey-shared-customer-experience"));
    let q = "pls someone remind me what % of ctos said they have a cio in their org, need it \
             for the deck";
    assert_eq!(answered(&engine, q).as_deref(), Some("survey-ctos-with-cio"));
}

/// Who wants a figure, said after it is asked ("my producer keeps
/// asking", "@Kylie needs it for the board paper", "@Priya from legal wants
/// the number", in a clause or a sentence of its own), is not what is asked.
#[test]
fn who_wants_the_figure_is_not_asked() {
    let engine = engine();
    for (q, id) in [
        (
            "morning all, what share of respondents hold both titles, @Priya from legal wants it",
            "survey-both-titles",
        ),
        (
            "what % of ctos have a cio in their org. @Tom from finance wants to know",
            "survey-ctos-with-cio",
        ),
        (
            "anyone know how many people were in that transposit survey, my producer keeps asking 😅",
            "survey-respondents",
        ),
        (
            "morning all ☕ what % of ctos have a cio in their org, @Kylie needs it for the board \
             paper",
            "survey-ctos-with-cio",
        ),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// Without the sentence model by design, a long question answers at a
/// lower score, as its context dilutes what the asking sentence matches;
/// an engine that has, or waits for, the model leaves the weak match to
/// the model's agreement.
#[test]
fn a_long_question_answers_at_a_lower_score_without_the_model() {
    let q = "Our VP of engineering says the CIO wants a deep technical expert at the table. \
             Is it common for a CIO to bring in a CTO for that?";
    let waiting = engine();
    let answer = waiting.ask(q);
    assert_eq!(answer.entry(), None, "declined at {}", answer.confidence);
    assert!(answer.confidence >= waiting.index.tuning().long_threshold);
    let lexical = engine().lexical_only();
    assert_eq!(answered(&lexical, q).as_deref(), Some("cio-recruits-cto"));
    // Not a short question at the same score.
    let q = "Is it common for a CIO to bring in a CTO for deep technical expertise at the table?";
    assert_eq!(answered(&lexical, q), answered(&engine(), q));
}

/// A restriction to one side in the sentence a long question's asking one
/// points back at ("Our CTO wants to run it alone.") is the other side of
/// the choice asked when the asking sentence offers working jointly; asked
/// in the asking sentence itself, it is still asked.
#[test]
fn one_side_alone_in_the_context_is_the_other_side_of_a_joint_choice() {
    let engine = engine().lexical_only();
    let context = "We're rolling out AI models and an IoT fleet on a new cloud platform. \
                   Our CTO wants to run it alone.";
    let q = format!(
        "{context} Does the article say this sort of technology needs one exec, or both of \
         them together?"
    );
    assert_eq!(answered(&engine, &q).as_deref(), Some("joint-effort-technologies"), "{q}");
    let q =
        format!("{context} Which of these technologies does the article say he should run alone?");
    assert_eq!(answered(&engine, &q), None, "{q}");
}
