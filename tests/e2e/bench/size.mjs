// Prints the first-load transfer of dist/: each file raw, gzip and brotli, and the total.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../lib/harness.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const files = (await fs.readdir(dist)).filter((f) => /\.(wasm|js|css|html)$/.test(f)).sort();
const rows = [];
for (const name of files) {
  const body = await fs.readFile(path.join(dist, name));
  rows.push({
    name,
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const budget = 180 * 1024;
console.log('first load (KB)                                   raw     gzip   brotli');
for (const r of rows) console.log(`  ${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`  ${'total'.padEnd(44)}${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   budget ${budget / 1024} KB gzip: ${total.gzip <= budget ? 'met' : 'OVER'}`);
