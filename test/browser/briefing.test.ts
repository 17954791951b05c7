import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { PALETTE } from '../../src/core/palette.ts';
import { FOOTER_BAND as FOOT, TITLE_BAND as TOP } from '../../src/map/compose-image.ts';
import { captionBox } from '../../src/map/slide-card.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { hex, near } from './support/pixels.ts';

const { given } = useAtlasDriver();
const story = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8')) as {
  slides: { id: string; title: { en: string; zh: string } }[];
};
const N = story.slides.length;
/** A fixed camera every test starts from (a story moves the camera, and closing it leaves it there). */
const HOME = 'cam=63.5,19.652,2.23';

const slideInUrl = (s: Session) => new URL(s.page.url()).hash.match(/slide=(\d+)/)?.[1];
const slideTitle = (s: Session) => s.page.locator('atlas-presenter h2').textContent();

/**
 * Stories and exports on one page. It opens on a slide link in Chinese (what that shows is read once);
 * then every test starts from a URL of its own and checks it got there.
 */
describe('briefing on one page', () => {
  let app: Session;
  let atLoad: { title: string | null; counter: string | null; consoleErrors: string[] };
  beforeAll(async () => {
    app = await given.app({ lang: 'zh', locale: 'en-US', hash: 'story=innovation-road&slide=4' });
    // (expect.poll belongs to tests; a hook waits in the page.)
    await app.page.locator('innovation-atlas atlas-presenter h2', { hasText: story.slides[3].title.zh }).waitFor();
    atLoad = { title: await slideTitle(app), counter: await app.page.locator('atlas-presenter .counter').textContent(), consoleErrors: [...app.consoleErrors] };
  });
  afterAll(() => app?.close());

  /** Back to exploring (or to slide `slide` of the story) in `lang`, at the fixed camera, checked. */
  async function start(lang: 'en' | 'zh', slide?: number) {
    await app.when.setHash(`v=1&lang=${lang}${slide ? `&story=innovation-road&slide=${slide}` : `&${HOME}`}`);
    if (slide) {
      await expect.poll(() => slideTitle(app)).toBe(story.slides[slide - 1].title[lang]);
      expect((await app.then.state()).story).toEqual({ id: 'innovation-road', slide: slide - 1 });
    } else {
      await expect.poll(() => app.then.state()).toMatchObject({ lang, story: null, selected: null, panel: 'none', kinds: [...KINDS], camera: { zoom: expect.any(Number) } });
      await expect.poll(() => app.page.locator('atlas-presenter').count()).toBe(0);
    }
    await app.atlas.frames();
  }

  it('a slide link lands on that slide, in the language of the link', () => {
    expect(atLoad.title).toBe(story.slides[3].title.zh);
    expect(atLoad.counter).toBe(`第 4 / ${N} 页`);
    expect(atLoad.consoleErrors).toEqual([]);
  });

  describe('presenting the default story with a keyboard or clicker', () => {
    it('opens from the toolbar on slide 1 in the presentation theme', async () => {
      await start('en');
      await app.page.getByRole('button', { name: 'Present' }).click();
      await expect.poll(() => slideTitle(app)).toBe(story.slides[0].title.en);
      expect(await app.atlas.attr('presenting')).toBe('');
      // Exploration chrome is hidden
      expect(await app.page.locator('nav.toolbar').isVisible()).toBe(false);
      expect(slideInUrl(app)).toBe('1');
    });

    it.each([
      ['ArrowRight', 1, 2],
      ['PageDown', 2, 3],
      [' ', 3, 4],
      ['ArrowLeft', 4, 3],
      ['PageUp', 3, 2],
    ])('%j goes from slide %i to slide %i and the URL follows', async (key, from, to) => {
      await start('en', from);
      await app.when.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => slideTitle(app)).toBe(story.slides[to - 1].title.en);
      await expect.poll(() => slideInUrl(app)).toBe(String(to));
      expect(await app.page.locator('atlas-presenter .counter').textContent()).toBe(`Slide ${to} of ${N}`);
    });

    it('walks to the end and stops there; the slide applies its filters', async () => {
      await start('en', 1);
      for (let i = 0; i < N + 1; i++) await app.when.press('ArrowRight');
      await expect.poll(() => slideInUrl(app)).toBe(String(N));
      await expect.poll(() => slideTitle(app)).toBe(story.slides[N - 1].title.en);
      expect((await app.then.state()).story).toEqual({ id: 'innovation-road', slide: N - 1 });
    });

    it('Escape leaves the story and shows everything again', async () => {
      await start('en', 3);
      await app.when.press('Escape');
      await expect.poll(async () => (await app.then.state()).story).toBeNull();
      await expect.poll(() => app.page.locator('nav.toolbar').isVisible()).toBe(true);
      expect((await app.then.state()).kinds.length).toBeGreaterThan(8);
      expect(app.pageErrors).toEqual([]);
    });
  });

  it('leaving Present gives the reader back their filters, panel, country and camera', async () => {
    await app.when.setHash('v=1&lang=en&k=joint-lab,park&f=energy&cty=PAK&p=filters&cam=100,20,3.5');
    await expect.poll(() => app.then.state()).toMatchObject({ kinds: ['joint-lab', 'park'], fields: ['energy'], country: 'PAK', panel: 'filters', story: null });
    await app.atlas.frames();
    const before = await app.then.state();
    await app.page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => slideTitle(app)).toBe(story.slides[0].title.en);
    await app.when.press('ArrowRight');
    await expect.poll(() => slideInUrl(app)).toBe('2');
    await app.when.press('Escape');
    await expect.poll(async () => (await app.then.state()).story).toBeNull();
    const after = await app.then.state();
    expect({ ...after, camera: null }).toEqual({ ...before, camera: null });
    // The map went back too: the camera is where it was, to the tenth of a degree.
    expect(after.camera!.zoom).toBeCloseTo(before.camera!.zoom, 1);
    after.camera!.center.forEach((v, i) => expect(v).toBeCloseTo(before.camera!.center[i], 1));
    await expect.poll(() => app.page.locator('atlas-filters').isVisible()).toBe(true);
  });

  /** Decodes the PNG blob kept in window.__png: size, how varied it is, and how much dark ink is in a band. */
  const inspectPng = () =>
    app.page.evaluate(async () => {
      const blob = (window as unknown as { __png: Blob }).__png;
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
    });

  describe('image export', () => {
    beforeEach(() => start('zh'));

    it.each([
      { frame: '16:9', scale: 1, width: 1280, height: 720 },
      { frame: '4:3', scale: 1, width: 1280, height: 960 },
      { frame: '16:9', scale: 2, width: 2560, height: 1440 },
      { frame: 'screen', scale: 1, width: 1280, height: 720 },
    ] as const)('$frame at $scale× is $width×$height, not blank, with the source line', async ({ frame, scale, width, height }) => {
      await app.atlas.eval(async (el, o) => {
        (window as unknown as { __png: Blob }).__png = await el.exportImage(o);
      }, { frame, scale });
      const png = await inspectPng();
      expect({ width: png.width, height: png.height }).toEqual({ width, height });
      expect(png.colours, 'distinct colours').toBeGreaterThan(20);
      expect(png.midRowColours, 'colours across the map').toBeGreaterThan(5);
      expect(png.ink, 'dark pixels of the source line').toBeGreaterThan(150 * scale);
    });

    it('draws a slide\'s caption card and call-outs into its image; a view that is not a slide has none', async () => {
      /** Share of white pixels and count of dark ones in the bottom line of the caption card (16:9, 1×). */
      const cardInk = () =>
        app.atlas.eval(async (el, { box, top }) => {
          const bmp = await createImageBitmap(await el.exportImage({ frame: '16:9', scale: 1 }));
          const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          const { data } = ctx.getImageData(Math.round(box.x), Math.round(box.y), Math.round(box.w), Math.round(box.h));
          let white = 0;
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i] >= 250 && data[i + 1] >= 250 && data[i + 2] >= 250) white++;
            if (data[i] + data[i + 1] + data[i + 2] < 3 * 110) ink++;
          }
          // And the call-out column's accent bar (the first call-out's top edge).
          const [r, g, b] = ctx.getImageData(40, top + 17, 1, 1).data;
          return { white: white / (data.length / 4), ink, accent: [r, g, b] };
        }, { box: captionBox({ x: 0, y: TOP, w: 1280, h: 720 - TOP - FOOT }, 1, 1), top: TOP });
      const none = await cardInk();
      expect(none.white, 'no card over the map while exploring').toBeLessThan(0.5);
      await start('zh', 10);
      const slide = await cardInk();
      expect(slide.white, 'the card').toBeGreaterThan(0.6);
      expect(slide.ink, 'caption text in the card').toBeGreaterThan(150);
      expect(near(slide.accent, hex(PALETTE.accent), 30), `accent ${slide.accent}`).toBe(true);
    });

    it('keeps deck layers on the basemap at a higher pixel ratio (a symbol lands on its spot in a 4:3 2× export)', async () => {
      const px = await app.atlas.eval(async (el, ll) => {
        const [x, y] = el.project(ll)!;
        const blob = await el.exportImage({ frame: '4:3', scale: 2 });
        const bmp = await createImageBitmap(blob);
        // Same layout as compose-image.ts: title band 64, footer 40 (× scale), map centre-cropped.
        const [W, H, top, foot] = [bmp.width, bmp.height, 128, 80];
        const mapH = H - top - foot;
        const aspect = W / mapH;
        const [cw, ch] = [el.clientWidth, el.clientHeight];
        const crop = cw / ch > aspect ? { x: (cw - ch * aspect) / 2, y: 0, w: ch * aspect, h: ch } : { x: 0, y: (ch - cw / aspect) / 2, w: cw, h: cw / aspect };
        const ex = ((x - crop.x) * W) / crop.w;
        const ey = top + ((y - crop.y) * mapH) / crop.h;
        const ctx = new OffscreenCanvas(W, H).getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        return Array.from(ctx.getImageData(Math.round(ex), Math.round(ey), 1, 1).data);
      }, app.data.at('lab-china-mongolia-mineral-processing'));
      // The joint-lab colour, not the land under a drifted symbol.
      expect(px.slice(0, 3).every((v, i) => Math.abs(v - [0, 114, 178][i]) <= 16), `pixel ${px}`).toBe(true);
    });

    it('exports every slide of the story as one ZIP with one PNG per slide, and leaves the reader as they were', async () => {
      await app.when.setHash(`v=1&lang=zh&${HOME}&k=joint-lab&p=export`);
      await expect.poll(() => app.then.state()).toMatchObject({ kinds: ['joint-lab'], panel: 'export', story: null });
      const before = await app.then.state();
      const b64 = await app.atlas.eval(async (el) => {
        const zip = await el.exportSlides({ frame: '16:9', scale: 1 });
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
      // The story opened for the export has closed, and given back the filter and the Export panel.
      await expect.poll(async () => (await app.then.state()).story).toBeNull();
      expect({ ...(await app.then.state()), camera: null }).toEqual({ ...before, camera: null });
      expect(await app.page.locator('atlas-export').isVisible()).toBe(true);
    }, 240_000);

    it('prints the deck one slide a page (the PDF handout), each page a slide image headed by the title the reader typed', async () => {
      // Headless Chromium's print() holds the page in a print job no PDF can be made beside: count the call instead.
      await app.page.evaluate(() => {
        const w = window as unknown as { __prints: number };
        w.__prints = 0;
        window.print = () => void w.__prints++;
      });
      await app.when.clickPanel('export');
      // The exported title is editable: what the reader types heads every page in place of the story's title.
      await app.page.locator('innovation-atlas atlas-export label.title input').fill('部委内部简报');
      await app.page.getByRole('button', { name: /^打印全部演示页/ }).click();
      await expect.poll(() => app.page.evaluate(() => (window as unknown as { __prints: number }).__prints), { timeout: 240_000 }).toBe(1);
      const alts = await app.page.locator('innovation-atlas .print-deck img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
      expect(alts).toEqual(story.slides.map((sl) => `部委内部简报 — ${sl.title.zh}`));
      const pdf = (await app.page.pdf({ landscape: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, 'pages').toBe(N);
      // The reader is back where they were, the Export panel open.
      await expect.poll(async () => (await app.then.state()).panel).toBe('export');
    }, 300_000);

    it('downloads the filtered records as CSV with a BOM and a citation line', async () => {
      await app.when.clickPanel('export');
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'CSV (Excel)' }).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toMatch(/创新之路图谱/);
      expect(text).toMatch(/\r\n/);
      // The name says what it holds: everything (no filter), in Chinese, today.
      expect(download.suggestedFilename()).toMatch(/^innovation-road-atlas-all-zh-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });
});

describe('a malformed story', () => {
  it('is reported by slide and field, its good slides still present, and the atlas keeps working', async () => {
    const broken = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8'));
    broken.slides[1].camera.zoom = 99;
    broken.slides[2].title = { en: 'no Chinese' };
    const app = await given.app({
      lang: 'en',
      hash: 'story=innovation-road&slide=1',
      setup: (c) => c.route(/innovation-road[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) })),
    });
    await expect.poll(() => slideTitle(app)).toBe(story.slides[0].title.en);
    expect(await app.page.locator('atlas-presenter .counter').textContent()).toBe(`Slide 1 of ${N - 2}`);
    await app.when.press('Escape');
    await expect.poll(async () => (await app.then.state()).story).toBeNull();
    // The errors panel (hidden while presenting) lists them; folded at first, one click opens it.
    await app.page.locator('innovation-atlas section.errors button').click();
    const errors = await app.page.locator('innovation-atlas section.errors li').allTextContents();
    expect(errors.some((m) => /people-to-people|#1/.test(m) && /camera\.zoom/.test(m)), errors.join('\n')).toBe(true);
    expect(errors.some((m) => /title\.zh/.test(m)), errors.join('\n')).toBe(true);
    expect((await app.then.events('atlas-ready'))[0].records).toBeGreaterThan(100);
    // Still working: a record chosen through the API is selected and shown.
    await app.when.select('flagship-cpec');
    await expect.poll(() => app.then.detailsTitle()).toBeTruthy();
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
