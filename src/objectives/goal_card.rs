use crate::components::fields::{at_limit, LimitNote};
use goal_ladder_core::limits;
use goal_ladder_core::plan::GoalId;
use goal_ladder_core::scoring;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::assess::scoring_context;
use crate::browser;
use crate::components::focus::focus_later;
use crate::components::near_view::follow_nearness;
use crate::i18n::{fill, tr, use_lang, T};
use crate::objectives::goal_coach::GoalCoach;
use crate::objectives::goal_details::GoalDetails;
use crate::objectives::goal_feedback::GoalFeedback;
use crate::objectives::goal_role::GoalRoleLine;
use crate::objectives::measurements::Measurements;
use crate::objectives::teacher_comment::TeacherComment;
use crate::state::use_open_plan;

/// One social goal: its statement, the live feedback on it, and its numbers.
///
/// In a `windowed` list (a big plan) the card's fields are built only while it is near the screen or holds
/// the focus; elsewhere it shows its statement and level as one button, which opens the card when focused.
#[component]
pub fn GoalCard(id: GoalId, #[prop(optional)] windowed: bool) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    // Each card follows only its own goal, so typing in one goal does not redraw the others.
    let goal = Memo::new(move |_| plan.goal(&id.get_value()));
    let today = browser::today();
    // The verdict depends on the goal and the business goals only, so an edit elsewhere in a big plan
    // does not re-score every goal.
    let business_goals = Memo::new(move |_| {
        plan.book().track_broad();
        plan.book()
            .with_plan_untracked(&plan.id(), |p| p.business_goals.clone())
            .unwrap_or_default()
    });
    let assessment = Memo::new(move |_| {
        goal.with(|g| {
            let g = g.as_ref()?;
            business_goals.with(|bgs| Some(scoring::assess_goal(g, &scoring_context(bgs), today)))
        })
    });
    // Type, metric, numbers and measurements are built only once opened: hundreds of goals each with
    // their selects would make a big plan slow to open.
    let details_open = RwSignal::new(false);
    // A goal the scorer could not place (and the user has not) is "to check", never a level.
    let shown_level = move || {
        assessment.with(|a| {
            a.as_ref().map(|a| {
                if a.needs_check() {
                    "check".to_string()
                } else {
                    a.shown_level().number().to_string()
                }
            })
        })
    };
    let statement =
        move || goal.with(|g| g.as_ref().map(|g| g.statement.clone()).unwrap_or_default());
    let is_main = move || goal.with(|g| g.as_ref().is_some_and(|g| g.is_main));
    let remove = move |_| {
        let mut removed = None;
        plan.update(|p| {
            if let Some(i) = p.goals.iter().position(|g| g.id == id.get_value()) {
                removed = Some((i, p.goals.remove(i)));
            }
        });
        if let Some((i, kept)) = removed {
            let text = fill(
                T::GoalDeleted.get(lang.get_untracked()),
                &[("goal", kept.statement.trim())],
            );
            plan.book().deleted(text, move || {
                plan.update(|p| p.goals.insert(i.min(p.goals.len()), kept.clone()))
            });
        }
    };
    let statement_id = move || format!("goal-statement-{}", id.get_value());
    // A goal being written (empty) is always built: it is where the focus goes next.
    let built = RwSignal::new(
        !windowed
            || goal.with_untracked(|g| g.as_ref().is_none_or(|g| g.statement.trim().is_empty())),
    );
    let card = NodeRef::<leptos::html::Article>::new();
    if windowed {
        follow_nearness(card, built);
    }
    Effect::new(move |_| {
        if !built.get() {
            details_open.set(false);
        }
    });
    let placeholder = move || {
        let level = shown_level().unwrap_or_default();
        // Named as on the full card's badge.
        let badge = assessment.with(|a| {
            a.as_ref()
                .map(|a| {
                    if a.needs_check() {
                        T::ToCheck.get(lang.get()).to_string()
                    } else {
                        let l = a.shown_level();
                        format!("{} {}", l.number(), l.name(lang.get()))
                    }
                })
                .unwrap_or_default()
        });
        let text = statement();
        view! {
            <button
                type="button"
                class="goal-placeholder"
                id=statement_id
                data-testid="goal-placeholder"
                on:focus=move |_| {
                    built.set(true);
                    focus_later(statement_id());
                }
            >
                <span class=format!("level-badge level-{level}")>{badge}</span>
                <span class="visually-hidden">": "</span>
                <span class="goal-placeholder-text">{text}</span>
            </button>
        }
    };
    let statement_full = RwSignal::new(false);
    let full = move || {
        view! {
                <div class="goal-main">
                    <label class="field">
                        <span>{tr(T::GoalStatement)}</span>
                        <textarea
                            rows="2"
                            id=statement_id
                            data-testid="goal-statement"
                            placeholder=tr(T::GoalPlaceholder)
                            maxlength=limits::MAX_STATEMENT_CHARS
                            prop:value=statement
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                statement_full.set(at_limit(&v, limits::MAX_STATEMENT_CHARS));
                                plan.edit_goal(&id.get_value(), |g| g.statement = v);
                            }
                        ></textarea>
                        <LimitNote reached=statement_full max=limits::MAX_STATEMENT_CHARS />
                    </label>
                </div>
                <TeacherComment goal=goal />
                <GoalRoleLine goal=goal assessment=assessment />
                <GoalFeedback goal=goal assessment=assessment />
                <GoalCoach goal=goal assessment=assessment />
                <details class="goal-more" on:toggle=move |ev| {
                    let open = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
                    details_open.set(open);
                }>
                    <summary>{tr(T::GoalNumbers)}</summary>
                    <Show when=move || details_open.get()>
                        <GoalDetails goal=goal assessment=assessment />
                        <Measurements goal=goal />
                    </Show>
                </details>
                <div class="actions end">
                    <button class="button small danger-text" on:click=remove>{tr(T::DeleteGoal)}</button>
                </div>
        }
    };
    view! {
        <article
            class="goal-card"
            class:main=is_main
            class:unbuilt=move || !built.get()
            data-level=shown_level
            data-testid="goal-card"
            id=move || format!("goal-{}", id.get_value())
            node_ref=card
        >
            {move || if built.get() {
                full().into_any()
            } else {
                placeholder().into_any()
            }}
        </article>
    }
}
