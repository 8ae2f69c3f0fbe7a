//! How much a Goal Ladder file may hold, and the scan that checks it while reading, before any model
//! (or even a JSON tree) is built.
//!
//! Every limit is a named constant here. [`scan`] walks the JSON text once with serde_json's own parser
//! and keeps nothing but the path it is at, so memory stays bounded whatever the input: 700 000 empty
//! goals are counted and refused, never built. A file is only parsed into a tree once it passed.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::lang::{Lang, Localized};

/// Goals in one plan (the editor stays responsive at this size).
pub const MAX_GOALS: usize = 1_000;
/// OKR objectives in one plan.
pub const MAX_OBJECTIVES: usize = 200;
/// Key results of one objective (OKR asks for about three).
pub const MAX_KEY_RESULTS: usize = 50;
/// Measurements of one goal or key result: a weekly figure for twenty years.
pub const MAX_MEASUREMENTS: usize = 1_000;
/// Audiences of one plan or exercise.
pub const MAX_AUDIENCES: usize = 200;
/// Business goals of one plan or exercise.
pub const MAX_BUSINESS_GOALS: usize = 200;
/// Platforms of one plan (and platforms one audience is linked to).
pub const MAX_PLATFORMS: usize = 100;
/// Entries of any other list in a file (review history, engagement degrees, a summary's lists).
pub const MAX_LIST_ENTRIES: usize = 1_000;
/// Hand-ins in one teacher's review. (Plans per file need no limit: a plan file, a hand-in and a plan
/// link each carry exactly one, by their format.)
pub const MAX_HAND_INS: usize = 500;
/// A teacher's comments on single goals in one feedback.
pub const MAX_GOAL_COMMENTS: usize = 500;
/// Rubric points set by hand in one feedback (the rubric has three criteria; more is not the app's).
pub const MAX_POINT_OVERRIDES: usize = 50;

/// Characters of a name, title, id, unit or owner.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters of a goal's, key result's, objective's or business goal's statement.
pub const MAX_STATEMENT_CHARS: usize = 1_000;
/// Characters of a goal's notes, a measurement's or review's note, a level's justification.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// Characters of a teacher's comment (on a plan or a goal) and of the reason for points set by hand.
pub const MAX_COMMENT_CHARS: usize = 2_000;
/// Characters of a long text: a plan's description, an exercise's case, the strategy; also of any
/// text in a field this build does not know.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Characters of a field's name (the key of a JSON object).
pub const MAX_FIELD_NAME_CHARS: usize = 200;

/// Fields of one JSON object (the largest type in the model has about twenty).
pub const MAX_FIELDS: usize = 200;
/// JSON values (objects, lists, texts, numbers) in one file: bounds the tree a file is read into.
pub const MAX_VALUES: usize = 500_000;
/// The largest magnitude of a number in a file. Larger numbers mean nothing in a social-media plan
/// and break the arithmetic of charts and scores.
pub const MAX_NUMBER: f64 = 1e12;
/// The most JSON a share link may inflate to: checked while inflating.
pub const MAX_LINK_JSON_BYTES: usize = 2 * 1024 * 1024;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limited {
    Goals,
    Objectives,
    KeyResults,
    Measurements,
    Audiences,
    BusinessGoals,
    Platforms,
    Entries,
    HandIns,
    /// A teacher's comments on goals.
    GoalComments,
    /// Rubric points set by hand.
    PointOverrides,
    Characters,
    Fields,
    Values,
    /// A number beyond ±[`MAX_NUMBER`].
    Number,
    /// Bytes of JSON inflated from a share link.
    Bytes,
}

impl Limited {
    fn noun(self) -> Localized {
        let l = |en, nb, sv, da| Localized { en, nb, sv, da };
        match self {
            Limited::Goals => l("goals", "mål", "mål", "mål"),
            Limited::Objectives => l("objectives", "OKR-mål", "OKR-mål", "OKR-mål"),
            Limited::KeyResults => l(
                "key results",
                "nøkkelresultater",
                "nyckelresultat",
                "nøgleresultater",
            ),
            Limited::Measurements => l("measurements", "målinger", "mätningar", "målinger"),
            Limited::Audiences => l("audiences", "målgrupper", "målgrupper", "målgrupper"),
            Limited::BusinessGoals => l(
                "business goals",
                "forretningsmål",
                "affärsmål",
                "forretningsmål",
            ),
            Limited::Platforms => l("platforms", "plattformer", "plattformar", "platforme"),
            Limited::Entries => l("entries", "oppføringer", "poster", "poster"),
            Limited::HandIns => l("hand-ins", "innleveringer", "inlämningar", "afleveringer"),
            Limited::GoalComments => l(
                "comments on goals",
                "kommentarer til mål",
                "kommentarer till mål",
                "kommentarer til mål",
            ),
            Limited::PointOverrides => l(
                "points set by hand",
                "poeng satt for hånd",
                "poäng satta för hand",
                "point sat i hånden",
            ),
            Limited::Characters => l("characters", "tegn", "tecken", "tegn"),
            Limited::Fields => l("fields", "felt", "fält", "felter"),
            Limited::Values => l("values", "verdier", "värden", "værdier"),
            Limited::Number => l("", "", "", ""),
            Limited::Bytes => l("bytes", "byte", "byte", "bytes"),
        }
    }
}

/// A file or link that holds more than a limit allows: where, what, how many, and the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverLimit {
    /// Where in the file, as `plan.goals` or `plan.goals[3].statement`; empty for the whole file.
    pub path: String,
    pub what: Limited,
    /// How many there are (for a number, its magnitude, saturated).
    pub found: u64,
    pub limit: u64,
}

impl OverLimit {
    /// The refusal in `lang`: "plan.goals: 700 000 goals, at most 1 000".
    pub fn text(&self, lang: Lang) -> String {
        let place = if self.path.is_empty() {
            Localized {
                en: "the file",
                nb: "filen",
                sv: "filen",
                da: "filen",
            }
            .get(lang)
        } else {
            &self.path
        };
        if self.what == Limited::Number {
            let beyond = Localized {
                en: "a number beyond",
                nb: "et tall utenfor",
                sv: "ett tal utanför",
                da: "et tal uden for",
            };
            return format!(
                "{place}: {} ±{}",
                beyond.get(lang),
                grouped(self.limit, lang)
            );
        }
        if self.what == Limited::Bytes {
            let more = Localized {
                en: "more than",
                nb: "mer enn",
                sv: "mer än",
                da: "mere end",
            };
            return format!(
                "{place}: {} {} {}",
                more.get(lang),
                grouped(self.limit, lang),
                self.what.noun().get(lang)
            );
        }
        let at_most = Localized {
            en: "at most",
            nb: "høyst",
            sv: "högst",
            da: "højst",
        };
        format!(
            "{place}: {} {}, {} {}",
            grouped(self.found, lang),
            self.what.noun().get(lang),
            at_most.get(lang),
            grouped(self.limit, lang)
        )
    }
}

impl fmt::Display for OverLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// `700 000`: grouped with a no-break space in every language, so it reads the same in all four.
fn grouped(n: u64, _lang: Lang) -> String {
    crate::numerals::decimal(n as f64, 0, Lang::Nb)
}

/// The limit on the list under a field of this name.
fn list_limit(key: Option<&str>) -> (Limited, usize) {
    match key {
        Some("goals") => (Limited::Goals, MAX_GOALS),
        Some("objectives") => (Limited::Objectives, MAX_OBJECTIVES),
        Some("key_results") => (Limited::KeyResults, MAX_KEY_RESULTS),
        Some("measurements") => (Limited::Measurements, MAX_MEASUREMENTS),
        Some("audiences") => (Limited::Audiences, MAX_AUDIENCES),
        Some("business_goals") => (Limited::BusinessGoals, MAX_BUSINESS_GOALS),
        Some("platforms") => (Limited::Platforms, MAX_PLATFORMS),
        Some("goal_comments") => (Limited::GoalComments, MAX_GOAL_COMMENTS),
        Some("overrides") => (Limited::PointOverrides, MAX_POINT_OVERRIDES),
        _ => (Limited::Entries, MAX_LIST_ENTRIES),
    }
}

/// The limit on the characters of a text under a field of this name.
fn text_limit(key: Option<&str>) -> usize {
    match key {
        Some(
            "id" | "title" | "name" | "unit" | "owner" | "student_name" | "class_name"
            | "app_version" | "degree" | "metric" | "kind" | "format" | "business_goal" | "parent"
            | "platforms" | "created_at" | "updated_at" | "exported_at" | "handed_in_at" | "date"
            | "start" | "deadline" | "next_review" | "plan_id" | "plan_title" | "given_at" | "goal"
            | "criterion",
        ) => MAX_NAME_CHARS,
        Some("statement" | "statement_at_hand_in") => MAX_STATEMENT_CHARS,
        Some("comment" | "reason") => MAX_COMMENT_CHARS,
        Some("notes" | "note" | "justification") => MAX_NOTE_CHARS,
        _ => MAX_TEXT_CHARS,
    }
}

/// What [`scan`] found in a JSON text that is well formed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scanned {
    /// Whether the text is a JSON object.
    pub is_object: bool,
    /// The top-level `format` tag, if it is a short text.
    pub format: Option<String>,
    /// The first limit the text goes over, if any.
    pub over: Option<OverLimit>,
}

/// Walks a JSON text and checks it against the limits, building nothing. Errs when the text is not
/// JSON (with serde_json's own error, so lines and columns are the parser's). The whole text is read
/// (so a list over its limit is counted to its end), in time linear in its length and memory linear
/// in its depth, which serde_json bounds to 128.
pub fn scan(text: &str) -> Result<Scanned, serde_json::Error> {
    let mut state = State::default();
    let mut de = serde_json::Deserializer::from_str(text);
    Node { state: &mut state }.deserialize(&mut de)?;
    de.end()?;
    if state.over.is_none() && state.values > MAX_VALUES {
        state.over = Some(OverLimit {
            path: String::new(),
            what: Limited::Values,
            found: state.values as u64,
            limit: MAX_VALUES as u64,
        });
    }
    Ok(Scanned {
        is_object: state.is_object,
        format: state.format,
        over: state.over,
    })
}

enum Seg {
    Key(String),
    Index(usize),
}

#[derive(Default)]
struct State {
    path: Vec<Seg>,
    values: usize,
    over: Option<OverLimit>,
    is_object: bool,
    format: Option<String>,
}

impl State {
    /// The name of the nearest field the scan is inside.
    fn key(&self) -> Option<&str> {
        self.path.iter().rev().find_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
    }

    fn path_text(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => out = path_to_key(&out, k),
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    fn check(&mut self, what: Limited, found: usize, limit: usize) {
        if found > limit && self.over.is_none() {
            self.over = Some(OverLimit {
                path: self.path_text(),
                what,
                found: found as u64,
                limit: limit as u64,
            });
        }
    }

    fn number(&mut self, x: f64) {
        self.values += 1;
        // Counters and versions are whole numbers of their own type, not quantities.
        let counter = matches!(self.key(), Some("revision" | "version" | "plan_version"));
        if !counter && !is_writable(x) && self.over.is_none() {
            self.over = Some(OverLimit {
                path: self.path_text(),
                what: Limited::Number,
                found: x.abs() as u64,
                limit: MAX_NUMBER as u64,
            });
        }
    }

    fn text(&mut self, s: &str) {
        self.values += 1;
        let limit = text_limit(self.key());
        // Counting stops one past the limit: the exact length of a huge text adds nothing.
        let chars = s.chars().take(limit + 1).count();
        if chars > limit && self.over.is_none() {
            self.check(Limited::Characters, s.chars().count(), limit);
        }
        if self.path.len() == 1 && self.key() == Some("format") && chars <= MAX_NAME_CHARS {
            self.format = Some(s.to_string());
        }
    }
}

struct Node<'a> {
    state: &'a mut State,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.state.values += 1;
        Ok(())
    }
    fn visit_i64<E>(self, x: i64) -> Result<(), E> {
        self.state.number(x as f64);
        Ok(())
    }
    fn visit_u64<E>(self, x: u64) -> Result<(), E> {
        self.state.number(x as f64);
        Ok(())
    }
    fn visit_f64<E>(self, x: f64) -> Result<(), E> {
        self.state.number(x);
        Ok(())
    }
    fn visit_str<E>(self, s: &str) -> Result<(), E> {
        self.state.text(s);
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.state.values += 1;
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.state;
        state.values += 1;
        let mut n = 0;
        loop {
            state.path.push(Seg::Index(n));
            let more = seq.next_element_seed(Node { state: &mut *state })?;
            state.path.pop();
            if more.is_none() {
                break;
            }
            n += 1;
        }
        let (what, limit) = list_limit(state.key());
        state.check(what, n, limit);
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let state = self.state;
        if state.path.is_empty() && state.values == 0 {
            state.is_object = true;
        }
        state.values += 1;
        let mut n = 0;
        while let Some(key) = map.next_key_seed(Key { state: &mut *state })? {
            state.path.push(Seg::Key(key));
            map.next_value_seed(Node { state: &mut *state })?;
            state.path.pop();
            n += 1;
        }
        state.check(Limited::Fields, n, MAX_FIELDS);
        Ok(())
    }
}

/// A field name: kept (cut to its limit) for the path, and checked against the limit.
struct Key<'a> {
    state: &'a mut State,
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, s: &str) -> Result<String, E> {
        let kept: String = s.chars().take(MAX_FIELD_NAME_CHARS + 1).collect();
        if kept.chars().count() > MAX_FIELD_NAME_CHARS && self.state.over.is_none() {
            let cut: String = kept.chars().take(MAX_FIELD_NAME_CHARS).collect();
            self.state.path.push(Seg::Key(format!("{cut}…")));
            self.state
                .check(Limited::Characters, s.chars().count(), MAX_FIELD_NAME_CHARS);
            self.state.path.pop();
        }
        Ok(kept)
    }
}

/// Whether a number can be written to a file and read back: finite and within ±`MAX_NUMBER`.
pub fn is_writable(x: f64) -> bool {
    x.is_finite() && x.abs() <= MAX_NUMBER
}

/// `path.key`, or `path["odd key"]` when the key is not a plain identifier.
pub(crate) fn path_to_key(path: &str, key: &str) -> String {
    let plain = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (plain, path.is_empty()) {
        (true, true) => key.to_string(),
        (true, false) => format!("{path}.{key}"),
        (false, _) => format!("{path}[{}]", serde_json::Value::String(key.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goals(n: usize, goal: &str) -> String {
        let list = vec![goal; n].join(",");
        format!(r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":[{list}]}}}}"#)
    }

    #[test]
    fn a_list_over_its_limit_is_counted_and_named() {
        let scanned = scan(&goals(MAX_GOALS + 5, "{}")).unwrap();
        let over = scanned.over.unwrap();
        assert_eq!(over.path, "plan.goals");
        assert_eq!((over.what, over.found), (Limited::Goals, 1_005));
        assert_eq!(
            over.to_string(),
            "plan.goals: 1\u{a0}005 goals, at most 1\u{a0}000"
        );
        assert_eq!(
            over.text(Lang::Nb),
            "plan.goals: 1\u{a0}005 mål, høyst 1\u{a0}000"
        );
        assert_eq!(scanned.format.as_deref(), Some("goal-ladder-plan"));
        assert!(scan(&goals(MAX_GOALS, "{}")).unwrap().over.is_none());
    }

    #[test]
    fn texts_numbers_and_field_names_have_limits() {
        let long = format!(
            r#"{{"statement":"{}"}}"#,
            "x".repeat(MAX_STATEMENT_CHARS + 1)
        );
        let over = scan(&goals(1, &long)).unwrap().over.unwrap();
        assert_eq!(over.path, "plan.goals[0].statement");
        assert_eq!(over.what, Limited::Characters);
        let huge = scan(&goals(2, r#"{"target":-1e300}"#))
            .unwrap()
            .over
            .unwrap();
        assert_eq!(huge.path, "plan.goals[0].target");
        assert!(huge.to_string().contains("a number beyond ±1"), "{huge}");
        assert!(scan(&goals(1, r#"{"target":1e12}"#))
            .unwrap()
            .over
            .is_none());
        let key = format!(r#"{{"{}":1}}"#, "k".repeat(MAX_FIELD_NAME_CHARS + 1));
        assert_eq!(scan(&key).unwrap().over.unwrap().what, Limited::Characters);
    }

    #[test]
    fn nested_lists_are_limited_wherever_they_are() {
        let deep = format!("[{}]", vec!["[]"; MAX_LIST_ENTRIES + 1].join(","));
        let over = scan(&format!(r#"{{"x":{{"y":{deep}}}}}"#))
            .unwrap()
            .over
            .unwrap();
        assert_eq!((over.path.as_str(), over.what), ("x.y", Limited::Entries));
    }

    #[test]
    fn broken_json_is_the_parsers_error() {
        let err = scan("{\"a\": [1,,]}").unwrap_err();
        assert_eq!(err.line(), 1);
        assert!(scan("[1] x").is_err());
        assert!(!scan("[1]").unwrap().is_object);
    }
}
