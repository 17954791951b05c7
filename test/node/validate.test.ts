import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/source.ts';
import { formatError, parseDataset, validateDataset } from '../../src/core/validate.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/mini.geojson', import.meta.url), 'utf8'));
const clone = () => structuredClone(fixture) as { type: string; features: Record<string, any>[] };
const N = fixture.features.length;

describe('the fixture', () => {
  it('is valid', () => {
    const ds = validateDataset(fixture);
    expect(ds.errors.map(formatError)).toEqual([]);
    expect(ds.records).toHaveLength(N);
  });
});

/** Each case breaks one record (#3, the Serbia lab unless said otherwise) and names what must be reported. */
const cases: { title: string; breakIt: (fc: ReturnType<typeof clone>) => void; id: string | null; field: RegExp; message: RegExp; lost?: number }[] = [
  { title: 'missing id', breakIt: (fc) => delete fc.features[3].properties.id, id: null, field: /^properties\.id$/, message: /Invalid key|Expected/ },
  { title: 'unknown kind', breakIt: (fc) => (fc.features[3].properties.kind = 'spaceport'), id: 'lab-china-serbia-drug-discovery', field: /^properties\.kind$/, message: /not a known kind/ },
  { title: 'empty Chinese name', breakIt: (fc) => (fc.features[3].properties.name.zh = '  '), id: 'lab-china-serbia-drug-discovery', field: /^properties\.name\.zh$/, message: /must not be empty/ },
  { title: 'longitude out of range', breakIt: (fc) => (fc.features[3].geometry.coordinates = [190, 31]), id: 'lab-china-serbia-drug-discovery', field: /^geometry\.coordinates\.0$/, message: /longitude above 180/ },
  { title: 'latitude out of range', breakIt: (fc) => (fc.features[3].geometry.coordinates = [121, -91]), id: 'lab-china-serbia-drug-discovery', field: /^geometry\.coordinates\.1$/, message: /latitude below -90/ },
  { title: 'NaN-like coordinate (string)', breakIt: (fc) => (fc.features[3].geometry.coordinates = ['121', 31]), id: 'lab-china-serbia-drug-discovery', field: /^geometry\.coordinates\.0$/, message: /number/ },
  { title: 'wrong geometry type for the kind', breakIt: (fc) => (fc.features[3].geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] }), id: 'lab-china-serbia-drug-discovery', field: /^geometry$/, message: /needs a Point/ },
  { title: 'unsupported geometry', breakIt: (fc) => (fc.features[3].geometry = { type: 'Polygon', coordinates: [] }), id: 'lab-china-serbia-drug-discovery', field: /^geometry(\.type)?$/, message: /Point, a LineString or null|Invalid/ },
  { title: 'no sources', breakIt: (fc) => (fc.features[3].properties.sources = []), id: 'lab-china-serbia-drug-discovery', field: /^properties\.sources$/, message: /at least one source/ },
  { title: 'source with both seed and url', breakIt: (fc) => (fc.features[3].properties.sources[0].url = 'https://example.org/a'), id: 'lab-china-serbia-drug-discovery', field: /^properties\.sources\.0$/, message: /both seed and url/ },
  { title: 'bad fuzzy date', breakIt: (fc) => (fc.features[3].properties.date = '2019/04/25'), id: 'lab-china-serbia-drug-discovery', field: /^properties\.date$/, message: /YYYY/ },
  { title: 'unknown field in vocabulary', breakIt: (fc) => (fc.features[3].properties.fields = ['alchemy']), id: 'lab-china-serbia-drug-discovery', field: /^properties\.fields\.0$/, message: /vocabulary/ },
  { title: 'figure points at a missing source', breakIt: (fc) => (fc.features[4].properties.figures[0].source = 5), id: 'ttc-china-asean', field: /^properties\.figures\.0\.source$/, message: /has 1/, lost: 2 },
  { title: 'duplicate id', breakIt: (fc) => (fc.features[3].properties.id = fc.features[3].id = fc.features[0].properties.id), id: 'country-ken', field: /^properties\.id$/, message: /duplicate/ },
  { title: 'corridor from a centre that does not exist', breakIt: (fc) => (fc.features[5].properties.from = 'ttc-nowhere'), id: 'corridor-ttc-china-asean-tha', field: /^properties\.from$/, message: /not a transfer-centre/ },
  { title: 'HTML in a name is data, not markup (still valid)', breakIt: (fc) => (fc.features[3].properties.name.en = '<img src=x onerror=alert(1)>'), id: null, field: /./, message: /./, lost: 0 },
];

describe('malformed records are reported by id and field; the rest survive', () => {
  it.each(cases)('$title', ({ breakIt, id, field, message, lost = 1 }) => {
    const fc = clone();
    breakIt(fc);
    const ds = validateDataset(fc);
    expect(ds.records).toHaveLength(N - lost);
    if (lost === 0) {
      expect(ds.errors).toEqual([]);
      return;
    }
    const e = ds.errors.find((x) => field.test(x.field));
    expect(e, JSON.stringify(ds.errors)).toBeDefined();
    expect(e!.id).toBe(id);
    expect(e!.message).toMatch(message);
    expect(formatError(e!)).toContain(e!.field);
  });
});

describe('whole-file problems are one clear error, never a throw', () => {
  it.each([
    { title: 'bad JSON', text: '{"type": "FeatureCollection", "features": [', message: /not valid JSON/ },
    { title: 'not a collection', text: '{"type": "Feature"}', message: /FeatureCollection/ },
    { title: 'features not an array', text: '{"type": "FeatureCollection", "features": 3}', message: /FeatureCollection/ },
    { title: 'null', text: 'null', message: /FeatureCollection/ },
  ])('$title', ({ text, message }) => {
    const ds = parseDataset(text);
    expect(ds.records).toEqual([]);
    expect(ds.errors).toHaveLength(1);
    expect(ds.errors[0].index).toBe(-1);
    expect(ds.errors[0].message).toMatch(message);
  });

  it('a non-object feature is reported and skipped', () => {
    const fc = clone();
    fc.features.splice(1, 0, 42 as never);
    const ds = validateDataset(fc);
    expect(ds.records).toHaveLength(N);
    expect(ds.errors[0]).toMatchObject({ id: null, index: 1 });
  });
});

describe('loadDataset', () => {
  it('reports HTTP failures', async () => {
    const ds = await loadDataset('x.geojson', async () => ({ ok: false, status: 404, text: async () => '' }));
    expect(ds.errors[0].message).toMatch(/HTTP 404/);
  });
  it('reports network failures', async () => {
    const ds = await loadDataset('x.geojson', async () => {
      throw new Error('offline');
    });
    expect(ds.errors[0].message).toMatch(/offline/);
  });
  it('parses what it fetched', async () => {
    const ds = await loadDataset('x.geojson', async () => ({ ok: true, status: 200, text: async () => JSON.stringify(fixture) }));
    expect(ds.records).toHaveLength(N);
  });
});

describe('hostile datasets: clear errors, no throw, and the valid records survive', () => {
  const valid = () => clone().features;
  const withExtra = (extra: unknown) => JSON.stringify({ type: 'FeatureCollection', features: [...valid(), extra] });
  const lab = () => structuredClone(fixture.features[3]);
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it.each([
    ['a 5,000-character name', () => withExtra({ ...lab(), properties: { ...lab().properties, id: 'long', name: { zh: 'x'.repeat(5000), en: 'x' } } }), 'long', /too long/],
    // Built as text: JSON.stringify itself overflows on such nesting.
    ['coordinates nested 10,000 deep', () => withExtra({ ...lab(), id: 'deep', geometry: { type: 'Point', coordinates: 'DEEP' }, properties: { ...lab().properties, id: 'deep' } }).replace('"DEEP"', deep(10_000)), 'deep', /./],
    ['Infinity as a coordinate (1e999)', () => withExtra(lab()).replace('[121.47,31.23]', '[1e999,31.23]'), 'lab-china-serbia-drug-discovery', /./],
    ['a number where a name should be', () => withExtra({ ...lab(), properties: { ...lab().properties, id: 'typed', name: 42 } }), 'typed', /./],
    ['an array as properties', () => withExtra({ ...lab(), properties: [1, 2, 3] }), null, /./],
    ['a __proto__ key', () => withExtra(lab()).replace('"properties":{', '"properties":{"__proto__":{"polluted":true},'), 'country-ken', /./],
  ])('%s', (_title, make, id, message) => {
    const text = make();
    const ds = parseDataset(text);
    expect(ds.errors.length).toBeGreaterThan(0);
    expect(ds.errors[0].id).toBe(id);
    expect(ds.errors[0].message).toMatch(message);
    // Every valid record is kept (the Infinity case breaks one of the fixture's own records).
    expect(ds.records.length).toBeGreaterThanOrEqual(N - 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('JSON nested two million deep is one clear error about the file', () => {
    const ds = parseDataset(deep(2_000_000));
    expect(ds.records).toEqual([]);
    expect(ds.errors).toHaveLength(1);
    expect(ds.errors[0].index).toBe(-1);
    expect(ds.errors[0].message).toMatch(/FeatureCollection|JSON/);
  });

  it('NaN (not JSON) is one clear file error', () => {
    const ds = parseDataset(JSON.stringify(fixture).replace('[121.47,31.23]', '[NaN,31.23]'));
    expect(ds.errors.map((e) => e.message).join()).toMatch(/not valid JSON/);
  });

  it('a 10 MB file of valid records loads whole', () => {
    const base = lab();
    const features = Array.from({ length: 9000 }, (_, i) => ({ ...base, id: `bulk-${i}`, properties: { ...base.properties, id: `bulk-${i}`, summary: { zh: '摘要'.repeat(300), en: 'summary' } } }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    expect(text.length).toBeGreaterThan(10_000_000);
    const ds = parseDataset(text);
    expect(ds.errors).toEqual([]);
    expect(ds.records).toHaveLength(9000);
  });

  it('refuses a file over the size limit with a clear error', () => {
    const ds = parseDataset({ length: 200 * 1024 * 1024 } as unknown as string);
    expect(ds.errors[0].message).toMatch(/too large|limit/);
  });
});
