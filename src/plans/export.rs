use goal_ladder_core::plan_file::{plan_file_name, write_plan_file};
use goal_ladder_core::Plan;

use crate::browser;
use crate::i18n::{fill, T};
use crate::state::{NoticeKind, NoticeText, Notices};

/// Downloads the plan as `<title>.goal-ladder.json` and says so.
pub fn export_plan(plan: &Plan, notices: Notices) {
    let file_name = plan_file_name(plan);
    let text = write_plan_file(plan, browser::now());
    match browser::download_text(&file_name, "application/json", &text) {
        Ok(()) => {
            crate::durability::record_export(&plan.id, browser::now());
            notices.push(
                NoticeKind::Success,
                NoticeText::said(move |lang| fill(T::Exported.get(lang), &[("file", &file_name)])),
                None,
            );
        }
        Err(e) => {
            notices.push(NoticeKind::Error, e, None);
        }
    }
}
