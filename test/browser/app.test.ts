import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/basemap/basemap.ts';
import { POINT_STYLE } from '../../src/layers/palette.ts';
import { firstLoadSize, formatReport } from '../../scripts/size-check.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { bundledDataset, dataset, miniFixture } from './support/dataset.ts';
import { box, hex, near } from './support/pixels.ts';
import { serveDistAt } from './support/serve.ts';

const { given } = useAtlasDriver();
/** 799.8 KB on 2026-11-21 (webgl-only deck.gl, panels/search/story/export on demand) + room for small fixes. */
/** CI's ceilings: the code and basemap (what the app ships), and the dataset (content) apart. */
/**
 * Raised from 770 KB on 2026-12-02 when four features landed together at 775.5 KB: the legend on the map,
 * the worldview switch and its credit lines, cooperative gestures for embeds, the service worker's
 * registration and offline status, plain-language source titles (each 1–2 KB; each branch alone fit).
 * The budget (700 KB until the first useful paint) is issue 18's, not met: see the README's speed table.
 */
/**
 * Raised again, 780 → 785 KB, on 2026-12-02 when five branches landed together at 781.6 KB: on-screen label
 * placement clear of symbols and controls (~3 KB), the presenter window's link and flag chunk (~1.1 KB), the
 * story editor's toolbar entry (~0.8 KB), the year player's state and strings, the list's wide-table switch.
 * Each alone fit under 780. Issue 18's 700 KB budget is still not met.
 */
const FIRST_LOAD_CODE_CEILING_BYTES = 785 * 1000;
/** 130 → 140 KB on 2026-12-02: English titles for 137 Chinese-titled web sources (content, +5.4 KB gzip). */
const DATASET_CEILING_BYTES = 140 * 1000;
const data = bundledDataset();
/** A screen position to the pixel: the same place drawn at the same pixel, float noise aside. */
const rounded = (xy: [number, number]) => xy.map(Math.round);
const POINT_KINDS = ['joint-lab', 'park', 'demo-centre', 'transfer-centre', 'organisation', 'event', 'agreement'];

/**
 * dist/ as a site publishes it, from a sub-path of a plain static server, on one page: the tests read it,
 * and the few that act on it are undone before each test (URL, pointer, window size) and the undoing is
 * checked, so no test sees another's traces.
 */
describe('the built app on the embedded dataset, from a sub-path of a plain static server', () => {
  let server: Awaited<ReturnType<typeof serveDistAt>>;
  let app: Session;
  let home: { sea: [number, number] };
  /** What the page asked for until it was ready (read then, whatever the tests do later). */
  let untilReady: string[];
  beforeAll(async () => {
    server = await serveDistAt('/reports/2026/atlas/');
    app = await given.app({ lang: 'en', base: server.url });
    untilReady = [...app.requests];
    home = { sea: await app.atlas.project([75, -12]) };
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // The pointer rests on the title, off the map: no hover left over.
    await app.page.hover('innovation-atlas h1');
    await expect.poll(() => app.atlas.shadow<boolean>(`!!r.querySelector('.tooltip')`)).toBe(false);
    await app.when.reset('v=1&lang=en', { selected: null, panel: 'none', fields: [], years: null });
    // The camera is where the page opened it: nothing below moves it for good.
    expect(rounded(await app.atlas.project([75, -12]))).toEqual(rounded(home.sea));
  });

  it('reaches ready with every record of the dataset and no invalid ones', async () => {
    expect(await app.atlas.attr('ready')).toBe('');
    const [ready] = await app.then.events('atlas-ready');
    expect(ready.records).toBeGreaterThan(5);
    expect(ready.records).toBe(data.records.length);
    expect(ready.errors).toBe(0);
    expect(await app.atlas.shadow<boolean>(`!!r.querySelector('.errors')`)).toBe(false);
  });

  it('draws sea and land in their colours at known places', async () => {
    // Indian Ocean south of India; the Qinghai–Tibet plateau (China, no record there).
    const pts = await app.atlas.projectAll([[75, -12], [90, 34]]);
    const [sea, land] = await app.then.pixels(pts);
    expect(near(sea, hex(BASEMAP_COLORS.sea)), `sea ${sea}`).toBe(true);
    expect(near(land, hex(BASEMAP_COLORS.land)), `land ${land}`).toBe(true);
    expect(near(sea, land)).toBe(false);
  });

  it('draws a record symbol in its kind colour where the record is, and picks it there', async () => {
    // A point record with no other point within 24 px, so nothing overlaps its symbol.
    // Records placed only to their country are in their country's badge, not symbols.
    const points = data.records.filter((r) => r.geometry?.type === 'Point' && POINT_KINDS.includes(r.properties.kind) && r.properties.precision !== 'country');
    const xys = await app.atlas.projectAll(points.map((r) => r.geometry!.coordinates as [number, number]));
    const onScreen = points.map((r, i) => ({ id: r.properties.id, kind: r.properties.kind, xy: xys[i] })).filter((p) => p.xy[0] > 300 && p.xy[0] < 1200 && p.xy[1] > 120 && p.xy[1] < 600);
    const target = onScreen.find((p) => xys.every((q) => q === p.xy || Math.hypot(q[0] - p.xy[0], q[1] - p.xy[1]) > 24)) ?? null;
    expect(target, 'an isolated point record on screen').not.toBeNull();
    const [px] = await app.then.pixels([target!.xy]);
    const want = POINT_STYLE[target!.kind as keyof typeof POINT_STYLE].color;
    expect(near(px, want, 10), `pixel ${px} at ${target!.id} should be ${want}`).toBe(true);
    expect(await app.atlas.pick(...target!.xy)).toEqual({ id: target!.id, kind: target!.kind });
  });

  it('keeps symbols on the basemap after the window is resized', async () => {
    await app.when.resize({ width: 1000, height: 640 });
    const xy = await app.atlas.recordXY('lab-china-mongolia-mineral-processing');
    // The map has its new size; the symbol layer follows on a later frame, so wait for the colour there.
    await expect.poll(async () => (await app.then.pixels([xy]))[0]).toSatisfy((px: number[]) => near(px, POINT_STYLE['joint-lab'].color, 16));
    expect(await app.atlas.pick(...xy)).toMatchObject({ id: 'lab-china-mongolia-mineral-processing' });
    await app.when.resize({ width: 1280, height: 720 });
    expect(rounded(await app.atlas.project([75, -12]))).toEqual(rounded(home.sea));
  });

  it('shows a tooltip on hover and dispatches atlas-select on click', async () => {
    // The flagship-corridor segment midpoint farthest from every point symbol, so nothing covers it.
    const symbols = await app.atlas.projectAll(data.records.filter((r) => r.geometry?.type === 'Point' && r.properties.kind !== 'partner-country').map((r) => r.geometry!.coordinates as [number, number]));
    let best = { id: '', name: '', xy: [0, 0] as [number, number], gap: -1 };
    for (const r of data.records.filter((x) => x.properties.kind === 'flagship-corridor' && x.geometry?.type === 'LineString')) {
      const line = await app.atlas.projectAll(r.geometry!.coordinates as [number, number][]);
      for (let i = 1; i < line.length; i++) {
        const xy: [number, number] = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
        const gap = Math.min(...symbols.map((s) => Math.hypot(s[0] - xy[0], s[1] - xy[1])));
        if (gap > best.gap && xy[0] > 0 && xy[0] < 1280 && xy[1] > 0 && xy[1] < 700) best = { id: r.properties.id, name: r.properties.name.en, xy, gap };
      }
    }
    expect(best.gap).toBeGreaterThan(15);
    const selectsBefore = (await app.then.events('atlas-select')).length;
    await app.when.hover(best.xy);
    await expect.poll(() => app.atlas.text('.tooltip')).toContain(best.name);
    await app.page.mouse.click(...best.xy);
    await expect.poll(async () => (await app.then.events('atlas-select')).slice(selectsBefore)).toEqual([{ id: best.id, kind: 'flagship-corridor' }]);
    expect((await app.then.state()).selected).toBe(best.id);
  });

  it('fills partner countries under the basemap lines, outlined; both go when the layer is switched off', async () => {
    // Kazakhstan, inside: a choropleth class, not bare land.
    const at = await app.atlas.project([67, 48]);
    const [filled] = await app.then.pixels([at]);
    expect(near(filled, hex(BASEMAP_COLORS.land)), `Kazakhstan ${filled}`).toBe(false);
    expect(await app.atlas.mapLayoutVisibility('partners')).toBe('visible');
    await app.when.setHash('v=1&lang=en&k=joint-lab,park');
    await expect.poll(() => app.atlas.mapLayoutVisibility('partners')).toBe('none');
    await expect.poll(async () => near((await app.then.pixels([at]))[0], hex(BASEMAP_COLORS.land))).toBe(true);
    await app.when.setHash('v=1&lang=en');
    await expect.poll(() => app.atlas.mapLayoutVisibility('partners')).toBe('visible');
  });

  it('dispatched atlas-ready once with the counts', async () => {
    const ready = await app.then.events('atlas-ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ errors: 0 });
    expect(ready[0].records).toBeGreaterThan(5);
  });

  it('fetched nothing but its own origin', () => {
    expect(app.then.foreignRequests()).toEqual([]);
    expect(app.requests.some((u) => u.endsWith('.geojson'))).toBe(true);
    expect(app.requests.some((u) => /countries-110m.*\.json$/.test(u))).toBe(true);
  });

  it('logged no console errors and threw nothing', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('works from a sub-path (relative base, no server logic)', () => {
    expect(untilReady.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
    expect(untilReady.some((u) => u.startsWith(`${server.url}assets/`))).toBe(true);
  });

  /**
   * The first-load budget, from dist/ (the same computation as `npx tsx scripts/size-check.ts`). In the
   * browser tier because it needs the build, which `npm test` makes after the Node tests; and because it
   * checks the static file list against what the built page really requests until it is ready.
   */
  it('counts exactly the files the page requests before its first full frame', () => {
    const base = new URL(server.url);
    const requested = new Set(
      untilReady
        .map((u) => new URL(u))
        .filter((u) => u.origin === base.origin)
        .map((u) => decodeURIComponent(u.pathname).slice(base.pathname.length) || 'index.html'),
    );
    const counted = firstLoadSize('dist').files.map((f) => f.path);
    expect([...requested].sort(), 'scripts/size-check.ts counts a different set of files than the page loads: update STARTUP_ASSETS there').toEqual([...counted].sort());
  });

  // The 700 KB budget is reported by `npx tsx scripts/size-check.ts` (exit 1 when over) and `npm run bench`.
  // It lies below the floor of the fixed stack: MapLibre with its worker and the basemap, plus the deck.gl
  // the atlas uses, plus the dataset, with no app code at all, is ~758 KB (bench: transferGzipFloor). Until
  // that changes, CI holds the line where it is. The code and the dataset are held apart: the dataset grew
  // from 40 to 125 KB gzip with the second round of records (content, not code); its own ceiling keeps it
  // from growing unnoticed, and the code may not grow past the line it stood at before.
  it('stays under the first-load ceilings: 785 KB gzip of code, basemap and assets, 140 KB of dataset', () => {
    const report = firstLoadSize('dist');
    const dataset = report.files.filter((f) => f.kind === 'dataset').reduce((sum, f) => sum + f.gzip, 0);
    expect(report.gzip - dataset, formatReport(report)).toBeLessThanOrEqual(FIRST_LOAD_CODE_CEILING_BYTES);
    expect(dataset, formatReport(report)).toBeGreaterThan(0);
    expect(dataset, formatReport(report)).toBeLessThanOrEqual(DATASET_CEILING_BYTES);
  });
});

describe('Chinese labels and invalid records (fixture dataset with one broken record)', () => {
  let app: Session;
  let serbia: [number, number];
  let atLoad: { lang: string | null; state: string };
  beforeAll(async () => {
    const broken = miniFixture();
    const lab = broken.features[3] as any;
    broken.features.push({ ...lab, id: 'bad', properties: { ...lab.properties, id: 'bad', kind: 'spaceport' } });
    broken.features.push({ ...lab, id: 'evil', properties: { ...lab.properties, id: 'evil', name: { zh: '<img src=x onerror="window.__pwned=1">', en: '<b>x</b>' } } });
    app = await given.app({
      lang: 'zh',
      rawHash: '',
      data: dataset(broken.features),
      setup: (c) => c.route(/\/assets\/atlas-[^/]*\.geojson$/, (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(broken) })),
    });
    serbia = await app.atlas.project([20.8, 44.0]);
    // The page opened with no language in its URL: the browser's (zh-CN) decides.
    atLoad = { lang: await app.atlas.attr('lang'), state: (await app.then.state()).lang };
  });
  afterAll(() => app?.close());
  beforeEach(async () => {
    await app.when.reset('v=1&lang=zh', { lang: 'zh', selected: null, panel: 'none' });
    expect(rounded(await app.atlas.project([20.8, 44.0]))).toEqual(rounded(serbia));
  });

  it('keeps every valid record and lists the invalid one by id and field', async () => {
    expect(atLoad).toEqual({ lang: 'zh', state: 'zh' });
    expect(await app.then.events('atlas-ready')).toEqual([{ records: 10, errors: 1 }]);
    const errors = await app.then.events('atlas-error');
    expect(errors).toHaveLength(1);
    expect(errors[0].errors.map((e: { id: string; field: string }) => [e.id, e.field])).toEqual([['bad', 'properties.kind']]);
    expect(await app.atlas.text('.errors')).toMatch(/1\s*条记录未通过校验/);
    expect(await app.atlas.text('.errors')).toMatch(/bad/);
    expect(app.pageErrors).toEqual([]);
  });

  it('draws the Chinese label 塞尔维亚 (glyphs present, not dropped)', async () => {
    const px = await app.then.pixels(box(serbia, 30, 8));
    // Label ink is near-black; nothing else drawn there (choropleth fill, grey borders) is that dark.
    const ink = px.filter(([r, g, b]) => r + g + b < 3 * 100).length;
    expect(ink, `dark pixels around the label: ${ink}`).toBeGreaterThan(40);
  });

  it('shows record text as text: no HTML from data is interpreted, in the details or the list', async () => {
    // From the URL, so the camera stays (select() would fly there).
    await app.when.setHash('v=1&lang=zh&sel=evil&p=list');
    await expect.poll(() => app.then.detailsTitle()).toBe('<img src=x onerror="window.__pwned=1">');
    await expect.poll(() => app.then.listIds()).toContain('evil');
    const evil = await app.atlas.eval((el) => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      imgs: el.shadowRoot!.querySelectorAll('img').length,
      deep: [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('img, b')).length,
    }));
    expect(evil).toEqual({ pwned: 0, imgs: 0, deep: 0 });
  });
});
