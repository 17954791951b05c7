import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, waitReady, type Watched } from './harness.ts';

const baseUrl = inject('baseUrl');
const story = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8')) as {
  slides: { id: string; title: { en: string; zh: string } }[];
};
const N = story.slides.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) => page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
const slideInUrl = (page: Page) => new URL(page.url()).hash.match(/slide=(\d+)/)?.[1];
const slideTitle = (page: Page) => page.locator('atlas-presenter h2').textContent();

describe('presenting the default story with a keyboard or clicker', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(browser, `${baseUrl}#v=1&lang=en`);
    await waitReady(w.page);
  });
  afterAll(() => w?.page.context().close());

  it('opens from the toolbar on slide 1 in the presentation theme', async () => {
    await w.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => slideTitle(w.page)).toBe(story.slides[0].title.en);
    expect(await w.page.evaluate(() => document.querySelector('innovation-atlas')!.hasAttribute('presenting'))).toBe(true);
    // Exploration chrome is hidden
    expect(await w.page.locator('nav.toolbar').isVisible()).toBe(false);
    expect(slideInUrl(w.page)).toBe('1');
  });

  it.each([
    ['ArrowRight', 2],
    ['PageDown', 3],
    [' ', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
  ])('%j goes to slide %i and the URL follows', async (key, n) => {
    await w.page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect.poll(() => slideTitle(w.page)).toBe(story.slides[n - 1].title.en);
    await expect.poll(() => slideInUrl(w.page)).toBe(String(n));
    expect(await w.page.locator('atlas-presenter .counter').textContent()).toBe(`Slide ${n} of ${N}`);
  });

  it('walks to the end and stops there; the slide applies its filters', async () => {
    for (let i = 2; i < N + 2; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => slideInUrl(w.page)).toBe(String(N));
    const s = await state(w.page);
    expect(s.story).toEqual({ id: 'innovation-road', slide: N - 1 });
  });

  it('Escape leaves the story and shows everything again', async () => {
    await w.page.keyboard.press('Escape');
    await expect.poll(async () => (await state(w.page)).story).toBeNull();
    expect(await w.page.locator('nav.toolbar').isVisible()).toBe(true);
    expect((await state(w.page)).kinds.length).toBeGreaterThan(8);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('per-slide links', () => {
  it('opening a slide URL lands on that slide, in the language of the link', async () => {
    const w = await openPage(browser, `${baseUrl}#v=1&lang=zh&story=innovation-road&slide=4`, { locale: 'en-US' });
    await waitReady(w.page);
    await expect.poll(() => slideTitle(w.page)).toBe(story.slides[3].title.zh);
    expect(await w.page.locator('atlas-presenter .counter').textContent()).toBe(`第 4 / ${N} 页`);
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });
});

/** Decodes a PNG blob in the page: size, how varied it is, and how much dark ink is in a band. */
async function inspectPng(page: Page, handle: string) {
  return page.evaluate(async (key) => {
    const blob = (window as unknown as Record<string, Blob>)[key];
    const bmp = await createImageBitmap(blob);
    const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    // The source line sits in the last ~20 px (× scale); count dark text pixels there.
    const scale = bmp.width >= 2000 ? 2 : 1;
    let ink = 0;
    for (let y = bmp.height - 22 * scale; y < bmp.height - 4 * scale; y++) {
      for (let x = 0; x < Math.min(bmp.width, 500 * scale); x++) {
        const o = (y * bmp.width + x) * 4;
        if (data[o] + data[o + 1] + data[o + 2] < 3 * 140) ink++;
      }
    }
    // Map area: the middle row should not be one flat colour.
    const mid = Math.floor(bmp.height / 2);
    const row = new Set<number>();
    for (let x = 0; x < bmp.width; x += 7) {
      const o = (mid * bmp.width + x) * 4;
      row.add((data[o] << 16) | (data[o + 1] << 8) | data[o + 2]);
    }
    return { width: bmp.width, height: bmp.height, colours: colours.size, ink, midRowColours: row.size };
  }, handle);
}

describe('image export', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(browser, `${baseUrl}#v=1&lang=zh`);
    await waitReady(w.page);
  });
  afterAll(() => w?.page.context().close());

  it.each([
    { frame: '16:9', scale: 1, width: 1280, height: 720 },
    { frame: '4:3', scale: 1, width: 1280, height: 960 },
    { frame: '16:9', scale: 2, width: 2560, height: 1440 },
    { frame: 'screen', scale: 1, width: 1280, height: 720 },
  ] as const)('$frame at $scale× is $width×$height, not blank, with the source line', async ({ frame, scale, width, height }) => {
    await w.page.evaluate(async (o) => {
      (window as unknown as Record<string, Blob>).__png = await document.querySelector('innovation-atlas')!.exportImage(o);
    }, { frame, scale });
    const png = await inspectPng(w.page, '__png');
    expect({ width: png.width, height: png.height }).toEqual({ width, height });
    expect(png.colours, 'distinct colours').toBeGreaterThan(20);
    expect(png.midRowColours, 'colours across the map').toBeGreaterThan(5);
    expect(png.ink, 'dark pixels of the source line').toBeGreaterThan(150 * scale);
  });

  it('keeps deck layers on the basemap at a higher pixel ratio (a symbol lands on its spot in a 4:3 2× export)', async () => {
    const px = await w.page.evaluate(async () => {
      const el = document.querySelector('innovation-atlas')!;
      const r = el.records.find((x) => x.properties.id === 'lab-china-saudi-petroleum-energy')!;
      const [x, y] = el.project(r.geometry!.coordinates as [number, number])!;
      const blob = await el.exportImage({ frame: '4:3', scale: 2 });
      const bmp = await createImageBitmap(blob);
      // Same layout as compose-image.ts: title band 64, footer 58 (× scale), map centre-cropped.
      const [W, H, top, foot] = [bmp.width, bmp.height, 128, 116];
      const mapH = H - top - foot;
      const aspect = W / mapH;
      const [cw, ch] = [el.clientWidth, el.clientHeight];
      const crop = cw / ch > aspect ? { x: (cw - ch * aspect) / 2, y: 0, w: ch * aspect, h: ch } : { x: 0, y: (ch - cw / aspect) / 2, w: cw, h: cw / aspect };
      const ex = ((x - crop.x) * W) / crop.w;
      const ey = top + ((y - crop.y) * mapH) / crop.h;
      const ctx = new OffscreenCanvas(W, H).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return Array.from(ctx.getImageData(Math.round(ex), Math.round(ey), 1, 1).data);
    });
    // The joint-lab colour, not the land under a drifted symbol.
    expect(px.slice(0, 3).every((v, i) => Math.abs(v - [0, 114, 178][i]) <= 16), `pixel ${px}`).toBe(true);
  });

  it('exports every slide of the story as one ZIP with one PNG per slide', async () => {
    const b64 = await w.page.evaluate(async () => {
      const zip = await document.querySelector('innovation-atlas')!.exportSlides({ frame: '16:9', scale: 1 });
      const bytes = new Uint8Array(await zip.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    const files = unzipSync(new Uint8Array(Buffer.from(b64, 'base64')));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(N);
    expect(names[0]).toBe('innovation-road-01.png');
    for (const name of names) expect(Buffer.from(files[name].slice(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    // Different slides are different pictures.
    expect(new Set(names.map((n) => files[n].length)).size).toBeGreaterThan(N / 2);
  }, 240_000);

  it('downloads the filtered records as CSV with a BOM and a citation line', async () => {
    await w.page.evaluate(() => document.querySelector('innovation-atlas')!.getState());
    await w.page.locator('button.tool[data-panel="export"]').click();
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'CSV (Excel)' }).click()]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/创新之路图谱/);
    expect(text).toMatch(/\r\n/);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });
});

describe('a malformed story', () => {
  it('is reported by slide and field, its good slides still present, and the atlas keeps working', async () => {
    const broken = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8'));
    broken.slides[1].camera.zoom = 99;
    broken.slides[2].title = { en: 'no Chinese' };
    const w = await openPage(browser, `${baseUrl}#v=1&lang=en&story=innovation-road&slide=1`, {
      setup: (c) => c.route(/innovation-road[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) })),
    });
    await waitReady(w.page);
    await expect.poll(() => slideTitle(w.page)).toBe(story.slides[0].title.en);
    const errors = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.errors.map((e) => e.message));
    expect(errors.some((m) => /people-to-people|#1/.test(m) && /camera\.zoom/.test(m))).toBe(true);
    expect(errors.some((m) => /title\.zh/.test(m))).toBe(true);
    expect(await w.page.locator('atlas-presenter .counter').textContent()).toBe(`Slide 1 of ${N - 2}`);
    await w.page.keyboard.press('Escape');
    expect(await w.page.evaluate(() => document.querySelector('innovation-atlas')!.records.length)).toBeGreaterThan(100);
    expect(w.pageErrors).toEqual([]);
    await w.page.context().close();
  });
});
