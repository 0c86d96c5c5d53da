//! Which of two entries on one subject answers: the curated phrasings and
//! topics that tell them apart.

use super::*;

/// Inward and outward are the directions Athawale says each role looks:
/// the entry answers "which direction".
#[test]
fn the_direction_each_role_looks_is_athawales() {
    let engine = engine();
    let q = "Robert Half's Ash Athawale: which direction do CIOs tend to look";
    assert_eq!(answered(&engine, q).as_deref(), Some("athawale-inward-outward"));
    // To gaze is to look.
    let q = "Who said one of the pair gazes in while the other gazes out?";
    assert_eq!(answered(&engine, q).as_deref(), Some("athawale-inward-outward"));
    // To look inside is to look inward…
    for q in [
        "In the article the CIO look to inside and the CTO look to outside, is correct?",
        "What is the meaning that CIO is looking inside and CTO is looking outside?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("athawale-inward-outward"), "{q}");
    }
    // …but a CIO inside the organisation is a CIO in it.
    let q = "How much percent of CTO are having also a CIO inside the organization?";
    assert_eq!(answered(&engine, q).as_deref(), Some("survey-ctos-with-cio"));
}

/// Gupta gives the CTO two sides: products for customers with sales and
/// marketing, and roadmaps, boards and partnerships with other CTOs,
/// vendors and industry groups. Teaming up outside the company, and
/// working with the top, are the second.
#[test]
fn gupta_s_cto_partners_outside_and_works_with_the_top() {
    let engine = engine();
    for q in [
        "Per Vishal Gupta, who does a CTO team up with outside the company?",
        "According to Vishal Gupta, what does a CTO build, and who do they work with at the top?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-roadmaps-partnerships"), "{q}");
    }
    let q = "Per Vishal Gupta, does the CTO work with sales and marketing?";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-customer-products"));
}

/// A joint effort the article says IoT, cloud and AI necessitate answers
/// whether the two should run such work together (the entry is marked
/// `advice`); which cloud to pick is still asked of no entry.
#[test]
fn a_joint_effort_the_article_says_is_needed_answers_whether_it_should_be_joint() {
    let engine = engine();
    let q = "Should the CIO and CTO run the IoT rollout together?";
    assert_eq!(answered(&engine, q).as_deref(), Some("joint-effort-technologies"));
    let q = "Which cloud provider should the CIO and CTO pick together?";
    assert_eq!(answered(&engine, q), None);
}

/// Pfeiffer calls the CTO the builder, whatever word the asker has for one.
#[test]
fn a_constructor_is_pfeiffer_s_builder() {
    let engine = engine();
    let q = "In that Nutanix exec's framing, who's the constructor and who's the one keeping things running?";
    assert_eq!(answered(&engine, q).as_deref(), Some("pfeiffer-builder-operator"));
}

#[test]
fn a_strategic_plan_is_the_business_strategy_it_is_aligned_with() {
    let engine = engine();
    let q = "Who makes sure our IT projects actually line up with the hospital's strategic plan - CIO or CTO?";
    assert_eq!(answered(&engine, q).as_deref(), Some("rinaldi-cio-business-alignment"), "{q}");
    // Strategic partnerships are still the CTO's, per Gupta.
    let q = "What strategic partnerships does a CTO form?";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-roadmaps-partnerships"), "{q}");
}

/// Paying attention is focusing, and paying customers are customers: no
/// money is asked. What a role is paid still is.
#[test]
fn paying_attention_asks_no_money() {
    let engine = engine();
    let q = "What does Vishal Gupta say the CTO pays attention to?";
    assert_eq!(answered(&engine, q).as_deref(), Some("gupta-cto-customer-products"));
    for q in ["How much does a CTO get paid?", "Who pays the CTO, per Vishal Gupta?"] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
}

/// The overview's "practical steps" are not the partnership's practices:
/// asked for the practices, the overview does not answer.
#[test]
fn practices_asked_are_not_the_overviews_practical_steps() {
    let engine = engine();
    let q = "What concrete practices does the article suggest for getting the two leaders to cooperate?";
    assert_ne!(answered(&engine, q).as_deref(), Some("article-overview"));
    let q = "Does the article give practical steps for collaboration?";
    assert_eq!(answered(&engine, q).as_deref(), Some("article-overview"));
}

/// The tension the article reports is over who reports to whom: what it
/// is about is why there is one; why they dispute the line, or a reason
/// the article never gives, stays unanswered.
#[test]
fn why_the_two_clash_is_the_reporting_line_they_clash_over() {
    let engine = engine();
    for q in [
        "For what reason CIO and CTO are having conflict between them?",
        "Why is tension between CIO and CTO, for what they are fighting?",
    ] {
        assert_eq!(answered(&engine, q).as_deref(), Some("reporting-tension"), "{q}");
    }
    for q in ["Why do CTOs want the CIO to report to them?", "Why did Transposit run the survey?"] {
        assert_eq!(answered(&engine, q), None, "{q}");
    }
}
