import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, pixels, waitReady, type Watched } from './harness.ts';

const baseUrl = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash = 'v=1&lang=en', viewport = { width: 1280, height: 720 }): Promise<Watched> {
  const w = await openPage(browser, `${baseUrl}#${hash}`, { viewport, locale: hash.includes('lang=zh') ? 'zh-CN' : 'en-US' });
  await waitReady(w.page);
  return w;
}

/** Screen position of a record's point and what is picked there. */
async function pickRecord(page: Page, id: string): Promise<{ xy: [number, number]; picked: string | null }> {
  return page.evaluate((id) => {
    const el = document.querySelector('innovation-atlas')!;
    const r = el.records.find((x) => x.properties.id === id)!;
    const xy = el.project(r.geometry!.coordinates as [number, number])!;
    return { xy, picked: el.pick(xy[0], xy[1])?.id ?? null };
  }, id);
}

const listIds = (page: Page) => page.$$eval('atlas-list tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
const state = (page: Page) => page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
/** Waits until deck has drawn the latest layers (two animation frames after an update). */
const settle = (page: Page) =>
  page.evaluate(async () => {
    await document.querySelector('innovation-atlas')!.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  });

/** Opens a side panel through its toolbar button (leaves it open if it already is). */
async function openPanel(page: Page, panel: string): Promise<void> {
  const button = page.locator(`button.tool[data-panel="${panel}"]`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect.poll(async () => (await state(page)).panel).toBe(panel);
}

async function resetFilters(page: Page): Promise<void> {
  await openPanel(page, 'filters');
  await page.getByRole('button', { name: /Reset filters/ }).click();
  await expect.poll(async () => cpuOff(await state(page))).toBe(true);
  await settle(page);
}
const cpuOff = (s: { fields: unknown[]; regions: unknown[]; countries: unknown[]; years: unknown }) =>
  !s.fields.length && !s.regions.length && !s.countries.length && !s.years;

describe('controls change what is drawn and what the list shows', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('v=1&lang=en&p=list');
  });
  afterAll(() => w?.page.context().close());

  it('a layer switch hides a kind on the map and in the list', async () => {
    const lab = 'lab-china-saudi-petroleum-energy';
    expect((await pickRecord(w.page, lab)).picked).toBe(lab);
    expect(await listIds(w.page)).toContain(lab);
    await w.page.click('button.tool[data-panel="layers"]');
    await w.page.getByRole('button', { name: /Joint laboratory/ }).click();
    await settle(w.page);
    expect((await pickRecord(w.page, lab)).picked).not.toBe(lab);
    expect((await state(w.page)).kinds).not.toContain('joint-lab');
    await w.page.click('button.tool[data-panel="list"]');
    expect(await listIds(w.page)).not.toContain(lab);
    // and back on
    await w.page.click('button.tool[data-panel="layers"]');
    await w.page.getByRole('button', { name: /Joint laboratory/ }).click();
    await settle(w.page);
    expect((await pickRecord(w.page, lab)).picked).toBe(lab);
  });

  it('a field filter narrows map and list', async () => {
    await w.page.click('button.tool[data-panel="filters"]');
    await w.page.getByRole('button', { name: 'Health', exact: true }).click();
    await settle(w.page);
    // The Saudi lab is about energy, the Serbia lab about health.
    expect((await pickRecord(w.page, 'lab-china-saudi-petroleum-energy')).picked).not.toBe('lab-china-saudi-petroleum-energy');
    expect((await state(w.page)).fields).toEqual(['health']);
    await w.page.click('button.tool[data-panel="list"]');
    const ids = await listIds(w.page);
    expect(ids).toContain('lab-china-serbia-drug-discovery');
    expect(ids).not.toContain('lab-china-saudi-petroleum-energy');
    await resetFilters(w.page);
    expect((await pickRecord(w.page, 'lab-china-saudi-petroleum-energy')).picked).toBe('lab-china-saudi-petroleum-energy');
  });

  it('a region and a partner-country filter narrow the list', async () => {
    await openPanel(w.page, 'filters');
    await w.page.selectOption('atlas-filters select#region', 'africa');
    await w.page.click('button.tool[data-panel="list"]');
    const africa = await listIds(w.page);
    expect(africa).toContain('flagship-mombasa-nairobi-sgr');
    expect(africa).not.toContain('flagship-china-laos-railway');
    await w.page.click('button.tool[data-panel="filters"]');
    await w.page.selectOption('atlas-filters select#region', '');
    await w.page.selectOption('atlas-filters select#country', 'SRB');
    await w.page.click('button.tool[data-panel="list"]');
    const srb = await listIds(w.page);
    expect(srb).toContain('lab-china-serbia-drug-discovery');
    expect(srb.length).toBeLessThan(10);
    await resetFilters(w.page);
  });

  it('the year range hides records outside it, on the map and in the list', async () => {
    const event2018 = 'event-2018-china-russia-innovation-dialogue';
    await openPanel(w.page, 'filters');
    expect((await pickRecord(w.page, event2018)).picked).toBe(event2018);
    // Keyboard on the "From" slider: End jumps to the last year.
    await w.page.focus('atlas-filters input#from');
    await w.page.keyboard.press('End');
    await settle(w.page);
    const years = (await state(w.page)).years;
    expect(years?.[0]).toBe(years?.[1]);
    expect(years![0]).toBeGreaterThan(2018);
    expect((await pickRecord(w.page, event2018)).picked).not.toBe(event2018);
    await w.page.click('button.tool[data-panel="list"]');
    expect(await listIds(w.page)).not.toContain(event2018);
    await resetFilters(w.page);
  });

  it('play walks the end year forward', async () => {
    await openPanel(w.page, 'filters');
    await w.page.getByRole('button', { name: /Play/ }).click();
    const first = (await state(w.page)).years;
    await w.page.waitForFunction(
      (y) => {
        const s = document.querySelector('innovation-atlas')!.getState();
        return s.years && y && s.years[1] > y[1];
      },
      first,
      { timeout: 10_000 },
    );
    await w.page.getByRole('button', { name: /Pause/ }).click();
    await resetFilters(w.page);
    expect((await state(w.page)).years).toBeNull();
  });
});

describe('search finds records in both languages', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('v=1&lang=zh');
  });
  afterAll(() => w?.page.context().close());

  const cases: { query: string; expect: RegExp; top?: number }[] = [
    { query: '蒙内', expect: /^flagship-mombasa-nairobi-sgr$/ },
    { query: 'Mombasa', expect: /^flagship-mombasa-nairobi-sgr$/ },
    { query: '塞尔维亚', expect: /^(country-srb|lab-china-serbia-drug-discovery)$/ },
    { query: 'technology transfer', expect: /^(ttc-|corridor-ttc-)/ },
  ];
  it.each(cases)('“$query”', async ({ query, expect: want }) => {
    const input = w.page.getByRole('combobox');
    await input.fill(query);
    const options = w.page.locator('atlas-search [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    // The app's own results list, read through its state: choose the first with the keyboard.
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect.poll(async () => (await state(w.page)).selected).toMatch(want);
    // Choosing moves focus to the details panel (its close button), as a screen reader user expects.
    await expect
      .poll(() => w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.activeElement?.className))
      .toBe('close');
  });
});

describe('search is built on first use', () => {
  it('Enter pressed before the search has loaded still chooses the top hit', async () => {
    const w = await open('v=1&lang=en');
    // Typed and entered in one task: the search module cannot have arrived in between.
    await w.page.evaluate(() => {
      const input = document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('atlas-search')!.shadowRoot!.querySelector('input')!;
      input.focus();
      input.value = 'Mombasa';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await expect.poll(async () => (await state(w.page)).selected).toBe('flagship-mombasa-nairobi-sgr');
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});

describe('a shared URL reproduces the view', () => {
  it('reopening a copied URL gives the same view, selection, filters and language; back and forward work', async () => {
    const w = await open('v=1&lang=en');
    await w.page.getByRole('combobox').fill('Serbia');
    await w.page.getByRole('combobox').press('ArrowDown');
    await w.page.getByRole('combobox').press('Enter');
    await expect.poll(async () => (await state(w.page)).selected).toBeTruthy();
    await w.page.getByRole('button', { name: '中文' }).click();
    await w.page.click('button.tool[data-panel="filters"]');
    await w.page.getByRole('button', { name: '卫生健康', exact: true }).click();
    // Let the fly-to finish so the camera is in the URL.
    await w.page.waitForFunction(() => /cam=/.test(location.hash), null, { timeout: 20_000 });
    const url = w.page.url();
    const before = await state(w.page);

    const again = await openPage(browser, url, { locale: 'en-US' });
    await waitReady(again.page);
    const after = await state(again.page);
    expect(after.lang).toBe('zh');
    expect(after.selected).toBe(before.selected);
    expect(after.fields).toEqual(['health']);
    expect(after.panel).toBe('filters');
    expect(after.camera?.zoom).toBeCloseTo(before.camera!.zoom, 1);
    expect(after.camera?.center[0]).toBeCloseTo(before.camera!.center[0], 1);
    await expect.poll(() => again.page.locator('atlas-details h2').textContent()).toMatch(/塞尔维亚/);

    // Back undoes the last step (the field filter), forward redoes it.
    await again.page.close();
    await w.page.goBack();
    await expect.poll(async () => (await state(w.page)).fields).toEqual([]);
    await w.page.goForward();
    await expect.poll(async () => (await state(w.page)).fields).toEqual(['health']);
    await w.page.context().close();
  });

  it('garbage in the URL falls back to defaults without errors', async () => {
    const w = await open('v=1&lang=xx&k=%E0%A4%A&y=abc&cam=1,2,999&sel=<script>&p=nope&__proto__=1');
    const s = await state(w.page);
    expect(s.lang === 'en' || s.lang === 'zh').toBe(true);
    expect(s.selected).toBeNull();
    expect(s.panel).toBe('none');
    expect(s.years).toBeNull();
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });
});

describe('language', () => {
  it('the switch changes the labels on the map and in the panels', async () => {
    const w = await open('v=1&lang=en&p=layers');
    // Ink of the label of the most-connected partner country, before and after.
    const box = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      const r = el.records.find((x) => x.properties.id === 'country-kaz')!;
      return el.project(r.geometry!.coordinates as [number, number])!;
    });
    const pts: [number, number][] = [];
    for (let dx = -40; dx <= 40; dx += 2) for (let dy = -7; dy <= 7; dy += 1) pts.push([box[0] + dx, box[1] + dy]);
    const before = await pixels(w.page, pts);
    expect(await w.page.locator('atlas-layers h2').textContent()).toBe('Layers');
    await w.page.getByRole('button', { name: '中文' }).click();
    await settle(w.page);
    await w.page.waitForTimeout(500);
    const after = await pixels(w.page, pts);
    const changed = before.filter((p, i) => p.slice(0, 3).some((v, j) => Math.abs(v - after[i][j]) > 40)).length;
    expect(changed, 'label pixels that changed').toBeGreaterThan(30);
    expect(await w.page.locator('atlas-layers h2').textContent()).toBe('图层');
    expect(await w.page.locator('innovation-atlas h1').textContent()).toBe('创新之路图谱');
    expect(new URL(w.page.url()).hash).toContain('lang=zh');
    await w.page.context().close();
  });
});

describe('keyboard alone', () => {
  it('can search, filter, select from the list and open details', async () => {
    const w = await open('v=1&lang=en');
    const k = w.page.keyboard;
    // Tab from the top of the page reaches the search box first.
    await w.page.locator('body').focus();
    await k.press('Tab');
    await expect.poll(() => w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.activeElement?.tagName)).toBe('ATLAS-SEARCH');
    await k.type('Kenya');
    await k.press('ArrowDown');
    await k.press('Enter');
    await expect.poll(async () => (await state(w.page)).selected).toBeTruthy();
    // Focus moved to the details panel's close button; Escape closes it.
    await expect.poll(() => w.page.locator('atlas-details h2').count()).toBe(1);
    await k.press('Escape');
    await expect.poll(async () => (await state(w.page)).selected).toBeNull();

    // Filters panel by keyboard: focus its toolbar button, Enter, then Tab to the first field chip, Space.
    await w.page.locator('button.tool[data-panel="filters"]').focus();
    await k.press('Enter');
    await expect.poll(async () => (await state(w.page)).panel).toBe('filters');
    await w.page.locator('atlas-filters .chip').first().focus();
    await k.press('Space');
    await expect.poll(async () => (await state(w.page)).fields.length).toBe(1);
    await k.press('Space');
    await expect.poll(async () => (await state(w.page)).fields.length).toBe(0);

    // List: Enter on a row's name selects it and opens its details.
    await w.page.locator('button.tool[data-panel="list"]').focus();
    await k.press('Enter');
    const first = w.page.locator('atlas-list tbody button').first();
    await first.focus();
    const name = await first.textContent();
    await k.press('Enter');
    await expect.poll(() => w.page.locator('atlas-details h2').textContent()).toBe(name);
    await w.page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  const states = [
    ['default', 'v=1&lang=en'],
    ['layers', 'v=1&lang=zh&p=layers'],
    ['filters', 'v=1&lang=en&p=filters'],
    ['list', 'v=1&lang=zh&p=list'],
    ['figures', 'v=1&lang=en&p=figures'],
    ['details', 'v=1&lang=en&sel=lab-china-serbia-drug-discovery'],
    ['country', 'v=1&lang=zh&cty=KEN'],
  ];
  let page: Page;
  let ctxClose: () => Promise<void>;
  beforeAll(async () => {
    const w = await open('v=1&lang=en');
    page = w.page;
    ctxClose = () => w.page.context().close();
  });
  afterAll(() => ctxClose?.());

  it.each(states)('%s has no violations', async (_name, hash) => {
    await page.goto(`${baseUrl}#${hash}`);
    await page.reload();
    await waitReady(page);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      // The WebGL canvas is MapLibre's; its accessible name comes from the map locale.
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations, violations.join("\n")).toEqual([]);
  });
});
