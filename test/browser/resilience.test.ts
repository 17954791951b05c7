/**
 * Resilience in a real browser: no WebGL, a lost and restored WebGL context, a strict Content Security
 * Policy, and fuzzed URLs. Each test also checks that nothing valid was lost.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/basemap/basemap.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { prng } from '../../scripts/prng.ts';
import { launch, openPage, pixels, serveFiles, waitReady } from './harness.ts';
// The policy nginx sends (deploy/nginx/atlas.conf): the tests enforce what a host serves.
import { STRICT_CSP as CSP } from './strict-csp.ts';

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tol = 8) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tol);

let server: Awaited<ReturnType<typeof serveFiles>>;
let cspServer: Awaited<ReturnType<typeof serveFiles>>;
beforeAll(async () => {
  server = await serveFiles({ '/': 'dist' });
  cspServer = await serveFiles({ '/lib/': 'dist-lib', '/': 'dist' }, {
    // A host page that loads the library under the same policy: external script only, no inline anything.
    '/host/csp.html': `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/lib/innovation-atlas.js"></script></head>
      <body><innovation-atlas id="x" lang="en"></innovation-atlas></body></html>`,
  }, { 'content-security-policy': CSP });
});
afterAll(async () => {
  await server?.close();
  await cspServer?.close();
});

const rows = (page: Page) => page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('atlas-list')?.shadowRoot?.querySelectorAll('tbody tr').length ?? -1);

describe('without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
  });
  afterAll(() => browser?.close());

  it('says so, lists every record, and the filters still work', async () => {
    const w = await openPage(browser, server.url('/'));
    await waitReady(w.page);
    const s = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      return { records: el.records.length, panel: el.getState().panel, alert: el.shadowRoot!.querySelector('.nomap')?.textContent ?? '' };
    });
    expect(s.alert).toMatch(/WebGL is unavailable/);
    expect(s.panel).toBe('list');
    expect(await rows(w.page)).toBe(s.records);
    const labs = await w.page.evaluate(() => {
      const el = document.querySelector('innovation-atlas')!;
      el.setFilters({ kinds: ['joint-lab'] });
      return el.records.filter((r) => r.properties.kind === 'joint-lab').length;
    });
    expect(labs).toBeGreaterThan(3);
    await expect.poll(() => rows(w.page)).toBe(labs);
    // No map, so nothing to present or to draw images from; the data downloads stay.
    expect(await w.page.locator('innovation-atlas button.tool.present').count()).toBe(0);
    await w.page.click('innovation-atlas button.tool[data-panel="export"]');
    const exp = w.page.locator('innovation-atlas atlas-export');
    await expect.poll(() => exp.locator('p.note').count()).toBe(1);
    expect(await exp.locator('p.note').textContent()).toMatch(/Images and slides need the map/);
    expect(await exp.locator('button.action').allTextContents()).toEqual(['CSV (Excel)', 'GeoJSON']);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});

describe('with WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('pauses when the WebGL context is lost and comes back on restore with the state intact', async () => {
    const w = await openPage(browser, server.url('/#v=1&lang=en&k=joint-lab,park,partner-country&sel=flagship-cpec'));
    await waitReady(w.page);
    const before = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
    await w.page.evaluate(() => {
      const canvas = document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await expect.poll(() => w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('.paused')?.textContent ?? '')).toMatch(/paused/);
    await w.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect.poll(() => w.page.evaluate(() => !!document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('.paused'))).toBe(false);
    await waitReady(w.page);
    const after = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
    expect(after).toEqual(before);
    // Drawn again: sea where the sea is.
    const xy = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.project([75, -12])!);
    await expect.poll(async () => near((await pixels(w.page, [xy]))[0], hex(BASEMAP_COLORS.sea))).toBe(true);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });

  /** Listens for CSP violations from the first script on. */
  const recordViolations = () => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  it.each([
    ['the app', '/#v=1&lang=zh', 'innovation-atlas'],
    ['the iframe page', '/embed.html?lang=en&view=80,10,2.5&controls=minimal', 'innovation-atlas'],
    ['the library on a host page', '/host/csp.html', '#x'],
  ])('%s works under a strict CSP with no violations', async (_name, path, selector) => {
    const w = await openPage(browser, cspServer.url(path), { setup: (c) => c.addInitScript(recordViolations) });
    await waitReady(w.page, selector);
    const records = await w.page.evaluate((sel) => (document.querySelector(sel) as HTMLElementTagNameMap['innovation-atlas']).records.length, selector);
    expect(records).toBeGreaterThan(100);
    const xy = await w.page.evaluate((sel) => (document.querySelector(sel) as HTMLElementTagNameMap['innovation-atlas']).project([75, -12])!, selector);
    const decoder = await w.page.context().newPage();
    expect(near((await pixels(w.page, [xy], decoder))[0], hex(BASEMAP_COLORS.sea))).toBe(true);
    expect(await violations(w.page)).toEqual([]);
    expect(w.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });

  it('loads what it loads on demand (panels, search, story, image export) under the strict CSP, from its own origin only', async () => {
    const w = await openPage(browser, cspServer.url('/#v=1&lang=en'), { setup: (c) => c.addInitScript(recordViolations) });
    await waitReady(w.page);
    const el = 'document.querySelector("innovation-atlas")';
    const shadow = <T>(js: string) => w.page.evaluate(`(() => { const r = ${el}.shadowRoot; return ${js}; })()`) as Promise<T>;
    // Each of these lives in its own chunk, fetched the first time it is needed.
    for (const panel of ['layers', 'list', 'filters', 'figures', 'export', 'embed']) {
      await w.page.evaluate((p) => (location.hash = `#v=1&lang=en&p=${p}`), panel);
      await expect.poll(() => shadow<boolean>(`!!customElements.get('atlas-${panel}') && !!r.querySelector('atlas-${panel}')?.shadowRoot`), { message: panel }).toBe(true);
    }
    await w.page.evaluate(() => (location.hash = '#v=1&lang=en&sel=flagship-cpec'));
    await expect.poll(() => shadow<string>(`r.querySelector('atlas-details')?.shadowRoot?.textContent ?? ''`)).toMatch(/Pakistan/);
    await w.page.getByRole('combobox').fill('Mombasa');
    await expect.poll(() => w.page.getByRole('option').first().textContent()).toMatch(/Mombasa/);
    await w.page.evaluate(() => (location.hash = '#v=1&lang=en&story=innovation-road&slide=2'));
    await expect.poll(() => shadow<string>(`r.querySelector('atlas-presenter')?.shadowRoot?.querySelector('h2')?.textContent ?? ''`)).not.toBe('');
    const png = await w.page.evaluate(async () => (await document.querySelector('innovation-atlas')!.exportImage({ frame: '16:9' })).size);
    expect(png).toBeGreaterThan(10_000);
    expect(await violations(w.page)).toEqual([]);
    const origin = new URL(cspServer.url('/')).origin;
    expect(w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  }, 180_000);

  it('survives 1000 fuzzed URL hashes: no error, every state valid, and a good link still works after', async () => {
    const rand = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const keys = ['v', 'lang', 'k', 'f', 'r', 'c', 'y', 'sel', 'cty', 'cam', 'p', 'story', 'slide', 'x', '', '%', '__proto__'];
    const values = ['', '1', '2', 'zh', 'en', 'fr', 'joint-lab,park', 'nope', 'energy', 'africa', 'KEN,EGY', 'ken', '2017-2021', '2021-2017', '99999',
      'flagship-cpec', '<script>alert(1)</script>', '%E0%A4%A', 'NaN,NaN,NaN', '36.8,-1.3,4.5', '1e309,0,1', 'list', 'embed', 'innovation-road', '0', '41', '-1', 'x'.repeat(300)];
    const hashes = Array.from({ length: 1000 }, () => {
      const n = Math.floor(rand() * 6);
      const parts = Array.from({ length: n }, () => `${pick(keys)}=${pick(values)}`);
      if (rand() < 0.7) parts.unshift('v=1');
      return `#${rand() < 0.05 ? pick(values) : parts.join(rand() < 0.1 ? '&&' : '&')}`;
    });
    const w = await openPage(browser, server.url('/'));
    await waitReady(w.page);
    const bad = await w.page.evaluate(
      async ({ hashes, kinds }) => {
        const el = document.querySelector('innovation-atlas')!;
        const problems: string[] = [];
        for (const h of hashes) {
          location.hash = h;
          await new Promise((r) => setTimeout(r, 0));
          const s = el.getState();
          const ok =
            (s.lang === 'zh' || s.lang === 'en') &&
            s.kinds.every((k) => kinds.includes(k)) &&
            (s.camera === null || (Number.isFinite(s.camera.zoom) && s.camera.center.every(Number.isFinite))) &&
            (s.selected === null || /^[a-z0-9-]+$/.test(s.selected)) &&
            (s.story === null || (Number.isInteger(s.story.slide) && s.story.slide >= 0));
          if (!ok) problems.push(h);
        }
        return problems;
      },
      { hashes, kinds: [...KINDS] as string[] },
    );
    expect(bad).toEqual([]);
    await w.page.evaluate(() => (location.hash = '#v=1&lang=zh&k=joint-lab&sel=flagship-cpec'));
    await expect.poll(() => w.page.evaluate(() => document.querySelector('innovation-atlas')!.getState().selected)).toBe('flagship-cpec');
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  }, 240_000);
});
