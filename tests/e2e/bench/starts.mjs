// Checks that a built dist/ really starts: serves it with python3's http.server on 127.0.0.1:8765, opens it
// in a fresh headless Chromium profile, waits for the app's heading and fails on any page error or console
// error. Used after each change of the build (wasm-opt version, flags, profile) in issue 16. Then the same
// for the plan page (plan.html: a library address on index.html leads there), the teacher's review
// (review.html, its own wasm), and the review's old address (#/review) leading there.
//
//   node bench/starts.mjs [DIST]          from tests/e2e; DIST defaults to ../../dist
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '../../../dist'));
const port = 8765;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'gl-starts-'));
let context;
let failed = false;
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  const heading = page.locator('#plans-heading');
  await heading.waitFor({ timeout: 30_000 });
  const text = (await heading.textContent()).trim();
  await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  const ms = Date.now() - started;
  const wasm = (await fs.readdir(dist)).find((f) => f.endsWith('.wasm') && !/^(review|plan|coach_engine)-/.test(f));

  const planStarted = Date.now();
  await page.goto(`http://127.0.0.1:${port}/index.html#/library`);
  await page.waitForURL(/\/plan\.html#\/library$/, { timeout: 30_000 });
  await page.locator('#library-heading').waitFor({ timeout: 30_000 });
  await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  const planMs = Date.now() - planStarted;

  const reviewStarted = Date.now();
  await page.goto(`http://127.0.0.1:${port}/review.html`);
  await page.locator('#review-heading').waitFor({ timeout: 30_000 });
  await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  const reviewMs = Date.now() - reviewStarted;
  await page.goto(`http://127.0.0.1:${port}/index.html#/review`);
  await page.waitForURL(/\/review\.html$/, { timeout: 30_000 });
  await page.locator('#review-heading').waitFor({ timeout: 30_000 });
  if (problems.length) {
    failed = true;
    console.log(`FAIL ${dist}: ${problems.join('; ')}`);
  } else {
    console.log(`starts: heading "${text}" in ${ms} ms, #/library leads to plan.html in ${planMs} ms, review.html in ${reviewMs} ms, #/review leads there; no page or console error (${wasm})`);
  }
} catch (e) {
  failed = true;
  console.log(`FAIL ${dist}: ${String(e.message ?? e).split('\n')[0]}`);
} finally {
  await context?.close();
  server.kill();
  await fs.rm(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
