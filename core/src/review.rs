//! Goals are looked at again every 3-6 months: when the next review is, and whether it is due.

use crate::calendar::Date;
use crate::plan::{Plan, ReviewRecord};

/// The default gap between reviews.
pub const DEFAULT_MONTHS: i32 = 3;
/// The longest a plan should go without a review.
pub const MAX_MONTHS: i32 = 6;

/// Where the plan stands with its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    /// The review date is ahead, `days` from today.
    Upcoming { date: Date, days: i64 },
    /// The review date has come or passed `days_over` days ago.
    Due { date: Date, days_over: i64 },
}

/// The date the next review should happen: the one set on the plan, or 3 months after the last review
/// (or after the plan was made).
pub fn next_review(plan: &Plan) -> Date {
    plan.review
        .next_review
        .unwrap_or_else(|| last_review_or_start(plan).add_months(DEFAULT_MONTHS))
}

fn last_review_or_start(plan: &Plan) -> Date {
    plan.review
        .history
        .iter()
        .map(|r| r.date)
        .max()
        .unwrap_or_else(|| plan.created_at.date())
}

pub fn status(plan: &Plan, today: Date) -> ReviewStatus {
    let date = next_review(plan);
    let days = today.days_until(date);
    if days <= 0 {
        ReviewStatus::Due {
            date,
            days_over: -days,
        }
    } else {
        ReviewStatus::Upcoming { date, days }
    }
}

/// Keeps a chosen review date within 3-6 months of the last review, since goals left longer drift.
pub fn clamp_review_date(plan: &Plan, wanted: Date) -> Date {
    let from = last_review_or_start(plan);
    wanted.clamp(from.add_months(DEFAULT_MONTHS), from.add_months(MAX_MONTHS))
}

/// Records a review done today and sets the next one 3 months on. Earlier reviews are kept.
pub fn mark_reviewed(plan: &mut Plan, today: Date, note: impl Into<String>) {
    plan.review.history.push(ReviewRecord {
        date: today,
        note: note.into(),
    });
    plan.review.next_review = Some(today.add_months(DEFAULT_MONTHS));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Timestamp;
    use crate::plan::PlanId;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn plan_made_on(date: Date) -> Plan {
        Plan::new(
            PlanId::new("p"),
            "t",
            Timestamp::from_millis(date.days_since_epoch() * 86_400_000),
        )
    }

    #[test]
    fn a_new_plan_is_reviewed_three_months_after_it_was_made() {
        let plan = plan_made_on(d(2026, 11, 23));
        assert_eq!(next_review(&plan), d(2027, 2, 23));
        assert_eq!(
            status(&plan, d(2026, 12, 1)),
            ReviewStatus::Upcoming {
                date: d(2027, 2, 23),
                days: 84
            }
        );
    }

    #[test]
    fn a_review_is_due_on_its_day_and_after() {
        let plan = plan_made_on(d(2026, 1, 10));
        assert_eq!(
            status(&plan, d(2026, 4, 10)),
            ReviewStatus::Due {
                date: d(2026, 4, 10),
                days_over: 0
            }
        );
        assert_eq!(
            status(&plan, d(2026, 4, 20)),
            ReviewStatus::Due {
                date: d(2026, 4, 10),
                days_over: 10
            }
        );
    }

    #[test]
    fn marking_reviewed_keeps_history_and_moves_the_date() {
        let mut plan = plan_made_on(d(2026, 1, 10));
        mark_reviewed(&mut plan, d(2026, 4, 12), "shifted focus to bookings");
        mark_reviewed(&mut plan, d(2026, 7, 15), "");
        assert_eq!(plan.review.history.len(), 2);
        assert_eq!(plan.review.history[0].note, "shifted focus to bookings");
        assert_eq!(next_review(&plan), d(2026, 10, 15));
    }

    #[test]
    fn a_chosen_date_stays_within_three_to_six_months() {
        let plan = plan_made_on(d(2026, 1, 10));
        assert_eq!(clamp_review_date(&plan, d(2026, 2, 1)), d(2026, 4, 10));
        assert_eq!(clamp_review_date(&plan, d(2026, 5, 20)), d(2026, 5, 20));
        assert_eq!(clamp_review_date(&plan, d(2027, 1, 1)), d(2026, 7, 10));
    }
}
