//! The five SMART letters as values, so grades and summaries can hold one thing per letter.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Localized};
use crate::scoring::{Smart, Status};

/// One letter of SMART.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartLetter {
    Specific,
    Measurable,
    Attainable,
    Relevant,
    TimeBound,
}

impl SmartLetter {
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Attainable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    /// The criterion's name, as the app's SMART panel calls it.
    pub fn name(self, lang: Lang) -> &'static str {
        let names = match self {
            SmartLetter::Specific => Localized {
                en: "Specific",
                nb: "Spesifikt",
                sv: "Specifikt",
                da: "Specifikt",
            },
            SmartLetter::Measurable => Localized {
                en: "Measurable",
                nb: "Målbart",
                sv: "Mätbart",
                da: "Målbart",
            },
            SmartLetter::Attainable => Localized {
                en: "Attainable",
                nb: "Oppnåelig",
                sv: "Uppnåeligt",
                da: "Opnåeligt",
            },
            SmartLetter::Relevant => Localized {
                en: "Relevant",
                nb: "Relevant",
                sv: "Relevant",
                da: "Relevant",
            },
            SmartLetter::TimeBound => Localized {
                en: "Time-bound",
                nb: "Tidsbestemt",
                sv: "Tidsbestämt",
                da: "Tidsbestemt",
            },
        };
        names.get(lang)
    }
}

/// A SMART verdict as it is stored in files: the scorer's [`Status`], readable back.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartStatus {
    Met,
    Partly,
    NotMet,
    Unknown,
}

impl From<Status> for SmartStatus {
    fn from(status: Status) -> SmartStatus {
        match status {
            Status::Met => SmartStatus::Met,
            Status::Partly => SmartStatus::Partly,
            Status::NotMet => SmartStatus::NotMet,
            Status::Unknown => SmartStatus::Unknown,
        }
    }
}

impl SmartStatus {
    /// ✓ met, ~ partly, ✗ not met, ? unknown.
    pub fn symbol(self) -> &'static str {
        match self {
            SmartStatus::Met => "✓",
            SmartStatus::Partly => "~",
            SmartStatus::NotMet => "✗",
            SmartStatus::Unknown => "?",
        }
    }
}

/// One value per SMART letter.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Letters<T> {
    pub specific: T,
    pub measurable: T,
    pub attainable: T,
    pub relevant: T,
    pub time_bound: T,
}

impl<T: Copy> Letters<T> {
    pub fn get(&self, letter: SmartLetter) -> T {
        match letter {
            SmartLetter::Specific => self.specific,
            SmartLetter::Measurable => self.measurable,
            SmartLetter::Attainable => self.attainable,
            SmartLetter::Relevant => self.relevant,
            SmartLetter::TimeBound => self.time_bound,
        }
    }

    /// The values in S, M, A, R, T order.
    pub fn to_array(&self) -> [T; 5] {
        SmartLetter::ALL.map(|l| self.get(l))
    }

    pub fn map<U>(&self, mut f: impl FnMut(T) -> U) -> Letters<U> {
        Letters {
            specific: f(self.specific),
            measurable: f(self.measurable),
            attainable: f(self.attainable),
            relevant: f(self.relevant),
            time_bound: f(self.time_bound),
        }
    }
}

impl Letters<SmartStatus> {
    /// The statuses of the scorer's five checks.
    pub fn from_smart(smart: &Smart) -> Letters<SmartStatus> {
        Letters {
            specific: smart.specific.status.into(),
            measurable: smart.measurable.status.into(),
            attainable: smart.attainable.status.into(),
            relevant: smart.relevant.status.into(),
            time_bound: smart.time_bound.status.into(),
        }
    }

    /// How many of the five are met.
    pub fn met(&self) -> usize {
        self.to_array()
            .iter()
            .filter(|s| **s == SmartStatus::Met)
            .count()
    }
}
