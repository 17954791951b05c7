/**
 * The presenter view: a second window of the app page (same origin) that shows the slide the audience
 * sees and the next one, the speaker notes (there only), a timer and the controls, linked to the audience
 * window by a BroadcastChannel. One audience page for the file; each test puts it (and the presenter
 * window, opened again if a test closed it) where it needs them and checks it got there.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/core/palette.ts';
import { commandMessage } from '../../src/core/presenter-link.ts';
import { FONT_FAMILY } from '../../src/layers/palette.ts';
import { serveStoryWithNotes, storyWithNotes } from '../fixtures/story-notes.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const story = storyWithNotes();
const N = story.slides.length;
/** A fixed camera exploring starts from. */
const HOME = 'cam=63.5,19.652,2.23';

describe('the presenter view', () => {
  let app: Session;
  let view: Page | null = null;
  const viewErrors: string[] = [];

  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: HOME, setup: serveStoryWithNotes });
  });
  afterAll(() => app?.close());

  const audienceTitle = () => app.page.locator('innovation-atlas atlas-presenter h2').textContent();
  const audienceSlide = async () => (await app.then.state()).story?.slide ?? null;
  const viewText = (p: Page, sel: string) => p.locator(`atlas-presenter-view ${sel}`).first().textContent();
  /** The slide the presenter window shows (from 0), read from its counter, and its title. */
  const viewSlide = async (p: Page) => {
    const counter = (await p.locator('atlas-presenter-view .counter').count()) ? await viewText(p, '.counter') : null;
    const n = counter?.match(/^Slide (\d+) of (\d+)$/);
    return n && Number(n[2]) === N ? { index: Number(n[1]) - 1, title: await viewText(p, 'h1') } : null;
  };

  /** The presenter window that a key press or click opens (a popup of the audience page). */
  async function opened(open: () => Promise<unknown>): Promise<Page> {
    const [p] = await Promise.all([app.context.waitForEvent('page'), open()]);
    p.on('pageerror', (e) => viewErrors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && viewErrors.push(m.text()));
    await p.setViewportSize({ width: 1280, height: 800 });
    return p;
  }

  /** Presenting slide `n` (from 1), with the presenter window open on it. */
  async function atSlide(n: number): Promise<Page> {
    await app.when.setHash(`v=1&lang=en&story=innovation-road&slide=${n}`);
    await expect.poll(audienceTitle).toBe(story.slides[n - 1].title.en);
    if (!view || view.isClosed()) view = await opened(() => app.when.press('p'));
    await expect.poll(() => viewSlide(view!)).toEqual({ index: n - 1, title: story.slides[n - 1].title.en });
    return view;
  }

  it('opens from Present\'s "Presenter view" button as a second window of the app page, with no map or dataset of its own', async () => {
    await app.when.setHash(`v=1&lang=en&${HOME}`);
    await expect.poll(audienceSlide).toBeNull();
    await app.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(audienceTitle).toBe(story.slides[0].title.en);
    if (view && !view.isClosed()) await view.close();
    view = await opened(() => app.page.getByRole('button', { name: /^Presenter view/ }).click());
    const url = new URL(view.url());
    expect(url.origin).toBe(new URL(app.page.url()).origin);
    expect(url.hash).toMatch(/^#presenter=[0-9a-f]{24}&lang=en$/);
    await expect.poll(() => viewSlide(view!)).toEqual({ index: 0, title: story.slides[0].title.en });
    // Words only: the next slide's title, no atlas element, nothing of the dataset or basemap fetched.
    expect(await viewText(view, '.next h2')).toBe(story.slides[1].title.en);
    expect(await view.locator('innovation-atlas').count()).toBe(0);
    const fetched = await view.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((u) => /\.geojson|countries-\d+m|maplibre-gl-worker/.test(u))).toEqual([]);
    expect(fetched.every((u) => u.startsWith(url.origin))).toBe(true);
    expect(await view.title()).toMatch(/^Presenter view · /);
  });

  it('stays on the audience\'s slide through ten clicker presses spread over both windows', async () => {
    const p = await atSlide(1);
    const presses: ['audience' | 'presenter', string, number][] = [
      ['audience', 'ArrowRight', +1],
      ['presenter', 'PageDown', +1],
      ['presenter', 'Space', +1],
      ['audience', 'PageDown', +1],
      ['presenter', 'ArrowRight', +1],
      ['audience', 'ArrowLeft', -1],
      ['presenter', 'PageUp', -1],
      ['audience', 'PageUp', -1],
      ['presenter', 'ArrowLeft', -1],
      ['presenter', 'ArrowRight', +1],
    ];
    let want = 0;
    for (const [where, key, step] of presses) {
      await (where === 'audience' ? app.page : p).keyboard.press(key);
      want = Math.min(N - 1, Math.max(0, want + step));
      await expect.poll(async () => ({ audience: await audienceSlide(), presenter: (await viewSlide(p))?.index }), { message: `${where} ${key}` }).toEqual({ audience: want, presenter: want });
      expect(await audienceTitle()).toBe(story.slides[want].title.en);
    }
    expect(want).toBe(2);
    expect(app.pageErrors).toEqual([]);
    expect(viewErrors).toEqual([]);
  });

  it('shows the speaker notes in the presenter window only', async () => {
    const p = await atSlide(4);
    expect(await viewText(p, '.notes .text')).toContain('Notes 4: say this slide');
    // Nowhere on the audience's page (getByText looks inside shadow roots).
    expect(await app.page.getByText(/Notes \d+:|Pause for questions/).count()).toBe(0);
    // The last slide of the fixture has none, and says so.
    await p.keyboard.press('End');
    await expect.poll(() => viewText(p, '.notes')).toContain('No notes for this slide.');
    await expect.poll(audienceSlide).toBe(N - 1);
    expect(await viewText(p, '.next')).toContain('This is the last slide.');
  });

  it('runs a timer that advances, pauses, resets and runs again', async () => {
    const p = await atSlide(2);
    const clock = () => viewText(p, '.clock');
    const first = await clock();
    expect(first).toMatch(/^\d+:\d\d$/);
    await expect.poll(clock, { timeout: 10_000 }).not.toBe(first);
    await p.getByRole('button', { name: 'Pause' }).click();
    await p.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(clock).toBe('0:00');
    expect(await p.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    await p.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(clock, { timeout: 10_000 }).not.toBe('0:00');
  });

  it('leaves the audience presenting when the presenter window closes; P opens it again on the slide shown', async () => {
    await atSlide(3);
    await view!.close();
    await app.when.press('ArrowRight');
    await expect.poll(audienceSlide).toBe(3);
    expect(await app.atlas.attr('presenting')).toBe('');
    view = await opened(() => app.when.press('p'));
    await expect.poll(() => viewSlide(view!)).toEqual({ index: 3, title: story.slides[3].title.en });
  });

  it('ignores malformed messages on the link, in both directions, and keeps working', async () => {
    const p = await atSlide(5);
    const sent = await p.evaluate((next) => {
      const session = new URLSearchParams(location.hash.slice(1)).get('presenter')!;
      const ch = new BroadcastChannel(`innovation-atlas-presenter/${session}`);
      const junk: unknown[] = [
        null, 'next', 42, [next], { ...next, command: 'reload' }, { ...next, version: 2 }, { ...next, extra: 1 }, { app: 'innovation-atlas', version: 1, command: 'next' },
        // To the presenter window: a status with a story that is not one, a slide past the end, HTML for a language.
        { app: 'innovation-atlas-presenter', version: 1, status: 'slide', lang: 'en', index: 0, story: { id: 'x' } },
        { app: 'innovation-atlas-presenter', version: 1, status: 'slide', lang: '<b>en</b>', index: 0, story: null },
        { app: 'innovation-atlas-presenter', version: 1, status: 'ended', lang: 'en', extra: true },
      ];
      for (const m of junk) ch.postMessage(m);
      // Then one good command: it is obeyed, so the junk before it was read and dropped, not left hanging.
      ch.postMessage(next);
      return junk.length;
    }, commandMessage('next'));
    expect(sent).toBe(11);
    await expect.poll(async () => ({ audience: await audienceSlide(), presenter: (await viewSlide(p))?.index })).toEqual({ audience: 5, presenter: 5 });
    expect(app.pageErrors).toEqual([]);
    expect(viewErrors).toEqual([]);
  });

  it('Exit in the presenter window gives the audience back what it had, as Escape does', async () => {
    // Leave any story first: a link out of a story does not give back what the story kept.
    if ((await audienceSlide()) !== null) await app.when.press('Escape');
    await expect.poll(audienceSlide).toBeNull();
    await app.when.setHash(`v=1&lang=en&k=joint-lab,park&f=energy&cty=PAK&p=filters&cam=100,20,3.5`);
    await expect.poll(() => app.then.state()).toMatchObject({ kinds: ['joint-lab', 'park'], fields: ['energy'], country: 'PAK', panel: 'filters', story: null });
    await app.atlas.frames();
    const before = await app.then.state();
    await app.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(audienceTitle).toBe(story.slides[0].title.en);
    if (!view || view.isClosed()) view = await opened(() => app.when.press('p'));
    const p = view;
    await expect.poll(() => viewSlide(p)).toEqual({ index: 0, title: story.slides[0].title.en });
    await p.keyboard.press('ArrowRight');
    await expect.poll(audienceSlide).toBe(1);
    await p.getByRole('button', { name: /^Exit presentation/ }).click();
    await expect.poll(audienceSlide).toBeNull();
    const after = await app.then.state();
    expect({ ...after, camera: null }).toEqual({ ...before, camera: null });
    expect(after.camera!.zoom).toBeCloseTo(before.camera!.zoom, 1);
    after.camera!.center.forEach((v, i) => expect(v).toBeCloseTo(before.camera!.center[i], 1));
    await expect.poll(() => app.page.locator('atlas-filters').isVisible()).toBe(true);
    // The presenter window says so, and follows the next presentation.
    await expect.poll(() => viewText(p, '.wait')).toMatch(/^The presentation has ended/);
    await app.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => viewSlide(p)).toEqual({ index: 0, title: story.slides[0].title.en });
  });

  it('draws the title the reader typed in the Export panel on the exported PNG', async () => {
    if ((await audienceSlide()) !== null) await app.when.press('Escape');
    await app.when.setHash(`v=1&lang=en&${HOME}&p=export`);
    await expect.poll(() => app.then.state()).toMatchObject({ story: null, panel: 'export' });
    const field = app.page.getByLabel('Title on the image');
    await expect.poll(() => field.inputValue()).toBe('Innovation Road Atlas');
    const mine = 'Joint labs for the Nairobi briefing';
    await field.fill(mine);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = readFileSync((await download.path())!).toString('base64');
    // The PNG's title band against the same band drawn with each title (compose-image.ts: 700 22px at 16, 30).
    const [withMine, withDefault] = await app.page.evaluate(
      async ({ png, font, ink, texts }) => {
        const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))]));
        const band = (draw: (c: OffscreenCanvasRenderingContext2D) => void) => {
          const c = new OffscreenCanvas(bmp.width, 38).getContext('2d')!;
          c.fillStyle = 'white';
          c.fillRect(0, 0, bmp.width, 38);
          draw(c);
          return c.getImageData(0, 0, bmp.width, 38).data;
        };
        const got = band((c) => c.drawImage(bmp, 0, 0));
        return texts.map((text) => {
          const want = band((c) => {
            c.fillStyle = ink;
            c.font = `700 22px ${font}`;
            c.fillText(text, 16, 30, bmp.width - 32);
          });
          let differ = 0;
          for (let i = 0; i < got.length; i += 4) if (Math.abs(got[i] - want[i]) + Math.abs(got[i + 1] - want[i + 1]) + Math.abs(got[i + 2] - want[i + 2]) > 90) differ++;
          return differ;
        });
      },
      { png, font: FONT_FAMILY, ink: PALETTE.inkStrong, texts: [mine, 'Innovation Road Atlas'] },
    );
    expect(withMine, 'pixels unlike the edited title').toBeLessThan(60);
    expect(withDefault, 'pixels unlike the default title').toBeGreaterThan(600);
  });
});
