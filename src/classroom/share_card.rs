use goal_ladder_core::classroom::{plan_markdown, SharePayload};
use goal_ladder_core::plan_file::file_stem;
use goal_ladder_core::Lang;
use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::classroom::link_codec::encode_link;
use crate::i18n::{tr, use_lang, T};
use crate::open_plan::print_view::{print_plan, Printing};
use crate::state::{use_open_plan, NoticeKind, NoticeText, Notices, Route};

/// The full address of `route` on the page that shows it (a share link leads to the start page, wherever
/// it was made).
pub fn link_to(route: &Route) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let relative = crate::state::href(route);
    web_sys::Url::new_with_base(&relative, &here)
        .map(|url| url.href())
        .unwrap_or_else(|_| {
            format!(
                "{}{}",
                here.split('#').next().unwrap_or_default(),
                route.to_hash()
            )
        })
}

/// Copies `text` to the clipboard where the browser allows it; the link stays selectable on screen anyway.
pub fn copy_to_clipboard(text: String, notices: Notices, done: T) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => notices.push(
                NoticeKind::Success,
                NoticeText::said(move |lang| done.get(lang).to_string()),
                None,
            ),
            Err(_) => notices.push(
                NoticeKind::Info,
                NoticeText::said(|lang| T::CopyByHand.get(lang).to_string()),
                None,
            ),
        };
    });
}

/// A share link to `payload`, copied to the clipboard when made; the error in the interface's language.
pub async fn share_link(
    payload: SharePayload,
    lang: Lang,
    notices: Notices,
) -> Result<String, String> {
    let made = encode_link(&payload)
        .await
        .map(|code| link_to(&Route::Shared(code)))
        .map_err(|e| e.text(lang));
    if let Ok(url) = &made {
        copy_to_clipboard(url.clone(), notices, T::LinkCopied);
    }
    made
}

/// Sharing the plan: a link that carries it, a Markdown copy, and the print layout.
#[component]
pub fn ShareCard() -> impl IntoView {
    let plan = use_open_plan();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let link = RwSignal::new(None::<Result<String, String>>);
    let link_input = NodeRef::<html::Input>::new();
    let make_link = move |_| {
        let Some(p) = plan.book().plan(&plan.id()) else {
            return;
        };
        // The browser deflates the plan (a promise): the link shows when it is made.
        leptos::task::spawn_local(async move {
            let made = share_link(SharePayload::Plan(p), lang.get_untracked(), notices).await;
            if link.try_set(Some(made)).is_some() {
                return; // the card is gone
            }
            request_animation_frame(move || {
                if let Some(input) = link_input.get_untracked() {
                    input.select();
                }
            });
        });
    };
    let markdown = move |_| {
        let Some(p) = plan.book().plan(&plan.id()) else {
            return;
        };
        let text = plan_markdown(&p, lang.get_untracked(), browser::today());
        let name = format!("{}.md", file_stem(p.display_title()));
        if let Err(e) = browser::download_text(&name, "text/markdown;charset=utf-8", &text) {
            notices.push(NoticeKind::Error, e, None);
        }
    };
    let printing = expect_context::<Printing>();
    let print = move |_| print_plan(printing);
    view! {
        <section class="card no-print" aria-labelledby="share-heading">
            <h3 id="share-heading">{tr(T::ShareHeading)}</h3>
            <p class="hint">{tr(T::ShareHelp)}</p>
            <div class="actions">
                <button class="button small" data-testid="share-link" on:click=make_link>{tr(T::ShareLink)}</button>
                <button class="button small" data-testid="export-markdown" on:click=markdown>{tr(T::ExportMarkdown)}</button>
                <button class="button small" data-testid="print-plan" on:click=print>{tr(T::PrintPlan)}</button>
            </div>
            {move || link.get().map(|made| match made {
                Ok(url) => view! {
                    <label class="field">
                        <span>{tr(T::LinkToPlan)}</span>
                        <input type="text" readonly=true node_ref=link_input data-testid="share-link-value" prop:value=url />
                    </label>
                }
                .into_any(),
                Err(why) => view! { <p class="field-error" role="alert" data-testid="share-link-error">{why}</p> }.into_any(),
            })}
        </section>
    }
}
