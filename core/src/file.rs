//! The versioned JSON envelope every Goal Ladder file travels in (plans, exercises, hand-ins, feedback), and why a
//! text is not the file the user meant to open. One reader checks size, JSON, format and version for all.

use std::fmt;

use serde_json::{Map, Value};

use crate::calendar::Timestamp;
use crate::limits::{scan, OverLimit};

/// Files larger than this are refused before parsing: a plan file, or a hand-in carrying one plan.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The `format` tag that marks a Goal Ladder plan file.
pub const PLAN_FORMAT: &str = "goal-ladder-plan";
/// The newest version of the plan file this build writes and reads.
pub const PLAN_VERSION: u32 = 1;
/// The `format` tag of an exercise file.
pub const EXERCISE_FORMAT: &str = "goal-ladder-exercise";
/// The newest version of the exercise file this build writes and reads.
pub const EXERCISE_VERSION: u32 = 1;
/// The `format` tag of a hand-in file.
pub const HAND_IN_FORMAT: &str = "goal-ladder-hand-in";
/// The newest version of the hand-in file this build writes and reads.
pub const HAND_IN_VERSION: u32 = 1;
/// The `format` tag of a teacher's feedback file.
pub const FEEDBACK_FORMAT: &str = "goal-ladder-feedback";
/// The newest version of the feedback file this build writes and reads.
pub const FEEDBACK_VERSION: u32 = 1;

/// The kinds of Goal Ladder file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Plan,
    Exercise,
    HandIn,
    Feedback,
}

impl FileKind {
    pub const ALL: [FileKind; 4] = [
        FileKind::Plan,
        FileKind::Exercise,
        FileKind::HandIn,
        FileKind::Feedback,
    ];

    /// The `format` tag of the envelope.
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Plan => PLAN_FORMAT,
            FileKind::Exercise => EXERCISE_FORMAT,
            FileKind::HandIn => HAND_IN_FORMAT,
            FileKind::Feedback => FEEDBACK_FORMAT,
        }
    }

    /// The newest version this build writes and reads.
    pub fn version(self) -> u32 {
        match self {
            FileKind::Plan => PLAN_VERSION,
            FileKind::Exercise => EXERCISE_VERSION,
            FileKind::HandIn => HAND_IN_VERSION,
            FileKind::Feedback => FEEDBACK_VERSION,
        }
    }

    /// The key of the envelope that holds the content.
    pub(crate) fn body_key(self) -> &'static str {
        match self {
            FileKind::Plan => "plan",
            FileKind::Exercise => "exercise",
            FileKind::HandIn => "hand_in",
            FileKind::Feedback => "feedback",
        }
    }

    /// The kind whose `format` tag this is.
    pub fn of_format(tag: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|kind| kind.format() == tag)
    }

    fn noun(self) -> &'static str {
        match self {
            FileKind::Plan => "a Goal Ladder plan",
            FileKind::Exercise => "a Goal Ladder exercise",
            FileKind::HandIn => "a Goal Ladder hand-in",
            FileKind::Feedback => "a Goal Ladder feedback file",
        }
    }
}

/// Why a text is not a file of the expected kind. Each says what is wrong in terms a user can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty,
    /// Not JSON at all; `line` and `column` count from 1. `cut_short`: the text stops in the middle of
    /// the JSON, the usual trace of a download or a copy that did not finish.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
        cut_short: bool,
    },
    /// JSON, but another kind of file (`found_format` is its `format` tag, if it has one).
    WrongFormat {
        expected: FileKind,
        found_format: Option<String>,
    },
    NewerVersion {
        expected: FileKind,
        found: u64,
        supported: u32,
    },
    BadVersion,
    /// The right kind of file, but its content does not fit the model.
    Damaged {
        detail: String,
    },
    /// The file holds more than Goal Ladder opens: too many goals, too long a text, too large a number.
    OverLimit(OverLimit),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes, limit } => write!(
                f,
                "The file is {:.1} MB; Goal Ladder opens files up to {:.0} MB.",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            FileError::Empty => write!(f, "The file is empty."),
            FileError::NotJson {
                line,
                column,
                detail,
                ..
            } => write!(
                f,
                "The file is not valid JSON: {detail} at line {line}, column {column}."
            ),
            FileError::WrongFormat {
                expected,
                found_format,
            } => {
                let found = match found_format.as_deref() {
                    Some(tag) => FileKind::of_format(tag)
                        .map(|kind| kind.noun().to_string())
                        .unwrap_or_else(|| format!("a \"{tag}\" file")),
                    None => "a JSON file without a Goal Ladder \"format\"".to_string(),
                };
                write!(f, "This is {found}, not {}.", expected.noun())
            }
            FileError::NewerVersion {
                expected,
                found,
                supported,
            } => write!(
                f,
                "This is {} made with a newer Goal Ladder (file version {found}; this one reads up to {supported}). Open it in the newest version of the app.",
                expected.noun()
            ),
            FileError::BadVersion => {
                write!(f, "The file's \"version\" is missing or not a whole number.")
            }
            FileError::Damaged { detail } => write!(f, "The file is damaged: {detail}."),
            FileError::OverLimit(over) => {
                write!(f, "The file holds more than Goal Ladder opens: {over}.")
            }
        }
    }
}

impl std::error::Error for FileError {}

/// A checked envelope: the right format, a version this build reads, and its content still as JSON.
pub(crate) struct Envelope {
    /// The version the file was written in (at most the kind's current one).
    pub version: u32,
    pub exported_at: Option<Timestamp>,
    pub body: Value,
    /// The other keys of the envelope.
    pub rest: Map<String, Value>,
}

/// Checks size, JSON, format and version, and takes out the content under the kind's key.
pub(crate) fn read_envelope(text: &str, kind: FileKind) -> Result<Envelope, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let not_json = |e: serde_json::Error| FileError::NotJson {
        // serde_json says "column 0" for the end of a file that ends in a newline; users count from 1.
        line: e.line().max(1),
        column: e.column().max(1),
        detail: json_error_detail(&e),
        cut_short: e.is_eof(),
    };
    let wrong = |found_format: Option<String>| FileError::WrongFormat {
        expected: kind,
        found_format,
    };
    // The limits are checked before anything is built, so memory stays bounded whatever the input. A
    // foreign file over a limit is told apart as foreign, without being read further.
    let scanned = scan(text).map_err(not_json)?;
    if !scanned.is_object {
        return Err(wrong(None));
    }
    if let Some(over) = scanned.over {
        return Err(match scanned.format {
            Some(f) if f == kind.format() => FileError::OverLimit(over),
            found => wrong(found),
        });
    }
    let value: Value = serde_json::from_str(text).map_err(not_json)?;
    let Value::Object(mut rest) = value else {
        return Err(wrong(None));
    };
    match rest.get("format") {
        Some(Value::String(f)) if f == kind.format() => {}
        Some(Value::String(f)) => return Err(wrong(Some(f.clone()))),
        _ => return Err(wrong(None)),
    }
    let version = rest
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v > 0)
        .ok_or(FileError::BadVersion)?;
    if version > u64::from(kind.version()) {
        return Err(FileError::NewerVersion {
            expected: kind,
            found: version,
            supported: kind.version(),
        });
    }
    let exported_at = rest
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok());
    let body = rest
        .remove(kind.body_key())
        .filter(Value::is_object)
        .ok_or_else(|| FileError::Damaged {
            detail: format!("it has no \"{}\" object", kind.body_key()),
        })?;
    Ok(Envelope {
        version: version as u32,
        exported_at,
        body,
        rest,
    })
}

/// A serde error on the content, as a [`FileError::Damaged`].
pub(crate) fn damaged(e: impl fmt::Display) -> FileError {
    FileError::Damaged {
        detail: e.to_string(),
    }
}

fn json_error_detail(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C" itself; the position is reported separately.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_both_kinds_of_file() {
        let err = read_envelope(
            r#"{"format":"goal-ladder-plan","version":1,"plan":{}}"#,
            FileKind::Exercise,
        )
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "This is a Goal Ladder plan, not a Goal Ladder exercise."
        );
        let err = read_envelope(r#"{"format":"zip"}"#, FileKind::HandIn)
            .err()
            .unwrap();
        assert!(err.to_string().contains("\"zip\" file"), "{err}");
    }

    #[test]
    fn each_kind_is_known_by_its_format_tag() {
        for kind in FileKind::ALL {
            assert_eq!(FileKind::of_format(kind.format()), Some(kind));
        }
        assert_eq!(FileKind::of_format("photoshop"), None);
        let err = read_envelope(
            r#"{"format":"goal-ladder-hand-in","version":1,"hand_in":{}}"#,
            FileKind::Plan,
        )
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "This is a Goal Ladder hand-in, not a Goal Ladder plan."
        );
    }

    #[test]
    fn a_file_cut_short_is_told_from_other_broken_json() {
        let cut = read_envelope("{\"format\": \"goal-ladder-plan\", \"vers", FileKind::Plan);
        assert!(matches!(
            cut,
            Err(FileError::NotJson {
                cut_short: true,
                ..
            })
        ));
        let broken = read_envelope("{\"format\": ,}", FileKind::Plan);
        assert!(matches!(
            broken,
            Err(FileError::NotJson {
                cut_short: false,
                ..
            })
        ));
    }

    #[test]
    fn broken_json_has_a_line_and_column() {
        let err = read_envelope("{\n \"format\": ,\n}", FileKind::HandIn)
            .err()
            .unwrap();
        assert!(matches!(err, FileError::NotJson { line: 2, .. }), "{err:?}");
        assert!(err.to_string().contains("line 2, column"), "{err}");
    }

    #[test]
    fn shapeless_files_are_refused() {
        assert_eq!(
            read_envelope(" ", FileKind::Exercise).err(),
            Some(FileError::Empty)
        );
        assert_eq!(
            read_envelope(
                r#"{"format":"goal-ladder-exercise","version":0}"#,
                FileKind::Exercise
            )
            .err(),
            Some(FileError::BadVersion)
        );
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(
            read_envelope(&big, FileKind::Exercise).err(),
            Some(FileError::TooLarge { .. })
        ));
        let err = read_envelope(
            r#"{"format":"goal-ladder-exercise","version":1,"exercise":[]}"#,
            FileKind::Exercise,
        )
        .err()
        .unwrap();
        assert!(matches!(err, FileError::Damaged { .. }), "{err:?}");
    }
}
