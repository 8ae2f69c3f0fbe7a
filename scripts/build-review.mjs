// Trunk build-stage hook: builds the teacher's review (the `review` binary, src/bin/review.rs) as a page of
// its own, review.html with its own wasm, so the students' first load (index.html) does not carry it.
//
// Trunk builds one html target; this hook builds the second the way Trunk builds the first: the same cargo
// profile (TRUNK_PROFILE), `wasm-bindgen --target web --no-typescript`, and in release `wasm-opt -Oz` with
// the params index.html gives (data-wasm-opt-params). The files get content-hashed names and are written to
// TRUNK_STAGING_DIR with review.html. Build-stage hooks finish before post_build hooks start, so
// sw-precache.mjs lists (and the service worker keeps) the review's files too.
//
// review.html is index.html's head and loading block with the review's script instead of the main one: it
// links the stylesheet Trunk built for index.html (the same file, so one download serves both pages) and
// carries a Content-Security-Policy with the hash of its own inline script (as csp-hash.mjs does for
// index.html). Uses only what is installed (cargo, wasm-bindgen, wasm-opt on PATH): nothing is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const BIN = 'review';
const PAGE = 'review.html';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_HTML_FILE;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !source || !profile) {
  console.error('build-review: TRUNK_STAGING_DIR, TRUNK_HTML_FILE or TRUNK_PROFILE is not set; run me as a Trunk hook');
  process.exit(1);
}
const release = profile === 'release';
const root = path.dirname(source);

function run(command, args) {
  console.log(`build-review: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const sha = (algorithm, body, encoding) => crypto.createHash(algorithm).update(body).digest(encoding);
const hex16 = (body) => sha('sha256', body, 'hex').slice(0, 16);
const integrity = (body) => `sha384-${sha('sha384', body, 'base64')}`;

// 1. The binary, as Trunk builds goal-ladder: same target dir (cargo waits for Trunk's build to let go of it).
const cargoArgs = ['build', '--target=wasm32-unknown-unknown', '--bin', BIN, '--message-format=json-render-diagnostics'];
if (release) cargoArgs.push('--release');
// No --offline (a hook cannot see Trunk's flags): cargo uses no network while the lock file's crates are
// in its cache, as Trunk's own build of the same workspace needs them; CARGO_NET_OFFLINE holds here too.
console.log(`build-review: cargo ${cargoArgs.join(' ')}`);
const messages = execFileSync('cargo', cargoArgs, {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 256 * 1024 * 1024,
}).toString();
const artifact = messages
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line))
  .find((m) => m.reason === 'compiler-artifact' && m.target?.name === BIN && m.target.kind.includes('bin'));
const wasmIn = artifact?.filenames.find((f) => f.endsWith('.wasm'));
if (!wasmIn) {
  console.error(`build-review: cargo built no wasm for the ${BIN} binary`);
  process.exit(1);
}

// 2. wasm-bindgen, into the target dir (next to Trunk's own output).
const targetDir = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString(),
).target_directory;
const out = path.join(targetDir, 'wasm-bindgen-review', profile);
fs.mkdirSync(out, { recursive: true });
run('wasm-bindgen', ['--target=web', '--no-typescript', `--out-dir=${out}`, `--out-name=${BIN}`, wasmIn]);
let wasmPath = path.join(out, `${BIN}_bg.wasm`);

// 3. wasm-opt in release, with index.html's level and params.
const html = fs.readFileSync(source, 'utf8');
if (release) {
  const rust = html.match(/<link\s[^>]*data-trunk[^>]*rel="rust"[^>]*>/s)?.[0] ?? '';
  const level = rust.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? '0';
  const params = (rust.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
  if (level !== '0') {
    const optimised = path.join(out, `${BIN}_bg.opt.wasm`);
    run('wasm-opt', [`--output=${optimised}`, `-O${level}`, wasmPath, ...params]);
    wasmPath = optimised;
  }
}

// 4. Hashed names, in the staging dir.
const wasm = fs.readFileSync(wasmPath);
const wasmName = `${BIN}-${hex16(wasm)}_bg.wasm`;
const js = fs.readFileSync(path.join(out, `${BIN}.js`));
const jsName = `${BIN}-${hex16(Buffer.concat([js, Buffer.from(wasmName)]))}.js`;
fs.writeFileSync(path.join(staging, wasmName), wasm);
fs.writeFileSync(path.join(staging, jsName), js);

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
