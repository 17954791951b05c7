/**
 * Labels that never hide, read from what the map draws: each label's box (its placed offset, the text measured
 * in the label font) against every point symbol and numbered disc (the deck data projected) and the chrome
 * over the map, in the default views at 1280 and 1920 in both languages; China named and clickable; on every
 * slide of the default story, each place it names labelled on screen and clear of the caption card; and
 * presentation type, 1.5× on a 1920 screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/layers/palette.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';
import { bundledDataset } from './support/dataset.ts';
import story from '../../data/stories/innovation-road.json' with { type: 'json' };

const { given } = useAtlasDriver();

type Box = [number, number, number, number];
interface Drawn {
  labels: { text: string; box: Box }[];
  symbols: { what: string; box: Box }[];
  chrome: { what: string; box: Box }[];
  width: number;
  height: number;
}

/**
 * Reads the drawn labels, symbols and chrome (element pixels). `atAnchor` measures the labels as if drawn on
 * their anchors (no placement), to show that the check finds collisions when there are some.
 */
function drawn(app: Session, atAnchor = false): Promise<Drawn> {
  return app.atlas.eval(
    (el, [font, anchored]) => {
      type L = { id: string; props: Record<string, any> };
      const map = el.shadowRoot!.querySelector('atlas-map') as unknown as HTMLElement & { layers: L[] };
      const layer = (id: string) => map.layers.find((l) => l.id === id)!;
      const origin = map.getBoundingClientRect();
      const ctx = document.createElement('canvas').getContext('2d')!;
      const lang = el.getState().lang;
      const labels = (layer('labels').props.data as { position: [number, number]; text: Record<string, string>; size: number; offset: [number, number] }[]).map((d) => {
        const [x, y] = el.project(d.position)!;
        const [ox, oy] = anchored ? [0, 0] : d.offset;
        ctx.font = `500 ${d.size}px ${font}`;
        const w = ctx.measureText(d.text[lang]).width;
        // The plate: the text's box and the background padding [3, 1, 3, 1].
        const cx = x + ox;
        const cy = y + oy;
        return { text: d.text[lang], box: [cx - w / 2 - 3, cy - d.size / 2 - 1, cx + w / 2 + 3, cy + d.size / 2 + 1] as Box };
      });
      const symbols: { what: string; box: Box }[] = [];
      const halo = layer('points-halo').props;
      // Only what the filters let through is drawn (a slide shows its kinds and years).
      const { kinds, years } = el.getState();
      const drawnNow = (p: { kind: string; date?: string }) =>
        kinds.includes(p.kind as never) && (!years || !p.date || (Number(p.date.slice(0, 4)) >= years[0] && Number(p.date.slice(0, 4)) <= years[1]));
      for (const r of halo.data as { geometry: { coordinates: [number, number] }; properties: { id: string; kind: string; date?: string } }[]) {
        if (!drawnNow(r.properties)) continue;
        const [x, y] = el.project(r.geometry.coordinates)!;
        const h = Number(halo.getSize) / 2;
        symbols.push({ what: r.properties.id, box: [x - h, y - h, x + h, y + h] });
      }
      const badges = layer('country-badges').props;
      for (const b of badges.data as { group: { id: string; position: [number, number] } }[]) {
        const [x, y] = el.project(b.group.position)!;
        const r = (badges.getRadius as (d: unknown) => number)(b) + 1.5;
        symbols.push({ what: b.group.id, box: [x - r, y - r, x + r, y + r] });
      }
      const chrome = [...el.shadowRoot!.querySelectorAll('.top-left, .toolbar, atlas-legend, .credit, aside, .maplibregl-ctrl')]
        .map((c) => ({ what: c.className || c.tagName, r: c.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .map(({ what, r }) => ({ what, box: [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top] as Box }));
      return { labels, symbols, chrome, width: map.clientWidth, height: map.clientHeight };
    },
    [FONT_FAMILY, atAnchor] as const,
  );
}

const hit = (a: Box, b: Box) => a[0] < b[2] - 0.5 && a[2] > b[0] + 0.5 && a[1] < b[3] - 0.5 && a[3] > b[1] + 0.5;

/** "label × what" for every label whose box meets a symbol, a disc or a piece of chrome. */
function collisions(d: Drawn): string[] {
  const out: string[] = [];
  for (const l of d.labels) for (const o of [...d.symbols, ...d.chrome]) if (hit(l.box, o.box)) out.push(`${l.text} × ${o.what}`);
  return out;
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('labels never covered at $width × $height', (viewport) => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', viewport });
  });
  afterAll(() => app?.close());

  it('the check finds collisions when labels sit on their anchors (it can fail)', async () => {
    await app.atlas.settled();
    expect(collisions(await drawn(app, true)).length).toBeGreaterThan(0);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`in ${lang}: no label's box meets a symbol, a disc or a control, and every label is on screen`, async () => {
      await app.when.setHash(`v=1&lang=${lang}`);
      await expect.poll(async () => (await app.then.state()).lang).toBe(lang);
      await app.atlas.settled();
      await app.atlas.frames();
      const d = await drawn(app);
      expect(d.labels.length).toBeGreaterThan(15);
      expect(collisions(d)).toEqual([]);
      for (const l of d.labels) expect(l.box[0] >= 0 && l.box[1] >= 0 && l.box[2] <= d.width && l.box[3] <= d.height, l.text).toBe(true);
      expect(d.labels.map((l) => l.text)).toContain(lang === 'zh' ? '中国' : 'China');
    });
  }
});

describe('China', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en' });
  });
  afterAll(() => app?.close());

  it('is labelled at world zoom, and a click on it opens its profile listing every record with a Chinese host', async () => {
    await app.atlas.settled();
    const d = await drawn(app);
    expect(d.labels.map((l) => l.text)).toContain('China');
    // Tibet: inside China, no symbol there.
    const [x, y] = await app.atlas.pageXY([88, 32]);
    await app.page.mouse.click(x, y);
    await expect.poll(async () => (await app.then.state()).country).toBe('CHN');
    const text = await app.atlas.text('aside.panel.right');
    expect(text).toMatch(/China/);
    type Hosted = { properties: { institutions?: { role: string; country: string }[] } };
    const hosted = app.data.records.filter((r) => (r as unknown as Hosted).properties.institutions?.some((i) => i.role === 'host' && i.country === 'CHN'));
    expect(hosted.length).toBeGreaterThan(10);
    for (const r of hosted) expect(text, r.properties.id).toContain(r.properties.name.en);
  });
});

/** The places a slide names: each highlighted point's city (else its name), its partner countries, a corridor's name. */
function namedPlaces(ids: readonly string[], lang: 'en' | 'zh'): string[] {
  const data = bundledDataset();
  const partner = new Map(data.records.filter((r) => r.properties.kind === 'partner-country').map((r) => [r.properties.countries[0], r.properties.name[lang]]));
  const out = new Set<string>();
  for (const id of ids) {
    const r = data.records.find((x) => x.properties.id === id);
    if (!r?.geometry) continue;
    const p = r.properties as typeof r.properties & { city?: { zh: string; en: string } };
    // An event's countries are its participants, not its place (the slide frames its city only).
    if (p.kind !== 'event') for (const c of p.countries) if (partner.has(c)) out.add(partner.get(c)!);
    if (p.kind === 'flagship-corridor') out.add(p.name[lang]);
    else if (r.geometry.type === 'Point' && p.precision !== 'country' && !['partner-country', 'transfer-corridor'].includes(p.kind)) out.add((p.city ?? p.name)[lang]);
  }
  return [...out];
}

describe.each([
  { width: 1920, height: 1080, lang: 'zh' as const },
  { width: 1280, height: 720, lang: 'en' as const },
])('slides label their subject at $width × $height ($lang)', ({ width, height, lang }) => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang, viewport: { width, height } });
    await app.atlas.present();
  });
  afterAll(() => app?.close());

  it.each(story.slides.map((s, i) => ({ i, id: s.id, highlight: s.highlight ?? [] })))('slide $i ($id): every named place has a visible label clear of the cards', async ({ i, highlight }) => {
    await app.atlas.goToSlide(i);
    await app.atlas.settled();
    await app.atlas.frames();
    const d = await drawn(app);
    const cards: Box[] = await app.atlas.eval((el) => {
      const p = el.shadowRoot!.querySelector('atlas-presenter') as unknown as { cardBoxes(o: { left: number; top: number }): { left: number; top: number; right: number; bottom: number }[] };
      const m = el.shadowRoot!.querySelector('atlas-map')!.getBoundingClientRect();
      return p.cardBoxes(m).map((b) => [b.left, b.top, b.right, b.bottom] as Box);
    });
    for (const name of namedPlaces(highlight, lang)) {
      const l = d.labels.find((x) => x.text === name);
      expect(l, `${name} is labelled`).toBeDefined();
      expect(l!.box[0] >= 0 && l!.box[1] >= 0 && l!.box[2] <= d.width && l!.box[3] <= d.height, `${name} on screen`).toBe(true);
      expect(cards.filter((c) => hit(l!.box, c)), `${name} clear of the cards`).toEqual([]);
    }
    expect(collisions(d)).toEqual([]);
  });
});

describe('presentation type', () => {
  it('a 1920 screen gets at least 1.5× the 1280 sizes of symbols, discs and labels', async () => {
    const sizes = async (width: number, height: number) => {
      const app = await given.app({ lang: 'en', viewport: { width, height } });
      await app.atlas.present(undefined, 2);
      await app.atlas.settled();
      const s = await app.atlas.eval((el) => {
        const layers = (el.shadowRoot!.querySelector('atlas-map') as unknown as { layers: { id: string; props: Record<string, any> }[] }).layers;
        const props = (id: string) => layers.find((l) => l.id === id)!.props;
        const badge = props('country-badges');
        return {
          symbol: Number(props('points').getSize),
          disc: (badge.getRadius as (d: unknown) => number)(badge.data[0]),
          label: Math.max(...(props('labels').data as { size: number }[]).map((d) => d.size)),
        };
      });
      await app.close();
      return s;
    };
    const small = await sizes(1280, 720);
    const large = await sizes(1920, 1080);
    expect(large.symbol).toBeGreaterThanOrEqual(1.5 * small.symbol);
    expect(large.disc).toBeGreaterThanOrEqual(1.5 * small.disc);
    expect(large.label).toBeGreaterThanOrEqual(1.5 * small.label);
  });
});
