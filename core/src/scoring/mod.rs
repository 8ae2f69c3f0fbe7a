//! The scoring engine: reads a goal (its text and what the plan knows of it) and says where it sits on
//! the ladder, how it fares on SMART, and what to do about it.
//!
//! One entry point, [`assess`]; [`assess_goal`] builds its input from the plan model. Everything is
//! plain data in and out: "today" is passed in, no clock is read.

mod bench;
mod certainty;
mod deadlines;
mod findings;
mod langdetect;
mod lexicon;
mod messages;
mod numbers;
mod okr;
mod placement;
mod reading;
mod smart;
mod spare;
mod text;
mod vanity;
mod vocab;

use serde::Serialize;

pub use bench::sample_goals;
pub use findings::{Finding, Rule};
pub use okr::{
    assess_key_result, assess_objective_key_results, key_result_score, objective_score,
    read_key_result, score_key_result, score_objective, SUCCESS_SCORE,
};
pub use smart::{Check, Smart, Status};
pub use text::Span;

use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::lang::Lang;
use crate::plan::{self, MetricChoice};

/// What the scorer reads about one goal. Everything but the text is optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalInput<'a> {
    pub text: &'a str,
    /// The text's language; detected when `None`.
    pub lang: Option<Lang>,
    pub metric: Option<&'a MetricChoice>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub start: Option<Date>,
    pub deadline: Option<Date>,
    pub is_main: bool,
    /// The statement of the business goal this goal serves.
    pub business_goal: Option<&'a str>,
}

impl<'a> GoalInput<'a> {
    pub fn from_text(text: &'a str) -> GoalInput<'a> {
        GoalInput {
            text,
            ..GoalInput::default()
        }
    }

    pub fn with_lang(self, lang: Lang) -> GoalInput<'a> {
        GoalInput {
            lang: Some(lang),
            ..self
        }
    }
}

/// What the scorer knows of the plan around the goal.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanContext<'a> {
    pub today: Date,
    /// Statements of all the plan's business goals.
    pub business_goals: Vec<&'a str>,
}

impl<'a> PlanContext<'a> {
    pub fn new(today: Date) -> PlanContext<'a> {
        PlanContext {
            today,
            business_goals: Vec::new(),
        }
    }
}

/// Why a part of the text was read as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceRole {
    /// The metric that set the level.
    Level,
    /// The higher aim named but not measured.
    Aim,
    Channel,
    Audience,
    Deadline,
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Evidence {
    pub role: EvidenceRole,
    /// Bytes of the goal's text; `None` when the evidence is a field, such as the chosen metric.
    pub span: Option<Span>,
    /// The catalogue metric behind it, if any.
    pub metric: Option<&'static str>,
}

impl Evidence {
    /// The words of the text this evidence points at.
    pub fn words<'t>(&self, text: &'t str) -> &'t str {
        self.span
            .and_then(|s| text.get(s.start..s.end))
            .unwrap_or("")
    }
}

/// The scorer's verdict on one goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub lang: Lang,
    /// The goal's language was given or is clear from its words; if not, advice is best shown in the
    /// interface's language ([`Assessment::advice_lang`]).
    pub lang_clear: bool,
    /// The level of what the goal measures; [`LadderLevel::Activity`] for our own output, and also when
    /// nothing was recognised (then `confidence` is 0).
    pub level: LadderLevel,
    pub confidence: f32,
    /// The catalogue metric that set the level.
    pub metric: Option<&'static str>,
    pub aim_level: Option<LadderLevel>,
    pub aim_metric: Option<&'static str>,
    pub evidence: Vec<Evidence>,
    pub smart: Smart,
    /// What to do next, most important first.
    pub advice: Vec<Finding>,
    /// The deadline from the field, else the one read from the text.
    pub deadline: Option<Date>,
    /// What the text itself says of baseline, target and deadline.
    pub figures: Figures,
    /// The level the user set by hand, reported alongside; the scorer does not apply it.
    pub level_override: Option<LadderLevel>,
    /// Set when the scorer could not place the goal with confidence: the two most likely levels, the
    /// likelier first. `level` is still its best guess, but the app asks the user instead of asserting it.
    pub unsure: Option<[LadderLevel; 2]>,
}

impl Assessment {
    /// The language to show advice and reasons in: the goal's own where its words make it clear, else
    /// the interface's ("Flere likes" in a Norwegian interface gets Norwegian advice).
    pub fn advice_lang(&self, interface: Lang) -> Lang {
        if self.lang_clear {
            self.lang
        } else {
            interface
        }
    }

    /// The level the goal is shown and counted at: the user's own where they set one, else the scorer's.
    pub fn shown_level(&self) -> LadderLevel {
        self.level_override.unwrap_or(self.level)
    }

    /// The scorer could not place the goal and the user has not either: shown as "to check", never as
    /// a level, and left out of counts by level.
    pub fn needs_check(&self) -> bool {
        self.unsure.is_some() && self.level_override.is_none()
    }
}

/// The numbers and the date a goal's words give, read as the person meant them: "fra 1.200 til 2.000
/// inden udgangen af 2027" starts at 1 200, aims at 2 000 and ends on 31 December 2027.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Figures {
    pub baseline: Option<f64>,
    /// The number the goal aims at; with "from X to Y", Y.
    pub target: Option<f64>,
    pub deadline: Option<Date>,
    /// A bare four-digit number read as a count ("til 2030 ordre") that could also have been a year:
    /// the other reading, for a hint.
    pub year_like_count: Option<i32>,
}

/// Everything read from one text, shared by the rules.
pub(crate) struct Analysis<'a> {
    pub reading: reading::Reading<'a>,
    pub time: deadlines::TimeReading,
    pub quantities: Vec<numbers::Quantity>,
    pub placement: placement::Placement,
    pub figures: Figures,
}

impl Drop for Analysis<'_> {
    fn drop(&mut self) {
        numbers::give_back(std::mem::take(&mut self.quantities));
    }
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str, lang: Option<Lang>, today: Date) -> Analysis<'a> {
        let mut reading = reading::Reading::new(readable_part(text), lang);
        let time = deadlines::read(&reading, today);
        reading.set_aside_mentions_in(&time.consumed);
        reading.set_aside_topics();
        reading.set_aside_definitions();
        let quantities = numbers::read(&reading, &time.consumed);
        let mut placement = placement::place(&reading, &quantities);
        let cadence = time.rate && !quantities.is_empty();
        let money = quantities
            .iter()
            .any(|q| q.kind == numbers::QuantityKind::Money);
        // Every number a share, or a number of minutes or seconds: no count of anything.
        let share_or_length = !quantities.is_empty()
            && quantities.iter().all(|q| {
                q.kind == numbers::QuantityKind::Percent
                    || reading.has(q.last + 1, vocab::c::UNIT_SHORT)
            });
        placement::refine(
            &reading,
            &mut placement,
            time.response_limit,
            cadence,
            money,
            share_or_length,
        );
        let start = numbers::start_and_target(&reading, &quantities, &time.past_years);
        let figures = Figures {
            baseline: start.baseline,
            target: start.target,
            deadline: time.deadline,
            year_like_count: time.year_like_count,
        };
        Analysis {
            reading,
            time,
            quantities,
            placement,
            figures,
        }
    }
}

/// The part of a text the scorer reads: at most as many characters as a goal statement may have
/// (`limits::MAX_STATEMENT_CHARS`), so a pasted novel costs no more than a long goal.
fn readable_part(text: &str) -> &str {
    // No more bytes than the limit holds no more characters: nearly every goal is that short, and
    // counting its characters cost a tenth of the reading's time.
    if text.len() <= crate::limits::MAX_STATEMENT_CHARS {
        return text;
    }
    match text.char_indices().nth(crate::limits::MAX_STATEMENT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// One number as a goal's text writes it: where it stands, what it is worth, and what kind it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct WrittenNumber {
    pub span: Span,
    pub value: f64,
    /// A count of something, not a share, a sum of money or a factor ("double").
    pub is_count: bool,
    pub is_percent: bool,
}

/// The numbers a goal's text gives, in text order, as written: for the coach, which keeps the user's own
/// words for a number rather than a figure of its own writing.
pub(crate) fn written_numbers(text: &str, today: Date) -> Vec<WrittenNumber> {
    let a = Analysis::new(text, None, today);
    a.quantities
        .iter()
        .map(|q| WrittenNumber {
            span: a.reading.text.span(q.first, q.last),
            value: q.value,
            is_count: q.kind == numbers::QuantityKind::Count,
            is_percent: q.kind == numbers::QuantityKind::Percent,
        })
        .collect()
}

/// The baseline, target and deadline a goal's text gives, counted from `today`: what the editor offers
/// for a goal's empty fields.
pub fn read_figures(text: &str, today: Date) -> Figures {
    Analysis::new(text, None, today).figures
}

/// Assesses one goal.
pub fn assess(goal: &GoalInput, ctx: &PlanContext) -> Assessment {
    let a = Analysis::new(goal.text, goal.lang, ctx.today);
    let chosen = goal.metric.and_then(chosen_metric);
    let text_level = a.placement.level();
    let (level, confidence, metric) = match (chosen, a.placement.head) {
        (Some((level, id)), _) => (level, 1.0, id),
        (None, Some((found, via))) => (found.metric.level, via.confidence(), Some(found.metric.id)),
        (None, None) => (LadderLevel::Activity, 0.0, None),
    };
    let unsure = if chosen.is_some() {
        None
    } else {
        certainty::unsure(&a, level)
    };
    // With nothing recognised, the best guess is the likelier of the two levels offered.
    let level = match (metric, unsure) {
        (None, Some([likelier, _])) if chosen.is_none() => likelier,
        _ => level,
    };
    let known = chosen.is_some() || text_level.is_some();
    let aim = a.placement.aim.filter(|aim| aim.metric.level > level);

    let label = metric_label(goal.metric, metric, level);
    let verdict = smart::Verdict {
        known,
        level,
        metric,
        label,
        aim: aim.map(|f| f.metric.id),
        unsure: unsure.is_some(),
    };
    let smart = smart::check(&a, goal, ctx, &verdict);
    let mut evidence = evidence(&a, chosen.is_some(), metric);
    if let Some(aim) = aim {
        evidence.push(Evidence {
            role: EvidenceRole::Aim,
            span: Some(a.reading.text.span(aim.first, aim.last)),
            metric: Some(aim.metric.id),
        });
    }
    let advice = smart::advice(&a, goal, &smart, &verdict, ctx.today);
    Assessment {
        lang: a.reading.lang,
        lang_clear: a.reading.lang_clear,
        level,
        confidence,
        metric,
        aim_level: aim.map(|f| f.metric.level),
        aim_metric: aim.map(|f| f.metric.id),
        evidence,
        smart,
        advice,
        deadline: goal.deadline.or(a.time.deadline),
        figures: a.figures,
        level_override: None,
        unsure,
    }
}

/// The deadline a goal's words give ("by 31 March", "innen sommeren"), counted from `today`: for a goal
/// whose deadline field is empty.
pub fn deadline_in_text(text: &str, today: Date) -> Option<Date> {
    deadlines::read(&reading::Reading::new(text, None), today).deadline
}

/// Assesses a goal of a plan: its metric, numbers, deadline and the business goal it serves.
pub fn assess_goal(goal: &plan::Goal, plan: &plan::Plan, today: Date) -> Assessment {
    let business_goal = goal
        .business_goal
        .as_ref()
        .and_then(|id| plan.business_goals.iter().find(|b| &b.id == id))
        .map(|b| b.statement.as_str());
    let input = GoalInput {
        text: &goal.statement,
        lang: None,
        metric: goal.metric.as_ref(),
        baseline: goal.baseline,
        target: goal.target,
        start: goal.start,
        deadline: goal.deadline,
        is_main: goal.is_main,
        business_goal,
    };
    let ctx = PlanContext {
        today,
        business_goals: plan
            .business_goals
            .iter()
            .map(|b| b.statement.as_str())
            .collect(),
    };
    Assessment {
        level_override: goal.level_override.as_ref().map(|o| o.level),
        ..assess(&input, &ctx)
    }
}

fn chosen_metric(choice: &MetricChoice) -> Option<(LadderLevel, Option<&'static str>)> {
    match choice {
        MetricChoice::Catalogue { metric } => {
            crate::catalogue::find(metric).map(|m| (m.level, Some(m.id)))
        }
        MetricChoice::Custom { level, .. } => Some((*level, None)),
    }
}

/// What to call the measured metric in a message: its catalogue id, the user's own name, or the rung.
/// (Borrowed, not copied: the messages copy what they keep.)
fn metric_label<'c>(
    choice: Option<&'c MetricChoice>,
    metric: Option<&'static str>,
    level: LadderLevel,
) -> &'c str {
    match (metric, choice) {
        (Some(id), _) => id,
        (None, Some(MetricChoice::Custom { name, .. })) => name,
        _ => level.name(Lang::En),
    }
}

fn evidence(a: &Analysis, chosen: bool, metric: Option<&'static str>) -> Vec<Evidence> {
    let r = &a.reading;
    let mut out = Vec::with_capacity(4);
    if chosen {
        out.push(Evidence {
            role: EvidenceRole::Level,
            span: None,
            metric,
        });
    } else if let Some((found, _)) = a.placement.head {
        out.push(Evidence {
            role: EvidenceRole::Level,
            span: Some(r.text.span(found.first, found.last)),
            metric: Some(found.metric.id),
        });
    }
    if let Some(q) = a.quantities.first() {
        out.push(Evidence {
            role: EvidenceRole::Number,
            span: Some(r.text.span(q.first, q.last)),
            metric: None,
        });
    }
    if let Some(span) = a.time.span {
        out.push(Evidence {
            role: EvidenceRole::Deadline,
            span: Some(span),
            metric: None,
        });
    }
    if let Some(i) = r.facts.iter().position(|f| f.channel) {
        out.push(Evidence {
            role: EvidenceRole::Channel,
            span: Some(r.text.span(i, i)),
            metric: None,
        });
    }
    if let Some(i) = smart::audience_token(a) {
        out.push(Evidence {
            role: EvidenceRole::Audience,
            span: Some(r.text.span(i, i)),
            metric: None,
        });
    }
    out
}

#[cfg(test)]
mod tests;
