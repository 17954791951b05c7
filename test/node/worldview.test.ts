import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world110 from 'world-atlas/countries-110m.json';
import { EMPTY_BASEMAP, topologyToBasemap, type Basemap } from '../../src/basemap/basemap.ts';
import { bundledBasemap, DETAIL_ZOOM } from '../../src/controllers/basemap-controller.ts';
import { createSelectors } from '../../src/core/selectors.ts';
import { boundaryCredit, countryInView, defaultWorldview, readWorldview, recordsInView, type Worldview } from '../../src/core/worldview.ts';
import { citationLine } from '../../src/export/geojson.ts';
import { initialState } from '../../src/state/app-state.ts';
import { firstState, readEmbedQuery } from '../../src/state/embed-options.ts';
import { reduce } from '../../src/state/reduce.ts';
import { buildWorldviews } from '../../scripts/worldviews.ts';
import { rec } from '../fixtures/record.ts';

describe('worldview: defaults and reading', () => {
  it.each([
    ['zh', 'cn'],
    ['en', 'de-facto'],
  ] as const)('a first visit in %s opens %s', (lang, view) => {
    expect(defaultWorldview(lang)).toBe(view);
    expect(initialState(lang).worldview).toBe(view);
  });

  it.each<[unknown, Worldview | null]>([
    ['cn', 'cn'],
    [' de-facto ', 'de-facto'],
    ['CN', null],
    ['china', null],
    ['', null],
    [null, null],
    [42, null],
  ])('readWorldview(%j) is %s', (raw, want) => {
    expect(readWorldview(raw)).toBe(want);
  });

  it.each<[string | null, 'zh' | 'en', Worldview]>([
    [null, 'zh', 'cn'],
    [null, 'en', 'de-facto'],
    ['de-facto', 'zh', 'de-facto'],
    ['cn', 'en', 'cn'],
    ['bogus', 'en', 'de-facto'],
  ])('attribute %s with lang %s opens %s (an explicit setting wins)', (attr, lang, want) => {
    expect(firstState({ lang, view: null, story: null, slide: null, worldview: attr }, null).worldview).toBe(want);
  });

  it('a link\'s view wins over the attribute, and the embed page reads the parameter', () => {
    expect(firstState({ lang: 'zh', view: null, story: null, slide: null, worldview: 'cn' }, '#v=1&lang=zh&worldview=de-facto').worldview).toBe('de-facto');
    expect(readEmbedQuery('?worldview=cn&lang=en').worldview).toBe('cn');
    expect(readEmbedQuery('?worldview=nope').worldview).toBe(null);
  });
});

describe('worldview: the reducer', () => {
  it('switching the language never changes the borders', () => {
    const zh = initialState('zh');
    expect(reduce(zh, { type: 'setLang', lang: 'en' }).worldview).toBe('cn');
    expect(reduce(initialState('en'), { type: 'setLang', lang: 'zh' }).worldview).toBe('de-facto');
  });

  it.each<[string, Partial<ReturnType<typeof initialState>>, Worldview, Partial<ReturnType<typeof initialState>>]>([
    ['to cn: a Taiwan filter and profile follow to China', { countries: ['KEN', 'TWN'], country: 'TWN' }, 'cn', { countries: ['CHN', 'KEN'], country: 'CHN' }],
    ['to cn: Hong Kong and Macao merge into one China', { countries: ['HKG', 'MAC'], country: 'HKG' }, 'cn', { countries: ['CHN'], country: 'CHN' }],
    ['to cn: other countries stay', { countries: ['IND'], country: 'IND' }, 'cn', { countries: ['IND'], country: 'IND' }],
    ['to de-facto: nothing to move', { countries: ['CHN'], country: 'CHN' }, 'de-facto', { countries: ['CHN'], country: 'CHN' }],
  ])('%s', (_, from, worldview, want) => {
    const s = reduce({ ...initialState('en'), ...from }, { type: 'setWorldview', worldview });
    expect(s).toMatchObject({ worldview, ...want });
  });

  it('returns the same state for the current view or an unknown one', () => {
    const s = initialState('zh');
    expect(reduce(s, { type: 'setWorldview', worldview: 'cn' })).toBe(s);
    expect(reduce(s, { type: 'setWorldview', worldview: 'official' as Worldview })).toBe(s);
  });
});

describe('worldview: counting follows the view (pure core)', () => {
  const records = [
    rec({ id: 'taipei-lab', kind: 'joint-lab', countries: ['TWN'] }),
    rec({ id: 'hk-park', kind: 'park', countries: ['HKG', 'KEN'], institutions: [{ name: { zh: '甲', en: 'A' }, country: 'MAC', role: 'host' }] }),
    rec({ id: 'beijing', kind: 'joint-lab', countries: ['CHN', 'TWN'] }),
    rec({ id: 'nairobi', kind: 'joint-lab', countries: ['KEN'] }),
  ];

  it.each<[string, Worldview, string, string]>([
    ['Taiwan in cn', 'cn', 'TWN', 'CHN'],
    ['Hong Kong in cn', 'cn', 'HKG', 'CHN'],
    ['Macao in cn', 'cn', 'MAC', 'CHN'],
    ['India in cn', 'cn', 'IND', 'IND'],
    ['Taiwan de facto', 'de-facto', 'TWN', 'TWN'],
  ])('%s counts under %s', (_, view, a3, want) => {
    expect(countryInView(a3, view)).toBe(want);
  });

  it.each<[Worldview, Record<string, number>]>([
    ['cn', { CHN: 3, KEN: 2 }],
    ['de-facto', { TWN: 2, HKG: 1, CHN: 1, KEN: 2 }],
  ])('choropleth counts in %s', (view, want) => {
    const counts = createSelectors().filterResult(recordsInView(records, view), initialState('en')).byCountry;
    expect(Object.fromEntries(counts)).toEqual(want);
  });

  it.each<[Worldview, string[], string[]]>([
    ['cn', ['CHN'], ['taipei-lab', 'hk-park', 'beijing']],
    ['de-facto', ['TWN'], ['taipei-lab', 'beijing']],
  ])('the country filter in %s', (view, countries, ids) => {
    const s = { ...initialState('en'), countries };
    expect(createSelectors().passing(recordsInView(records, view), s).map((r) => r.properties.id)).toEqual(ids);
  });

  it('names China for institutions too, deduplicates, and leaves untouched records (and arrays) as they are', () => {
    const cn = recordsInView(records, 'cn');
    expect(cn[1].properties.countries).toEqual(['CHN', 'KEN']);
    expect(cn[1].properties.institutions[0].country).toBe('CHN');
    expect(cn[2].properties.countries).toEqual(['CHN']);
    expect(cn[3]).toBe(records[3]);
    expect(records[0].properties.countries).toEqual(['TWN']);
    const plain = [records[3]];
    expect(recordsInView(plain, 'cn')).toBe(plain);
    expect(recordsInView(records, 'de-facto')).toBe(records);
  });
});

describe('worldview: credit lines name the source and the view', () => {
  it.each<['zh' | 'en', Worldview | 'custom', RegExp]>([
    ['zh', 'cn', /^边界：Natural Earth，按中国立场绘制；非官方标准地图$/],
    ['en', 'cn', /Natural Earth.*China's point of view.*not an official standard map/],
    ['zh', 'de-facto', /Natural Earth.*实际控制线/],
    ['en', 'de-facto', /^Boundaries: Natural Earth, de facto lines; no position implied$/],
    ['en', 'custom', /own basemap/],
  ])('%s %s', (lang, view, want) => {
    expect(boundaryCredit(lang, view)).toMatch(want);
  });

  it('the CSV/GeoJSON citation line carries it', () => {
    const line = citationLine('zh', new Date('2026-01-02T12:00:00Z'), undefined, boundaryCredit('zh', 'cn'));
    expect(line).toMatch(/下载；边界：Natural Earth，按中国立场绘制；非官方标准地图$/);
  });
});

describe('worldview: which file is drawn', () => {
  it.each<[Worldview, number, string]>([
    ['de-facto', 2, 'bundled-110m.json'],
    ['de-facto', DETAIL_ZOOM + 0.5, 'https://a.org/atlas/basemap/countries-50m-de-facto.json'],
    ['cn', 2, 'https://a.org/atlas/basemap/countries-110m-cn.json'],
    ['cn', DETAIL_ZOOM, 'https://a.org/atlas/basemap/countries-110m-cn.json'],
    ['cn', 5, 'https://a.org/atlas/basemap/countries-50m-cn.json'],
  ])('%s at zoom %s', (view, zoom, want) => {
    expect(bundledBasemap(view, zoom, 'bundled-110m.json', 'https://a.org/atlas/')).toBe(want);
  });
});

/** Even-odd point in polygon: the country the basemap draws at a point. */
function countryAt(b: Basemap, [x, y]: Position): string | null {
  const inRing = (r: Position[]) => {
    let c = false;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) if (r[i][1] > y !== r[j][1] > y && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) c = !c;
    return c;
  };
  const hits = b.countries.features.filter((f) => f.geometry.coordinates.some((p) => inRing(p[0]) && !p.slice(1).some(inRing)));
  expect(hits.length).toBeLessThanOrEqual(1); // no overlaps
  return hits[0]?.properties.a3 ?? null;
}

describe('the built worldview files (npm run basemap:build)', () => {
  const read = (name: string) => readFileSync(new URL(`../../public/basemap/${name}`, import.meta.url), 'utf8');
  const files: Record<string, Basemap> = {
    'countries-110m-cn.json': topologyToBasemap(JSON.parse(read('countries-110m-cn.json')) as Topology),
    'countries-50m-cn.json': topologyToBasemap(JSON.parse(read('countries-50m-cn.json')) as Topology),
    'countries-50m-de-facto.json': topologyToBasemap(JSON.parse(read('countries-50m-de-facto.json')) as Topology),
    'world-atlas 110m': topologyToBasemap(world110 as unknown as Topology),
  };
  const TAIPEI = [121.5, 25.0];
  const TAWANG = [91.9, 27.6];
  const SEVASTOPOL = [33.55, 44.6];

  it.each<[string, Position, string]>([
    ['countries-110m-cn.json', TAIPEI, 'CHN'],
    ['countries-110m-cn.json', TAWANG, 'CHN'],
    ['countries-50m-cn.json', TAIPEI, 'CHN'],
    ['countries-50m-cn.json', TAWANG, 'CHN'],
    ['countries-50m-cn.json', [113.5, 22.22], 'CHN'], // Macao
    ['countries-50m-de-facto.json', [113.5, 22.22], 'MAC'],
    ['countries-50m-cn.json', SEVASTOPOL, 'UKR'], // as Natural Earth records China's view
    ['countries-50m-de-facto.json', TAIPEI, 'TWN'],
    ['countries-50m-de-facto.json', TAWANG, 'IND'],
    ['countries-50m-de-facto.json', SEVASTOPOL, 'RUS'],
    ['world-atlas 110m', TAIPEI, 'TWN'],
    ['countries-110m-cn.json', [77.2, 28.6], 'IND'], // Delhi stays India
    ['countries-110m-cn.json', [90.5, 27.5], 'BTN'], // Bhutan stays Bhutan
  ])('%s: the country at %j is %s', (file, pt, want) => {
    expect(countryAt(files[file], pt)).toBe(want);
  });

  it.each([
    ['countries-110m-cn.json', 9],
    ['countries-50m-cn.json', 9],
    ['countries-50m-de-facto.json', 0],
    ['world-atlas 110m', 0],
  ])('%s has %i nine-dash lines', (file, n) => {
    expect(files[file].claims.geometry.coordinates.length).toBe(n);
  });

  it('has no Taiwan, Hong Kong or Macao in the China view, and no country left with a hole (a gap or an enclave) near the cuts', () => {
    for (const name of ['countries-110m-cn.json', 'countries-50m-cn.json']) {
      const a3s = files[name].countries.features.map((f) => f.properties.a3);
      expect(a3s.filter((a) => ['TWN', 'HKG', 'MAC'].includes(a))).toEqual([]);
      for (const f of files[name].countries.features.filter((f) => ['CHN', 'IND', 'BTN', 'PAK', 'NPL', 'MMR'].includes(f.properties.a3))) {
        expect(f.geometry.coordinates.every((p) => p.length === 1), `${name} ${f.properties.a3}`).toBe(true);
      }
    }
    expect(EMPTY_BASEMAP.claims.geometry.coordinates).toEqual([]);
  });

  it('rebuilding the 110m China view gives the committed bytes', () => {
    expect(buildWorldviews('110m')['countries-110m-cn.json']).toBe(read('countries-110m-cn.json'));
  });
});
