import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/prng.ts';
import { countryCounts } from '../../src/core/derive.ts';
import { countsByKind, matches, type Filters } from '../../src/core/filter.ts';
import { buildFilterIndex, passingRecords, runFilters } from '../../src/core/filter-index.ts';
import { FIELDS, GROUPS, KINDS } from '../../src/core/vocabulary.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { type AtlasRecord } from '../../src/core/record.ts';
import { initialState } from '../../src/state/app-state.ts';
import { REGIONS } from '../../src/core/vocabulary.ts';
import { rec } from '../fixtures/record.ts';

const atlas = validateDataset(JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'))).records;
const all: Filters = initialState();

/** The column pass must agree with the record-by-record functions it replaces, on every output. */
function agrees(records: readonly AtlasRecord[], f: Filters) {
  const result = runFilters(buildFilterIndex(records), f);
  const expected = records.filter((r) => matches(r, f));
  expect(passingRecords(records, result).map((r) => r.properties.id)).toEqual(expected.map((r) => r.properties.id));
  expect(result.total).toBe(expected.length);
  expect(result.byKind).toEqual(countsByKind(records, f));
  expect(result.byCountry).toEqual(countryCounts(expected));
  // The GPU half: the CPU-only filters (fields, regions, countries) in the same pass, null when all off.
  const cpuOn = f.fields.length || f.regions.length || f.countries.length;
  const cpuExpected = records.map((r) => (matches(r, { ...f, kinds: KINDS, years: null }) ? 1 : 0));
  expect(result.cpuPass ? Array.from(result.cpuPass) : null).toEqual(cpuOn ? cpuExpected : null);
}

describe('runFilters agrees with matches, countsByKind and countryCounts', () => {
  const lab = rec({ id: 'lab', kind: 'joint-lab', fields: ['energy', 'health'], countries: ['KEN', 'EGY', 'KEN'], date: '2017-05', endDate: '2019' });
  const centre = rec({ id: 'centre', kind: 'transfer-centre', fields: ['agriculture'], countries: ['CHN'], groups: ['asean'], date: '2014' });
  const undated = rec({ id: 'undated', kind: 'programme', fields: ['innovation'] });
  const reversed = rec({ id: 'reversed', kind: 'event', countries: ['SRB'], date: '2020', endDate: '2016' });
  const lower = rec({ id: 'lower', kind: 'park', countries: ['ken'], date: '2001' });
  const fixtures = [lab, centre, undated, reversed, lower];
  it.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['no kinds', { kinds: [] }],
    ['one kind', { kinds: ['joint-lab'] }],
    ['a field', { fields: ['health'] }],
    ['two fields', { fields: ['agriculture', 'innovation'] }],
    ['a region (via a country)', { regions: ['africa'] }],
    ['a region (via a group)', { regions: ['southeast-asia'] }],
    ['a region no record reaches', { regions: ['oceania'] }],
    ['a country', { countries: ['KEN'] }],
    ['a lower-case country as written', { countries: ['ken'] }],
    ['an unknown country', { countries: ['XYZ'] }],
    ['a year range', { years: [2018, 2018] }],
    ['a reversed year range', { years: [2018, 2015] }],
    ['a span overlapping the start', { years: [2019, 2030] }],
    ['a reversed record span', { years: [2017, 2017] }],
    ['undated records off', { undated: false }],
    ['undated records off, with a year range (the year player)', { years: [2013, 2017], undated: false }],
    ['everything at once', { kinds: ['joint-lab', 'transfer-centre'], fields: ['energy', 'agriculture'], regions: ['africa', 'southeast-asia'], countries: ['KEN', 'CHN'], years: [2014, 2017] }],
  ])('%s', (_, f) => agrees(fixtures, { ...all, ...f }));

  it('on the real dataset, for each single filter value', () => {
    agrees(atlas, all);
    for (const field of FIELDS) agrees(atlas, { ...all, fields: [field] });
    for (const region of REGIONS) agrees(atlas, { ...all, regions: [region] });
    for (const kind of KINDS) agrees(atlas, { ...all, kinds: [kind] });
    for (const c of ['CHN', 'KEN', 'PAK', 'LAO', 'SRB', 'EGY']) agrees(atlas, { ...all, countries: [c] });
    for (let y = 2010; y <= 2026; y += 2) agrees(atlas, { ...all, years: [y, y + 1] });
  });

  it('on 300 random records under 300 random filter sets', () => {
    const rnd = prng(7);
    const pick = <T>(xs: readonly T[], p = 0.2) => xs.filter(() => rnd() < p);
    const codes = ['CHN', 'KEN', 'EGY', 'LAO', 'PAK', 'SRB', 'BRA', 'USA', 'FJI', 'ATA', 'XYZ'];
    const records = Array.from({ length: 300 }, (_, i) => {
      const y = 2000 + Math.floor(rnd() * 26);
      return rec({
        id: `r${i}`,
        kind: KINDS[Math.floor(rnd() * KINDS.length)],
        fields: pick(FIELDS),
        countries: pick(codes, 0.25),
        groups: pick(GROUPS, 0.1),
        ...(rnd() < 0.8 ? { date: `${y}` } : {}),
        ...(rnd() < 0.3 ? { endDate: `${y + Math.floor(rnd() * 8) - 2}` } : {}),
      });
    });
    for (let k = 0; k < 300; k++) {
      const a = 2000 + Math.floor(rnd() * 30);
      agrees(records, {
        kinds: pick(KINDS, 0.7),
        fields: rnd() < 0.5 ? [] : pick(FIELDS, 0.3),
        regions: rnd() < 0.5 ? [] : pick(REGIONS, 0.3),
        countries: rnd() < 0.6 ? [] : pick(codes, 0.3),
        years: rnd() < 0.4 ? null : [a, a + Math.floor(rnd() * 10) - 3],
      });
    }
  });
});
