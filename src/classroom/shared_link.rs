use goal_ladder_core::classroom::SharePayload;
use goal_ladder_core::plan::PlanId;
use leptos::prelude::*;

use crate::browser;
use crate::classroom::exercise_store::start_exercise;
use crate::classroom::link_codec::decode_link;
use crate::i18n::{counted, tr, use_lang, T};
use crate::state::{href, CurrentRoute, PlanBook, Route, Tab};

/// A plan or exercise opened from a link: shown first, imported as a new plan only when the user says so.
/// The link's data sits in the address's fragment, which browsers never send to a server.
#[component]
pub fn SharedLink(link: String) -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let route = expect_context::<CurrentRoute>().0;
    let lang = use_lang();
    // The browser inflates the link (a promise): nothing is shown below the heading until it is read.
    let decoded = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let _ = decoded.try_set(Some(decode_link(&link).await));
    });
    let open = move |_| {
        let Some(read) = decoded.get_untracked() else {
            return;
        };
        let id = match read {
            Ok(SharePayload::Plan(mut plan)) => {
                // A link never replaces a plan that is here.
                plan.id = PlanId::new(browser::new_id("plan"));
                let id = plan.id.clone();
                book.add(plan);
                id
            }
            Ok(SharePayload::Exercise(exercise)) => start_exercise(&exercise, book).id,
            Err(_) => return,
        };
        route.set(Route::Plan(id, Tab::Overview));
    };
    let body = move || {
        let read = decoded.get()?;
        Some(match read {
        Err(e) => view! {
            <div class="card">
                <p class="field-error" role="alert" data-testid="link-error">{e.text(lang.get())}</p>
                <a href=href(&Route::Plans)>{tr(T::AllPlans)}</a>
            </div>
        }
        .into_any(),
        Ok(payload) => {
            // An exercise has no goals of its own yet: what it brings are the business goals to serve.
            let (kind, title, text, goals, count_nouns) = match &payload {
                SharePayload::Plan(p) => (T::SharedPlan, p.display_title().to_string(), p.description.clone(), p.goals.len(), (T::GoalsOne, T::GoalsOther)),
                SharePayload::Exercise(e) => (T::SharedExercise, e.display_title().to_string(), e.case_text.clone(), e.business_goals.len(), (T::BusinessGoalsOne, T::BusinessGoalsOther)),
            };
            let action = if matches!(payload, SharePayload::Exercise(_)) { T::StartExercise } else { T::ImportAsNew };
            view! {
                <div class="card" data-testid="link-preview">
                    <p class="badge">{tr(kind)}</p>
                    <h2>{title}</h2>
                    <p class="card-description">{text}</p>
                    <p class="card-meta">{move || counted(goals, count_nouns.0, count_nouns.1, lang.get())}</p>
                    <div class="actions">
                        <button class="button primary" data-testid="open-link" on:click=open>{tr(action)}</button>
                        <a class="button" href=href(&Route::Plans)>{tr(T::Cancel)}</a>
                    </div>
                </div>
            }
            .into_any()
        }
    })
    };
    view! {
        <section class="screen" aria-labelledby="link-heading">
            <h1 id="link-heading">{tr(T::OpenedFromLink)}</h1>
            <p class="lead">{tr(T::LinkStaysHere)}</p>
            {body}
        </section>
    }
}
