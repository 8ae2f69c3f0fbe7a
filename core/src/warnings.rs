//! The plan's warnings and its SMART figure: one answer for the app's overview, the hand-in summary,
//! the teacher's review and the class CSV, so a student and their teacher see the same counts.
//!
//! A warning is a [`Finding`] (the wording lives with the scorer's messages) with what it is about,
//! for the app to link to where it can be fixed.

use crate::lang::{Lang, Localized};
use crate::plan::{AudienceId, Goal, GoalId, KeyResultId, ObjectiveId, Plan, PlatformId};
use crate::scoring::{self, Assessment, Finding, Rule, Smart};
use crate::technology::{self, PlatformWarning};

/// What a warning is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    Goal(GoalId),
    Objective(ObjectiveId),
    KeyResult(KeyResultId),
    Platform(PlatformId),
    Audience(AudienceId),
}

/// One problem of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanWarning {
    pub about: About,
    /// The words of what it is about (a goal's statement, a platform's name), trimmed; empty when it
    /// has none.
    pub words: String,
    pub finding: Finding,
    /// The language the message reads best in: the text's own where it is clear, else `None` for the
    /// interface's.
    pub lang: Option<Lang>,
}

impl PlanWarning {
    pub fn rule(&self) -> Rule {
        self.finding.rule
    }

    /// The sentence for the user: in the text's own language where it is clear, else in `interface`.
    pub fn message(&self, interface: Lang) -> String {
        self.finding.message(self.lang.unwrap_or(interface))
    }
}

/// Every warning of the plan, in the order the app lists them: goals, the unpromoted goal, objectives
/// and their key results, platforms and audiences. `assessments[i]` is
/// `scoring::assess_goal(&plan.goals[i], plan, today)`.
pub fn plan_warnings(plan: &Plan, assessments: &[Assessment]) -> Vec<PlanWarning> {
    let goals: Vec<(&Goal, &Assessment)> = plan.goals.iter().zip(assessments).collect();
    let mut out = goal_warnings(&goals);
    out.extend(okr_warnings(plan));
    out.extend(platform_warnings(plan));
    out
}

/// The warnings on the goals: an empty goal's, the scorer's advice that weakens a goal, and a goal on
/// level 4-5 that no main goal matches.
pub fn goal_warnings(goals: &[(&Goal, &Assessment)]) -> Vec<PlanWarning> {
    let mut out = Vec::new();
    for (goal, a) in goals {
        let about = About::Goal(goal.id.clone());
        let words = goal.statement.trim();
        // An empty goal has nothing to judge, and no language of its own to judge it in.
        if words.is_empty() {
            out.push(PlanWarning {
                about,
                words: String::new(),
                finding: Finding::new(Rule::EmptyGoal),
                lang: None,
            });
            continue;
        }
        let lang = a.lang_clear.then_some(a.lang);
        out.extend(
            a.advice
                .iter()
                .filter(|f| f.rule.is_warning())
                .map(|f| PlanWarning {
                    about: about.clone(),
                    words: words.to_string(),
                    finding: f.clone(),
                    lang,
                }),
        );
    }
    out.extend(unpromoted_goal(goals));
    out
}

/// Whether to propose "main goal" for `goal`: it sits surely on level 4 or 5, is not a main goal, and is
/// linked under none. Such a goal measures what the business needs, so it answers to the business goal
/// itself; a goal the scorer could not place is left to the user.
pub fn proposes_main(plan: &Plan, goal: &Goal, assessment: &Assessment) -> bool {
    surely_main_level(assessment) && plan.goal_role(goal) == crate::plan::GoalRole::Unlinked
}

/// The scorer places the goal, without asking to check, on a level fit for a main goal (4 or 5).
fn surely_main_level(a: &Assessment) -> bool {
    !a.needs_check() && a.shown_level().fits_main_goal()
}

/// A plan whose main goals all sit on levels 1-3 while a sub-goal reaches 4 or 5: the goal that matters
/// most is there, only not marked as the main one. A main goal to check may well be on 4-5, so it is
/// no evidence that none is.
fn unpromoted_goal(goals: &[(&Goal, &Assessment)]) -> Option<PlanWarning> {
    if goals
        .iter()
        .filter(|(g, _)| g.is_main)
        .any(|(_, a)| a.needs_check() || surely_main_level(a))
    {
        return None;
    }
    let (goal, a) = goals
        .iter()
        .find(|(g, a)| !g.is_main && surely_main_level(a))?;
    Some(PlanWarning {
        about: About::Goal(goal.id.clone()),
        words: goal.statement.trim().to_string(),
        finding: Finding::new(Rule::NoMainGoalHigh).with("level", a.shown_level().number()),
        lang: None,
    })
}

/// The warnings on the OKR: an objective with too few or too many key results, and a key result that
/// is a task or has nothing to measure (in the key result's own language).
pub fn okr_warnings(plan: &Plan) -> Vec<PlanWarning> {
    let mut out = Vec::new();
    for o in &plan.objectives {
        if let Some(finding) = scoring::assess_objective_key_results(o.key_results.len()) {
            out.push(PlanWarning {
                about: About::Objective(o.id.clone()),
                words: o.statement.trim().to_string(),
                finding,
                lang: None,
            });
        }
        for kr in &o.key_results {
            let words = kr.statement.trim();
            if words.is_empty() {
                continue;
            }
            let (lang, findings) = scoring::read_key_result(&kr.statement);
            out.extend(findings.into_iter().map(|finding| PlanWarning {
                about: About::KeyResult(kr.id.clone()),
                words: words.to_string(),
                finding,
                lang: Some(lang),
            }));
        }
    }
    out
}

/// A platform none of the audiences is on, and an audience no platform reaches.
pub fn platform_warnings(plan: &Plan) -> Vec<PlanWarning> {
    technology::warnings(plan)
        .into_iter()
        .map(|w| match w {
            PlatformWarning::NoAudience(id) => {
                let name = plan
                    .platforms
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.name.trim().to_string())
                    .unwrap_or_default();
                PlanWarning {
                    about: About::Platform(id),
                    finding: Finding::new(Rule::PlatformWithoutAudience).with("platform", &name),
                    words: name,
                    lang: None,
                }
            }
            PlatformWarning::Unreached(id) => {
                let name = plan
                    .audiences
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.name.trim().to_string())
                    .unwrap_or_default();
                PlanWarning {
                    about: About::Audience(id),
                    finding: Finding::new(Rule::AudienceUnreached).with("audience", &name),
                    words: name,
                    lang: None,
                }
            }
        })
        .collect()
}

/// SMART checks met, out of all checks: five for each goal that has words (an empty goal has nothing to
/// judge, and says so in its own warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SmartTally {
    pub met: usize,
    pub total: usize,
}

impl SmartTally {
    /// What the figure is called, in the student's overview and the Markdown export.
    pub const LABEL: Localized = Localized {
        en: "SMART checks met",
        nb: "SMART-krav oppfylt",
        sv: "SMART-krav uppfyllda",
        da: "SMART-krav opfyldt",
    };

    /// The figure, or `None` when there is nothing to count.
    pub fn figure(self) -> Option<(usize, usize)> {
        (self.total > 0).then_some((self.met, self.total))
    }

    /// The figure in words, "8 of 10", or `None` when there is nothing to count.
    pub fn words(self, lang: Lang) -> Option<String> {
        let of = Localized {
            en: "of",
            nb: "av",
            sv: "av",
            da: "af",
        };
        self.figure()
            .map(|(met, total)| format!("{met} {} {total}", of.get(lang)))
    }
}

/// The plan's SMART figure over its goals and their assessments.
pub fn smart_tally<'a>(goals: impl IntoIterator<Item = (&'a Goal, &'a Assessment)>) -> SmartTally {
    goals
        .into_iter()
        .filter(|(g, _)| !g.statement.trim().is_empty())
        .fold(SmartTally::default(), |t, (_, a)| SmartTally {
            met: t.met + checks_met(&a.smart),
            total: t.total + 5,
        })
}

fn checks_met(smart: &Smart) -> usize {
    [
        &smart.specific,
        &smart.measurable,
        &smart.attainable,
        &smart.relevant,
        &smart.time_bound,
    ]
    .into_iter()
    .filter(|c| c.is_met())
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Date, Timestamp};
    use crate::classroom::{class_csv, class_table, summarize, HandIn, Separator};
    use crate::examples::Example;
    use crate::plan::{Audience, PlanId, Platform};

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    fn assessed(plan: &Plan, today: Date) -> Vec<Assessment> {
        plan.goals
            .iter()
            .map(|g| scoring::assess_goal(g, plan, today))
            .collect()
    }

    /// The café example with an empty goal, a goal on level 5 that is not main while no main goal is
    /// on 4-5, a platform no audience is on and an audience without a name that no platform reaches.
    fn untidy_plan() -> Plan {
        let mut plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        plan.goals.push(Goal {
            id: GoalId::new("g-empty"),
            statement: "   ".into(),
            ..Goal::default()
        });
        plan.platforms.push(Platform {
            id: PlatformId::new("pf-fax"),
            name: "Fax".into(),
        });
        plan.audiences.push(Audience {
            id: AudienceId::new("a-none"),
            ..Audience::default()
        });
        plan
    }

    fn rules(warnings: &[PlanWarning]) -> Vec<&'static str> {
        warnings.iter().map(|w| w.rule().id()).collect()
    }

    #[test]
    fn an_empty_goal_is_one_warning_and_no_smart_checks() {
        let plan = untidy_plan();
        let assessments = assessed(&plan, today());
        let warnings = plan_warnings(&plan, &assessments);
        let on_empty: Vec<_> = warnings
            .iter()
            .filter(|w| w.about == About::Goal(GoalId::new("g-empty")))
            .collect();
        assert_eq!(on_empty.len(), 1);
        assert_eq!(on_empty[0].rule(), Rule::EmptyGoal);
        let tally = smart_tally(plan.goals.iter().zip(&assessments));
        assert_eq!(tally.total, 5 * (plan.goals.len() - 1));
        assert!(tally.met > 0 && tally.met < tally.total);
        let words = tally.words(Lang::Da).unwrap();
        assert_eq!(words, format!("{} af {}", tally.met, tally.total));
        assert_eq!(SmartTally::default().words(Lang::En), None);
    }

    #[test]
    fn platforms_and_audiences_are_named_in_the_warnings() {
        let plan = untidy_plan();
        let warnings = platform_warnings(&plan);
        let fax = warnings
            .iter()
            .find(|w| w.about == About::Platform(PlatformId::new("pf-fax")))
            .unwrap();
        assert_eq!(fax.rule(), Rule::PlatformWithoutAudience);
        assert!(
            fax.message(Lang::En).contains("on Fax:"),
            "{}",
            fax.message(Lang::En)
        );
        let nameless = warnings
            .iter()
            .find(|w| w.about == About::Audience(AudienceId::new("a-none")))
            .unwrap();
        assert_eq!(
            nameless.message(Lang::Nb),
            "Ingen valgt plattform når «Målgruppe uten navn»."
        );
    }

    #[test]
    fn main_is_proposed_for_a_sure_high_goal_linked_to_nothing() {
        let mut plan = Plan::default();
        let goal = |id: &str, text: &str| Goal {
            id: GoalId::new(id),
            statement: text.into(),
            ..Goal::default()
        };
        plan.goals = vec![
            goal(
                "sales",
                "Sell 200 gift cards through Instagram by 1 March 2027",
            ),
            goal("likes", "500 likes on our Instagram posts by 1 March 2027"),
        ];
        let proposed = |plan: &Plan| -> Vec<bool> {
            let a = assessed(plan, today());
            plan.goals
                .iter()
                .zip(&a)
                .map(|(g, a)| proposes_main(plan, g, a))
                .collect()
        };
        assert_eq!(proposed(&plan), [true, false]);
        plan.goals[0].is_main = true;
        assert_eq!(proposed(&plan), [false, false]);
        plan.goals[0].is_main = false;
        plan.goals.push(Goal {
            is_main: true,
            ..goal("other", "Get 40 bookings via Facebook by 1 March 2027")
        });
        plan.goals[0].parent = Some(GoalId::new("other"));
        assert_eq!(proposed(&plan), [false, false, false]);
    }

    #[test]
    fn a_high_goal_not_marked_main_is_pointed_out_when_no_main_goal_is_high() {
        let mut plan = untidy_plan();
        let assessments = assessed(&plan, today());
        assert!(!rules(&plan_warnings(&plan, &assessments)).contains(&"ladder.no_main_goal_high"));
        // Demote every main goal: the goals on 4-5 are now all sub-goals.
        for g in &mut plan.goals {
            g.is_main = false;
        }
        let assessments = assessed(&plan, today());
        let warnings = plan_warnings(&plan, &assessments);
        let unpromoted: Vec<_> = warnings
            .iter()
            .filter(|w| w.rule() == Rule::NoMainGoalHigh)
            .collect();
        assert_eq!(unpromoted.len(), 1);
        let level = unpromoted[0].finding.param("level").unwrap();
        assert!(level == "4" || level == "5", "{level}");
    }

    #[test]
    fn the_student_and_the_teacher_see_the_same_smart_figure_and_warning_count() {
        for plan in [
            untidy_plan(),
            Example::Municipality.build(PlanId::new("m"), Timestamp::default(), today()),
            Example::B2bSoftware.build(PlanId::new("b"), Timestamp::default(), today()),
        ] {
            let handed_in_at = Timestamp::from_millis(1_795_000_000_000);
            let day = handed_in_at.date();
            // What the student's overview shows.
            let assessments = assessed(&plan, day);
            let tally = smart_tally(plan.goals.iter().zip(&assessments));
            let warnings = plan_warnings(&plan, &assessments).len();
            // The hand-in's own summary.
            let hand_in = HandIn::new(
                "Ola",
                "2STB",
                plan.clone(),
                None,
                "0.1.0",
                handed_in_at,
                day,
            );
            let summary = summarize(&plan, None, day);
            assert_eq!(hand_in.summary, summary);
            assert_eq!(
                (summary.smart_met, summary.smart_total),
                (tally.met, tally.total)
            );
            assert_eq!(summary.warnings, warnings);
            // The teacher's table, and its CSV.
            let rows = class_table(&[hand_in], day);
            assert_eq!(rows[0].summary, summary);
            assert!(rows[0].summary_differs.is_empty());
            let csv = class_csv(&rows, None, Separator::Semicolon);
            let fields: Vec<&str> = csv.lines().nth(1).unwrap().split(';').collect();
            assert_eq!(
                fields[9..12],
                [
                    tally.met.to_string(),
                    tally.total.to_string(),
                    warnings.to_string()
                ]
            );
        }
    }
}
