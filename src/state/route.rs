use goal_ladder_core::classroom::Section;
use goal_ladder_core::examples::Example;
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
    /// A new copy of an example plan, made by the page that opens plans and then replaced by its route.
    NewExample(Example),
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
        if let Some(key) = path.strip_prefix("/example/") {
            if let Some(example) = Example::ALL.into_iter().find(|e| e.key() == key) {
                return Route::NewExample(example);
            }
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
            Route::NewExample(example) => format!("#/example/{}", example.key()),
        }
    }
}

/// The app's pages, each its own html file and wasm, so that a page loads only the screens it shows: the
/// start page (the plan list and share links, what a student opens first) stays small, and the editor,
/// the KPI library and the teacher's review load when they are first opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// index.html: the plan list and the preview of a share link.
    Start,
    /// plan.html: an open plan and the KPI library.
    Plans,
    /// review.html: the teacher's review of hand-ins.
    Review,
}

impl Page {
    /// The page's address relative to the others (they all sit side by side).
    pub fn file(self) -> &'static str {
        match self {
            Page::Start => "./",
            Page::Plans => "plan.html",
            Page::Review => "review.html",
        }
    }

    /// The page that shows `route`.
    pub fn of(route: &Route) -> Page {
        match route {
            Route::Plans | Route::Shared(_) => Page::Start,
            Route::Plan(..) | Route::Library | Route::NewExample(_) => Page::Plans,
            Route::Review => Page::Review,
        }
    }

    /// Where a link to `route` leads from this page: its fragment alone on the page that shows it, else
    /// the other page with the fragment (the review page takes none).
    pub fn href(self, route: &Route) -> String {
        match Page::of(route) {
            page if page == self => route.to_hash(),
            Page::Review => Page::Review.file().to_string(),
            page => format!("{}{}", page.file(), route.to_hash()),
        }
    }
}

/// The page the app is running in, for links to routes ([`href`]).
#[derive(Debug, Clone, Copy)]
pub struct CurrentPage(pub Page);

/// A link to `route` from the current page.
pub fn href(route: &Route) -> String {
    let page = use_context::<CurrentPage>().map_or(Page::Start, |p| p.0);
    page.href(route)
}

#[derive(Debug, Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_route_is_shown_by_one_page_and_linked_to_across_pages() {
        let plan = Route::Plan(PlanId::new("p1"), Tab::Objectives);
        let shared = Route::Shared("gl1.p.abc".to_string());
        assert_eq!(Page::of(&Route::Plans), Page::Start);
        assert_eq!(Page::of(&shared), Page::Start);
        assert_eq!(Page::of(&plan), Page::Plans);
        assert_eq!(Page::of(&Route::Library), Page::Plans);
        assert_eq!(Page::of(&Route::Review), Page::Review);
        // On its own page a link is the fragment alone; from another page it names that page.
        assert_eq!(Page::Start.href(&Route::Plans), "#/");
        assert_eq!(Page::Start.href(&plan), "plan.html#/plan/p1/objectives");
        assert_eq!(Page::Start.href(&Route::Library), "plan.html#/library");
        assert_eq!(Page::Plans.href(&plan), "#/plan/p1/objectives");
        assert_eq!(Page::Plans.href(&Route::Plans), "./#/");
        assert_eq!(Page::Plans.href(&shared), "./#/open/gl1.p.abc");
        assert_eq!(Page::Review.href(&Route::Library), "plan.html#/library");
        assert_eq!(Page::Start.href(&Route::Review), "review.html");
    }

    #[test]
    fn an_example_address_names_a_known_example_only() {
        assert_eq!(
            Route::from_hash("#/example/cafe"),
            Route::NewExample(Example::Cafe)
        );
        assert_eq!(
            Route::NewExample(Example::Municipality).to_hash(),
            "#/example/municipality"
        );
        assert_eq!(Route::from_hash("#/example/nope"), Route::Plans);
        for example in Example::ALL {
            let route = Route::NewExample(example);
            assert_eq!(Route::from_hash(&route.to_hash()), route);
            assert_eq!(Page::of(&route), Page::Plans);
        }
    }
}
