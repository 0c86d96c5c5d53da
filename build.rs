//! Bundles every `knowledge/*.toml` file into the binary, so that adding a
//! file to the folder is all it takes to ship it.

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
    let dest = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("bundled_knowledge.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
