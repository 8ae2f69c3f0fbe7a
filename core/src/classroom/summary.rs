//! What a teacher wants to know of a plan at a glance: each goal's level and SMART verdicts, counts,
//! OKR scores, the sections filled in, and the grade when there is an exercise.

use serde::{Deserialize, Serialize};

use super::exercise::{Exercise, Section};
use super::grading::{grade_assessed, Grade};
use super::letters::{Letters, SmartStatus};
use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::plan::{GoalId, ObjectiveId, Plan};
use crate::scoring::{self, Assessment};
use crate::warnings;

/// One goal as the scorer read it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalSummary {
    pub id: GoalId,
    pub statement: String,
    pub is_main: bool,
    /// The level of what the goal measures, as the scorer reads it; only its best guess when
    /// `to_check` is set.
    pub level: LadderLevel,
    /// The scorer could not place the goal: shown as "to check", never as a level, and counted on no
    /// level (a level the student set is shown beside it, for the teacher to judge).
    #[serde(default)]
    pub to_check: bool,
    /// A higher aim the text names but does not measure.
    pub aim_level: Option<LadderLevel>,
    /// The level the student set by hand, if any.
    pub level_override: Option<LadderLevel>,
    pub smart: Letters<SmartStatus>,
    /// Rule ids of the advice, most important first (see `scoring::Rule::id`).
    pub advice: Vec<String>,
}

/// One OKR objective and its score.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ObjectiveSummary {
    pub id: ObjectiveId,
    pub statement: String,
    pub key_results: usize,
    /// The mean of the key results that have a score, 0.0-1.0.
    pub score: Option<f64>,
}

/// Whether a section is filled in, and whether the exercise asks for it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionStatus {
    pub section: Section,
    pub filled: bool,
    pub required: bool,
}

/// A plan's summary, computed at hand-in time and again when the teacher opens it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Summary {
    pub goals: Vec<GoalSummary>,
    pub goal_count: usize,
    pub main_goals: usize,
    /// Main goals on level 4-5 (as the scorer reads them); a goal to check is not among them.
    pub main_goals_fit: usize,
    /// Goals the scorer could not place, main goals or not: counted on no level.
    pub to_check: usize,
    /// SMART checks met, of five per goal that has words: the figure the student's overview shows.
    pub smart_met: usize,
    pub smart_total: usize,
    /// How many warnings the student's overview lists.
    pub warnings: usize,
    pub objectives: Vec<ObjectiveSummary>,
    /// All five sections, in [`Section::ALL`] order.
    pub sections: Vec<SectionStatus>,
    /// The grade by the exercise's rubric, when the plan answers an exercise.
    pub grade: Option<Grade>,
}

impl Summary {
    /// The mean score of the objectives that have one.
    pub fn okr_score(&self) -> Option<f64> {
        scoring::objective_score(&self.objectives.iter().map(|o| o.score).collect::<Vec<_>>())
    }

    /// Sections filled of those required (all five when there is no exercise).
    pub fn sections_filled(&self) -> (usize, usize) {
        let required = self.sections.iter().filter(|s| s.required);
        let (filled, total) = required.fold((0, 0), |(f, t), s| (f + usize::from(s.filled), t + 1));
        (filled, total)
    }
}

/// Summarises `plan` as of `today`, graded by `exercise` if given.
pub fn summarize(plan: &Plan, exercise: Option<&Exercise>, today: Date) -> Summary {
    let assessments: Vec<Assessment> = plan
        .goals
        .iter()
        .map(|g| scoring::assess_goal(g, plan, today))
        .collect();
    summarize_assessed(plan, exercise, &assessments, today)
}

/// The same as [`summarize`], from assessments of all the plan's goals (`assessments[i]` is
/// `scoring::assess_goal(&plan.goals[i], plan, today)`).
fn summarize_assessed(
    plan: &Plan,
    exercise: Option<&Exercise>,
    assessments: &[Assessment],
    today: Date,
) -> Summary {
    let goals: Vec<GoalSummary> = plan
        .goals
        .iter()
        .zip(assessments)
        .map(|(g, a)| GoalSummary {
            id: g.id.clone(),
            statement: g.statement.clone(),
            is_main: g.is_main,
            level: a.level,
            to_check: a.unsure.is_some(),
            aim_level: a.aim_level,
            level_override: a.level_override,
            smart: Letters::from_smart(&a.smart),
            advice: a.advice.iter().map(|f| f.rule.id().to_string()).collect(),
        })
        .collect();
    let main = || {
        plan.goals
            .iter()
            .zip(assessments)
            .filter(|(g, _)| g.is_main)
    };
    let objectives: Vec<ObjectiveSummary> = plan
        .objectives
        .iter()
        .map(|o| ObjectiveSummary {
            id: o.id.clone(),
            statement: o.statement.clone(),
            key_results: o.key_results.len(),
            score: scoring::score_objective(o),
        })
        .collect();
    let smart = warnings::smart_tally(plan.goals.iter().zip(assessments));
    let sections = Section::ALL
        .into_iter()
        .map(|section| SectionStatus {
            section,
            filled: section.is_filled(plan),
            required: exercise.is_none_or(|e| e.requires(section)),
        })
        .collect();
    Summary {
        goal_count: plan.goals.len(),
        main_goals: main().count(),
        main_goals_fit: main()
            .filter(|(_, a)| a.unsure.is_none() && a.level.fits_main_goal())
            .count(),
        to_check: goals.iter().filter(|g| g.to_check).count(),
        smart_met: smart.met,
        smart_total: smart.total,
        warnings: warnings::plan_warnings(plan, assessments).len(),
        goals,
        objectives,
        sections,
        grade: exercise.map(|e| grade_assessed(plan, e, assessments, today)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Timestamp;
    use crate::classroom::exercise::tests::sample_exercise;
    use crate::examples::Example;
    use crate::plan::PlanId;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    #[test]
    fn the_cafe_example_is_summarised() {
        let plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        let s = summarize(&plan, None, today());
        assert_eq!(s.goal_count, 4);
        assert_eq!(s.main_goals, 2);
        // 200 bookings (5) fits; 5000 followers (1) does not.
        assert_eq!(s.main_goals_fit, 1);
        assert_eq!(s.smart_total, 20);
        assert!(s.smart_met > 0 && s.smart_met < 20);
        assert!(s.warnings >= 3, "{}", s.warnings);
        assert_eq!(s.goals[1].level, LadderLevel::Visibility);
        assert_eq!(s.goals[1].aim_level, Some(LadderLevel::Transaction));
        assert!(s.goals[1]
            .advice
            .contains(&"ladder.main_goal_low".to_string()));
        assert_eq!(s.objectives.len(), 1);
        assert!(s.okr_score().is_some_and(|x| x > 0.0 && x < 1.0));
        assert_eq!(s.sections_filled(), (5, 5));
        assert!(s.grade.is_none());
    }

    #[test]
    fn a_goal_the_scorer_could_not_place_is_to_check_and_counted_on_no_level() {
        let mut plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        let mut assessments: Vec<Assessment> = plan
            .goals
            .iter()
            .map(|g| scoring::assess_goal(g, &plan, today()))
            .collect();
        let before = summarize_assessed(&plan, None, &assessments, today());
        assert_eq!(before.to_check, 0);
        // The café's 200 bookings, a main goal on level 5: as if the scorer had only guessed it.
        let i = plan
            .goals
            .iter()
            .zip(&assessments)
            .position(|(g, a)| g.is_main && a.level.fits_main_goal())
            .unwrap();
        assessments[i].unsure = Some([LadderLevel::Transaction, LadderLevel::Interaction]);
        let s = summarize_assessed(&plan, None, &assessments, today());
        assert_eq!(
            s.main_goals_fit,
            before.main_goals_fit - 1,
            "not evidence of a main goal on 4-5"
        );
        assert_eq!(s.to_check, 1);
        assert!(s.goals[i].to_check);
        assert_eq!(s.goals.iter().filter(|g| g.to_check).count(), 1);
        // The student's own level is shown beside it, and the goal stays to check for the teacher.
        plan.goals[i].level_override = Some(crate::plan::LevelOverride {
            level: LadderLevel::Interaction,
            justification: String::new(),
        });
        assessments[i].level_override = Some(LadderLevel::Interaction);
        let s = summarize_assessed(&plan, None, &assessments, today());
        assert_eq!(
            (s.to_check, s.main_goals_fit),
            (1, before.main_goals_fit - 1)
        );
        assert_eq!(s.goals[i].level_override, Some(LadderLevel::Interaction));
    }

    #[test]
    fn an_older_summary_without_to_check_still_reads() {
        let plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        let s = summarize(&plan, None, today());
        let mut json = serde_json::to_value(&s).unwrap();
        json.as_object_mut().unwrap().remove("to_check");
        for goal in json["goals"].as_array_mut().unwrap() {
            goal.as_object_mut().unwrap().remove("to_check");
        }
        assert_eq!(serde_json::from_value::<Summary>(json).unwrap(), s);
    }

    #[test]
    fn with_an_exercise_the_summary_carries_the_grade_and_required_sections() {
        let ex = sample_exercise();
        let plan = ex.start_plan(PlanId::new("p"), Timestamp::default());
        let s = summarize(&plan, Some(&ex), today());
        assert_eq!(s.sections_filled(), (1, 3));
        let g = s.grade.unwrap();
        assert_eq!(g, crate::classroom::grading::grade(&plan, &ex, today()));
    }
}
