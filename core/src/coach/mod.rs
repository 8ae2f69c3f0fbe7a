//! The goal coach: for a weak goal (levels 0-3, vanity, or missing specific / measurable / time-bound),
//! up to three rewrites that measure what the audience does for the business (levels 4-5).
//!
//! A rewrite keeps what the user wrote (channel, audience, number, deadline); what it has to add is a
//! [`Proposal`], listed so the app can show it as the coach's and not the user's. Every rewrite is read
//! back by the scorer before it is offered, and dropped if the scorer does not read it as claimed.

pub mod answer;
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
/// A number written in more words than this is a phrase, not a figure to carry over.
const MAX_NUMBER_CHARS: usize = 20;

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

    /// The text in parts, each marked true where it is a value the coach proposed, so the app can show
    /// the coach's figures as the coach's. The parts joined are the text.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        let mut marks: Vec<(usize, usize)> = Vec::new();
        for p in &self.proposals {
            // The count opens every template, so a proposed number is looked for there first.
            let at = if p.slot == Slot::Number && self.text.starts_with(&p.value) {
                Some(0)
            } else {
                self.text.find(&p.value)
            };
            if let Some(start) = at {
                let end = start + p.value.len();
                if !marks.iter().any(|&(s, e)| start < e && s < end) {
                    marks.push((start, end));
                }
            }
        }
        marks.sort_unstable();
        let mut out = Vec::new();
        let mut at = 0;
        for (start, end) in marks {
            if start > at {
                out.push((&self.text[at..start], false));
            }
            out.push((&self.text[start..end], true));
            at = end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
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
    /// The user's number, unless it counts our own output or cannot be one of the new metric: as they
    /// wrote it first, then (should the scorer read the words otherwise in the new sentence) the same
    /// value in the language's own way of writing numbers. Empty when nothing carries over.
    counts: Vec<Figure>,
    channel: Option<String>,
    audience: Option<String>,
    /// The user's deadline, when it is a date still ahead.
    deadline: Option<Date>,
    /// The plan's own date for the goals (its next review, the end of its period), still ahead.
    plan_deadline: Option<Date>,
}

/// A count the rewrite carries over, with the values the scorer must read back from the new sentence:
/// the user's figure is kept as its value, never turned into another one.
#[derive(Debug, Clone, PartialEq)]
struct Figure {
    count: Count,
    /// `None` for a change in percent, which is checked as words.
    target: Option<f64>,
    baseline: Option<f64>,
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
        // A deadline that has passed is no longer one to keep, and a vague one ("soon", "snart") is no
        // date at all: the scorer gives neither as the goal's deadline.
        Kept {
            lang: a.lang,
            counts: counts(goal, a, text, today),
            // "on x": the letter is the platform X, and the rewrite writes it as the name it is.
            channel: word(EvidenceRole::Channel)
                .map(|w| {
                    if w.chars().count() == 1 {
                        w.to_uppercase()
                    } else {
                        w
                    }
                })
                .or(plan_channel),
            audience: word(EvidenceRole::Audience),
            deadline: a.deadline.filter(|d| *d > today),
            plan_deadline: plan.review.next_review.filter(|d| *d > today),
        }
    }
}

/// The user's number as the rewrite's count, best first: their own words for it, then the same value
/// as the language writes numbers. An activity's number counts our own posts or campaigns, not anything
/// the audience does, so it is not carried over ("3 posts a week" is not "3 bookings"); nor is a sum of
/// money, a rate's value ("an engagement rate of 5 %" is not "5 % more bookings"), or a figure the text
/// only implies ("double" from 500 is 1 000, but the user never wrote 1 000).
fn counts(goal: &Goal, a: &Assessment, text: &str, today: Date) -> Vec<Figure> {
    if a.level == LadderLevel::Activity {
        return Vec::new();
    }
    let usable = |x: f64| x.is_finite() && x > 0.0;
    let Some(target) = goal.target.or(a.figures.target).filter(|t| usable(*t)) else {
        return Vec::new();
    };
    let written = scoring::written_numbers(text, today);
    let words = |n: &scoring::WrittenNumber| {
        text.get(n.span.start..n.span.end)
            .map(str::trim)
            .filter(|w| !w.is_empty() && w.chars().count() <= MAX_NUMBER_CHARS)
            .map(str::to_string)
    };
    let target_words = written
        .iter()
        .find(|n| n.is_count && n.value == target)
        .and_then(|n| words(n).map(|w| (n.span, w)));
    // A number typed into the goal's target field is the user's too, though not in the text.
    if target_words.is_none() && goal.target.is_none() {
        let rate = a
            .metric
            .and_then(crate::catalogue::find)
            .is_some_and(|m| m.formula.is_some());
        return match written.first() {
            Some(n) if n.is_percent && !rate => words(n)
                .map(|w| Figure {
                    count: Count::PercentMore(w),
                    target: None,
                    baseline: None,
                })
                .into_iter()
                .collect(),
            _ => Vec::new(),
        };
    }
    let baseline = goal
        .baseline
        .or(a.figures.baseline)
        .filter(|b| b.is_finite() && *b >= 0.0 && *b < target);
    let mut out = Vec::new();
    if let Some((span, target_words)) = target_words {
        let baseline_words = baseline.map(|b| {
            written
                .iter()
                .find(|n| n.is_count && n.value == b && n.span != span)
                .and_then(words)
                .unwrap_or_else(|| templates::number(a.lang, b))
        });
        out.push(Figure {
            count: match baseline_words {
                Some(baseline) => Count::WrittenFromTo {
                    baseline,
                    target: target_words,
                },
                None => Count::Written(target_words),
            },
            target: Some(target),
            baseline,
        });
    }
    out.push(Figure {
        count: match baseline {
            Some(baseline) => Count::FromTo { baseline, target },
            None => Count::Plain(target),
        },
        target: Some(target),
        baseline,
    });
    out
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
    // would rightly refuse it. So where the user gave no number, channel or deadline (or a vague one,
    // "soon"), the coach writes a modest value of its own and lists it as a proposal, which the app
    // marks in the text as the coach's, for the user to change: never presented as theirs.
    let proposed_count = || {
        let n = f64::from(template.proposed_number);
        Figure {
            count: Count::Plain(n),
            target: Some(n),
            baseline: None,
        }
    };
    let figures: Vec<Figure> = if kept.counts.is_empty() {
        proposals.push(Proposal {
            slot: Slot::Number,
            value: templates::number(lang, f64::from(template.proposed_number)),
        });
        vec![proposed_count()]
    } else {
        kept.counts.clone()
    };
    let channel = kept.channel.clone().unwrap_or_else(|| {
        proposals.push(Proposal {
            slot: Slot::Channel,
            value: template.proposed_channel.to_string(),
        });
        template.proposed_channel.to_string()
    });
    let deadline = kept.deadline.unwrap_or_else(|| {
        let d = kept
            .plan_deadline
            .unwrap_or_else(|| proposed_deadline(today));
        proposals.push(Proposal {
            slot: Slot::Deadline,
            value: templates::date(lang, d),
        });
        d
    });
    // The user's words for their number first; the same value written the language's way only if the
    // scorer would read their words otherwise in the new sentence.
    figures.iter().find_map(|figure| {
        let slots = Slots {
            count: &figure.count,
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
        let smart = check(template, &text, deadline, figure, goal, plan, today)?;
        let metric = crate::catalogue::find(template.metric)?;
        Some(Suggestion {
            text,
            lang,
            metric: template.metric,
            level: metric.level,
            smart,
            why: template.why.get(lang),
            proposals: proposals.clone(),
        })
    })
}

/// The scorer reads the rewrite as a main goal of its own, text only (as "make it the main goal" would
/// add it): on the template's metric, sure of it, not vanity, S, M and T met, the deadline we wrote, and the
/// figures we carried over, read back as the same values.
fn check(
    template: &Template,
    text: &str,
    deadline: Date,
    figure: &Figure,
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
        && a.figures.deadline == Some(deadline)
        && figure.target.is_none_or(|t| a.figures.target == Some(t))
        && figure
            .baseline
            .is_none_or(|b| a.figures.baseline == Some(b));
    ok.then_some(smart)
}

/// The date the coach proposes when neither the goal nor the plan gives one: three months from today, a
/// season's work and the span goals are reviewed over.
fn proposed_deadline(today: Date) -> Date {
    today.add_months(3)
}

#[cfg(test)]
mod tests;
