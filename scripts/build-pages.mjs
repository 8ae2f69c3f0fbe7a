// Trunk build-stage hook: builds the app's other wasm files, the ones a student's first visit (index.html,
// the start page that Trunk itself builds) does not load:
// 1. the goal coach's engine (the `coach_engine` binary), loaded the first time a coach panel opens;
// 2. plan.html, the plan page (the `plan` binary): an open plan and the KPI library; its
//    <meta name="goal-ladder-coach" content="./coach_engine-<hash>.js" data-wasm="./coach_engine-<hash>_bg.wasm">
//    names the engine's files for the app (src/objectives/coach_engine.rs) and the benchmark;
// 3. review.html, the teacher's review (the `review` binary).
//
// One hook, in this order, because the plan page names the engine's files. Each binary is built the way
// Trunk builds index.html's (scripts/wasm-bin.mjs: the same cargo profile, wasm-bindgen, wasm-opt with
// index.html's params, content-hashed names in TRUNK_STAGING_DIR).
//
// A page is index.html's head and loading block with its own script instead of the main one: it links the
// stylesheet Trunk built for index.html (the same file, so one download serves every page) and carries a
// Content-Security-Policy with the hash of its own inline script (as csp-hash.mjs does for index.html).
import fs from 'node:fs';
import path from 'node:path';
import { buildWasmBin, sha, trunkHookEnv } from './wasm-bin.mjs';

const WHO = 'build-pages';
const env = trunkHookEnv(WHO);
const { staging, source } = env;
const integrity = (body) => `sha384-${sha('sha384', body, 'base64')}`;

// 1. The coach's engine.
const engine = buildWasmBin({ bin: 'coach_engine', who: WHO, ...env });
console.log(`${WHO}: coach engine ${engine.jsName} (${engine.js.length} bytes), ${engine.wasmName} (${engine.wasm.length} bytes)`);

// The stylesheet and icon Trunk stages for index.html. Its asset pipelines run while this hook runs, but
// they are done long before a cargo build is; still, wait for them rather than race them.
async function staged(pattern) {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const found = fs.readdirSync(staging).filter((name) => pattern.test(name));
    if (found.length === 1) {
      const file = path.join(staging, found[0]);
      const size = fs.statSync(file).size;
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (size > 0 && fs.statSync(file).size === size) return found[0];
    } else if (found.length > 1) {
      throw new Error(`${WHO}: more than one ${pattern} in ${staging}: ${found.join(', ')}`);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${WHO}: Trunk staged no ${pattern} in ${staging}`);
}

/// Builds `bin` and writes `page`: index.html with `title` added to its title, the binary's script, and
/// `head` (more tags) at the end of the head.
async function buildPage({ bin, page: pageName, title, head = '' }) {
  const { jsName, wasmName, js, wasm } = buildWasmBin({ bin, who: WHO, ...env });
  const html = fs.readFileSync(source, 'utf8');
  const css = await staged(/^main-[0-9a-f]{16}\.css$/);
  const icon = await staged(/^favicon-[0-9a-f]{16}\.svg$/);
  const cssBody = fs.readFileSync(path.join(staging, css));
  const iconBody = fs.readFileSync(path.join(staging, icon));
  // As Trunk's loader does for index.html: the exports on window.wasmBindings (scripts/bench calls the plan
  // page's benchScoring and benchSaveLoad there).
  const script = `
import init, * as bindings from './${jsName}';
await init({ module_or_path: window.goalLadderWasm ?? './${wasmName}' });
window.wasmBindings = bindings;
`;
  // As csp-hash.mjs does for index.html: the wasm compiles while it downloads, from the moment the head is
  // read, not once the stylesheet is in and the module script runs.
  const early = `window.goalLadderWasm=((u,i)=>WebAssembly.compileStreaming(fetch(u,{integrity:i})).catch(()=>fetch(u,{integrity:i}).then((r)=>r.arrayBuffer())))('./${wasmName}','${integrity(wasm)}')`;
  const scriptHash = [script, early].map((body) => `'sha256-${sha('sha256', body, 'base64')}'`).join(' ');
  let page = html;
  const replace = (pattern, by, what) => {
    const before = page;
    page = page.replace(pattern, by);
    if (page === before) throw new Error(`${WHO}: index.html has no ${what}`);
  };
  replace("'inline-script-hashes'", scriptHash, "'inline-script-hashes' placeholder in its policy");
  if (title) replace(/<title>([^<]*)<\/title>/, `<title>$1 · ${title}</title>`, 'title');
  replace(/<link data-trunk rel="icon"[^>]*\/>/, `<link rel="icon" href="./${icon}" integrity="${integrity(iconBody)}"/>`, 'icon link');
  replace(/<link data-trunk rel="css"[^>]*\/>/, `<script>${early}</script>\n    <link rel="stylesheet" href="./${css}" integrity="${integrity(cssBody)}"/>`, 'css link');
  replace(
    /\s*<!--[^>]*-->\s*<link data-trunk rel="rust"[^>]*\/>/s,
    `\n    <script type="module">${script}</script>\n` +
      `    <link rel="modulepreload" href="./${jsName}" crossorigin="anonymous" integrity="${integrity(js)}">` +
      (head ? `\n    ${head}` : ''),
    'rust link',
  );
  // The copies of public files are index.html's business; the other pages only link them.
  page = page.replace(/\s*<!--[^>]*-->\s*(<link data-trunk rel="copy-(?:file|dir)"[^>]*\/>\s*)+/s, '\n    ');
  if (/data-trunk/.test(page)) throw new Error(`${WHO}: ${pageName} still has a data-trunk link`);
  fs.writeFileSync(path.join(staging, pageName), page);
  console.log(`${WHO}: ${pageName}, ${jsName} (${js.length} bytes), ${wasmName} (${wasm.length} bytes), ${css}`);
}

// 2. The plan page, naming the coach's engine. 3. The teacher's review.
await buildPage({
  bin: 'plan',
  page: 'plan.html',
  head: `<meta name="goal-ladder-coach" content="./${engine.jsName}" data-wasm="./${engine.wasmName}" />`,
});
await buildPage({ bin: 'review', page: 'review.html', title: 'Review' });
