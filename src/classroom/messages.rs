//! The classroom files' and links' problems, in the interface's language.

use goal_ladder_core::classroom::{FileError, FileKind, ShareError};
use goal_ladder_core::format::ReadError;
use goal_ladder_core::Lang;

use crate::i18n::{fill, read_error_text, T};

fn kind_name(kind: FileKind) -> T {
    match kind {
        FileKind::Exercise => T::KindExercise,
        FileKind::HandIn => T::KindHandIn,
    }
}

/// Reuses the plan file's wording where the problem is the same.
pub fn file_error_text(error: &FileError, lang: Lang) -> String {
    let same = |e: ReadError| read_error_text(&e, lang);
    match error {
        FileError::TooLarge { bytes, limit } => same(ReadError::TooLarge {
            bytes: *bytes,
            limit: *limit,
        }),
        FileError::Empty => same(ReadError::Empty),
        FileError::NotJson {
            line,
            column,
            detail,
        } => same(ReadError::NotJson {
            line: *line,
            column: *column,
            detail: detail.clone(),
        }),
        FileError::WrongFormat {
            expected,
            found_format,
        } => fill(
            T::ErrWrongKind.get(lang),
            &[
                ("found", found_format.as_deref().unwrap_or("JSON")),
                ("expected", kind_name(*expected).get(lang)),
            ],
        ),
        FileError::NewerVersion {
            found, supported, ..
        } => same(ReadError::NewerVersion {
            found: *found,
            supported: *supported,
        }),
        FileError::BadVersion => same(ReadError::BadVersion),
        FileError::Damaged { detail } => same(ReadError::InvalidPlan {
            detail: detail.clone(),
        }),
    }
}

pub fn share_error_text(error: &ShareError, lang: Lang) -> String {
    match error {
        ShareError::Truncated => T::LinkTruncated.get(lang).to_string(),
        ShareError::NotAGoalLadderLink => T::LinkForeign.get(lang).to_string(),
        ShareError::NewerVersion { found, supported } => read_error_text(
            &ReadError::NewerVersion {
                found: u64::from(*found),
                supported: *supported,
            },
            lang,
        ),
        ShareError::Damaged => T::LinkDamaged.get(lang).to_string(),
        ShareError::TooLarge { chars, limit } => fill(
            T::LinkTooLarge.get(lang),
            &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
        ),
    }
}
