//! Reading a batch of hand-in files, merging them into the class, and the review's shared state.
//!
//! The state lives in signals while the screen is shown and, between pages, in this tab's sessionStorage:
//! the review is a page of its own (review.html), so a visit to the plans and back is a new page, and the
//! table must outlive it. Nothing goes to localStorage; closing the tab or reloading the page empties it.

use goal_ladder_core::classroom::exercise::EXERCISE_FORMAT;
use goal_ladder_core::classroom::{
    merge_hand_ins, read_hand_in_file, write_hand_in_file, Column, Direction, HandIn, Merged,
    SortKey,
};
use goal_ladder_core::file::{FileError, MAX_FILE_BYTES};
use goal_ladder_core::limits::{Limited, OverLimit, MAX_HAND_INS};
use goal_ladder_core::plan_file::PLAN_FORMAT;
use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::browser::{read_file_text, FileReadError};
use crate::i18n::{file_error_text, fill, megabytes, T};
use crate::storage::StorageKey;

/// Why one file was not loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    File(FileError),
    Read(FileReadError),
}

/// A file that could not be loaded, by name.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub file: String,
    pub problem: Problem,
}

/// What the last action did, for the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Loaded {
        loaded: usize,
        failed: usize,
        replaced: usize,
    },
    Cleared,
}

/// The review screen's state, shared with its parts through context.
#[derive(Debug, Clone, Copy)]
pub struct Review {
    /// The class, in the order loaded (a replaced hand-in keeps its place).
    pub hand_ins: RwSignal<Vec<HandIn>>,
    /// The files of the last batch that could not be loaded.
    pub problems: RwSignal<Vec<FileProblem>>,
    pub outcome: RwSignal<Option<Outcome>>,
    pub sort: RwSignal<SortKey>,
    /// The hand-in (its index in `hand_ins`) whose plan is shown instead of the table.
    pub open: RwSignal<Option<usize>>,
}

pub fn default_sort() -> SortKey {
    SortKey {
        column: Column::Student,
        direction: Direction::Ascending,
    }
}

impl Review {
    /// The state as this tab last left it (the class and its order), unless the page was reloaded.
    pub fn restore() -> Review {
        let (hand_ins, sort) = if reloaded() {
            forget_class();
            (Vec::new(), default_sort())
        } else {
            kept_class().unwrap_or_else(|| (Vec::new(), default_sort()))
        };
        let review = Review {
            hand_ins: RwSignal::new(hand_ins),
            problems: RwSignal::new(Vec::new()),
            outcome: RwSignal::new(None),
            sort: RwSignal::new(sort),
            open: RwSignal::new(None),
        };
        Effect::new(move |_| {
            review
                .hand_ins
                .with(|hand_ins| keep_class(hand_ins, review.sort.get()));
        });
        review
    }

    /// Reads the files and adds the hand-ins among them to the class.
    pub fn load(self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let mut names = Vec::new();
            let mut problems = Vec::new();
            for file in files {
                match read_one(&file).await {
                    Ok(hand_in) => {
                        read.push(hand_in);
                        names.push(file.name());
                    }
                    Err(problem) => problems.push(FileProblem {
                        file: file.name(),
                        problem,
                    }),
                }
            }
            let mut merged = Merged::default();
            // The screen may have been left while the files were read.
            let _ = self
                .hand_ins
                .try_update(|class| merged = merge_hand_ins(class, read));
            // Files past the class's limit are named, not dropped without a word.
            for i in &merged.refused {
                problems.push(FileProblem {
                    file: names.get(*i).cloned().unwrap_or_default(),
                    problem: Problem::File(FileError::OverLimit(OverLimit {
                        path: "class".into(),
                        what: Limited::HandIns,
                        found: (MAX_HAND_INS + merged.refused.len()) as u64,
                        limit: MAX_HAND_INS as u64,
                    })),
                });
            }
            let outcome = Outcome::Loaded {
                loaded: names.len() - merged.refused.len(),
                failed: problems.len(),
                replaced: merged.replaced,
            };
            let _ = self.problems.try_set(problems);
            let _ = self.outcome.try_set(Some(outcome));
        });
    }

    pub fn clear(self) {
        self.open.set(None);
        self.hand_ins.set(Vec::new());
        self.problems.set(Vec::new());
        self.outcome.set(Some(Outcome::Cleared));
    }
}

async fn read_one(file: &web_sys::File) -> Result<HandIn, Problem> {
    let text = read_file_text(file, MAX_FILE_BYTES)
        .await
        .map_err(Problem::Read)?;
    read_hand_in_file(&text).map_err(Problem::File)
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether this page was reloaded (as opposed to reached by a link or Back): a reload empties the table,
/// as it did when the review was a screen of the main page.
fn reloaded() -> bool {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return false;
    };
    let entry = performance.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into())
        .ok()
        .and_then(|kind| kind.as_string())
        .is_some_and(|kind| kind == "reload")
}

/// Keeps the class in the tab's session, as the hand-in files it came from; an empty class (or a class
/// too big for the session's storage) keeps nothing.
fn keep_class(hand_ins: &[HandIn], sort: SortKey) {
    let Some(session) = session() else { return };
    let key = StorageKey::ReviewClass.name();
    if hand_ins.is_empty() {
        let _ = session.remove_item(&key);
        return;
    }
    let kept = serde_json::json!({
        "column": column_key(sort.column),
        "descending": sort.direction == Direction::Descending,
        "hand_ins": hand_ins.iter().map(write_hand_in_file).collect::<Vec<_>>(),
    });
    if session.set_item(&key, &kept.to_string()).is_err() {
        let _ = session.remove_item(&key);
    }
}

fn kept_class() -> Option<(Vec<HandIn>, SortKey)> {
    let text = session()?
        .get_item(&StorageKey::ReviewClass.name())
        .ok()
        .flatten()?;
    let kept: serde_json::Value = serde_json::from_str(&text).ok()?;
    let hand_ins = kept["hand_ins"]
        .as_array()?
        .iter()
        .filter_map(|file| read_hand_in_file(file.as_str()?).ok())
        .collect();
    let column = Column::ALL
        .into_iter()
        .find(|c| Some(column_key(*c)) == kept["column"].as_str())
        .unwrap_or(Column::Student);
    let direction = if kept["descending"].as_bool() == Some(true) {
        Direction::Descending
    } else {
        Direction::Ascending
    };
    Some((hand_ins, SortKey { column, direction }))
}

fn forget_class() {
    if let Some(session) = session() {
        let _ = session.remove_item(&StorageKey::ReviewClass.name());
    }
}

/// Why a file was not loaded, in the interface's language: in a teacher's terms where the problem is
/// one of hand-ins (a plan or an exercise instead, a newer app, damage), else as for any file.
pub fn problem_text(problem: &Problem, lang: Lang) -> String {
    let too_large = |bytes: usize, limit: usize| {
        fill(
            T::ReviewErrTooLarge.get(lang),
            &[
                ("size", &megabytes(bytes, lang)),
                ("limit", &megabytes(limit, lang)),
            ],
        )
    };
    match problem {
        Problem::Read(FileReadError::TooLarge { bytes, limit }) => too_large(*bytes, *limit),
        Problem::Read(FileReadError::Unreadable(detail)) => fill(
            T::ErrUnreadableFile.get(lang),
            &[("detail", &crate::i18n::technical(detail, " (", ")", lang))],
        ),
        Problem::File(error) => match error {
            FileError::TooLarge { bytes, limit } => too_large(*bytes, *limit),
            FileError::WrongFormat { found_format, .. } => match found_format.as_deref() {
                Some(PLAN_FORMAT) => T::ReviewErrPlan.get(lang).to_string(),
                Some(EXERCISE_FORMAT) => T::ReviewErrExercise.get(lang).to_string(),
                Some(format) => fill(T::ReviewErrOtherFormat.get(lang), &[("format", format)]),
                None => T::ReviewErrNotHandIn.get(lang).to_string(),
            },
            FileError::NewerVersion {
                found, supported, ..
            } => fill(
                T::ReviewErrNewer.get(lang),
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            FileError::Damaged { detail } => fill(
                T::ReviewErrDamaged.get(lang),
                &[("detail", &crate::i18n::technical(detail, " (", ")", lang))],
            ),
            FileError::Empty
            | FileError::NotJson { .. }
            | FileError::BadVersion
            | FileError::OverLimit(_) => file_error_text(error, lang),
        },
    }
}

/// The column's key in test ids and data attributes.
pub fn column_key(column: Column) -> &'static str {
    match column {
        Column::Student => "student",
        Column::Class => "class",
        Column::Assignment => "assignment",
        Column::HandedIn => "handed_in",
        Column::AppVersion => "app_version",
        Column::Goals => "goals",
        Column::MainGoals => "main_goals",
        Column::MainGoalsFit => "main_goals_fit",
        Column::ToCheck => "to_check",
        Column::Smart => "smart",
        Column::Warnings => "warnings",
        Column::Okr => "okr",
        Column::Sections => "sections",
        Column::Grade => "grade",
        Column::SummaryCheck => "summary_check",
    }
}
