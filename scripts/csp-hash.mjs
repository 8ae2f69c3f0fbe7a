// Trunk post-build hook, the one that finishes the staged index.html: puts the hashes of the inline scripts
// Trunk wrote into its Content-Security-Policy, so the policy can forbid every other inline script. (The
// other pages, written by build-pages.mjs, carry the hash of their own script already.)
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

fs.writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
