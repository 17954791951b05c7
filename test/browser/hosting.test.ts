/**
 * The production setup, tested as a host runs it: Debian's nginx with deploy/nginx/ serving a copy of dist/
 * under /atlas/ (test/browser/nginx.ts). Checks the encodings, types, cache and security headers it sends,
 * that the app reaches ready through it, that a second visit fetches no hashed file again, and that what
 * the browser receives on a first load matches the size figures the bench and size-check report.
 */
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { get } from 'node:http';
import { extname } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_EXTENSIONS } from '../../scripts/precompress.ts';
import { firstLoadSize } from '../../scripts/size-check.ts';
import { launch } from './support/browser.ts';
import { openPage, waitReady, type Watched } from './support/session.ts';
import { startNginx, type Nginx } from './nginx.ts';
import { STRICT_CSP } from './strict-csp.ts';

/** A dataset a host adds beside the build, unbuilt: no hash, no .gz or .br. */
const HOST_DATASET = 'data/ours.geojson';
const HASHED = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET with exactly the Accept-Encoding given (none when undefined) and the body as sent, not decoded. */
function fetchRaw(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((done, fail) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

/** Built files (relative to dist/), not the .gz/.br siblings. */
const built = (readdirSync('dist', { recursive: true, withFileTypes: true }) as Dirent[])
  .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))
  .map((e) => `${e.parentPath}/${e.name}`.replace(/^dist\//, ''));
const one = (re: RegExp) => {
  const hits = built.filter((p) => re.test(p));
  if (hits.length !== 1) throw new Error(`expected one built file matching ${re}, found ${hits.join(', ') || 'none'}`);
  return hits[0];
};

let nginx: Nginx;
let browser: Browser;
const url = (path: string) => `${nginx.origin}atlas/${path}`;
beforeAll(async () => {
  nginx = await startNginx('dist', { [HOST_DATASET]: readFileSync('test/fixtures/mini.geojson', 'utf8') });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('nginx with deploy/nginx/ serving dist/ under /atlas/', () => {
  it("sends the build's Brotli and gzip files as they are, and the plain file to a client that takes neither", async () => {
    const text = built.filter((p) => TEXT_EXTENSIONS.has(extname(p)));
    // The kinds the first load is made of must all be there precompressed, or the test proves little.
    for (const ext of ['.html', '.js', '.mjs', '.css', '.json', '.geojson']) {
      expect(text.some((p) => p.endsWith(ext) && existsSync(`dist/${p}.br`) && existsSync(`dist/${p}.gz`)), ext).toBe(true);
    }
    for (const path of text) {
      const original = readFileSync(`dist/${path}`);
      const plain = await fetchRaw(url(path));
      expect([plain.status, plain.headers['content-encoding'], plain.body.equals(original)], path).toEqual([200, undefined, true]);
      for (const [enc, ext, decode] of [['br', '.br', brotliDecompressSync], ['gzip', '.gz', gunzipSync]] as const) {
        let sibling: Buffer;
        try {
          sibling = readFileSync(`dist/${path}${ext}`);
        } catch {
          continue; // not written: it would not have been smaller (scripts/precompress.ts)
        }
        const r = await fetchRaw(url(path), enc);
        expect([r.status, r.headers['content-encoding'], r.headers.vary], `${path} with Accept-Encoding: ${enc}`).toEqual([200, enc, 'Accept-Encoding']);
        expect(r.body.equals(sibling), `${path}: the body is the build's ${ext} file`).toBe(true);
        expect(decode(r.body).equals(original), `${path}: ${ext} decodes to the file`).toBe(true);
      }
    }
    // A browser offering both gets Brotli, the smaller.
    const main = one(/^assets\/innovation-atlas-.*\.js$/);
    expect((await fetchRaw(url(main), 'gzip, deflate, br, zstd')).headers['content-encoding']).toBe('br');
  });

  it('names each type (the dataset as GeoJSON, the worker as JavaScript, text as UTF-8)', async () => {
    const types: [string, string][] = [
      ['', 'text/html; charset=utf-8'],
      ['embed.html', 'text/html; charset=utf-8'],
      ['innovation-atlas.js', 'application/javascript; charset=utf-8'],
      [one(/maplibre-gl-worker-.*\.mjs$/), 'application/javascript; charset=utf-8'],
      [one(/^assets\/index-.*\.css$/), 'text/css; charset=utf-8'],
      [one(/^assets\/countries-110m-.*\.json$/), 'application/json; charset=utf-8'],
      [one(/^assets\/atlas-.*\.geojson$/), 'application/geo+json; charset=utf-8'],
      [HOST_DATASET, 'application/geo+json; charset=utf-8'],
      [one(/^assets\/symbols-.*\.png$/), 'image/png'],
      ['favicon.svg', 'image/svg+xml; charset=utf-8'],
      // Browsers refuse a service worker sent as anything but JavaScript.
      ['sw.js', 'application/javascript; charset=utf-8'],
      ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ];
    for (const [path, type] of types) expect((await fetchRaw(url(path), 'br')).headers['content-type'], path || 'index').toBe(type);
  });

  it('lets browsers keep hashed files a year, and has them ask again for everything else', async () => {
    const hashed = built.filter((p) => HASHED.test(p));
    const unhashed = built.filter((p) => !HASHED.test(p));
    expect(hashed.length).toBeGreaterThan(20);
    // The worldview basemaps keep fixed names (the element and service worker ask for them by name): revalidated.
    expect(unhashed.sort()).toEqual([
      'basemap/countries-110m-cn.json', 'basemap/countries-50m-cn.json', 'basemap/countries-50m-de-facto.json', 'embed-host.js', 'embed.html', 'favicon.svg', 'icons/icon-192.png', 'icons/icon-512.png', 'index.html', 'innovation-atlas.js', 'manifest.webmanifest', 'sw.js',
    ]);
    for (const p of hashed) expect((await fetchRaw(url(p), 'br')).headers['cache-control'], p).toBe(IMMUTABLE);
    for (const p of ['', ...unhashed, HOST_DATASET]) expect((await fetchRaw(url(p), 'br')).headers['cache-control'], p || 'index').toBe('no-cache');
    // A revalidation is cheap: unchanged files answer 304 to their ETag.
    const index = await fetchRaw(url(''), 'br');
    const again = await new Promise<number>((done, fail) =>
      get(url(''), { headers: { 'if-none-match': String(index.headers.etag), 'accept-encoding': 'br' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      }).on('error', fail),
    );
    expect(again).toBe(304);
  });

  it("compresses a host's own unbuilt dataset on the fly", async () => {
    const r = await fetchRaw(url(HOST_DATASET), 'gzip, br');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).equals(readFileSync('test/fixtures/mini.geojson'))).toBe(true);
  });

  it('sends the strict CSP the app is tested under on every answer; only embed.html may be framed by other sites', async () => {
    for (const p of ['', 'index.html', 'innovation-atlas.js', 'embed-host.js', one(/^assets\/innovation-atlas-.*\.js$/), one(/maplibre-gl-worker-.*\.mjs$/), HOST_DATASET, 'no-such-file']) {
      const r = await fetchRaw(url(p), 'br');
      expect([r.headers['content-security-policy'], r.headers['x-content-type-options']], p || 'index').toEqual([`${STRICT_CSP}; frame-ancestors 'self'`, 'nosniff']);
    }
    const embed = await fetchRaw(url('embed.html'), 'br');
    expect(embed.headers['content-security-policy']).toBe(`${STRICT_CSP}; frame-ancestors *`);
  });
});

interface Received {
  /** Path under /atlas/ ('index.html' for the page). */
  path: string;
  /** Content-Encoding nginx answered with. */
  encoding: string | undefined;
  /** Body bytes as received, still compressed (Resource Timing's encodedBodySize). */
  body: number;
  /** Body bytes once decoded. */
  decoded: number;
}

/**
 * Opens the app from nginx and returns, once it is ready, each file it got (the first time it asked): the
 * encoding and the body's size as Chromium counts it, from the page's Resource Timing entries (and the
 * navigation entry for the page itself). Playwright's request.sizes() says 0 for the worker's script;
 * Resource Timing does not. `logFrom` is where this load's lines start in nginx's access log.
 */
async function loadApp(extraHeaders: Record<string, string> = {}): Promise<{ w: Watched; files: Received[]; logFrom: number }> {
  const encodings = new Map<string, string | undefined>();
  const pathOf = (u: string) => new URL(u).pathname.replace(/^\/atlas\//, '') || 'index.html';
  const logFrom = (await nginx.accessLog()).length;
  const w = await openPage(browser, url(''), {
    setup: async (c) => {
      await c.setExtraHTTPHeaders(extraHeaders);
      c.on('response', (r) => {
        if (!encodings.has(pathOf(r.url()))) encodings.set(pathOf(r.url()), r.headers()['content-encoding']);
      });
    },
  });
  await waitReady(w.page);
  const entries = await w.page.evaluate(() =>
    (performance.getEntriesByType('navigation') as PerformanceResourceTiming[])
      .concat(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => ({ name: e.name, body: e.encodedBodySize, decoded: e.decodedBodySize })),
  );
  const files = new Map<string, Received>();
  for (const e of entries) {
    if (!e.name.startsWith(nginx.origin) || files.has(pathOf(e.name))) continue;
    files.set(pathOf(e.name), { path: pathOf(e.name), encoding: encodings.get(pathOf(e.name)), body: e.body, decoded: e.decoded });
  }
  return { w, files: [...files.values()], logFrom };
}

/** nginx's own count: body bytes it sent per path (first 200 answer), from the access log lines since `from`. */
async function bytesSent(from: number): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  for (const line of (await nginx.accessLog()).slice(from)) {
    const m = /"GET \/atlas\/(\S*) HTTP\/[\d.]+" 200 (\d+)/.exec(line);
    if (m && !sent.has(m[1] || 'index.html')) sent.set(m[1] || 'index.html', Number(m[2]));
  }
  return sent;
}

/** The encoding nginx answers `path` with to a browser accepting `enc`: the build's sibling when there is one. */
const sent = (path: string, enc: 'br' | 'gzip') => (existsSync(`dist/${path}.${enc === 'br' ? 'br' : 'gz'}`) ? enc : undefined);
const bodies = (xs: Received[]) => xs.reduce((s, x) => s + x.body, 0);

describe('the app through nginx', () => {
  const report = firstLoadSize('dist');
  let brotliBodies = 0;

  let first: Watched | undefined;
  afterAll(() => first?.page.context().close());

  it('reaches atlas-ready with no console error, all from nginx, in Brotli', async () => {
    const { w, files } = await loadApp();
    first = w;
    expect(w.requests.filter((u) => !u.startsWith(nginx.origin))).toEqual([]);
    expect([w.consoleErrors, w.pageErrors]).toEqual([[], []]);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([one(/^assets\/innovation-atlas-.*\.js$/), one(/maplibre-gl-worker-.*\.mjs$/), one(/^assets\/atlas-.*\.geojson$/), one(/^assets\/countries-110m-.*\.json$/)]),
    );
    for (const f of files) expect([f.path, f.encoding]).toEqual([f.path, sent(f.path, 'br')]);
    brotliBodies = bodies(files);
  });

  // Same browser, a later visit: hashed files come from its cache without a request; only unhashed files
  // (the page, the icon) are asked for again, and answered 304 Not Modified.
  it('a second visit fetches no hashed file again', async () => {
    const w = first!;
    const logged = (await nginx.accessLog()).length;
    await w.page.goto(url(''));
    await waitReady(w.page);
    const hits = (await nginx.accessLog()).slice(logged).map((l) => /"GET \/atlas\/(\S*) HTTP\/[\d.]+" (\d+)/.exec(l)?.slice(1, 3));
    expect(hits).toContainEqual(['', '304']);
    for (const hit of hits) expect([hit?.[0] !== undefined && !HASHED.test(hit[0]), hit?.[1]], String(hit)).toEqual([true, '304']);
    expect([w.consoleErrors, w.pageErrors]).toEqual([[], []]);
    first = undefined;
    await w.page.context().close();
  });

  // What is compared. The bench's transferGzip (`npm run bench`; size-check's total is the same files, and
  // test/browser/size.test.ts holds the two lists equal) is the sum, over every file the page fetches before
  // it is ready, of that file compressed with zlib gzip level 9. Here a browser that accepts only gzip loads
  // the app from nginx, and the compressed body bytes Chromium received for those files (Resource Timing
  // encodedBodySize; response headers not counted, as the bench counts none) are summed and compared with
  // it. nginx sends the build's .gz files (zlib level 9 too) and, as they are, the PNG and any text file whose
  // .gz would not be smaller. nginx's access log (bytes sent per file) must agree with the browser's count.
  it('a first load transfers what the size figures say: gzip bodies within 2 % of the bench’s gzip total', async () => {
    const { w, files, logFrom } = await loadApp({ 'accept-encoding': 'gzip' });
    try {
      expect([w.consoleErrors, w.pageErrors]).toEqual([[], []]);
      expect(files.map((f) => f.path).sort(), 'the page fetched other files than size-check counts').toEqual(report.files.map((f) => f.path).sort());
      for (const f of files) expect([f.path, f.encoding]).toEqual([f.path, sent(f.path, 'gzip')]);
      const server = await bytesSent(logFrom);
      for (const f of files) expect([f.path, f.body], 'browser and nginx count the same bytes').toEqual([f.path, server.get(f.path)]);
      const gzip = bodies(files);
      const decoded = files.reduce((s, f) => s + f.decoded, 0);
      console.log(
        `first load through nginx: gzip ${gzip} B, Brotli ${brotliBodies} B, decoded ${decoded} B; ` +
          `bench/size-check gzip -9 total ${report.gzip} B (gzip through nginx ${(((gzip - report.gzip) / report.gzip) * 100).toFixed(3)} %)`,
      );
      expect(decoded).toBe(report.raw);
      expect(Math.abs(gzip - report.gzip) / report.gzip).toBeLessThanOrEqual(0.02);
      // Brotli, what browsers get (previous test), is smaller still.
      expect(brotliBodies).toBeGreaterThan(0);
      expect(brotliBodies).toBeLessThan(gzip);
    } finally {
      await w.page.context().close();
    }
  });
});
