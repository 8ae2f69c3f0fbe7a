// Offline and installable: after one visit the app opens and works with no network, and a new build is
// picked up on the next visit.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, launchBrowser, openApp, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

let browser, app;
const servers = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of servers) await stop(s);
});
afterEach(async () => {
  if (!app) return;
  const { errors, foreignRequests, context } = app;
  app = undefined;
  await context.close();
  assert.deepEqual(errors, [], 'no uncaught errors, console errors or dialogs');
  assert.deepEqual(foreignRequests, [], 'no requests beyond the app\'s own files');
});

async function serve() {
  const server = await startServer();
  servers.push(server);
  return server;
}

/// Stops a server without waiting for the browser's idle keep-alive connections to time out.
async function stop(server) {
  if (server.stopped) return;
  server.stopped = true;
  await Promise.race([server.close(), new Promise((r) => setTimeout(r, 2000))]);
}

/// Waits until the service worker controls the page and has kept the build, and returns the cache names.
async function whenControlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  return page.evaluate(() => caches.keys());
}

test('until the app starts the page says it is loading, and the app takes that away', async () => {
  const server = await serve();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const loading = page.locator('#app-loading');
    await loading.waitFor();
    assert.match(await loading.getByRole('status').textContent(), /Loading · Laster · Laddar · Indlæser/);
    assert.equal(await page.locator('.app-loading-stuck').isVisible(), false, 'the "stays like this" hint waits 20 s');
    await screenshot(page, 'loading-360');
    release();
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    assert.equal(await loading.count(), 0, 'the loading note is gone once the app has started');
    await page.getByTestId('new-plan').waitFor();
  } finally {
    await context.close();
  }
});

test('the page links a manifest that makes it installable', async () => {
  const server = await serve();
  app = await openApp(browser, server);
  const { page } = app;
  const found = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    const manifest = await response.json();
    const icons = [];
    for (const icon of manifest.icons) {
      const r = await fetch(new URL(icon.src, link.href));
      icons.push({ ...icon, status: r.status, served: r.headers.get('content-type') });
    }
    const theme = document.querySelector('meta[name="theme-color"]')?.content;
    return { type: response.headers.get('content-type'), manifest, icons, theme };
  });
  assert.equal(found.type, 'application/manifest+json');
  const m = found.manifest;
  assert.equal(m.name, 'Goal Ladder');
  assert.ok(m.short_name && m.short_name.length <= 12, 'a short name that fits under an icon');
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(m.display, 'standalone');
  assert.equal(m.theme_color, '#0b6e4f');
  assert.equal(m.background_color, '#f6f7f9');
  assert.equal(found.theme, '#0b6e4f');
  for (const size of ['192x192', '512x512']) {
    assert.ok(found.icons.some((i) => i.sizes === size && i.type === 'image/png' && i.status === 200), `a ${size} PNG icon`);
  }
  assert.ok(found.icons.some((i) => i.type === 'image/svg+xml' && i.status === 200), 'an SVG icon');
  for (const icon of found.icons) {
    assert.equal(icon.status, 200, icon.src);
    assert.equal(icon.served, icon.type, icon.src);
  }
});

test('after one visit the app opens and works with no network', async () => {
  const server = await serve();
  app = await openApp(browser, server);
  const { page, context } = app;
  const kept = await whenControlled(page);
  assert.equal(kept.length, 1, 'one cache, for this build');
  assert.match(kept[0], /^goal-ladder-[0-9a-f]{16}$/);
  const files = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), kept[0]);
  for (const pattern of [/\/index\.html$/, /\.js$/, /_bg\.wasm$/, /\.css$/, /favicon-.*\.svg$/, /manifest\.webmanifest$/, /icon-192\.png$/, /icon-512\.png$/,
    /\/plan\.html$/, /\/plan-[0-9a-f]{16}\.js$/, /\/plan-[0-9a-f]{16}_bg\.wasm$/,
    /\/review\.html$/, /\/review-[0-9a-f]{16}\.js$/, /\/review-[0-9a-f]{16}_bg\.wasm$/,
    /\/coach_engine-[0-9a-f]{16}\.js$/, /\/coach_engine-[0-9a-f]{16}_bg\.wasm$/, /\/snippets\/.*\.js$/]) {
    assert.ok(files.some((f) => pattern.test(f)), `the cache keeps ${pattern}`);
  }

  await context.setOffline(true);
  await stop(server);
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const list = new PlansPage(page);
  // The plan page, a page of its own never visited online, opens from the kept files.
  const plan = await list.newPlan();
  assert.match(page.url(), /\/plan\.html#\/plan\//);
  await plan.title.fill('Offline café');
  assert.equal(await plan.heading.textContent(), 'Offline café');
  // The goal coach's engine, never loaded while online, was kept with the build: the coach works offline.
  await openTab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'More guests');
  const goal = await addGoal(page.getByTestId('business-goal'), 'More likes on our posts', { main: false });
  await goal.getByTestId('coach-open').click();
  const suggestion = goal.getByTestId('coach-suggestion').first();
  await suggestion.waitFor();
  assert.ok(['4', '5'].includes(await suggestion.getAttribute('data-level')));
  await plan.backToPlans();
  await list.card('Offline café').waitFor();
  await screenshot(page, 'offline-plans-1280');

  // A fresh visit (a new tab, with the server still gone) opens from the kept files too.
  const again = await app.newPage();
  await again.goto(server.url);
  await new PlansPage(again).card('Offline café').waitFor();
  await again.close();

  // The teacher's review, a page of its own with its own wasm, was kept with the build: it opens offline
  // though it was never visited, and its header leads back to the kept plans.
  const review = await app.newPage();
  await review.goto(new URL('review.html', server.url).href);
  await review.getByTestId('app-ready').waitFor({ state: 'attached' });
  await review.getByRole('heading', { name: 'Teacher review' }).waitFor();
  await review.getByTestId('review-input').waitFor({ state: 'attached' });
  await review.getByRole('link', { name: 'Plans', exact: true }).click();
  await new PlansPage(review).card('Offline café').waitFor();
  await review.close();
});

test('a new build is picked up on the next visit', async () => {
  const upstream = await serve();
  const proxy = await buildSwitcher(upstream);
  servers.push(proxy);
  app = await openApp(browser, proxy);
  const { page, context } = app;
  const [first] = await whenControlled(page);
  assert.equal(await buildMark(page), null);

  proxy.build = 2;
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.equal(await buildMark(page), '2', 'the next visit shows the new page at once (network first)');
  await page.waitForFunction((first) => caches.keys().then((k) => k.length === 1 && k[0] === `${first}-2`) , first, { timeout: 20_000, polling: 100 });

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.equal(await buildMark(page), '2', 'offline, the kept page is the new build');
  assert.equal(await page.evaluate(() => document.title), 'Goal Ladder');
});

function buildMark(page) {
  return page.evaluate(() => document.querySelector('meta[name="test-build"]')?.content ?? null);
}

/// A server in front of `upstream` that serves the same files as a "new build" once `build` is 2: the page
/// gets a marker and sw.js a new build id, as a rebuild with any change would give.
async function buildSwitcher(upstream) {
  const state = { build: 1 };
  const server = http.createServer((req, res) => {
    const forward = http.request(new URL(req.url, upstream.origin), { method: req.method, headers: req.headers }, (answer) => {
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        const path = new URL(req.url, 'http://x').pathname;
        if (state.build === 2 && answer.statusCode === 200) {
          if (path.endsWith('/') || path.endsWith('/index.html')) {
            body = Buffer.from(body.toString().replace('<head>', '<head><meta name="test-build" content="2">'));
          } else if (path.endsWith('/sw.js')) {
            body = Buffer.from(body.toString().replace(/(\/\* build \*\/ '[^']*)'/, "$1-2'"));
          }
        }
        const headers = { ...answer.headers, 'content-length': body.length };
        res.writeHead(answer.statusCode, headers).end(body);
      });
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}${new URL(upstream.url).pathname}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections?.(); }),
  });
}
