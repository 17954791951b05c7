import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/basemap/basemap.ts';
import { POINT_STYLE } from '../../src/layers/palette.ts';
import { launch, openPage, pixels, waitReady, type Watched } from './harness.ts';

const baseUrl = inject('baseUrl');
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tol = 6) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tol);
const fixture = readFileSync(new URL('../fixtures/mini.geojson', import.meta.url), 'utf8');

/** Records every atlas event before the page's scripts run. */
const RECORD_EVENTS = () => {
  const w = window as unknown as { __events: { type: string; detail: unknown }[] };
  w.__events = [];
  for (const type of ['atlas-ready', 'atlas-select', 'atlas-error']) {
    document.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
  }
};
const events = (w: Watched, type: string) =>
  w.page.evaluate((t) => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events.filter((e) => e.type === t).map((e) => e.detail), type);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app on the embedded dataset', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(browser, baseUrl, { locale: 'en-US', setup: (c) => c.addInitScript(RECORD_EVENTS) });
    await waitReady(w.page);
  });
  afterAll(() => w?.page.context().close());

  it('reaches ready with records and no invalid ones', async () => {
    const detail = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      return { ready: el.hasAttribute('ready'), records: el.records.length, errors: el.errors.length };
    });
    expect(detail.ready).toBe(true);
    expect(detail.records).toBeGreaterThan(5);
    expect(detail.errors).toBe(0);
  });

  it('draws sea and land in their colours at known places', async () => {
    // Indian Ocean south of India; the Qinghai–Tibet plateau (China, no record there).
    const pts = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      return [el.project([75, -12])!, el.project([90, 34])!];
    });
    const [sea, land] = await pixels(w.page, pts);
    expect(near(sea, hex(BASEMAP_COLORS.sea)), `sea ${sea}`).toBe(true);
    expect(near(land, hex(BASEMAP_COLORS.land)), `land ${land}`).toBe(true);
    expect(near(sea, land)).toBe(false);
  });

  it('draws a record symbol in its kind colour where the record is, and picks it there', async () => {
    // A point record with no other point within 24 px, so nothing overlaps its symbol.
    const target = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      const kinds = ['joint-lab', 'park', 'demo-centre', 'transfer-centre', 'organisation', 'event', 'agreement'];
      const pts = el.records
        // Records placed only to their country are in their country's badge, not symbols.
        .filter((r) => r.geometry?.type === 'Point' && kinds.includes(r.properties.kind) && r.properties.precision !== 'country')
        .map((r) => ({ id: r.properties.id, kind: r.properties.kind, xy: el.project(r.geometry!.coordinates as [number, number])! }));
      const onScreen = pts.filter((p) => p.xy[0] > 300 && p.xy[0] < 1200 && p.xy[1] > 120 && p.xy[1] < 600);
      return onScreen.find((p) => pts.every((q) => q === p || Math.hypot(q.xy[0] - p.xy[0], q.xy[1] - p.xy[1]) > 24)) ?? null;
    });
    expect(target, 'an isolated point record on screen').not.toBeNull();
    const [px] = await pixels(w.page, [target!.xy]);
    const want = POINT_STYLE[target!.kind as keyof typeof POINT_STYLE].color;
    expect(near(px, want, 10), `pixel ${px} at ${target!.id} should be ${want}`).toBe(true);
    const picked = await w.page.evaluate(([x, y]) => document.querySelector('innovation-atlas')!.pick(x, y), target!.xy);
    expect(picked).toEqual({ id: target!.id, kind: target!.kind });
  });

  it('keeps symbols on the basemap after the window is resized', async () => {
    await w.page.setViewportSize({ width: 1000, height: 640 });
    await w.page.waitForTimeout(1500);
    const xy = await w.page.evaluate(async () => {
      const el = document.querySelector('innovation-atlas')!;
      await el.updateComplete;
      const r = el.records.find((x) => x.properties.id === 'lab-china-saudi-petroleum-energy')!;
      return el.project(r.geometry!.coordinates as [number, number])!;
    });
    const [px] = await pixels(w.page, [xy]);
    expect(near(px, POINT_STYLE['joint-lab'].color, 16), `pixel ${px}`).toBe(true);
    await w.page.setViewportSize({ width: 1280, height: 720 });
    await w.page.waitForTimeout(1500);
  });

  it('shows a tooltip on hover and dispatches atlas-select on click', async () => {
    // The flagship-corridor segment midpoint farthest from every point symbol, so nothing covers it.
    const target = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      const symbols = el.records.filter((r) => r.geometry?.type === 'Point' && r.properties.kind !== 'partner-country').map((r) => el.project(r.geometry!.coordinates as [number, number])!);
      let best = { id: '', name: '', xy: [0, 0] as [number, number], gap: -1 };
      for (const r of el.records.filter((x) => x.properties.kind === 'flagship-corridor' && x.geometry?.type === 'LineString')) {
        const line = (r.geometry!.coordinates as [number, number][]).map((c) => el.project(c)!);
        for (let i = 1; i < line.length; i++) {
          const xy: [number, number] = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
          const gap = Math.min(...symbols.map((s) => Math.hypot(s[0] - xy[0], s[1] - xy[1])));
          if (gap > best.gap && xy[0] > 0 && xy[0] < 1280 && xy[1] > 0 && xy[1] < 700) best = { id: r.properties.id, name: r.properties.name.en, xy, gap };
        }
      }
      return best;
    });
    expect(target.gap).toBeGreaterThan(15);
    // A real pointer arrives through several moves; one jump from the corner is not seen as a hover.
    await w.page.mouse.move(target.xy[0] - 20, target.xy[1] - 20);
    await w.page.mouse.move(target.xy[0], target.xy[1], { steps: 4 });
    await w.page.waitForFunction(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('.tooltip'), null, { timeout: 20_000 });
    const tip = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('.tooltip')!.textContent);
    expect(tip).toContain(target.name);
    await w.page.mouse.click(target.xy[0], target.xy[1]);
    await w.page.waitForFunction(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'atlas-select'), null, { timeout: 20_000 });
    expect(await events(w, 'atlas-select')).toContainEqual({ id: target.id, kind: 'flagship-corridor' });
  });

  it('fills partner countries under the basemap lines, outlined; both go when the layer is switched off', async () => {
    const state = () =>
      w.page.evaluate(() => {
        const el = document.querySelector('innovation-atlas')!;
        // The outline is a MapLibre style layer; <atlas-map> exposes its map (the element's own API).
        const map = el.shadowRoot!.querySelector('atlas-map')!.map!;
        return { at: el.project([67, 48])!, outline: map.getLayoutProperty('partners', 'visibility') ?? 'visible' };
      });
    const on = await state();
    // Kazakhstan, inside: a choropleth class, not bare land.
    const [filled] = await pixels(w.page, [on.at]);
    expect(near(filled, hex(BASEMAP_COLORS.land)), `Kazakhstan ${filled}`).toBe(false);
    expect(on.outline).toBe('visible');
    await w.page.evaluate(() => (location.hash = '#v=1&lang=en&k=joint-lab,park'));
    await expect.poll(async () => (await state()).outline, { timeout: 10_000 }).toBe('none');
    await expect.poll(async () => near((await pixels(w.page, [on.at]))[0], hex(BASEMAP_COLORS.land)), { timeout: 10_000 }).toBe(true);
    await w.page.evaluate(() => (location.hash = '#v=1&lang=en'));
    await expect.poll(async () => (await state()).outline, { timeout: 10_000 }).toBe('visible');
  });

  it('dispatched atlas-ready once with the counts', async () => {
    const ready = await events(w, 'atlas-ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ errors: 0 });
    expect((ready[0] as { records: number }).records).toBeGreaterThan(5);
  });

  it('fetched nothing but its own origin', () => {
    const origin = new URL(baseUrl).origin;
    const foreign = w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(w.requests.some((u) => u.endsWith('.geojson'))).toBe(true);
    expect(w.requests.some((u) => /countries-110m.*\.json$/.test(u))).toBe(true);
  });

  it('logged no console errors and threw nothing', () => {
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('Chinese labels and invalid records (fixture dataset with one broken record)', () => {
  let w: Watched;
  beforeAll(async () => {
    const broken = JSON.parse(fixture);
    broken.features.push({ ...broken.features[3], id: 'bad', properties: { ...broken.features[3].properties, id: 'bad', kind: 'spaceport' } });
    broken.features.push({ ...broken.features[3], id: 'evil', properties: { ...broken.features[3].properties, id: 'evil', name: { zh: '<img src=x onerror="window.__pwned=1">', en: '<b>x</b>' } } });
    w = await openPage(browser, baseUrl, {
      locale: 'zh-CN',
      setup: async (c) => {
        await c.addInitScript(RECORD_EVENTS);
        await c.route(/\/assets\/atlas-[^/]*\.geojson$/, (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(broken) }));
      },
    });
    await waitReady(w.page);
  });
  afterAll(() => w?.page.context().close());

  it('keeps every valid record and lists the invalid one by id and field', async () => {
    const state = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      return { lang: el.lang, records: el.records.length, errors: el.errors.map((e) => [e.id, e.field]) };
    });
    expect(state.lang).toBe('zh');
    expect(state.records).toBe(10);
    expect(state.errors).toEqual([['bad', 'properties.kind']]);
    const panel = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('.errors')?.textContent ?? '');
    expect(panel).toMatch(/1\s*条记录未通过校验/);
    expect((await events(w, 'atlas-ready'))[0]).toEqual({ records: 10, errors: 1 });
    expect(await events(w, 'atlas-error')).toHaveLength(1);
    expect(w.pageErrors).toEqual([]);
  });

  it('draws the Chinese label 塞尔维亚 (glyphs present, not dropped)', async () => {
    const xy = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.project([20.8, 44.0])!);
    const box: [number, number][] = [];
    for (let dx = -30; dx <= 30; dx += 1) for (let dy = -8; dy <= 8; dy += 1) box.push([xy[0] + dx, xy[1] + dy]);
    const px = await pixels(w.page, box);
    // Label ink is near-black; nothing else drawn there (choropleth fill, grey borders) is that dark.
    const ink = px.filter(([r, g, b]) => r + g + b < 3 * 100).length;
    expect(ink, `dark pixels around the label: ${ink}`).toBeGreaterThan(40);
  });

  it('shows record text as text: no HTML from data is interpreted', async () => {
    const evil = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      el.select('evil');
      return { pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0, imgs: el.shadowRoot!.querySelectorAll('img').length };
    });
    expect(evil).toEqual({ pwned: 0, imgs: 0 });
  });
});
