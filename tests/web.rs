//! Browser tests: storage and the mounted app in a real Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use goal_ladder::storage::{self, StorageKey};
use goal_ladder_core::file::{FileError, FileKind};
use goal_ladder_core::plan::{Goal, GoalId, PlanId};
use goal_ladder_core::{Plan, Timestamp};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn sample(id: &str, updated: i64) -> Plan {
    let mut plan = Plan::new(
        PlanId::new(id),
        format!("Plan {id}"),
        Timestamp::from_millis(updated),
    );
    plan.description = "Bakeri i Bodø – «vinterkampanje»".into();
    plan.goals.push(Goal {
        id: GoalId::new("g1"),
        statement: "200 bestillinger via Instagram innen 1. mars 2027".into(),
        ..Default::default()
    });
    plan
}

#[wasm_bindgen_test]
fn a_saved_plan_loads_back_unchanged() {
    local().clear().unwrap();
    let plan = sample("a", 1_000);
    storage::save_plan(&plan, Timestamp::from_millis(2_000)).expect("save");
    let stored = storage::load_plans().expect("load");
    assert_eq!(stored.plans, vec![plan]);
    assert!(stored.unreadable.is_empty());
    let raw = local()
        .get_item("goal-ladder.v1.plan.a")
        .unwrap()
        .expect("key carries the format version");
    assert!(raw.contains("\"version\":1"));
}

#[wasm_bindgen_test]
fn plans_load_newest_first_and_deleting_removes_only_one() {
    local().clear().unwrap();
    for (id, at) in [("old", 1_000), ("new", 9_000), ("mid", 5_000)] {
        storage::save_plan(&sample(id, at), Timestamp::from_millis(at)).unwrap();
    }
    let ids = |s: storage::StoredPlans| s.plans.into_iter().map(|p| p.id.0).collect::<Vec<_>>();
    assert_eq!(ids(storage::load_plans().unwrap()), ["new", "mid", "old"]);
    storage::delete_plan(&PlanId::new("mid")).unwrap();
    assert_eq!(ids(storage::load_plans().unwrap()), ["new", "old"]);
}

#[wasm_bindgen_test]
fn an_unreadable_entry_is_kept_aside_and_never_deleted() {
    local().clear().unwrap();
    storage::save_plan(&sample("good", 1), Timestamp::from_millis(1)).unwrap();
    local()
        .set_item(
            "goal-ladder.v1.plan.broken",
            "{\"format\": \"goal-ladder-plan\", \"vers",
        )
        .unwrap();
    let stored = storage::load_plans().unwrap();
    assert_eq!(stored.plans.len(), 1);
    assert_eq!(stored.unreadable.len(), 1);
    assert!(matches!(
        stored.unreadable[0].error,
        FileError::NotJson { .. }
    ));
    let aside = StorageKey::Recovered("goal-ladder.v1.plan.broken".into()).name();
    assert_eq!(
        local().get_item(&aside).unwrap().as_deref(),
        Some("{\"format\": \"goal-ladder-plan\", \"vers")
    );
    // The original stays where it was, and a second start does not disturb the copy.
    assert!(local()
        .get_item("goal-ladder.v1.plan.broken")
        .unwrap()
        .is_some());
    let again = storage::load_plans().unwrap();
    assert_eq!(again.unreadable.len(), 1);
    assert_eq!(
        local().get_item(&aside).unwrap().as_deref(),
        Some("{\"format\": \"goal-ladder-plan\", \"vers")
    );
}

#[wasm_bindgen_test]
fn a_plan_from_a_newer_app_is_reported_not_dropped() {
    local().clear().unwrap();
    local()
        .set_item(
            "goal-ladder.v1.plan.future",
            r#"{"format":"goal-ladder-plan","version":42,"plan":{}}"#,
        )
        .unwrap();
    let stored = storage::load_plans().unwrap();
    assert!(stored.plans.is_empty());
    assert_eq!(
        stored.unreadable[0].error,
        FileError::NewerVersion {
            expected: FileKind::Plan,
            found: 42,
            supported: 1
        }
    );
}

#[wasm_bindgen_test]
async fn the_mounted_app_lists_stored_plans_and_reports_broken_ones() {
    local().clear().unwrap();
    storage::save_plan(&sample("shown", 5), Timestamp::from_millis(5)).unwrap();
    local()
        .set_item("goal-ladder.v1.plan.bad", "not json")
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), goal_ladder::App);
    leptos::task::tick().await;
    let titles = host.query_selector_all("[data-testid=plan-title]").unwrap();
    assert_eq!(titles.length(), 1);
    assert_eq!(
        titles.get(0).unwrap().text_content().as_deref(),
        Some("Plan shown")
    );
    let notice = host
        .query_selector("[data-testid=notice]")
        .unwrap()
        .expect("a notice about the broken entry");
    assert!(notice
        .text_content()
        .unwrap_or_default()
        .contains("could not be read"));
    drop(handle);
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
fn a_full_storage_refuses_the_write_and_keeps_the_earlier_version() {
    local().clear().unwrap();
    let mut plan = sample("full", 1);
    storage::save_plan(&plan, Timestamp::from_millis(1)).unwrap();
    // Fill the quota with filler entries, halving their size until nothing more fits.
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    while chunk.len() > 16 {
        if local().set_item(&format!("filler.{n}"), &chunk).is_ok() {
            n += 1;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    plan.description = "y".repeat(64 * 1024);
    let result = storage::save_plan(&plan, Timestamp::from_millis(2));
    let kept = storage::load_plan(&PlanId::new("full"))
        .unwrap()
        .expect("the earlier version is still there");
    for i in 0..n {
        local().remove_item(&format!("filler.{i}")).unwrap();
    }
    assert_eq!(result, Err(storage::StorageError::Full));
    assert_eq!(kept.description, "Bakeri i Bodø – «vinterkampanje»");
}

#[wasm_bindgen_test]
fn a_storage_key_names_its_plan() {
    assert_eq!(
        storage::plan_id_of_key("goal-ladder.v1.plan.abc"),
        Some(PlanId::new("abc"))
    );
    assert_eq!(storage::plan_id_of_key("goal-ladder.v1.settings"), None);
    assert_eq!(storage::plan_id_of_key("other.plan.abc"), None);
}
