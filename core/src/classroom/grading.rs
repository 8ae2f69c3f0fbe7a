//! The rubric of an exercise, applied to a plan: SMART points from the scorer's checks, points for the
//! ladder level of the graded goals, and points for the required sections.
//!
//! Fast enough to run on every edit: only the graded goals are assessed, and [`grade_assessed`] reuses
//! assessments the caller already has.

use serde::{Deserialize, Serialize};

use super::exercise::{Exercise, Section};
use super::letters::{Letters, SmartStatus};
use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::plan::{GoalId, Plan};
use crate::scoring::{self, Assessment};

/// One graded goal.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalGrade {
    pub goal: GoalId,
    /// The level the scorer reads (a level set by hand does not earn points). Only its best guess when
    /// `to_check` is set.
    pub level: LadderLevel,
    /// The scorer could not place the goal: it is shown as "to check", never as a level, and earns no
    /// ladder points until the teacher has looked at it (a level the student set does not earn points
    /// either).
    #[serde(default)]
    pub to_check: bool,
    pub smart: Letters<SmartStatus>,
    pub smart_points: Letters<u32>,
    pub smart_total: u32,
    pub smart_max: u32,
    pub ladder_points: u32,
    pub ladder_max: u32,
}

/// One required section.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionGrade {
    pub section: Section,
    pub filled: bool,
    pub points: u32,
    pub max: u32,
}

/// A plan graded by an exercise's rubric.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    /// True when the graded goals are the plan's main goals; false when no goal is marked main and
    /// every written goal was graded.
    pub main_goals_only: bool,
    pub goals: Vec<GoalGrade>,
    /// The exercise's required sections, in [`Section::ALL`] order.
    pub sections: Vec<SectionGrade>,
    pub smart_points: u32,
    /// With no goal written, the maxima count one goal, so an empty plan does not look complete.
    pub smart_max: u32,
    pub ladder_points: u32,
    pub ladder_max: u32,
    /// Graded goals the scorer could not place, counted on no level (see [`GoalGrade::to_check`]).
    #[serde(default)]
    pub to_check: usize,
    pub section_points: u32,
    pub section_max: u32,
    pub total: u32,
    pub max: u32,
}

impl Grade {
    /// The total as a share of the maximum, 0.0-1.0 (0 when the rubric gives no points at all).
    pub fn fraction(&self) -> f64 {
        if self.max == 0 {
            0.0
        } else {
            f64::from(self.total) / f64::from(self.max)
        }
    }
}

/// The indices of the goals a rubric grades: the main goals with a statement, or every goal with a
/// statement when none is marked main. The flag says which.
pub fn graded_goals(plan: &Plan) -> (Vec<usize>, bool) {
    let written: Vec<usize> = (0..plan.goals.len())
        .filter(|&i| !plan.goals[i].statement.trim().is_empty())
        .collect();
    let main: Vec<usize> = written
        .iter()
        .copied()
        .filter(|&i| plan.goals[i].is_main)
        .collect();
    if main.is_empty() {
        (written, false)
    } else {
        (main, true)
    }
}

/// Grades `plan` by `exercise`'s rubric, assessing the graded goals as of `today`.
pub fn grade(plan: &Plan, exercise: &Exercise, today: Date) -> Grade {
    let (indices, main_only) = graded_goals(plan);
    let assessed: Vec<(usize, Assessment)> = indices
        .into_iter()
        .map(|i| (i, scoring::assess_goal(&plan.goals[i], plan, today)))
        .collect();
    let refs: Vec<(usize, &Assessment)> = assessed.iter().map(|(i, a)| (*i, a)).collect();
    build(plan, exercise, main_only, &refs)
}

/// The same as [`grade`], from assessments the caller already has: `assessments[i]` is
/// `scoring::assess_goal(&plan.goals[i], plan, today)`. A goal without one is assessed as of `today`.
pub fn grade_assessed(
    plan: &Plan,
    exercise: &Exercise,
    assessments: &[Assessment],
    today: Date,
) -> Grade {
    let (indices, main_only) = graded_goals(plan);
    let fresh: Vec<(usize, Assessment)> = indices
        .iter()
        .filter(|&&i| i >= assessments.len())
        .map(|&i| (i, scoring::assess_goal(&plan.goals[i], plan, today)))
        .collect();
    let refs: Vec<(usize, &Assessment)> = indices
        .iter()
        .filter_map(|&i| assessments.get(i).map(|a| (i, a)))
        .chain(fresh.iter().map(|(i, a)| (*i, a)))
        .collect();
    build(plan, exercise, main_only, &refs)
}

fn build(
    plan: &Plan,
    exercise: &Exercise,
    main_goals_only: bool,
    assessed: &[(usize, &Assessment)],
) -> Grade {
    let rubric = exercise.rubric;
    let scale = rubric.smart_scale;
    let goals: Vec<GoalGrade> = assessed
        .iter()
        .map(|&(i, a)| {
            let smart = Letters::from_smart(&a.smart);
            let smart_points = smart.map(|s| scale.points(s));
            let to_check = a.unsure.is_some();
            let ladder_points = if !to_check && a.level >= rubric.ladder.min_level {
                rubric.ladder.points
            } else {
                0
            };
            GoalGrade {
                goal: plan.goals[i].id.clone(),
                level: a.level,
                to_check,
                smart,
                smart_points,
                smart_total: smart_points.to_array().iter().sum(),
                smart_max: 5 * scale.max(),
                ladder_points,
                ladder_max: rubric.ladder.points,
            }
        })
        .collect();
    let sections: Vec<SectionGrade> = Section::ALL
        .into_iter()
        .filter(|s| exercise.requires(*s))
        .map(|section| {
            let filled = section.is_filled(plan);
            SectionGrade {
                section,
                filled,
                points: if filled { rubric.points_per_section } else { 0 },
                max: rubric.points_per_section,
            }
        })
        .collect();
    let counted = goals.len().max(1) as u32;
    let smart_points = goals.iter().map(|g| g.smart_total).sum();
    let smart_max = counted * 5 * scale.max();
    let ladder_points = goals.iter().map(|g| g.ladder_points).sum();
    let ladder_max = counted * rubric.ladder.points;
    let to_check = goals.iter().filter(|g| g.to_check).count();
    let section_points = sections.iter().map(|s| s.points).sum();
    let section_max = sections.iter().map(|s| s.max).sum();
    Grade {
        main_goals_only,
        goals,
        sections,
        smart_points,
        smart_max,
        ladder_points,
        ladder_max,
        to_check,
        section_points,
        section_max,
        total: smart_points + ladder_points + section_points,
        max: smart_max + ladder_max + section_max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Timestamp;
    use crate::classroom::exercise::tests::sample_exercise;
    use crate::classroom::rubric::{Rubric, SmartScale};
    use crate::plan::{BusinessGoalId, Goal, KeyResult, Objective, PlanId};

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    fn goal(id: &str, statement: &str, main: bool) -> Goal {
        Goal {
            id: GoalId::new(id),
            statement: statement.into(),
            business_goal: Some(BusinessGoalId::new("bg-1")),
            is_main: main,
            ..Goal::default()
        }
    }

    fn answered() -> (Exercise, Plan) {
        let ex = sample_exercise();
        let mut plan = ex.start_plan(PlanId::new("p"), Timestamp::default());
        plan.goals = vec![
            goal(
                "strong",
                "120 kakebestillinger via Facebook fra foreldre i bydelen innen 1. juni 2027",
                true,
            ),
            goal("weak", "Flere følgere", true),
            goal("sub", "Flere likes på Instagram", false),
        ];
        (ex, plan)
    }

    #[test]
    fn the_rubric_grades_main_goals_and_sections() {
        let (ex, plan) = answered();
        let g = grade(&plan, &ex, today());
        assert!(g.main_goals_only);
        let ids: Vec<&str> = g.goals.iter().map(|g| g.goal.as_str()).collect();
        assert_eq!(ids, ["strong", "weak"]);
        let strong = &g.goals[0];
        assert_eq!(strong.level, LadderLevel::Transaction);
        assert_eq!(strong.ladder_points, 3);
        assert_eq!(strong.smart_max, 20);
        assert_eq!(strong.smart_points.specific, 4);
        assert_eq!(strong.smart_points.time_bound, 4);
        let weak = &g.goals[1];
        assert_eq!(weak.ladder_points, 0);
        assert!(weak.smart_total < strong.smart_total);
        // People (preset) and Objectives are filled; OKR is not.
        let filled: Vec<(Section, bool)> =
            g.sections.iter().map(|s| (s.section, s.filled)).collect();
        assert_eq!(
            filled,
            [
                (Section::People, true),
                (Section::Objectives, true),
                (Section::Okr, false)
            ]
        );
        assert_eq!((g.section_points, g.section_max), (4, 6));
        assert_eq!((g.ladder_points, g.ladder_max), (3, 6));
        assert_eq!(g.smart_max, 40);
        assert_eq!(g.total, g.smart_points + 3 + 4);
        assert_eq!(g.max, 52);
    }

    #[test]
    fn without_main_goals_every_written_goal_is_graded() {
        let (ex, mut plan) = answered();
        for g in &mut plan.goals {
            g.is_main = false;
        }
        plan.goals.push(goal("blank", "  ", false));
        let g = grade(&plan, &ex, today());
        assert!(!g.main_goals_only);
        assert_eq!(g.goals.len(), 3);
    }

    #[test]
    fn an_empty_plan_scores_against_one_goal() {
        let ex = sample_exercise();
        let g = grade(&Plan::default(), &ex, today());
        assert_eq!((g.total, g.smart_max, g.ladder_max), (0, 20, 3));
        assert_eq!(g.fraction(), 0.0);
    }

    #[test]
    fn the_two_point_scale_and_okr_section() {
        let (mut ex, mut plan) = answered();
        ex.rubric = Rubric::default();
        plan.objectives.push(Objective {
            statement: "Bli bydelens bursdagsbakeri".into(),
            key_results: vec![
                KeyResult {
                    statement: "50 bestillinger".into(),
                    ..KeyResult::default()
                },
                KeyResult {
                    statement: "20 anmeldelser".into(),
                    ..KeyResult::default()
                },
            ],
            ..Objective::default()
        });
        let g = grade(&plan, &ex, today());
        assert_eq!(g.goals[0].smart_max, 10);
        assert!(g.sections.iter().all(|s| s.filled));
        assert_eq!(SmartScale::TwoOneZero.points(SmartStatus::Partly), 1);
        assert_eq!(SmartScale::FourPoint.points(SmartStatus::Unknown), 0);
    }

    #[test]
    fn a_goal_the_scorer_could_not_place_is_to_check_and_earns_no_ladder_points() {
        let (ex, plan) = answered();
        let mut all: Vec<Assessment> = plan
            .goals
            .iter()
            .map(|g| scoring::assess_goal(g, &plan, today()))
            .collect();
        assert_eq!(all[0].level, LadderLevel::Transaction);
        all[0].unsure = Some([LadderLevel::Transaction, LadderLevel::Interaction]);
        let g = grade_assessed(&plan, &ex, &all, today());
        assert!(g.goals[0].to_check);
        assert_eq!(
            g.goals[0].ladder_points, 0,
            "a guess is not counted on level 5"
        );
        assert_eq!(g.to_check, 1);
        assert_eq!((g.ladder_points, g.ladder_max), (0, 6));
        // A level the student set by hand does not earn points either: the teacher checks it.
        all[0].level_override = Some(LadderLevel::Transaction);
        let g = grade_assessed(&plan, &ex, &all, today());
        assert!(g.goals[0].to_check);
        assert_eq!(g.goals[0].ladder_points, 0);
        // The placed goals are not to check.
        assert!(!g.goals[1].to_check);
        assert_eq!(grade(&plan, &ex, today()).to_check, 0);
    }

    #[test]
    fn an_older_grade_without_to_check_still_reads() {
        let (ex, plan) = answered();
        let g = grade(&plan, &ex, today());
        let mut json = serde_json::to_value(&g).unwrap();
        json.as_object_mut().unwrap().remove("to_check");
        for goal in json["goals"].as_array_mut().unwrap() {
            goal.as_object_mut().unwrap().remove("to_check");
        }
        assert_eq!(serde_json::from_value::<Grade>(json).unwrap(), g);
    }

    #[test]
    fn reused_assessments_give_the_same_grade() {
        let (ex, plan) = answered();
        let all: Vec<Assessment> = plan
            .goals
            .iter()
            .map(|g| scoring::assess_goal(g, &plan, today()))
            .collect();
        assert_eq!(
            grade_assessed(&plan, &ex, &all, today()),
            grade(&plan, &ex, today())
        );
        assert_eq!(
            grade_assessed(&plan, &ex, &all[..1], today()),
            grade(&plan, &ex, today())
        );
    }
}
