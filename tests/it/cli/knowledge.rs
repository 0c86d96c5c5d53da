//! The knowledge's commands on the command line: `check`, a folder or a
//! file of knowledge, and import and export.

use super::*;

/// A QnA Maker TSV round-trips through `import` → `check` → `export`:
/// import invents nothing (check flags what the TSV lacks), and once a
/// curator fills that in, the export gives back every row as it came, with
/// only what the curator added.
#[test]
fn a_qna_maker_tsv_round_trips_through_import_check_and_export() {
    let dir = scratch("import");
    let qna = "Question\tAnswer\tSource\tMetadata\n\
               Who is on call?\tThe platform team, weekly.\tTeam wiki\tcategory:ops\n\
               Who carries the pager?\tThe platform team, weekly.\tTeam wiki\tcategory:ops\n\
               How do I page the on-call engineer?\tThe platform team, weekly.\tTeam wiki\tcategory:ops\n";
    std::fs::write(dir.join("qna.tsv"), qna).unwrap();
    let imported = run(&["import", dir.join("qna.tsv").to_str().unwrap()]);
    assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
    let toml = stdout(&imported);
    let knowledge = dir.join("knowledge");
    std::fs::create_dir_all(&knowledge).unwrap();
    std::fs::write(knowledge.join("team.toml"), &toml).unwrap();
    let check = run(&["--knowledge", knowledge.to_str().unwrap(), "check"]);
    assert_eq!(check.status.code(), Some(2));
    let said = format!("{}{}", stdout(&check), stderr(&check));
    assert!(said.contains("`publisher` is empty"), "{said}");
    assert!(said.contains("unknown variant ``"), "the kind is left to the curator: {said}");

    let filled = toml
        .replace("publisher = \"\"", "publisher = \"Platform team\"")
        .replace("kind = \"\"", "kind = \"fact\"");
    std::fs::write(knowledge.join("team.toml"), &filled).unwrap();
    let check = run(&["--knowledge", knowledge.to_str().unwrap(), "check"]);
    assert_eq!(check.status.code(), Some(0), "{}{}", stdout(&check), stderr(&check));
    let exported = run(&["--knowledge", knowledge.to_str().unwrap(), "export", "--format", "tsv"]);
    assert_eq!(exported.status.code(), Some(0));
    let rows: Vec<Vec<String>> =
        stdout(&exported).lines().map(|l| l.split('\t').map(str::to_owned).collect()).collect();
    assert_eq!(rows[0], ["Question", "Answer", "Source", "Metadata"]);
    assert_eq!(rows.len(), 4, "one row a phrasing, nothing added");
    for (row, line) in rows[1..].iter().zip(qna.lines().skip(1)) {
        let given: Vec<&str> = line.split('\t').collect();
        assert_eq!(row[..3], given[..3]);
        assert_eq!(
            row[3], "id:who-is-on-call|kind:fact|category:ops",
            "only what the curator added"
        );
    }
    let json = run(&["--knowledge", knowledge.to_str().unwrap(), "export", "--format", "json"]);
    let items: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(items[0]["questions"].as_array().unwrap().len(), 3);

    let broken = dir.join("broken.tsv");
    std::fs::write(&broken, "Question\tAnswer\tSource\tMetadata\nq?\ta\ts\t\njust one column\n")
        .unwrap();
    let failed = run(&["import", broken.to_str().unwrap()]);
    assert_eq!(failed.status.code(), Some(2));
    assert!(
        stderr(&failed).contains("line 3: expected 4 tab-separated columns"),
        "{}",
        stderr(&failed)
    );
}

#[test]
fn check_summarises_the_bundled_knowledge() {
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("valid"), "{out}");
    assert!(out.contains("survey: Transposit survey of 415 CIOs and CTOs"), "{out}");
    assert!(out.contains("attributed views"), "{out}");
}

#[test]
fn check_reports_file_line_column_and_entry_and_exits_2() {
    let dir = scratch("bad-knowledge");
    let text = "[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n\n[[entries]]\nid = \"broken\"\nkind = \"fact\"\nquestions = [\"a?\", \"b?\", \"c?\"]\nanswer = \"A.\"\ntopics = [\"t\"]\ncolor = \"blue\"\n";
    std::fs::write(dir.join("team.toml"), text).unwrap();
    let o = run(&["--knowledge", dir.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("team.toml:12:1: in `broken`: unknown field `color`"), "{err}");
}

#[test]
fn a_team_adds_knowledge_by_dropping_a_file_into_a_folder() {
    let dir = scratch("team-knowledge");
    let text = r#"
[source]
id = "handbook"
title = "Our Engineering Handbook"
publisher = "Acme Engineering"

[[people]]
id = "ada"
name = "Ada Example"
title = "VP Engineering"
organisation = "Acme"
about = "Ada Example runs the platform group."

[[entries]]
id = "oncall"
kind = "view"
person = "ada"
questions = ["Who owns the on-call rota?", "How does on-call work here?", "Who runs incident response?"]
answer = "According to Ada Example, the platform group owns the on-call rota."
topics = ["on-call", "incidents"]
"#;
    std::fs::write(dir.join("handbook.toml"), text).unwrap();
    let o = bot()
        .args(["ask", "--json", "who owns the oncall rota"])
        .env("KNOWLEDGE_DIR", &dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["entry"], "oncall");
    assert!(v["source"].as_str().unwrap().contains("Our Engineering Handbook"), "{v}");
}

#[test]
fn a_missing_knowledge_folder_is_a_clear_error() {
    for args in [&["ask", "cio"][..], &["check"][..]] {
        let o = bot().args(["--knowledge", "/nonexistent/knowledge"]).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains("no knowledge at /nonexistent/knowledge"), "{err}");
        assert!(!err.contains("os error"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn knowledge_can_be_one_file() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/knowledge/cio-vs-cto-21cto.toml");
    let o = run(&["--knowledge", file, "ask", "who reports to whom?"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Many organizations report tension"), "{}", stdout(&o));
}

#[test]
fn check_reports_every_problem_in_file_and_line_order() {
    let dir = scratch("many-problems");
    let entry = |id: &str, body: &str| {
        format!("[[entries]]\nid = \"{id}\"\nkind = \"fact\"\ntopics = [\"t\"]\n{body}\n")
    };
    let mut text = String::from("[source]\nid = \"s\"\ntitle = \"T\"\npublisher = \"P\"\n\n");
    for i in 0..10 {
        text += &entry(&format!("e{i}"), "questions = [\"a?\", \"b?\", \"c?\"]");
    }
    std::fs::write(dir.join("a.toml"), &text).unwrap();
    std::fs::write(dir.join("b.toml"), b"[source]\nid = \"t\"\ntitle = \"caf\xe9\"\n").unwrap();
    let o = run(&["--knowledge", dir.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let problems: Vec<&str> = err.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(problems.len(), 11, "{err}");
    for (i, line) in problems[..10].iter().enumerate() {
        assert!(line.contains(&format!("in `e{i}`: missing field `answer`")), "{line}");
    }
    assert!(problems[10].contains("b.toml:3:13: the file is not valid UTF-8"), "{err}");
}

/// `import` of an entry with nothing in it writes a file for the curator
/// (an id all the same), which `check` then flags.
#[test]
fn import_of_an_empty_entry_writes_what_check_flags() {
    let dir = scratch("import-empty");
    let file = dir.join("e.json");
    std::fs::write(&file, r#"[{"questions":[],"answer":"","source":""}]"#).unwrap();
    let o = run(&["import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("id = \"imported\""), "{}", stdout(&o));
    std::fs::write(dir.join("e.toml"), stdout(&o)).unwrap();
    let check = run(&["--knowledge", dir.join("e.toml").to_str().unwrap(), "check"]);
    assert_eq!(check.status.code(), Some(2));
    assert!(stderr(&check).contains("e.toml:"), "{}", stderr(&check));
    let help = run(&["import", "--help"]);
    assert!(stdout(&help).contains("or one that starts with `[`"), "{}", stdout(&help));
}
