//! The scorer's rules name classes of words, never words: every word it reads lives in the vocabulary
//! (`scoring/vocab.rs`, `scoring/lexicon.rs`) or the catalogue (`catalogue/data.rs`). This test reads the
//! rule code and fails on a string literal that looks like a word. Message parameter names and catalogue
//! ids are identifiers, not words the scorer reads, and are allowed.

use std::fs;
use std::path::Path;

const RULE_FILES: &[&str] = &[
    "certainty.rs",
    "deadlines.rs",
    "findings.rs",
    "langdetect.rs",
    "mod.rs",
    "numbers.rs",
    "okr.rs",
    "placement.rs",
    "reading.rs",
    "smart.rs",
    "text.rs",
    "vanity.rs",
];

/// Names of message parameters and of serialized fields.
const KEYS: &[&str] = &[
    "aim", "count", "deadline", "factor", "field", "instead", "level", "measured", "metric",
    "months", "params", "rule", "said", // a serialized struct's name
    "Finding",
];

fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            out.push(after[..end].to_string());
            rest = &after[end + 1..];
        }
    }
    out
}

#[test]
fn rule_code_names_classes_never_words() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scoring");
    let mut words = Vec::new();
    for file in RULE_FILES {
        let text = fs::read_to_string(dir.join(file)).expect("a rule file");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for lit in literals(code) {
            let wordlike = lit.len() >= 2
                && lit.chars().all(|c| c.is_alphabetic() || c == ' ')
                && lit.chars().any(char::is_lowercase);
            let allowed =
                KEYS.contains(&lit.as_str()) || goal_ladder_core::catalogue::find(&lit).is_some();
            if wordlike && !allowed {
                words.push(format!("{file}: \"{lit}\""));
            }
        }
    }
    assert!(
        words.is_empty(),
        "word literals in rule code (move them to the vocabulary as a class):\n{}",
        words.join("\n")
    );
}
