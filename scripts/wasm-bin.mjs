// A binary of the root crate as a wasm of its own, built the way Trunk builds index.html's: for the Trunk
// build-stage hook that makes the app's other wasm files (build-pages.mjs: the coach's engine, the plan
// page, the teacher's review).
//
// The same cargo profile (TRUNK_PROFILE), `wasm-bindgen --target web --no-typescript`, and in release
// `wasm-opt` with the level and params index.html gives Trunk (data-wasm-opt, data-wasm-opt-params). The
// files get content-hashed names and are written to TRUNK_STAGING_DIR. Build-stage hooks finish before
// post_build hooks start, so sw-precache.mjs lists (and the service worker keeps) these files too. Uses only
// what is installed (cargo, wasm-bindgen, wasm-opt on PATH): nothing is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

export const sha = (algorithm, body, encoding) => crypto.createHash(algorithm).update(body).digest(encoding);
const hex16 = (body) => sha('sha256', body, 'hex').slice(0, 16);

/// Trunk's settings for a hook, or exits with a message naming `who` when not run as one.
export function trunkHookEnv(who) {
  const staging = process.env.TRUNK_STAGING_DIR;
  const source = process.env.TRUNK_HTML_FILE;
  const profile = process.env.TRUNK_PROFILE;
  if (!staging || !source || !profile) {
    console.error(`${who}: TRUNK_STAGING_DIR, TRUNK_HTML_FILE or TRUNK_PROFILE is not set; run me as a Trunk hook`);
    process.exit(1);
  }
  return { staging, source, profile, root: path.dirname(source) };
}

/// Builds the binary `bin` and stages `<bin>-<hash>.js` and `<bin>-<hash>_bg.wasm`. Returns their names
/// and bodies.
export function buildWasmBin({ bin, who, staging, source, profile, root }) {
  const release = profile === 'release';
  const run = (command, args) => {
    console.log(`${who}: ${command} ${args.join(' ')}`);
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  };

  // 1. The binary, as Trunk builds goal-ladder: same target dir (cargo waits for Trunk's build, or another
  // hook's, to let go of it).
  const cargoArgs = ['build', '--target=wasm32-unknown-unknown', '--bin', bin, '--message-format=json-render-diagnostics'];
  if (release) cargoArgs.push('--release');
  // A hook cannot see Trunk's --no-default-features; scripts/bench's build without the coach says it here.
  if (process.env.GOAL_LADDER_NO_DEFAULT_FEATURES === '1') cargoArgs.push('--no-default-features');
  // No --offline (a hook cannot see Trunk's flags): cargo uses no network while the lock file's crates are
  // in its cache, as Trunk's own build of the same workspace needs them; CARGO_NET_OFFLINE holds here too.
  console.log(`${who}: cargo ${cargoArgs.join(' ')}`);
  const messages = execFileSync('cargo', cargoArgs, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  const artifact = messages
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === bin && m.target.kind.includes('bin'));
  const wasmIn = artifact?.filenames.find((f) => f.endsWith('.wasm'));
  if (!wasmIn) throw new Error(`${who}: cargo built no wasm for the ${bin} binary`);

  // 2. wasm-bindgen, into the target dir (next to Trunk's own output).
  const targetDir = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString(),
  ).target_directory;
  const out = path.join(targetDir, `wasm-bindgen-${bin}`, profile);
  fs.mkdirSync(out, { recursive: true });
  run('wasm-bindgen', ['--target=web', '--no-typescript', `--out-dir=${out}`, `--out-name=${bin}`, wasmIn]);
  let wasmPath = path.join(out, `${bin}_bg.wasm`);

  // 3. wasm-opt in release, with index.html's level and params.
  if (release) {
    const html = fs.readFileSync(source, 'utf8');
    const rust = html.match(/<link\s[^>]*data-trunk[^>]*rel="rust"[^>]*>/s)?.[0] ?? '';
    const level = rust.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? '0';
    const params = (rust.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
    if (level !== '0') {
      const optimised = path.join(out, `${bin}_bg.opt.wasm`);
      run('wasm-opt', [`--output=${optimised}`, `-O${level}`, wasmPath, ...params]);
      wasmPath = optimised;
    }
  }

  // 4. Hashed names, in the staging dir.
  const wasm = fs.readFileSync(wasmPath);
  const wasmName = `${bin}-${hex16(wasm)}_bg.wasm`;
  const js = fs.readFileSync(path.join(out, `${bin}.js`));
  const jsName = `${bin}-${hex16(Buffer.concat([js, Buffer.from(wasmName)]))}.js`;
  fs.writeFileSync(path.join(staging, wasmName), wasm);
  fs.writeFileSync(path.join(staging, jsName), js);
  // 5. The module snippets the script imports (`inline_js`), where it imports them from; only those, not an
  // earlier build's that wasm-bindgen left in its output directory.
  for (const [, snippet] of js.toString().matchAll(/from '\.\/(snippets\/[^']+\.js)'/g)) {
    fs.mkdirSync(path.dirname(path.join(staging, snippet)), { recursive: true });
    fs.copyFileSync(path.join(out, snippet), path.join(staging, snippet));
  }
  return { jsName, wasmName, js, wasm };
}
