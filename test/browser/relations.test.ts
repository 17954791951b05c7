/**
 * What a reader sees of a record's two ends, of membership and of figures over time: a lab hosted in
 * Nanjing serving Pakistan (details, the link drawn on the map, Pakistan's profile and filter), an alliance
 * and its members from both ends, and "In numbers" leading with the systems, in both languages, with `lang`
 * on text in the other language. Fixture dataset: test/fixtures/systems.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BANGKOK, NANJING, PAK, systemsFixture } from '../fixtures/systems.ts';
import { launch } from './support/browser.ts';
import { pixels } from './support/pixels.ts';
import { openPage, waitReady, type Watched } from './support/session.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash: string): Promise<Watched> {
  const w = await openPage(browser, `${baseUrl}#${hash}`, {
    locale: hash.includes('lang=zh') ? 'zh-CN' : 'en-US',
    setup: (c) => c.route(/\/assets\/atlas-[^/]*\.geojson$/, (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(systemsFixture) })),
  });
  await waitReady(w.page);
  return w;
}

const state = (page: Page) => page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
const settle = (page: Page) =>
  page.evaluate(async () => {
    await document.querySelector('innovation-atlas')!.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  });
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
/** The text an element renders in its shadow root (a host's textContent has none of it). */
const shadowText = (page: Page, tag: string) =>
  page.evaluate((tag) => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);

describe('a joint lab’s two ends: hosted in Nanjing, serving Pakistan', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('v=1&lang=en&cam=95,32,3');
  });
  afterAll(() => w?.page.context().close());

  /** Dark pixels in the column halfway between Nanjing and Pakistan, over the span an arc can take. */
  async function darkInColumn(): Promise<number> {
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.flyTo({ center: [95, 32], zoom: 3, duration: 0 }));
    await settle(w.page);
    const [a, b] = await w.page.evaluate(([n, p]) => [document.querySelector('innovation-atlas')!.project(n)!, document.querySelector('innovation-atlas')!.project(p)!], [NANJING, PAK] as const);
    const x = (a[0] + b[0]) / 2;
    const pts: [number, number][] = [];
    for (let y = Math.min(a[1], b[1]) - 160; y <= Math.max(a[1], b[1]) + 10; y++) pts.push([x, y]);
    return (await pixels(w.page, pts)).filter(([r, g, bl]) => Math.max(r, g, bl) < 150).length;
  }

  it('selecting it draws a link from its point to the partner country', async () => {
    const before = await darkInColumn();
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.select('lab-fixture-pak'));
    await expect.poll(async () => (await state(w.page)).selected).toBe('lab-fixture-pak');
    expect(await darkInColumn()).toBeGreaterThan(before + 1);
  });

  it('the details say which country it serves and who hosts it', async () => {
    await expect.poll(() => text(w.page, 'atlas-details .ends')).toMatch(/Partner\s*Pakistan\s*\(country\)/);
    expect(await text(w.page, 'atlas-details .ends')).toMatch(/Host\s*Southeast University/);
    expect(await text(w.page, 'atlas-details .member-of')).toMatch(/Member of:\s*Fixture joint-laboratory programme/);
  });

  it('the partner country is one click away, and its profile lists the lab with its host', async () => {
    await w.page.locator('atlas-details .ends button', { hasText: 'Pakistan' }).click();
    await expect.poll(async () => (await state(w.page)).country).toBe('PAK');
    await expect.poll(() => shadowText(w.page, 'atlas-country')).toMatch(/China–Pakistan fixture joint lab\s*\(host: Southeast University\)/);
    // ... and the host one click away from there.
    await w.page.locator('atlas-country button', { hasText: 'China–Pakistan fixture joint lab' }).click();
    await expect.poll(async () => (await state(w.page)).selected).toBe('lab-fixture-pak');
  });

  it('filtering by Pakistan keeps the lab on the map though its point is in China', async () => {
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.setFilters({ countries: ['PAK'] }));
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.flyTo({ center: [95, 32], zoom: 3, duration: 0 }));
    await settle(w.page);
    const pickAt = (lngLat: [number, number]) =>
      w.page.evaluate((p) => {
        const el = document.querySelector('innovation-atlas')!;
        const [x, y] = el.project(p)!;
        return el.pick(x, y)?.id ?? null;
      }, lngLat);
    expect(await pickAt(NANJING)).toBe('lab-fixture-pak');
    // The filter is on: Bangkok's institute (Thailand) is gone.
    expect(await pickAt(BANGKOK)).not.toBe('org-fixture-member-tha');
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.setFilters({ countries: [] }));
    await settle(w.page);
    expect(await pickAt(BANGKOK)).toBe('org-fixture-member-tha');
  });
});

describe('membership from both ends', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('v=1&lang=en&sel=org-fixture-alliance');
  });
  afterAll(() => w?.page.context().close());

  it('the alliance lists its members with how many the map names; a member says what it belongs to', async () => {
    await expect.poll(() => shadowText(w.page, 'atlas-details')).toMatch(/Members \(2\)\s*·\s*2 named on the map/);
    const members = w.page.locator('atlas-details ul.members li');
    expect(await members.count()).toBe(2);
    expect(await members.nth(0).textContent()).toMatch(/South Africa fixture institute\s*South Africa\s*Country-level position/);
    await members.nth(1).locator('button').click();
    await expect.poll(async () => (await state(w.page)).selected).toBe('org-fixture-member-tha');
    await expect.poll(() => text(w.page, 'atlas-details .member-of')).toMatch(/Member of:\s*Fixture science alliance/);
    await w.page.locator('atlas-details .member-of button').click();
    await expect.poll(async () => (await state(w.page)).selected).toBe('org-fixture-alliance');
  });
});

describe('"In numbers" leads with the systems', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: each system's latest total, date, members on the map and its series; unrelated figures apart`, async () => {
      const w = await open(`v=1&lang=${lang}&p=figures`);
      try {
        const systems = w.page.locator('atlas-figures section.system');
        await expect.poll(() => systems.count()).toBe(2);
        const labs = (await systems.nth(1).textContent())!.replace(/\s+/g, ' ');
        if (lang === 'en') {
          expect(labs).toMatch(/53 joint laboratories · 1 named on the map/);
          expect(labs).toMatch(/as of December 2021/);
        } else {
          expect(labs).toMatch(/53 家联合实验室 · 地图上标注 1 个/);
          expect(labs).toMatch(/截至 2021年12月/);
        }
        // The series as a chart with its points labelled, and as a table of every value with its source.
        expect(await systems.nth(1).locator('svg.series circle').count()).toBe(3);
        expect(await systems.nth(1).locator('svg.series text.v').allTextContents()).toEqual(['14', '33', '53']);
        expect(await systems.nth(1).locator('details.series-table tbody tr').count()).toBe(3);
        // Trainees and irrigated land are not one group of conflicting figures.
        expect(await w.page.locator('atlas-figures section.group').count()).toBe(2);
        expect(await w.page.locator('atlas-figures section.group.conflict').count()).toBe(0);
        // Text in the other language carries its lang (the fixture's sources have Latin titles).
        const langs = await w.page.locator('atlas-figures [lang]').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
        expect(new Set(langs)).toEqual(new Set(lang === 'zh' ? ['en'] : []));
        // No internal ids or file names.
        const all = await shadowText(w.page, 'atlas-figures');
        expect(all.length).toBeGreaterThan(100);
        expect(all).not.toMatch(/fixture-labs|programme-|\.txt|\.json|seed/i);
        expect(w.pageErrors).toEqual([]);
      } finally {
        await w.page.context().close();
      }
    });
  }
});
