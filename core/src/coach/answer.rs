//! What the coach engine answers the app: the suggestions for one goal with everything the coach panel
//! shows, as plain owned data, in JSON between the two wasm modules.
//!
//! The engine (`src/bin/coach_engine.rs`, a wasm of its own that the app loads the first time a coach
//! panel opens) writes the answer with [`answer_json`]; the app reads it back with [`read_answer`], so its
//! first load carries the reader of these few types but none of the coach's rules, templates or ways. The
//! plan travels as the JSON the app already writes to storage ([`crate::plan_file::write_plan_compact`]).
//!
//! The answer is `{"suggestions":[...]}` (each an [`Offer`], as serde writes it) or
//! `{"error":{"kind":"no_goal","message":"..."}}`. The reader is written by hand over
//! [`serde_json::Value`], which the app already parses files with: serde's derived readers for these
//! types (one `from_str::<Answer>`) made the app's release wasm 4.1 KB gzip larger than this reader does
//! (measured 2026-12-06, `wasm-opt -Oz` as index.html asks), against a 15 KB budget for the whole coach.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::{suggest, SmartMet, Suggestion};
use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::lang::Lang;
use crate::plan_file::read_plan_file;

/// One suggestion as the panel shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    pub text: String,
    /// The text in parts, the values the coach proposed marked; joined, they are `text`.
    pub parts: Vec<Part>,
    /// The catalogue metric it measures.
    pub metric: String,
    pub level: LadderLevel,
    pub smart: SmartMet,
    /// Why it is better, in the goal's language.
    pub why: String,
    /// The values the coach proposed, as they stand in the text.
    pub proposals: Vec<String>,
    /// How to measure it, in the interface's language.
    pub ways: Vec<WayText>,
}

/// A piece of a suggestion's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub words: String,
    /// A value the coach proposed, not the user's.
    pub proposed: bool,
}

/// A way to measure, with its id (what the plan's Technology keeps) and its words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WayText {
    pub id: String,
    pub text: String,
}

/// Why the engine gave no suggestions. The app writes every input itself, so each of these is a fault
/// in the app (or a mismatch of app and engine), not something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum AskError {
    /// The plan's JSON could not be read.
    Plan(String),
    /// The plan has no goal with this id.
    NoGoal(String),
    /// "Today" is not a date of the form YYYY-MM-DD.
    Today(String),
    /// Not a language of the interface.
    Lang(String),
}

impl AskError {
    /// Its name in the JSON answer.
    pub fn kind(&self) -> &'static str {
        match self {
            AskError::Plan(_) => "plan",
            AskError::NoGoal(_) => "no_goal",
            AskError::Today(_) => "today",
            AskError::Lang(_) => "lang",
        }
    }
}

impl fmt::Display for AskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AskError::Plan(detail) => write!(f, "the plan could not be read: {detail}"),
            AskError::NoGoal(id) => write!(f, "the plan has no goal {id:?}"),
            AskError::Today(detail) => write!(f, "today is not a date: {detail}"),
            AskError::Lang(tag) => write!(f, "{tag:?} is not a language of the interface"),
        }
    }
}

/// The suggestions for the goal `goal_id` of the plan in `plan_json` (the app's stored form), as of
/// `today` (YYYY-MM-DD), with the ways to measure in the interface language `lang` (a BCP 47 tag).
/// None for a goal that is not weak.
pub fn answer(
    plan_json: &str,
    goal_id: &str,
    today: &str,
    lang: &str,
) -> Result<Vec<Offer>, AskError> {
    let lang = Lang::from_tag(lang).ok_or_else(|| AskError::Lang(lang.to_string()))?;
    let today: Date = today.parse().map_err(AskError::Today)?;
    let plan = read_plan_file(plan_json)
        .map_err(|e| AskError::Plan(e.to_string()))?
        .plan;
    let goal = plan
        .goals
        .iter()
        .find(|g| g.id.as_str() == goal_id)
        .ok_or_else(|| AskError::NoGoal(goal_id.to_string()))?;
    Ok(suggest(goal, &plan, today)
        .iter()
        .map(|s| Offer::new(s, lang))
        .collect())
}

/// [`answer`] as JSON, what the engine returns to the app. Never fails: an error is an answer too.
pub fn answer_json(plan_json: &str, goal_id: &str, today: &str, lang: &str) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Out {
        Suggestions(Vec<Offer>),
        Error { kind: &'static str, message: String },
    }
    let out = match answer(plan_json, goal_id, today, lang) {
        Ok(offers) => Out::Suggestions(offers),
        Err(e) => Out::Error {
            kind: e.kind(),
            message: e.to_string(),
        },
    };
    // Plain structs with string keys: writing them cannot fail.
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads the engine's answer: the suggestions, or the engine's message (in English) when it gave an
/// error or an answer this reader cannot read.
pub fn read_answer(json: &str) -> Result<Vec<Offer>, String> {
    let value: Value =
        serde_json::from_str(json).map_err(|_| "the coach's answer is not JSON".to_string())?;
    if let Some(error) = value.get("error") {
        let message = error.get("message").and_then(Value::as_str);
        return Err(message.unwrap_or("the coach gave an error").to_string());
    }
    value
        .get("suggestions")
        .and_then(Value::as_array)
        .map(|list| {
            let mut offers = Vec::new();
            for offer in list {
                offers.extend(Offer::read(offer));
            }
            offers
        })
        .ok_or_else(|| "the coach's answer could not be read".to_string())
}

impl Offer {
    /// The suggestion with its ways to measure in the interface language `lang`.
    pub fn new(s: &Suggestion, lang: Lang) -> Offer {
        Offer {
            text: s.text.clone(),
            parts: s
                .parts()
                .into_iter()
                .map(|(words, proposed)| Part {
                    words: words.to_string(),
                    proposed,
                })
                .collect(),
            metric: s.metric.to_string(),
            level: s.level,
            smart: s.smart,
            why: s.why.to_string(),
            proposals: s.proposals.iter().map(|p| p.value.clone()).collect(),
            ways: s
                .ways()
                .iter()
                .map(|w| WayText {
                    id: w.id.to_string(),
                    text: w.text(lang).to_string(),
                })
                .collect(),
        }
    }

    /// An offer as serde writes it (see [`answer_json`]). Its texts and figures must be there; an entry
    /// of its lists that cannot be read is left out. Plain loops over a few shared helpers: this runs in
    /// the app's first load, where each iterator chain would be code of its own.
    fn read(v: &Value) -> Option<Offer> {
        let smart = v.get("smart")?;
        let level = u8::try_from(v.get("level")?.as_u64()?).ok()?;
        let mut parts = Vec::new();
        for p in items(v, "parts") {
            if let (Some(words), Some(proposed)) = (text(p, "words"), flag(p, "proposed")) {
                parts.push(Part { words, proposed });
            }
        }
        let mut proposals = Vec::new();
        for p in items(v, "proposals") {
            proposals.extend(p.as_str().map(str::to_string));
        }
        let mut ways = Vec::new();
        for w in items(v, "ways") {
            if let (Some(id), Some(text)) = (text(w, "id"), text(w, "text")) {
                ways.push(WayText { id, text });
            }
        }
        Some(Offer {
            text: text(v, "text")?,
            parts,
            metric: text(v, "metric")?,
            level: LadderLevel::from_number(level)?,
            smart: SmartMet {
                specific: flag(smart, "specific")?,
                measurable: flag(smart, "measurable")?,
                time_bound: flag(smart, "time_bound")?,
            },
            why: text(v, "why")?,
            proposals,
            ways,
        })
    }
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_string)
}

fn flag(v: &Value, key: &str) -> Option<bool> {
    v.get(key)?.as_bool()
}

fn items<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Timestamp;
    use crate::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, Plan, Platform, PlatformId};
    use crate::plan_file::write_plan_compact;

    fn cafe_json() -> String {
        let mut plan = Plan::default();
        plan.business_goals.push(BusinessGoal {
            id: BusinessGoalId::new("b1"),
            statement: "More guests".into(),
            approaches: Vec::new(),
        });
        plan.platforms.push(Platform {
            id: PlatformId::new("p1"),
            name: "Instagram".into(),
        });
        for (id, text) in [
            ("g1", "Få 1000 nye følgere på Instagram innen 1. mars"),
            ("g2", "More likes on our posts"),
            ("g3", "120 table bookings from Instagram by 31 March 2027"),
        ] {
            plan.goals.push(Goal {
                id: GoalId::new(id),
                statement: text.into(),
                business_goal: Some(BusinessGoalId::new("b1")),
                ..Goal::default()
            });
        }
        let now: Timestamp = "2026-11-23T10:00:00Z".parse().expect("a timestamp");
        write_plan_compact(&plan, now)
    }

    fn offers_of(json: &str) -> Vec<Offer> {
        read_answer(json).expect("suggestions")
    }

    #[test]
    fn answers_a_weak_goal_of_the_stored_plan_with_what_the_panel_shows() {
        let offers = offers_of(&answer_json(&cafe_json(), "g1", "2026-11-23", "en"));
        assert!(!offers.is_empty());
        let first = &offers[0];
        assert!(first.level.fits_main_goal(), "{first:?}");
        assert!(first.text.contains("Instagram"), "{}", first.text);
        let joined: String = first.parts.iter().map(|p| p.words.as_str()).collect();
        assert_eq!(joined, first.text);
        assert!(first.smart.specific && first.smart.measurable && first.smart.time_bound);
        assert!(!first.why.is_empty());
        // The ways are in the interface's language (English), the rewrite in the goal's (Norwegian).
        assert!(!first.ways.is_empty());
        assert!(first.ways.iter().all(|w| !w.id.is_empty()));
        let nb = offers_of(&answer_json(&cafe_json(), "g1", "2026-11-23", "nb"));
        assert_eq!(nb[0].text, first.text);
        assert_ne!(nb[0].ways[0].text, first.ways[0].text);
    }

    #[test]
    fn marks_the_values_the_coach_proposed() {
        let offers = offers_of(&answer_json(&cafe_json(), "g2", "2026-11-23", "en"));
        let first = &offers[0];
        assert!(!first.proposals.is_empty());
        let marked: Vec<&str> = first
            .parts
            .iter()
            .filter(|p| p.proposed)
            .map(|p| p.words.as_str())
            .collect();
        assert!(!marked.is_empty());
        assert!(marked
            .iter()
            .all(|m| first.proposals.iter().any(|p| p == m)));
    }

    #[test]
    fn a_goal_that_is_not_weak_gets_no_suggestions() {
        let offers = offers_of(&answer_json(&cafe_json(), "g3", "2026-11-23", "en"));
        assert_eq!(offers, Vec::new());
    }

    #[test]
    fn the_app_reads_back_exactly_what_the_engine_wrote() {
        let plan = cafe_json();
        for (goal, lang) in [("g1", "nb"), ("g2", "en"), ("g2", "sv"), ("g1", "da")] {
            let written = answer(&plan, goal, "2026-11-23", lang).expect("suggestions");
            assert!(!written.is_empty());
            assert_eq!(
                read_answer(&answer_json(&plan, goal, "2026-11-23", lang)),
                Ok(written)
            );
        }
    }

    #[test]
    fn bad_input_is_an_error_value_not_a_panic() {
        let plan = cafe_json();
        let error = |goal: &str, today: &str, lang: &str, plan: &str| {
            let typed = answer(plan, goal, today, lang).expect_err("an error");
            let json: Value =
                serde_json::from_str(&answer_json(plan, goal, today, lang)).expect("JSON");
            assert_eq!(json["error"]["kind"], typed.kind());
            assert_eq!(read_answer(&json.to_string()), Err(typed.to_string()));
            typed
        };
        assert!(matches!(
            error("g1", "2026-11-23", "en", "{not json"),
            AskError::Plan(_)
        ));
        assert!(matches!(
            error("g1", "2026-11-23", "en", ""),
            AskError::Plan(_)
        ));
        assert_eq!(
            error("nope", "2026-11-23", "en", &plan),
            AskError::NoGoal("nope".into())
        );
        assert!(matches!(
            error("g1", "23.11.2026", "en", &plan),
            AskError::Today(_)
        ));
        assert_eq!(
            error("g1", "2026-11-23", "fr", &plan),
            AskError::Lang("fr".into())
        );
    }

    #[test]
    fn an_answer_the_app_cannot_read_is_an_error_not_a_panic() {
        for json in [
            "",
            "[]",
            "{}",
            r#"{"suggestions":[]"#,
            r#"{"suggestions":{}}"#,
        ] {
            assert!(read_answer(json).is_err(), "{json}");
        }
        assert_eq!(read_answer(r#"{"suggestions":[]}"#), Ok(Vec::new()));
        // A suggestion it cannot read is left out; the others are shown.
        assert_eq!(
            read_answer(r#"{"suggestions":[{"text":1}]}"#),
            Ok(Vec::new())
        );
    }
}
