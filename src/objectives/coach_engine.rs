//! The goal coach's engine, a wasm of its own (src/bin/coach_engine.rs) that is loaded the first time a coach
//! panel opens, so the first load carries none of the coach's rules, templates or ways to measure.
//!
//! index.html names the engine's hashed files in `<meta name="goal-ladder-coach">` (written by
//! scripts/csp-hash.mjs). A small module snippet imports the engine's JS with a dynamic `import()` (a
//! same-origin module file, which the Content-Security-Policy's `'self'` allows), starts it with its wasm,
//! and keeps it for the page's life. The app and the engine talk in JSON: the plan as the app stores it in,
//! the suggestions out (`goal_ladder_core::coach::answer`).

use goal_ladder_core::coach::answer::{self, Offer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = r#"
let engine = null;
let loading = null;
let failures = 0;
// Loads and starts the engine once; a second call while it loads waits for the same load. After a failed
// load the next try asks for the files under another address: a browser may keep a failed import() of the
// same address failed for the page's life.
export function loadCoachEngine(js, wasm) {
  if (engine) return Promise.resolve();
  if (!loading) {
    const retry = failures ? `?retry=${failures}` : '';
    const url = (name) => new URL(name, document.baseURI).href + retry;
    loading = import(url(js))
      .then(async (module) => {
        await module.default({ module_or_path: url(wasm) });
        engine = module;
      })
      .catch((e) => {
        failures += 1;
        throw e;
      })
      .finally(() => {
        loading = null;
      });
  }
  return loading;
}
export function coachEngineLoaded() {
  return engine !== null;
}
export function coachSuggest(plan, goal, today, lang) {
  if (!engine) throw new Error('the coach engine is not loaded');
  return engine.suggest(plan, goal, today, lang);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = loadCoachEngine)]
    fn load_coach_engine(js: &str, wasm: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = coachEngineLoaded)]
    fn coach_engine_loaded() -> bool;
    #[wasm_bindgen(catch, js_name = coachSuggest)]
    fn coach_suggest(plan: &str, goal: &str, today: &str, lang: &str) -> Result<String, JsValue>;
}

/// Why the engine could not be loaded or asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// The page names no engine (index.html without the build's meta element).
    NotNamed,
    /// Its files could not be fetched or started (offline before the first visit kept them, say).
    Load(String),
    /// It was loaded but failed or answered something unreadable: a fault of the app, not the user.
    Answer(String),
}

impl EngineError {
    /// The technical detail, in English.
    pub fn detail(&self) -> String {
        match self {
            EngineError::NotNamed => "the page names no coach engine".into(),
            EngineError::Load(detail) | EngineError::Answer(detail) => detail.clone(),
        }
    }
}

/// The engine is loaded and started: asking it answers at once.
pub fn is_loaded() -> bool {
    coach_engine_loaded()
}

/// Loads and starts the engine, once for the page; a call after it has loaded returns at once.
pub async fn load() -> Result<(), EngineError> {
    let (js, wasm) = files().ok_or(EngineError::NotNamed)?;
    wasm_bindgen_futures::JsFuture::from(load_coach_engine(&js, &wasm))
        .await
        .map(|_| ())
        .map_err(|e| EngineError::Load(js_detail(&e)))
}

/// The suggestions for the goal `goal_id` of the plan stored as `plan_json`, as of `today`, with the ways
/// to measure in the interface's language `lang`. The engine must be loaded ([`load`]).
pub fn ask(
    plan_json: &str,
    goal_id: &str,
    today: &str,
    lang: &str,
) -> Result<Vec<Offer>, EngineError> {
    let json = coach_suggest(plan_json, goal_id, today, lang)
        .map_err(|e| EngineError::Answer(js_detail(&e)))?;
    answer::read_answer(&json).map_err(EngineError::Answer)
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

/// An error thrown in JavaScript, as text.
fn js_detail(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
