//! Technology, the T of POST: platforms are chosen last, where the audiences actually are.

use crate::plan::{AudienceId, Plan, PlatformId};

/// Platforms a plan often considers, offered as suggestions.
pub const COMMON_PLATFORMS: [&str; 12] = [
    "Instagram",
    "Facebook",
    "LinkedIn",
    "TikTok",
    "YouTube",
    "Snapchat",
    "X",
    "Pinterest",
    "Threads",
    "Newsletter",
    "Podcast",
    "Google Business Profile",
];

/// A mismatch between the platforms chosen and the audiences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlatformWarning {
    /// None of the plan's audiences is on this platform: a cost with no gain.
    NoAudience(PlatformId),
    /// No chosen platform reaches this audience.
    Unreached(AudienceId),
}

pub fn warnings(plan: &Plan) -> Vec<PlatformWarning> {
    let present = |platform: &PlatformId| {
        plan.audiences
            .iter()
            .any(|a| a.platforms.contains(platform))
    };
    let chosen = |platform: &PlatformId| plan.platforms.iter().any(|p| &p.id == platform);
    let unused = plan
        .platforms
        .iter()
        .filter(|p| !present(&p.id))
        .map(|p| PlatformWarning::NoAudience(p.id.clone()));
    let unreached = plan
        .audiences
        .iter()
        .filter(|a| !a.platforms.iter().any(chosen))
        .map(|a| PlatformWarning::Unreached(a.id.clone()));
    unused.chain(unreached).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Audience, Platform};

    fn platform(id: &str) -> Platform {
        Platform {
            id: PlatformId::new(id),
            name: id.to_string(),
        }
    }

    #[test]
    fn a_platform_without_audience_and_an_unreached_audience_are_both_flagged() {
        let plan = Plan {
            platforms: vec![platform("ig"), platform("tt")],
            audiences: vec![
                Audience {
                    id: AudienceId::new("students"),
                    platforms: vec![PlatformId::new("ig")],
                    ..Default::default()
                },
                Audience {
                    id: AudienceId::new("parents"),
                    ..Default::default()
                },
            ],
            ..Plan::default()
        };
        assert_eq!(
            warnings(&plan),
            vec![
                PlatformWarning::NoAudience(PlatformId::new("tt")),
                PlatformWarning::Unreached(AudienceId::new("parents"))
            ]
        );
    }

    #[test]
    fn a_plan_where_every_platform_has_an_audience_has_no_warnings() {
        let plan = Plan {
            platforms: vec![platform("li")],
            audiences: vec![Audience {
                id: AudienceId::new("it"),
                platforms: vec![PlatformId::new("li")],
                ..Default::default()
            }],
            ..Plan::default()
        };
        assert!(warnings(&plan).is_empty());
    }
}
