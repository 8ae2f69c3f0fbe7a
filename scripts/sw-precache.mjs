// Trunk post-build hook: writes the list of built files and a build id into the staged sw.js, so the
// service worker keeps exactly this build's files and a new build becomes a new worker with a new cache.
//
// Trunk runs post_build hooks at the same time, and csp-hash.mjs rewrites the staged index.html meanwhile;
// so the id is taken from the source index.html (the staged one follows from it and the hashed file names,
// which are in the list) rather than from a file that may be half written.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_HTML_FILE;
if (!dir || !source) {
  console.error('sw-precache: TRUNK_STAGING_DIR or TRUNK_HTML_FILE is not set; run me as a Trunk hook');
  process.exit(1);
}
const worker = path.join(dir, 'sw.js');
if (!fs.existsSync(worker)) {
  console.error('sw-precache: no sw.js in the build; index.html must copy public/sw.js');
  process.exit(1);
}

const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
  .filter((name) => name !== 'sw.js')
  .sort();
if (!files.includes('index.html')) {
  console.error('sw-precache: no index.html in the build');
  process.exit(1);
}

const hash = crypto.createHash('sha256');
for (const name of files) {
  const body = fs.readFileSync(name === 'index.html' ? source : path.join(dir, name));
  hash.update(`${name}\0${body.length}\0`).update(body);
}
let text = fs.readFileSync(worker, 'utf8');
hash.update(text);
const build = hash.digest('hex').slice(0, 16);

const before = text;
text = text
  .replace(/\/\* build \*\/ '[^']*'/, `/* build */ '${build}'`)
  .replace(/\/\* files \*\/ \[[^\]]*\]/, `/* files */ ${JSON.stringify(files)}`);
if (text === before || !text.includes(`'${build}'`)) {
  console.error('sw-precache: sw.js has no /* build */ or /* files */ placeholder');
  process.exit(1);
}
fs.writeFileSync(worker, text);
console.log(`sw-precache: build ${build}, ${files.length} files kept for offline use`);
