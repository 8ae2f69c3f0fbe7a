use goal_ladder_core::warnings::SmartTally;
use goal_ladder_core::LadderLevel;
use leptos::prelude::*;

use crate::assess;
use crate::i18n::{fill, tr, use_lang, T};

/// For each goal of the plan the scorer or the user placed: its id, short text, whether it is a main
/// goal, and its level. A goal to check is on no rung (see [`goals_to_check`]).
fn placed_goals() -> Memo<Vec<(String, String, bool, LadderLevel)>> {
    let scored = assess::use_scored_goals();
    Memo::new(move |_| {
        scored.with(|goals| {
            goals
                .iter()
                .filter(|s| !s.to_check())
                .map(|s| {
                    let g = &s.goal;
                    let text: String = g.statement.chars().take(48).collect();
                    let text = if g.statement.chars().count() > 48 {
                        format!("{}…", text.trim_end())
                    } else {
                        text
                    };
                    (g.id.to_string(), text, g.is_main, s.level())
                })
                .collect()
        })
    })
}

/// How many goals the scorer could not place and the user has not placed either.
fn goals_to_check() -> Memo<usize> {
    let scored = assess::use_scored_goals();
    Memo::new(move |_| scored.with(|goals| goals.iter().filter(|s| s.to_check()).count()))
}

/// The ladder as a picture: five rungs (and the ground for activities), each goal a dot on its rung.
#[component]
pub fn LadderPicture() -> impl IntoView {
    let lang = use_lang();
    let goals = placed_goals();
    let to_check = goals_to_check();
    const ROW: f64 = 46.0;
    // Room left of the ladder for the longest level name, "2 uppmärksamhet" (about 110 units at 12 px);
    // at 88 it was cut off in Norwegian, Swedish and Danish.
    const LABEL_END: f64 = 120.0;
    const LEFT_RAIL: f64 = LABEL_END + 8.0;
    const RIGHT_RAIL: f64 = 348.0;
    // As many dots as fit between the rails on one row; more go on a row above.
    const DOTS_PER_ROW: usize = 12;
    let y = |level: LadderLevel| 12.0 + (5 - level.number()) as f64 * ROW;
    let description = move || {
        let lang = lang.get();
        let mut levels: Vec<String> = LadderLevel::ALL
            .iter()
            .rev()
            .map(|l| {
                let n = goals.with(|g| g.iter().filter(|x| x.3 == *l).count());
                format!("{} {}: {n}", l.number(), l.name(lang))
            })
            .collect();
        let unplaced = to_check.get();
        if unplaced > 0 {
            levels.push(fill(
                T::LadderToCheck.get(lang),
                &[("n", &unplaced.to_string())],
            ));
        }
        levels.join("; ")
    };
    view! {
        <figure class="ladder-picture">
            <svg viewBox="0 0 360 292" role="img" aria-label=move || fill(T::LadderAlt.get(lang.get()), &[("levels", &description())]) data-testid="ladder-picture">
                <rect class="ladder-main-zone" x="0" y="0" width="360" height=2.0 * ROW + 4.0 rx="8" />
                <line class="ladder-rail" x1=LEFT_RAIL x2=LEFT_RAIL y1="4" y2="288" />
                <line class="ladder-rail" x1=RIGHT_RAIL x2=RIGHT_RAIL y1="4" y2="288" />
                {LadderLevel::ALL
                    .into_iter()
                    .map(|level| {
                        let yy = y(level);
                        view! {
                            <g class=format!("rung level-{}", level.number())>
                                <line class="ladder-rung" x1=LEFT_RAIL x2=RIGHT_RAIL y1=yy + 18.0 y2=yy + 18.0 />
                                <text class="rung-label" x=LABEL_END y=yy + 22.0 text-anchor="end">
                                    {move || format!("{} {}", level.number(), level.name(lang.get()))}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
                {move || {
                    let mut per_level = [0usize; 6];
                    goals
                        .get()
                        .into_iter()
                        .map(|(id, text, main, level)| {
                            let i = per_level[level.number() as usize];
                            per_level[level.number() as usize] += 1;
                            let cx = LEFT_RAIL + 16.0 + (i % DOTS_PER_ROW) as f64 * 17.0;
                            let cy = y(level) + 18.0 - (i / DOTS_PER_ROW) as f64 * 10.0;
                            // The svg's label carries the counts; each dot's text is there for pointer users.
                            view! {
                                <circle class=format!("goal-dot level-{}", level.number()) class:main=main cx=cx cy=cy r=if main { 7.5 } else { 5.5 } data-goal=id>
                                    <title>{text}</title>
                                </circle>
                            }
                        })
                        .collect_view()
                }}
            </svg>
            <figcaption class="hint">{tr(T::LadderCaption)}</figcaption>
        </figure>
    }
}

/// How many main goals sit on 4-5 and how many too low, and how complete the SMART checks are.
#[component]
pub fn LevelCounts() -> impl IntoView {
    let lang = use_lang();
    let goals = placed_goals();
    let main_high =
        move || goals.with(|g| g.iter().filter(|x| x.2 && x.3.fits_main_goal()).count());
    let main_low =
        move || goals.with(|g| g.iter().filter(|x| x.2 && !x.3.fits_main_goal()).count());
    let sub = move || goals.with(|g| g.iter().filter(|x| !x.2).count());
    let to_check = goals_to_check();
    let smart = assess::smart_completeness_signal();
    view! {
        <dl class="figures">
            <div data-testid="count-main-high"><dt>{tr(T::MainGoalsHigh)}</dt><dd>{main_high}</dd></div>
            <div data-testid="count-main-low" class:warning={move || main_low() > 0}><dt>{tr(T::MainGoalsLow)}</dt><dd>{main_low}</dd></div>
            <div data-testid="count-sub"><dt>{tr(T::SubGoals)}</dt><dd>{sub}</dd></div>
            <Show when=move || { to_check.get() > 0 }>
                <div data-testid="count-to-check" class="warning"><dt>{tr(T::GoalsToCheck)}</dt><dd>{move || to_check.get()}</dd></div>
            </Show>
            <div data-testid="smart-completeness">
                <dt>{move || SmartTally::LABEL.get(lang.get())}</dt>
                <dd>{move || smart.get().words(lang.get()).unwrap_or_else(|| "–".into())}</dd>
            </div>
        </dl>
    }
}
