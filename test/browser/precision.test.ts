/**
 * Records placed only to their country, as a reader meets them: not a site symbol at the country's point,
 * but a count badge there that opens (click or keyboard) to a picker and a fan of the records, each one
 * reachable; the tooltip, details and list say "country-level position". Fixture dataset: test/fixtures/systems.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fanOffsets } from '../../src/layers/place-layers.ts';
import { POINT_STYLE } from '../../src/layers/palette.ts';
import { ZAF, systemsFixture } from '../fixtures/systems.ts';
import { launch } from './support/browser.ts';
import { pixels } from './support/pixels.ts';
import { openPage, waitReady, type Watched } from './support/session.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser, `${baseUrl}#v=1&lang=en&cam=60,0,1.8`, {
    setup: (c) => c.route(/\/assets\/atlas-[^/]*\.geojson$/, (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(systemsFixture) })),
  });
  await waitReady(w.page);
});
afterAll(async () => {
  await w?.page.context().close();
  await browser?.close();
});

const state = (page: Page) => page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
/** Waits until the element has rendered and deck has drawn the latest layers. */
const settle = (page: Page) =>
  page.evaluate(async () => {
    await document.querySelector('innovation-atlas')!.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  });
/** Element pixels of a position, and what is picked there (`offset` in px from it). */
const pickAt = (page: Page, lngLat: [number, number], offset: [number, number] = [0, 0]) =>
  page.evaluate(
    ({ lngLat, offset }) => {
      const el = document.querySelector('innovation-atlas')!;
      const [x, y] = el.project(lngLat)!;
      const r = el.getBoundingClientRect();
      return { x: x + offset[0], y: y + offset[1], pageX: r.left + x + offset[0], pageY: r.top + y + offset[1], hit: el.pick(x + offset[0], y + offset[1]) };
    },
    { lngLat, offset },
  );
/** Pixels within `radius` of a page point that are close to `rgb`. */
async function inkOf(page: Page, at: [number, number], rgb: readonly number[], radius = 10): Promise<number> {
  const pts: [number, number][] = [];
  for (let dx = -radius; dx <= radius; dx++) for (let dy = -radius; dy <= radius; dy++) pts.push([at[0] + dx, at[1] + dy]);
  const px = await pixels(page, pts);
  return px.filter(([r, g, b]) => Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) < 60).length;
}

describe('a record placed only to its country', () => {
  const park = POINT_STYLE.park.color;
  const fan = fanOffsets(3);

  it('is not a site symbol at the country point: a badge is there, counting the three', async () => {
    const at = await pickAt(w.page, ZAF);
    expect(at.hit).toEqual({ id: 'country-ZAF', kind: 'group' });
    // No park symbol (green square) anywhere round the point, and none where the fan will put it.
    expect(await inkOf(w.page, [at.pageX, at.pageY], park, 14)).toBe(0);
    const parkSlot = await pickAt(w.page, ZAF, fan[0]);
    expect(parkSlot.hit?.id).not.toBe('park-fixture-zaf');
  });

  it('the badge’s tooltip names the country and the count, and says the position is only the country', async () => {
    const at = await pickAt(w.page, ZAF);
    await w.page.mouse.move(at.pageX, at.pageY);
    const tip = w.page.locator('.tooltip');
    await expect.poll(() => tip.textContent()).toMatch(/South Africa/);
    expect(await tip.textContent()).toMatch(/3 records, position known only to the country/);
    await w.page.mouse.move(5, 400);
    await expect.poll(() => tip.count()).toBe(0);
  });

  it('a click opens a picker listing each record and fans them out round the badge, each selectable', async () => {
    const at = await pickAt(w.page, ZAF);
    await w.page.mouse.click(at.pageX, at.pageY);
    await expect.poll(async () => (await state(w.page)).group).toBe('country-ZAF');
    const items = w.page.locator('atlas-picker li button');
    await expect.poll(() => items.allTextContents()).toEqual(['South Africa fixture park', 'South Africa fixture institute', 'South Africa fixture agreement']);
    expect(await w.page.locator('atlas-picker h2').textContent()).toBe('South Africa');
    await settle(w.page);
    // The fan: each record's own symbol round the badge, in picker order, pickable.
    const slots = await Promise.all(fan.map((o) => pickAt(w.page, ZAF, o)));
    expect(slots.map((s) => s.hit?.id)).toEqual(['park-fixture-zaf', 'org-fixture-zaf', 'agreement-fixture-zaf']);
    expect(await inkOf(w.page, [slots[0].pageX, slots[0].pageY], park, 5)).toBeGreaterThan(10);
    // A symbol of the fan selects its record; the picker stays for the others.
    await w.page.mouse.click(slots[1].pageX, slots[1].pageY);
    await expect.poll(async () => (await state(w.page)).selected).toBe('org-fixture-zaf');
    expect((await state(w.page)).group).toBe('country-ZAF');
    await expect.poll(() => w.page.locator('atlas-details .precision-note').textContent()).toMatch(/Country-level position/);
  });

  it('by keyboard: focus is in the picker, Enter selects, Escape closes the picker before the details', async () => {
    await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      el.select(null);
      el.dispatch({ type: 'openGroup', id: null }, 'ui');
    });
    await expect.poll(() => w.page.locator('atlas-picker').count()).toBe(0);
    expect((await state(w.page)).selected).toBeNull();
    const at = await pickAt(w.page, ZAF);
    await w.page.mouse.click(at.pageX, at.pageY);
    const focused = () => w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('atlas-picker')?.shadowRoot?.activeElement?.textContent ?? '');
    await expect.poll(focused).toBe('South Africa fixture park');
    await w.page.keyboard.press('Tab');
    expect(await focused()).toBe('South Africa fixture institute');
    await w.page.keyboard.press('Enter');
    await expect.poll(async () => (await state(w.page)).selected).toBe('org-fixture-zaf');
    await w.page.keyboard.press('Escape');
    await expect.poll(async () => (await state(w.page)).group).toBeNull();
    expect((await state(w.page)).selected).toBe('org-fixture-zaf');
  });

  it('filters count in the badge: hiding parks leaves two; hiding all three kinds leaves none', async () => {
    // Back to the opening view (choosing from the picker flew to the record), at once.
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.flyTo({ center: [60, 0], zoom: 1.8, duration: 0 }));
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.setFilters({ kinds: ['partner-country', 'organisation', 'agreement', 'joint-lab'] }));
    await settle(w.page);
    const at = await pickAt(w.page, ZAF);
    await w.page.mouse.move(at.pageX, at.pageY);
    await expect.poll(() => w.page.locator('.tooltip').textContent()).toMatch(/2 records/);
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.setFilters({ kinds: ['partner-country', 'joint-lab'] }));
    await settle(w.page);
    expect((await pickAt(w.page, ZAF)).hit?.kind).not.toBe('group');
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.setFilters({ kinds: ['partner-country', 'joint-lab', 'park', 'organisation', 'agreement', 'programme', 'figure'] }));
    await settle(w.page);
  });

  it('the list says it too', async () => {
    await w.page.click('button.tool[data-panel="list"]');
    const row = w.page.locator('atlas-list [role="row"][data-id="park-fixture-zaf"]');
    await expect.poll(() => row.textContent()).toMatch(/Country-level position/);
    expect(await w.page.locator('atlas-list [role="row"][data-id="lab-fixture-pak"]').textContent()).not.toMatch(/Country-level position/);
  });

  it('logged no errors', () => {
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});
