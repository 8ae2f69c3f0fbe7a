// Trunk build-stage hook: builds the goal coach's engine (the `coach_engine` binary,
// src/bin/coach_engine.rs) as a wasm of its own, which the app loads the first time a coach panel opens, so
// the students' first load does not carry the coach's rules, templates and ways to measure.
//
// Built the way Trunk builds index.html's wasm (scripts/wasm-bin.mjs); its hashed file names reach the app
// through index.html's <meta name="goal-ladder-coach">, which csp-hash.mjs (a post_build hook, run after
// this one) writes from the files it finds staged.
import { buildWasmBin, trunkHookEnv } from './wasm-bin.mjs';

const WHO = 'build-coach';
const env = trunkHookEnv(WHO);
const { jsName, wasmName, js, wasm } = buildWasmBin({ bin: 'coach_engine', who: WHO, ...env });
console.log(`${WHO}: ${jsName} (${js.length} bytes), ${wasmName} (${wasm.length} bytes)`);
