/**
 * The legend on the map, as a reader meets it: there without opening a panel, in the reader's language,
 * following the layers that are on and the theme, collapsible by keyboard; in present mode too; and the
 * same legend drawn into an exported image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { CHOROPLETH } from '../../src/layers/palette.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const HOME = 'cam=63.5,19.652,2.23';

describe('the legend on the map', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: HOME });
  });
  afterAll(() => app?.close());

  const legend = () => app.page.locator('innovation-atlas atlas-legend');
  const entries = () => legend().locator('li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.entry));
  const start = (lang: 'en' | 'zh') => app.when.reset(`v=1&lang=${lang}&${HOME}`, { lang, panel: 'none', story: null, kinds: [...KINDS] });

  it('draws an inferred transfer corridor fainter and thinner than a stated or reported one (the drawn layer, not a copy)', async () => {
    await start('en');
    const style = await app.atlas.eval((el) => {
      const map = el.shadowRoot!.querySelector('atlas-map') as unknown as { layers: { id: string; props: Record<string, any> }[] };
      const arcs = map.layers.find((l) => l.id === 'transfer-corridors')!.props;
      const one = arcs.data[0];
      const out: Record<string, { width: number; alpha: number }> = {};
      for (const confidence of ['stated', 'reported', 'inferred']) {
        const r = { ...one, properties: { ...one.properties, confidence } };
        out[confidence] = { width: arcs.getWidth(r), alpha: arcs.getSourceColor(r)[3] ?? 255 };
      }
      return out;
    });
    for (const known of [style.stated, style.reported]) {
      expect(style.inferred.width).toBeLessThan(known.width);
      expect(style.inferred.alpha).toBeLessThan(known.alpha);
    }
  });

  it('is on the map with no panel open: every drawn kind, the country discs and the ramp, in English', async () => {
    await start('en');
    await expect(legend().isVisible()).resolves.toBe(true);
    const list = await entries();
    expect(list).toEqual(expect.arrayContaining(['joint-lab', 'park', 'transfer-centre', 'badge', 'transfer-corridor', 'flagship-corridor', 'ramp']));
    const text = await app.atlas.text('atlas-legend');
    expect(text).toMatch(/^Legend/);
    expect(text).toMatch(/Joint laboratory/);
    expect(text).toMatch(/records placed only to the country/);
    expect(text).toMatch(/Cooperation records 1\s*2–3\s*4–6\s*7\+/);
  });

  it('speaks Chinese in the Chinese atlas', async () => {
    await start('zh');
    const text = await app.atlas.text('atlas-legend');
    expect(text).toMatch(/^图例/);
    expect(text).toMatch(/联合实验室/);
    expect(text).toMatch(/合作记录数/);
    expect(text).not.toMatch(/Joint laboratory/);
  });

  it('follows the layers that are on: a layer switched off leaves the legend', async () => {
    await start('en');
    await app.atlas.setFilters({ kinds: KINDS.filter((k) => k !== 'joint-lab' && k !== 'partner-country') });
    await expect.poll(entries).not.toContain('joint-lab');
    expect(await entries()).not.toContain('ramp');
    expect(await entries()).toContain('park');
  });

  it('collapses and opens again from the keyboard', async () => {
    await start('en');
    await app.page.locator('body').click({ position: { x: 1, y: 1 } });
    // Tab through the chrome until the legend's toggle has focus.
    const focusedIsToggle = () =>
      app.atlas.eval((el) => el.shadowRoot!.activeElement?.tagName === 'ATLAS-LEGEND' && el.shadowRoot!.activeElement.shadowRoot!.activeElement?.tagName === 'BUTTON');
    let tabs = 0;
    while (!(await focusedIsToggle()) && tabs < 60) {
      await app.when.press('Tab');
      tabs++;
    }
    expect(await focusedIsToggle(), 'the legend toggle is reachable with Tab').toBe(true);
    const toggle = legend().locator('button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await app.when.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await legend().locator('li').count()).toBe(0);
    await app.when.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await legend().locator('li').count()).toBeGreaterThan(5);
  });

  it('follows the theme: a dark card on the dark map', async () => {
    await start('en');
    const back = () => legend().evaluate((e) => getComputedStyle(e).backgroundColor);
    const light = await back();
    await app.atlas.setAttr('theme', 'dark');
    try {
      await expect.poll(back).not.toBe(light);
      const [r, g, b] = (await back()).match(/\d+/g)!.map(Number);
      expect(r + g + b, 'dark background').toBeLessThan(200);
    } finally {
      await app.atlas.setAttr('theme', 'light');
    }
  });

  it('stays on the map in present mode, clear of the slide card', async () => {
    await start('en');
    await app.atlas.present();
    try {
      await expect.poll(() => app.atlas.attr('presenting')).toBe('');
      await app.page.locator('innovation-atlas atlas-presenter .card').waitFor();
      await expect(legend().isVisible()).resolves.toBe(true);
      const box = (await legend().boundingBox())!;
      const card = (await app.page.locator('innovation-atlas atlas-presenter .card').boundingBox())!;
      const overlap = box.x < card.x + card.width && card.x < box.x + box.width && box.y < card.y + card.height && card.y < box.y + box.height;
      expect(overlap).toBe(false);
      // Nothing lies over it: its middle is the legend itself.
      const top = await app.atlas.eval((el, [x, y]) => el.shadowRoot!.elementFromPoint(x, y)?.tagName, [box.x + box.width / 2, box.y + 10] as const);
      expect(top).toBe('ATLAS-LEGEND');
    } finally {
      await app.when.press('Escape');
    }
  });

  it('is drawn into an exported image: the legend box over the map with the choropleth ramp', async () => {
    await start('en');
    const found = await app.atlas.eval(async (el, ramp) => {
      const blob = await el.exportImage({ frame: '16:9', scale: 1 });
      const bmp = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      // compose-image.ts: the legend's bottom edge is 10 px above the 40 px footer, 16 px from the left.
      const bottom = bmp.height - 40 - 10;
      const data = ctx.getImageData(16, bottom - 320, 260, 320).data;
      let white = 0;
      const swatches = ramp.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
        ramp.forEach((c, k) => {
          if (Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) < 6) swatches[k]++;
        });
      }
      return { white: white / (data.length / 4), swatches };
    }, CHOROPLETH.slice(1).map((c) => c.slice(0, 3)));
    expect(found.white, 'share of the legend box that is its white card').toBeGreaterThan(0.4);
    for (const n of found.swatches) expect(n, 'each ramp class drawn as a swatch').toBeGreaterThan(100);
  });
});
