// Goal Ladder's service worker: keeps the app's own files so that after one visit the app opens and works
// with no network, and picks up a new build on the next visit.
//
// - The pages (index.html, the start page; plan.html, an open plan; review.html, the teacher's review) are
//   network-first: a fresh copy when the network answers, the kept copy when it does not (offline, or no
//   answer within a few seconds).
// - Every other file of the build is cache-first: Trunk puts a content hash in the names of the script,
//   the wasm and the stylesheet, so a kept copy is never stale; the manifest and the icons change only with
//   a new build, which brings a new cache.
//
// The build fills in BUILD and FILES (scripts/sw-precache.mjs, a Trunk post_build hook): a new build id
// changes this file, the browser installs it as the new worker on the next visit, and the worker keeps
// the new build's files and drops the old cache. Only URLs under the worker's own scope are touched.

const BUILD = /* build */ 'development';
const FILES = /* files */ ['index.html'];

const PREFIX = 'goal-ladder-';
const CACHE = PREFIX + BUILD;
const SCOPE = new URL(self.registration.scope);
const PAGE = new URL('index.html', SCOPE).href;
// The plan page and the teacher's review are pages of their own (scripts/build-pages.mjs), kept the same way.
const PAGES = new Map(['plan.html', 'review.html'].map((name) => [name, new URL(name, SCOPE).href]));
// Trunk's content-hashed names: main-590d5b147d141c0c.css, goal-ladder-dbd9d95fc725b628_bg.wasm.
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.[a-z0-9]+$/;
// How long a navigation waits for the network before the kept page is shown instead.
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(keepBuild().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const path = url.pathname.slice(SCOPE.pathname.length);
  if (path === '' || path === 'index.html') {
    event.respondWith(page(event, PAGE));
  } else if (PAGES.has(path)) {
    event.respondWith(page(event, PAGES.get(path)));
  } else if (request.mode !== 'navigate') {
    event.respondWith(file(request, path));
  }
});

/// Puts every file of this build in this build's cache. Hashed files already kept by an earlier build (or
/// in the browser's HTTP cache from the page that just loaded them) are not downloaded again.
async function keepBuild() {
  const cache = await caches.open(CACHE);
  await Promise.all(FILES.map(async (name) => {
    const url = new URL(name, SCOPE).href;
    const hashed = HASHED.test(name);
    if (hashed) {
      const kept = await caches.match(url, { ignoreVary: true });
      if (kept) return cache.put(url, kept);
    }
    const response = await fetch(url, { cache: hashed ? 'force-cache' : 'no-cache' });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    await cache.put(url, plain(response));
  }));
}

/// A page (kept as `url`): from the network when it answers, else the kept copy.
async function page(event, url) {
  const cache = await caches.open(CACHE);
  const network = fetch(event.request).then((response) => {
    if (response.ok) event.waitUntil(cache.put(url, plain(response.clone())));
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  let waited;
  const timeout = new Promise((resolve) => { waited = setTimeout(resolve, NETWORK_WAIT_MS); });
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch {
    // Offline or the host is unreachable: the kept copy below.
  } finally {
    clearTimeout(waited);
  }
  const kept = await cache.match(url, { ignoreVary: true }) ?? await caches.match(url, { ignoreVary: true });
  return kept ?? network;
}

/// Any other file under the scope: the kept copy, else the network (kept for next time when hashed).
async function file(request, path) {
  const kept = await caches.match(request, { ignoreVary: true });
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok && HASHED.test(path)) {
      const cache = await caches.open(CACHE);
      await cache.put(request, plain(response.clone()));
    }
    return response;
  } catch {
    return Response.error();
  }
}

/// A response that followed a redirect cannot answer a navigation; a copy of it can.
function plain(response) {
  if (!response.redirected) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
