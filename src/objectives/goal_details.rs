use goal_ladder_core::catalogue;
use goal_ladder_core::goal_type::{GoalType, MetricFamily};
use goal_ladder_core::limits;
use goal_ladder_core::plan::{Goal, LevelOverride, MetricChoice};
use goal_ladder_core::scoring::Assessment;
use goal_ladder_core::LadderLevel;
use leptos::prelude::*;

use crate::components::fields::{DateField, NumberField, TextField};
use crate::components::focus::focus_later;
use crate::i18n::{figure, fill, short_date, tr, use_lang, T};
use crate::objectives::figures_offer::offer_of;
use crate::state::use_open_plan;

fn metric_code(m: &Option<MetricChoice>) -> String {
    match m {
        None => String::new(),
        Some(MetricChoice::Catalogue { metric }) => metric.clone(),
        Some(MetricChoice::Custom { .. }) => "custom".into(),
    }
}

/// Beside an empty field, the value the goal's words give for it, with a button that writes it in and
/// moves the focus to the field, where it can be changed.
#[component]
fn FieldOffer(
    value: Signal<Option<String>>,
    use_label: T,
    field: String,
    on_use: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let field = StoredValue::new(field);
    move || {
        value.get().map(|v| {
            let ui = lang.get();
            let label = fill(use_label.get(ui), &[("value", &v)]);
            view! {
                <p class="field-offer" data-testid="field-offer">
                    <span>{fill(T::FromYourText.get(ui), &[("value", &v)])}</span>
                    " "
                    <button type="button" class="button small" aria-label=label on:click=move |_| {
                        on_use();
                        focus_later(field.get_value());
                    }>{T::UseValue.get(ui)}</button>
                </p>
            }
        })
    }
}

/// A goal's type, metric, numbers and dates, and the user's own level where they disagree with the scorer.
/// An empty Baseline, Target or Deadline offers what the goal's words give.
#[component]
pub fn GoalDetails(
    goal: Memo<Option<Goal>>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = move || goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone()).unwrap_or_default());
    let offer = offer_of(goal, assessment);
    let field_id = move |name: &str| format!("goal-{name}-{}", id());
    let read = move |f: fn(&Goal) -> String| {
        Signal::derive(move || goal.with(|g| g.as_ref().map(f).unwrap_or_default()))
    };
    let edit = move |f: Box<dyn FnOnce(&mut Goal)>| plan.edit_goal(&id(), f);
    let custom = move || {
        goal.with(|g| {
            matches!(
                g.as_ref().and_then(|g| g.metric.as_ref()),
                Some(MetricChoice::Custom { .. })
            )
        })
    };

    view! {
        <div class="goal-details">
            <div class="grid-3">
                <label class="field">
                    <span>{tr(T::GoalType)}</span>
                    <select
                        prop:value=move || goal.with(|g| g.as_ref().and_then(|g| g.goal_type).map(GoalType::code).unwrap_or_default())
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let t = GoalType::ALL.into_iter().find(|t| t.code() == code);
                            edit(Box::new(move |g| g.goal_type = t));
                        }
                    >
                        <option value="">{tr(T::NotChosen)}</option>
                        {GoalType::ALL.into_iter().map(|t| view! { <option value=t.code()>{move || t.name(lang.get())}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{tr(T::Family)}</span>
                    <select
                        prop:value=move || goal.with(|g| g.as_ref().and_then(|g| g.family).map(MetricFamily::code).unwrap_or_default())
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let f = MetricFamily::ALL.into_iter().find(|f| f.code() == code);
                            edit(Box::new(move |g| g.family = f));
                        }
                    >
                        <option value="">{tr(T::NotChosen)}</option>
                        {MetricFamily::ALL.into_iter().map(|f| view! { <option value=f.code()>{move || f.name(lang.get())}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{tr(T::Metric)}</span>
                    <select
                        data-testid="goal-metric"
                        prop:value=move || goal.with(|g| g.as_ref().map(|g| metric_code(&g.metric)).unwrap_or_default())
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let choice = match code.as_str() {
                                "" => None,
                                "custom" => Some(MetricChoice::Custom { name: String::new(), level: LadderLevel::Interaction }),
                                id => catalogue::find(id).map(|m| MetricChoice::Catalogue { metric: m.id.to_string() }),
                            };
                            edit(Box::new(move |g| g.metric = choice));
                        }
                    >
                        <option value="">{tr(T::MetricFromText)}</option>
                        {LadderLevel::ALL
                            .into_iter()
                            .map(|level| {
                                view! {
                                    <optgroup label=move || format!("{} {}", level.number(), level.name(lang.get()))>
                                        {catalogue::on_level(level)
                                            .map(|m| view! { <option value=m.id>{move || m.name.get(lang.get())}</option> })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()}
                        <option value="custom">{tr(T::CustomMetric)}</option>
                    </select>
                </label>
            </div>
            <Show when=custom>
                <div class="grid-2">
                    <TextField
                        label=tr(T::CustomMetricName)
                        max=limits::MAX_NAME_CHARS
                        value=read(|g| match &g.metric { Some(MetricChoice::Custom { name, .. }) => name.clone(), _ => String::new() })
                        on_input=move |v: String| edit(Box::new(move |g| if let Some(MetricChoice::Custom { name, .. }) = &mut g.metric { *name = v }))
                    />
                    <label class="field">
                        <span>{tr(T::CustomMetricLevel)}</span>
                        <select
                            prop:value=move || goal.with(|g| match g.as_ref().and_then(|g| g.metric.as_ref()) { Some(MetricChoice::Custom { level, .. }) => level.number().to_string(), _ => String::new() })
                            on:change=move |ev| {
                                let level = event_target_value(&ev).parse::<u8>().ok().and_then(LadderLevel::from_number);
                                edit(Box::new(move |g| if let (Some(MetricChoice::Custom { level: l, .. }), Some(new)) = (&mut g.metric, level) { *l = new }));
                            }
                        >
                            {LadderLevel::ALL.into_iter().map(|l| view! { <option value=l.number().to_string()>{move || format!("{} {}", l.number(), l.name(lang.get()))}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
            </Show>
            <div class="grid-3">
                <div class="field-with-offer">
                    <NumberField label=tr(T::Baseline) test_id="goal-baseline" id=field_id("baseline") value=Signal::derive(move || goal.with(|g| g.as_ref().and_then(|g| g.baseline))) on_change=move |v| edit(Box::new(move |g| g.baseline = v)) />
                    <FieldOffer
                        value=Signal::derive(move || offer.get().baseline.map(|x| figure(x, lang.get())))
                        use_label=T::UseBaseline
                        field=field_id("baseline")
                        on_use=move || { let x = offer.get_untracked().baseline; edit(Box::new(move |g| g.baseline = g.baseline.or(x))) }
                    />
                </div>
                <div class="field-with-offer">
                    <NumberField label=tr(T::Target) test_id="goal-target" id=field_id("target") value=Signal::derive(move || goal.with(|g| g.as_ref().and_then(|g| g.target))) on_change=move |v| edit(Box::new(move |g| g.target = v)) />
                    <FieldOffer
                        value=Signal::derive(move || offer.get().target.map(|x| figure(x, lang.get())))
                        use_label=T::UseTarget
                        field=field_id("target")
                        on_use=move || { let x = offer.get_untracked().target; edit(Box::new(move |g| g.target = g.target.or(x))) }
                    />
                </div>
                <TextField label=tr(T::Unit) max=limits::MAX_NAME_CHARS value=read(|g| g.unit.clone()) on_input=move |v: String| edit(Box::new(move |g| g.unit = v)) />
                <DateField label=tr(T::Start) value=Signal::derive(move || goal.with(|g| g.as_ref().and_then(|g| g.start))) on_change=move |v| edit(Box::new(move |g| g.start = v)) />
                <div class="field-with-offer">
                    <DateField label=tr(T::Deadline) test_id="goal-deadline" id=field_id("deadline") value=Signal::derive(move || goal.with(|g| g.as_ref().and_then(|g| g.deadline))) on_change=move |v| edit(Box::new(move |g| g.deadline = v)) />
                    <FieldOffer
                        value=Signal::derive(move || offer.get().deadline.map(|d| short_date(d, lang.get())))
                        use_label=T::UseDeadline
                        field=field_id("deadline")
                        on_use=move || { let d = offer.get_untracked().deadline; edit(Box::new(move |g| g.deadline = g.deadline.or(d))) }
                    />
                </div>
                <TextField label=tr(T::Owner) max=limits::MAX_NAME_CHARS value=read(|g| g.owner.clone()) on_input=move |v: String| edit(Box::new(move |g| g.owner = v)) />
            </div>
            <fieldset class="field-group">
                <legend>{tr(T::LevelOverride)}</legend>
                <p class="hint">{tr(T::LevelOverrideHelp)}</p>
                <div class="grid-2">
                    <label class="field">
                        <span>{tr(T::Level)}</span>
                        <select
                            data-testid="level-override"
                            prop:value=move || goal.with(|g| g.as_ref().and_then(|g| g.level_override.as_ref()).map(|o| o.level.number().to_string()).unwrap_or_default())
                            on:change=move |ev| {
                                let level = event_target_value(&ev).parse::<u8>().ok().and_then(LadderLevel::from_number);
                                edit(Box::new(move |g| {
                                    g.level_override = level.map(|level| LevelOverride { level, justification: g.level_override.take().map(|o| o.justification).unwrap_or_default() });
                                }));
                            }
                        >
                            <option value="">{tr(T::AsScored)}</option>
                            {LadderLevel::ALL.into_iter().map(|l| view! { <option value=l.number().to_string()>{move || format!("{} {}", l.number(), l.name(lang.get()))}</option> }).collect_view()}
                        </select>
                    </label>
                    <Show when=move || goal.with(|g| g.as_ref().is_some_and(|g| g.level_override.is_some()))>
                        <TextField
                            label=tr(T::Justification)
                            test_id="level-justification"
                            max=limits::MAX_NOTE_CHARS
                            value=read(|g| g.level_override.as_ref().map(|o| o.justification.clone()).unwrap_or_default())
                            on_input=move |v: String| edit(Box::new(move |g| if let Some(o) = &mut g.level_override { o.justification = v }))
                        />
                    </Show>
                </div>
            </fieldset>
            <TextField label=tr(T::Notes) multiline=true max=limits::MAX_NOTE_CHARS value=read(|g| g.notes.clone()) on_input=move |v: String| edit(Box::new(move |g| g.notes = v)) />
        </div>
    }
}
