//! The goal coach: for a weak goal (levels 0-3, vanity, or missing specific / measurable / time-bound),
//! up to three rewrites that measure what the audience does for the business (levels 4-5).
//!
//! A rewrite keeps what the user wrote (channel, audience, number, deadline); what it has to add is a
//! [`Proposal`], listed so the app can show it as the coach's and not the user's. Every rewrite is read
//! back by the scorer before it is offered, and dropped if the scorer does not read it as claimed.

mod fit;
pub mod templates;
pub mod ways;

use serde::Serialize;

use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::lang::Lang;
use crate::plan::{Goal, Plan};
use crate::scoring::{self, Assessment, EvidenceRole, Rule, Status};
use templates::{Count, Slots, Template};

pub use ways::{utm_link, Way};

/// At most this many rewrites: more is a list to read, not advice.
pub const MAX_SUGGESTIONS: usize = 3;
/// A channel or audience word longer than this is not a name; the coach leaves it out.
const MAX_SLOT_CHARS: usize = 40;

/// Which part of a rewrite the coach filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    Number,
    Channel,
    Deadline,
}

/// A value the coach wrote that the user did not: shown as a proposal for them to change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    pub slot: Slot,
    /// As it stands in the rewrite's text.
    pub value: String,
}

/// Which of S, M and T the scorer found met in the rewrite (all three, or it would not be offered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SmartMet {
    pub specific: bool,
    pub measurable: bool,
    pub time_bound: bool,
}

/// One rewrite of a goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub text: String,
    pub lang: Lang,
    /// The catalogue metric it measures.
    pub metric: &'static str,
    /// The level the scorer places it on.
    pub level: LadderLevel,
    pub smart: SmartMet,
    /// Why it is better, in the goal's language.
    pub why: &'static str,
    pub proposals: Vec<Proposal>,
}

impl Suggestion {
    /// Practical ways to measure the rewrite's metric.
    pub fn ways(&self) -> &'static [Way] {
        ways::for_metric(self.metric)
    }
}

/// The goal is worth coaching: not a result fit for a main goal, vanity for its business goal, or
/// missing one of specific, measurable, time-bound.
pub fn is_weak(a: &Assessment) -> bool {
    let vanity = a.smart.relevant.status == Status::NotMet
        && a.smart.relevant.reason.rule == Rule::VanityMetric;
    !a.level.fits_main_goal()
        || vanity
        || !a.smart.specific.is_met()
        || !a.smart.measurable.is_met()
        || !a.smart.time_bound.is_met()
}

/// Up to three rewrites of `goal` aimed at level 4-5 results that fit `plan`, each checked by the scorer.
/// None for a goal that is not weak, and none for a goal with no words: there is nothing of the user's
/// to keep, so any rewrite would be the coach's goal, not theirs.
pub fn suggest(goal: &Goal, plan: &Plan, today: Date) -> Vec<Suggestion> {
    coach(goal, plan, today).suggestions
}

/// The suggestions and how many rewrites the scorer refused on the way: the figure that tells whether
/// the templates still read as they should while the scorer changes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coached {
    pub suggestions: Vec<Suggestion>,
    pub dropped: usize,
}

/// [`suggest`], with the count of refused rewrites.
pub fn coach(goal: &Goal, plan: &Plan, today: Date) -> Coached {
    let mut out = Coached::default();
    if !goal.statement.chars().any(char::is_alphanumeric) {
        return out;
    }
    let a = scoring::assess_goal(goal, plan, today);
    if !is_weak(&a) {
        return out;
    }
    let kept = Kept::read(goal, plan, &a, today);
    for template in candidates(goal, plan, &a) {
        if out.suggestions.len() == MAX_SUGGESTIONS {
            break;
        }
        if out.suggestions.iter().any(|s| s.metric == template.metric) {
            continue;
        }
        match rewrite(template, &kept, goal, plan, today) {
            Some(s) => out.suggestions.push(s),
            None => out.dropped += 1,
        }
    }
    out
}

/// Template candidates, best first: the goal's own result where it already is one, the higher aim its
/// words name, what the business goal and the plan point at, the goal type, then defaults.
fn candidates<'p>(
    goal: &Goal,
    plan: &'p Plan,
    a: &Assessment,
) -> impl Iterator<Item = &'static Template> + 'p {
    let own = [a.metric, a.aim_metric]
        .into_iter()
        .flatten()
        .filter(|id| crate::catalogue::find(id).is_some_and(|m| m.level.fits_main_goal()));
    let business: Vec<&str> = linked_business_goals(goal, plan).collect();
    let mut keys: Vec<&'static str> = Vec::new();
    // A business word that names a kind ("bookings.table") is better than the goal's bare metric
    // ("bookings"), so words come first when they name the same metric.
    let worded: Vec<&'static str> = business
        .iter()
        .flat_map(|s| fit::from_words(s))
        .chain(fit::from_words(&plan.description))
        .collect();
    // The template for a metric: the kind the business words name, else the metric's first template.
    let template_for = |id: &str| {
        worded
            .iter()
            .copied()
            .find(|k| templates::find(k).is_some_and(|t| t.metric == id))
            .or_else(|| {
                templates::TEMPLATES
                    .iter()
                    .find(|t| t.metric == id)
                    .map(|t| t.key)
            })
    };
    for id in own {
        keys.extend(template_for(id));
    }
    // The scorer's reading of the business goal's own words, where it names a level-4/5 result.
    for statement in &business {
        let read = scoring::assess(
            &scoring::GoalInput::from_text(statement),
            &scoring::PlanContext::new(Date::MIN),
        );
        for id in [read.metric, read.aim_metric].into_iter().flatten() {
            if crate::catalogue::find(id).is_some_and(|m| m.level.fits_main_goal()) {
                keys.extend(template_for(id));
            }
        }
    }
    keys.extend(worded);
    keys.extend(fit::from_goal_type(goal.goal_type));
    keys.extend(fit::DEFAULTS);
    let mut seen: Vec<&'static str> = Vec::new();
    keys.retain(|k| {
        let new = !seen.contains(k);
        seen.push(k);
        new
    });
    keys.into_iter().filter_map(templates::find)
}

/// The statements of the business goals the goal serves: its own, else all of the plan's.
fn linked_business_goals<'p>(goal: &Goal, plan: &'p Plan) -> impl Iterator<Item = &'p str> + 'p {
    let linked = goal.business_goal.clone();
    let has_link = linked
        .as_ref()
        .is_some_and(|id| plan.business_goals.iter().any(|b| &b.id == id));
    plan.business_goals
        .iter()
        .filter(move |b| !has_link || linked.as_ref() == Some(&b.id))
        .map(|b| b.statement.as_str())
        .filter(|s| !s.trim().is_empty())
}

/// What the coach keeps of the user's goal and plan, and what it has to propose.
struct Kept {
    lang: Lang,
    /// The user's number, unless it counts our own output.
    count: Option<Count>,
    channel: Option<String>,
    audience: Option<String>,
    deadline: Option<Date>,
}

impl Kept {
    fn read(goal: &Goal, plan: &Plan, a: &Assessment, today: Date) -> Kept {
        let text = goal.statement.as_str();
        let word = |role: EvidenceRole| {
            a.evidence
                .iter()
                .find(|e| e.role == role)
                .map(|e| e.words(text).trim())
                .filter(|w| !w.is_empty() && w.chars().count() <= MAX_SLOT_CHARS)
                .map(str::to_string)
        };
        // A channel the plan names is the user's too: the platforms chosen under Technology.
        let plan_channel = plan
            .platforms
            .iter()
            .map(|p| p.name.trim())
            .find(|n| !n.is_empty() && n.chars().count() <= MAX_SLOT_CHARS)
            .map(str::to_string);
        // A deadline that has passed is no longer one to keep; the plan's next review is its period's end.
        let deadline = a
            .deadline
            .filter(|d| *d > today)
            .or(plan.review.next_review.filter(|d| *d > today));
        Kept {
            lang: a.lang,
            count: count(goal, a, text),
            channel: word(EvidenceRole::Channel).or(plan_channel),
            audience: word(EvidenceRole::Audience),
            deadline,
        }
    }
}

/// The user's number as the rewrite's count. An activity's number counts our own posts or campaigns,
/// not anything the audience does, so it is not carried over ("3 posts a week" is not "3 bookings").
fn count(goal: &Goal, a: &Assessment, text: &str) -> Option<Count> {
    if a.level == LadderLevel::Activity {
        return None;
    }
    let target = goal
        .target
        .or(a.figures.target)
        .filter(|t| t.is_finite() && *t > 0.0)?;
    let words = a
        .evidence
        .iter()
        .find(|e| e.role == EvidenceRole::Number)
        .map(|e| e.words(text))
        .unwrap_or("");
    let lower = words.to_lowercase();
    if lower.contains('%')
        || ["percent", "prosent", "procent"]
            .iter()
            .any(|p| lower.contains(p))
    {
        return (words.chars().count() <= 20).then(|| Count::PercentMore(words.trim().to_string()));
    }
    // A sum of money is not a count of bookings or leads; the coach proposes a number instead.
    let money = ["€", "$", "£", "kr", "nok", "sek", "dkk", "eur", "usd"];
    if money.iter().any(|m| lower.contains(m)) {
        return None;
    }
    match goal
        .baseline
        .or(a.figures.baseline)
        .filter(|b| b.is_finite() && *b >= 0.0)
    {
        Some(baseline) if baseline < target => Some(Count::FromTo { baseline, target }),
        _ => Some(Count::Plain(target)),
    }
}

/// Writes one rewrite and checks it with the scorer; `None` when it does not read as claimed.
fn rewrite(
    template: &'static Template,
    kept: &Kept,
    goal: &Goal,
    plan: &Plan,
    today: Date,
) -> Option<Suggestion> {
    let lang = kept.lang;
    let mut proposals = Vec::new();
    // Placeholders such as "[number]" would leave the rewrite unmeasurable or undated, and the scorer
    // would rightly refuse it. So where the user gave no number, channel or deadline, the coach writes a
    // modest value of its own and lists it as a proposal the app shows as the coach's, for the user to
    // change: never presented as theirs.
    let count = kept.count.clone().unwrap_or_else(|| {
        let n = f64::from(template.proposed_number);
        proposals.push(Proposal {
            slot: Slot::Number,
            value: templates::number(lang, n),
        });
        Count::Plain(n)
    });
    let channel = kept.channel.clone().unwrap_or_else(|| {
        proposals.push(Proposal {
            slot: Slot::Channel,
            value: template.proposed_channel.to_string(),
        });
        template.proposed_channel.to_string()
    });
    let deadline = kept.deadline.unwrap_or_else(|| {
        let d = end_of_quarter_after(today);
        proposals.push(Proposal {
            slot: Slot::Deadline,
            value: templates::date(lang, d),
        });
        d
    });
    let slots = Slots {
        count: &count,
        channel: Some(&channel),
        audience: kept.audience.as_deref(),
        deadline,
    };
    let text = templates::fill(template, lang, &slots).or_else(|| {
        let plain = Slots {
            audience: None,
            ..slots
        };
        templates::fill(template, lang, &plain)
    })?;
    let smart = check(template, &text, deadline, goal, plan, today)?;
    let metric = crate::catalogue::find(template.metric)?;
    Some(Suggestion {
        text,
        lang,
        metric: template.metric,
        level: metric.level,
        smart,
        why: template.why.get(lang),
        proposals,
    })
}

/// The scorer reads the rewrite as a main goal of its own, text only (as "make it the main goal" would
/// add it): on the template's metric, sure of it, not vanity, S, M and T met, and the deadline we wrote.
fn check(
    template: &Template,
    text: &str,
    deadline: Date,
    goal: &Goal,
    plan: &Plan,
    today: Date,
) -> Option<SmartMet> {
    let rewritten = Goal {
        statement: text.to_string(),
        business_goal: goal.business_goal.clone(),
        is_main: true,
        ..Goal::default()
    };
    let a = scoring::assess_goal(&rewritten, plan, today);
    let claimed = crate::catalogue::find(template.metric)?.level;
    let smart = SmartMet {
        specific: a.smart.specific.is_met(),
        measurable: a.smart.measurable.is_met(),
        time_bound: a.smart.time_bound.is_met(),
    };
    let ok = a.level == claimed
        && a.metric == Some(template.metric)
        && a.unsure.is_none()
        && smart.specific
        && smart.measurable
        && smart.time_bound
        && a.smart.relevant.status != Status::NotMet
        && a.figures.deadline == Some(deadline);
    ok.then_some(smart)
}

/// The last day of the month three months on: a season's work, the span goals are reviewed over.
fn end_of_quarter_after(today: Date) -> Date {
    let later = today.add_months(3);
    Date::new(later.year(), later.month(), 1)
        .map(|first| first.add_months(1).add_days(-1))
        .unwrap_or(later)
}

#[cfg(test)]
mod tests;
