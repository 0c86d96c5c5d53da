//! What is asked, read from questions as people type them.

use super::owner::ROUTING_ASKS;
use super::words::WITHOUT_A_SET;
use super::*;

/// The reporting line is a question about the roles; reporting as work
/// (a reporting warehouse, a regulatory reporting pipeline) is a task.
#[test]
fn reporting_as_work_is_a_task_the_reporting_line_is_not() {
    for q in [
        "Who should own the data architecture for our internal reporting warehouse?",
        "Our regulatory reporting pipeline needs a new data model. CIO or CTO?",
        "who owns sales reports, cio or cto",
        // Taken or brought to one of the two.
        "We're replacing the HR portal our staff use. Do I take this to the CIO or the CTO?",
        "Should I bring this to the CIO or the CTO?",
        // Who decides or usually does a task, though no role is named.
        "Someone pitched an LLM for routing. Who decides whether we adopt that kind of thing?",
        "Sales wants a tech leader on a call with a prospect. Who usually does that?",
    ] {
        assert_eq!(read(q), Ask::Owner, "{q}");
    }
    for q in [
        "Who reports to whom, the CIO or the CTO?",
        "Should the CIO report into the CTO or the CEO?",
        "who should the CTO be reporting to, CIO or CEO?",
        "What is the reporting line between the CIO and the CTO? CIO or CTO?",
    ] {
        assert_ne!(read(q), Ask::Owner, "{q}");
    }
}

/// "Which" asks for one of the roles when the one asked follows it
/// closely ("which exec", "which of the two"); "which functions …"
/// with "one pilot" further on asks for the functions.
#[test]
fn which_asks_an_owner_only_of_the_one_that_follows_it() {
    for q in [
        "Which exec owns the staff wiki?",
        "which of the two owns our pilot?",
        "Which c-level one should sponsor the data lake?",
    ] {
        assert_eq!(read(q), Ask::Owner, "{q}");
    }
    let q = "I'm not sure which functions are usually shared. We're starting with one pilot.";
    assert_ne!(read(q), Ask::Owner, "{q}");
}

/// Asking who is accountable for a task, whose world it is, or who
/// keeps it running asks who owns it.
#[test]
fn accountability_and_upkeep_ask_who_owns_a_task() {
    for q in [
        "our VPN keeps dropping - does that roll up to the CIO or the CTO?",
        "payroll system is down again, whos accountable, cio or cto",
        "Who is accountable for the data warehouse?",
        "who keeps the office wifi and printers running?",
        "Who looks after the intranet?",
        "Who manages our laptops, the CIO or the CTO?",
        "Is the mobile app the CTO's world?",
        // Who drives it, whom to loop in, whom it is on.
        "We're adding a paid add-on for shippers. CIO or CTO should drive it?",
        "Should I be looping in the CIO or the CTO?",
        "Lining IT projects up with the business plan, is that on the CIO or the CTO?",
        // Whose org it sits in, though "should" asks it.
        "We want a shared cloud platform team. Whose org should it live in?",
        // Which kind a task is more of.
        "The rebooking flow in our passenger app. Is that more of a CTO thing or a CIO thing?",
        "is the GTM stuff w/ sales more a CIO thing?",
        "Is that more the CTO's lane or the CIO's?",
        // The two offered with a preposition each.
        "Is that a conversation with the CTO or with the CIO?",
        "Would that project sit with the CTO or with the CIO?",
    ] {
        assert_eq!(read(q), Ask::Owner, "{q}");
    }
    for q in [
        "What does the CIO manage?",
        "How do the CIO and CTO keep things running?",
        "Should the CTO org run its own hiring process?",
        "Which one is more technical, the CIO or the CTO?",
        "Who gets paid more, the CIO or the CTO?",
    ] {
        assert_ne!(read(q), Ask::Owner, "{q}");
    }
}

/// "<a task>. CIO or CTO?" asks who owns the task, and the task is in
/// the sentences before, so the choice alone is not the asking
/// sentence; the choice alone, or a comparison, is no such question.
#[test]
fn a_bare_choice_after_the_context_asks_who_owns_it() {
    for q in [
        "We're planning a laptop refresh for all staff. CIO org or CTO org?",
        "Marketing wants help with a product that brings in revenue. So, CIO or CTO?",
        "our plants need to cut downtime... cio or cto side?",
        "Moving payroll and leave requests onto a new HR system - CIO or CTO?",
        "Laptop setup for new hires — CIO or CTO?",
    ] {
        assert_eq!(read(q), Ask::Owner, "{q}");
        assert_eq!(focus(q), None, "{q}");
    }
    for q in [
        "CIO or CTO?",
        "Whose skills are more technical? CIO or CTO?",
        "Staff laptops need a refresh. CIO or CTO, and how much does it cost?",
        "- CIO or CTO?",
        "Staff laptops - CIO or CTO, and how much does it cost?",
    ] {
        assert_ne!(read(q), Ask::Owner, "{q}");
    }
}

#[test]
fn counts_times_places_and_reasons_are_read() {
    for q in [
        "How many CIOs have a CTO?",
        "what share of ctos have a cio",
        "What percentage hold both titles?",
        "so basically how big was the survey",
        "the 83% figure, what proportion is that of?",
        "Of those polled, what was the number for Europe?",
        "whats the percentage for both titles",
        "What average team size did the survey report?",
        "what median age do the CIOs have",
    ] {
        assert_eq!(read(q), Ask::Count, "{q}");
    }
    for q in ["When did the survey run?", "since when?", "What period does it cover?"] {
        assert_eq!(read(q), Ask::When, "{q}");
    }
    // A calendar year or date is asked apart: a period gives none.
    for q in [
        "what year was it published",
        "Which year did the 'past three years' start from?",
        "The past three years - which years exactly is that?",
        "what date was the survey run",
        // The span counted: which calendar years it covers.
        "The 98% talk about the last three years; which three years does that mean?",
        "what 3 years are those?",
    ] {
        assert_eq!(read(q), Ask::Date, "{q}");
    }
    // A duration is asked apart: saying when something happens gives none.
    for q in [
        "how long has he chaired the forum?",
        "does it say how long the meetings should run",
        "How long does it typically take to recruit a CTO?",
    ] {
        assert_eq!(read(q), Ask::Duration, "{q}");
    }
    // A frequency is asked of what is done or recommended; "how often"
    // of what respondents have or share asks a share of them.
    for q in [
        "How often should they meet?",
        "Does the article say how often they should hold town halls?",
        "how often do the CIO and CTO hold town halls",
    ] {
        assert_eq!(read(q), Ask::Often, "{q}");
    }
    for q in [
        "How often does a CIO have a CTO at the same firm?",
        "COTS mgmt - how often is it shared between CIO/CTO?",
        "how frequently does one person wear both hats",
    ] {
        assert_eq!(read(q), Ask::Count, "{q}");
    }
    assert_eq!(read("Where do CTOs thrive?"), Ask::Where);
    // A place asked of the two roles as a choice, after a comma too, asks
    // which of them owns it.
    assert_eq!(read("Where does managing our SaaS subscriptions sit, CIO or CTO?"), Ask::Owner);
    assert_eq!(read("Where do CTOs thrive, in FinTech or in InsurTech?"), Ask::Where);
    // A place asked inside the sentence; not a place the asker cannot tell.
    assert_eq!(read("Does the article say where the respondents were from?"), Ask::Where);
    assert_ne!(read("I can't tell where one ends: what does the CIO do?"), Ask::Where);
    // "Where there is no…" sets a condition; "where is there…" asks a place.
    assert_ne!(read("Where there is no CIO, who may set the technology strategy?"), Ask::Where);
    assert_eq!(read("Where is there tension between the two roles?"), Ask::Where);
    // Where someone works is their organisation; where they worked before,
    // or besides, or from which city, is not.
    for q in ["Where does James Rinaldi work?", "where is Ash Athawale employed"] {
        assert_eq!(read(q), Ask::Workplace, "{q}");
    }
    for q in [
        "Where did Wendy Pfeiffer work before Nutanix?",
        "Where does Ozgur Aksakal work day to day, apart from chairing the Global CTO Forum?",
        "Where is Wendy Pfeiffer based?",
    ] {
        assert_eq!(read(q), Ask::Where, "{q}");
    }
    assert_eq!(read("hey, why do CIOs and CTOs clash?"), Ask::Why);
    assert_eq!(read("how come the CTO builds?"), Ask::Why);
    // What makes someone worth hearing is their background, not a reason.
    assert_eq!(read("Why should I trust Vishal Gupta on this, what's his background?"), Ask::Other);
    assert_eq!(read("Why is Vishal Gupta a credible voice on this?"), Ask::Other);
    assert_eq!(read("Why did Vishal Gupta move between the CTO and CIO roles?"), Ask::Why);
    assert_eq!(read("Will the CIO and CTO roles merge?"), Ask::Future);
    for q in [
        "What is Ash Athawale's job title?",
        "what is nicolas poggi's role at prey",
        "What's Wendy Pfeiffer's job at Nutanix?",
        "what does she do, what's her job at Nutanix?",
        "his title?",
        "Which position does Nicolas Poggi hold at Prey?",
        "ok but what's his role?",
        "Nicolas Poggi from Prey - what's his actual title there?",
        "what's Ash Athawale's actual role at Robert Half?",
        "Is Ash Athawale an exec at Robert Half? What's his actual position there?",
        "What's Wendy Pfeiffer's current job there?",
        "What's Ozgur Aksakal's role?",
        "what's Rinaldi's job",
    ] {
        assert_eq!(read(q), Ask::Title, "{q}");
    }
    for q in [
        "what's the CIO's role at most companies",
        "who holds the CIO and CTO title at once",
        "What role does the CTO play in product work?",
        "What percentage hold both titles?",
        "what's the CIO's actual role at most companies",
        "What's his actual view of the CTO?",
        "What's the CIO's role?",
        "Should the CIO and the CTO coordinate on that, or is it one person's job?",
    ] {
        assert_ne!(read(q), Ask::Title, "{q}");
    }
    assert_eq!(read("is the cto going to be replaced by AI"), Ask::Future);
    for q in ["What is a CTO?", "Who reports to whom?", "Is the CTO the builder?", ""] {
        assert_eq!(read(q), Ask::Other, "{q}");
    }
}

#[test]
fn a_reported_should_asks_what_someone_says_not_for_advice() {
    for q in [
        "Which teams does Ozgur Aksakal say the CTO should partner with?",
        "what does rinaldi think the cio should handle",
        // A view reported as a noun or in slang.
        "What's James Rinaldi's take on what the CTO should be doing?",
        "what does gupta reckon the cio should own",
        "What's Vishal Gupta's view on where CIOs should put their energy?",
        "Aksakal's opinion on what the CTO should chase?",
        // A dispute named: what the article reports.
        "Is there friction between those two leaders over who should answer to whom?",
        "Do the two squabble about who should answer to whom?",
        // What a role decides: a description of the role gives it.
        "Who scouts brand-new gadgets and judges whether the company should take them on?",
    ] {
        assert_eq!(read(q), Ask::Other, "{q}");
    }
    let decides = "which exec decides whether we should adopt a new technology";
    assert_eq!(read(decides), Ask::Owner, "{decides}");
    for q in [
        "Should the CIO report to the CTO?",
        "What does the article say I should do about it?",
        "what does the article say we should do",
        "Does Aksakal say what he would recommend?",
        "Does the article have a view on how technical hiring should be handled between the two?",
        "Does the article say whether the CTO should report to the CIO?",
        "Does the article say whether the CTO should report to the CIO or the other way round? which setup does it recommend",
    ] {
        assert_eq!(read(q), Ask::Advice, "{q}");
    }
}

/// Who should report to whom asks for a recommendation, unless the
/// question reports someone's wish or names the dispute: those ask
/// about the tension, which the article reports.
#[test]
fn what_the_reporting_line_should_be_asks_for_advice() {
    for q in [
        "So who is supposed to report to whom in the end - the CIO to the CTO or the other way round?",
        "So according to the article, should the CIO report to the CTO or the other way round?",
        "So which is it - does the article say the CTO should report to the CIO, or the CIO to the CTO?",
    ] {
        assert_eq!(read(q), Ask::Advice, "{q}");
    }
    for q in [
        "Our CTO says the CIO should report to him. Is that common?",
        "Each thinks the other should report to them. Is this a known pattern?",
        "Our CIO and CTO keep fighting. Does the article say others see the same fight over who should report to whom?",
    ] {
        assert_ne!(read(q), Ask::Advice, "{q}");
    }
}

#[test]
fn stand_for_names_the_acronyms_asked_about() {
    assert_eq!(read("What does CISO stand for?"), Ask::StandFor(vec!["ciso".into()]));
    assert_eq!(read("spell out SaaS for me"), Ask::StandFor(vec!["saas".into()]));
    assert_eq!(
        read("sorry dumb q but what do the letters in CTO mean"),
        Ask::StandFor(vec!["cto".into()])
    );
    assert_eq!(
        read("what are CIOs and CTOs short for"),
        Ask::StandFor(vec!["cio".into(), "cto".into()])
    );
    assert_eq!(
        read("sorry new here - what are the acronyms CIO and CTO short for?"),
        Ask::StandFor(vec!["cio".into(), "cto".into()])
    );
    assert_eq!(read("what does ciso stand for"), Ask::StandFor(vec!["ciso".into()]));
}

#[test]
fn only_entries_that_give_what_is_asked_answer() {
    let acronyms = "CIO stands for Chief Information Officer and CTO for Chief Technology Officer.";
    let stand_for = vec!["stand-for".to_owned()];
    assert!(answers(&read("what does CTO stand for"), acronyms, false, &stand_for));
    assert!(!answers(&read("what does CISO stand for"), acronyms, false, &stand_for));
    assert!(!answers(&read("what does CTO stand for"), acronyms, false, &[]));
    assert!(answers(&Ask::Count, "83% of CIOs …", true, &[]));
    assert!(!answers(&Ask::Count, "According to Wendy Pfeiffer …", false, &[]));
    assert!(!answers(&Ask::When, "415 CIOs and CTOs answered", true, &[]));
    assert!(answers(&Ask::When, "since the pandemic", true, &["when".to_owned()]));
    assert!(answers(&Ask::Other, "anything", false, &[]));
}

proptest::proptest! {
    /// Passed over by the fingerprint (a short question) or the set
    /// too (a long one), a phrase is found exactly when the words hold
    /// it.
    #[test]
    fn a_phrase_is_found_with_or_without_the_set(
        words in proptest::collection::vec(proptest::sample::select(vec![
            "how", "many", "what", "share", "his", "title", "should", "shall", "we",
            "who", "do", "i", "ask", "the", "cio", "or", "cto", "best", "way", "will",
        ]), 0..80),
    ) {
        let phrases = Phrases::new(&words);
        proptest::prop_assert_eq!(phrases.set.is_some(), words.len() > WITHOUT_A_SET);
        for phrase in COUNT.iter().chain(TITLE).chain(ADVICE).chain(FUTURE).chain(ROUTING_ASKS) {
            let there = words.windows(phrase.len()).any(|w| w == *phrase);
            proptest::prop_assert_eq!(phrases.has(phrase), there, "{:?}", phrase);
        }
    }
}

/// What the asker needs the answer for is why it is asked, not what.
#[test]
fn what_the_answer_is_needed_for_is_cut_off() {
    assert_eq!(
        without_purpose("what % of ctos have a cio, need it for the ops review deck"),
        "what % of ctos have a cio, "
    );
    assert_eq!(
        without_purpose("how many were surveyed? Need this by 3pm"),
        "how many were surveyed? "
    );
    // A need that is part of what is asked stays.
    let q = "what does a cio need in a cto?";
    assert_eq!(without_purpose(q), q);
}

/// Who wants the figure, said after the question, is not part of it.
#[test]
fn the_askers_aside_after_the_question_is_cut_off() {
    for (q, asked) in [
        ("what % hold both titles, i keep forgetting 🤔", "what % hold both titles"),
        (
            "how many were in that survey, my producer keeps asking 😅",
            "how many were in that survey",
        ),
        ("what % said that, @kat from support wants to know", "what % said that"),
        // The mention taken out, as the engine reads it; or in a sentence
        // of its own.
        ("what % said that, from support wants to know", "what % said that"),
        ("what % said that. from support wants to know", "what % said that"),
        (
            "what % of ctos have a cio, @Kylie needs it for the board paper",
            "what % of ctos have a cio",
        ),
    ] {
        assert_eq!(without_purpose(q), asked);
    }
    // Not an aside: a clause that asks, or a question only after it.
    for q in [
        "what % of ctos have a cio, i mean which share exactly?",
        "i was asked by the board, my boss wants the number",
        "@sam was asking, what % of ctos have a cio",
    ] {
        assert_eq!(without_purpose(q), q);
    }
}

/// A comparative compares the two roles only where the question asks which
/// of them, what one is, or puts it right after one; in a task told ("make
/// processes run more efficiently") it is part of the task, and a task
/// offered as more one role's territory is who owns it.
#[test]
fn a_comparative_in_a_task_told_does_not_compare_the_roles() {
    for q in [
        "The plant manager wants to cut downtime of the factory IT and make internal processes run more efficiently. CIO or CTO?",
        "We want to sell a paid telematics subscription to farmers as a new revenue line. Is that more CIO or CTO territory?",
        "Accounting wants their invoice approval workflow automated. Does that land with the CIO or the CTO?",
    ] {
        assert_eq!(read(q), Ask::Owner, "{q}");
    }
    for q in [
        "Which one gets paid more, CIO or CTO?",
        "Does the article say who gets paid more, the CIO or the CTO?",
        "Is the CIO more technical, or the CTO?",
        "Did the survey find CTOs or CIOs more likely to sit on the board?",
    ] {
        assert_ne!(read(q), Ask::Owner, "{q}");
    }
}

/// A long question's asking sentence is read with the sentence before
/// when it points back ("Is that so?", "If so, …"), not when "so" only
/// joins its own clauses ("…did both roles, so what does he say…").
#[test]
fn so_points_back_only_where_it_stands_for_what_was_said() {
    let context = "I have been a CTO at two startups and I am now interviewing for a CIO job \
                   at a hospital group.";
    let joined = "Vishal Gupta did both roles, so what does he say CIOs concentrate on?";
    let q = format!("{context} {joined} I want to prepare for the panel.");
    assert_eq!(focus(&q), Some(joined));
    for asking in ["Is that really so?", "If so, who does the article say leads it?"] {
        let q = format!("{context} {asking}");
        assert_eq!(focus(&q), Some(q.as_str()), "{asking}");
    }
}

/// "It" that opens a judgement of the clause after it ("how common is it
/// for a company…", "is it true that…") points nowhere: the asking
/// sentence is read alone. "It" that judges nothing still points back.
#[test]
fn it_points_back_unless_it_opens_a_judgement_of_what_follows() {
    let context = "I'm preparing a slide for our new product manager, who thinks that having \
                   two technology executives is redundant.";
    for asking in [
        "How common is it for a company with a CIO to also have a CTO, according to the survey?",
        "Is it actually normal for a CTO to work with sales and marketing?",
        "Is it true that CIOs are less technical?",
        "Is it true the line between the two jobs is getting fuzzier?",
        "How common is it actually for someone to hold both titles?",
        "How common is it, per the survey, for one person to hold both?",
        "Is it normal, according to the article, for the CIO to be less technical?",
        "Which skills does it say both of them need?",
    ] {
        let q = format!("{context} {asking}");
        assert_eq!(focus(&q), Some(asking), "{asking}");
    }
    for asking in [
        "Is it common?",
        "Is it true?",
        "Is it related to what the survey found?",
        "Is it up to the CTO?",
        "How common is it according to the survey numbers in the article?",
        "Does it say why?",
    ] {
        let q = format!("{context} {asking}");
        assert_eq!(focus(&q), Some(q.as_str()), "{asking}");
    }
}

/// Next year's plan is a plan, not a prediction: "next year" asks what will
/// happen unless it only names what a plan belongs to.
#[test]
fn next_years_plan_is_not_a_prediction() {
    for q in [
        "who should own next year's innovation roadmap?",
        "Who owns next year’s roadmap?",
        "Who aligns our IT plans for next year with the business strategy?",
    ] {
        assert_ne!(read(q), Ask::Future, "{q}");
    }
    for q in [
        "How does the CTO role change next year?",
        "Next year's budget aside, do CIOs disappear next year?",
        "What happens to the CIO role next year, going by our plans for next year?",
    ] {
        assert_eq!(read(q), Ask::Future, "{q}");
    }
}

/// Which of the two should build or present something asks who owns it.
#[test]
fn which_of_the_two_should_build_or_present_it_asks_the_owner() {
    for q in [
        "The board asked for an innovation roadmap. Should the CIO or CTO present it?",
        "Should the CIO or the CTO build the innovation roadmap?",
    ] {
        assert!(routing(q), "{q}");
    }
    assert!(!routing("Should the CIO report to the CTO, or the CTO to the CIO?"));
}

#[test]
fn reporting_is_a_line_or_what_someone_says() {
    let line = |q: &str| reporting_line(&tokenize(q));
    assert_eq!(line("what percentage have the cto reporting into the cio"), Some(true));
    assert_eq!(line("who reports to whom"), Some(true));
    assert_eq!(line("34% report joint ownership of most initiatives"), Some(false));
    assert_eq!(line("who owns the sales reports"), Some(false));
    assert_eq!(line("who owns digital transformation"), None);
}

#[test]
fn staff_reporting_and_reports_as_documents_are_read() {
    let words = |q: &str| tokenize(&fold(q)).into_iter().map(str::to_owned).collect::<Vec<_>>();
    let staff = |q: &str| {
        let w = words(q);
        let typed: Vec<&str> = w.iter().map(String::as_str).collect();
        super::staff_reporting(&typed).map(str::to_owned)
    };
    assert_eq!(staff("Should our CISO report to the CIO or the CTO?").as_deref(), Some("ciso"));
    assert_eq!(
        staff("do engineering managers usually report into the CTO").as_deref(),
        Some("managers")
    );
    assert_eq!(staff("Who reports to whom?"), None);
    assert_eq!(staff("Should the CIO's team report to the CTO?"), None);
    assert_eq!(staff("whose team reports to whom"), None);
    let w = words("Who owns our regulatory reporting to the central bank?");
    let typed: Vec<&str> = w.iter().map(String::as_str).collect();
    assert_eq!(super::documents_reported(&typed), Some("regulatory"));
    let w = words("Does the CIO report to the CTO?");
    let typed: Vec<&str> = w.iter().map(String::as_str).collect();
    assert_eq!(super::documents_reported(&typed), None);
}
