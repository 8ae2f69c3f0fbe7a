use goal_ladder_core::plan::Goal;
use goal_ladder_core::scoring::{Assessment, Figures};
use goal_ladder_core::{Date, Lang};
use leptos::prelude::*;

use crate::i18n::{figure, fill, short_date, tr, use_lang, T};
use crate::state::{use_open_plan, NoticeText};

/// What the goal's words give for its empty Baseline, Target and Deadline fields: nothing for a field
/// the user filled in.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Offer {
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub deadline: Option<Date>,
}

impl Offer {
    pub fn new(goal: &Goal, figures: &Figures) -> Offer {
        Offer {
            baseline: figures.baseline.filter(|_| goal.baseline.is_none()),
            target: figures.target.filter(|_| goal.target.is_none()),
            deadline: figures.deadline.filter(|_| goal.deadline.is_none()),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Offer::default()
    }

    /// "baseline 1.200, target 2.000, deadline 31.12.2027", in the interface's language.
    pub fn describe(&self, lang: Lang) -> String {
        let parts: Vec<String> = [
            self.baseline
                .map(|x| fill(T::FigureBaseline.get(lang), &[("value", &figure(x, lang))])),
            self.target
                .map(|x| fill(T::FigureTarget.get(lang), &[("value", &figure(x, lang))])),
            self.deadline.map(|d| {
                fill(
                    T::FigureDeadline.get(lang),
                    &[("value", &short_date(d, lang))],
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        parts.join(", ")
    }

    /// Writes what is offered into the goal's empty fields.
    pub fn apply(&self, goal: &mut Goal) {
        goal.baseline = goal.baseline.or(self.baseline);
        goal.target = goal.target.or(self.target);
        goal.deadline = goal.deadline.or(self.deadline);
    }
}

/// The offer of a goal, from its latest verdict.
pub fn offer_of(goal: Memo<Option<Goal>>, assessment: Memo<Option<Assessment>>) -> Memo<Offer> {
    Memo::new(move |_| {
        goal.with(|g| {
            assessment.with(|a| match (g, a) {
                (Some(g), Some(a)) => Offer::new(g, &a.figures),
                _ => Offer::default(),
            })
        })
    })
}

/// Under the verdict, while the goal's words give a baseline, target or deadline its fields lack: says
/// what was read and fills the fields in one click, which the notice it leaves can undo. Each field
/// also offers its own value beside it, under "Numbers and follow-up".
#[component]
pub fn FiguresOffer(
    goal: Memo<Option<Goal>>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let offer = offer_of(goal, assessment);
    let fill_in = move |_| {
        let Some(id) = goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone())) else {
            return;
        };
        let offered = offer.get_untracked();
        let mut before = None;
        plan.edit_goal(&id, |g| {
            before = Some((g.baseline, g.target, g.deadline));
            offered.apply(g);
        });
        let Some((baseline, target, deadline)) = before else {
            return;
        };
        let text = NoticeText::said(move |ui| {
            fill(
                T::FieldsFilled.get(ui),
                &[("figures", &offered.describe(ui))],
            )
        });
        let undo = move || {
            plan.edit_goal(&id, |g| {
                (g.baseline, g.target, g.deadline) = (baseline, target, deadline);
            });
        };
        plan.book().notices().push_undo(text, undo);
    };
    view! {
        <Show when=move || !offer.with(Offer::is_empty)>
            <p class="figures-offer" data-testid="figures-offer">
                <span>{move || fill(T::FiguresInText.get(lang.get()), &[("figures", &offer.get().describe(lang.get()))])}</span>
                " "
                <button type="button" class="button small" data-testid="fill-from-text" on:click=fill_in>{tr(T::FillFromText)}</button>
            </p>
        </Show>
    }
}
