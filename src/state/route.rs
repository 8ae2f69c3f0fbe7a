use goal_ladder_core::plan::PlanId;
use leptos::prelude::*;

/// The screens of an opened plan, in the order of the POST method after the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Overview,
    People,
    Objectives,
    Okr,
    Strategy,
    Technology,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Overview,
        Section::People,
        Section::Objectives,
        Section::Okr,
        Section::Strategy,
        Section::Technology,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::People => "people",
            Section::Objectives => "objectives",
            Section::Okr => "okr",
            Section::Strategy => "strategy",
            Section::Technology => "technology",
        }
    }

    fn from_slug(slug: &str) -> Section {
        Section::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or_default()
    }
}

/// What the user is looking at. Mirrored in the address's fragment so Back works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Plans,
    Plan(PlanId, Section),
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
                Route::Plan(PlanId::new(id), Section::from_slug(section))
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
