/**
 * Resilience in a real browser: no WebGL, a lost and restored WebGL context, a strict Content Security
 * Policy, and fuzzed URLs. Each test also checks that nothing valid was lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/basemap/basemap.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { prng } from '../../scripts/prng.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { bundledDataset } from './support/dataset.ts';
import { hex, near, pixels } from './support/pixels.ts';
import { serveFiles, type FileServer } from './support/serve.ts';

// The policy nginx sends (deploy/nginx/atlas.conf): the tests enforce what a host serves.
import { STRICT_CSP as CSP } from './strict-csp.ts';
const data = bundledDataset();

let server: FileServer;
let cspServer: FileServer;
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

/** Rows the list's table announces (aria-rowcount, less the header row); only those in view are in the DOM. */
const rows = (s: Session) => s.atlas.eval((el) => Number(el.shadowRoot!.querySelector('atlas-list')?.shadowRoot?.querySelector('[role="table"]')?.getAttribute('aria-rowcount') ?? 0) - 1);

describe('without WebGL', () => {
  const { given } = useAtlasDriver(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);

  it('says so, lists every record, and the filters still work', async () => {
    const app = await given.app({ base: server.url('/'), rawHash: '' });
    const [ready] = await app.then.events('atlas-ready');
    expect(ready.records).toBe(data.records.length);
    expect(await app.atlas.text('.nomap')).toMatch(/WebGL is unavailable/);
    expect((await app.then.state()).panel).toBe('list');
    await expect.poll(() => rows(app)).toBe(ready.records);
    const labs = data.records.filter((r) => r.properties.kind === 'joint-lab').length;
    expect(labs).toBeGreaterThan(3);
    await app.atlas.setFilters({ kinds: ['joint-lab'] });
    await expect.poll(() => rows(app)).toBe(labs);
    // No map, so nothing to present or to draw images from; the data downloads stay.
    expect(await app.page.locator('innovation-atlas button.tool.present').count()).toBe(0);
    await app.page.click('innovation-atlas button.tool[data-panel="export"]');
    const exp = app.page.locator('innovation-atlas atlas-export');
    await expect.poll(() => exp.locator('p.note').count()).toBe(1);
    expect(await exp.locator('p.note').textContent()).toMatch(/Images and slides need the map/);
    expect(await exp.locator('button.action').allTextContents()).toEqual(['CSV (Excel)', 'GeoJSON']);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('with WebGL', () => {
  const { given } = useAtlasDriver();

  /** One page for the context loss and the fuzzed URLs; each test first goes to a URL of its own, checked. */
  describe('one page through a lost context and 1000 fuzzed URLs', () => {
    let app: Session;
    beforeAll(async () => {
      app = await given.app({ base: server.url('/'), rawHash: '' });
    });
    afterAll(() => app?.close());

    it('pauses when the WebGL context is lost and comes back on restore with the state intact', async () => {
      // With a camera in the URL, so the state names the view the new map must come back to.
      await app.when.setHash('v=1&lang=en&k=joint-lab,park,partner-country&sel=flagship-cpec&cam=63.5,19.652,2.23');
      await expect.poll(() => app.then.state()).toMatchObject({ lang: 'en', kinds: ['partner-country', 'joint-lab', 'park'], selected: 'flagship-cpec', camera: { center: [63.5, 19.652], zoom: 2.23 } });
      expect(await app.atlas.settled()).toBe(true);
      const before = await app.then.state();
      const readies = (await app.then.events('atlas-ready')).length;
      await app.atlas.eval((el) => {
        const gl = el.shadowRoot!.querySelector('canvas')!.getContext('webgl2')!;
        (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
        (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
      });
      await expect.poll(() => app.atlas.text('.paused')).toMatch(/paused/);
      await app.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
      await expect.poll(() => app.atlas.shadow<boolean>(`!!r.querySelector('.paused')`)).toBe(false);
      // A new map on the restored GPU: ready again (a second atlas-ready), with the state it had.
      await expect.poll(async () => (await app.then.events('atlas-ready')).length, { timeout: 80_000 }).toBe(readies + 1);
      await app.atlas.ready();
      expect(await app.then.state()).toEqual(before);
      // Drawn again: sea where the sea is.
      const xy = await app.atlas.project([75, -12]);
      await expect.poll(async () => near((await app.then.pixels([xy]))[0], hex(BASEMAP_COLORS.sea), 8)).toBe(true);
      expect(app.pageErrors).toEqual([]);
    });

    it('survives 1000 fuzzed URL hashes: no error, every state valid, and a good link still works after', async () => {
      const rand = prng(7);
      const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
      const keys = ['v', 'lang', 'k', 'f', 'r', 'c', 'y', 'sel', 'cty', 'cam', 'p', 'story', 'slide', 'x', '', '%', '__proto__'];
      const values = ['', '1', '2', 'zh', 'en', 'fr', 'joint-lab,park', 'nope', 'energy', 'africa', 'KEN,EGY', 'ken', '2017-2021', '2021-2017', '99999',
        'flagship-cpec', '<script>alert(1)</script>', '%E0%A4%A', 'NaN,NaN,NaN', '36.8,-1.3,4.5', '1e309,0,1', 'list', 'embed', 'innovation-road', '0', '41', '-1', 'x'.repeat(300)];
      const hashes = Array.from({ length: 1000 }, () => {
        const n = Math.floor(rand() * 6);
        const parts = Array.from({ length: n }, () => `${pick(keys)}=${pick(values)}`);
        if (rand() < 0.7) parts.unshift('v=1');
        return `#${rand() < 0.05 ? pick(values) : parts.join(rand() < 0.1 ? '&&' : '&')}`;
      });
      await app.when.setHash('v=1&lang=en');
      const result = await app.atlas.eval(
        async (el, { hashes, kinds }) => {
          const problems: string[] = [];
          let handled = 0;
          for (const h of hashes) {
            // Each hash is read once the page's hashchange has run (the atlas listened first); the same
            // fragment twice is no navigation and fires nothing.
            const before = location.href;
            const changed = new Promise<void>((done) => addEventListener('hashchange', () => done(), { once: true }));
            location.hash = h;
            if (location.href !== before) {
              await changed;
              handled++;
            }
            await el.updateComplete;
            const s = el.getState();
            const ok =
              (s.lang === 'zh' || s.lang === 'en') &&
              s.kinds.every((k) => kinds.includes(k)) &&
              (s.camera === null || (Number.isFinite(s.camera.zoom) && s.camera.center.every(Number.isFinite))) &&
              (s.selected === null || /^[a-z0-9-]+$/.test(s.selected)) &&
              (s.story === null || (Number.isInteger(s.story.slide) && s.story.slide >= 0));
            if (!ok) problems.push(h);
          }
          return { problems, handled };
        },
        { hashes, kinds: [...KINDS] as string[] },
      );
      expect(result.problems).toEqual([]);
      // Most hashes differ from the one before: the loop really waited on the atlas, not on nothing.
      expect(result.handled).toBeGreaterThan(hashes.length / 2);
      await app.when.setHash('v=1&lang=zh&k=joint-lab&sel=flagship-cpec');
      await expect.poll(async () => (await app.then.state()).selected).toBe('flagship-cpec');
      expect(app.pageErrors).toEqual([]);
    }, 240_000);
  });

  /** Listens for CSP violations from the first script on. */
  const recordViolations = () => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  /** Checks one page under the strict CSP: its records, the sea drawn, no violations or errors so far. */
  async function checkUnderCsp(s: Session, atlas = s.atlas) {
    const [ready] = await atlas.events('atlas-ready');
    // Several open-ocean points: a place label may be drawn over any single one (labels move to stay clear).
    const xys = await atlas.projectAll([[75, -12], [65, -5], [90, -20], [60, -30]]);
    // A second page decodes the screenshot: this one may not fetch data: URLs.
    const decoder = await s.context.newPage();
    const sea = await pixels(s.page, xys, decoder);
    await decoder.close();
    return { records: ready.records as number, sea, violations: await violations(s.page), cspErrors: s.consoleErrors.filter((e) => /Content Security Policy/i.test(e)), pageErrors: [...s.pageErrors] };
  }
  const expectClean = (r: Awaited<ReturnType<typeof checkUnderCsp>>) => {
    expect(r.records).toBeGreaterThan(100);
    expect(r.sea.some((px) => near(px, hex(BASEMAP_COLORS.sea), 8)), `sea ${JSON.stringify(r.sea)}`).toBe(true);
    expect(r.violations).toEqual([]);
    expect(r.cspErrors).toEqual([]);
    expect(r.pageErrors).toEqual([]);
  };

  it.each([
    ['the iframe page', '/embed.html?lang=en&view=80,10,2.5&controls=minimal', 'innovation-atlas'],
    ['the library on a host page', '/host/csp.html', '#x'],
  ])('%s works under a strict CSP with no violations', async (_name, path, selector) => {
    const s = await given.page(cspServer.url(path), { setup: (c) => c.addInitScript(recordViolations) });
    const atlas = s.atlasAt(selector);
    await atlas.ready();
    expectClean(await checkUnderCsp(s, atlas));
    await s.close();
  });

  /** The app under the CSP: checked as it became ready, then its parts loaded on demand, on the same page. */
  describe('the app under a strict CSP', () => {
    let app: Session;
    let atReady: Awaited<ReturnType<typeof checkUnderCsp>>;
    beforeAll(async () => {
      app = await given.app({ base: cspServer.url('/'), lang: 'zh', setup: (c) => c.addInitScript(recordViolations) });
      atReady = await checkUnderCsp(app);
    });
    afterAll(() => app?.close());

    it('works under a strict CSP with no violations', () => {
      expectClean(atReady);
    });

    it('loads what it loads on demand (panels, search, story, image export) under the strict CSP, from its own origin only', async () => {
      // Each of these lives in its own chunk, fetched the first time it is needed.
      for (const panel of ['layers', 'list', 'filters', 'figures', 'export', 'embed']) {
        await app.when.setHash(`v=1&lang=en&p=${panel}`);
        await expect.poll(() => app.atlas.shadow<boolean>(`!!customElements.get('atlas-${panel}') && !!r.querySelector('atlas-${panel}')?.shadowRoot`), { message: panel }).toBe(true);
      }
      await app.when.setHash('v=1&lang=en&sel=flagship-cpec');
      await expect.poll(() => app.atlas.text('atlas-details')).toMatch(/Pakistan/);
      await app.page.getByRole('combobox', { name: /^(Search|搜索)$/ }).fill('Mombasa');
      await expect.poll(() => app.page.locator('atlas-search [role="option"]').first().textContent()).toMatch(/Mombasa/);
      await app.when.setHash('v=1&lang=en&story=innovation-road&slide=2');
      await expect.poll(() => app.atlas.shadow<string>(`r.querySelector('atlas-presenter')?.shadowRoot?.querySelector('h2')?.textContent ?? ''`)).not.toBe('');
      const png = await app.atlas.eval(async (el) => (await el.exportImage({ frame: '16:9' })).size);
      expect(png).toBeGreaterThan(10_000);
      expect(await violations(app.page)).toEqual([]);
      expect(app.then.foreignRequests()).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    }, 180_000);
  });
});
