//! Reasons and advice as stable rule ids with parameters; the sentences live in `messages`, which
//! gives each [`Finding`] its `message`.

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// Defines [`Rule`] with each variant's stable id, and [`Rule::ALL`] from the same list: a rule is
/// added in one line here (and its sentence in `messages`, which a test checks), never left out of `ALL`.
macro_rules! rules {
    ($($(#[$doc:meta])* $rule:ident => $id:literal,)*) => {
        /// Every rule the scorer can report. The id strings are stable: the app stores and translates by them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($(#[$doc])* $rule,)*
        }

        impl Rule {
            pub const ALL: [Rule; [$(stringify!($rule)),*].len()] = [$(Rule::$rule),*];

            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$rule => $id,)*
                }
            }
        }
    };
}

rules! {
    LevelRead => "ladder.level",
    LevelUnrecognised => "ladder.unrecognised",
    ActivityNotGoal => "ladder.activity_not_goal",
    MainGoalLow => "ladder.main_goal_low",
    MeasureAim => "ladder.measure_aim",
    SpecificMet => "smart.specific.met",
    SpecificUmbrella => "smart.specific.umbrella",
    SpecificNoChannelOrAudience => "smart.specific.no_channel_or_audience",
    SpecificNoResult => "smart.specific.no_result",
    MeasurableMet => "smart.measurable.met",
    MeasurableNoNumber => "smart.measurable.no_number",
    MeasurableNoMetric => "smart.measurable.no_metric",
    /// A number counting something the scorer has no word for: measurable, in the user's own words.
    MeasurableOwnWords => "smart.measurable.own_words",
    MeasurableNoBaseline => "smart.measurable.no_baseline",
    AttainableUnknown => "smart.attainable.unknown",
    AttainableNoBaseline => "smart.attainable.no_baseline",
    AttainableRealistic => "smart.attainable.realistic",
    AttainableStretch => "smart.attainable.stretch",
    AttainableUnrealistic => "smart.attainable.unrealistic",
    AttainableNoChange => "smart.attainable.no_change",
    RelevantLinked => "smart.relevant.linked",
    RelevantUnlinked => "smart.relevant.unlinked",
    RelevantNoBusinessGoal => "smart.relevant.no_business_goal",
    VanityMetric => "vanity.metric_for_business_goal",
    VanityFitsAwareness => "vanity.fits_awareness",
    TimeBoundMet => "smart.time_bound.met",
    TimeBoundMissing => "smart.time_bound.missing",
    TimeBoundRateOnly => "smart.time_bound.rate_only",
    TimeBoundResponseLimit => "smart.time_bound.response_limit",
    DeadlinePassed => "smart.time_bound.deadline_passed",
    DeadlineDiffers => "smart.time_bound.field_differs",
    KeyResultIsTask => "okr.key_result_is_task",
    KeyResultNotMeasurable => "okr.key_result_not_measurable",
    TooFewKeyResults => "okr.too_few_key_results",
    TooManyKeyResults => "okr.too_many_key_results",
    /// A goal with no words yet: nothing to judge.
    EmptyGoal => "goal.empty",
    /// No main goal on level 4-5 while another goal is: a plan-wide rule, see `crate::warnings`.
    NoMainGoalHigh => "ladder.no_main_goal_high",
    PlatformWithoutAudience => "technology.platform_without_audience",
    AudienceUnreached => "technology.audience_unreached",
}

impl Rule {
    /// Advice worth listing as a warning: what makes a goal weaker than it should be. The rest says
    /// what is already right, or that there is not enough to judge.
    pub fn is_warning(self) -> bool {
        !matches!(
            self,
            Rule::LevelRead
                | Rule::SpecificMet
                | Rule::MeasurableMet
                | Rule::AttainableRealistic
                | Rule::AttainableStretch
                | Rule::RelevantLinked
                | Rule::TimeBoundMet
                | Rule::VanityFitsAwareness
                | Rule::AttainableUnknown
                | Rule::AttainableNoBaseline
        )
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A rule that fired, with what it is about: `metric` and `aim` hold catalogue ids, `level` a number
/// 0-5, `deadline` a date; the message puts each into words.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    pub params: Vec<(&'static str, String)>,
}

impl Finding {
    pub fn new(rule: Rule) -> Finding {
        Finding {
            rule,
            params: Vec::new(),
        }
    }

    pub fn with(mut self, key: &'static str, value: impl ToString) -> Finding {
        self.params.push((key, value.to_string()));
        self
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// `{"rule": "ladder.main_goal_low", "params": {"level": "1"}}`
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Params<'a>(&'a [(&'static str, String)]);
        impl Serialize for Params<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
        let mut st = s.serialize_struct("Finding", 2)?;
        st.serialize_field("rule", &self.rule)?;
        st.serialize_field("params", &Params(&self.params))?;
        st.end()
    }
}

/// How far a goal meets one SMART criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partly,
    NotMet,
    /// Not enough to judge: attainable without numbers, relevant without a plan.
    Unknown,
}

/// One SMART criterion's verdict and why (see `smart`; `vanity` judges the R).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub status: Status,
    pub reason: Finding,
}

impl Check {
    pub(crate) fn new(status: Status, reason: Finding) -> Check {
        Check { status, reason }
    }
    pub fn is_met(&self) -> bool {
        self.status == Status::Met
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_round_trip() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(rule.id()), Some(rule));
        }
        let mut ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
    }

    #[test]
    fn serializes_as_id_and_params() {
        let f = Finding::new(Rule::MainGoalLow).with("level", 1);
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"rule":"ladder.main_goal_low","params":{"level":"1"}}"#
        );
    }
}
