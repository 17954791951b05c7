/**
 * The element embedded the way a host page uses it: the library build (dist-lib) served beside host pages
 * written here, and the shipped element example. The iframe page is embed-iframe.test.ts's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK } from '../../src/basemap/basemap.ts';
import { SOFTWARE_COMPOSITING, useAtlasDriver, type Atlas, type Session } from './support/atlas-driver.ts';
import { dataset, miniFixture } from './support/dataset.ts';
import { hex, near, pixels } from './support/pixels.ts';
import story from '../../data/stories/innovation-road.json' with { type: 'json' };

const { given } = useAtlasDriver();

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
const HEAD = '<meta charset="utf-8"><link rel="icon" href="data:,">';

describe('two atlases on a page with hostile global CSS', () => {
  let app: Session;
  let a: Atlas;
  let b: Atlas;
  let probeBefore: string;
  /** What both atlases drew when they became ready (the tests below change them; this is read once). */
  let atReady: { id: string; seas: number[][]; lands: number[][] }[];
  const probe = () =>
    app.page.evaluate(() => {
      const p = document.getElementById('probe')!;
      return [p, ...p.children].map((e) => {
        const s = getComputedStyle(e);
        return [s.position, s.background, s.font, s.display, s.borderRadius, s.boxShadow, s.zIndex].join('|');
      }).join('\n');
    });

  beforeAll(async () => {
    app = await given.page(
      `<!doctype html><html><head>${HEAD}<style>${HOSTILE_CSS}</style></head><body>
      <div class="panel toolbar maplibregl-map" id="probe"><header class="top-left">probe</header><button class="tool">probe</button></div>
      <section>
        <innovation-atlas id="a" lang="en" style="height:380px;width:1000px"></innovation-atlas>
        <innovation-atlas id="b" lang="zh" controls="minimal" theme="dark" style="height:380px;width:1000px"></innovation-atlas>
      </section></body></html>`,
      { viewport: { width: 1100, height: 900 } },
    );
    probeBefore = await probe();
    await app.page.addScriptTag({ url: '/lib/innovation-atlas.js', type: 'module' });
    [a, b] = [app.atlasAt('#a'), app.atlasAt('#b')];
    await Promise.all([a.ready(), b.ready()]);
    // Indian Ocean south of India; and land away from records and arcs (some land point may sit under a
    // corridor or label at this size, so several candidates are tried).
    const land: [number, number][] = [[-8, 19], [22, -12], [134, -24], [-100, 55], [2, 27]];
    atReady = [];
    // Sea in the Indian Ocean and the South Atlantic: labels are placed clear of symbols, so one may sit
    // on any single sea point; several are tried, as for land.
    const sea: [number, number][] = [[75, -12], [90, -30], [60, -30], [-20, -30]];
    for (const [id, atlas] of [['a', a], ['b', b]] as const) {
      const pts = await Promise.all([...sea, ...land].map((ll) => atlas.pageXY(ll)));
      const px = await pixels(app.page, pts);
      atReady.push({ id, seas: px.slice(0, sea.length), lands: px.slice(sea.length) });
    }
  });
  afterAll(() => app?.close());

  it('both reach ready and draw sea and land, each in its theme', async () => {
    expect((await app.page.evaluate(() => (window as unknown as { __atlasEvents: { type: string; from: string }[] }).__atlasEvents.filter((e) => e.type === 'atlas-ready').map((e) => e.from))).sort()).toEqual(['a', 'b']);
    for (const [{ id, seas, lands }, colors] of [[atReady[0], BASEMAP_COLORS], [atReady[1], BASEMAP_COLORS_DARK]] as const) {
      expect(seas.some((px) => near(px, hex(colors.sea), 8)), `${id} sea ${JSON.stringify(seas)}`).toBe(true);
      expect(lands.some((px) => near(px, hex(colors.land), 8)), `${id} land ${JSON.stringify(lands)}`).toBe(true);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the page CSS out of its shadow root and its own CSS in', async () => {
    const inside = await a.eval((el) => {
      const root = el.shadowRoot!;
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
    expect(await probe()).toBe(probeBefore);
  });

  it('answers methods and sends events to the host page', async () => {
    await a.select('flagship-cpec');
    await expect.poll(() => a.events('atlas-select')).toContainEqual({ id: 'flagship-cpec', kind: 'flagship-corridor' });

    expect(await a.flyTo({ center: [36.82, -1.29], zoom: 5, duration: 0 })).toBe('ok');
    await expect.poll(() => a.lastEvent('atlas-viewchange')).toEqual({ center: [36.82, -1.29], zoom: 5 });
    expect(await a.flyTo({ center: [999, 0] })).toBe('RangeError');

    await a.setFilters({ kinds: ['joint-lab', 'park'], years: [2015, 2020] });
    const s = await a.state();
    expect({ kinds: s.kinds, years: s.years, camera: s.camera }).toEqual({ kinds: ['joint-lab', 'park'], years: [2015, 2020], camera: { center: [36.82, -1.29], zoom: 5 } });

    const png = await a.eval(async (el) => {
      const blob = await el.exportImage({ frame: '4:3' });
      const bmp = await createImageBitmap(blob);
      return { type: blob.type, w: bmp.width, h: bmp.height };
    });
    expect(png).toEqual({ type: 'image/png', w: 1280, h: 960 });

    // goToSlide with a story open (opened here by its attribute) reports each slide.
    await a.setAttr('story', 'innovation-road');
    await expect.poll(async () => (await a.lastEvent('atlas-slidechange'))?.index).toBe(0);
    await a.goToSlide(3);
    await expect.poll(() => a.lastEvent('atlas-slidechange')).toMatchObject({ story: 'innovation-road', index: 3, count: story.slides.length });
    await a.setAttr('story', null);
    await expect.poll(async () => (await a.lastEvent('atlas-slidechange'))?.story).toBeNull();
    expect(app.pageErrors).toEqual([]);
  });

  it('takes attribute changes at run time: lang, theme, controls, view, story and slide, interactive', async () => {
    // minimal controls: search and legend, no header or present button.
    expect(await b.shadow(`[!!r.querySelector('header'), !!r.querySelector('[role=search]'), [...r.querySelectorAll('.toolbar .tool')].length]`)).toEqual([false, true, 2]);
    await b.setAttr('controls', 'none');
    await expect.poll(() => b.shadow(`[!!r.querySelector('.toolbar'), !!r.querySelector('[role=search]')]`)).toEqual([false, false]);
    await b.setAttr('controls', 'full');
    await expect.poll(() => b.shadow(`r.querySelector('h1')?.textContent`)).toBe('创新之路图谱');
    await b.setAttr('lang', 'en');
    await expect.poll(() => b.shadow(`r.querySelector('h1')?.textContent`)).toBe('Innovation Road Atlas');

    await b.setAttr('theme', 'light');
    await expect.poll(async () => near((await pixels(app.page, [await b.pageXY([75, -12])]))[0], hex(BASEMAP_COLORS.sea), 8)).toBe(true);

    await b.setAttr('view', '100,15,4');
    await expect.poll(() => b.lastEvent('atlas-viewchange')).toEqual({ center: [100, 15], zoom: 4 });

    await b.setAttr('story', 'innovation-road');
    await b.setAttr('slide', '3');
    await expect.poll(async () => (await b.lastEvent('atlas-slidechange'))?.index).toBe(2);
    await b.setAttr('slide', '5');
    await expect.poll(async () => (await b.lastEvent('atlas-slidechange'))?.index).toBe(4);
    expect(await b.shadow(`!!r.querySelector('atlas-presenter')`)).toBe(true);
    await b.setAttr('story', null);
    await expect.poll(() => b.shadow(`!!r.querySelector('atlas-presenter')`)).toBe(false);

    // A drag pans the map; with interactive="false" the same drag does nothing.
    await b.setAttr('view', '100,15,3');
    await expect.poll(async () => (await b.lastEvent('atlas-viewchange'))?.zoom).toBe(3);
    const camera = async () => (await b.state()).camera!;
    const spot = () => b.pageXY([100, 15]);
    const drag = async () => app.when.drag(b, await spot(), [120, 42]);
    // The state's camera follows the map on moveend, which a loaded machine delivers late: poll for it.
    await drag();
    await expect.poll(async () => (await camera()).center[0]).toBeLessThan(99);

    await b.setAttr('interactive', 'false');
    expect(await b.settled()).toBe(true);
    const before = { camera: await camera(), xy: await spot(), views: (await b.events('atlas-viewchange')).length };
    await drag();
    // The drag reached the page (each move waited for a map frame) and two more frames passed: a pan would
    // show now in where a place is drawn (the camera moves on the next frame, before any moveend). It did not.
    await b.frames(2);
    expect(await spot()).toEqual(before.xy);
    expect(await camera()).toEqual(before.camera);
    expect((await b.events('atlas-viewchange')).length).toBe(before.views);
    expect(await b.shadow(`getComputedStyle(r.querySelector('.maplibregl-ctrl-bottom-right')).display`)).toBe('none');

    // The same drag and the same wait with interactive="true" do move it: the check above could fail.
    await b.setAttr('interactive', 'true');
    await drag();
    await b.frames(2);
    expect(await spot()).not.toEqual(before.xy);
    await expect.poll(async () => (await camera()).center).not.toEqual(before.camera.center);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('removing an atlas releases its map and WebGL context', () => {
  // 20 atlases made, each drawing only its first frame: software compositing makes them faster (what is
  // released, map and WebGL context, is the same with either compositor).
  const lean = useAtlasDriver(SOFTWARE_COMPOSITING);

  it('leaves no live map or context after 20 add/remove cycles', async () => {
    const app = await lean.given.page(`<!doctype html><html><head>${HEAD}<script type="module" src="/lib/innovation-atlas.js"></script></head><body></body></html>`, {
      setup: (c) => c.addInitScript(COUNT_CONTEXTS),
    });
    await app.page.waitForFunction(() => customElements.get('innovation-atlas'));
    const whileMounted = await app.page.evaluate(async () => {
      const Atlas = customElements.get('innovation-atlas') as unknown as { liveMaps: number };
      const seen: [number, number][] = [];
      const w = window as unknown as { __removed: WeakRef<Element>[]; __glContexts: WeakRef<WebGL2RenderingContext>[] };
      w.__removed = [];
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('innovation-atlas');
        el.style.height = '240px';
        el.style.width = '360px';
        const ready = new Promise((r) => el.addEventListener('atlas-ready', r, { once: true }));
        document.body.append(el);
        await ready;
        seen.push([Atlas.liveMaps, w.__glContexts.filter((r) => r.deref()?.isContextLost() === false).length]);
        el.remove();
        w.__removed.push(new WeakRef(el));
      }
      return seen;
    });
    // Exactly one map and one context while an atlas is on the page …
    expect(whileMounted).toEqual(Array.from({ length: 20 }, () => [1, 1]));
    // … and none after the last one is gone, though 20 were made.
    expect(await app.page.evaluate(() => (customElements.get('innovation-atlas') as unknown as { liveMaps: number }).liveMaps)).toBe(0);
    await expect.poll(() => liveContexts(app.page)).toEqual({ made: 20, live: 0 });
    // … and the removed elements themselves are garbage: nothing (a media-query listener of luma's canvas
    // observer once did, deck.gl#10355; the last one, MapLibre's worker-abort error, see MapController.destroy)
    // keeps them and their records alive: all 20 are gone after a forced GC. Work the removal queued (a
    // worker's abort, a last frame) may hold one briefly, so collect until they are gone, within the budget.
    const cdp = await app.context.newCDPSession(app.page);
    const alive = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return app.page.evaluate(() => (window as unknown as { __removed: WeakRef<Element>[] }).__removed.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0));
    };
    await expect.poll(alive, { message: 'removed atlases still reachable' }).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 600_000);
});

describe('bring your own dataset', () => {
  it('shows the valid records and lists the invalid ones', async () => {
    const mini = miniFixture();
    const lab = mini.features[3] as any;
    mini.features.push(
      { ...lab, properties: { ...lab.properties, id: 'byo-bad-kind', kind: 'spaceship' } },
      { ...lab, geometry: { type: 'Point', coordinates: [500, 20] }, properties: { ...lab.properties, id: 'byo-bad-place' } },
    );
    await given.files({ '/host/byo.geojson': JSON.stringify(mini) });
    const app = await given.page(
      `<!doctype html><html><head>${HEAD}<script type="module" src="/lib/innovation-atlas.js"></script></head><body>
      <innovation-atlas id="byo" src="/host/byo.geojson" lang="en" view="105,20,2.2" style="height:600px;width:1200px"></innovation-atlas></body></html>`,
      { viewport: { width: 1200, height: 600 }, data: dataset(mini.features) },
    );
    const byo = app.atlasAt('#byo');
    await byo.ready();
    expect((await byo.events('atlas-ready'))[0]).toEqual({ records: mini.features.length - 2, errors: 2 });
    expect((await byo.events('atlas-error'))[0].errors.map((e: { id: string }) => e.id)).toEqual(['byo-bad-kind', 'byo-bad-place']);
    const panel = await byo.text('.errors');
    expect(panel).toMatch(/byo-bad-kind/);
    expect(panel).toMatch(/byo-bad-place/);
    // The valid records are on the map: pick them where they are.
    const picks = [];
    for (const id of ['ttc-china-asean', 'event-2019-innovation-road-forum']) picks.push((await byo.pickRecord(id)).picked);
    expect(picks).toEqual(['ttc-china-asean', 'event-2019-innovation-road-forum']);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('the element example, opened from the library build', () => {
  it('element example: the atlas loads from one script tag and its buttons drive it', async () => {
    const srv = await given.files({});
    const app = await given.page(srv.url('/lib/examples/element.html'));
    await app.atlasAt('#atlas').ready();
    await app.page.click('#kenya');
    await expect.poll(() => app.page.textContent('#log')).toMatch(/atlas-viewchange \{"center":\[36\.82,-1\.29\],"zoom":5\}/);
    expect(app.then.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
