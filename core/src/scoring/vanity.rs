//! Relevance and the vanity rule: a metric is vanity or not depending on the business goal it serves.
//!
//! Followers as the main goal under "more sales" are vanity; under "be better known" they are a fair
//! measure (DOMAIN.md, seed 004).

use super::findings::{Check, Finding, Rule, Status};
use super::reading::Reading;
use super::{GoalInput, PlanContext};
use crate::catalogue::Metric;
use crate::ladder::LadderLevel;

/// What to measure instead when a business goal of conversion names no metric we know.
const DEFAULT_INSTEAD: &str = "sales";

/// What a business goal is after, read from its statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BusinessAim {
    /// Sales, leads, bookings, applications: level 4-5 results.
    Conversion,
    /// Being known and seen: level 1-2.
    Awareness,
    Other,
}

pub(crate) fn business_aim(statement: &str) -> BusinessAim {
    match implied_metric(statement).map(|m| m.level) {
        Some(l) if l >= LadderLevel::Interaction => BusinessAim::Conversion,
        Some(l) if l <= LadderLevel::Attention => BusinessAim::Awareness,
        _ => BusinessAim::Other,
    }
}

/// The highest result a business goal's statement names: what a goal under it should measure.
fn implied_metric(statement: &str) -> Option<&'static Metric> {
    let r = Reading::new(statement, None);
    r.mentions
        .iter()
        .flat_map(|m| m.metrics())
        .filter(|m| !m.is_activity())
        .max_by_key(|m| m.level)
}

/// Counts of who saw or reacted (followers, reach, views, likes): vanity under a business goal of
/// inquiries or sales, whatever role the goal has in the plan (seed 004).
fn counts_audience(metric: &str) -> bool {
    crate::catalogue::find(metric).is_some_and(|m| m.vanity_prone)
}

/// `names_aim`: the goal's own words name a result above what it measures ("followers … to increase
/// sales"), so the goal itself says its number is not the point.
pub(crate) fn relevant(
    goal: &GoalInput,
    ctx: &PlanContext,
    level: LadderLevel,
    metric: &str,
    names_aim: bool,
) -> Check {
    // A business goal still blank names nothing to serve: ask for it, and never quote it empty.
    let written = |b: &&str| !b.trim().is_empty();
    let Some(business_goal) = goal.business_goal.filter(written) else {
        let none_written = !ctx.business_goals.iter().any(written);
        return if goal.business_goal.is_some() || none_written {
            Check {
                status: Status::Unknown,
                reason: Finding::new(Rule::RelevantNoBusinessGoal),
            }
        } else {
            Check {
                status: Status::Partly,
                reason: Finding::new(Rule::RelevantUnlinked),
            }
        };
    };
    let low = matches!(level, LadderLevel::Visibility | LadderLevel::Attention);
    let vanity_prone = (goal.is_main && low) || counts_audience(metric);
    let aim = match business_aim(business_goal) {
        BusinessAim::Other if names_aim => BusinessAim::Conversion,
        aim => aim,
    };
    let instead = implied_metric(business_goal)
        .filter(|m| m.level >= LadderLevel::Interaction)
        .map_or(DEFAULT_INSTEAD, |m| m.id);
    let (status, reason) = match (vanity_prone, aim) {
        (true, BusinessAim::Conversion) => (
            Status::NotMet,
            Finding::new(Rule::VanityMetric)
                .with("metric", metric)
                .with("business_goal", business_goal.trim())
                .with("instead", instead),
        ),
        (true, BusinessAim::Awareness) => (
            Status::Met,
            Finding::new(Rule::VanityFitsAwareness).with("metric", metric),
        ),
        _ => (
            Status::Met,
            Finding::new(Rule::RelevantLinked).with("business_goal", business_goal.trim()),
        ),
    };
    Check { status, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_business_goal_is_after() {
        assert_eq!(
            business_aim("Increase online sales by 20 %"),
            BusinessAim::Conversion
        );
        assert_eq!(
            business_aim("Flere leads til salgsteamet"),
            BusinessAim::Conversion
        );
        assert_eq!(
            business_aim("Bli mer kjent blant studenter i Bergen"),
            BusinessAim::Awareness
        );
        assert_eq!(
            business_aim("Öka kännedomen om varumärket"),
            BusinessAim::Awareness
        );
    }
}
