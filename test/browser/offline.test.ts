/**
 * Offline after a first visit (README "Offline"): the built app from a sub-path, under the strict CSP,
 * with its service worker allowed. Each test serves its own copy of dist/ (a plain static server, so a
 * test can take the files away or swap in a new build) and opens its own browser context.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { bundledDataset, miniFixture } from './support/dataset.ts';
import { near, pixels } from './support/pixels.ts';
import { serveFiles, type FileServer } from './support/serve.ts';
import { POINT_STYLE } from '../../src/layers/palette.ts';
import { STRICT_CSP } from './strict-csp.ts';

const { given } = useAtlasDriver();
const PREFIX = '/reports/2026/atlas/';
const story = JSON.parse(readFileSync('data/stories/innovation-road.json', 'utf8')) as { slides: { title: { en: string } }[] };
const data = bundledDataset();
/** Each test is a visit and a return (two or three atlases drawn): a budget for a hung page on a busy machine. */
const SCENARIO_BUDGET = 360_000;

const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of dist/ in a temp folder (a test may change it), with a host's own dataset beside the build. */
function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  folders.push(dir);
  cpSync('dist', dir, { recursive: true });
  cpSync('test/fixtures/mini.geojson', join(dir, 'data/ours.geojson'));
  return dir;
}

interface Served {
  server: FileServer;
  mounts: Record<string, string>;
  url: string;
}

async function serve(dir: string): Promise<Served> {
  const mounts = { [PREFIX]: dir };
  const server = await serveFiles(mounts, {}, { 'content-security-policy': STRICT_CSP });
  return { server, mounts, url: server.url(PREFIX) };
}

/** Records CSP violations in the page (every frame, from its first script). */
function watchCsp(s: Session): Promise<string[]> {
  return s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
const cspInit = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/** Points the atlas at another dataset and returns its next atlas-ready detail. */
async function load(app: Session, src: string): Promise<{ records: number; errors: number }> {
  const before = (await app.then.events('atlas-ready')).length;
  await app.atlas.eval((el, url) => {
    el.src = url!;
  }, src);
  // The map is rebuilt for the new records: a budget for a page on a busy machine, as for a first load.
  await expect.poll(async () => (await app.then.events('atlas-ready')).length, { timeout: 150_000 }).toBeGreaterThan(before);
  return (await app.then.events('atlas-ready')).at(-1);
}

/** The first visit: the app ready, its worker in control and every file saved ("Available offline" shown). */
async function firstVisit(url: string, failed: string[]): Promise<Session> {
  const app = await given.app({
    lang: 'en',
    base: url,
    serviceWorkers: 'allow',
    setup: async (c) => {
      await c.addInitScript(cspInit);
      c.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    },
  });
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await app.page.locator('atlas-offline .chip', { hasText: 'Available offline' }).waitFor();
  return app;
}

describe('offline after the first visit (from a sub-path, strict CSP)', () => {
  it('opens with the network gone: every layer, search, a story and the export panel; nothing fails', async () => {
    const dir = copyOfDist();
    const { server, mounts, url } = await serve(dir);
    const failed: string[] = [];
    const app = await firstVisit(url, failed);
    try {
      // Installable: Chromium finds and parses the manifest, and names nothing missing for an install (a
      // Playwright context is an incognito one, which Chromium never installs from: that reason is allowed).
      const cdp = await app.context.newCDPSession(app.page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect([manifest.url.endsWith(`${PREFIX}manifest.webmanifest`), manifest.errors]).toEqual([true, []]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      await cdp.detach();

      // The network goes: the browser is offline and the server has nothing left to give.
      await app.context.setOffline(true);
      mounts[PREFIX] = join(dir, 'gone');
      const served = server.log.length;
      await app.page.reload();
      await app.atlas.ready();
      // Only the browser's own check for a new sw.js reaches the server (Playwright's offline mode does not
      // cover it); it finds none (404), which leaves the saved version in place.
      expect(server.log.slice(served).filter((p) => p !== `${PREFIX}sw.js`), 'nothing else reached the server').toEqual([]);
      const [ready] = (await app.then.events('atlas-ready')).slice(-1);
      expect(ready).toEqual({ records: data.records.length, errors: 0 });
      // The basemap's partner fill and a deck.gl symbol are drawn.
      expect(await app.atlas.mapLayoutVisibility('partners')).toBe('visible');
      const xy = await app.atlas.recordXY('lab-china-mongolia-mineral-processing');
      // Screenshots are decoded in a page of their own: this one is offline and under the CSP (no data: fetch).
      const decoder = await app.context.browser()!.newPage();
      await expect.poll(async () => (await pixels(app.page, [xy], decoder))[0]).toSatisfy((px: number[]) => near(px, POINT_STYLE['joint-lab'].color, 16));
      await decoder.context().close();

      // Search (a lazy chunk) and the details it opens.
      const box = app.page.getByRole('combobox', { name: /^(Search|搜索)$/ });
      await box.fill('Mombasa');
      await expect.poll(() => app.page.locator('atlas-search [role="option"]').count()).toBeGreaterThan(0);
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect.poll(async () => (await app.then.state()).selected).toBe('flagship-mombasa-nairobi-sgr');
      await expect.poll(() => app.then.detailsTitle()).toContain('Mombasa');

      // A story (its player and its JSON).
      await app.when.setHash('v=1&lang=en&story=innovation-road&slide=2');
      await expect.poll(() => app.page.locator('atlas-presenter h2').textContent()).toBe(story.slides[1].title.en);
      await app.when.setHash('v=1&lang=en');
      await expect.poll(async () => (await app.then.state()).story).toBeNull();

      // Export → offline copy says so, and how to install it.
      await app.when.openPanel('export');
      await expect.poll(() => app.then.panelText()).toContain('This atlas is saved on this device');
      expect(await app.then.panelText()).toContain('Add to Home Screen');

      expect(failed, 'failed requests').toEqual([]);
      expect([app.consoleErrors, app.pageErrors, await watchCsp(app)]).toEqual([[], [], []]);
    } finally {
      await app.close();
      await server.close();
    }
  }, SCENARIO_BUDGET);

  it("shows the saved copy of the reader's own dataset, with its date, when the network fails", async () => {
    const dir = copyOfDist();
    const { server, mounts, url } = await serve(dir);
    const failed: string[] = [];
    const app = await firstVisit(url, failed);
    try {
      // Loaded once while online: saved, and nothing said (it is the current file).
      expect(await load(app, 'data/ours.geojson')).toEqual({ records: miniFixture().features.length, errors: 0 });
      await app.context.setOffline(true);
      mounts[PREFIX] = join(dir, 'gone');
      // The same file asked for again (another spelling of its URL, so the atlas loads it anew).
      expect(await load(app, './data/ours.geojson')).toEqual({ records: miniFixture().features.length, errors: 1 });
      const today = await app.page.evaluate(() => new Date().toLocaleDateString('sv')); // YYYY-MM-DD, the page's own day
      await app.atlas.eval((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('.errors button')!.getAttribute('aria-expanded') === 'false' && el.shadowRoot!.querySelector<HTMLButtonElement>('.errors button')!.click());
      await expect.poll(() => app.atlas.text('.errors')).toMatch(new RegExp(`showing the copy saved ${today} \\d\\d:\\d\\d`));
      expect([app.consoleErrors, app.pageErrors, await watchCsp(app)]).toEqual([[], [], []]);
    } finally {
      await app.close();
      await server.close();
    }
  }, SCENARIO_BUDGET);

  it('offers a new build once it is saved, never over a presentation, and the reload shows it', async () => {
    const dir = copyOfDist();
    const { server, mounts, url } = await serve(dir);
    const failed: string[] = [];
    const app = await firstVisit(url, failed);
    try {
      // A rebuilt dist/: another page (a changed file) and so another service worker.
      const next = copyOfDist();
      writeFileSync(join(next, 'index.html'), readFileSync(join(next, 'index.html'), 'utf8').replace('<head>', '<head>\n    <meta name="atlas-build" content="next" />'));
      await writeServiceWorker(next);
      mounts[PREFIX] = next;

      // The reader comes back: the saved version opens at once; the new one is saved in the background.
      await app.page.reload();
      await app.atlas.ready();
      expect(await app.page.locator('meta[name="atlas-build"]').count()).toBe(0);
      const prompt = app.page.locator('atlas-offline .update');
      await prompt.waitFor();
      expect(await prompt.textContent()).toContain('A new version is ready');

      // While a story is presented there is no prompt; it comes back after.
      await app.when.setHash('v=1&lang=en&story=innovation-road&slide=1');
      await expect.poll(() => app.atlas.attr('presenting')).toBe('');
      await expect.poll(() => prompt.count()).toBe(0);
      await app.when.setHash('v=1&lang=zh');
      await expect.poll(() => app.atlas.attr('presenting')).toBeNull();
      await expect.poll(() => prompt.textContent()).toContain('新版本已就绪');

      // The reader's click: the new worker takes over and the page reloads on the new build, whole.
      await Promise.all([app.page.waitForEvent('load'), prompt.getByRole('button').click()]);
      await app.atlas.ready();
      expect(await app.page.locator('meta[name="atlas-build"]').getAttribute('content')).toBe('next');
      await app.page.locator('atlas-offline .chip').waitFor();
      expect(await app.page.locator('atlas-offline .update').count()).toBe(0);

      expect(failed, 'failed requests').toEqual([]);
      expect([app.consoleErrors, app.pageErrors, await watchCsp(app)]).toEqual([[], [], []]);
    } finally {
      await app.close();
      await server.close();
    }
  }, SCENARIO_BUDGET);
});
