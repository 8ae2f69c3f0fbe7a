//! The teacher's table of a class: one row per hand-in, summarised afresh from the plan.

use std::cmp::Ordering;

use serde::Serialize;

use super::hand_in::HandIn;
use super::summary::{summarize, Summary};
use crate::calendar::{Date, Timestamp};

/// One student's hand-in, as the teacher's table shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassRow {
    /// The hand-in's position in the list given to [`class_table`].
    pub index: usize,
    pub student_name: String,
    pub class_name: String,
    /// The exercise's title, or the plan's when the hand-in answers no exercise.
    pub assignment: String,
    pub handed_in_at: Timestamp,
    pub app_version: String,
    /// Recomputed from the plan, as of the day of the hand-in.
    pub summary: Summary,
    /// The parts of the file's own summary that disagree with the recomputed one (field names of
    /// [`Summary`], such as `goals` or `grade`). Empty when they agree. A different app version can
    /// explain a difference; otherwise the file was edited by hand.
    pub summary_differs: Vec<&'static str>,
}

impl ClassRow {
    pub fn okr_score(&self) -> Option<f64> {
        self.summary.okr_score()
    }

    /// Grade points and maximum, when the hand-in answers an exercise.
    pub fn grade(&self) -> Option<(u32, u32)> {
        self.summary.grade.as_ref().map(|g| (g.total, g.max))
    }

    pub fn grade_fraction(&self) -> Option<f64> {
        self.summary.grade.as_ref().map(|g| g.fraction())
    }
}

/// The rows of a class, in the order given. Each summary is recomputed as of the day of the hand-in
/// (or `today`, if the hand-in claims a later day), so a teacher who looks later sees what the
/// student saw, and deadlines that passed since do not count against them.
pub fn class_table(hand_ins: &[HandIn], today: Date) -> Vec<ClassRow> {
    hand_ins
        .iter()
        .enumerate()
        .map(|(index, h)| {
            let as_of = h.handed_in_at.date().min(today);
            let summary = summarize(&h.plan, h.exercise.as_ref(), as_of);
            ClassRow {
                index,
                student_name: h.student_name.clone(),
                class_name: h.class_name.clone(),
                assignment: h.assignment_title().to_string(),
                handed_in_at: h.handed_in_at,
                app_version: h.app_version.clone(),
                summary_differs: differences(&h.summary, &summary),
                summary,
            }
        })
        .collect()
}

/// Whether two hand-ins are the same student's work on the same assignment for the same class: the
/// student's name, the class and the assignment each the same once spaces around them are trimmed,
/// with case kept ("Ola Berg" and "ola berg" are two students). A hand-in without a student name is
/// nobody's in particular: it is never the same work as another, so it is listed on its own.
pub fn same_work(a: &HandIn, b: &HandIn) -> bool {
    let name = a.student_name.trim();
    !name.is_empty()
        && name == b.student_name.trim()
        && a.class_name.trim() == b.class_name.trim()
        && a.assignment_title().trim() == b.assignment_title().trim()
}

/// What adding a batch of hand-ins to a class did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merged {
    /// How many met work already in the class (see [`merge_hand_ins`]).
    pub replaced: usize,
    /// The positions in the batch of the hand-ins left out because the class already holds
    /// [`MAX_HAND_INS`](crate::limits::MAX_HAND_INS).
    pub refused: Vec<usize>,
}

/// Adds `new` to `class`, in order. A hand-in of work already in the class (by [`same_work`]) takes the
/// earlier one's place if it was handed in later or at the same time, and is dropped if it is older;
/// either way it counts as replaced. Past [`MAX_HAND_INS`](crate::limits::MAX_HAND_INS) hand-ins, new
/// work is refused and said so.
pub fn merge_hand_ins(class: &mut Vec<HandIn>, new: Vec<HandIn>) -> Merged {
    let mut merged = Merged::default();
    for (i, hand_in) in new.into_iter().enumerate() {
        match class.iter_mut().find(|h| same_work(h, &hand_in)) {
            Some(earlier) => {
                merged.replaced += 1;
                if hand_in.handed_in_at >= earlier.handed_in_at {
                    *earlier = hand_in;
                }
            }
            None => {
                if class.len() < crate::limits::MAX_HAND_INS {
                    class.push(hand_in);
                } else {
                    merged.refused.push(i);
                }
            }
        }
    }
    merged
}

fn differences(file: &Summary, fresh: &Summary) -> Vec<&'static str> {
    let mut out = Vec::new();
    macro_rules! compare {
        ($($field:ident),*) => {
            $(if file.$field != fresh.$field {
                out.push(stringify!($field));
            })*
        };
    }
    compare!(
        goals,
        goal_count,
        main_goals,
        main_goals_fit,
        to_check,
        smart_met,
        smart_total,
        warnings,
        objectives,
        sections,
        grade
    );
    out
}

/// A column of the class table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Student,
    Class,
    Assignment,
    HandedIn,
    AppVersion,
    Goals,
    MainGoals,
    /// Main goals on level 4-5.
    MainGoalsFit,
    /// Goals the scorer could not place.
    ToCheck,
    /// SMART checks met (sorted by the share met).
    Smart,
    Warnings,
    /// The mean OKR score.
    Okr,
    /// Required sections filled (sorted by the share filled).
    Sections,
    /// The grade (sorted by the share of the maximum).
    Grade,
    /// Whether the file's summary agrees.
    SummaryCheck,
}

impl Column {
    pub const ALL: [Column; 15] = [
        Column::Student,
        Column::Class,
        Column::Assignment,
        Column::HandedIn,
        Column::AppVersion,
        Column::Goals,
        Column::MainGoals,
        Column::MainGoalsFit,
        Column::ToCheck,
        Column::Smart,
        Column::Warnings,
        Column::Okr,
        Column::Sections,
        Column::Grade,
        Column::SummaryCheck,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

/// How to sort the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct SortKey {
    pub column: Column,
    pub direction: Direction,
}

/// Sorts the rows by a column. Empty values (no OKR score, no grade) go last either way; ties keep
/// student-name order. Names compare without case, with æ/ä, ø/ö and å after z.
pub fn sort_rows(rows: &mut [ClassRow], key: SortKey) {
    rows.sort_by(|a, b| {
        let ordered = compare(a, b, key.column);
        let ordered = match (ordered, key.direction) {
            (Some(o), Direction::Ascending) => o,
            (Some(o), Direction::Descending) => o.reverse(),
            (None, _) => empty_last(a, b, key.column),
        };
        ordered
            .then_with(|| text_key(&a.student_name).cmp(&text_key(&b.student_name)))
            .then_with(|| a.index.cmp(&b.index))
    });
}

/// `None` when one of the two has no value in the column.
fn compare(a: &ClassRow, b: &ClassRow, column: Column) -> Option<Ordering> {
    let share = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    let num = |f: fn(&ClassRow) -> Option<f64>| match (f(a), f(b)) {
        (Some(x), Some(y)) => Some(x.total_cmp(&y)),
        _ => None,
    };
    let (sa, sb) = (&a.summary, &b.summary);
    Some(match column {
        Column::Student => text_key(&a.student_name).cmp(&text_key(&b.student_name)),
        Column::Class => text_key(&a.class_name).cmp(&text_key(&b.class_name)),
        Column::Assignment => text_key(&a.assignment).cmp(&text_key(&b.assignment)),
        Column::HandedIn => a.handed_in_at.cmp(&b.handed_in_at),
        Column::AppVersion => version_key(&a.app_version).cmp(&version_key(&b.app_version)),
        Column::Goals => sa.goal_count.cmp(&sb.goal_count),
        Column::MainGoals => sa.main_goals.cmp(&sb.main_goals),
        Column::MainGoalsFit => {
            (sa.main_goals_fit, sa.main_goals).cmp(&(sb.main_goals_fit, sb.main_goals))
        }
        Column::ToCheck => sa.to_check.cmp(&sb.to_check),
        Column::Smart => share(sa.smart_met, sa.smart_total)
            .total_cmp(&share(sb.smart_met, sb.smart_total))
            .then(sa.smart_met.cmp(&sb.smart_met)),
        Column::Warnings => sa.warnings.cmp(&sb.warnings),
        Column::Okr => return num(ClassRow::okr_score),
        Column::Sections => {
            let (fa, ta) = sa.sections_filled();
            let (fb, tb) = sb.sections_filled();
            share(fa, ta).total_cmp(&share(fb, tb)).then(fa.cmp(&fb))
        }
        Column::Grade => return num(ClassRow::grade_fraction),
        Column::SummaryCheck => a.summary_differs.len().cmp(&b.summary_differs.len()),
    })
}

fn empty_last(a: &ClassRow, b: &ClassRow, column: Column) -> Ordering {
    let has = |r: &ClassRow| match column {
        Column::Okr => r.okr_score().is_some(),
        Column::Grade => r.grade().is_some(),
        _ => true,
    };
    has(b).cmp(&has(a))
}

/// A sort key for names: lower case, with the Nordic letters after z (æ ä, ø ö, å).
fn text_key(text: &str) -> Vec<u32> {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => 0x7B_0000,
            'ø' | 'ö' => 0x7B_0001,
            'å' => 0x7B_0002,
            c => u32::from(c) << 8,
        })
        .collect()
}

/// `0.10.2` after `0.9.1`: dotted numbers compare as numbers.
fn version_key(version: &str) -> Vec<(u64, String)> {
    version
        .split(['.', '-', '+'])
        .map(|part| match part.parse() {
            Ok(n) => (n, String::new()),
            Err(_) => (u64::MAX, part.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::hand_in::tests::{sample_hand_in, today};
    use crate::plan::{Goal, GoalId};

    fn class() -> Vec<HandIn> {
        let mut a = sample_hand_in("Åse");
        a.app_version = "0.10.0".into();
        let mut b = sample_hand_in("ola");
        b.exercise = None;
        b.summary = crate::classroom::summary::summarize(&b.plan, None, today());
        let mut c = sample_hand_in("Øyvind");
        c.plan.goals.push(Goal {
            id: GoalId::new("g-2"),
            statement: "Flere følgere".into(),
            is_main: true,
            ..Goal::default()
        });
        c.summary = crate::classroom::summary::summarize(&c.plan, c.exercise.as_ref(), today());
        c.app_version = "0.9.3".into();
        vec![a, b, c]
    }

    #[test]
    fn rows_are_recomputed_and_agree_with_honest_files() {
        let rows = class_table(&class(), today());
        assert_eq!(rows.len(), 3);
        assert!(
            rows.iter().all(|r| r.summary_differs.is_empty()),
            "{:?}",
            rows[0].summary_differs
        );
        assert_eq!(rows[0].assignment, "Bakeriet på hjørnet");
        assert_eq!(rows[2].summary.main_goals, 2);
    }

    #[test]
    fn an_edited_summary_is_noted() {
        let mut hand_ins = class();
        hand_ins[0].summary.main_goals_fit = 5;
        if let Some(g) = hand_ins[0].summary.grade.as_mut() {
            g.total = g.max;
        }
        let rows = class_table(&hand_ins, today());
        assert_eq!(rows[0].summary_differs, ["main_goals_fit", "grade"]);
        assert_eq!(rows[0].summary.main_goals_fit, 1);
    }

    #[test]
    fn a_later_look_sees_what_the_student_saw() {
        let later = today().add_months(12);
        let rows = class_table(&class(), later);
        assert!(rows.iter().all(|r| r.summary_differs.is_empty()));
    }

    #[test]
    fn students_are_matched_by_exact_trimmed_name_with_case_kept() {
        let mut class = vec![sample_hand_in("Ola Berg")];
        let mut later = sample_hand_in("  Ola Berg ");
        later.handed_in_at = Timestamp::from_millis(later.handed_in_at.millis() + 1);
        let merged = merge_hand_ins(&mut class, vec![sample_hand_in("  ola berg "), later]);
        assert_eq!(merged.replaced, 1);
        let names: Vec<&str> = class.iter().map(|h| h.student_name.as_str()).collect();
        assert_eq!(names, ["  Ola Berg ", "  ola berg "]);
    }

    #[test]
    fn hand_ins_without_a_name_are_listed_one_by_one_never_merged() {
        let mut class = Vec::new();
        let nameless = || {
            let mut h = sample_hand_in("x");
            h.student_name = "  ".into();
            h
        };
        let merged = merge_hand_ins(&mut class, vec![nameless(), nameless(), nameless()]);
        assert_eq!(merged, Merged::default());
        assert_eq!(class.len(), 3);
        assert_eq!(class_table(&class, today()).len(), 3);
    }

    #[test]
    fn a_class_past_its_limit_refuses_new_work_and_says_which() {
        let mut class: Vec<HandIn> = (0..crate::limits::MAX_HAND_INS)
            .map(|i| sample_hand_in(&format!("s{i}")))
            .collect();
        let merged = merge_hand_ins(
            &mut class,
            vec![sample_hand_in("s0"), sample_hand_in("new one")],
        );
        assert_eq!((merged.replaced, merged.refused), (1, vec![1]));
        assert_eq!(class.len(), crate::limits::MAX_HAND_INS);
    }

    #[test]
    fn sorting_by_columns() {
        let mut rows = class_table(&class(), today());
        let names = |rows: &[ClassRow]| -> Vec<String> {
            rows.iter().map(|r| r.student_name.clone()).collect()
        };
        let by = |column, direction| SortKey { column, direction };
        sort_rows(&mut rows, by(Column::Student, Direction::Ascending));
        assert_eq!(names(&rows), ["ola", "Øyvind", "Åse"]);
        sort_rows(&mut rows, by(Column::Student, Direction::Descending));
        assert_eq!(names(&rows), ["Åse", "Øyvind", "ola"]);
        // Ola has no grade: last in both directions.
        sort_rows(&mut rows, by(Column::Grade, Direction::Descending));
        assert_eq!(names(&rows), ["Åse", "Øyvind", "ola"]);
        sort_rows(&mut rows, by(Column::Grade, Direction::Ascending));
        assert_eq!(names(&rows), ["Øyvind", "Åse", "ola"]);
        sort_rows(&mut rows, by(Column::AppVersion, Direction::Descending));
        assert_eq!(rows[0].student_name, "Åse");
        sort_rows(&mut rows, by(Column::MainGoals, Direction::Descending));
        assert_eq!(rows[0].student_name, "Øyvind");
        for column in Column::ALL {
            sort_rows(&mut rows, by(column, Direction::Ascending));
            assert_eq!(rows.len(), 3);
        }
    }
}
