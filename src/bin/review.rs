//! The teacher's review of hand-ins (review.html): a page of its own, so the students' first load does
//! not carry it. Built by scripts/build-review.mjs, a Trunk hook.
fn main() {
    goal_ladder::start_review();
}
