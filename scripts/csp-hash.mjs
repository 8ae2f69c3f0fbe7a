// Trunk post-build hook, the one that finishes the staged index.html:
// 1. puts the hashes of the inline scripts Trunk wrote into its Content-Security-Policy, so the policy can
//    forbid every other inline script;
// 2. names the goal coach's engine (built by build-coach.mjs, a build-stage hook, so already staged) in
//    <meta name="goal-ladder-coach" content="./coach_engine-<hash>.js" data-wasm="./coach_engine-<hash>_bg.wasm">,
//    where the app reads the hashed names when a coach panel first opens (src/objectives/coach_engine.rs).
//    The engine's files are same-origin modules: the policy's 'self' allows them, nothing inline.
// One hook for both, since post_build hooks run at the same time and each would otherwise write the file.
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
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes("'inline-script-hashes'")) {
  console.error('csp-hash: index.html has no \'inline-script-hashes\' placeholder in its policy');
  process.exit(1);
}
html = html.replace("'inline-script-hashes'", hashes.join(' ') || "'none'");

const staged = fs.readdirSync(dir);
const one = (pattern, what) => {
  const found = staged.filter((name) => pattern.test(name));
  if (found.length !== 1) {
    console.error(`csp-hash: ${found.length ? 'more than one' : 'no'} ${what} in ${dir}${found.length ? `: ${found.join(', ')}` : ' (scripts/build-coach.mjs builds it)'}`);
    process.exit(1);
  }
  return found[0];
};
const engineJs = one(/^coach_engine-[0-9a-f]{16}\.js$/, "coach engine's js");
const engineWasm = one(/^coach_engine-[0-9a-f]{16}_bg\.wasm$/, "coach engine's wasm");
const meta = `<meta name="goal-ladder-coach" content="./${engineJs}" data-wasm="./${engineWasm}" />`;
if (!html.includes('</head>')) {
  console.error('csp-hash: index.html has no </head>');
  process.exit(1);
}
html = html.replace('</head>', `  ${meta}\n  </head>`);
fs.writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash; coach engine ${engineJs}, ${engineWasm}`);
