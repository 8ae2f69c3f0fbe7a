//! An exercise a teacher is still writing: the case text, the sections to fill in and the rubric's
//! scale, kept beside the plan it is made from so that nothing typed is lost on a tab switch or a
//! reload. Read leniently (a draft is the teacher's own, never someone else's file) but within limits.

use serde::{Deserialize, Serialize};

use crate::classroom::{Section, SmartScale};
use crate::limits::MAX_TEXT_CHARS;

/// The longest stored draft that is read at all; anything longer was not written by the app.
const MAX_DRAFT_BYTES: usize = 4 * MAX_TEXT_CHARS + 1_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseDraft {
    pub case_text: String,
    pub required_sections: Vec<Section>,
    #[serde(default)]
    pub smart_scale: SmartScale,
}

impl ExerciseDraft {
    /// A fresh draft: the plan's description as the case, every section required.
    pub fn new(case_text: &str) -> ExerciseDraft {
        ExerciseDraft {
            case_text: clamp(case_text),
            required_sections: Section::ALL.to_vec(),
            smart_scale: SmartScale::default(),
        }
    }

    /// The stored draft, or `None` when there is none or it cannot be read (the form then starts
    /// fresh; nothing else is lost, since a draft holds only what the form shows).
    pub fn read(text: &str) -> Option<ExerciseDraft> {
        if text.len() > MAX_DRAFT_BYTES {
            return None;
        }
        let mut draft: ExerciseDraft = serde_json::from_str(text).ok()?;
        draft.case_text = clamp(&draft.case_text);
        draft.required_sections.sort();
        draft.required_sections.dedup();
        Some(draft)
    }

    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn clamp(text: &str) -> String {
    text.chars().take(MAX_TEXT_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_reads_back_as_written() {
        let draft = ExerciseDraft {
            case_text: "Kafé Sol vil ha flere gjester i vinter.".into(),
            required_sections: vec![Section::People, Section::Objectives],
            smart_scale: SmartScale::FourPoint,
        };
        assert_eq!(ExerciseDraft::read(&draft.write()), Some(draft));
    }

    #[test]
    fn a_fresh_draft_requires_every_section() {
        let draft = ExerciseDraft::new("A case");
        assert_eq!(draft.required_sections, Section::ALL.to_vec());
        assert_eq!(draft.smart_scale, SmartScale::default());
    }

    #[test]
    fn bad_or_oversized_drafts_are_refused_and_long_texts_clamped() {
        assert_eq!(ExerciseDraft::read("{"), None);
        assert_eq!(ExerciseDraft::read(&"x".repeat(MAX_DRAFT_BYTES + 1)), None);
        let long = format!(
            r#"{{"case_text":"{}","required_sections":["people","people"]}}"#,
            "a".repeat(MAX_TEXT_CHARS + 10)
        );
        let draft = ExerciseDraft::read(&long).expect("readable");
        assert_eq!(draft.case_text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(draft.required_sections, vec![Section::People]);
    }
}
