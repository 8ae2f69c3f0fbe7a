//! The plan page (plan.html): an open plan and the KPI library, a page of its own so that the start page a
//! student opens first (index.html, the plan list) does not carry the editor. Built by
//! scripts/build-pages.mjs, a Trunk hook. It also exports the figures `scripts/bench` times in the browser.

mod bench;

fn main() {
    goal_ladder::start_plan();
}
