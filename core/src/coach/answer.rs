//! What the coach engine answers the app: the suggestions for one goal with everything the coach panel
//! shows, as plain owned data (JSON between the two wasm modules).
//!
//! The engine (`src/bin/coach_engine.rs`, a wasm of its own that the app loads the first time a coach
//! panel opens) calls [`answer_json`]. The app only reads an [`Answer`] back, so its first load carries the
//! types of the answer but none of the coach's rules, templates or ways. The plan travels as the JSON the
//! app already writes to storage ([`crate::plan_file::write_plan_compact`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{suggest, SmartMet, Suggestion};
use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::lang::Lang;
use crate::plan_file::read_plan_file;

/// The engine's answer for one goal: its suggestions (none for a goal that is not weak), or why it
/// could not give any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Suggestions(Vec<Offer>),
    Error(AskError),
}

/// One suggestion as the panel shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub words: String,
    /// A value the coach proposed, not the user's.
    pub proposed: bool,
}

/// A way to measure, with its id (what the plan's Technology keeps) and its words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WayText {
    pub id: String,
    pub text: String,
}

/// Why the engine gave no suggestions. The app writes every input itself, so each of these is a fault
/// in the app (or a mismatch of app and engine), not something the user did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AskError {
    /// The plan's JSON could not be read.
    Plan { detail: String },
    /// The plan has no goal with this id.
    NoGoal { id: String },
    /// "Today" is not a date of the form YYYY-MM-DD.
    Today { detail: String },
    /// Not a language of the interface.
    Lang { tag: String },
}

impl fmt::Display for AskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AskError::Plan { detail } => write!(f, "the plan could not be read: {detail}"),
            AskError::NoGoal { id } => write!(f, "the plan has no goal {id:?}"),
            AskError::Today { detail } => write!(f, "today is not a date: {detail}"),
            AskError::Lang { tag } => write!(f, "{tag:?} is not a language of the interface"),
        }
    }
}

/// The suggestions for the goal `goal_id` of the plan in `plan_json` (the app's stored form), as of
/// `today` (YYYY-MM-DD), with the ways to measure in the interface language `lang` (a BCP 47 tag).
pub fn answer(plan_json: &str, goal_id: &str, today: &str, lang: &str) -> Answer {
    match offers(plan_json, goal_id, today, lang) {
        Ok(offers) => Answer::Suggestions(offers),
        Err(e) => Answer::Error(e),
    }
}

/// [`answer`] as JSON, what the engine returns to the app.
pub fn answer_json(plan_json: &str, goal_id: &str, today: &str, lang: &str) -> String {
    // Plain structs with string keys: writing them cannot fail.
    serde_json::to_string(&answer(plan_json, goal_id, today, lang)).unwrap_or_default()
}

fn offers(plan_json: &str, goal_id: &str, today: &str, lang: &str) -> Result<Vec<Offer>, AskError> {
    let lang = Lang::from_tag(lang).ok_or_else(|| AskError::Lang {
        tag: lang.to_string(),
    })?;
    let today: Date = today.parse().map_err(|detail| AskError::Today { detail })?;
    let plan = read_plan_file(plan_json)
        .map_err(|e| AskError::Plan {
            detail: e.to_string(),
        })?
        .plan;
    let goal = plan
        .goals
        .iter()
        .find(|g| g.id.as_str() == goal_id)
        .ok_or_else(|| AskError::NoGoal {
            id: goal_id.to_string(),
        })?;
    Ok(suggest(goal, &plan, today)
        .iter()
        .map(|s| Offer::new(s, lang))
        .collect())
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
        match serde_json::from_str::<Answer>(json).expect("an answer") {
            Answer::Suggestions(offers) => offers,
            Answer::Error(e) => panic!("an error: {e}"),
        }
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
    fn bad_input_is_an_error_value_not_a_panic() {
        let error = |json: String| match serde_json::from_str::<Answer>(&json).expect("an answer") {
            Answer::Error(e) => e,
            Answer::Suggestions(s) => panic!("suggestions: {s:?}"),
        };
        let plan = cafe_json();
        assert!(matches!(
            error(answer_json("{not json", "g1", "2026-11-23", "en")),
            AskError::Plan { .. }
        ));
        assert!(matches!(
            error(answer_json("", "g1", "2026-11-23", "en")),
            AskError::Plan { .. }
        ));
        assert_eq!(
            error(answer_json(&plan, "nope", "2026-11-23", "en")),
            AskError::NoGoal { id: "nope".into() }
        );
        assert!(matches!(
            error(answer_json(&plan, "g1", "23.11.2026", "en")),
            AskError::Today { .. }
        ));
        assert_eq!(
            error(answer_json(&plan, "g1", "2026-11-23", "fr")),
            AskError::Lang { tag: "fr".into() }
        );
    }
}
