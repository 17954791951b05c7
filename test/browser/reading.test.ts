/**
 * Reading the atlas: no word of its plumbing in anything a reader sees (every panel, details of records
 * citing the policy texts, a country profile, in both languages); panels and cards opaque; the tooltip
 * gone once a click opens a panel; Chinese text in the English atlas marked lang="zh"; no text under 12 px
 * on a phone.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { INTERNAL_WORDS } from '../fixtures/internal-words.ts';
import { useAtlasDriver, type Panel, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const HOME = 'cam=63.5,19.652,2.23';
const PANELS: Panel[] = ['layers', 'filters', 'list', 'figures', 'export', 'embed', 'story'];
const dataset = JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8')) as { features: { properties: { id: string; kind: string; sources: { seed?: string }[] } }[] };
/** Records that cite a policy text, one of each kind (figures included). */
const citingPolicyTexts = [...new Map(dataset.features.filter((f) => f.properties.sources.some((s) => s.seed)).map((f) => [f.properties.kind, f.properties.id])).values()];

interface TextRun {
  text: string;
  /** The nearest lang attribute up the tree, across shadow roots. */
  lang: string | null;
  fontSize: number;
}

/** Every visible text run in the element, nested shadow roots included. */
function textRuns(app: Session): Promise<TextRun[]> {
  return app.atlas.eval((el) => {
    const out: { text: string; lang: string | null; fontSize: number }[] = [];
    const langOf = (n: Node | null): string | null => {
      for (let x: Node | null = n; x; x = x instanceof ShadowRoot ? x.host : x.parentNode) if (x instanceof Element && x.hasAttribute('lang')) return x.getAttribute('lang');
      return null;
    };
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) {
        const text = (n.textContent ?? '').trim();
        const p = n.parentElement;
        if (text && p && p.getClientRects().length && getComputedStyle(p).visibility !== 'hidden') out.push({ text, lang: langOf(p), fontSize: parseFloat(getComputedStyle(p).fontSize) });
        return;
      }
      if (!(n instanceof Element) && !(n instanceof ShadowRoot)) return;
      if (n instanceof Element && ['STYLE', 'SCRIPT', 'svg'].includes(n.tagName)) return;
      if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
      n.childNodes.forEach(walk);
    };
    walk(el.shadowRoot!);
    return out;
  });
}

describe('reading the atlas', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: HOME });
  });
  afterAll(() => app?.close());

  const start = (lang: 'en' | 'zh', more = '') => app.when.reset(`v=1&lang=${lang}&${HOME}${more}`, { lang, story: null, kinds: [...KINDS] });
  const seen = async () => (await textRuns(app)).map((r) => r.text).join('\n');

  it.each(['en', 'zh'] as const)('no internal word in any panel, details or profile (%s)', async (lang) => {
    await start(lang);
    const found: string[] = [];
    const check = async (where: string) => {
      const text = await seen();
      expect(text.length, `text read in ${where}`).toBeGreaterThan(100);
      const m = text.match(INTERNAL_WORDS);
      if (m) found.push(`${where}: ${m[0]}`);
    };
    await check('map');
    for (const p of PANELS) {
      await app.when.openPanel(p);
      await expect.poll(() => app.then.panelText()).not.toBe('');
      await check(p);
    }
    await app.when.openPanel('layers');
    for (const id of citingPolicyTexts) {
      await app.when.select(id);
      await app.page.locator('innovation-atlas atlas-details h2').waitFor();
      await check(id);
    }
    await app.when.setHash(`v=1&lang=${lang}&${HOME}&cty=CHN`);
    await app.page.locator('innovation-atlas atlas-country h2').waitFor();
    await check('profile of China');
    expect(found).toEqual([]);
  }, 240_000);

  it.each(['en', 'zh'] as const)('no internal word in any export: CSV, GeoJSON, a slide image (drawn text and PNG chunks) and the embed code (%s)', async (lang) => {
    const read = async (name: string) => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name, exact: true }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    await start(lang, '&p=export');
    const csv = await read('CSV (Excel)');
    const geojson = await read('GeoJSON');
    expect(csv.split('\n').length, 'the CSV holds the records').toBeGreaterThan(100);
    expect(JSON.parse(geojson).features.length).toBeGreaterThan(100);
    // A slide with figure call-outs: their names, numbers and sources are drawn into the image.
    await app.when.reset(`v=1&lang=${lang}&${HOME}&story=innovation-road&slide=3`, { lang, story: { id: 'innovation-road', slide: 2 } });
    const png = await app.atlas.eval(async (el) => {
      const drawn: string[] = [];
      const proto = CanvasRenderingContext2D.prototype;
      const fillText = proto.fillText;
      proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
        drawn.push(String(text));
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
      try {
        const bytes = new Uint8Array(await (await el.exportImage({ frame: '16:9', scale: 1 })).arrayBuffer());
        // Every textual chunk of the PNG (none is expected; any one is checked).
        const chunks: string[] = [];
        for (let i = 8; i + 12 <= bytes.length; ) {
          const len = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
          const type = String.fromCharCode(...bytes.slice(i + 4, i + 8));
          if (/^(tEXt|iTXt|zTXt|eXIf)$/.test(type)) chunks.push(`${type}:${new TextDecoder().decode(bytes.slice(i + 8, i + 8 + len))}`);
          i += 12 + len;
        }
        return { drawn, chunks };
      } finally {
        proto.fillText = fillText;
      }
    });
    expect(png.drawn.length, 'text drawn into the image').toBeGreaterThan(5);
    // A figure record that once had a "seed" id, chosen: its id is in the snippet.
    await start(lang, '&p=embed&sel=fig-joint-labs-53-2024-pujiang');
    const embed = app.page.locator('innovation-atlas atlas-embed textarea');
    await expect.poll(() => embed.inputValue()).toMatch(/innovation-atlas|iframe/);
    const snippet = await embed.inputValue();
    expect(snippet).toMatch(/fig-joint-labs-53-2024-pujiang/);
    const ids = new Set(dataset.features.map((f) => f.properties.id));
    const found = Object.entries({ csv, geojson, image: png.drawn.join('\n'), pngChunks: png.chunks.join('\n'), embed: snippet }).flatMap(([where, text]) => {
      const m = text.match(INTERNAL_WORDS);
      return m ? [`${where}: ${m[0]}`] : [];
    });
    // Record ids are keys for scripts, never words drawn for a reader.
    found.push(...png.drawn.filter((t) => ids.has(t.trim())).map((t) => `image: the id ${t}`));
    expect(found).toEqual([]);
  }, 240_000);

  it('a policy text is named by its title in the reader’s language, the original beside it', async () => {
    await start('en', '&sel=country-bra');
    const sources = await app.atlas.text('aside.panel.right');
    expect(sources).toMatch(/Policy text: Opening a new journey on the Belt and Road Innovation Road/);
    expect(sources).toMatch(/Original title: 以更高水平开放合作/);
    expect(sources).toMatch(/Pujiang Innovation Forum 2023/);
  });

  it('a page titled in Chinese is named by our English title, the original beside it marked lang="zh"', async () => {
    await start('en', '&sel=demo-sino-uganda-friendship-kajjansi');
    const details = app.page.locator('innovation-atlas atlas-details');
    await expect.poll(() => details.locator('a', { hasText: 'A model of South–South cooperation' }).count()).toBe(1);
    const original = details.locator('span[lang="zh"]', { hasText: '“南南合作的典范”——走进中乌友谊农业技术示范中心' });
    await expect.poll(() => original.count()).toBe(1);
    expect(await original.evaluate((el) => el.parentElement?.textContent)).toMatch(/^Original title: /);
  });

  it('panels, cards, the legend and the footer are opaque: no map shows through their text', async () => {
    await start('en', '&p=list&sel=country-bra');
    const backs = await app.atlas.eval((el) =>
      ['header', 'aside.panel.left', 'aside.panel.right', 'nav.toolbar .tool', 'atlas-legend', '.credit'].map((sel) => [sel, getComputedStyle(el.shadowRoot!.querySelector(sel)!).backgroundColor]),
    );
    for (const [sel, back] of backs) expect(back, sel).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  });

  it('the tooltip goes when a click opens the details', async () => {
    await start('en');
    const id = 'lab-china-mongolia-mineral-processing';
    const xy = await app.atlas.pageXY(app.data.at(id));
    await app.when.hover(xy);
    const tip = app.page.locator('innovation-atlas .tooltip');
    await expect.poll(() => tip.count()).toBe(1);
    await app.page.mouse.click(xy[0], xy[1]);
    await expect.poll(async () => (await app.then.state()).selected).toBe(id);
    await app.atlas.frames();
    expect(await tip.count()).toBe(0);
  });

  it.each([
    { what: 'In numbers', more: '&p=figures', hasHan: true },
    { what: 'details citing a policy text', more: '&sel=country-bra', hasHan: true },
    { what: 'the list', more: '&p=list', hasHan: false },
  ])('Chinese text in the English atlas carries lang="zh": $what', async ({ more, hasHan }) => {
    await start('en', more);
    await expect.poll(() => app.atlas.text('aside.panel')).not.toBe('');
    const han = /[\u4e00-\u9fff]{2,}/;
    const runs = await textRuns(app);
    if (hasHan) expect(runs.some((r) => han.test(r.text) && r.lang === 'zh'), 'Chinese passages are there to check').toBe(true);
    const bare = runs.filter((r) => han.test(r.text) && r.lang !== 'zh' && !/[A-Za-z]{3,}/.test(r.text)).map((r) => r.text);
    expect(bare).toEqual([]);
  });
});

describe('on a phone', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'zh', hash: HOME, viewport: { width: 360, height: 720 } });
  });
  afterAll(() => app?.close());

  it.each(['', '&p=list', '&p=figures', '&sel=country-bra', '&cty=KEN'])('no text under 12 px (%s)', async (more) => {
    for (const lang of ['zh', 'en'] as const) {
      await app.when.reset(`v=1&lang=${lang}&${HOME}${more}`, { lang });
      const runs = await textRuns(app);
      expect(runs.length).toBeGreaterThan(5);
      const small = runs.filter((r) => r.fontSize < 12).map((r) => `${r.fontSize}px ${r.text.slice(0, 30)}`);
      expect(small).toEqual([]);
    }
  });
});

describe('records stacked at one place', () => {
  // Three labs and three events at one Shanghai point (the dataset's six-record stack).
  const SHANGHAI: [number, number] = [121.4581, 31.2222];
  const six = dataset.features.filter((f) => {
    const g = (f as unknown as { geometry?: { type: string; coordinates: number[] } }).geometry;
    return g?.type === 'Point' && g.coordinates[0].toFixed(4) === '121.4581' && g.coordinates[1].toFixed(4) === '31.2222' && f.properties.kind !== 'partner-country';
  });
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: HOME });
  });
  afterAll(() => app?.close());

  it('are one numbered disc that opens a picker of six, each reachable by keyboard and chosen with Enter', async () => {
    expect(six).toHaveLength(6);
    const [x, y] = await app.atlas.project(SHANGHAI);
    expect(await app.atlas.pick(x, y)).toEqual({ id: 'site-121.4581,31.2222', kind: 'group' });
    const page = await app.atlas.pageXY(SHANGHAI);
    await app.when.hover(page);
    await expect.poll(() => app.atlas.text('.tooltip')).toMatch(/Shanghai.*6 records at this place/);
    await app.page.mouse.click(page[0], page[1]);
    const picker = app.page.locator('innovation-atlas atlas-picker');
    await expect.poll(() => picker.locator('li button').count()).toBe(6);
    expect(await app.atlas.text('.tooltip')).toBe('');
    const focused = () => app.atlas.eval((el) => el.shadowRoot!.querySelector('atlas-picker')?.shadowRoot?.activeElement?.closest('li')?.textContent?.trim() ?? '');
    const names = await picker.locator('li button').evaluateAll((bs) => bs.map((b) => b.closest('li')!.textContent!.trim()));
    await expect.poll(focused).toBe(names[0]);
    for (let i = 1; i < 6; i++) {
      await app.when.press('Tab');
      expect(await focused()).toBe(names[i]);
    }
    await app.when.press('Enter');
    await expect.poll(async () => (await app.then.state()).selected).toBe(six[5].properties.id);
  });

  it('each of the six is still in the list', async () => {
    await app.when.reset(`v=1&lang=en&${HOME}&p=list`, { panel: 'list' });
    await expect.poll(async () => (await app.then.listIds()).length).toBeGreaterThan(100);
    const ids = await app.then.listIds();
    for (const f of six) expect(ids).toContain(f.properties.id);
  });
});
