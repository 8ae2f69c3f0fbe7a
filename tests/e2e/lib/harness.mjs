// Serves the built dist/ on loopback under a sub-path and drives Debian's Chromium with playwright-core.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../../..');
export const dist = process.env.GOAL_LADDER_DIST ?? path.join(root, 'dist');
export const screenshots = path.join(root, 'target', 'screenshots');
// A sub-path, as on a GitHub Pages project page: proves the build uses relative URLs.
export const base = '/goal-ladder/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/// `gzip`: answer requests that accept it with gzip, as GitHub Pages does (the tests' default is plain bytes).
export async function startServer({ gzip = false } = {}) {
  const zipped = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not under ' + base);
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = path.join(dist, path.normalize(rel));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await fs.readFile(file);
      const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (gzip && compressible.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!zipped.has(file)) zipped.set(file, zlib.gzipSync(body, { level: 9 }));
        body = zipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser() {
  // Playwright gives every launch a fresh temporary profile of its own.
  const browser = await chromium.launch({
    headless: true,
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return browser;
}

/// A fresh browser context with the page open and every error at load or later collected.
/// `serviceWorkers: 'block'` keeps the app's worker out, so that page.route() sees every request the page makes.
export async function openApp(browser, server, { width = 1280, height = 900, locale = 'en-GB', colorScheme = 'light', bypassCSP = false, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, colorScheme, acceptDownloads: true, bypassCSP, serviceWorkers });
  const errors = [];
  const foreignRequests = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  const page = await context.newPage();
  watch(page, errors);
  await page.goto(server.url);
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  return { context, page, errors, foreignRequests, newPage: async () => { const p = await context.newPage(); watch(p, errors); return p; } };
}

function watch(page, errors) {
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('dialog', (d) => { errors.push(`unexpected dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
}

export async function screenshot(page, name) {
  await fs.mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/// Drops one JSON file named `name` holding `text` on the app, as a user dragging it from the desktop does.
export async function dropFile(page, name, text) {
  await page.evaluate(([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    const app = document.querySelector('.app');
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
}

export async function tempFile(name, text) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-ladder-e2e-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}

/// One server and one browser for a spec file, and after each test a check of every page it opened:
/// no uncaught error, console error or dialog, and no request to another origin.
export function suite() {
  const state = { server: null, browser: null, apps: [] };
  before(async () => {
    state.server = await startServer();
    state.browser = await launchBrowser();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  afterEach(async () => {
    while (state.apps.length) {
      const { errors, foreignRequests, context } = state.apps.pop();
      await context.close();
      assert.deepEqual(errors, [], 'no uncaught errors, console errors or dialogs');
      assert.deepEqual(foreignRequests, [], "no requests beyond the app's own files");
    }
  });
  return {
    get server() { return state.server; },
    get browser() { return state.browser; },
    async open(options) {
      const app = await openApp(state.browser, state.server, options);
      state.apps.push(app);
      return app;
    },
  };
}
