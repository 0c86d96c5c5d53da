//! Questions asking what the source never tells ([`super::super::untold`]):
//! declined with the closest fact whatever entry ranks first, while the
//! questions beside them that the source does answer still are.

use super::*;

/// The reason a declined question names (`closest.missing`), or a panic
/// saying what came instead.
fn untold(engine: &Engine, q: &str) -> String {
    let answer = engine.ask(q);
    match &answer.outcome {
        Outcome::Declined { closest: Some(closest), .. } => closest.missing.join(", "),
        other => panic!("{q}: a decline with the closest fact, not {other:?}"),
    }
}

/// The reason a declined question names, if it is declined with the
/// closest fact.
fn untold_or_none(engine: &Engine, q: &str) -> Option<String> {
    match engine.ask(q).outcome {
        Outcome::Declined { closest: Some(closest), .. } => Some(closest.missing.join(", ")),
        _ => None,
    }
}

/// The source names the organisations its people work at and the survey's,
/// and describes none of them but its publisher.
#[test]
fn what_an_organisation_only_named_does_is_declined() {
    let engine = engine();
    for q in [
        "What does Transposit actually do as a company?",
        "what does Prey do?",
        "What does Prey, the company Nicolas Poggi is with, actually do?",
    ] {
        let answer = engine.ask(q);
        assert_eq!(answer.entry(), None, "{q}");
        let Outcome::Declined { closest: Some(closest), .. } = &answer.outcome else {
            panic!("{q}: a decline with the closest fact: {:?}", answer.outcome)
        };
        assert!(closest.missing[0].starts_with("what ") && closest.missing[0].ends_with(" does"));
    }
    assert_eq!(answered(&engine, "what does 21CTO do").as_deref(), Some("about-the-publisher"));
    assert_eq!(untold(&engine, "What kind of company is Transposit?"), "what Transposit does");
    // Asked as a clause, the organisation right after "what".
    let q = "Someone asked me what Nutanix actually does. Does the article say?";
    assert_eq!(untold(&engine, q), "what Nutanix does");
    let q = "Does the article say what Wendy Pfeiffer does at Nutanix?";
    assert!(!untold_or_none(&engine, q).is_some_and(|m| m.ends_with(" does")), "{q}");
    // "The company", the organisation named before it.
    let q = "what is Transposit anyway, what does the company do?";
    assert_eq!(untold(&engine, q), "what Transposit does");
    // No organisation named: "the company" is not one of the source's.
    let q = "What does the company do, according to the article?";
    if let Outcome::Declined { closest: Some(closest), .. } = engine.ask(q).outcome {
        assert!(closest.missing.iter().all(|m| !m.ends_with(" does")), "{q}: {closest:?}");
    }
    // Nobody at the survey's runner is named; the forum's chair is.
    assert_eq!(untold(&engine, "Who runs Transposit?"), "who runs Transposit");
    let q = "who runs the Global CTO Forum?";
    assert_eq!(answered(&engine, q).as_deref(), Some("person/ozgur-aksakal"), "{q}");
    // A person of the organisation asked about is not the organisation.
    let q = "What does the Nutanix CIO say the CTO does?";
    assert!(answered(&engine, q).is_some_and(|id| id.contains("pfeiffer")), "{q}");
    let q = "What does Transposit's survey say CTOs do?";
    let said = match engine.ask(q).outcome {
        Outcome::Declined { closest: Some(closest), .. } => closest.missing.join(", "),
        _ => String::new(),
    };
    assert_ne!(said, "what Transposit does", "{q}");
}

/// Who decides pay, promotions, contracts, budget overruns or compliance, or
/// has the final say, the source does not tell (`untold` routes): declined, though the question names a kind of
/// work a route knows ("engineers"); the kind of work alone still routes.
#[test]
fn a_decision_the_source_gives_to_neither_role_is_declined() {
    let engine = engine();
    for q in [
        "Which exec signs off on promotions for engineers on my team?",
        "Who decides the bonus structure for the dev team, CIO or CTO?",
        "If the CIO and CTO disagree on which vendor to pick, who gets the final say?",
        "We had a phishing incident. Is incident response the CIO's or the CTO's responsibility?",
        "Does the article say whether the CIO or the CTO should own cybersecurity?",
        "who signs vendor contracts over 100k, the cio or cto?",
        "My team's cloud spend is over budget this quarter. Who approves the overrun, the CIO or the CTO?",
        "Who's on the hook for making sure policyholder data meets privacy regulations, CIO or CTO?",
    ] {
        let answer = engine.ask_lexical(q);
        assert_eq!(answer.entry(), None, "{q}");
    }
    let q = "Who owns the platform architecture for our engineers, the CIO or the CTO?";
    assert!(answered(&engine, q).is_some(), "{q}");
    // Signing off on an architecture is owning it, not a decision untold.
    let q = "Who should sign off on the architecture of our customer app, the CIO or the CTO?";
    assert!(answered(&engine, q).is_some(), "{q}");
    // Not of a thing: promoting collaboration is no promotion.
    let q = "what practices promote a strong CIO-CTO partnership?";
    assert!(answered(&engine, q).is_some(), "{q}");
}

/// A rank the knowledge never uses, before a title: the source's chair is
/// not its vice chair. "Vice" is not read as a typo of "voice" here.
#[test]
fn a_rank_beside_a_title_is_another_person() {
    let engine = engine();
    let q = "who is the vice chair of the Global CTO Forum";
    assert_eq!(untold(&engine, q), "vice chair");
    let q = "Who is the deputy CIO at Nutanix?";
    assert_eq!(engine.ask(q).entry(), None, "{q}");
    let q = "who is the chair of the Global CTO Forum";
    assert_eq!(answered(&engine, q).as_deref(), Some("person/ozgur-aksakal"));
}

/// The source gives the views of its experts and of the surveyed CIOs and
/// CTOs; never of COOs, CEOs or the board, though an entry names COOs.
#[test]
fn the_view_of_a_group_that_never_speaks_is_declined() {
    let engine = engine();
    for (q, missing) in [
        (
            "According to the article, what do chief operating officers think of their CIOs?",
            "what chief operating officers think",
        ),
        (
            "How do COOs feel about working with the CIO, according to the article?",
            "what coos feel",
        ),
        ("what do CEOs say about who should own digital transformation", "what ceos say"),
        ("what does the board think of the CTO?", "what board think"),
    ] {
        assert_eq!(untold(&engine, q), missing, "{q}");
    }
    // The surveyed roles and the experts do speak; the head of IT is the CIO.
    for (q, id) in [
        ("What does Ozgur Aksakal say the CIO aligns with?", "aksakal-cio-operational-efficiency"),
        ("what do CTOs say about having a CIO in their org?", "survey-ctos-with-cio"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
    let q = "What does the Global CTO Forum chair think the CIO aligns with?";
    assert!(answered(&engine, q).is_some_and(|id| id.contains("aksakal")), "{q}");
}

/// The source gives its people's titles as they are, never their careers.
#[test]
fn what_a_person_did_before_is_declined() {
    let engine = engine();
    for q in [
        "What did Wendy Pfeiffer do before she became CIO of Nutanix?",
        "What did Wendy Pfeiffer do before Nutanix?",
    ] {
        assert_eq!(untold(&engine, q), "what Wendy Pfeiffer did before", "{q}");
    }
    for q in ["Where did Wendy Pfeiffer work previously?", "What was James Rinaldi's previous job?"]
    {
        assert_eq!(engine.ask(q).entry(), None, "{q}");
    }
    // Said of the asker, or of the roles a person held, it asks nothing of it.
    let q = "At my last job the CTO wrote code. What does Nicolas Poggi say the CTO is?";
    assert!(answered(&engine, q).is_some_and(|id| id.contains("poggi")), "{q}");
    let q = "What does Vishal Gupta, who held both roles before, say CIOs concentrate on?";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cio-operations"), "{q}");
}

/// "In hospitals specifically": the words a question insists on must be
/// held by the entry that answers, or it declines.
#[test]
fn what_a_question_insists_on_must_be_held() {
    let engine = engine();
    let q = "In hospitals specifically, is it the CIO or the CTO that leads digital transformation per the survey?";
    assert!(untold(&engine, q).contains("hospital"), "{q}");
    let q = "For banks specifically, what share of CIOs have a CTO?";
    assert_eq!(engine.ask(q).entry(), None, "{q}");
    // Said to the side, it is not what is asked.
    let q = "What practices does the article suggest for the partnership? Any that speak to \
             the data problem specifically would be great.";
    assert_eq!(answered(&engine, q).as_deref(), Some("partnership-practices"), "{q}");
}

/// Organisations asked by name: an entry holding the word "companies" names
/// none, and one naming only the organisation the question names gives no
/// other; an entry naming one answers.
#[test]
fn organisations_asked_by_name_must_be_named() {
    let engine = engine();
    for (q, phrase) in [
        ("Which LegalTech companies does the article point to as examples?", "legaltech companies"),
        ("Which companies has Ash Athawale helped hire CTOs for at Robert Half?", "companies"),
        (
            "Which company does Ozgur Aksakal work for, apart from chairing the Global CTO Forum?",
            "company",
        ),
        ("Which vendors and industry groups did Gupta form partnerships with?", "vendors"),
    ] {
        assert_eq!(untold(&engine, q), phrase, "{q}");
    }
    for (q, id) in [
        ("Which company is Nicolas Poggi from?", "person/nicolas-poggi"),
        ("Which organisation published this article?", "about-the-publisher"),
        ("which company ran the survey?", "survey-respondents"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// Alternatives offered ("HealthTech or EdTech?") must be held by the
/// entry: where CTOs thrive names neither. One the entry holds answers.
#[test]
fn alternatives_offered_must_be_held() {
    let engine = engine();
    let q = "Are CTOs also thriving in HealthTech or EdTech?";
    assert_eq!(untold(&engine, q), "healthtech or edtech", "{q}");
    let q = "For the shared cloud platform function, does the article say to go with AWS, Azure or Google Cloud?";
    assert_eq!(untold(&engine, q), "azure or google", "{q}");
    let q = "Are CTOs thriving in retail or FinTech?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"), "{q}");
}

/// A sector likened to one the entry names ("the way they are in
/// FinTech") is what is asked, and the entry must hold it; the sector
/// likened to is what the asker knows.
#[test]
fn what_a_question_likens_to_is_not_what_it_asks() {
    let engine = engine();
    for (q, sector) in [
        ("Are CTOs thriving in mining the way they are in FinTech and InsurTech?", "mining"),
        ("Are CTOs also thriving in HealthTech like they are in FinTech?", "healthtech"),
    ] {
        assert_eq!(untold(&engine, q), sector, "{q}");
    }
    let q = "Are CTOs thriving in LegalTech the way they are in FinTech?";
    assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"), "{q}");
}

/// "Doesn't have", "has no": a company lacking one role is not one
/// lacking the other, though the question and the entry share every word.
#[test]
fn the_role_a_company_lacks_must_be_the_one_asked() {
    let engine = engine();
    let q = "For companies that don't have a CTO, who takes over product development?";
    assert_eq!(untold(&engine, q), "without a CTO", "{q}");
    for q in [
        "What does Ash Athawale say happens when a company doesn't have a CIO?",
        "Who sets the tech strategy at a firm that has no CIO?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("cio-recruits-cto"), "{q}");
    }
}

/// The source cites each figure once, at one time: a figure asked of an
/// earlier survey or of before the pandemic is declined; the rise since
/// the pandemic, or a year that is the asker's own, still answers.
#[test]
fn a_measure_before_the_one_cited_is_declined() {
    let engine = engine();
    for q in [
        "Has the share of people holding both the CIO and CTO title gone up compared with earlier surveys?",
        "What was the joint ownership of digital transformation before the pandemic?",
    ] {
        let answer = engine.ask(q);
        assert_eq!(answer.entry(), None, "{q}");
        assert!(matches!(answer.outcome, Outcome::Declined { .. }), "{q}");
    }
    let q = "Has the share of people holding both titles gone up compared with earlier surveys?";
    assert_eq!(untold(&engine, q), "an earlier survey", "{q}");
    for (q, id) in [
        (
            "What share said digital transformation accelerated since the pandemic?",
            "pandemic-acceleration",
        ),
        (
            "Our CIO hired a CTO last year. What share of CIOs have a CTO in their organization?",
            "survey-cios-with-cto",
        ),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// The source names one person at each organisation: another post there
/// ("the CTO at Nutanix") is declined; the chair of the forum (or its
/// chairman), the JPL's adviser, the Nutanix CIO's view of the CTO, and a
/// company without a CIO are still answered.
#[test]
fn another_post_at_a_named_organisation_is_declined() {
    let engine = engine();
    for (q, post) in [
        ("Who is the CTO that works alongside Wendy Pfeiffer at Nutanix?", "the CTO at Nutanix"),
        (
            "Does NASA JPL have a separate CTO alongside its CIO?",
            "the CTO at NASA’s Jet Propulsion Laboratory",
        ),
    ] {
        assert_eq!(untold(&engine, q), post, "{q}");
    }
    for (q, id) in [
        ("who chairs the global cto forum", "person/ozgur-aksakal"),
        // The title in other words is still theirs.
        (
            "Per the forum chairman, which other C-suite job is closest to the information chief's?",
            "aksakal-cio-operational-efficiency",
        ),
        (
            "What does the JPL adviser think the info head should handle?",
            "rinaldi-cio-business-alignment",
        ),
        ("What does the Nutanix CIO say the CTO does?", "pfeiffer-builder-operator"),
        (
            "According to the Robert Half expert, what happens to tech strategy when a company has no CIO?",
            "cio-recruits-cto",
        ),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// The source says how the two roles differ and work together, never which
/// one to hire or to become; a task offered to the two ("would that be the
/// CIO or the CTO presenting?") is still who owns it.
#[test]
fn which_role_to_hire_or_become_is_declined() {
    let engine = engine();
    let q = "Our startup wants to recruit a CTO or a CIO this year, which one first?";
    assert_eq!(untold(&engine, q), "which role to hire");
    for q in [
        "If you're a startup, should your first tech exec hire be a CIO or a CTO?",
        "Should we hire a CTO or a CIO first?",
        "Should I become a CIO or a CTO?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    let q = "The board wants to see an innovation roadmap for the digital product next month. \
             Would that be the CIO or the CTO presenting?";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-roadmaps-partnerships"));
}

/// A reporting line asked of is told only by the entry about who reports to
/// whom: likening the CIO to the COO says nothing of a line between them.
#[test]
fn a_reporting_line_is_told_only_by_the_entry_about_reporting() {
    let engine = engine();
    for q in [
        "Per Ozgur Aksakal, does the CIO report to the COO?",
        "What did James Rinaldi say about who the CTO should report to?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    let q = "Do CTOs want CIOs to report to them?";
    assert_eq!(answered(&engine, q).as_deref(), Some("reporting-tension"));
}

/// What a question asks the source to give ("Does the article give a
/// typical timeline…?", "cite any data showing…") is what it asks, as
/// "what timeline…" would: an entry must hold it. What an entry does give
/// is still answered.
#[test]
fn what_the_source_is_asked_to_give_is_asked() {
    let engine = engine();
    for q in [
        "Does the article give a typical timeline for digital transformation programs run \
         jointly by the CIO and CTO?",
        "Does the article give a step-by-step plan for merging the CIO and CTO roles into one?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    let q = "Does the article list the shared functions companies create?";
    assert_eq!(answered(&engine, q).as_deref(), Some("shared-functions"));
    let q = "Does the article give any tips for CIO and CTO collaboration?";
    assert_eq!(answered(&engine, q).as_deref(), Some("partnership-practices"));
}

/// A comparison across things the knowledge never names ("between Europe
/// and the US", "in government compared with private companies") is one
/// the source never makes; across things it names, it may answer.
#[test]
fn a_comparison_across_what_the_source_never_names_declines() {
    let engine = engine();
    for q in [
        "Does the article compare how the CIO/CTO split differs between Europe and the US?",
        "Does the CIO/CTO split work differently in government bodies compared with private companies?",
        "Did the pandemic speed up digital transformation more in hospitals than in insurance?",
    ] {
        assert_eq!(engine.ask(q).entry(), None, "{q}");
    }
    // Set side by side without asking how they differ.
    let q = "Our data is split between the product databases and the internal IT systems and \
             nobody can join it up. Should the CIO or CTO fix this silo problem?";
    assert_eq!(untold_or_none(&engine, q), None, "{q}");
    for (q, id) in [
        ("What's the difference between a CIO and a CTO?", "traditional-split"),
        ("Are CTOs thriving more in FinTech compared with LegalTech?", "cto-sectors"),
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some(id), "{q}");
    }
}

/// What the source says of one thing, asked of another it never names
/// ("in shipping too", "in retail, like in FinTech") is not what it says:
/// an entry must hold the thing asked. Asked of what it names, or with
/// "too" likening nothing, it answers.
#[test]
fn a_fact_asked_of_another_thing_too_must_hold_that_thing() {
    let engine = engine();
    for q in [
        "Are CTOs thriving in shipping too?",
        "Do CTOs do well in mining as well?",
        "Are CTOs also thriving in biotech, like in InsurTech?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    for q in ["Are CTOs thriving in InsurTech too?", "Are CTOs thriving in FinTech as well?"] {
        assert_eq!(answered(&engine, q).as_deref(), Some("cto-sectors"), "{q}");
    }
}

/// What an imperative asks for must be held, as a question's must: the
/// model's agreement does not answer "tell me the CTO's password" with
/// what a CTO is.
#[test]
fn what_an_imperative_asks_for_must_be_held() {
    let q = "Tell me the CTO's password.";
    assert_eq!(answered(with_model(), q), None, "{q}");
    let q = "tell me the number of CIOs surveyed";
    assert_eq!(answered(with_model(), q).as_deref(), Some("survey-respondents"), "{q}");
}

/// The article's reporting line is the chiefs' own: whom a team or an
/// engineering manager reports to it never tells, and a regulatory or
/// financial report is not a reporting line. The chiefs' line, or their
/// teams', is still the tension.
#[test]
fn whom_staff_report_to_and_reports_as_documents_are_not_the_chiefs_line() {
    let engine = engine().lexical_only();
    for q in [
        "Do the platform teams usually report into the CIO or the CTO?",
        "Who handles our quarterly financial reports to the board, the CIO or the CTO?",
    ] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
    for q in [
        "Does the CIO report to the CTO or the other way round?",
        "Whose team reports to whom, the CIO's or the CTO's?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("reporting-tension"), "{q}");
    }
}
