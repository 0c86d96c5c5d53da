//! `.env`: loaded before anything reads the environment, checked first so
//! that a malformed file is reported by line and variable (never with its
//! value, which may be the token), and its `$` rule pointed out.

use super::ConfigError;

/// Loads `.env` from the working directory if there is one. A missing file
/// is fine; a malformed one is an error (and sets nothing). Variables
/// already set in the environment win. Returns warnings about values that
/// dotenv's rules change (see [`substitutions`]).
pub fn load_dotenv() -> Result<Vec<String>, ConfigError> {
    let text = match std::fs::read(".env") {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(ConfigError::DotEnv(format!("cannot read it: {err}"))),
    };
    // Checked before anything is set, so a bad file sets nothing.
    check_dotenv(&text)?;
    match dotenvy::from_filename(".env") {
        Ok(_) => Ok(substitutions(&String::from_utf8_lossy(&text))),
        // Only if the file changed in between; still never show a value.
        Err(_) => Err(ConfigError::DotEnv("it changed while being read".into())),
    }
}

/// The lines of a `.env` whose value holds a `$` that dotenv substitutes
/// (`$NAME`, `${NAME}`, or a bare `$`, which it drops): unquoted and
/// double-quoted values are expanded, single-quoted ones taken literally. A token or password
/// holding `$` would otherwise be cut short without a word. Each warning
/// names the line and variable, never the value.
pub fn substitutions(text: &str) -> Vec<String> {
    let mut warnings = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_start();
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else { continue };
        let (key, value) = (key.trim(), value.trim_start());
        if key.starts_with('#') || value.starts_with('\'') {
            continue;
        }
        let bytes = value.as_bytes();
        // dotenv substitutes at every `$` it does not see escaped, even
        // one followed by no name (`5$` reads as `5`).
        let expanded =
            (0..bytes.len()).any(|i| bytes[i] == b'$' && (i == 0 || bytes[i - 1] != b'\\'));
        if expanded {
            warnings.push(format!(
                ".env line {}, `{key}`: dotenv reads `$NAME` in this value as the variable NAME (empty if unset) and drops a `$` before no name; to keep the value as written, put it in single quotes",
                number + 1
            ));
        }
    }
    warnings
}

/// Checks the text of a `.env` file. An error names the line and, when the
/// line has one, its variable, but never any part of a value: the line may
/// hold the token, and dotenvy's own error carries the text after `KEY=`.
pub fn check_dotenv(bytes: &[u8]) -> Result<(), ConfigError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let line = bytes[..err.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(ConfigError::DotEnv(format!("line {line} is not valid UTF-8")));
        }
    };
    for item in dotenvy::from_read_iter(text.as_bytes()) {
        match item {
            Ok(_) => {}
            Err(dotenvy::Error::LineParse(fragment, _)) => {
                return Err(ConfigError::DotEnv(describe_bad_line(text, &fragment)));
            }
            Err(_) => return Err(ConfigError::DotEnv("it cannot be read".into())),
        }
    }
    Ok(())
}

/// "line 3 (`DISCORD_TOKEN`) cannot be parsed", from the fragment dotenvy
/// failed on: the whole line, or the value after `KEY=`.
fn describe_bad_line(text: &str, fragment: &str) -> String {
    let found = (!fragment.trim().is_empty()).then(|| text.find(fragment.trim_end())).flatten();
    let Some(offset) = found else {
        return "a line cannot be parsed".to_owned();
    };
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let number = text[..offset].matches('\n').count() + 1;
    let line = &text[line_start..];
    let line = line.split('\n').next().unwrap_or("");
    let line = line.trim_start();
    let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
    // A name only if the line really is `NAME=…`: a pasted token on a
    // line of its own must not be taken for one.
    let key = line.split_once('=').map(|(key, _)| key.trim_end()).filter(|key| {
        let mut chars = key.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            && key.len() <= 64
    });
    match key {
        Some(key) => format!(
            "line {number}, the value of `{key}`, cannot be parsed: quote it with single quotes if it holds spaces, quotes, backslashes, `#` or `$`"
        ),
        None => format!("line {number} cannot be parsed: each line is `NAME=value` or a # comment"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::TOKEN;

    fn pieces(value: &str) -> Vec<String> {
        let chars: Vec<char> = value.chars().collect();
        chars
            .windows(4)
            .map(|w| w.iter().collect::<String>())
            .filter(|p| p.trim().len() == 4)
            .collect()
    }

    #[test]
    fn a_malformed_env_file_names_the_line_and_variable_but_no_value() {
        let tokens = [
            "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abc def",
            "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abc\\qdef",
            "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.ab\"cdef",
            "'MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abcdef",
            "\"MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.abc#def",
            "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.ab$(cdef",
            "MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe.a\\b c#d$e",
        ];
        let mut malformed = 0;
        for token in tokens {
            let text = format!("# the bot\nDISCORD_GUILD_ID=42\n\nDISCORD_TOKEN={token}\n");
            let Err(err) = check_dotenv(text.as_bytes()) else { continue };
            malformed += 1;
            let message = err.to_string();
            assert!(message.contains("line 4"), "{message}");
            assert!(message.contains("DISCORD_TOKEN"), "{message}");
            for piece in pieces(token) {
                assert!(!message.contains(&piece), "{message} shows {piece:?} of the value");
            }
        }
        assert!(malformed >= 5, "only {malformed} of the malformed values were refused");
    }

    #[test]
    fn a_token_pasted_on_a_line_of_its_own_is_not_taken_for_a_name() {
        let text = "DISCORD_GUILD_ID=42\nMTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe abc\n";
        let message = check_dotenv(text.as_bytes()).unwrap_err().to_string();
        assert!(message.contains("line 2"), "{message}");
        for piece in pieces("MTA0NTU1NTU1NTU1NTU1NTU1NQ.GaBcDe abc") {
            assert!(!message.contains(&piece), "{message} shows {piece:?}");
        }
    }

    #[test]
    fn a_well_formed_env_file_passes_and_bad_bytes_have_a_line() {
        let good =
            format!("# comment\nDISCORD_TOKEN={TOKEN}\nexport DISCORD_GUILD_ID=42\nX='a b#c $d'\n");
        assert_eq!(check_dotenv(good.as_bytes()), Ok(()));
        let message = check_dotenv(b"A=1\nDISCORD_TOKEN=abc\xff\n").unwrap_err().to_string();
        assert!(message.contains("line 2") && message.contains("UTF-8"), "{message}");
    }

    /// dotenv expands `$NAME` in unquoted and double-quoted values and
    /// keeps single-quoted ones as written; the bot warns of the first two,
    /// naming the line and the variable but not the value.
    #[test]
    fn dollar_signs_follow_dotenvs_rule_and_are_pointed_out() {
        let text =
            "A=plain\nB=123$FOO\nC='123$FOO'\nD=\"x${FOO}y\"\nE=5$\nF=\"a\\$FOO\"\n# G=$FOO\n";
        let parsed: std::collections::HashMap<String, String> =
            dotenvy::from_read_iter(text.as_bytes()).map(|item| item.unwrap()).collect();
        assert_eq!(parsed["B"], "123", "unquoted: expanded (FOO is unset)");
        assert_eq!(parsed["C"], "123$FOO", "single quotes: literal");
        assert_eq!(parsed["D"], "xy", "double quotes: expanded");
        assert_eq!(parsed["E"], "5", "a `$` before no name is dropped");
        assert_eq!(parsed["F"], "a$FOO", "an escaped `$` stays");
        let warnings = substitutions(text);
        assert_eq!(warnings.len(), 3, "{warnings:#?}");
        assert!(warnings[0].contains("line 2, `B`") && warnings[1].contains("line 4, `D`"));
        assert!(warnings[2].contains("line 5, `E`"));
        assert!(warnings.iter().all(|w| !w.contains("123") && !w.contains("FOO")));
    }
}
