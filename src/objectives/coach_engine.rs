//! The goal coach's engine, a wasm of its own (src/bin/coach_engine.rs) that is loaded the first time a coach
//! panel opens, so the first load carries none of the coach's rules, templates or ways to measure.
//!
//! plan.html names the engine's hashed files in `<meta name="goal-ladder-coach">` (written by
//! scripts/build-pages.mjs). A small module snippet imports the engine's JS with a dynamic `import()` (a
//! same-origin module file, which the Content-Security-Policy's `'self'` allows), starts it with its wasm,
//! and keeps it for the page's life. The app and the engine talk in JSON: the plan as the app stores it in,
//! the suggestions out (`goal_ladder_core::coach::answer`).

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;

// The snippet, in the first load (so kept short, its comments here): `loadCoachEngine` loads and starts
// the engine once, a second call while it loads waiting for the same load, and resolves to whether it
// loaded (it never rejects). After a failed load the next try asks for the files under another address (a
// browser may keep a failed import() of one address failed for the page's life). `coachSuggest` answers
// the engine's JSON, or a JSON error if the engine threw (a trap is an exception in JavaScript).
#[wasm_bindgen(inline_js = r#"let engine,loading,failures=0;
export function loadCoachEngine(js,wasm){
if(engine)return Promise.resolve(true);
const at=(n)=>new URL(n,document.baseURI).href+(failures?'?retry='+failures:'');
return loading??=import(at(js))
.then(async(m)=>{await m.default({module_or_path:at(wasm)});engine=m;return true;})
.catch(()=>{failures++;return false;})
.finally(()=>{loading=null;});
}
export function coachSuggest(plan,goal,today,lang){
try{return engine.suggest(plan,goal,today,lang);}catch{return '{"error":{}}';}
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = loadCoachEngine)]
    fn load_coach_engine(js: &str, wasm: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = coachSuggest)]
    fn coach_suggest(plan: &str, goal: &str, today: &str, lang: &str) -> String;
}

/// Set once the engine has loaded (the snippet keeps the engine itself).
static LOADED: AtomicBool = AtomicBool::new(false);

/// The engine is loaded and started: asking it answers at once.
pub fn is_loaded() -> bool {
    LOADED.load(Ordering::Relaxed)
}

/// Loads and starts the engine, once for the page; a call after it has loaded returns at once. False when
/// the page names no engine or its files could not be fetched or started (the browser's console says why).
pub async fn load() -> bool {
    let Some((js, wasm)) = files() else {
        return false;
    };
    let loaded = wasm_bindgen_futures::JsFuture::from(load_coach_engine(&js, &wasm))
        .await
        .is_ok_and(|v| v.is_truthy());
    if loaded {
        LOADED.store(true, Ordering::Relaxed);
    }
    loaded
}

/// The engine's answer (JSON, see `goal_ladder_core::coach::answer::read_answer`) for the goal `goal_id`
/// of the plan stored as `plan_json`, as of `today`, with the ways to measure in the interface's language
/// `lang`. The engine must be loaded ([`load`]); a fault in it is an error in the answer.
pub fn ask(plan_json: &str, goal_id: &str, today: &str, lang: &str) -> String {
    coach_suggest(plan_json, goal_id, today, lang)
}

/// The engine's JS and wasm, as index.html names them (relative to the page).
fn files() -> Option<(String, String)> {
    let meta = web_sys::window()?
        .document()?
        .query_selector(r#"meta[name="goal-ladder-coach"]"#)
        .ok()??;
    let js = meta.get_attribute("content").filter(|s| !s.is_empty())?;
    let wasm = meta.get_attribute("data-wasm").filter(|s| !s.is_empty())?;
    Some((js, wasm))
}
