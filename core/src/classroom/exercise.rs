//! An exercise a teacher hands out: a case, preset business goals and audiences, the sections the
//! student must fill in, and the rubric the plan is graded by.

use serde::{Deserialize, Serialize};

use super::rubric::Rubric;
use crate::calendar::Timestamp;
use crate::file::{damaged, read_envelope, FileError, FileKind};
use crate::lang::{Lang, Localized};
use crate::plan::{Audience, BusinessGoal, Plan, PlanId};

/// The file's `format` tag and newest version, kept with the envelope ([`crate::file`]).
pub use crate::file::{EXERCISE_FORMAT, EXERCISE_VERSION};

/// A part of the plan an exercise can ask for (POST, with OKR apart from the goals).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    People,
    Objectives,
    Okr,
    Strategy,
    Technology,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::People,
        Section::Objectives,
        Section::Okr,
        Section::Strategy,
        Section::Technology,
    ];

    /// The section's name, as the app's tabs call it.
    pub fn name(self, lang: Lang) -> &'static str {
        let names = match self {
            Section::People => Localized {
                en: "People",
                nb: "Mennesker",
                sv: "Människor",
                da: "Mennesker",
            },
            Section::Objectives => Localized {
                en: "Objectives",
                nb: "Mål",
                sv: "Mål",
                da: "Mål",
            },
            Section::Okr => Localized {
                en: "OKR",
                nb: "OKR",
                sv: "OKR",
                da: "OKR",
            },
            Section::Strategy => Localized {
                en: "Strategy",
                nb: "Strategi",
                sv: "Strategi",
                da: "Strategi",
            },
            Section::Technology => Localized {
                en: "Technology",
                nb: "Teknologi",
                sv: "Teknik",
                da: "Teknologi",
            },
        };
        names.get(lang)
    }

    /// Whether the plan has filled the section in. Blank texts do not count.
    ///
    /// People: an audience with a name. Objectives: a business goal and a goal. OKR: an objective with
    /// at least two key results. Strategy: a strategy text or a Groundswell approach chosen for a
    /// business goal. Technology: a platform with a name.
    pub fn is_filled(self, plan: &Plan) -> bool {
        let written = |s: &str| !s.trim().is_empty();
        match self {
            Section::People => plan.audiences.iter().any(|a| written(&a.name)),
            Section::Objectives => {
                plan.business_goals.iter().any(|b| written(&b.statement))
                    && plan.goals.iter().any(|g| written(&g.statement))
            }
            Section::Okr => plan.objectives.iter().any(|o| {
                o.key_results
                    .iter()
                    .filter(|k| written(&k.statement))
                    .count()
                    >= 2
            }),
            Section::Strategy => {
                written(&plan.strategy.text)
                    || plan.business_goals.iter().any(|b| !b.approaches.is_empty())
            }
            Section::Technology => plan.platforms.iter().any(|p| written(&p.name)),
        }
    }
}

/// An exercise: what the student starts from and what they are graded on.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// The case: the business and its situation. It becomes the plan's description.
    pub case_text: String,
    pub business_goals: Vec<BusinessGoal>,
    pub audiences: Vec<Audience>,
    /// The sections the student must fill in, in [`Section::ALL`] order.
    pub required_sections: Vec<Section>,
    pub rubric: Rubric,
}

impl Exercise {
    /// A new plan for a student to answer the exercise in: titled after it, with the case as its
    /// description and the preset business goals and audiences. The audiences' links to platforms are
    /// dropped, since choosing platforms is the student's part.
    pub fn start_plan(&self, id: PlanId, now: Timestamp) -> Plan {
        let mut plan = Plan::new(id, self.title.trim(), now);
        plan.description = self.case_text.clone();
        plan.business_goals = self.business_goals.clone();
        plan.audiences = self
            .audiences
            .iter()
            .map(|a| Audience {
                platforms: Vec::new(),
                ..a.clone()
            })
            .collect();
        plan
    }

    /// An exercise drafted from a teacher's plan: its title, description, business goals and audiences,
    /// every section required and the default rubric.
    pub fn from_plan(plan: &Plan, id: impl Into<String>) -> Exercise {
        Exercise {
            id: id.into(),
            title: plan.title.clone(),
            case_text: plan.description.clone(),
            business_goals: plan.business_goals.clone(),
            audiences: plan.audiences.clone(),
            required_sections: Section::ALL.to_vec(),
            rubric: Rubric::default(),
        }
    }

    /// The title to show and to name files after: never empty.
    pub fn display_title(&self) -> &str {
        let title = self.title.trim();
        if title.is_empty() {
            "Untitled exercise"
        } else {
            title
        }
    }

    /// Whether the exercise asks for `section`.
    pub fn requires(&self, section: Section) -> bool {
        self.required_sections.contains(&section)
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    exercise: &'a Exercise,
}

/// Writes `exercise` as a pretty-printed exercise file, `<title>.goal-ladder-exercise.json` by
/// [`exercise_file_name`].
pub fn write_exercise_file(exercise: &Exercise, exported_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: EXERCISE_FORMAT,
        version: EXERCISE_VERSION,
        exported_at,
        exercise,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The same as [`write_exercise_file`] without spaces or line breaks (for share links).
pub(crate) fn write_exercise_compact(exercise: &Exercise, exported_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: EXERCISE_FORMAT,
        version: EXERCISE_VERSION,
        exported_at,
        exercise,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The JSON Schema of the exercise file this build writes (`schema/goal-ladder-exercise.v1.json`).
#[cfg(feature = "schema")]
pub fn exercise_file_schema() -> serde_json::Value {
    crate::plan_file::file_schema::<EnvelopeOut<'static>>(
        FileKind::Exercise,
        "Goal Ladder exercise file",
        format!(
            "A classroom exercise made by a teacher in Goal Ladder (the case, its business goals and \
             audiences, the sections asked for and the rubric), version {EXERCISE_VERSION} of the file."
        ),
    )
}

/// Reads an exercise file. Fields it does not know are ignored; missing ones take their defaults.
pub fn read_exercise_file(text: &str) -> Result<Exercise, FileError> {
    let envelope = read_envelope(text, FileKind::Exercise)?;
    Exercise::deserialize(&envelope.body).map_err(damaged)
}

/// The exercise kept beside a plan (the plan was started from it), as read from where it is kept.
#[derive(Debug, Clone, PartialEq)]
pub enum KeptExercise {
    /// The plan was not started from an exercise.
    None,
    Read(Exercise),
    /// An exercise is kept, but cannot be read: the user must be told, and a hand-in made now would
    /// lack it, so it must not pass for a plan without an exercise.
    Unreadable(FileError),
}

impl KeptExercise {
    /// Reads the kept text, if there is one. Unlike `read_exercise_file(..).ok()`, an entry that
    /// cannot be read stays apart from no entry at all.
    pub fn read(text: Option<&str>) -> KeptExercise {
        match text.map(read_exercise_file) {
            None => KeptExercise::None,
            Some(Ok(exercise)) => KeptExercise::Read(exercise),
            Some(Err(e)) => KeptExercise::Unreadable(e),
        }
    }

    /// The exercise, when it could be read.
    pub fn exercise(&self) -> Option<&Exercise> {
        match self {
            KeptExercise::Read(exercise) => Some(exercise),
            _ => None,
        }
    }
}

/// A file name for the exercise: `<title>.goal-ladder-exercise.json`, with safe characters.
pub fn exercise_file_name(exercise: &Exercise) -> String {
    format!(
        "{}.goal-ladder-exercise.json",
        crate::plan_file::file_stem(exercise.display_title())
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::classroom::rubric::{LadderRubric, SmartScale};
    use crate::ladder::LadderLevel;
    use crate::plan::{AudienceId, BusinessGoalId, Objective, Platform, PlatformId};

    pub(crate) fn sample_exercise() -> Exercise {
        Exercise {
            id: "ex-bakery".into(),
            title: "Bakeriet på hjørnet".into(),
            case_text: "Et bakeri i Bergen med \"rolige\" formiddager.\nDe vil selge mer kake på bestilling."
                .into(),
            business_goals: vec![BusinessGoal {
                id: BusinessGoalId::new("bg-1"),
                statement: "Selge flere kaker på bestilling".into(),
                approaches: vec![],
            }],
            audiences: vec![Audience {
                id: AudienceId::new("a-1"),
                name: "Foreldre i bydelen".into(),
                platforms: vec![PlatformId::new("fb")],
                ..Audience::default()
            }],
            required_sections: vec![Section::People, Section::Objectives, Section::Okr],
            rubric: Rubric {
                smart_scale: SmartScale::FourPoint,
                ladder: LadderRubric {
                    min_level: LadderLevel::Interaction,
                    points: 3,
                },
                points_per_section: 2,
            },
        }
    }

    #[test]
    fn a_started_plan_carries_the_case() {
        let ex = sample_exercise();
        let plan = ex.start_plan(PlanId::new("p-9"), Timestamp::from_millis(5));
        assert_eq!(plan.id.as_str(), "p-9");
        assert_eq!(plan.title, "Bakeriet på hjørnet");
        assert_eq!(plan.description, ex.case_text);
        assert_eq!(plan.business_goals, ex.business_goals);
        assert_eq!(plan.audiences[0].name, "Foreldre i bydelen");
        assert!(plan.audiences[0].platforms.is_empty());
        assert_eq!(plan.created_at, Timestamp::from_millis(5));
        assert!(plan.goals.is_empty());
    }

    #[test]
    fn an_exercise_file_reads_back_the_same() {
        let ex = sample_exercise();
        let text = write_exercise_file(&ex, Timestamp::from_millis(0));
        assert!(text.starts_with(
            "{\n  \"format\": \"goal-ladder-exercise\",\n  \"version\": 1,\n  \"exported_at\": \"1970-01-01T00:00:00.000Z\",\n  \"exercise\": {"
        ));
        assert_eq!(read_exercise_file(&text).unwrap(), ex);
        assert_eq!(
            read_exercise_file(&write_exercise_compact(&ex, Timestamp::default())).unwrap(),
            ex
        );
    }

    #[test]
    fn exercise_files_refuse_other_files_clearly() {
        let err =
            read_exercise_file(r#"{"format":"goal-ladder-exercise","version":7,"exercise":{}}"#)
                .unwrap_err();
        assert!(matches!(err, FileError::NewerVersion { found: 7, .. }));
        assert!(err.to_string().contains("newer Goal Ladder"), "{err}");
        let err = read_exercise_file(
            r#"{"format":"goal-ladder-exercise","version":1,"exercise":{"required_sections":["poetry"]}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, FileError::Damaged { .. }), "{err:?}");
        let minimal = read_exercise_file(
            r#"{"format":"goal-ladder-exercise","version":1,"exercise":{"title":"Kun tittel","extra":1}}"#,
        )
        .unwrap();
        assert_eq!(minimal.title, "Kun tittel");
        assert_eq!(minimal.rubric, Rubric::default());
    }

    #[test]
    fn an_unreadable_kept_exercise_is_reported_not_taken_for_none() {
        assert_eq!(KeptExercise::read(None), KeptExercise::None);
        let text = write_exercise_file(&sample_exercise(), Timestamp::default());
        assert_eq!(
            KeptExercise::read(Some(&text)).exercise(),
            Some(&sample_exercise())
        );
        let cut = &text[..text.len() / 2];
        let kept = KeptExercise::read(Some(cut));
        assert!(
            matches!(
                kept,
                KeptExercise::Unreadable(FileError::NotJson {
                    cut_short: true,
                    ..
                })
            ),
            "{kept:?}"
        );
        assert_eq!(kept.exercise(), None);
    }

    #[test]
    fn sections_count_only_what_is_written() {
        let mut plan = Plan::default();
        assert!(Section::ALL.iter().all(|s| !s.is_filled(&plan)));
        plan.audiences.push(Audience {
            name: "  ".into(),
            ..Audience::default()
        });
        plan.platforms.push(Platform {
            id: PlatformId::new("ig"),
            name: "Instagram".into(),
        });
        plan.objectives.push(Objective::default());
        assert!(!Section::People.is_filled(&plan));
        assert!(Section::Technology.is_filled(&plan));
        assert!(!Section::Okr.is_filled(&plan));
        plan.strategy.text = "From strangers to regulars".into();
        assert!(Section::Strategy.is_filled(&plan));
    }

    #[test]
    fn a_teacher_can_draft_an_exercise_from_a_plan() {
        let plan = sample_exercise().start_plan(PlanId::new("p"), Timestamp::default());
        let ex = Exercise::from_plan(&plan, "ex-2");
        assert_eq!(ex.case_text, plan.description);
        assert_eq!(ex.required_sections, Section::ALL.to_vec());
        assert_eq!(
            exercise_file_name(&ex),
            "Bakeriet på hjørnet.goal-ladder-exercise.json"
        );
        assert_eq!(Section::Technology.name(Lang::Sv), "Teknik");
    }
}
