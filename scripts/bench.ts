/**
 * The benchmark: `npm run bench` (options after `--`: `--runs N` (load rounds and real-dataset mounts, 5),
 * `--syn-runs N` (synthetic mounts, 1), `--heap-runs N` (1), `--cycles N` (50), `--only load,data,heap`,
 * `--no-build` (reuse dist/)). Builds the app (dist/) and the bare MapLibre page (bench/dist/), then measures in headless
 * Chromium (software WebGL, see test/browser/support/browser.ts), prints a table and writes bench/results.json.
 *
 * 1. load: first full frame of the app (`atlas-ready`) ÷ the bare page's (same basemap and map options,
 *    no deck.gl), and the bare page plus one deck.gl layer of one point ÷ the bare page (the floor of that
 *    ratio on this stack), in rounds of fresh contexts of one browser; and the first-load transfer:
 *    every response the app page gets before it is ready, each gzip-compressed here (zlib level 9).
 * 2. data: a synthetic 100,000-point + 10,000-arc dataset (generated here, never written to the repo)
 *    against the real one, both mounted from a blob: URL into the app page (so the time is parse +
 *    validate + first frame, not transfer), alternating; then the main-thread time of filter changes.
 * 3. heap: JS heap (CDP, after forced GC) after N mount/unmount cycles of the element ÷ after 1; and the
 *    same with V8's compilers off (a control: what still grows then is objects, not compiled code).
 * 4. list (`--only list`; not part of the default run): a 17,110-record dataset of your own, the main-thread
 *    time of opening the list and of a filter change with it open (scripts/bench-list.ts).
 *
 * Times are performance.now() inside the page. The first round of the load phase is a warm-up (cold shader
 * and file caches), recorded but not counted. Figures are medians over runs.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { preview } from 'vite';
import { topologyToBasemap } from '../src/basemap/basemap.ts';
import { countryCounts } from '../src/core/derive.ts';
import { filterRecords } from '../src/core/filter.ts';
import { createSearch } from '../src/core/search.ts';
import { parseDataset } from '../src/core/validate.ts';
import { prepareLayerData } from '../src/layers/build-layers.ts';
import { initialState } from '../src/state/app-state.ts';
import { launch } from '../test/browser/support/browser.ts';
import { serveDist } from '../test/browser/support/serve.ts';
import { openPage, waitReady } from '../test/browser/support/session.ts';
import { BUDGET_BYTES, STARTUP_ASSETS, byKind, firstLoadSize, gzipSize, kb, kindOf, type FileKind } from './size-check.ts';
import { syntheticDataset as syntheticWith } from './synthetic-data.ts';
import { listSamples } from './bench-list.ts';

const syntheticDataset = () => syntheticWith(SYN_POINTS, SYN_ARCS, SYN_CENTRES);

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'syn-runs': { type: 'string', default: '1' },
    'heap-runs': { type: 'string', default: '1' },
    cycles: { type: 'string', default: '50' },
    only: { type: 'string', default: 'load,data,heap' },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs));
/** One synthetic load takes minutes in software GL; its filter changes give several samples per page. */
const SYN_RUNS = Math.max(1, Number(opts['syn-runs']));
const SYN_FILTER_ROUNDS = 3;
/** One run of CYCLES mounts takes minutes; the heap is read after every cycle, so one run shows the trend. */
const HEAP_RUNS = Math.max(1, Number(opts['heap-runs']));
const CYCLES = Math.max(2, Number(opts.cycles));
const PHASES = new Set(opts.only.split(','));
const VIEWPORT = { width: 1280, height: 720 };
/** The smallest viewport the element lays out in without errors; heap cycles are about memory, not pixels. */
const HEAP_VIEWPORT = { width: 360, height: 240 };
const SYN_POINTS = 100_000;
const SYN_ARCS = 10_000;
const SYN_CENTRES = 1_000;
const OUT = 'bench/results.json';

const median = (xs: readonly number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------------------------------------------------------------------------------------------------
// Synthetic dataset


/** The pure (Node) parts of loading a dataset, timed once each: what the page's first frame is made of. */
function nodeBreakdown(text: string, countries: ReturnType<typeof topologyToBasemap>['countries']) {
  const t = (f: () => unknown) => {
    const t0 = performance.now();
    const v = f();
    return { ms: round(performance.now() - t0, 1), v };
  };
  const parse = t(() => JSON.parse(text));
  const validate = t(() => parseDataset(text));
  const ds = validate.v as ReturnType<typeof parseDataset>;
  const layers = t(() => prepareLayerData(ds.records, countries));
  const search = t(() => createSearch(ds.records));
  const filter = t(() => countryCounts(filterRecords(ds.records, { ...initialState('en'), years: [2012, 2016] })));
  return {
    bytes: Buffer.byteLength(text),
    records: ds.records.length,
    errors: ds.errors.length,
    jsonParseMs: parse.ms,
    parseAndValidateMs: validate.ms,
    prepareLayerDataMs: layers.ms,
    searchIndexMs: search.ms,
    filterAndCountMs: filter.ms,
  };
}

// ---------------------------------------------------------------------------------------------------
// Page helpers

interface BenchWindow {
  __benchReadyAt?: number;
  __benchLongTasks?: { start: number; duration: number }[];
}

/** Before any page script: note when the app is ready and every long task. */
const INIT = () => {
  const w = window as unknown as BenchWindow;
  w.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__benchLongTasks!.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('atlas-ready', () => {
    w.__benchReadyAt ??= performance.now();
  });
};

interface Captured {
  url: string;
  status: number;
  start: number;
  body: Buffer | null;
}

function captureResponses(context: BrowserContext): { all: Promise<Captured>[] } {
  const all: Promise<Captured>[] = [];
  context.on('response', (r: Response) => {
    all.push(
      (async () => ({ url: r.url(), status: r.status(), start: r.request().timing().startTime, body: await r.body().catch(() => null) }))(),
    );
  });
  return { all };
}

interface Transferred {
  path: string;
  kind: FileKind;
  raw: number;
  gzip: number;
  /** 'disk' when the browser gave no body (read from the served directory instead). */
  from: 'response' | 'disk';
}

interface LoadRun {
  readyMs: number;
  dclMs: number;
  longTaskMs: number;
  longTasks: number;
  files: Transferred[];
  gzip: number;
  raw: number;
  late: string[];
}

/** Opens a page in a fresh context, waits for ready, and collects timings and every response body. */
async function loadRun(browser: Browser, url: string, root: string, readySelector: string): Promise<LoadRun> {
  let cap: { all: Promise<Captured>[] } = { all: [] };
  const w = await openPage(browser, url, {
    viewport: VIEWPORT,
    setup: async (c) => {
      await c.addInitScript(INIT);
      cap = captureResponses(c);
    },
  });
  try {
    await waitReady(w.page, readySelector);
    const m = await w.page.evaluate(() => {
      const b = window as unknown as BenchWindow;
      const nav = performance.getEntries().find((e) => (e.entryType as string) === 'navigation') as PerformanceNavigationTiming;
      const readyAt = b.__benchReadyAt!;
      const tasks = (b.__benchLongTasks ?? []).filter((t) => t.start < readyAt);
      return { readyAt, origin: performance.timeOrigin, dcl: nav.domContentLoadedEventEnd, longTaskMs: tasks.reduce((s, t) => s + t.duration, 0), longTasks: tasks.length };
    });
    const responses = await Promise.all(cap.all);
    const cutoff = m.origin + m.readyAt;
    const seen = new Set<string>();
    const files: Transferred[] = [];
    const late: string[] = [];
    for (const r of responses) {
      const u = new URL(r.url);
      if (u.protocol !== 'http:' || seen.has(u.pathname)) continue;
      seen.add(u.pathname);
      if (r.start > cutoff) {
        late.push(u.pathname);
        continue;
      }
      const rel = u.pathname.replace(/^\//, '') || 'index.html';
      let body = r.body;
      let from: Transferred['from'] = 'response';
      if (!body) {
        body = readFileSync(join(root, rel));
        from = 'disk';
      }
      files.push({ path: rel, kind: kindOf(rel), raw: body.length, gzip: gzipSize(body), from });
    }
    files.sort((a, b) => b.gzip - a.gzip);
    return {
      readyMs: m.readyAt,
      dclMs: m.dcl,
      longTaskMs: m.longTaskMs,
      longTasks: m.longTasks,
      files,
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      raw: files.reduce((s, f) => s + f.raw, 0),
      late,
    };
  } finally {
    await w.page.context().close();
  }
}

/** dist/index.html without its <innovation-atlas>: the bundle defines the element and the bench mounts it. */
function emptyAppHtml(): string {
  const html = readFileSync('dist/index.html', 'utf8');
  const out = html.replace(/<innovation-atlas\b[^>]*>\s*<\/innovation-atlas>/, '');
  if (out === html) throw new Error('dist/index.html has no <innovation-atlas> element to take out');
  return out;
}

/**
 * A page with the app's bundle and styles but no element: a route serves index.html without it. The page
 * may read other loopback origins (the synthetic dataset's server): Chromium asks permission for that.
 */
async function openEmptyApp(browser: Browser, appUrl: string, viewport: { width: number; height: number }) {
  const html = emptyAppHtml();
  const origin = new URL(appUrl).origin;
  return openPage(browser, appUrl, {
    viewport,
    setup: async (c) => {
      // tsx keeps function names by wrapping them in `__name(...)`, a helper that exists in Node, not in the
      // page: a named function inside page.evaluate would throw "__name is not defined" there.
      await c.addInitScript('globalThis.__name = (f) => f;');
      await c.grantPermissions(['local-network-access']);
      await c.route((u) => u.origin === origin && (u.pathname === '/' || u.pathname === '/index.html'), (r) =>
        r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
  });
}

/**
 * Serves one generated file over loopback HTTP. Playwright's route.fulfill cannot carry a body this large
 * (the page is closed under it), so the page fetches it from here, cross-origin (CORS allowed).
 */
async function serveFile(body: Buffer, type: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  if (!a || typeof a === 'string') throw new Error('file server has no port');
  return { url: `http://127.0.0.1:${a.port}/synthetic.geojson`, close: () => new Promise((r) => server.close(() => r())) };
}

interface MountResult {
  ms: number;
  /** append → the map exists and the first Lit render is done: parse, validate, layer data, filter index (search is built on first use). */
  dataMs: number;
  /** The rest: map load, deck layers, frames until every layer is drawn, GPU read-back. */
  renderMs: number;
  mapRenders: number;
  records: number;
  errors: number;
  longTaskMs: number;
  longestTaskMs: number;
}

/**
 * Fetches a dataset into a blob: URL, then times append → atlas-ready of a new element reading it (so
 * transfer is not part of it). The data part ends when the element has its map, seen by a task after the
 * element's first render with records (the search index is built later, on first use).
 */
async function mountFromBlob(page: Page, datasetPath: string, timeoutMs: number): Promise<MountResult> {
  return page.evaluate(
    async ({ datasetPath, timeoutMs }) => {
      // The map lives in <atlas-map> inside the element's shadow root; its controller is the bench's to read.
      interface Internals {
        controller: { map: { on(t: string, f: () => void): void } } | null;
      }
      const blob = await (await fetch(datasetPath)).blob();
      const src = URL.createObjectURL(blob);
      await customElements.whenDefined('innovation-atlas');
      const tasks: number[] = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
      obs.observe({ type: 'longtask' });
      const el = document.createElement('innovation-atlas');
      el.setAttribute('lang', 'en');
      el.setAttribute('src', src);
      let timer = 0;
      const ready = new Promise<{ records: number; errors: number }>((resolve, reject) => {
        el.addEventListener('atlas-ready', (e) => resolve((e as CustomEvent<{ records: number; errors: number }>).detail), { once: true });
        timer = window.setTimeout(() => reject(new Error(`no atlas-ready within ${timeoutMs} ms`)), timeoutMs);
      });
      let dataMs = 0;
      let renders = 0;
      const t0 = performance.now();
      document.querySelector('main')!.append(el);
      void (async () => {
        const internals = () => (el.shadowRoot?.querySelector('atlas-map') ?? { controller: null }) as unknown as Internals;
        while (!internals().controller && !el.hasAttribute('ready')) await new Promise((r) => setTimeout(r, 0));
        dataMs = performance.now() - t0;
        internals().controller?.map.on('render', () => renders++);
      })();
      const detail = await ready;
      const ms = performance.now() - t0;
      clearTimeout(timer);
      await new Promise((r) => setTimeout(r, 0));
      obs.disconnect();
      return { ms, dataMs, renderMs: ms - dataMs, mapRenders: renders, ...detail, longTaskMs: tasks.reduce((s, d) => s + d, 0), longestTaskMs: Math.max(0, ...tasks) };
    },
    { datasetPath, timeoutMs },
  );
}

interface FilterSample {
  /** 'repaint': no change at all, one forced repaint — the floor any filter change pays for its frame. */
  what: 'years' | 'kinds' | 'regions' | 'repaint';
  step: 'set' | 'reset';
  /** Main-thread time: syncMs + frameMs + laterRenderMs. */
  mainMs: number;
  /** setFilters → Lit update done (reducer, filtering, render, buildLayers, deck setProps + layer updates). */
  syncMs: number;
  /** The next frame: its rAF callbacks (deck, MapLibre) and rendering. */
  frameMs: number;
  /** MapLibre renders (deck layers drawn inside) in later frames, until the map has drawn the change. */
  laterRenderMs: number;
  /** Call → the map has drawn, waiting for vsync and the software GPU included. */
  wallMs: number;
  mapRendered: boolean;
  /** deck layers (sublayers included) whose `data` was replaced, with its length: a data rebuild. */
  rebuilt: string[];
}

/**
 * One filter change, timed in the page. A rAF callback registered before the call runs first in the next
 * frame, and a message posted from it runs after that frame's callbacks and rendering: frame work = that
 * message − that callback. deck (interleaved) asks MapLibre for a repaint from its own frame callback, so
 * the draw may come a frame later: MapLibre's render is timed by wrapping it, until it has run once.
 */
async function timeFilter(page: Page, what: FilterSample['what'], step: 'set' | 'reset'): Promise<FilterSample> {
  const r = await page.evaluate(
    async ({ what, step }) => {
      interface DeckLayer {
        id: string;
        props: { data: unknown };
      }
      interface BenchMap {
        getCanvas(): HTMLCanvasElement;
        triggerRepaint(): void;
        _render: (...args: unknown[]) => unknown;
      }
      interface Internals {
        controller: { map: BenchMap; overlay: { _deck: { layerManager: { getLayers(): DeckLayer[] } } } };
      }
      // (No named function expressions in here: tsx would wrap them in a helper the page does not have.)
      const el = document.querySelector('innovation-atlas')!;
      const ctl = (el.shadowRoot!.querySelector('atlas-map') as unknown as Internals).controller;
      const map = ctl.map;
      // Let the software GPU finish earlier frames so it does not hold up this one.
      const gl = map.getCanvas().getContext('webgl2');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const before = new Map(ctl.overlay._deck.layerManager.getLayers().map((l) => [l.id, l.props.data]));
      const renders: [number, number][] = [];
      const own = Object.prototype.hasOwnProperty.call(map, '_render');
      const original = map._render;
      map._render = function (this: unknown, ...args: unknown[]) {
        const s = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          renders.push([s, performance.now()]);
        }
      };
      let frameStart = 0;
      let frameEnd = 0;
      const frame = new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          frameStart = performance.now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            frameEnd = performance.now();
            resolve();
          };
          ch.port2.postMessage(0);
        }),
      );
      const all = ['joint-lab', 'park', 'demo-centre', 'transfer-centre', 'organisation', 'event', 'agreement', 'transfer-corridor', 'flagship-corridor', 'partner-country'];
      const t0 = performance.now();
      if (what === 'repaint') map.triggerRepaint();
      else if (what === 'years') el.setFilters({ years: step === 'set' ? [2012, 2016] : null });
      // A region is a CPU-side filter (records have several countries): a new mask by index goes to the GPU.
      else if (what === 'regions') el.setFilters({ regions: step === 'set' ? ['africa'] : [] });
      else el.setFilters({ kinds: (step === 'set' ? all.filter((k) => k !== 'joint-lab') : all) as typeof el.state.kinds });
      await el.updateComplete;
      const t1 = performance.now();
      await frame;
      const deadline = performance.now() + 30_000;
      while (!renders.some(([s]) => s >= t1) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      const tDrawn = renders.find(([s]) => s >= t1)?.[1] ?? NaN;
      if (own) map._render = original;
      else delete (map as Partial<BenchMap>)._render;
      const later = renders.filter(([s]) => s >= frameEnd).reduce((sum, [s, e]) => sum + (e - s), 0);
      // deck compares data by reference: a new array means every attribute of that layer is recomputed.
      const rebuilt = ctl.overlay._deck.layerManager
        .getLayers()
        .filter((l) => before.has(l.id) && before.get(l.id) !== l.props.data)
        .map((l) => `${l.id}(${Array.isArray(l.props.data) ? l.props.data.length : '?'})`);
      return { sync: t1 - t0, frame: frameEnd - frameStart, later, wall: tDrawn - t0, rendered: Number.isFinite(tDrawn), rebuilt, frameBeforeSync: frameStart < t1 };
    },
    { what, step },
  );
  if (r.frameBeforeSync) throw new Error('the measured frame started before the update finished');
  return {
    what,
    step,
    mainMs: r.sync + r.frame + r.later,
    syncMs: r.sync,
    frameMs: r.frame,
    laterRenderMs: r.later,
    wallMs: r.wall,
    mapRendered: r.rendered,
    rebuilt: r.rebuilt,
  };
}

/**
 * Filter changes on a ready page: `rounds` × (years set, kinds set, years reset, kinds reset, and a repaint
 * with nothing changed), alternating.
 */
async function filterSamples(page: Page, rounds: number): Promise<FilterSample[]> {
  const out: FilterSample[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const step of ['set', 'reset'] as const) for (const what of ['years', 'kinds', 'regions'] as const) out.push(await timeFilter(page, what, step));
    out.push(await timeFilter(page, 'repaint', 'set'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Phases

interface Metric {
  id: string;
  label: string;
  unit: string;
  median: number;
  runs: number[];
  budget: number | null;
  /** 'max': the median must be ≤ budget. */
  pass: boolean | null;
  note?: string;
}

const metrics: Metric[] = [];
const raw: Record<string, unknown> = {};
const notes: string[] = [];

function metric(id: string, label: string, unit: string, runs: number[], budget: number | null, note?: string): Metric {
  const m = median(runs);
  const out: Metric = { id, label, unit, median: round(m, unit === 'ms' ? 1 : 3), runs: runs.map((x) => round(x, unit === 'ms' ? 1 : 3)), budget, pass: budget === null ? null : m <= budget, note };
  metrics.push(out);
  return out;
}

async function phaseLoad(browser: Browser, appUrl: string, bareUrl: string, oneLayerUrl: string): Promise<void> {
  log(`load: 1 warm-up round + ${RUNS} rounds of app, bare, one-layer, fresh contexts`);
  const app: LoadRun[] = [];
  const bare: LoadRun[] = [];
  const one: LoadRun[] = [];
  const warmup: { app: number; bare: number; oneLayer: number } = { app: 0, bare: 0, oneLayer: 0 };
  for (let i = 0; i <= RUNS; i++) {
    const a = await loadRun(browser, appUrl, 'dist', 'innovation-atlas');
    const b = await loadRun(browser, bareUrl, 'bench/dist', 'body');
    const o = await loadRun(browser, oneLayerUrl, 'bench/dist', 'body');
    log(`  ${i === 0 ? 'warm-up' : `round ${i}`}: app ${a.readyMs.toFixed(0)} ms, bare ${b.readyMs.toFixed(0)} ms, one layer ${o.readyMs.toFixed(0)} ms, ratio ${(a.readyMs / b.readyMs).toFixed(3)}`);
    if (i === 0) Object.assign(warmup, { app: round(a.readyMs, 1), bare: round(b.readyMs, 1), oneLayer: round(o.readyMs, 1) });
    else {
      app.push(a);
      bare.push(b);
      one.push(o);
    }
  }
  metric('firstFrameRatio', 'first full frame: app ÷ bare MapLibre', '×', app.map((a, i) => a.readyMs / bare[i].readyMs), 1.25);
  // The floor of that ratio on this stack: bare MapLibre plus deck.gl drawing a single point.
  metric('firstFrameOneLayerRatio', '  floor: bare + one deck.gl layer (one point) ÷ bare', '×', one.map((o, i) => o.readyMs / bare[i].readyMs), null);
  metric('firstFrameOneLayer', '  one layer: first idle frame with the point drawn', 'ms', one.map((o) => o.readyMs), null);
  metric('firstFrameApp', '  app: atlas-ready after navigation', 'ms', app.map((a) => a.readyMs), null);
  metric('firstFrameBare', '  bare: first idle frame after navigation', 'ms', bare.map((b) => b.readyMs), null);
  metric('dclApp', '  app: DOMContentLoaded (scripts run)', 'ms', app.map((a) => a.dclMs), null);
  metric('dclBare', '  bare: DOMContentLoaded (scripts run)', 'ms', bare.map((b) => b.dclMs), null);
  metric('longTasksApp', '  app: long-task time before ready', 'ms', app.map((a) => a.longTaskMs), null);
  metric('longTasksBare', '  bare: long-task time before ready', 'ms', bare.map((b) => b.longTaskMs), null);
  const t = metric('transferGzip', 'first-load transfer (gzip -9, all responses)', 'KB', app.map((a) => a.gzip / 1000), BUDGET_BYTES / 1000);
  const files = app[0].files;
  const stat = firstLoadSize('dist');
  const requested = new Set(files.map((f) => f.path));
  const counted = new Set(stat.files.map((f) => f.path));
  const onlyRuntime = [...requested].filter((p) => !counted.has(p));
  const onlyStatic = [...counted].filter((p) => !requested.has(p));
  t.note = `KB = 1000 bytes; static size-check: ${kb(stat.gzip)}${onlyRuntime.length || onlyStatic.length ? ` (differs: requested only ${onlyRuntime.join(' ') || '-'}; static only ${onlyStatic.join(' ') || '-'})` : ', same files'}`;
  metric('transferGzipBare', '  bare page transfer (gzip -9)', 'KB', bare.map((b) => b.gzip / 1000), null);
  // The floor: bench/floor.html (MapLibre + worker + basemap + the deck.gl the atlas uses) + the dataset.
  const floorPage = firstLoadSize('bench/dist', 'floor.html', STARTUP_ASSETS.filter((a) => a.what === 'MapLibre worker' || a.what === 'basemap TopoJSON'));
  const dataset = stat.files.filter((f) => f.kind === 'dataset').reduce((sum, f) => sum + f.gzip, 0);
  metric('transferGzipFloor', '  floor: MapLibre + deck.gl layers + basemap + dataset, no app', 'KB', [(floorPage.gzip + dataset) / 1000], null, 'static, from bench/dist/floor.html and the dataset');
  raw.load = {
    warmup,
    app: app.map(({ files: _f, ...r }) => r),
    bare: bare.map(({ files: _f, ...r }) => r),
    oneLayer: one.map(({ files: _f, ...r }) => r),
    transfer: { files, byKind: byKind(files), bareFiles: bare[0].files, static: { gzip: stat.gzip, raw: stat.raw, files: stat.files }, onlyRuntime, onlyStatic },
  };
  console.log(`\nLargest first-load files (gzip -9):`);
  for (const f of files.slice(0, 8)) console.log(`  ${kb(f.gzip).padStart(10)}  ${f.path}`);
  console.log(`  by kind: ${byKind(files).map((k) => `${k.kind} ${kb(k.gzip)}`).join(', ')}\n`);
}

async function phaseData(browser: Browser, appUrl: string, basemapCountries: ReturnType<typeof topologyToBasemap>['countries']): Promise<void> {
  const realPath = `assets/${readdirSync('dist/assets').find((f) => /^atlas-.*\.geojson$/.test(f))}`;
  const realText = readFileSync(join('dist', realPath), 'utf8');
  log(`data: generating ${SYN_POINTS} points + ${SYN_ARCS} arcs`);
  const synText = syntheticDataset();
  const synNode = nodeBreakdown(synText, basemapCountries);
  if (synNode.errors || synNode.records !== SYN_POINTS + SYN_ARCS) throw new Error(`synthetic dataset: ${synNode.records} records, ${synNode.errors} errors`);
  const realNode = nodeBreakdown(realText, basemapCountries);
  log(`  synthetic: ${(synNode.bytes / 1e6).toFixed(1)} MB, ${synNode.records} valid records; Node: validate ${synNode.parseAndValidateMs} ms, search index ${synNode.searchIndexMs} ms, layer data ${synNode.prepareLayerDataMs} ms`);
  const synServer = await serveFile(Buffer.from(synText), 'application/geo+json');
  const real: MountResult[] = [];
  const syn: MountResult[] = [];
  const filtersReal: FilterSample[] = [];
  const filtersSyn: FilterSample[] = [];
  // real, synthetic, real, synthetic … while synthetic runs last, then the remaining real runs.
  const order: ('real' | 'synthetic')[] = [];
  for (let i = 0; i < Math.max(RUNS, SYN_RUNS); i++) {
    if (i < RUNS) order.push('real');
    if (i < SYN_RUNS) order.push('synthetic');
  }
  try {
    for (const which of order) {
      const i = (which === 'real' ? real : syn).length + 1;
      const w = await openEmptyApp(browser, appUrl, VIEWPORT);
      try {
        const r = await mountFromBlob(w.page, which === 'real' ? realPath : synServer.url, 600_000);
        const f = await filterSamples(w.page, which === 'real' ? 1 : SYN_FILTER_ROUNDS);
        (which === 'real' ? real : syn).push(r);
        (which === 'real' ? filtersReal : filtersSyn).push(...f);
        const errs = [...w.pageErrors, ...w.consoleErrors];
        if (errs.length) notes.push(`${which} run ${i}: ${errs.slice(0, 3).join(' | ')}`);
        log(
          `  ${which} run ${i}: ready ${r.ms.toFixed(0)} ms (data ${r.dataMs.toFixed(0)}, render ${r.renderMs.toFixed(0)}, ${r.records} records); filter main-thread ${f.map((s) => `${s.what} ${s.mainMs.toFixed(1)}`).join(', ')} ms${f.some((s) => s.rebuilt.length) ? `; new data: ${[...new Set(f.flatMap((s) => s.rebuilt))].join(' ')}` : ''}`,
        );
      } catch (err) {
        throw new Error(`${which} run ${i} failed: ${(err as Error).message}; page errors: ${[...w.pageErrors, ...w.consoleErrors].slice(0, 5).join(' | ') || 'none'}`);
      } finally {
        await w.page.context().close().catch(() => undefined);
      }
    }
  } finally {
    await synServer.close();
  }
  metric(
    'syntheticLoadRatio',
    `load ${SYN_POINTS / 1000}k pts + ${SYN_ARCS / 1000}k arcs ÷ real (parse+validate+frame)`,
    '×',
    syn.map((s, i) => s.ms / (real[i] ?? real[real.length - 1]).ms),
    null,
    `ratio of each synthetic run to the real run just before it; synthetic median ÷ real median = ${(median(syn.map((s) => s.ms)) / median(real.map((s) => s.ms))).toFixed(2)}`,
  );
  metric('syntheticLoadMs', '  synthetic: append → atlas-ready', 'ms', syn.map((s) => s.ms), null);
  metric('syntheticDataMs', '    of which parse, validate, layer data', 'ms', syn.map((s) => s.dataMs), null);
  metric('syntheticRenderMs', '    of which map + deck until drawn', 'ms', syn.map((s) => s.renderMs), null);
  metric('realLoadMs', '  real: append → atlas-ready', 'ms', real.map((s) => s.ms), null);
  metric('realDataMs', '    of which parse, validate, layer data', 'ms', real.map((s) => s.dataMs), null);
  metric('realRenderMs', '    of which map + deck until drawn', 'ms', real.map((s) => s.renderMs), null);
  const years = filtersSyn.filter((s) => s.what === 'years');
  const kinds = filtersSyn.filter((s) => s.what === 'kinds');
  const regions = filtersSyn.filter((s) => s.what === 'regions');
  const repaints = filtersSyn.filter((s) => s.what === 'repaint');
  const changesReal = filtersReal.filter((s) => s.what !== 'repaint');
  const rebuilt = (xs: FilterSample[]) => [...new Set(xs.flatMap((s) => s.rebuilt))];
  const rb = (xs: FilterSample[]) => (rebuilt(xs).length ? `layers given new data: ${rebuilt(xs).join(', ')}` : 'no layer got new data');
  metric('filterYearsMs', 'filter change, years (synthetic), main thread', 'ms', years.map((s) => s.mainMs), 16, rb(years));
  metric('filterKindsMs', 'filter change, kind toggle (synthetic), main thread', 'ms', kinds.map((s) => s.mainMs), 16, rb(kinds));
  metric('filterRegionsMs', 'filter change, region (synthetic; CPU-side: a new mask by index), main thread', 'ms', regions.map((s) => s.mainMs), 16, rb(regions));
  metric('filterYearsSyncMs', '  years: setFilters → Lit update done', 'ms', years.map((s) => s.syncMs), null);
  metric('filterYearsFrameMs', '  years: frames until drawn (map + deck)', 'ms', years.map((s) => s.frameMs + s.laterRenderMs), null);
  metric('filterKindsSyncMs', '  kinds: setFilters → Lit update done', 'ms', kinds.map((s) => s.syncMs), null);
  metric('filterKindsFrameMs', '  kinds: frames until drawn (map + deck)', 'ms', kinds.map((s) => s.frameMs + s.laterRenderMs), null);
  metric('filterRealMs', '  filter change (real dataset), main thread', 'ms', changesReal.map((s) => s.mainMs), 16, rb(changesReal));
  // The floor: the same frame measured with nothing changed. A change cannot cost less than drawing it.
  metric('filterFloorMs', '  floor: a repaint with nothing changed (synthetic), main thread', 'ms', repaints.map((s) => s.mainMs), null);
  if ([...filtersSyn, ...filtersReal].some((s) => !s.mapRendered)) notes.push('a filter change was not drawn by the map within 30 s');
  raw.data = {
    synthetic: { points: SYN_POINTS, arcs: SYN_ARCS, centres: SYN_CENTRES, seed: 20240917, bytes: synNode.bytes, gzip: gzipSize(synText) },
    node: { synthetic: synNode, real: realNode },
    mounts: { real, synthetic: syn },
    filters: { real: filtersReal, synthetic: filtersSyn },
  };
}

interface HeapRun {
  before: number;
  heap: number[];
  ratio: number;
  cycleMs: number[];
  domNodes: [number, number];
  warnings: string[];
}

/** One fresh page, `cycles` × (createElement → append → atlas-ready → remove), the JS heap read after each. */
async function heapRun(browser: Browser, appUrl: string, cycles: number, label: string): Promise<HeapRun> {
  const w = await openEmptyApp(browser, appUrl, HEAP_VIEWPORT);
  const warnings: string[] = [];
  w.page.on('console', (m) => {
    if (m.type() === 'warning' && warnings.length < 5) warnings.push(m.text());
  });
  try {
    const cdp = await w.page.context().newCDPSession(w.page);
    const heap = async () => {
      await w.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const dom = async () => (await cdp.send('Memory.getDOMCounters')).nodes;
    await w.page.evaluate(() => customElements.whenDefined('innovation-atlas'));
    const before = await heap();
    const cycleMs: number[] = [];
    const series: number[] = [];
    let dom1 = 0;
    for (let c = 1; c <= cycles; c++) {
      cycleMs.push(
        await w.page.evaluate(async () => {
          const t0 = performance.now();
          const el = document.createElement('innovation-atlas');
          el.setAttribute('lang', 'en');
          let timer = 0;
          const ready = new Promise<void>((resolve, reject) => {
            el.addEventListener('atlas-ready', () => resolve(), { once: true });
            timer = window.setTimeout(() => reject(new Error('no atlas-ready within 120 s')), 120_000);
          });
          document.querySelector('main')!.append(el);
          await ready;
          // A pending timer's closure keeps `el` (and its records) alive for 120 s: the heap would count it.
          clearTimeout(timer);
          el.remove();
          return performance.now() - t0;
        }),
      );
      series.push(await heap());
      if (c === 1) dom1 = await dom();
      if (c % 10 === 0) log(`  ${label}, cycle ${c}: heap ${(series[c - 1] / 1e6).toFixed(1)} MB`);
    }
    const domN = await dom();
    log(`  ${label}: heap ${(before / 1e6).toFixed(1)} → ${(series[0] / 1e6).toFixed(1)} (1) → ${(series[cycles - 1] / 1e6).toFixed(1)} MB (${cycles}); ${median(cycleMs).toFixed(0)} ms per cycle`);
    return { before, heap: series, ratio: series[cycles - 1] / series[0], cycleMs: cycleMs.map((x) => round(x, 1)), domNodes: [dom1, domN], warnings };
  } finally {
    await w.page.context().close();
  }
}

/**
 * V8 flags that keep every function in the interpreter: no baseline or optimised code is made, so a heap
 * that still grows under them holds objects, not compiled code. The control run uses them.
 */
const NO_JIT = '--js-flags=--no-opt --no-maglev --no-sparkplug';
/** Cycles of the JIT-off control run (slower per cycle; its series is flat within a few cycles if nothing leaks). */
const CONTROL_CYCLES = 20;

async function phaseHeap(browser: Browser, appUrl: string): Promise<void> {
  log(`heap: ${HEAP_RUNS} run(s) × ${CYCLES} mount/unmount cycles at ${HEAP_VIEWPORT.width}×${HEAP_VIEWPORT.height}, heap read after each; then a JIT-off control of ${CONTROL_CYCLES}`);
  const runs: HeapRun[] = [];
  for (let i = 1; i <= HEAP_RUNS; i++) runs.push(await heapRun(browser, appUrl, CYCLES, `run ${i}`));
  const noJitBrowser = await launch([NO_JIT]);
  let control: HeapRun;
  try {
    control = await heapRun(noJitBrowser, appUrl, Math.min(CYCLES, CONTROL_CYCLES), 'JIT off');
  } finally {
    await noJitBrowser.close();
  }
  metric('heapRatio', `JS heap after ${CYCLES} mount/unmount ÷ after 1`, '×', runs.map((r) => r.ratio), 1.1, `${HEAP_RUNS} run(s) of ${CYCLES} cycles at ${HEAP_VIEWPORT.width}×${HEAP_VIEWPORT.height}`);
  metric('heapAfter1', '  heap after 1 cycle', 'MB', runs.map((r) => r.heap[0] / 1e6), null);
  metric('heapAfterN', `  heap after ${CYCLES} cycles`, 'MB', runs.map((r) => r.heap[CYCLES - 1] / 1e6), null);
  // Median of the per-cycle increments: robust to one noisy reading.
  metric('heapPerCycle', '  growth per cycle (median increment)', 'KB', runs.map((r) => median(r.heap.slice(1).map((h, k) => h - r.heap[k])) / 1000), null);
  // Where the growth is: the last half of the cycles (V8 compiles more hot code early, then levels off).
  const half = CYCLES >> 1;
  metric('heapPerCycleLate', `  growth per cycle, cycles ${half}–${CYCLES}`, 'KB', runs.map((r) => (r.heap[CYCLES - 1] - r.heap[half - 1]) / (CYCLES - half) / 1000), null);
  metric('heapCycleMs', '  one cycle (append → ready → remove)', 'ms', runs.flatMap((r) => r.cycleMs), null);
  const n = control.heap.length;
  metric('heapRatioNoJit', `  control, JIT off (${NO_JIT.slice(11)}): after ${n} ÷ after 1`, '×', [control.ratio], null, 'growth that remains without compiled code is objects the app keeps');
  metric('heapPerCycleNoJit', `  control, JIT off: growth per cycle (median increment)`, 'KB', [median(control.heap.slice(1).map((h, k) => h - control.heap[k])) / 1000], null);
  raw.heap = { viewport: HEAP_VIEWPORT, cycles: CYCLES, how: 'CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage().usedSize, after every cycle', runs, controlNoJit: { flags: NO_JIT, run: control } };
}

async function phaseList(browser: Browser, appUrl: string): Promise<void> {
  const rounds = Math.max(1, RUNS - 2);
  log(`list: the 17,110-record own dataset, the list opened ${rounds + 1} times, ${rounds} rounds of a filter change with it open`);
  const r = await listSamples(browser, appUrl, rounds, { openEmptyApp, mountFromBlob, serveFile, log });
  const of = (what: string) => r.samples.filter((s) => s.what === what);
  const filters = [...of('filter-set'), ...of('filter-reset')];
  const dom = (xs: typeof r.samples) => `rows in the DOM: ${[...new Set(xs.map((s) => s.rowsInDom))].join(', ')} of ${[...new Set(xs.map((s) => s.rowCount))].join(', ')}`;
  metric('listOpenFirstMs', `list, 17k records: first opening (loads its code), main thread`, 'ms', of('open-first').map((s) => s.mainMs), 100, dom(of('open-first')));
  metric('listOpenMs', `list, 17k records: opening again, main thread`, 'ms', of('open').map((s) => s.mainMs), 100, dom(of('open')));
  metric('listFilterMs', `list, 17k records: a filter change (kinds) with the list open, main thread`, 'ms', filters.map((s) => s.mainMs), 100, dom(filters));
  const closed = [...of('filter-set-closed'), ...of('filter-reset-closed')];
  metric('listFilterClosedMs', '  control: the same filter change with the list closed, main thread', 'ms', closed.map((s) => s.mainMs), null);
  metric('listOpenFirstWallMs', '  first opening: click → rows shown + 2 frames (wall)', 'ms', of('open-first').map((s) => s.wallMs), null);
  metric('listFilterWallMs', '  filter change: call → rows shown + 2 frames (wall)', 'ms', filters.map((s) => s.wallMs), null);
  metric('listIdleMs', '  floor: the same wait with nothing done, main thread', 'ms', of('idle').map((s) => s.mainMs), null);
  if (r.errors.length) notes.push(`list: ${r.errors.slice(0, 3).join(' | ')}`);
  raw.list = { records: r.records, mountMs: r.mountMs, samples: r.samples, how: 'CDP Performance.getMetrics TaskDuration before and after each action (action → rows shown + 2 frames)' };
}

// ---------------------------------------------------------------------------------------------------

function table(ms: Metric[]): string {
  const fmt = (m: Metric, x: number) => (m.unit === '×' ? `${x.toFixed(3)}×` : `${x.toFixed(1)} ${m.unit}`);
  const rows = ms.map((m) => [
    m.label,
    fmt(m, m.median),
    m.runs
      .slice(0, 8)
      .map((x) => (m.unit === '×' ? x.toFixed(2) : x.toFixed(m.unit === 'ms' ? 0 : 1)))
      .join(' ') + (m.runs.length > 8 ? ` … (${m.runs.length})` : ''),
    m.budget === null ? '' : `≤ ${fmt(m, m.budget)}`,
    m.pass === null ? '' : m.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['metric', 'median', 'runs', 'budget', ''];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 1 || i === 3 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!opts['no-build']) {
    log('building the app (npm run build)');
    execSync('npm run build', { stdio: 'inherit' });
  }
  // Always rebuilt, and removed at the end: bench/dist/ is a throwaway (git-ignored) build.
  log('building the bare, one-layer and floor pages (bench/vite.config.ts → bench/dist/)');
  execSync('npx vite build --config bench/vite.config.ts', { stdio: 'inherit' });
  const loadBefore = os.loadavg();
  const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
  const basemapCountries = topologyToBasemap(topo).countries;
  const app = await serveDist();
  const bareServer = await preview({ configFile: 'bench/vite.config.ts', preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const addr = bareServer.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('bare preview server has no port');
  const bareUrl = `http://127.0.0.1:${addr.port}/bare.html`;
  const oneLayerUrl = `http://127.0.0.1:${addr.port}/one-layer.html`;
  const browser = await launch();
  let machine: Record<string, unknown> = {};
  try {
    const probe = await browser.newPage();
    const gl = await probe.evaluate(() => {
      const c = document.createElement('canvas').getContext('webgl2');
      const ext = c?.getExtension('WEBGL_debug_renderer_info');
      return {
        renderer: c && ext ? String(c.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : null,
        vendor: c && ext ? String(c.getParameter(ext.UNMASKED_VENDOR_WEBGL)) : null,
        version: c ? String(c.getParameter(c.VERSION)) : null,
        userAgent: navigator.userAgent,
      };
    });
    await probe.close();
    machine = {
      cpus: os.cpus().map(({ model, speed }) => ({ model, speed })),
      totalMemoryGB: round(os.totalmem() / 2 ** 30, 1),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: browser.version(),
      webgl: gl,
    };
    log(`Chromium ${browser.version()}; ${gl.renderer}; ${os.cpus().length} × ${os.cpus()[0]?.model}`);
    if (PHASES.has('load')) await phaseLoad(browser, app.url, bareUrl, oneLayerUrl);
    if (PHASES.has('data')) await phaseData(browser, app.url, basemapCountries);
    if (PHASES.has('heap')) await phaseHeap(browser, app.url);
    if (PHASES.has('list')) await phaseList(browser, app.url);
  } finally {
    await browser.close();
    await app.close();
    await new Promise<void>((r) => bareServer.httpServer.close(() => r()));
    rmSync('bench/dist', { recursive: true, force: true });
  }
  // Other work on the machine slows software GL a lot: the load averages say how quiet it was.
  machine.loadAverage = { start: loadBefore.map((x) => round(x, 2)), end: os.loadavg().map((x) => round(x, 2)) };
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${table(metrics)}\n`);
  for (const m of metrics) if (m.note) console.log(`${m.id}: ${m.note}`);
  for (const n of notes) console.log(`note: ${n}`);
  const results = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    seconds,
    settings: {
      runs: RUNS,
      syntheticRuns: SYN_RUNS,
      syntheticFilterRounds: SYN_FILTER_ROUNDS,
      heapRuns: HEAP_RUNS,
      heapCycles: CYCLES,
      phases: [...PHASES],
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      chromiumArgs: 'test/browser/support/browser.ts CHROMIUM_ARGS (SwiftShader WebGL2)',
      kb: 1000,
      whatWasRun: [
        `load: 1 warm-up round (recorded, not counted), then ${RUNS} rounds app → bare → one-layer (bare + one deck.gl point), each in a fresh context of one browser; ratio per round, median of ratios.`,
        'transfer: every response the app page got before atlas-ready (page + worker), each body gzip-compressed with node:zlib level 9; KB = 1000 bytes.',
        `data: ${RUNS} real-dataset and ${SYN_RUNS} synthetic mounts, alternating (real, synthetic, …), each in a fresh context: the app page with its element taken out of index.html, the dataset fetched into a blob: URL, then append → atlas-ready timed. Fewer synthetic runs because one takes minutes in software GL.`,
        `filter changes: after each mount, rounds of (years [2012, 2016], kinds without joint-lab, region Africa, years all, kinds all, all regions, and a forced repaint with nothing changed: the floor) — 1 round on the real dataset, ${SYN_FILTER_ROUNDS} on the synthetic one — each timed after a readPixels let the GPU catch up; main thread = setFilters → Lit update done, + the next frame's callbacks and rendering, + MapLibre renders (deck drawn inside) in later frames until the change is drawn.`,
        `heap: ${HEAP_RUNS} run(s), each a fresh context at ${HEAP_VIEWPORT.width}×${HEAP_VIEWPORT.height} (the smallest useful viewport: one mount takes seconds in software GL) with ${CYCLES} cycles of createElement → append → atlas-ready → remove; JS heap read after every cycle (CDP HeapProfiler.collectGarbage ×2, Runtime.getHeapUsage usedSize). Runs are fewer than 5 because ${CYCLES} cycles take minutes; the per-cycle series in raw.heap shows the trend. Control: ${Math.min(CYCLES, CONTROL_CYCLES)} cycles in a second browser launched with ${NO_JIT} (interpreter only, so no compiled code accumulates).`,
      ],
      timing: 'performance.now() in the page; app ready = atlas-ready (first frame with every layer, GPU read back); bare ready = first idle frame + 1-pixel readPixels.',
    },
    machine,
    metrics,
    raw,
    notes,
  };
  writeFileSync(`${OUT}.tmp`, `${JSON.stringify(results, null, 1)}\n`);
  // Only a full run replaces the published results; a partial one (--only) stays in the git-ignored .tmp.
  if (['load', 'data', 'heap'].every((p) => PHASES.has(p))) {
    renameSync(`${OUT}.tmp`, OUT);
    log(`wrote ${OUT} (${seconds} s)`);
  } else log(`partial run: wrote ${OUT}.tmp, not ${OUT} (${seconds} s)`);
}

// Importable (for the synthetic dataset) without running.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
