//! Checks of the knowledge as the matcher reads it, for curators (`check`):
//! what loads and validates may still mislead the ranking.

use super::Engine;

impl Engine {
    /// The phrasings the matcher reads as nothing but the two roles, or as
    /// nothing at all, each with its entry's id: every other word is one
    /// the matcher leaves out ("do cios want the cto under them lol").
    /// Such a phrasing fits every question naming both roles perfectly,
    /// whatever that question asks, and ties with the entries that hold
    /// what it asks. One role alone ("What is a CIO?") asks what that role
    /// is, which its entry holds.
    pub fn vague_phrasings(&self) -> Vec<(&str, &str)> {
        let vague = |q: &str| {
            let words = self.index.words(q);
            let names = |role: &str| words.iter().any(|w| w == role);
            let roles_only = words.iter().all(|w| w == "cio" || w == "cto");
            roles_only && (words.is_empty() || (names("cio") && names("cto")))
        };
        (self.knowledge.entries.iter())
            .flat_map(|e| e.questions.iter().map(move |q| (e.id.as_str(), q.as_str())))
            .filter(|(_, q)| vague(q))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use crate::knowledge::{BUNDLED, Knowledge};

    #[test]
    fn a_phrasing_read_as_the_two_roles_alone_is_reported() {
        let bundled = Engine::new(Knowledge::bundled().expect("the bundled knowledge loads"));
        assert_eq!(bundled.vague_phrasings(), Vec::<(&str, &str)>::new());
        let mut files: Vec<(String, String)> =
            BUNDLED.iter().map(|&(name, text)| (name.to_owned(), text.to_owned())).collect();
        let draft = "[[phrasings]]\nentry = \"reporting-tension\"\nquestions = [\n  \
                     \"do cios want the cto under them lol\",\n  \
                     \"do cios want the cto reporting to them lol\",\n]\n";
        files.push(("zz-draft.toml".to_owned(), draft.to_owned()));
        let engine = Engine::new(Knowledge::from_files(files).expect("the draft loads"));
        assert_eq!(
            engine.vague_phrasings(),
            [("reporting-tension", "do cios want the cto under them lol")]
        );
    }
}
