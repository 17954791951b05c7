/**
 * Embedding, tested the way a host page uses it: the library build (dist-lib) served beside host pages
 * written here, a second origin (other.test) for the iframe's origin check, and the shipped examples.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK } from '../../src/basemap/basemap.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { fuzzMessages } from '../fixtures/fuzz-messages.ts';
import { launch, openPage, pixels, serveFiles, type Watched } from './harness.ts';

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tol = 8) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tol);

const ATLAS_EVENTS = ['atlas-ready', 'atlas-select', 'atlas-viewchange', 'atlas-slidechange', 'atlas-error'];
/** Records every atlas event (with the id of the element that sent it) before any script runs. */
const RECORD_EVENTS = (types: string[]) => {
  const w = window as unknown as { __events: { type: string; from: string; detail: unknown }[] };
  w.__events = [];
  for (const type of types) document.addEventListener(type, (e) => w.__events.push({ type, from: (e.target as Element).id, detail: (e as CustomEvent).detail }));
};
type Ev = { type: string; from: string; detail: any };
const events = (page: Page, type: string, from?: string): Promise<Ev[]> =>
  page.evaluate(
    ([t, f]) => (window as unknown as { __events: Ev[] }).__events.filter((e) => e.type === t && (!f || e.from === f)),
    [type, from ?? ''] as const,
  );

/** Counts WebGL contexts: each one the page creates, and how many are not lost (still holding GPU memory). */
// Contexts are held weakly: a strong list would keep every canvas (and through its listeners, each removed
// atlas) alive, and the test of what removal leaves behind would measure its own instrument.
const COUNT_CONTEXTS = () => {
  const made: WeakRef<WebGL2RenderingContext>[] = [];
  (window as unknown as { __glContexts: typeof made }).__glContexts = made;
  const orig = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const ctx = (orig as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (ctx && (type === 'webgl2' || type === 'webgl') && !made.some((r) => r.deref() === ctx)) made.push(new WeakRef(ctx as WebGL2RenderingContext));
    return ctx;
  } as typeof orig;
};
/** A collected context is released too: live means still reachable and not lost. */
const liveContexts = (page: Page) =>
  page.evaluate(() => {
    const made = (window as unknown as { __glContexts: WeakRef<WebGL2RenderingContext>[] }).__glContexts;
    return { made: made.length, live: made.filter((r) => r.deref()?.isContextLost() === false).length };
  });

const HOSTILE_CSS = `
  html { font: 30px/4 serif; letter-spacing: 3px; text-transform: uppercase; color: red; }
  * { box-sizing: content-box !important; margin: 2px; padding: 4px; line-height: 3; font-size: 22px; text-align: right; }
  canvas { display: none !important; }
  div, section { transform: rotate(0.15deg); }
  button { all: unset; background: lime; }
  aside, nav, header { position: static !important; display: none; }
  h1 { font-size: 60px !important; }
  ul { list-style: square; }
`;

// Host pages; the iframe page reads the allowed origin from its own query (?allow=).
const pages: Record<string, string> = {
  '/host/hostile.html': `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>${HOSTILE_CSS}</style></head><body>
    <div class="panel toolbar maplibregl-map" id="probe"><header class="top-left">probe</header><button class="tool">probe</button></div>
    <section>
      <innovation-atlas id="a" lang="en" style="height:380px;width:1000px"></innovation-atlas>
      <innovation-atlas id="b" lang="zh" controls="minimal" theme="dark" style="height:380px;width:1000px"></innovation-atlas>
    </section></body></html>`,
  '/host/empty.html': `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/lib/innovation-atlas.js"></script></head><body></body></html>`,
  '/host/iframe.html': `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/lib/embed-host.js"></script></head><body>
    <iframe id="f" data-innovation-atlas title="atlas" style="width:800px;height:200px;border:0"></iframe>
    <script src="/host/iframe.js"></script></body></html>`,
  '/host/iframe.js': `
    window.__msgs = [];
    addEventListener('message', (e) => { if (e.data && e.data.source === 'innovation-atlas') __msgs.push(e.data); });
    const allow = new URLSearchParams(location.search).get('allow');
    document.getElementById('f').src = '/lib/embed.html?lang=en&frame=one&origins=' + encodeURIComponent(allow);
    window.send = (msg) => document.getElementById('f').contentWindow.postMessage(msg, '*');`,
  '/host/byo.html': `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/lib/innovation-atlas.js"></script></head><body>
    <innovation-atlas id="byo" src="/host/byo.geojson" lang="en" view="105,20,2.2" style="height:600px;width:1200px"></innovation-atlas></body></html>`,
};
const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.geojson', import.meta.url), 'utf8'));
const lab = mini.features[3];
mini.features.push(
  { ...lab, properties: { ...lab.properties, id: 'byo-bad-kind', kind: 'spaceship' } },
  { ...lab, geometry: { type: 'Point', coordinates: [500, 20] }, properties: { ...lab.properties, id: 'byo-bad-place' } },
);
pages['/host/byo.geojson'] = JSON.stringify(mini);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  // other.test is a second origin on the same loopback server.
  browser = await launch(['--host-resolver-rules=MAP other.test 127.0.0.1']);
  server = await serveFiles({ '/lib/': 'dist-lib' }, pages);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const atlasReady = (page: Page, id: string) => page.waitForSelector(`#${id}[ready]`, { state: 'attached', timeout: 80_000 });

/** Page pixel of a longitude/latitude on atlas `id` (its map starts at the element's padding box). */
async function at(page: Page, id: string, lngLat: [number, number]): Promise<[number, number]> {
  return page.evaluate(
    ([id, ll]) => {
      const el = document.getElementById(id) as HTMLElementTagNameMap['innovation-atlas'];
      const r = el.getBoundingClientRect();
      const [x, y] = el.project(ll)!;
      return [r.left + el.clientLeft + x, r.top + el.clientTop + y] as [number, number];
    },
    [id, lngLat] as const,
  );
}

describe('two atlases on a page with hostile global CSS', () => {
  let w: Watched;
  let probeBefore: string;
  const probe = (page: Page) =>
    page.evaluate(() => {
      const p = document.getElementById('probe')!;
      return [p, ...p.children].map((e) => {
        const s = getComputedStyle(e);
        return [s.position, s.background, s.font, s.display, s.borderRadius, s.boxShadow, s.zIndex].join('|');
      }).join('\n');
    });

  beforeAll(async () => {
    w = await openPage(browser, server.url('/host/hostile.html'), { viewport: { width: 1100, height: 900 }, setup: (c) => c.addInitScript(RECORD_EVENTS, ATLAS_EVENTS) });
    probeBefore = await probe(w.page);
    await w.page.addScriptTag({ url: '/lib/innovation-atlas.js', type: 'module' });
    await Promise.all([atlasReady(w.page, 'a'), atlasReady(w.page, 'b')]);
  });
  afterAll(() => w?.page.context().close());

  it('both reach ready and draw sea and land, each in its theme', async () => {
    expect((await events(w.page, 'atlas-ready')).map((e) => e.from).sort()).toEqual(['a', 'b']);
    // Indian Ocean south of India; and land away from records and arcs (some land point may sit under a
    // corridor or label at this size, so several candidates are tried).
    const land: [number, number][] = [[-8, 19], [22, -12], [134, -24], [-100, 55], [2, 27]];
    for (const [id, colors] of [['a', BASEMAP_COLORS], ['b', BASEMAP_COLORS_DARK]] as const) {
      const pts = [await at(w.page, id, [75, -12]), ...(await Promise.all(land.map((ll) => at(w.page, id, ll))))];
      const [sea, ...lands] = await pixels(w.page, pts);
      expect(near(sea, hex(colors.sea)), `${id} sea ${sea}`).toBe(true);
      expect(lands.some((px) => near(px, hex(colors.land))), `${id} land ${JSON.stringify(lands)}`).toBe(true);
    }
    expect(w.pageErrors).toEqual([]);
  });

  it('keeps the page CSS out of its shadow root and its own CSS in', async () => {
    const inside = await w.page.evaluate(() => {
      const root = document.getElementById('a')!.shadowRoot!;
      const s = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return {
        canvas: s('canvas').display,
        h1: [s('h1').fontSize, s('h1').letterSpacing, s('h1').textTransform, s('h1').lineHeight],
        tool: [s('.toolbar .tool').backgroundColor, s('.toolbar .tool').boxSizing],
        toolbar: s('.toolbar').position,
      };
    });
    expect(inside.canvas).not.toBe('none');
    expect(inside.h1).toEqual(['18px', '0.18px', 'none', `${18 * 1.4}px`]);
    expect(inside.tool[1]).toBe('border-box');
    expect(inside.tool[0]).not.toBe('rgb(0, 255, 0)');
    expect(inside.toolbar).toBe('absolute');
    // Nothing leaked out: the page's own look-alike elements are styled exactly as before the atlas came.
    expect(await probe(w.page)).toBe(probeBefore);
  });

  it('answers methods and sends events to the host page', async () => {
    const p = w.page;
    await p.evaluate(() => (document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas']).select('flagship-cpec'));
    await expect.poll(async () => (await events(p, 'atlas-select', 'a')).map((e) => e.detail)).toContainEqual({ id: 'flagship-cpec', kind: 'flagship-corridor' });

    await p.evaluate(() => (document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas']).flyTo({ center: [36.82, -1.29], zoom: 5, duration: 0 }));
    await expect.poll(async () => (await events(p, 'atlas-viewchange', 'a')).at(-1)?.detail).toEqual({ center: [36.82, -1.29], zoom: 5 });
    const bad = await p.evaluate(() => {
      try {
        (document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas']).flyTo({ center: [999, 0] });
        return 'no error';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(bad).toBe('RangeError');

    const state = await p.evaluate(() => {
      const a = document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas'];
      a.setFilters({ kinds: ['joint-lab', 'park'], years: [2015, 2020] });
      const s = a.getState();
      return { kinds: s.kinds, years: s.years, camera: s.camera };
    });
    expect(state).toEqual({ kinds: ['joint-lab', 'park'], years: [2015, 2020], camera: { center: [36.82, -1.29], zoom: 5 } });

    const png = await p.evaluate(async () => {
      const blob = await (document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas']).exportImage({ frame: '4:3' });
      const bmp = await createImageBitmap(blob);
      return { type: blob.type, w: bmp.width, h: bmp.height };
    });
    expect(png).toEqual({ type: 'image/png', w: 1280, h: 960 });

    // goToSlide with a story open (opened here by its attribute) reports each slide.
    await p.evaluate(() => document.getElementById('a')!.setAttribute('story', 'innovation-road'));
    await expect.poll(async () => (await events(p, 'atlas-slidechange', 'a')).at(-1)?.detail.index).toBe(0);
    await p.evaluate(() => (document.getElementById('a') as HTMLElementTagNameMap['innovation-atlas']).goToSlide(3));
    await expect.poll(async () => (await events(p, 'atlas-slidechange', 'a')).at(-1)?.detail).toMatchObject({ story: 'innovation-road', index: 3, count: 10 });
    await p.evaluate(() => document.getElementById('a')!.removeAttribute('story'));
    await expect.poll(async () => (await events(p, 'atlas-slidechange', 'a')).at(-1)?.detail.story).toBeNull();
    expect(w.pageErrors).toEqual([]);
  });

  it('takes attribute changes at run time: lang, theme, controls, view, story and slide, interactive', async () => {
    const p = w.page;
    const b = 'document.getElementById("b")';
    const shadow = (js: string) => p.evaluate(`(() => { const r = ${b}.shadowRoot; return ${js}; })()`);
    // minimal controls: search and legend, no header or present button.
    expect(await shadow(`[!!r.querySelector('header'), !!r.querySelector('[role=search]'), [...r.querySelectorAll('.toolbar .tool')].length]`)).toEqual([false, true, 2]);
    await p.evaluate(`${b}.setAttribute('controls', 'none')`);
    await expect.poll(() => shadow(`[!!r.querySelector('.toolbar'), !!r.querySelector('[role=search]')]`)).toEqual([false, false]);
    await p.evaluate(`${b}.setAttribute('controls', 'full')`);
    await expect.poll(() => shadow(`r.querySelector('h1')?.textContent`)).toBe('创新之路图谱');
    await p.evaluate(`${b}.setAttribute('lang', 'en')`);
    await expect.poll(() => shadow(`r.querySelector('h1')?.textContent`)).toBe('Innovation Road Atlas');

    await p.evaluate(`${b}.setAttribute('theme', 'light')`);
    await expect.poll(async () => near((await pixels(p, [await at(p, 'b', [75, -12])]))[0], hex(BASEMAP_COLORS.sea))).toBe(true);

    await p.evaluate(`${b}.setAttribute('view', '100,15,4')`);
    await expect.poll(async () => (await events(p, 'atlas-viewchange', 'b')).at(-1)?.detail).toEqual({ center: [100, 15], zoom: 4 });

    await p.evaluate(`${b}.setAttribute('story', 'innovation-road'); ${b}.setAttribute('slide', '3')`);
    await expect.poll(async () => (await events(p, 'atlas-slidechange', 'b')).at(-1)?.detail.index).toBe(2);
    await p.evaluate(`${b}.setAttribute('slide', '5')`);
    await expect.poll(async () => (await events(p, 'atlas-slidechange', 'b')).at(-1)?.detail.index).toBe(4);
    expect(await shadow(`!!r.querySelector('atlas-presenter')`)).toBe(true);
    await p.evaluate(`${b}.removeAttribute('story')`);
    await expect.poll(() => shadow(`!!r.querySelector('atlas-presenter')`)).toBe(false);

    // A drag pans the map; with interactive="false" the same drag does nothing.
    await p.evaluate(`${b}.setAttribute('view', '100,15,3')`);
    await expect.poll(async () => (await events(p, 'atlas-viewchange', 'b')).at(-1)?.detail.zoom).toBe(3);
    const camera = () => p.evaluate(`${b}.getState().camera`) as Promise<{ center: [number, number]; zoom: number }>;
    const drag = async () => {
      const [x, y] = await at(p, 'b', [100, 15]);
      // Step by step with pauses, so the gesture is a drag on any machine (not a burst then mouseup).
      await p.mouse.move(x, y);
      await p.mouse.down();
      for (let i = 1; i <= 6; i++) {
        await p.mouse.move(x + 20 * i, y + 7 * i);
        await p.waitForTimeout(60);
      }
      await p.waitForTimeout(200);
      await p.mouse.up();
    };
    // The state's camera follows the map on moveend, which a loaded machine delivers late: poll for it
    // (CI twice read the camera 600 ms after the drag and found it not yet updated).
    await drag();
    await expect.poll(async () => (await camera()).center[0]).toBeLessThan(99);
    await p.evaluate(`${b}.setAttribute('interactive', 'false')`);
    const before = await camera();
    await drag();
    // Nothing to wait for when nothing happens: give a moveend the time the poll above allows it.
    await p.waitForTimeout(3000);
    expect(await camera()).toEqual(before);
    expect(await shadow(`getComputedStyle(r.querySelector('.maplibregl-ctrl-bottom-right')).display`)).toBe('none');
    await p.evaluate(`${b}.setAttribute('interactive', 'true')`);
    await drag();
    await expect.poll(async () => (await camera()).center).not.toEqual(before.center);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('removing an atlas releases its map and WebGL context', () => {
  it('leaves no live map or context after 20 add/remove cycles', async () => {
    const w = await openPage(browser, server.url('/host/empty.html'), { setup: (c) => c.addInitScript(COUNT_CONTEXTS) });
    await w.page.waitForFunction(() => customElements.get('innovation-atlas'));
    const whileMounted = await w.page.evaluate(async () => {
      const Atlas = customElements.get('innovation-atlas') as unknown as { liveMaps: number };
      const seen: [number, number][] = [];
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('innovation-atlas');
        el.style.height = '240px';
        el.style.width = '360px';
        const ready = new Promise((r) => el.addEventListener('atlas-ready', r, { once: true }));
        document.body.append(el);
        await ready;
        const made = (window as unknown as { __glContexts: WeakRef<WebGL2RenderingContext>[] }).__glContexts;
        seen.push([Atlas.liveMaps, made.filter((r) => r.deref()?.isContextLost() === false).length]);
        el.remove();
        (window as unknown as { __removed: WeakRef<Element>[] }).__removed ??= [];
        (window as unknown as { __removed: WeakRef<Element>[] }).__removed.push(new WeakRef(el));
      }
      return seen;
    });
    // Exactly one map and one context while an atlas is on the page …
    expect(whileMounted).toEqual(Array.from({ length: 20 }, () => [1, 1]));
    await w.page.waitForTimeout(200);
    // … and none after the last one is gone, though 20 were made.
    expect(await w.page.evaluate(() => (customElements.get('innovation-atlas') as unknown as { liveMaps: number }).liveMaps)).toBe(0);
    expect(await liveContexts(w.page)).toEqual({ made: 20, live: 0 });
    // … and the removed elements themselves are garbage: nothing (a media-query listener of luma's canvas
    // observer once did, deck.gl#10355; the last one, MapLibre's worker-abort error, see MapController.destroy)
    // keeps them and their records alive: all 20 are gone after a forced GC.
    const cdp = await w.page.context().newCDPSession(w.page);
    await w.page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const alive = await w.page.evaluate(() =>
      (window as unknown as { __removed: WeakRef<Element>[] }).__removed.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0),
    );
    expect(alive, `removed atlases still reachable: ${alive.join(', ')}`).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  }, 600_000);
});

describe('the iframe page and its messages', () => {
  const allowed = () => server.url('', '127.0.0.1');
  const frameOf = (page: Page): Frame => page.frames().find((f) => f.url().includes('/lib/embed.html'))!;
  const msgs = (page: Page, type: string) => page.evaluate((t) => (window as unknown as { __msgs: { type: string; detail: any; version: number; frame: string }[] }).__msgs.filter((m) => m.type === t), type);
  const selected = (f: Frame) => f.evaluate(() => document.querySelector('innovation-atlas')!.getState().selected);
  const cmd = (id: string, version = 1) => ({ target: 'innovation-atlas', version, command: 'select', args: { id } });

  it('reports its height and selections, and obeys commands from an allowed origin only', async () => {
    const w = await openPage(browser, server.url(`/host/iframe.html?allow=${encodeURIComponent(allowed())}`));
    await expect.poll(() => msgs(w.page, 'ready'), { timeout: 80_000 }).toHaveLength(1);
    // Auto-height: 800 px wide at 16:10 is 500 px; the host snippet applied it to the iframe.
    await expect.poll(async () => (await msgs(w.page, 'height')).at(-1)?.detail.height).toBe(500);
    await expect.poll(() => w.page.evaluate(() => document.getElementById('f')!.style.height)).toBe('500px');
    const [ready] = await msgs(w.page, 'ready');
    expect(ready).toMatchObject({ version: 1, frame: 'one' });

    const f = frameOf(w.page);
    await w.page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), cmd('flagship-cpec'));
    await expect.poll(async () => (await msgs(w.page, 'select')).map((m) => m.detail)).toEqual([{ id: 'flagship-cpec', kind: 'flagship-corridor' }]);
    expect(await selected(f)).toBe('flagship-cpec');
    // A click in the frame is reported too. Clear the selection (whose fly-to may still be running), then
    // jump to the railway so it is on screen wherever the camera was.
    const xy = await f.evaluate(async () => {
      const el = document.querySelector('innovation-atlas')!;
      el.select(null);
      const r = el.records.find((x) => x.properties.id === 'flagship-mombasa-nairobi-sgr')!;
      const c = (r.geometry as GeoJSON.LineString).coordinates;
      const mid = c[Math.floor(c.length / 2)] as [number, number];
      // A jump reports its camera synchronously: listen first.
      const moved = new Promise((done) => el.addEventListener('atlas-viewchange', done, { once: true }));
      el.flyTo({ center: mid, zoom: 5, duration: 0 });
      await moved;
      return el.project(mid)!;
    });
    const box = (await w.page.locator('#f').boundingBox())!;
    await w.page.mouse.click(box.x + xy[0], box.y + xy[1]);
    await expect.poll(async () => (await msgs(w.page, 'select')).map((m) => m.detail.id)).toContain('flagship-mombasa-nairobi-sgr');

    // Another protocol version is ignored.
    await w.page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), cmd('flagship-cpec', 2));
    await w.page.waitForTimeout(800);
    expect(await selected(f)).toBe('flagship-mombasa-nairobi-sgr');
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });

  it('survives 300 fuzzed messages from an allowed origin: no error, and only valid states', async () => {
    const w = await openPage(browser, server.url(`/host/iframe.html?allow=${encodeURIComponent(allowed())}`));
    await expect.poll(() => msgs(w.page, 'ready'), { timeout: 80_000 }).toHaveLength(1);
    const f = frameOf(w.page);
    const ids: string[] = await f.evaluate(() => {
      const errs: string[] = [];
      (window as unknown as { __errs: string[] }).__errs = errs;
      addEventListener('error', (e) => errs.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
      return document.querySelector('innovation-atlas')!.records.map((r) => r.properties.id);
    });
    await w.page.evaluate((all) => all.forEach((m) => (window as unknown as { send(m: unknown): void }).send(m)), fuzzMessages(6, 300));
    await w.page.waitForTimeout(3000);
    const state = await f.evaluate(() => document.querySelector('innovation-atlas')!.getState());
    // Only what a well-formed command may do: a known record or none, known kinds, a finite camera, sane years.
    expect(state.selected === null || ids.includes(state.selected), `selected ${state.selected}`).toBe(true);
    expect(state.kinds.every((k) => (KINDS as readonly string[]).includes(k))).toBe(true);
    expect(state.camera === null || (Number.isFinite(state.camera.zoom) && state.camera.center.every(Number.isFinite))).toBe(true);
    expect(state.years === null || state.years.every(Number.isInteger)).toBe(true);
    expect(await f.evaluate(() => (window as unknown as { __errs: string[] }).__errs)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    // And the frame still obeys a good command afterwards.
    await w.page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), cmd('flagship-cpec'));
    await expect.poll(() => selected(f)).toBe('flagship-cpec');
    await w.page.context().close();
  });

  it('ignores commands from an origin the embedder did not allow', async () => {
    // The same host page, served from other.test: its messages come from a disallowed origin.
    const w = await openPage(browser, server.url(`/host/iframe.html?allow=${encodeURIComponent(allowed())}`, 'other.test'));
    await expect.poll(() => msgs(w.page, 'ready'), { timeout: 80_000 }).toHaveLength(1);
    await w.page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), cmd('flagship-cpec'));
    await w.page.waitForTimeout(1500);
    expect(await selected(frameOf(w.page))).toBeNull();
    expect(await msgs(w.page, 'select')).toEqual([]);
    // Events still go out (they carry nothing private), so the host's auto-height works anywhere.
    expect((await msgs(w.page, 'height')).length).toBeGreaterThan(0);
    await w.page.context().close();
  });
});

describe('bring your own dataset', () => {
  it('shows the valid records and lists the invalid ones', async () => {
    const w = await openPage(browser, server.url('/host/byo.html'), { viewport: { width: 1200, height: 600 }, setup: (c) => c.addInitScript(RECORD_EVENTS, ATLAS_EVENTS) });
    await atlasReady(w.page, 'byo');
    expect((await events(w.page, 'atlas-ready'))[0].detail).toEqual({ records: mini.features.length - 2, errors: 2 });
    expect((await events(w.page, 'atlas-error'))[0].detail.errors.map((e: { id: string }) => e.id)).toEqual(['byo-bad-kind', 'byo-bad-place']);
    const panel = await w.page.evaluate(() => document.getElementById('byo')!.shadowRoot!.querySelector('.errors')!.textContent!);
    expect(panel).toMatch(/byo-bad-kind/);
    expect(panel).toMatch(/byo-bad-place/);
    // The valid records are on the map: pick them where they are.
    const picks = await w.page.evaluate(() => {
      const el = document.getElementById('byo') as HTMLElementTagNameMap['innovation-atlas'];
      return ['ttc-china-asean', 'event-2019-innovation-road-forum'].map((id) => {
        const r = el.records.find((x) => x.properties.id === id)!;
        const [x, y] = el.project(r.geometry!.coordinates as [number, number])!;
        return el.pick(x, y)?.id;
      });
    });
    expect(picks).toEqual(['ttc-china-asean', 'event-2019-innovation-road-forum']);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});

describe('the examples, opened from the library build', () => {
  it('element example: the atlas loads from one script tag and its buttons drive it', async () => {
    const w = await openPage(browser, server.url('/lib/examples/element.html'));
    await atlasReady(w.page, 'atlas');
    await w.page.click('#kenya');
    await expect.poll(() => w.page.textContent('#log')).toMatch(/atlas-viewchange \{"center":\[36\.82,-1\.29\],"zoom":5\}/);
    expect(w.requests.filter((u) => !u.startsWith(server.url('/')) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });

  it('iframe example: auto-height, and the host page steps through the story by messages', async () => {
    const w = await openPage(browser, server.url('/lib/examples/iframe.html'));
    await expect.poll(() => w.page.textContent('#log'), { timeout: 80_000 }).toMatch(/slidechange \{"story":"innovation-road","index":0/);
    await w.page.click('#next');
    await expect.poll(() => w.page.textContent('#log')).toMatch(/slidechange \{"story":"innovation-road","index":1/);
    const h = await w.page.evaluate(() => document.getElementById('atlas')!.getBoundingClientRect());
    expect(Math.abs(h.height - Math.max(320, h.width * 10 / 16))).toBeLessThan(2);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});
