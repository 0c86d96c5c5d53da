//! Loading whole files end to end: what parses, and that every problem is
//! reported with the file, line, column and entry a curator needs to fix it.

use super::*;
use crate::knowledge::MAX_ANSWER_CHARS;

const SOURCE: &str = "[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n";

fn load(text: &str) -> Result<Knowledge, LoadError> {
    parse([("a.toml".to_owned(), text.to_owned())])
}

fn problems(text: &str) -> Vec<Problem> {
    load(text).expect_err("should be invalid").problems().to_vec()
}

fn entry(id: &str, extra: &str) -> String {
    format!(
        "[[entries]]\nid = \"{id}\"\nkind = \"fact\"\nquestions = [\"one?\", \"two?\", \"three?\"]\nanswer = \"A.\"\ntopics = [\"t\"]\n{extra}"
    )
}

#[test]
fn a_minimal_file_loads() {
    let k = load(&format!("{SOURCE}{}", entry("e", ""))).unwrap();
    assert_eq!(k.entries[0].id, "e");
    assert_eq!(k.entries[0].attribution, Attribution::Source(0));
}

#[test]
fn unknown_field_names_file_line_column_and_entry() {
    let text = format!("{SOURCE}{}", entry("my-entry", "colour = \"red\"\n"));
    let p = &problems(&text)[0];
    assert_eq!((p.file.as_str(), p.line, p.column), ("a.toml", 11, 1));
    assert_eq!(p.entry.as_deref(), Some("my-entry"));
    assert!(p.to_string().contains("unknown field `colour`"), "{p}");
}

#[test]
fn missing_field_names_the_entry() {
    let text = format!(
        "{SOURCE}[[entries]]\nid = \"no-answer\"\nkind = \"fact\"\nquestions = []\ntopics = []\n"
    );
    let p = &problems(&text)[0];
    assert_eq!(p.entry.as_deref(), Some("no-answer"));
    assert!(p.to_string().contains("missing field `answer`"), "{p}");
}

#[test]
fn duplicate_ids_point_at_both_places() {
    let text = format!("{SOURCE}{}{}", entry("dup", ""), entry("dup", ""));
    let p = &problems(&text)[0];
    assert_eq!(p.line, 12);
    assert!(p.to_string().contains("first defined at a.toml:6:6"), "{p}");
}

#[test]
fn empty_fields_and_short_question_lists_are_reported() {
    let text = format!(
        "{SOURCE}[[entries]]\nid = \"e\"\nkind = \"fact\"\nquestions = [\"only one?\"]\nanswer = \"  \"\ntopics = [\"t\"]\n"
    );
    let kinds: Vec<_> = problems(&text).into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::TooFewQuestions { found: 1, min: 3 }));
    assert!(kinds.contains(&ProblemKind::Empty { field: "answer" }));
}

#[test]
fn unknown_person_is_reported_at_the_reference() {
    let text =
        format!("{SOURCE}{}", entry("v", "person = \"nobody\"\n").replace("\"fact\"", "\"view\""));
    let p = &problems(&text)[0];
    assert_eq!(p.kind, ProblemKind::UnknownPerson("nobody".into()));
    assert_eq!((p.line, p.column, p.entry.as_deref()), (11, 10, Some("v")));
}

#[test]
fn answers_longer_than_an_embed_are_rejected() {
    let long = "x".repeat(MAX_ANSWER_CHARS + 1);
    let text = format!("{SOURCE}{}", entry("long", "").replace("\"A.\"", &format!("\"{long}\"")));
    assert!(matches!(problems(&text)[0].kind, ProblemKind::AnswerTooLong { chars: 4097, .. }));
}

#[test]
fn syntax_errors_have_a_position() {
    let p = &problems("[source\nid = 1")[0];
    assert_eq!((p.line, p.entry.as_deref()), (1, None));
    assert!(matches!(p.kind, ProblemKind::Format(_)));
}

#[test]
fn views_need_people_and_entries_need_a_source() {
    let view = entry("v", "").replace("\"fact\"", "\"view\"");
    let kinds: Vec<_> = problems(&view).into_iter().map(|p| p.kind).collect();
    assert!(kinds.iter().any(|k| matches!(k, ProblemKind::MissingSource { what: "entries" })));
    assert!(
        kinds.iter().any(|k| matches!(k, ProblemKind::MissingAttribution { kind: "view", .. }))
    );
}

#[test]
fn also_answers_takes_only_the_curated_asks() {
    let text = format!("{SOURCE}{}", entry("e", "also_answers = [\"when\", \"how\"]\n"));
    let p = &problems(&text)[0];
    assert_eq!(p.kind, ProblemKind::UnknownAsk("how".into()));
    assert_eq!((p.line, p.entry.as_deref()), (11, Some("e")));
    // The message names every ask a curator may use.
    let said = p.kind.to_string();
    for ask in crate::ask::CURATED_ASKS {
        assert!(said.contains(ask), "{said} leaves out {ask}");
    }
    let ok = load(&format!("{SOURCE}{}", entry("e", "also_answers = [\"why\"]\n"))).unwrap();
    assert_eq!(ok.entries[0].also_answers, ["why"]);
}

#[test]
fn a_fact_credited_to_a_survey_or_person_is_refused() {
    let survey = "[[surveys]]\nid = \"s1\"\nname = \"S\"\nrun_by = \"R\"\nrespondents = 1\npopulation = \"P\"\n";
    let text = format!("{SOURCE}{survey}{}", entry("f", "survey = \"s1\"\n"));
    let p = &problems(&text)[0];
    assert_eq!(p.kind, ProblemKind::AttributedFact);
    assert_eq!(p.entry.as_deref(), Some("f"));
}

#[test]
fn people_in_another_file_can_be_cited() {
    let people = format!(
        "{SOURCE}[[people]]\nid = \"ada\"\nname = \"Ada\"\norganisation = \"Org\"\nabout = \"Says things.\"\n"
    );
    let views = format!(
        "[source]\nid = \"s2\"\ntitle = \"T2\"\npublisher = \"P\"\n{}",
        entry("v", "person = \"ada\"\n").replace("\"fact\"", "\"view\"")
    );
    let k = parse([("b.toml".to_owned(), views), ("a.toml".to_owned(), people)]).unwrap();
    assert_eq!(k.entry("v").unwrap().attribution, Attribution::Person(0));
    assert_eq!(k.entry("person/ada").unwrap().kind, Kind::Profile);
}

/// A file of phrasings needs no source, adds questions to entries of
/// other files (and to generated profiles), and names the line of a
/// phrasing for an entry that does not exist.
#[test]
fn phrasings_add_questions_to_entries_defined_anywhere() {
    let entries = format!(
        "{SOURCE}{}[[people]]\nid = \"ada\"\nname = \"Ada\"\norganisation = \"Org\"\nabout = \"Says things.\"\n",
        entry("e", "")
    );
    let phrasings = "[[phrasings]]\nentry = \"e\"\nquestions = [\"four?\", \"one?\"]\n\n[[phrasings]]\nentry = \"person/ada\"\nquestions = [\"who's Ada?\"]\n";
    let k = parse([
        ("a.toml".to_owned(), entries.clone()),
        ("b.toml".to_owned(), phrasings.to_owned()),
    ])
    .unwrap();
    assert_eq!(k.entry("e").unwrap().questions, ["one?", "two?", "three?", "four?"]);
    assert!(k.entry("person/ada").unwrap().questions.contains(&"who's Ada?".to_owned()));

    let unknown = "\n[[phrasings]]\nentry = \"nope\"\nquestions = []\n";
    let Err(LoadError::Invalid(problems)) =
        parse([("a.toml".to_owned(), entries), ("b.toml".to_owned(), unknown.to_owned())])
    else {
        panic!("an unknown entry is a problem");
    };
    let found: Vec<(&str, usize, &ProblemKind)> =
        problems.iter().map(|p| (p.file.as_str(), p.line, &p.kind)).collect();
    assert_eq!(
        found,
        [
            ("b.toml", 3, &ProblemKind::UnknownEntry("nope".into())),
            ("b.toml", 4, &ProblemKind::Empty { field: "questions" }),
        ]
    );
}

/// A route's side is the role the source gives its kind of work: `both`
/// unless said, and a side that is neither role is reported where it is.
#[test]
fn a_routes_side_is_read_and_a_wrong_one_is_reported() {
    let route = |side: &str| {
        format!(
            "{SOURCE}{}\n[[routes]]\nmeans = \"ops\"\n{side}words = [\"laptops\"]\n",
            entry("e", "")
        )
    };
    let k = load(&route("side = \"cio\"\n")).unwrap();
    assert_eq!(k.routes[0].side, crate::knowledge::Side::Cio);
    assert_eq!(load(&route("")).unwrap().routes[0].side, crate::knowledge::Side::Both);
    let p = &problems(&route("side = \"ceo\"\n"))[0];
    assert_eq!((p.line, p.column), (14, 8), "{p}");
    assert!(p.to_string().contains("unknown variant `ceo`"), "{p}");
}

#[test]
fn a_learning_path_step_naming_no_entry_is_reported_as_a_step() {
    let entries = "[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[entries]]\nid = \"e\"\nkind = \"fact\"\nquestions = [\"one?\", \"two?\", \"three?\"]\nanswer = \"A.\"\ntopics = [\"t\"]\n";
    let paths =
        "[[paths]]\nid = \"p\"\ntitle = \"P\"\ndescription = \"D\"\nsteps = [\"e\", \"nope\"]\n";
    let Err(LoadError::Invalid(problems)) = parse([
        ("a.toml".to_owned(), entries.to_owned()),
        ("paths.toml".to_owned(), paths.to_owned()),
    ]) else {
        panic!("an unknown step is a problem");
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!((problems[0].file.as_str(), problems[0].line), ("paths.toml", 5));
    let said = problems[0].to_string();
    assert!(said.contains("a step names unknown entry `nope`"), "{said}");
}

#[test]
fn locate_counts_characters_not_bytes() {
    assert_eq!(locate("ab\nçé x", 7), (2, 3));
    assert_eq!(locate("abc", 99), (1, 4));
}
