//! The five-level ladder (Lindblad) of what the audience does, plus level 0 for our own activity.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Localized};

/// Where a goal's metric sits on the ladder. `Activity` is our own output, not on the ladder at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum LadderLevel {
    Activity = 0,
    Visibility = 1,
    Attention = 2,
    Engagement = 3,
    Interaction = 4,
    Transaction = 5,
}

impl LadderLevel {
    pub const ALL: [LadderLevel; 6] = [
        LadderLevel::Activity,
        LadderLevel::Visibility,
        LadderLevel::Attention,
        LadderLevel::Engagement,
        LadderLevel::Interaction,
        LadderLevel::Transaction,
    ];
    /// The five rungs, without the activity level.
    pub const RUNGS: [LadderLevel; 5] = [
        LadderLevel::Visibility,
        LadderLevel::Attention,
        LadderLevel::Engagement,
        LadderLevel::Interaction,
        LadderLevel::Transaction,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(n: u8) -> Option<LadderLevel> {
        LadderLevel::ALL.get(n as usize).copied()
    }

    /// Only interaction and transaction are fit to be a main goal; lower levels are sub-goals or indicators.
    pub fn fits_main_goal(self) -> bool {
        self >= LadderLevel::Interaction
    }

    pub fn name(self, lang: Lang) -> &'static str {
        self.names().get(lang)
    }

    fn names(self) -> Localized {
        match self {
            LadderLevel::Activity => Localized {
                en: "activity",
                nb: "aktivitet",
                sv: "aktivitet",
                da: "aktivitet",
            },
            LadderLevel::Visibility => Localized {
                en: "visibility",
                nb: "synlighet",
                sv: "synlighet",
                da: "synlighed",
            },
            LadderLevel::Attention => Localized {
                en: "attention",
                nb: "oppmerksomhet",
                sv: "uppmärksamhet",
                da: "opmærksomhed",
            },
            LadderLevel::Engagement => Localized {
                en: "engagement",
                nb: "engasjement",
                sv: "engagemang",
                da: "engagement",
            },
            LadderLevel::Interaction => Localized {
                en: "interaction",
                nb: "interaksjon",
                sv: "interaktion",
                da: "interaktion",
            },
            LadderLevel::Transaction => Localized {
                en: "transaction",
                nb: "transaksjon",
                sv: "transaktion",
                da: "transaktion",
            },
        }
    }
}

impl From<LadderLevel> for u8 {
    fn from(level: LadderLevel) -> u8 {
        level.number()
    }
}

impl TryFrom<u8> for LadderLevel {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        LadderLevel::from_number(n).ok_or_else(|| format!("ladder level must be 0-5, got {n}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_interaction_and_transaction_fit_main_goals() {
        let fit: Vec<u8> = LadderLevel::ALL
            .iter()
            .filter(|l| l.fits_main_goal())
            .map(|l| l.number())
            .collect();
        assert_eq!(fit, vec![4, 5]);
    }

    #[test]
    fn serializes_as_its_number() {
        assert_eq!(
            serde_json::to_string(&LadderLevel::Engagement).unwrap(),
            "3"
        );
        assert_eq!(
            serde_json::from_str::<LadderLevel>("5").unwrap(),
            LadderLevel::Transaction
        );
        assert!(serde_json::from_str::<LadderLevel>("6").is_err());
    }

    #[test]
    fn has_a_name_in_every_language() {
        assert_eq!(LadderLevel::Attention.name(Lang::Sv), "uppmärksamhet");
        assert_eq!(LadderLevel::Visibility.name(Lang::Da), "synlighed");
    }
}
