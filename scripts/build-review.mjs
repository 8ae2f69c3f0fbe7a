// Trunk build-stage hook: builds the teacher's review (the `review` binary, src/bin/review.rs) as a page of
// its own, review.html with its own wasm, so the students' first load (index.html) does not carry it.
//
// Trunk builds one html target; this hook builds the second the way Trunk builds the first (scripts/
// wasm-bin.mjs: the same cargo profile, wasm-bindgen, wasm-opt with index.html's params, content-hashed
// names in TRUNK_STAGING_DIR), and writes review.html there.
//
// review.html is index.html's head and loading block with the review's script instead of the main one: it
// links the stylesheet Trunk built for index.html (the same file, so one download serves both pages) and
// carries a Content-Security-Policy with the hash of its own inline script (as csp-hash.mjs does for
// index.html).
import fs from 'node:fs';
import path from 'node:path';
import { buildWasmBin, sha, trunkHookEnv } from './wasm-bin.mjs';

const BIN = 'review';
const PAGE = 'review.html';
const WHO = 'build-review';

const env = trunkHookEnv(WHO);
const { staging, source } = env;
const integrity = (body) => `sha384-${sha('sha384', body, 'base64')}`;

// 1-4. The binary's wasm and js, hashed, in the staging dir.
const { jsName, wasmName, js, wasm } = buildWasmBin({ bin: BIN, who: WHO, ...env });
const html = fs.readFileSync(source, 'utf8');

// 5. The stylesheet and icon Trunk stages for index.html. Its asset pipelines run while this hook runs, but
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
      throw new Error(`build-review: more than one ${pattern} in ${staging}: ${found.join(', ')}`);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`build-review: Trunk staged no ${pattern} in ${staging}`);
}
const css = await staged(/^main-[0-9a-f]{16}\.css$/);
const icon = await staged(/^favicon-[0-9a-f]{16}\.svg$/);
const cssBody = fs.readFileSync(path.join(staging, css));
const iconBody = fs.readFileSync(path.join(staging, icon));

// 6. review.html: index.html with the review's title and script.
const script = `
import init from './${jsName}';
await init({ module_or_path: './${wasmName}' });
`;
const scriptHash = `'sha256-${sha('sha256', script, 'base64')}'`;
let page = html;
const replace = (pattern, by, what) => {
  const before = page;
  page = page.replace(pattern, by);
  if (page === before) throw new Error(`build-review: index.html has no ${what}`);
};
replace("'inline-script-hashes'", scriptHash, "'inline-script-hashes' placeholder in its policy");
replace(/<title>([^<]*)<\/title>/, '<title>$1 · Review</title>', 'title');
replace(/<link data-trunk rel="icon"[^>]*\/>/, `<link rel="icon" href="./${icon}" integrity="${integrity(iconBody)}"/>`, 'icon link');
replace(/<link data-trunk rel="css"[^>]*\/>/, `<link rel="stylesheet" href="./${css}" integrity="${integrity(cssBody)}"/>`, 'css link');
replace(
  /\s*<!--[^>]*-->\s*<link data-trunk rel="rust"[^>]*\/>/s,
  `\n    <script type="module">${script}</script>\n` +
    `    <link rel="modulepreload" href="./${jsName}" crossorigin="anonymous" integrity="${integrity(js)}">\n` +
    `    <link rel="preload" href="./${wasmName}" crossorigin="anonymous" integrity="${integrity(wasm)}" as="fetch" type="application/wasm">`,
  'rust link',
);
// The copies of public files are index.html's business; the review only links them.
page = page.replace(/\s*<!--[^>]*-->\s*(<link data-trunk rel="copy-(?:file|dir)"[^>]*\/>\s*)+/s, '\n    ');
if (/data-trunk/.test(page)) throw new Error('build-review: review.html still has a data-trunk link');
fs.writeFileSync(path.join(staging, PAGE), page);

console.log(`build-review: ${PAGE}, ${jsName} (${js.length} bytes), ${wasmName} (${wasm.length} bytes), ${css}`);
