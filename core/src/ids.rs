//! Ids in a plan read from a file: every goal, key result, objective, audience, business goal and
//! platform has its own, so none is hidden behind another with the same id; and the plan's id is one
//! the app can put in a link (`#/plan/<id>/…`) and open again.

use std::collections::HashSet;
use std::fmt;

use crate::plan::{Plan, PlanId};

/// An id the reader changed, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// The id's place in the file, as `plan.goals[3].id`.
    pub path: String,
    pub from: String,
    pub to: String,
}

impl fmt::Display for Renumbered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?} → {:?}", self.path, self.from, self.to)
    }
}

/// The longest plan id kept as it is.
pub const MAX_PLAN_ID_LEN: usize = 64;

/// Whether a plan id can stand in a link and a storage key as it is: ASCII letters, digits, `-` and
/// `_`, at most [`MAX_PLAN_ID_LEN`] of them. (The app's route splits on `/`, and browsers encode spaces
/// and other letters in the address, so the id read back would differ.)
pub fn is_safe_plan_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_PLAN_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A safe id for an unsafe one: its safe characters (others become `-`), then a hash of the whole,
/// so two ids that differ only in unsafe characters stay apart. The same id always gives the same.
pub fn safe_plan_id(id: &str) -> PlanId {
    let mut stem = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.len() >= 40 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "plan" } else { stem };
    PlanId::new(format!("{stem}-{:08x}", fnv1a(id.as_bytes())))
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// Gives every goal, key result, objective, audience, business goal and platform an id of its own
/// (an empty or repeated id becomes `<id>-2`, `goal-1` …), and the plan a safe id (an empty one is left
/// for the app to fill). References to a repeated id keep pointing at its first holder. Returns what
/// was changed, in file order.
pub fn make_ids_unique(plan: &mut Plan) -> Vec<Renumbered> {
    let mut out = Vec::new();
    let id = plan.id.as_str();
    if !id.is_empty() && !is_safe_plan_id(id) {
        let to = safe_plan_id(id);
        out.push(Renumbered {
            path: "plan.id".into(),
            from: id.to_string(),
            to: to.to_string(),
        });
        plan.id = to;
    }
    out.extend(make_part_ids_unique(plan));
    out
}

/// The part of [`make_ids_unique`] that leaves the plan's own id alone: for a plan inside a hand-in,
/// which is opened by its place in the class, not by id.
pub fn make_part_ids_unique(plan: &mut Plan) -> Vec<Renumbered> {
    let mut out = Vec::new();
    unique(
        "goal",
        plan.goals
            .iter_mut()
            .enumerate()
            .map(|(i, g)| (format!("plan.goals[{i}].id"), &mut g.id.0)),
        &mut out,
    );
    unique(
        "objective",
        plan.objectives
            .iter_mut()
            .enumerate()
            .map(|(i, o)| (format!("plan.objectives[{i}].id"), &mut o.id.0)),
        &mut out,
    );
    unique(
        "kr",
        plan.objectives.iter_mut().enumerate().flat_map(|(i, o)| {
            o.key_results.iter_mut().enumerate().map(move |(j, k)| {
                (
                    format!("plan.objectives[{i}].key_results[{j}].id"),
                    &mut k.id.0,
                )
            })
        }),
        &mut out,
    );
    unique(
        "audience",
        plan.audiences
            .iter_mut()
            .enumerate()
            .map(|(i, a)| (format!("plan.audiences[{i}].id"), &mut a.id.0)),
        &mut out,
    );
    unique(
        "business-goal",
        plan.business_goals
            .iter_mut()
            .enumerate()
            .map(|(i, b)| (format!("plan.business_goals[{i}].id"), &mut b.id.0)),
        &mut out,
    );
    unique(
        "platform",
        plan.platforms
            .iter_mut()
            .enumerate()
            .map(|(i, p)| (format!("plan.platforms[{i}].id"), &mut p.id.0)),
        &mut out,
    );
    out
}

fn unique<'a>(
    word: &str,
    ids: impl Iterator<Item = (String, &'a mut String)>,
    out: &mut Vec<Renumbered>,
) {
    let ids: Vec<(String, &mut String)> = ids.collect();
    let taken: HashSet<String> = ids.iter().map(|(_, id)| id.to_string()).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut next = 1;
    for (path, id) in ids {
        if !id.is_empty() && seen.insert(id.clone()) {
            continue;
        }
        let base = if id.is_empty() { word } else { id.as_str() };
        let to = loop {
            next += 1;
            let candidate = format!("{base}-{}", next - 1);
            if !taken.contains(&candidate) && !seen.contains(&candidate) {
                break candidate;
            }
        };
        seen.insert(to.clone());
        out.push(Renumbered {
            path,
            from: std::mem::replace(id, to.clone()),
            to,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Goal, GoalId, KeyResult, KeyResultId, Objective, ObjectiveId};

    fn goal(id: &str) -> Goal {
        Goal {
            id: GoalId::new(id),
            ..Goal::default()
        }
    }

    #[test]
    fn duplicate_goal_ids_are_renumbered_and_reported() {
        let mut plan = Plan {
            goals: vec![goal("g-1"), goal("g-1"), goal("g-1-1"), goal("")],
            ..Plan::default()
        };
        let changed = make_ids_unique(&mut plan);
        let ids: Vec<&str> = plan.goals.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["g-1", "g-1-2", "g-1-1", "goal-3"]);
        assert_eq!(changed.len(), 2);
        assert_eq!(changed[0].path, "plan.goals[1].id");
        assert_eq!(
            changed[0].to_string(),
            "plan.goals[1].id: \"g-1\" → \"g-1-2\""
        );
        let again = make_ids_unique(&mut plan);
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn key_result_ids_are_unique_across_objectives() {
        let kr = |id: &str| KeyResult {
            id: KeyResultId::new(id),
            ..KeyResult::default()
        };
        let mut plan = Plan::default();
        for _ in 0..2 {
            plan.objectives.push(Objective {
                id: ObjectiveId::new("o"),
                key_results: vec![kr("k"), kr("k")],
                ..Objective::default()
            });
        }
        let changed = make_ids_unique(&mut plan);
        assert_eq!(changed.len(), 4);
        let mut krs: Vec<&str> = plan
            .objectives
            .iter()
            .flat_map(|o| o.key_results.iter().map(|k| k.id.as_str()))
            .collect();
        krs.sort();
        krs.dedup();
        assert_eq!(krs.len(), 4);
        assert_ne!(plan.objectives[0].id, plan.objectives[1].id);
    }

    #[test]
    fn plan_ids_with_slashes_spaces_or_other_letters_are_made_safe() {
        for odd in ["a/b", "my plan", "plän-ø", "x".repeat(65).as_str(), "../.."] {
            let mut plan = Plan {
                id: PlanId::new(odd),
                ..Plan::default()
            };
            let changed = make_ids_unique(&mut plan);
            assert!(is_safe_plan_id(plan.id.as_str()), "{odd} → {}", plan.id);
            assert_eq!(changed[0].path, "plan.id");
            assert_eq!(changed[0].from, odd);
        }
        assert_ne!(safe_plan_id("a/b"), safe_plan_id("a b"));
        assert_eq!(safe_plan_id("a/b"), safe_plan_id("a/b"));
        let mut plan = Plan {
            id: PlanId::new("plan-lx3k9a_2"),
            ..Plan::default()
        };
        assert!(make_ids_unique(&mut plan).is_empty());
    }
}
