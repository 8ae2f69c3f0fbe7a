//! People, the P of POST: how active an audience is, described by one of two engagement models.

use crate::lang::Localized;
use crate::plan::EngagementShare;

/// A way of dividing an audience by how actively it takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngagementModel {
    /// Five degrees of involvement, with the shares seen in a typical audience.
    FiveDegrees,
    /// Forrester's Social Technographics ladder.
    Technographics,
}

/// One degree of an engagement model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Degree {
    pub key: &'static str,
    pub name: Localized,
    /// The share a typical audience has at this degree, where the model gives one.
    pub typical_percent: f64,
}

const FIVE_DEGREES: [Degree; 5] = [
    Degree {
        key: "socialisers",
        name: Localized {
            en: "Socialisers",
            nb: "Sosialiseringsbrukere",
            sv: "Sociala användare",
            da: "Sociale brugere",
        },
        typical_percent: 34.0,
    },
    Degree {
        key: "lurkers",
        name: Localized {
            en: "Lurkers",
            nb: "Lurkere",
            sv: "Lurkare",
            da: "Lurere",
        },
        typical_percent: 29.0,
    },
    Degree {
        key: "sporadics",
        name: Localized {
            en: "Sporadic users",
            nb: "Sporadiske brukere",
            sv: "Sporadiska användare",
            da: "Sporadiske brugere",
        },
        typical_percent: 23.0,
    },
    Degree {
        key: "discussers",
        name: Localized {
            en: "Discussers",
            nb: "Diskusjonsbrukere",
            sv: "Diskuterande användare",
            da: "Debatterende brugere",
        },
        typical_percent: 9.0,
    },
    Degree {
        key: "advanced",
        name: Localized {
            en: "Advanced users",
            nb: "Avanserte brukere",
            sv: "Avancerade användare",
            da: "Avancerede brugere",
        },
        typical_percent: 5.0,
    },
];

const TECHNOGRAPHICS: [Degree; 7] = [
    Degree {
        key: "creators",
        name: Localized {
            en: "Creators",
            nb: "Skapere",
            sv: "Skapare",
            da: "Skabere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "conversationalists",
        name: Localized {
            en: "Conversationalists",
            nb: "Samtalepartnere",
            sv: "Samtalare",
            da: "Samtalepartnere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "critics",
        name: Localized {
            en: "Critics",
            nb: "Kritikere",
            sv: "Kritiker",
            da: "Kritikere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "collectors",
        name: Localized {
            en: "Collectors",
            nb: "Samlere",
            sv: "Samlare",
            da: "Samlere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "joiners",
        name: Localized {
            en: "Joiners",
            nb: "Deltakere",
            sv: "Medlemmar",
            da: "Deltagere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "spectators",
        name: Localized {
            en: "Spectators",
            nb: "Tilskuere",
            sv: "Åskådare",
            da: "Tilskuere",
        },
        typical_percent: 0.0,
    },
    Degree {
        key: "inactives",
        name: Localized {
            en: "Inactives",
            nb: "Inaktive",
            sv: "Inaktiva",
            da: "Inaktive",
        },
        typical_percent: 0.0,
    },
];

impl EngagementModel {
    pub const ALL: [EngagementModel; 2] = [
        EngagementModel::FiveDegrees,
        EngagementModel::Technographics,
    ];

    pub fn degrees(self) -> &'static [Degree] {
        match self {
            EngagementModel::FiveDegrees => &FIVE_DEGREES,
            EngagementModel::Technographics => &TECHNOGRAPHICS,
        }
    }

    pub fn name(self) -> Localized {
        match self {
            EngagementModel::FiveDegrees => Localized {
                en: "Five degrees of involvement",
                nb: "Fem grader av involvering",
                sv: "Fem grader av involvering",
                da: "Fem grader af involvering",
            },
            EngagementModel::Technographics => Localized {
                en: "Social Technographics ladder",
                nb: "Social Technographics-stigen",
                sv: "Social Technographics-stegen",
                da: "Social Technographics-stigen",
            },
        }
    }

    /// The model a stored profile was made with, read from its degree keys.
    pub fn of_profile(profile: &[EngagementShare]) -> Option<EngagementModel> {
        let first = profile.first()?;
        EngagementModel::ALL
            .into_iter()
            .find(|m| m.degrees().iter().any(|d| d.key == first.degree))
    }

    /// A profile with the model's typical shares, for the user to adjust.
    pub fn starting_profile(self) -> Vec<EngagementShare> {
        self.degrees()
            .iter()
            .map(|d| EngagementShare {
                degree: d.key.to_string(),
                percent: d.typical_percent,
            })
            .collect()
    }
}

pub fn degree(key: &str) -> Option<&'static Degree> {
    FIVE_DEGREES
        .iter()
        .chain(TECHNOGRAPHICS.iter())
        .find(|d| d.key == key)
}

/// The sum of a profile's shares; a complete profile sums to 100 %.
pub fn profile_total(profile: &[EngagementShare]) -> f64 {
    profile.iter().map(|s| s.percent).sum()
}

pub fn profile_is_complete(profile: &[EngagementShare]) -> bool {
    (profile_total(profile) - 100.0).abs() < 0.05
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_degrees_start_at_their_typical_shares_summing_to_100() {
        let profile = EngagementModel::FiveDegrees.starting_profile();
        assert_eq!(profile.len(), 5);
        assert_eq!(profile[0].percent, 34.0);
        assert!(profile_is_complete(&profile));
        assert_eq!(
            EngagementModel::of_profile(&profile),
            Some(EngagementModel::FiveDegrees)
        );
    }

    #[test]
    fn a_technographics_profile_must_be_filled_in_to_be_complete() {
        let mut profile = EngagementModel::Technographics.starting_profile();
        assert!(!profile_is_complete(&profile));
        for (share, pct) in profile
            .iter_mut()
            .zip([5.0, 10.0, 10.0, 15.0, 20.0, 30.0, 10.0])
        {
            share.percent = pct;
        }
        assert!(profile_is_complete(&profile));
        assert_eq!(
            EngagementModel::of_profile(&profile),
            Some(EngagementModel::Technographics)
        );
    }

    #[test]
    fn every_degree_is_named_in_every_language() {
        for model in EngagementModel::ALL {
            for d in model.degrees() {
                for lang in crate::Lang::ALL {
                    assert!(!d.name.get(lang).is_empty());
                }
                assert_eq!(degree(d.key).map(|x| x.key), Some(d.key));
            }
        }
    }
}
