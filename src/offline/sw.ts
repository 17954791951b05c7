/**
 * The app's service worker. scripts/service-worker.ts compiles this file to dist/sw.js and puts the build's
 * file list in front of it (`__ATLAS_PRECACHE__`, every file of dist/ with a hash of its content, and
 * `__ATLAS_VERSION__`, a hash of that list), so a new build is a new sw.js and the browser installs it.
 *
 * - Precache: each version fills its own cache and is installed only when every file is in it, each checked
 *   against its hash (a half-deployed server cannot give a mix). Files already cached by an earlier version
 *   with the same hash are copied, not downloaded again.
 * - The new version waits: it takes over only when the reader clicks "reload" (the page sends
 *   `skip-waiting`), so no page ever runs one version's HTML with another's chunks.
 * - The version before stays cached until the next one: a tab still open on it (a presentation) can still
 *   load its lazy parts.
 * - Other same-origin JSON/GeoJSON (a dataset or story a page names by URL): network first; the last good
 *   copy is kept and served when the network fails, marked with the date it was saved (`x-atlas-saved`).
 */

interface PrecacheEntry {
  url: string;
  /** sha-256 of the content, hex, first 16 characters. */
  revision: string;
}
declare const __ATLAS_PRECACHE__: PrecacheEntry[];
declare const __ATLAS_VERSION__: string;

interface SwEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface SwMessageEvent extends SwEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface SwScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', f: (e: SwEvent) => void): void;
  addEventListener(type: 'fetch', f: (e: SwFetchEvent) => void): void;
  addEventListener(type: 'message', f: (e: SwMessageEvent) => void): void;
}

const sw = self as unknown as SwScope;
const PREFIX = 'innovation-atlas-precache-';
const PRECACHE = PREFIX + __ATLAS_VERSION__;
const SAVED = 'innovation-atlas-saved';
const SAVED_HEADER = 'x-atlas-saved'; // read by src/controllers/saved-copy.ts
const REVISION_HEADER = 'x-atlas-revision';
const FILES = __ATLAS_PRECACHE__.map((f) => ({ key: new URL(f.url, sw.location.href).href, revision: f.revision }));

async function sha(body: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(bytes.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A response with one more header (cached copies carry their revision or the date they were saved). */
function withHeader(body: ArrayBuffer, res: Response, name: string, value: string): Response {
  const headers = new Headers(res.headers);
  headers.set(name, value);
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

async function earlierCopy(key: string, revision: string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === PRECACHE) continue;
    const hit = await (await caches.open(name)).match(key);
    if (hit?.headers.get(REVISION_HEADER) === revision) return hit;
  }
  return undefined;
}

async function precache(): Promise<void> {
  const cache = await caches.open(PRECACHE);
  await Promise.all(
    FILES.map(async ({ key, revision }) => {
      if ((await cache.match(key))?.headers.get(REVISION_HEADER) === revision) return;
      const earlier = await earlierCopy(key, revision);
      if (earlier) return cache.put(key, earlier);
      // no-cache: past the HTTP cache, which may still hold the previous build's unhashed files.
      const res = await fetch(key, { cache: 'no-cache' });
      const body = await res.arrayBuffer();
      if (!res.ok || (await sha(body)) !== revision) throw new Error(`${key}: not this build's file (HTTP ${res.status})`);
      await cache.put(key, withHeader(body, res, REVISION_HEADER, revision));
    }),
  );
}

sw.addEventListener('install', (e) => e.waitUntil(precache()));

sw.addEventListener('activate', (e) =>
  e.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== PRECACHE);
      // caches.keys() lists in creation order: keep the last one (the version just replaced), drop the rest.
      await Promise.all(older.slice(0, -1).map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  ),
);

/** This version's file for `key`, or (a tab still on the version before) the one before's. */
async function precached(key: string, navigate: boolean): Promise<Response | undefined> {
  const hit = await (await caches.open(PRECACHE)).match(key);
  if (hit || navigate) return hit;
  for (const name of (await caches.keys()).reverse()) {
    if (name.startsWith(PREFIX)) {
      const older = await (await caches.open(name)).match(key);
      if (older) return older;
    }
  }
  return undefined;
}

async function networkFirst(request: Request): Promise<Response> {
  const saved = await caches.open(SAVED);
  try {
    const res = await fetch(request);
    if (!res.ok) return (await saved.match(request)) ?? res;
    const copy = res.clone();
    await saved.put(request, withHeader(await copy.arrayBuffer(), copy, SAVED_HEADER, new Date().toISOString()));
    return res;
  } catch (err) {
    const copy = await saved.match(request);
    if (copy) return copy;
    throw err;
  }
}

async function respond(request: Request, url: URL): Promise<Response> {
  const key = url.origin + url.pathname + (url.pathname.endsWith('/') ? 'index.html' : '');
  const hit = await precached(key, request.mode === 'navigate');
  if (hit) return hit;
  if (/\.(geo)?json$/i.test(url.pathname)) return networkFirst(request);
  return fetch(request);
}

sw.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || !url.href.startsWith(sw.registration.scope)) return;
  e.respondWith(respond(e.request, url));
});

async function status(): Promise<{ version: string; cached: number; total: number }> {
  const cache = await caches.open(PRECACHE);
  const have = new Set((await cache.keys()).map((r) => r.url));
  return { version: __ATLAS_VERSION__, cached: FILES.filter((f) => have.has(f.key)).length, total: FILES.length };
}

sw.addEventListener('message', (e) => {
  const type = (e.data as { type?: unknown } | null)?.type;
  if (type === 'skip-waiting') e.waitUntil(sw.skipWaiting());
  else if (type === 'status') e.waitUntil(status().then((s) => e.ports[0]?.postMessage(s)));
});

// A module for the type checker (its names stay out of the page's global scope); the build removes this line.
export {};
