//! The share links' problems, in the interface's language (a file's are `i18n::file_error_text`).

use goal_ladder_core::classroom::ShareError;
use goal_ladder_core::Lang;

use crate::i18n::{fill, newer_version_text, T};

pub fn share_error_text(error: &ShareError, lang: Lang) -> String {
    match error {
        ShareError::Truncated => T::LinkTruncated.get(lang).to_string(),
        ShareError::NotAGoalLadderLink => T::LinkForeign.get(lang).to_string(),
        ShareError::NewerVersion { found, supported } => {
            newer_version_text(u64::from(*found), *supported, lang)
        }
        ShareError::Damaged => T::LinkDamaged.get(lang).to_string(),
        ShareError::OverLimit(over) => {
            let lead = match lang {
                Lang::En => "The link holds more than Goal Ladder opens",
                Lang::Nb => "Lenken inneholder mer enn Goal Ladder åpner",
                Lang::Sv => "Länken innehåller mer än Goal Ladder öppnar",
                Lang::Da => "Linket indeholder mere end Goal Ladder åbner",
            };
            format!("{lead}: {}.", over.text(lang))
        }
        ShareError::TooLarge { chars, limit } => fill(
            T::LinkTooLarge.get(lang),
            &[("chars", &chars.to_string()), ("limit", &limit.to_string())],
        ),
    }
}
