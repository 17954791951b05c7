import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rec } from '../fixtures/record.ts';
import countryTable from '../../src/core/countries.json';
import { GROUP_REGIONS, countsByKind, cpuFilterKey, filterRecords, matches, regionOf, yearBounds, type Filters } from '../../src/core/filter.ts';
import { KINDS, type Kind } from '../../src/core/vocabulary.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { type AtlasRecord } from '../../src/core/record.ts';
import { initialState } from '../../src/state/app-state.ts';
import { REGIONS } from '../../src/core/vocabulary.ts';

const load = (path: string) => validateDataset(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))).records;
const atlas = load('../../data/atlas.geojson');
const mini = load('../fixtures/mini.geojson');
const all: Filters = initialState();
const ids = (rs: readonly AtlasRecord[]) => rs.map((r) => r.properties.id);


describe('regionOf', () => {
  it.each([
    ['CHN', 'east-asia'],
    ['MNG', 'east-asia'],
    ['LAO', 'southeast-asia'],
    ['IDN', 'southeast-asia'],
    ['PAK', 'south-asia'],
    ['LKA', 'south-asia'],
    ['IRN', 'south-asia'],
    ['KAZ', 'central-asia'],
    ['UZB', 'central-asia'],
    ['SAU', 'west-asia'],
    ['TUR', 'west-asia'],
    ['CYP', 'west-asia'],
    ['SRB', 'europe'],
    ['RUS', 'europe'],
    ['LVA', 'europe'],
    ['KEN', 'africa'],
    ['EGY', 'africa'],
    ['ZAF', 'africa'],
    ['BRA', 'latin-america'],
    ['MEX', 'latin-america'],
    ['CUB', 'latin-america'],
    ['USA', 'north-america'],
    ['CAN', 'north-america'],
    ['AUS', 'oceania'],
    ['FJI', 'oceania'],
    ['ken', 'africa'],
  ])('%s → %s', (a3, region) => expect(regionOf(a3)).toBe(region));
  it('is undefined for Antarctica and unknown codes', () => {
    expect(regionOf('ATA')).toBeUndefined();
    expect(regionOf('XYZ')).toBeUndefined();
  });
  it('every region has countries, and every partner country of the dataset has a region', () => {
    const rows = Object.values(countryTable as Record<string, { r?: string }>);
    for (const r of REGIONS) expect(rows.some((row) => row.r === r), r).toBe(true);
    for (const rec of atlas) for (const c of rec.properties.countries) expect(regionOf(c), `${rec.properties.id}: ${c}`).toBeDefined();
  });
});

describe('matches', () => {
  const lab = rec({ id: 'lab', kind: 'joint-lab', fields: ['energy', 'health'], countries: ['KEN', 'EGY'], date: '2017-05', endDate: '2019' });
  const country = rec({ id: 'country-srb', kind: 'partner-country', fields: ['health'], countries: ['SRB'] });
  const global = rec({ id: 'prog', kind: 'programme', fields: ['innovation'], countries: [] });
  const cases: { name: string; r: AtlasRecord; f: Partial<Filters>; want: boolean }[] = [
    { name: 'no filters', r: lab, f: {}, want: true },
    { name: 'kind hidden', r: lab, f: { kinds: ['park'] }, want: false },
    { name: 'kind shown', r: lab, f: { kinds: ['park', 'joint-lab'] }, want: true },
    { name: 'no kinds', r: lab, f: { kinds: [] }, want: false },
    { name: 'field overlap', r: lab, f: { fields: ['health', 'space'] }, want: true },
    { name: 'field miss', r: lab, f: { fields: ['space'] }, want: false },
    { name: 'region: one country in it', r: lab, f: { regions: ['africa'] }, want: true },
    { name: 'region: none in it', r: lab, f: { regions: ['europe', 'oceania'] }, want: false },
    { name: 'region: partner country counts for itself', r: country, f: { regions: ['europe'] }, want: true },
    { name: 'region: record with no countries fails', r: global, f: { regions: ['east-asia'] }, want: false },
    { name: 'country overlap', r: lab, f: { countries: ['EGY'] }, want: true },
    { name: 'country miss', r: lab, f: { countries: ['SRB'] }, want: false },
    { name: 'country: record with no countries fails', r: global, f: { countries: ['SRB'] }, want: false },
    { name: 'years: inside span', r: lab, f: { years: [2018, 2018] }, want: true },
    { name: 'years: touches start', r: lab, f: { years: [2010, 2017] }, want: true },
    { name: 'years: touches end', r: lab, f: { years: [2019, 2030] }, want: true },
    { name: 'years: before', r: lab, f: { years: [2000, 2016] }, want: false },
    { name: 'years: after', r: lab, f: { years: [2020, 2030] }, want: false },
    { name: 'years: reversed range still works', r: lab, f: { years: [2018, 2016] as unknown as [number, number] }, want: true },
    { name: 'years: undated passes a year range', r: country, f: { years: [1990, 1991] }, want: true },
    { name: 'undated off: an undated record fails', r: country, f: { undated: false }, want: false },
    { name: 'undated off: a dated record passes', r: lab, f: { undated: false }, want: true },
    { name: 'undated on: an undated record passes', r: country, f: { undated: true }, want: true },
    { name: 'years: no endDate uses the start year', r: rec({ id: 'e', date: '2018-10-19' }), f: { years: [2019, 2020] }, want: false },
    { name: 'all together', r: lab, f: { kinds: ['joint-lab'], fields: ['energy'], regions: ['africa'], countries: ['KEN'], years: [2019, 2019] }, want: true },
  ];
  it.each(cases)('$name', ({ r, f, want }) => expect(matches(r, { ...all, ...f })).toBe(want));
});

describe('filterRecords, countsByKind, yearBounds on the data', () => {
  it('no filters keep everything, in order', () => {
    expect(ids(filterRecords(atlas, all))).toEqual(ids(atlas));
  });
  it('a country filter finds the records naming it', () => {
    const srb = ids(filterRecords(atlas, { ...all, countries: ['SRB'] }));
    expect(srb).toEqual(expect.arrayContaining(['country-srb', 'lab-china-serbia-drug-discovery', 'event-2024-pujiang-br-session']));
    expect(srb.every((id) => atlas.find((r) => r.properties.id === id)!.properties.countries.includes('SRB'))).toBe(true);
  });
  it('a country filter finds a joint lab by its partner country, wherever its host is (Pakistan → the lab in Nanjing)', () => {
    const pak = filterRecords(atlas, { ...all, countries: ['PAK'] });
    const lab = pak.find((r) => r.properties.id === 'lab-china-pakistan-smart-disaster-prevention');
    expect(lab?.properties.city?.en).toBe('Nanjing');
  });
  it('a region filter finds African records only', () => {
    const africa = filterRecords(atlas, { ...all, regions: ['africa'] });
    expect(ids(africa)).toContain('flagship-mombasa-nairobi-sgr');
    expect(ids(africa)).not.toContain('flagship-china-laos-railway');
    // Each one names an African country or addresses a group that covers Africa (e.g. the Arab States).
    for (const r of africa) {
      const why = r.properties.countries.some((c) => regionOf(c) === 'africa') || r.properties.groups.some((g) => GROUP_REGIONS[g].includes('africa'));
      expect(why, r.properties.id).toBe(true);
    }
  });
  it('countsByKind ignores the kind filter but honours the rest', () => {
    const hidden = countsByKind(mini, { ...all, kinds: [] });
    const shown = countsByKind(mini, all);
    expect(hidden).toEqual(shown);
    expect(Object.keys(shown)).toEqual([...KINDS]);
    const total = Object.values(shown).reduce((a, b) => a + b, 0);
    expect(total).toBe(mini.length);
    const kenya = countsByKind(mini, { ...all, countries: ['KEN'] });
    expect(kenya).toEqual({ ...Object.fromEntries(KINDS.map((k) => [k, 0])), 'partner-country': 1, 'flagship-corridor': 1 });
  });
  it('countsByKind agrees with filterRecords for every kind on the real data', () => {
    const f: Filters = { ...all, fields: ['innovation'], years: [2018, 2019] };
    const counts = countsByKind(atlas, f);
    for (const k of KINDS) {
      expect(counts[k], k).toBe(filterRecords(atlas, { ...f, kinds: [k as Kind] }).length);
    }
  });
  it('yearBounds spans dated records (end dates included)', () => {
    const b = yearBounds(atlas);
    expect(b).not.toBeNull();
    const starts = atlas.filter((r) => r.properties.date).map((r) => Number(r.properties.date!.slice(0, 4)));
    expect(b![0]).toBe(Math.min(...starts));
    expect(b![1]).toBeGreaterThanOrEqual(Math.max(...starts));
    expect(yearBounds([rec({ id: 'a', date: '2001', endDate: '2010' }), rec({ id: 'b', date: '2005' })])).toEqual([2001, 2010]);
    expect(yearBounds([rec({ id: 'a' })])).toBeNull();
    expect(yearBounds([])).toBeNull();
  });
});

describe('cpuFilterKey', () => {
  it('depends only on fields, regions and countries, and not on their order', () => {
    const a = cpuFilterKey({ ...all, fields: ['energy', 'health'], regions: ['africa'], countries: ['KEN', 'EGY'] });
    const b = cpuFilterKey({ ...all, kinds: ['park'], years: [2000, 2001], fields: ['health', 'energy'], regions: ['africa'], countries: ['EGY', 'KEN'] });
    expect(a).toBe(b);
    expect(cpuFilterKey(all)).toBe(cpuFilterKey({ ...all, kinds: [] }));
  });
  it('differs when any of them differs', () => {
    const keys = [
      cpuFilterKey(all),
      cpuFilterKey({ ...all, fields: ['energy'] }),
      cpuFilterKey({ ...all, regions: ['europe'] }),
      cpuFilterKey({ ...all, countries: ['SRB'] }),
      cpuFilterKey({ ...all, countries: ['SRB', 'KEN'] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('region filter and regional groups', () => {
  it('shows a centre in China that serves ASEAN under Southeast Asia', async () => {
    const { readFileSync } = await import('node:fs');
    const { validateDataset } = await import('../../src/core/validate.ts');
    const { records } = validateDataset(JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8')));
    const { filterRecords } = await import('../../src/core/filter.ts');
    const { initialState } = await import('../../src/state/app-state.ts');
    const ids = (regions: Parameters<typeof filterRecords>[1]['regions']) =>
      filterRecords(records, { ...initialState(), regions }).map((r) => r.properties.id);
    expect(ids(['southeast-asia'])).toContain('ttc-china-asean');
    expect(ids(['latin-america'])).toContain('ttc-china-lac');
    expect(ids(['europe'])).not.toContain('ttc-china-asean');
  });
});
