use goal_ladder_core::classroom::{ClassRow, Column};
use leptos::prelude::*;

use crate::class_review::load::{column_key, Review};
use crate::components::focus::focus_later;
use crate::i18n::{decimal, tr, use_lang, T};

/// The id of a row's name button, to give it focus back after its plan was shown.
pub fn student_button_id(index: usize) -> String {
    format!("review-student-{index}")
}

/// One cell of the class table. The student's name is the row's heading and opens the plan.
#[component]
pub fn TableCell(row: StoredValue<ClassRow>, column: Column) -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let key = column_key(column);
    let r = row.get_value();
    let s = &r.summary;
    let of = |a: usize, b: usize| format!("{a}/{b}");
    let text = match column {
        Column::Student => {
            let index = r.index;
            let name = r.student_name.trim().to_string();
            let differs = !r.summary_differs.is_empty();
            let open = move |_| {
                review.open.set(Some(index));
                focus_later("student-plan-heading".to_string());
            };
            return view! {
                <th scope="row" data-col=key>
                    <button type="button" class="review-name" id=student_button_id(index) data-testid="open-student" on:click=open>
                        {move || if name.is_empty() { T::ReviewNoName.get(lang.get()).to_string() } else { name.clone() }}
                    </button>
                    {differs.then(|| view! { <span class="badge warn review-differs">{tr(T::ReviewDiffersShort)}</span> })}
                </th>
            }
            .into_any();
        }
        Column::Class => r.class_name.clone(),
        Column::Assignment => r.assignment.clone(),
        Column::Goals => s.goal_count.to_string(),
        Column::MainGoals => s.main_goals.to_string(),
        Column::MainGoalsFit => of(s.main_goals_fit, s.main_goals),
        Column::ToCheck => s.to_check.to_string(),
        Column::Smart => of(s.smart_met, s.smart_total),
        Column::Warnings => s.warnings.to_string(),
        Column::Okr => {
            let score = r.okr_score();
            return view! {
                <td class="num" data-col=key>
                    {move || score.map(|x| decimal(x, 2, lang.get())).unwrap_or_else(|| "–".into())}
                </td>
            }
            .into_any();
        }
        Column::Sections => {
            let (filled, total) = s.sections_filled();
            if total > 0 && filled == total {
                return view! {
                    <td class="num" data-col=key data-value=of(filled, total)>
                        <span aria-hidden="true">"✓"</span>
                        <span class="visually-hidden">{of(filled, total)}</span>
                    </td>
                }
                .into_any();
            }
            if total == 0 {
                "–".into()
            } else {
                of(filled, total)
            }
        }
        Column::Grade => r
            .grade()
            .map(|(points, max)| of(points as usize, max as usize))
            .unwrap_or_else(|| "–".into()),
        Column::HandedIn => r.handed_in_at.to_string(),
        Column::AppVersion => r.app_version.clone(),
        Column::SummaryCheck => r.summary_differs.join(" "),
    };
    let numeric = !matches!(column, Column::Class | Column::Assignment);
    view! { <td class:num=numeric data-col=key>{text}</td> }.into_any()
}
