//! A plan as Markdown, to paste into a report or a learning platform.
//!
//! Everything the user wrote is escaped, so a goal that starts with `#` or holds a `|` cannot turn into
//! a heading or break a table.

use std::fmt::Write;

use super::feedback::{comment_state, criterion_name, CommentState};
use super::letters::{SmartLetter, SmartStatus};
use crate::calendar::Date;
use crate::lang::{Lang, Localized};
use crate::numerals::figure;
use crate::plan::{GroundswellObjective, Plan};
use crate::review::{self, ReviewStatus};
use crate::scoring::{self, Check};
use crate::warnings::{self, SmartTally};

#[derive(Clone, Copy)]
enum Label {
    Business,
    Audiences,
    BusinessGoals,
    Goals,
    MainGoal,
    SubGoal,
    Level,
    ToCheck,
    LikeliestLevels,
    SetByHand,
    FromText,
    Aim,
    ServesBusinessGoal,
    Numbers,
    Deadline,
    Advice,
    Okr,
    KeyResult,
    Score,
    Strategy,
    Platforms,
    Measuring,
    Review,
    NextReview,
    Due,
    NoneYet,
    TeacherComment,
    TeacherFeedback,
    StatementChanged,
    GoalGone,
    PointsByHand,
}

fn label(key: Label, lang: Lang) -> &'static str {
    let l = |en, nb, sv, da| Localized { en, nb, sv, da };
    let text = match key {
        Label::Business => l(
            "The business",
            "Virksomheten",
            "Verksamheten",
            "Virksomheden",
        ),
        Label::Audiences => l("Audiences", "Målgrupper", "Målgrupper", "Målgrupper"),
        Label::BusinessGoals => l(
            "Business goals",
            "Virksomhetsmål",
            "Verksamhetsmål",
            "Forretningsmål",
        ),
        Label::Goals => l(
            "Social-media goals",
            "Mål for sosiale medier",
            "Mål för sociala medier",
            "Mål for sociale medier",
        ),
        Label::MainGoal => l("Main goal", "Hovedmål", "Huvudmål", "Hovedmål"),
        Label::SubGoal => l(
            "Sub-goal or indicator",
            "Delmål eller indikator",
            "Delmål eller indikator",
            "Delmål eller indikator",
        ),
        Label::Level => l("Level", "Nivå", "Nivå", "Niveau"),
        Label::ToCheck => l("to check", "må sjekkes", "att kontrollera", "skal tjekkes"),
        Label::LikeliestLevels => l(
            "the scorer could not place it; likeliest",
            "vurderingen kunne ikke plassere det; mest sannsynlig",
            "bedömningen kunde inte placera det; troligast",
            "vurderingen kunne ikke placere det; mest sandsynligt",
        ),
        Label::SetByHand => l(
            "set by hand; the scorer could not place it",
            "satt for hånd; vurderingen kunne ikke plassere det",
            "satt för hand; bedömningen kunde inte placera det",
            "sat i hånden; vurderingen kunne ikke placere det",
        ),
        Label::FromText => l(
            "read from the goal's text",
            "lest fra målets tekst",
            "läst ur målets text",
            "læst fra målets tekst",
        ),
        Label::Aim => l("aim", "formål", "syfte", "formål"),
        Label::ServesBusinessGoal => l("Serves", "Støtter", "Stöder", "Støtter"),
        Label::Numbers => l(
            "Baseline → target",
            "Utgangspunkt → mål",
            "Utgångsläge → mål",
            "Udgangspunkt → mål",
        ),
        Label::Deadline => l("Deadline", "Frist", "Deadline", "Frist"),
        Label::Advice => l("Advice", "Råd", "Råd", "Råd"),
        Label::Okr => l("OKR", "OKR", "OKR", "OKR"),
        Label::KeyResult => l(
            "Key result",
            "Nøkkelresultat",
            "Nyckelresultat",
            "Nøgleresultat",
        ),
        Label::Score => l("Score", "Score", "Poäng", "Score"),
        Label::Strategy => l("Strategy", "Strategi", "Strategi", "Strategi"),
        Label::Platforms => l("Platforms", "Plattformer", "Plattformar", "Platforme"),
        Label::Measuring => l(
            "How we measure",
            "Slik måler vi",
            "Så mäter vi",
            "Sådan måler vi",
        ),
        Label::Review => l("Review", "Gjennomgang", "Uppföljning", "Gennemgang"),
        Label::NextReview => l(
            "Next review",
            "Neste gjennomgang",
            "Nästa uppföljning",
            "Næste gennemgang",
        ),
        Label::Due => l("due", "på tide", "dags", "tid"),
        Label::NoneYet => l("None yet.", "Ingen ennå.", "Inga än.", "Ingen endnu."),
        Label::TeacherComment => l(
            "Teacher's comment",
            "Lærerens kommentar",
            "Lärarens kommentar",
            "Lærerens kommentar",
        ),
        Label::TeacherFeedback => l(
            "Teacher's feedback",
            "Tilbakemelding fra læreren",
            "Återkoppling från läraren",
            "Feedback fra læreren",
        ),
        Label::StatementChanged => l(
            "on the goal as handed in",
            "på målet slik det ble levert",
            "på målet som det lämnades in",
            "på målet, som det blev afleveret",
        ),
        Label::GoalGone => l(
            "on a goal no longer in the plan",
            "på et mål som ikke lenger er i planen",
            "på ett mål som inte längre finns i planen",
            "på et mål, der ikke længere er i planen",
        ),
        Label::PointsByHand => l(
            "Points set by the teacher",
            "Poeng satt av læreren",
            "Poäng satta av läraren",
            "Point sat af læreren",
        ),
    };
    text.get(lang)
}

fn approach_name(o: GroundswellObjective, lang: Lang) -> &'static str {
    let l = |en, nb, sv, da| Localized { en, nb, sv, da };
    let text = match o {
        GroundswellObjective::Listening => l("listening", "lytte", "lyssna", "lytte"),
        GroundswellObjective::Talking => l("talking", "snakke", "prata", "tale"),
        GroundswellObjective::Energizing => {
            l("energizing", "begeistre", "entusiasmera", "begejstre")
        }
        GroundswellObjective::Supporting => l("supporting", "støtte", "stödja", "støtte"),
        GroundswellObjective::Embracing => l("embracing", "involvere", "involvera", "involvere"),
    };
    text.get(lang)
}

/// Escapes text for one line of Markdown: line breaks become spaces, and characters that could start
/// markup (emphasis, links, HTML, tables, headings, lists) are backslash-escaped.
pub fn escape_inline(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(out)
}

/// A line that would start a list, a heading underline or a numbered item gets its marker escaped.
fn escape_line_start(line: String) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = line[digits..].chars().next();
    match (digits, marker) {
        (0, Some('-' | '+' | '=')) => format!("\\{line}"),
        (1.., Some('.' | ')')) => format!("{}\\{}", &line[..digits], &line[digits..]),
        _ => line,
    }
}

/// Escapes a text of several lines: paragraphs stay apart, lines within one are kept as line breaks.
pub fn escape_block(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(escape_inline)
                .collect::<Vec<_>>()
                .join("\\\n")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A date as the language writes it in figures: 2027-12-31 in English and Swedish, 31.12.2027 in
/// Norwegian and Danish.
fn local_date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::En | Lang::Sv => d.to_string(),
        Lang::Nb | Lang::Da => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
    }
}

/// A 0.0-1.0 score with two decimals, as the app shows it.
fn score(x: f64, lang: Lang) -> String {
    crate::numerals::decimal(x, 2, lang)
}

/// The plan as a Markdown document, headings and scorer messages in `lang`, goals assessed as of `today`:
/// its sections in the editor's order, then the teacher's feedback if it has any.
pub fn plan_markdown(plan: &Plan, lang: Lang, today: Date) -> String {
    let mut md = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(md, "# {}\n", escape_inline(plan.display_title()));
    text_section(&mut md, Label::Business, &plan.description, lang);
    audiences(&mut md, plan, lang);
    business_goals(&mut md, plan, lang);
    goals(&mut md, plan, lang, today);
    okr(&mut md, plan, lang);
    text_section(&mut md, Label::Strategy, &plan.strategy.text, lang);
    let _ = writeln!(md, "## {}\n", label(Label::Platforms, lang));
    list(
        &mut md,
        plan.platforms.iter().map(|p| escape_inline(&p.name)),
        label(Label::NoneYet, lang),
    );
    // Written only when the plan has taken a way from the coach, so older plans export as before.
    if !plan.measuring.is_empty() {
        let _ = writeln!(md, "## {}\n", label(Label::Measuring, lang));
        list(
            &mut md,
            plan.measuring.iter().map(|m| escape_inline(&m.text)),
            label(Label::NoneYet, lang),
        );
    }
    next_review(&mut md, plan, lang, today);
    if let Some(feedback) = &plan.feedback {
        feedback_markdown(&mut md, plan, feedback, lang);
    }
    md
}

/// A heading and the user's text under it, or "none yet".
fn text_section(md: &mut String, heading: Label, text: &str, lang: Lang) {
    let _ = writeln!(md, "## {}\n", label(heading, lang));
    let text = escape_block(text);
    let _ = writeln!(
        md,
        "{}\n",
        if text.is_empty() {
            label(Label::NoneYet, lang).to_string()
        } else {
            text
        }
    );
}

fn audiences(md: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(md, "## {}\n", label(Label::Audiences, lang));
    list(
        md,
        plan.audiences.iter().map(|a| {
            let description = escape_inline(&a.description);
            if description.is_empty() {
                format!("**{}**", escape_inline(&a.name))
            } else {
                format!("**{}**: {description}", escape_inline(&a.name))
            }
        }),
        label(Label::NoneYet, lang),
    );
}

fn business_goals(md: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(md, "## {}\n", label(Label::BusinessGoals, lang));
    list(
        md,
        plan.business_goals.iter().map(|b| {
            let approaches: Vec<&str> = b
                .approaches
                .iter()
                .map(|o| approach_name(*o, lang))
                .collect();
            if approaches.is_empty() {
                escape_inline(&b.statement)
            } else {
                format!(
                    "{} · {}",
                    escape_inline(&b.statement),
                    approaches.join(", ")
                )
            }
        }),
        label(Label::NoneYet, lang),
    );
}

/// The social-media goals, each with its level, figures, SMART checks, advice and the teacher's comment;
/// above them the SMART figure the student's overview shows, from the same tally.
fn goals(md: &mut String, plan: &Plan, lang: Lang, today: Date) {
    let _ = writeln!(md, "## {}\n", label(Label::Goals, lang));
    if plan.goals.is_empty() {
        let _ = writeln!(md, "{}\n", label(Label::NoneYet, lang));
    }
    let assessments: Vec<_> = plan
        .goals
        .iter()
        .map(|g| scoring::assess_goal(g, plan, today))
        .collect();
    let tally = warnings::smart_tally(plan.goals.iter().zip(&assessments));
    if let Some(words) = tally.words(lang) {
        let _ = writeln!(md, "{}: {words}\n", SmartTally::LABEL.get(lang));
    }
    for (i, (goal, a)) in plan.goals.iter().zip(&assessments).enumerate() {
        let _ = writeln!(md, "### {}. {}\n", i + 1, escape_inline(&goal.statement));
        let kind = if goal.is_main {
            Label::MainGoal
        } else {
            Label::SubGoal
        };
        let _ = writeln!(md, "- {}", label(kind, lang));
        let _ = writeln!(md, "{}", level_line(a, lang));
        if let Some(b) = goal
            .business_goal
            .as_ref()
            .and_then(|id| plan.business_goals.iter().find(|b| &b.id == id))
        {
            let _ = writeln!(
                md,
                "- {}: {}",
                label(Label::ServesBusinessGoal, lang),
                escape_inline(&b.statement)
            );
        }
        figures(md, goal, a, lang);
        smart_and_advice(md, a, lang);
        teacher_comment(md, plan, goal, lang);
        md.push('\n');
    }
}

/// "- Level: 5 transaction (aim: …)"; a goal the scorer could not place is never written as a level of
/// its own, only as to check with its two likeliest levels.
fn level_line(a: &scoring::Assessment, lang: Lang) -> String {
    let or = Localized {
        en: "or",
        nb: "eller",
        sv: "eller",
        da: "eller",
    }
    .get(lang);
    let rung = |l: crate::ladder::LadderLevel| format!("{} {}", l.number(), l.name(lang));
    let mut level = match (a.unsure, a.level_override) {
        (Some([first, second]), None) => format!(
            "- {}: {} ({} {} {or} {})",
            label(Label::Level, lang),
            label(Label::ToCheck, lang),
            label(Label::LikeliestLevels, lang),
            rung(first),
            rung(second)
        ),
        (Some(_), Some(own)) => format!(
            "- {}: {} ({})",
            label(Label::Level, lang),
            rung(own),
            label(Label::SetByHand, lang)
        ),
        (None, _) => format!("- {}: {}", label(Label::Level, lang), rung(a.level)),
    };
    if let Some(aim) = a.aim_level {
        let _ = write!(
            level,
            " ({}: {} {})",
            label(Label::Aim, lang),
            aim.number(),
            aim.name(lang)
        );
    }
    level
}

/// Baseline → target and the deadline; where a field is empty, what the goal's own words say
/// ("fra 1.200 til 2.000"), marked as read from the text.
fn figures(md: &mut String, goal: &crate::plan::Goal, a: &scoring::Assessment, lang: Lang) {
    let baseline = goal.baseline.or(a.figures.baseline);
    let target = goal.target.or(a.figures.target);
    let from_text = (goal.baseline.is_none() && a.figures.baseline.is_some())
        || (goal.target.is_none() && a.figures.target.is_some());
    let read_note = |read: bool| {
        if read {
            format!(" ({})", label(Label::FromText, lang))
        } else {
            String::new()
        }
    };
    if baseline.is_some() || target.is_some() {
        let show = |x: Option<f64>| x.map(|x| figure(x, lang)).unwrap_or_else(|| "?".into());
        let unit = escape_inline(&goal.unit);
        let unit = if unit.is_empty() {
            unit
        } else {
            format!(" {unit}")
        };
        let _ = writeln!(
            md,
            "- {}: {} → {}{unit}{}",
            label(Label::Numbers, lang),
            show(baseline),
            show(target),
            read_note(from_text)
        );
    }
    if let Some(deadline) = a.deadline {
        let _ = writeln!(
            md,
            "- {}: {}{}",
            label(Label::Deadline, lang),
            local_date(deadline, lang),
            read_note(goal.deadline.is_none())
        );
    }
}

fn smart_and_advice(md: &mut String, a: &scoring::Assessment, lang: Lang) {
    let checks: [(SmartLetter, &Check); 5] = [
        (SmartLetter::Specific, &a.smart.specific),
        (SmartLetter::Measurable, &a.smart.measurable),
        (SmartLetter::Attainable, &a.smart.attainable),
        (SmartLetter::Relevant, &a.smart.relevant),
        (SmartLetter::TimeBound, &a.smart.time_bound),
    ];
    let _ = writeln!(md, "- SMART:");
    for (letter, check) in checks {
        let status = SmartStatus::from(check.status);
        let _ = writeln!(
            md,
            "  - {} {}: {}",
            status.symbol(),
            letter.name(lang),
            escape_inline(&check.reason.message(lang))
        );
    }
    if !a.advice.is_empty() {
        let _ = writeln!(md, "- {}:", label(Label::Advice, lang));
        for f in &a.advice {
            let _ = writeln!(md, "  - {}", escape_inline(&f.message(lang)));
        }
    }
}

/// The teacher's comment on a goal, with the wording it was given on when the goal has changed since.
fn teacher_comment(md: &mut String, plan: &Plan, goal: &crate::plan::Goal, lang: Lang) {
    let Some(c) = plan.feedback.as_ref().and_then(|f| f.on_goal(&goal.id)) else {
        return;
    };
    let _ = write!(
        md,
        "- {}: {}",
        label(Label::TeacherComment, lang),
        escape_inline(&c.comment)
    );
    if let CommentState::StatementChanged { .. } = comment_state(plan, c) {
        let _ = write!(
            md,
            " ({} \"{}\")",
            label(Label::StatementChanged, lang),
            escape_inline(&c.statement_at_hand_in)
        );
    }
    md.push('\n');
}

/// Each OKR objective with its score and a table of its key results.
fn okr(md: &mut String, plan: &Plan, lang: Lang) {
    let none = label(Label::NoneYet, lang);
    let _ = writeln!(md, "## {}\n", label(Label::Okr, lang));
    if plan.objectives.is_empty() {
        let _ = writeln!(md, "{none}\n");
    }
    for o in &plan.objectives {
        let mut heading = format!("### {}", escape_inline(&o.statement));
        if let Some(s) = scoring::score_objective(o) {
            let _ = write!(
                heading,
                " ({}: {})",
                label(Label::Score, lang).to_lowercase(),
                score(s, lang)
            );
        }
        let _ = writeln!(md, "{heading}\n");
        if o.key_results.is_empty() {
            let _ = writeln!(md, "{none}\n");
            continue;
        }
        let _ = writeln!(
            md,
            "| {} | {} |\n|---|---:|",
            label(Label::KeyResult, lang),
            label(Label::Score, lang)
        );
        for kr in &o.key_results {
            let s = scoring::score_key_result(kr)
                .map(|s| score(s, lang))
                .unwrap_or_else(|| "–".into());
            let _ = writeln!(md, "| {} | {s} |", escape_inline(&kr.statement));
        }
        md.push('\n');
    }
}

fn next_review(md: &mut String, plan: &Plan, lang: Lang, today: Date) {
    let _ = writeln!(md, "## {}\n", label(Label::Review, lang));
    let (date, due) = match review::status(plan, today) {
        ReviewStatus::Upcoming { date, .. } => (date, None),
        ReviewStatus::Due { date, .. } => (date, Some(label(Label::Due, lang))),
    };
    let due = due.map(|d| format!(" ({d})")).unwrap_or_default();
    let _ = writeln!(
        md,
        "{}: {}{due}",
        label(Label::NextReview, lang),
        local_date(date, lang)
    );
}

/// The teacher's comment on the plan, the points set by hand, and comments on goals no longer in it
/// (comments on the goals that are stand under each goal).
fn feedback_markdown(md: &mut String, plan: &Plan, feedback: &crate::plan::Feedback, lang: Lang) {
    let _ = writeln!(md, "\n## {}\n", label(Label::TeacherFeedback, lang));
    let comment = escape_block(&feedback.comment);
    if !comment.is_empty() {
        let _ = writeln!(md, "{comment}\n");
    }
    if !feedback.overrides.is_empty() {
        let _ = writeln!(md, "{}:\n", label(Label::PointsByHand, lang));
        for o in &feedback.overrides {
            let _ = writeln!(
                md,
                "- {}: {}/{} ({}): {}",
                criterion_name(o.criterion, lang),
                o.points,
                o.max,
                o.rubric_points,
                escape_inline(&o.reason)
            );
        }
        md.push('\n');
    }
    for c in &feedback.goal_comments {
        if comment_state(plan, c) == CommentState::GoalGone {
            let _ = writeln!(
                md,
                "- {} \"{}\": {}",
                label(Label::GoalGone, lang),
                escape_inline(&c.statement_at_hand_in),
                escape_inline(&c.comment)
            );
        }
    }
}

fn list(md: &mut String, items: impl Iterator<Item = String>, none: &str) {
    let mut any = false;
    for item in items.filter(|i| !i.is_empty()) {
        let _ = writeln!(md, "- {item}");
        any = true;
    }
    if !any {
        let _ = writeln!(md, "{none}");
    }
    md.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Timestamp;
    use crate::examples::Example;
    use crate::plan::{Goal, KeyResult, Objective, PlanId};

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    #[test]
    fn the_cafe_plan_in_norwegian() {
        let plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        let md = plan_markdown(&plan, Lang::Nb, today());
        assert!(md.starts_with("# Kafé Nordlys, Tromsø\n\n## Virksomheten\n\nEn liten kafé"));
        for heading in [
            "## Målgrupper",
            "## Virksomhetsmål",
            "## OKR",
            "## Strategi",
            "## Plattformer",
            "## Gjennomgang",
        ] {
            assert!(md.contains(&format!("\n{heading}\n")), "{heading}");
        }
        assert!(md.contains("- Nivå: 5 transaksjon"), "{md}");
        assert!(
            md.contains("- Nivå: 1 synlighet (formål: 5 transaksjon)"),
            "{md}"
        );
        assert!(md.contains("  - ✓ Tidsbestemt: "), "{md}");
        assert!(md.contains("- Råd:"));
        assert!(md.contains("| Nøkkelresultat | Score |"));
        assert!(md.contains(" · snakke, begeistre\n"));
        assert!(md.contains("- Instagram\n"));
        assert!(md.contains("Neste gjennomgang: "));
        assert!(md.contains("0,"), "Norwegian decimals");
    }

    #[test]
    fn the_smart_figure_is_the_one_the_overview_and_the_hand_in_give() {
        let mut plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        plan.goals.push(Goal::default());
        let s = crate::classroom::summarize(&plan, None, today());
        let md = plan_markdown(&plan, Lang::En, today());
        let line = format!("SMART checks met: {} of {}\n", s.smart_met, s.smart_total);
        assert!(md.contains(&line), "{line} in {md}");
        assert_eq!(s.smart_total, 20, "the empty goal counts no checks");
    }

    #[test]
    fn the_ways_of_measuring_taken_from_the_coach_are_listed_only_when_there_are_some() {
        let mut plan = Example::Cafe.build(PlanId::new("p"), Timestamp::default(), today());
        assert!(!plan_markdown(&plan, Lang::En, today()).contains("## How we measure"));
        plan.add_measuring_way("code_per_channel", "A booking code per channel.");
        let md = plan_markdown(&plan, Lang::Sv, today());
        assert!(
            md.contains("\n## Så mäter vi\n\n- A booking code per channel.\n"),
            "{md}"
        );
    }

    #[test]
    fn every_language_has_its_headings() {
        let plan = Example::B2bSoftware.build(PlanId::new("p"), Timestamp::default(), today());
        let en = plan_markdown(&plan, Lang::En, today());
        assert!(en.contains("## Social-media goals") && en.contains("✓ Specific"));
        let sv = plan_markdown(&plan, Lang::Sv, today());
        assert!(sv.contains("## Verksamhetsmål") && sv.contains("Nästa uppföljning"));
        let da = plan_markdown(&plan, Lang::Da, today());
        assert!(da.contains("## Forretningsmål") && da.contains("Næste gennemgang"));
    }

    #[test]
    fn user_text_cannot_break_the_structure() {
        let mut plan = Plan::new(PlanId::new("p"), "# Not a *heading*", Timestamp::default());
        plan.description = "## Hello\n- not a list\n1. not numbered\n\n<script>x</script>".into();
        plan.goals.push(Goal {
            statement: "# 100 | leads [link](x) ##".into(),
            ..Goal::default()
        });
        plan.objectives.push(Objective {
            statement: "Win".into(),
            key_results: vec![KeyResult {
                statement: "a | b\nc".into(),
                ..KeyResult::default()
            }],
            ..Objective::default()
        });
        let md = plan_markdown(&plan, Lang::En, today());
        assert!(md.starts_with("# \\# Not a \\*heading\\*\n"));
        assert!(
            md.contains(
                "\\#\\# Hello\\\n\\- not a list\\\n1\\. not numbered\n\n\\<script\\>x\\</script\\>"
            ),
            "{md}"
        );
        assert!(md.contains("### 1. \\# 100 \\| leads \\[link\\](x) \\#\\#\n"));
        assert!(md.contains("| a \\| b c | – |"));
        assert!(md
            .lines()
            .filter(|l| l.starts_with('#'))
            .all(|l| l.starts_with("# \\#") || l.starts_with("## ") || l.starts_with("### ")));
    }

    #[test]
    fn a_goal_the_scorer_could_not_place_is_to_check_not_a_level() {
        let mut plan = Plan::new(PlanId::new("p"), "Zoo", Timestamp::default());
        plan.goals.push(Goal {
            statement: "Get 400 wombats to the open day".into(),
            is_main: true,
            ..Goal::default()
        });
        let a = scoring::assess_goal(&plan.goals[0], &plan, today());
        let [first, second] = a.unsure.expect("the scorer is to be unsure of the wombats");
        let md = plan_markdown(&plan, Lang::En, today());
        let expected = format!(
            "- Level: to check (the scorer could not place it; likeliest {} {} or {} {})\n",
            first.number(),
            first.name(Lang::En),
            second.number(),
            second.name(Lang::En)
        );
        assert!(md.contains(&expected), "{md}");
        plan.goals[0].level_override = Some(crate::plan::LevelOverride {
            level: crate::ladder::LadderLevel::Interaction,
            justification: String::new(),
        });
        let md = plan_markdown(&plan, Lang::Nb, today());
        assert!(
            md.contains(
                "- Nivå: 4 interaksjon (satt for hånd; vurderingen kunne ikke plassere det)\n"
            ),
            "{md}"
        );
    }

    #[test]
    fn empty_fields_show_what_the_text_says() {
        let mut plan = Plan::new(PlanId::new("p"), "Restaurant", Timestamp::default());
        plan.goals.push(Goal {
            statement:
                "Øge antallet af bordreservationer fra 1.200 til 2.000 inden udgangen af 2027"
                    .into(),
            ..Goal::default()
        });
        let md = plan_markdown(&plan, Lang::Da, today());
        assert!(
            md.contains("- Udgangspunkt → mål: 1.200 → 2.000 (læst fra målets tekst)\n"),
            "{md}"
        );
        assert!(
            md.contains("- Frist: 31.12.2027 (læst fra målets tekst)\n"),
            "{md}"
        );
        // Filled fields are the user's own, and win.
        let goal = &mut plan.goals[0];
        (goal.baseline, goal.target) = (Some(1200.0), Some(2500.0));
        goal.deadline = Date::new(2027, 12, 31);
        let md = plan_markdown(&plan, Lang::Da, today());
        assert!(md.contains("- Udgangspunkt → mål: 1.200 → 2.500\n"), "{md}");
        assert!(md.contains("- Frist: 31.12.2027\n"), "{md}");
        let en = plan_markdown(&plan, Lang::En, today());
        assert!(en.contains("- Baseline → target: 1,200 → 2,500\n"), "{en}");
        assert!(en.contains("- Deadline: 2027-12-31\n"), "{en}");
    }

    #[test]
    fn escaping_leaves_plain_text_alone() {
        assert_eq!(
            escape_inline("Flere gjester i lavsesongen (januar–mars)"),
            "Flere gjester i lavsesongen (januar–mars)"
        );
        assert_eq!(escape_inline("-5 % churn"), "\\-5 % churn");
        assert_eq!(escape_inline("2027. A year"), "2027\\. A year");
        assert_eq!(escape_block("  \n "), "");
    }
}
