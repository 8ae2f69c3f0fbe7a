// Trunk post-build hook, the one that finishes the staged index.html: starts the wasm's compiling early,
// drops the preloads of snippets the page does not import, and puts the hashes of the inline scripts into
// its Content-Security-Policy, so the policy can forbid every other inline script. (The other pages,
// written by build-pages.mjs, are written so by that hook.)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const fail = (message) => {
  console.error(`csp-hash: ${message}`);
  process.exit(1);
};

// 1. The wasm is compiled while it downloads, from the moment the head is read: Trunk's loader (a module
// script, run only once the stylesheet is in) would start compiling it only then, after the download. An
// inline script before the stylesheet starts `WebAssembly.compileStreaming` (a plain download if the host
// sends the wasm with another type) and the loader hands its promise to `init`, which awaits it. It takes
// the place of Trunk's preload of the wasm, with the same integrity hash, so the wasm is fetched once.
const loader = html.match(/import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+_bg\.wasm)' \}\);/);
if (!loader) fail("index.html has no loader script of Trunk's form (import init … await init({ module_or_path: … }))");
const [loaderCall, mainJs, wasmUrl] = [loader[0], loader[1], loader[2]];
const preload = html.match(new RegExp(`<link rel="preload" href="${wasmUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`));
const integrity = preload?.[0].match(/integrity="([^"]+)"/)?.[1];
if (!integrity) fail(`index.html has no preload of ${wasmUrl} with an integrity hash`);
html = html.replace(preload[0], '');
const early = `<script>window.goalLadderWasm=((u,i)=>WebAssembly.compileStreaming(fetch(u,{integrity:i})).catch(()=>fetch(u,{integrity:i}).then((r)=>r.arrayBuffer())))('${wasmUrl}','${integrity}')</script>`;
const stylesheet = html.match(/<link rel="stylesheet"[^>]*>/);
if (!stylesheet) fail('index.html has no stylesheet link');
html = html.replace(stylesheet[0], `${early}\n    ${stylesheet[0]}`);
html = html.replace(loaderCall, loaderCall.replace(`module_or_path: '${wasmUrl}'`, `module_or_path: window.goalLadderWasm ?? '${wasmUrl}'`));

// 2. Trunk preloads every module snippet in the build; the start page's script imports none of the ones
// only other pages use (the coach's loader, on the plan page), so their preloads go.
const mainScript = fs.readFileSync(path.join(dir, mainJs), 'utf8');
html = html.replace(/<link rel="modulepreload" href="\.\/(snippets\/[^"]+)"[^>]*>/g, (tag, snippet) => (mainScript.includes(snippet) ? tag : ''));

// 3. The policy: the hashes of the inline scripts, every other inline script forbidden.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes("'inline-script-hashes'")) fail("index.html has no 'inline-script-hashes' placeholder in its policy");
html = html.replace("'inline-script-hashes'", hashes.join(' ') || "'none'");

fs.writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
