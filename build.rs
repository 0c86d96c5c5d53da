//! Bundles every `knowledge/*.toml` file into the binary, so that adding a
//! file to the folder is all it takes to ship it, and compiles the English
//! word frequencies (`data/word-frequencies/en.tsv`) into a sorted table,
//! so that they cost nothing to load.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("knowledge");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the knowledge/ folder is part of the repository")
        .filter_map(|item| item.ok().map(|item| item.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for path in files {
        let name = path.file_name().expect("a file").to_string_lossy().into_owned();
        out += &format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string());
    }
    out += "]\n";
    let out_dir = env::var("OUT_DIR").expect("set by cargo");
    let dest = Path::new(&out_dir).join("bundled_knowledge.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");

    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).to_owned();
    let tsv = root.join("data/word-frequencies/en.tsv");
    println!("cargo:rerun-if-changed={}", tsv.display());
    let text =
        fs::read_to_string(&tsv).expect("data/word-frequencies/en.tsv is part of the repository");
    let mut words: Vec<(&str, u16)> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (word, zipf) = line.split_once('\t')?;
            // Hundredths of a Zipf unit: exact for the file's two decimals.
            let zipf = (zipf.trim().parse::<f32>().ok()? * 100.0).round() as u16;
            Some((word, zipf))
        })
        .collect();
    words.sort_unstable();
    words.dedup_by(|a, b| a.0 == b.0);
    let mut table = String::from("&[\n");
    for (word, zipf) in words {
        table += &format!("    ({word:?}, {zipf}),\n");
    }
    table += "]\n";
    fs::write(Path::new(&out_dir).join("english_frequencies.rs"), table)
        .expect("OUT_DIR is writable");
}
