//! SMART, one criterion at a time, from the text and the goal's fields.

use serde::Serialize;

use super::findings::{Finding, Rule};
use super::numbers::QuantityKind;
use super::vanity;
use super::vocab::c;
use super::{Analysis, GoalInput, PlanContext};
use crate::calendar::Date;
use crate::catalogue;
use crate::ladder::LadderLevel;

pub use super::findings::{Check, Status};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Smart {
    pub specific: Check,
    pub measurable: Check,
    pub attainable: Check,
    pub relevant: Check,
    pub time_bound: Check,
}

/// What the ladder reading decided, as the SMART rules need it.
pub(crate) struct Verdict<'l> {
    /// A metric was recognised (in the text or chosen).
    pub known: bool,
    pub level: LadderLevel,
    pub metric: Option<&'static str>,
    /// The catalogue id, or the user's own name for a custom metric.
    pub label: &'l str,
    pub aim: Option<&'static str>,
    /// The level is a guess the user is asked to check: no advice rests on it until they do.
    pub unsure: bool,
}

pub(crate) fn check(a: &Analysis, goal: &GoalInput, ctx: &PlanContext, v: &Verdict) -> Smart {
    let Verdict {
        known,
        level,
        metric,
        label: metric_label,
        aim,
        ..
    } = *v;
    Smart {
        // Our own output is concrete when it says where or for whom, named in the catalogue or not
        // ("opretter en Bluesky-profil").
        // "be more active on TikTok" is an umbrella wish, not output: more of nothing counted.
        specific: specific(
            a,
            known || (level == LadderLevel::Activity && !vague_more(a)),
            metric,
        ),
        measurable: measurable(a, goal, known, metric),
        attainable: attainable(a, goal, ctx),
        relevant: vanity::relevant(goal, ctx, level, metric_label, aim.is_some()),
        time_bound: time_bound(a, goal),
    }
}

/// A result, named concretely, on a channel or among a group of people.
fn specific(a: &Analysis, known: bool, metric: Option<&'static str>) -> Check {
    let umbrella = metric.and_then(catalogue::find).is_some_and(|m| m.umbrella);
    let channel = a.reading.facts.iter().any(|f| f.channel);
    // A number on something we cannot name is still a concrete result when the text says where or
    // for whom: the scorer's not knowing the word is not the writer's vagueness.
    let counted = !a.quantities.is_empty();
    if !known && !(counted && (channel || audience_token(a).is_some())) {
        return Check::new(Status::NotMet, Finding::new(Rule::SpecificNoResult));
    }
    if umbrella {
        let f = Finding::new(Rule::SpecificUmbrella).with("metric", metric.unwrap_or_default());
        return Check::new(Status::Partly, f);
    }
    if channel || audience_token(a).is_some() {
        Check::new(Status::Met, Finding::new(Rule::SpecificMet))
    } else {
        Check::new(
            Status::Partly,
            Finding::new(Rule::SpecificNoChannelOrAudience),
        )
    }
}

/// "more" with no number anywhere: more of something unsaid.
fn vague_more(a: &Analysis) -> bool {
    a.quantities.is_empty() && a.reading.anywhere(c::MORE)
}

/// Metrics whose nouns name people: subscribers, followers, donors.
const GROUP_METRICS: &[&str] = &[
    "channel_subscribers",
    "newsletter_subscribers",
    "paid_subscriptions",
    "followers",
    "donations",
];

/// A group of people the goal is about, not counted as its result ("10 pædagoger" are the hires).
pub(crate) fn audience_token(a: &Analysis) -> Option<usize> {
    let r = &a.reading;
    let excluded = |i: usize| {
        let in_object = a
            .placement
            .object
            .is_some_and(|(s, e)| (s..=e).contains(&i));
        let is_head = a
            .placement
            .head
            .is_some_and(|(f, _)| (f.first..=f.last).contains(&i));
        in_object || is_head
    };
    let among = |i: usize| {
        i > 0 && r.has(i - 1, c::AMONG) && r.text.toks[i].kind == super::text::TokKind::Word
    };
    // "90 % av podme-abonnentene fornyer", "60% of our monthly donors": people named by a metric of
    // their own, after "of", are the group a share is taken of.
    let share_of = |i: usize| {
        let group = r
            .mention(i)
            .and_then(|m| m.noun_metric())
            .is_some_and(|m| GROUP_METRICS.contains(&m.id));
        group && (i.saturating_sub(3)..i).any(|p| r.has(p, c::OF))
    };
    (0..r.text.len()).find(|&i| {
        let person = r.facts[i].people || r.has(i, c::AGE) || among(i) || share_of(i);
        person && !excluded(i) && !r.has(i, c::UNIT_LONG)
    })
}

/// A metric and a number: a target, a change, a multiplier.
fn measurable(a: &Analysis, goal: &GoalInput, known: bool, metric: Option<&'static str>) -> Check {
    let number = !a.quantities.is_empty() || goal.target.is_some();
    match (known, number) {
        (true, true) => Check::new(Status::Met, Finding::new(Rule::MeasurableMet)),
        (true, false) => Check::new(
            Status::Partly,
            Finding::new(Rule::MeasurableNoNumber).with("metric", metric.unwrap_or("engagement")),
        ),
        // "2k nya kundklubbsmedlemmar": a number counting what the user names in words the scorer
        // does not know is still a metric and a number.
        (false, true) if !a.quantities.is_empty() => {
            Check::new(Status::Met, Finding::new(Rule::MeasurableOwnWords))
        }
        (false, true) => Check::new(Status::Partly, Finding::new(Rule::MeasurableNoMetric)),
        (false, false) => Check::new(Status::NotMet, Finding::new(Rule::MeasurableNoMetric)),
    }
}

fn time_bound(a: &Analysis, goal: &GoalInput) -> Check {
    if goal.deadline.is_some() || a.time.bound {
        Check::new(Status::Met, Finding::new(Rule::TimeBoundMet))
    } else if a.time.response_limit {
        Check::new(Status::Partly, Finding::new(Rule::TimeBoundResponseLimit))
    } else if a.time.rate {
        Check::new(Status::Partly, Finding::new(Rule::TimeBoundRateOnly))
    } else {
        Check::new(Status::NotMet, Finding::new(Rule::TimeBoundMissing))
    }
}

/// Growth asked for, as a factor from today's figure to the target.
fn growth(a: &Analysis, goal: &GoalInput) -> Option<f64> {
    if let (Some(b), Some(t)) = (goal.baseline, goal.target) {
        return (b > 0.0 && t >= 0.0).then(|| t / b);
    }
    if let (Some(b), Some(t)) = (
        goal.baseline.or(a.figures.baseline),
        goal.target.or(a.figures.target),
    ) {
        return (b > 0.0 && t >= 0.0).then(|| t / b);
    }
    let r = &a.reading;
    a.quantities.iter().find_map(|q| match q.kind {
        QuantityKind::Multiplier => Some(q.value),
        // "by 30 %", "med 30 %": a change, not a level.
        QuantityKind::Percent if q.first > 0 && r.has(q.first - 1, c::CHANGE_BY) => {
            Some(1.0 + q.value / 100.0)
        }
        _ => None,
    })
}

/// Compares the growth asked for with the time given: ×10 in a month is not a stretch, it is a wish.
fn attainable(a: &Analysis, goal: &GoalInput, ctx: &PlanContext) -> Check {
    let unknown = || Check::new(Status::Unknown, Finding::new(Rule::AttainableUnknown));
    let deadline = goal.deadline.or(a.time.deadline);
    let Some(factor) = growth(a, goal).filter(|f| f.is_finite() && *f > 0.0) else {
        // A target and a deadline without today's figure: only the baseline is missing, so say just that.
        let has_target = goal.target.is_some() || !a.quantities.is_empty();
        if goal.baseline.or(a.figures.baseline).is_none() && has_target && deadline.is_some() {
            return Check::new(Status::Unknown, Finding::new(Rule::AttainableNoBaseline));
        }
        return unknown();
    };
    if (factor - 1.0).abs() < 1e-9 {
        return Check::new(Status::Partly, Finding::new(Rule::AttainableNoChange));
    }
    let Some(deadline) = deadline else {
        return unknown();
    };
    let start = goal.start.unwrap_or(ctx.today);
    let days = start.days_until(deadline);
    if days <= 0 {
        return unknown();
    }
    let months = (days as f64 / 30.44).max(0.25);
    let ratio = if factor < 1.0 { 1.0 / factor } else { factor };
    let monthly = ratio.powf(1.0 / months);
    let (status, rule) = if monthly > 2.0 {
        (Status::NotMet, Rule::AttainableUnrealistic)
    } else if monthly > 1.3 {
        (Status::Partly, Rule::AttainableStretch)
    } else {
        (Status::Met, Rule::AttainableRealistic)
    };
    let f = Finding::new(rule)
        .with("factor", round_1(factor))
        .with("months", round_1(months));
    Check::new(status, f)
}

fn round_1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Advice, most important first: what the goal measures, then the SMART gaps.
pub(crate) fn advice(
    a: &Analysis,
    goal: &GoalInput,
    smart: &Smart,
    v: &Verdict,
    today: Date,
) -> Vec<Finding> {
    let Verdict {
        known,
        level,
        metric,
        aim,
        unsure,
        ..
    } = *v;
    let mut out = Vec::new();
    if !known {
        out.push(Finding::new(Rule::LevelUnrecognised));
    } else if unsure {
        // ("Get 400 wombats to the open day": the card asks which level; warning that it is an
        // activity would answer for the user.)
    } else if level == LadderLevel::Activity {
        out.push(Finding::new(Rule::ActivityNotGoal));
    } else if goal.is_main && !level.fits_main_goal() {
        out.push(Finding::new(Rule::MainGoalLow).with("level", level.number()));
    }
    if let (Some(aim), Some(measured)) = (aim, metric) {
        out.push(
            Finding::new(Rule::MeasureAim)
                .with("aim", aim)
                .with("measured", measured),
        );
    }
    for check in [
        &smart.relevant,
        &smart.specific,
        &smart.measurable,
        &smart.time_bound,
    ] {
        let worth_saying = matches!(check.status, Status::NotMet | Status::Partly);
        let repeats = check.reason.rule == Rule::SpecificNoResult && !known;
        if worth_saying && !repeats {
            out.push(check.reason.clone());
        }
    }
    if matches!(smart.attainable.status, Status::NotMet | Status::Partly) {
        out.push(smart.attainable.reason.clone());
    }
    let has_baseline = goal.baseline.or(a.figures.baseline).is_some();
    let relative = a
        .quantities
        .iter()
        .any(|q| q.kind == QuantityKind::Multiplier);
    if smart.measurable.is_met() && !has_baseline && !relative && level != LadderLevel::Activity {
        out.push(Finding::new(Rule::MeasurableNoBaseline));
    }
    // Deadlines read from the text always fall after today; only the field can lie behind.
    if let Some(deadline) = goal.deadline.filter(|d| *d < today) {
        out.push(Finding::new(Rule::DeadlinePassed).with("deadline", deadline));
    }
    // Progress and the review follow the field, so a text that promises another date misleads a reader.
    if let (Some(field), Some(said)) = (goal.deadline, a.time.deadline) {
        if field != said {
            out.push(
                Finding::new(Rule::DeadlineDiffers)
                    .with("deadline", field)
                    .with("text_deadline", said),
            );
        }
    }
    out
}
