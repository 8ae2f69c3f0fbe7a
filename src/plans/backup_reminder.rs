use leptos::prelude::*;

use crate::browser;
use crate::durability::{self, Persistence};
use crate::i18n::{counted, fill, tr, use_lang, T};
use crate::plans::export::export_plan;
use crate::state::{Notices, PlanBook};

/// Says whether the browser keeps the plans for good, and reminds to export plans changed a week ago or more.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let notices = expect_context::<Notices>();
    let persisted = expect_context::<Persistence>().0;
    let lang = use_lang();
    // Re-read after an export, which the plans signal does not see.
    let exported = RwSignal::new(0u32);
    let stale = move || {
        exported.track();
        let exports = durability::exports();
        book.plans().with(|plans| {
            durability::needing_backup(plans, &exports, browser::now())
                .into_iter()
                .map(|p| (p.id.clone(), p.display_title().to_string()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !stale().is_empty()>
            <div class="banner warn" role="status" data-testid="backup-reminder">
                <p>{move || fill(T::BackupReminder.get(lang.get()), &[("plans", &counted(stale().len(), T::PlansOne, T::PlansOther, lang.get()))])}</p>
                <div class="actions">
                    {move || stale()
                        .into_iter()
                        .map(|(id, title)| {
                            let id = StoredValue::new(id);
                            view! {
                                <button class="button small" on:click=move |_| {
                                    if let Some(plan) = book.plan(&id.get_value()) {
                                        export_plan(&plan, notices);
                                        exported.update(|n| *n += 1);
                                    }
                                }>{fill(T::ExportNamed.get(lang.get()), &[("title", &title)])}</button>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </Show>
        <p class="hint" data-testid="persistence">
            {move || match persisted.get() {
                Some(true) => tr(T::StoragePersistent)(),
                Some(false) => tr(T::StorageNotPersistent)(),
                None => tr(T::StorageUnknown)(),
            }}
        </p>
    }
}
