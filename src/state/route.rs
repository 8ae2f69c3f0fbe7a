use goal_ladder_core::classroom::Section;
use goal_ladder_core::plan::PlanId;
use leptos::prelude::*;

/// The tabs of an opened plan: the overview, then each part of the plan ([`Section`]) in the order of the
/// POST method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    People,
    Objectives,
    Okr,
    Strategy,
    Technology,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Overview,
        Tab::People,
        Tab::Objectives,
        Tab::Okr,
        Tab::Strategy,
        Tab::Technology,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::People => "people",
            Tab::Objectives => "objectives",
            Tab::Okr => "okr",
            Tab::Strategy => "strategy",
            Tab::Technology => "technology",
        }
    }

    /// The part of the plan the tab shows; `None` for the overview.
    pub fn part(self) -> Option<Section> {
        match self {
            Tab::Overview => None,
            Tab::People => Some(Section::People),
            Tab::Objectives => Some(Section::Objectives),
            Tab::Okr => Some(Section::Okr),
            Tab::Strategy => Some(Section::Strategy),
            Tab::Technology => Some(Section::Technology),
        }
    }

    fn from_slug(slug: &str) -> Tab {
        Tab::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or_default()
    }
}

/// What the user is looking at. Mirrored in the address's fragment so Back works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Plans,
    Plan(PlanId, Tab),
    Library,
    /// The teacher's review of a class's hand-ins.
    Review,
    /// A share link: a plan or exercise in the fragment, shown for preview before it is imported.
    Shared(String),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        if path == "/library" {
            return Route::Library;
        }
        if path == "/review" {
            return Route::Review;
        }
        if let Some(link) = path.strip_prefix("/open/") {
            return Route::Shared(link.to_string());
        }
        match path
            .strip_prefix("/plan/")
            .map(|rest| rest.split_once('/').unwrap_or((rest, "")))
        {
            Some((id, section)) if !id.is_empty() => {
                Route::Plan(PlanId::new(id), Tab::from_slug(section))
            }
            _ => Route::Plans,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Plans => "#/".to_string(),
            Route::Plan(id, section) => format!("#/plan/{id}/{}", section.slug()),
            Route::Library => "#/library".to_string(),
            Route::Review => "#/review".to_string(),
            Route::Shared(link) => format!("#/open/{link}"),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);
