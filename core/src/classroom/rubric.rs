//! The rubric of an exercise: SMART points per letter, points for the ladder level of the graded goals,
//! and points for the required sections. `grading` applies it to a plan.

use serde::{Deserialize, Serialize};

use super::letters::SmartStatus;
use crate::ladder::LadderLevel;

/// Points per SMART letter.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SmartScale {
    /// Met 2, partly 1, not met or unknown 0.
    #[default]
    TwoOneZero,
    /// Met 4, partly 2, not met or unknown 0.
    FourPoint,
}

impl SmartScale {
    /// The most one letter can earn.
    pub fn max(self) -> u32 {
        match self {
            SmartScale::TwoOneZero => 2,
            SmartScale::FourPoint => 4,
        }
    }

    /// Full points for met, half for partly, none for not met or unknown.
    pub fn points(self, status: SmartStatus) -> u32 {
        match status {
            SmartStatus::Met => self.max(),
            SmartStatus::Partly => self.max() / 2,
            SmartStatus::NotMet | SmartStatus::Unknown => 0,
        }
    }
}

/// Points for each graded goal whose level is `min_level` or higher (e.g. main goals on level 4-5).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderRubric {
    pub min_level: LadderLevel,
    pub points: u32,
}

impl Default for LadderRubric {
    fn default() -> LadderRubric {
        LadderRubric {
            min_level: LadderLevel::Interaction,
            points: 2,
        }
    }
}

/// How an exercise is graded.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Rubric {
    pub smart_scale: SmartScale,
    pub ladder: LadderRubric,
    /// Points for each required section that is filled in.
    pub points_per_section: u32,
}

impl Default for Rubric {
    fn default() -> Rubric {
        Rubric {
            smart_scale: SmartScale::default(),
            ladder: LadderRubric::default(),
            points_per_section: 1,
        }
    }
}
