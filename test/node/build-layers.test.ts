import { readFileSync } from 'node:fs';
import type { Layer } from '@deck.gl/core';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, CHOROPLETH_BEFORE, PARTNER_OUTLINE, basemapStyle, topologyToBasemap } from '../../src/basemap/basemap.ts';
import { countryCounts } from '../../src/core/derive.ts';
import { KINDS } from '../../src/core/vocabulary.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { type AtlasRecord } from '../../src/core/record.ts';
import { LAYER_IDS, buildLayers, prepareLayerData, visibleYears, type LabelItem } from '../../src/layers/build-layers.ts';
import { CHOROPLETH, POINT_STYLE } from '../../src/layers/palette.ts';
import { CONTEXT_LAYER_IDS, CONTEXT_OPACITY } from '../../src/layers/context-layers.ts';
import { defaultView } from '../../src/state/view.ts';
import { pickLang } from '../../src/core/vocabulary.ts';

const { records } = validateDataset(JSON.parse(readFileSync(new URL('../fixtures/mini.geojson', import.meta.url), 'utf8')));
const base = topologyToBasemap(world as unknown as Topology);
const data = prepareLayerData(records, base.countries);
const opts = { symbolAtlas: 'symbols.png' };
const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
// deck layer props are typed per layer; tests read them generically.
const prop = (l: Layer, name: string) => (l.props as unknown as Record<string, unknown>)[name];
const call = (l: Layer, name: string, d: unknown) => (prop(l, name) as (x: unknown) => unknown)(d);

describe('prepareLayerData', () => {
  it('splits records by how they are drawn', () => {
    expect(data.points.map((r) => r.properties.id).sort()).toEqual(['event-2019-innovation-road-forum', 'lab-china-serbia-drug-discovery', 'ttc-china-asean']);
    expect(data.arcs.map((r) => r.properties.id)).toEqual(['corridor-ttc-china-asean-tha']);
    expect(data.paths.map((r) => r.properties.id)).toEqual(['corridor-mombasa-nairobi']);
    // China, the hub, is named though no record makes it a partner country.
    expect(data.labels.map((l) => l.id).sort()).toEqual(['corridor-mombasa-nairobi', 'country-CHN', 'country-ken', 'country-lao', 'country-srb']);
  });

  it('draws China clear but pickable, so a click on it opens its profile', () => {
    expect(data.countryFeatures.map((f) => f.properties.a3)).toContain('CHN');
    expect(data.countries.map((c) => c.feature.properties.a3)).not.toContain('CHN');
  });

  it('counts cooperation records per partner country (figures and the country records themselves do not count)', () => {
    const counts = countryCounts(records);
    expect(Object.fromEntries(counts)).toEqual({ SRB: 1, THA: 3, KEN: 1, RUS: 1, ZAF: 1, LKA: 1 });
    expect(data.countries.map((c) => c.feature.properties.a3).sort()).toEqual(['KEN', 'LKA', 'RUS', 'SRB', 'THA', 'ZAF']);
  });

  it('lists year categories with 0 for undated', () => {
    expect(data.years).toEqual([0, 2013, 2017, 2019]);
  });
});

describe('buildLayers', () => {
  const layers = buildLayers(data, defaultView('en'), opts);

  it('returns every layer with a stable id, in drawing order', () => {
    expect(layers.map((l) => l.id)).toEqual([...LAYER_IDS]);
    expect(buildLayers(data, defaultView('zh'), opts).map((l) => l.id)).toEqual([...LAYER_IDS]);
  });

  it('feeds each layer the prepared data (same arrays: a view change does not rebuild data)', () => {
    const other = buildLayers(data, { ...defaultView('en'), kinds: ['joint-lab'], years: [2018, 2020], selected: 'ttc-china-asean' }, opts);
    for (const id of ['points', 'points-halo', 'transfer-corridors', 'flagship-corridors', 'labels']) {
      expect(prop(byId(other, id), 'data')).toBe(prop(byId(layers, id), 'data'));
    }
    // Labels depend on language and zoom step only, and the same step gives the same array.
    const zhA = prop(byId(buildLayers(data, { ...defaultView('zh'), zoom: 2.1 }, opts), 'labels'), 'data');
    const zhB = prop(byId(buildLayers(data, { ...defaultView('zh'), zoom: 1.9, kinds: ['event'] }, opts), 'labels'), 'data');
    expect(zhA).toBe(zhB);
    expect((prop(byId(layers, 'points'), 'data') as unknown[]).length).toBe(3);
    expect((prop(byId(layers, 'transfer-corridors'), 'data') as unknown[]).length).toBe(1);
  });

  it('gives each point kind its own colour and shape', () => {
    const points = byId(layers, 'points');
    const lab = data.byId.get('lab-china-serbia-drug-discovery')!;
    const ttc = data.byId.get('ttc-china-asean')!;
    expect(call(points, 'getColor', lab)).toEqual(POINT_STYLE['joint-lab'].color);
    expect(call(points, 'getIcon', lab)).toBe('circle');
    expect(call(points, 'getIcon', ttc)).toBe('diamond');
    expect(call(points, 'getPosition', lab)).toEqual([121.47, 31.23]);
    const shapes = new Set(Object.values(POINT_STYLE).map((s) => s.shape));
    const colors = new Set(Object.values(POINT_STYLE).map((s) => s.color.join()));
    expect(shapes.size).toBe(Object.keys(POINT_STYLE).length);
    expect(colors.size).toBe(Object.keys(POINT_STYLE).length);
  });

  it('draws transfer corridors from the centre to the partner, great-circle, coloured by direction', () => {
    const arcs = byId(layers, 'transfer-corridors');
    const c = data.byId.get('corridor-ttc-china-asean-tha')!;
    expect(call(arcs, 'getSourcePosition', c)).toEqual([108.37, 22.82]);
    expect(call(arcs, 'getTargetPosition', c)).toEqual([100.5, 15.0]);
    expect(prop(arcs, 'greatCircle')).toBe(true);
    expect(prop(arcs, 'getSourceColor')).not.toEqual(prop(arcs, 'getTargetColor'));
  });

  it('fills partner countries by number of records', () => {
    const ch = byId(layers, 'choropleth');
    const tha = base.countries.features.find((f) => f.properties.a3 === 'THA')!;
    const srb = base.countries.features.find((f) => f.properties.a3 === 'SRB')!;
    expect(call(ch, 'getFillColor', tha)).toEqual(CHOROPLETH[2]);
    expect(call(ch, 'getFillColor', srb)).toEqual(CHOROPLETH[1]);
  });

  it('draws the choropleth under the basemap lines, which outline partner countries (no deck stroke)', () => {
    const ch = byId(layers, 'choropleth');
    expect(prop(ch, 'stroked')).toBe(false);
    expect(prop(ch, 'beforeId')).toBe(CHOROPLETH_BEFORE);
    const partners = data.countries.map((c) => c.feature.properties.a3);
    const style = basemapStyle(base, BASEMAP_COLORS, partners) as { layers: { id: string; filter?: unknown }[] };
    const ids = style.layers.map((l) => l.id);
    // The fill goes in below coasts and borders; the outline is drawn last, over shared borders.
    expect(ids.indexOf(CHOROPLETH_BEFORE)).toBeGreaterThan(ids.indexOf('land'));
    expect(ids.at(-1)).toBe(PARTNER_OUTLINE);
    expect(style.layers.at(-1)!.filter).toEqual(['in', ['get', 'a3'], ['literal', partners]]);
    expect(partners).toContain('THA');
    // The bare basemap (the bench's baseline, other hosts) has no outline layer.
    expect((basemapStyle(base) as { layers: { id: string }[] }).layers.map((l) => l.id)).not.toContain(PARTNER_OUTLINE);
  });

  it('labels in the view language, with every glyph collected (no ASCII-only atlas)', () => {
    const lab = (lang: 'zh' | 'en') => byId(buildLayers(data, defaultView(lang), opts), 'labels');
    const ken = data.labels.find((l) => l.id === 'country-ken') as LabelItem;
    expect(call(lab('zh'), 'getText', ken)).toBe('肯尼亚');
    expect(call(lab('en'), 'getText', ken)).toBe('Kenya');
    expect(prop(lab('zh'), 'characterSet')).toBe('auto');
    expect(String(prop(lab('zh'), 'fontFamily'))).toMatch(/CJK/);
  });

  describe("a story slide's context: what its filters leave out is dimmed, not hidden", () => {
    const ids = [...CONTEXT_LAYER_IDS];
    const narrowed = { ...defaultView('en'), kinds: ['joint-lab'] as const };
    it.each([
      ['exploring, a filter hides (no context drawn)', narrowed, false],
      ['a slide that leaves nothing out', { ...defaultView('en'), present: true }, false],
      ['a slide narrowed to one kind', { ...narrowed, present: true }, true],
      ['a slide narrowed to some years', { ...defaultView('en'), present: true, years: [2018, 2020] as const }, true],
      ['a slide narrowed by region (the CPU mask)', { ...defaultView('en'), present: true, cpuMask: new Uint8Array(records.length), cpuKey: 'r' }, true],
    ])('%s', (_name, view, shown) => {
      const built = buildLayers(data, view, opts);
      for (const id of ids) expect(prop(byId(built, id), 'visible'), id).toBe(shown);
    });
    it('draws every record of its type faint, under the subject, and never picks it', () => {
      const built = buildLayers(data, { ...narrowed, present: true }, opts);
      const order = built.map((l) => l.id);
      expect(order.indexOf('context-points')).toBeLessThan(order.indexOf('labels'));
      expect(order.indexOf('context-places')).toBeLessThan(order.indexOf('points'));
      expect(prop(byId(built, 'context-points'), 'data')).toBe(data.points);
      expect(prop(byId(built, 'context-arcs'), 'data')).toBe(data.arcs);
      expect(prop(byId(built, 'context-paths'), 'data')).toBe(data.paths);
      for (const id of ids) {
        expect(prop(byId(built, id), 'opacity')).toBe(CONTEXT_OPACITY);
        expect(prop(byId(built, id), 'pickable')).toBe(false);
      }
      expect(CONTEXT_OPACITY).toBeLessThan(0.5);
      // The subject's own layer still filters: joint labs only, at full strength.
      expect(prop(byId(built, 'points'), 'filterCategories')).toEqual([['joint-lab'], data.years]);
    });
  });

  it('filters by kind and year on the GPU: categories change, data does not', () => {
    const view = { ...defaultView('en'), kinds: ['joint-lab', 'event'] as const, years: [2018, 2020] as const };
    const l = byId(buildLayers(data, view, opts), 'points');
    expect(prop(l, 'filterCategories')).toEqual([['joint-lab', 'event'], [0, 2019]]);
    const ev = data.byId.get('event-2019-innovation-road-forum') as AtlasRecord;
    expect(call(l, 'getFilterCategory', ev)).toEqual(['event', 2019]);
    expect(visibleYears(data, defaultView('en'))).toEqual(data.years);
    // The year player turns undated records (category 0) off, with or without a year range.
    expect(prop(byId(buildLayers(data, { ...view, undated: false }, opts), 'points'), 'filterCategories')).toEqual([['joint-lab', 'event'], [2019]]);
    expect(visibleYears(data, { ...defaultView('en'), undated: false })).toEqual(data.years.filter((y) => y !== 0));
    expect(prop(byId(buildLayers(data, view, opts), 'choropleth'), 'visible')).toBe(false);
    expect(prop(byId(buildLayers(data, { ...view, kinds: KINDS }, opts), 'choropleth'), 'visible')).toBe(true);
  });

  it('rings the selected record', () => {
    const sel = byId(buildLayers(data, { ...defaultView('en'), selected: 'ttc-china-asean' }, opts), 'selection');
    expect((prop(sel, 'data') as AtlasRecord[]).map((r) => r.properties.id)).toEqual(['ttc-china-asean']);
    expect(prop(byId(layers, 'selection'), 'data')).toEqual([]);
  });
});

describe('pickLang', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-GB', 'zh'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
    [undefined, 'en'],
  ])('%j → %s', (langs, expected) => {
    expect(pickLang(langs as string[] | undefined)).toBe(expected);
  });
});
