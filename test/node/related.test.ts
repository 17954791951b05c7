import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rec } from '../fixtures/record.ts';
import { countryProfile, figureGroups, relatedRecords } from '../../src/core/related.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { type AtlasRecord } from '../../src/core/record.ts';

const atlas = validateDataset(JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'))).records;
const ids = (rs: readonly AtlasRecord[]) => rs.map((r) => r.properties.id);


const fig = (id: string, related: string[] = [], asOf?: string, date?: string) =>
  rec({ id, kind: 'figure', related, date, figures: asOf ? [{ value: 1, label: { zh: 'x', en: 'x' }, asWritten: '1', source: 0, asOf }] : [] });

describe('relatedRecords', () => {
  const base = rec({ id: 'base', countries: ['KEN', 'EGY'], fields: ['energy', 'health'], related: ['listed-b', 'missing', 'listed-a'] });
  const small = [
    base,
    rec({ id: 'listed-a', countries: ['SRB'] }),
    rec({ id: 'both-countries', countries: ['EGY', 'KEN'] }),
    rec({ id: 'one-country-two-fields', countries: ['KEN'], fields: ['energy', 'health'] }),
    rec({ id: 'one-country', countries: ['EGY'] }),
    rec({ id: 'field-only', countries: ['SRB'], fields: ['energy'] }),
    rec({ id: 'global-figure', kind: 'figure', fields: ['energy', 'health'] }),
    rec({ id: 'global-programme', kind: 'programme', fields: ['health'] }),
    rec({ id: 'unrelated', countries: ['BRA'], fields: ['space'] }),
    rec({ id: 'listed-b', kind: 'figure' }),
  ];
  it('lists `related` first (in order), then ranks by shared countries, then shared fields', () => {
    expect(ids(relatedRecords(small, 'base'))).toEqual(['listed-b', 'listed-a', 'both-countries', 'one-country-two-fields', 'one-country', 'field-only']);
  });
  it('leaves out country-less figures and programmes unless nothing else shares anything', () => {
    const lonely = rec({ id: 'lonely', countries: ['PER'], fields: ['health'] });
    const pool = [lonely, small[6], small[7], small[8]];
    expect(ids(relatedRecords(pool, 'lonely'))).toEqual(['global-figure', 'global-programme']);
  });
  it('honours the limit, never lists the record itself, unknown id gives []', () => {
    expect(relatedRecords(small, 'base', 2)).toHaveLength(2);
    expect(ids(relatedRecords(small, 'both-countries'))).not.toContain('both-countries');
    expect(relatedRecords(small, 'nope')).toEqual([]);
  });
  it('on the real data: the China–Serbia lab leads with the Serbia record and other Serbian records', () => {
    const r = ids(relatedRecords(atlas, 'lab-china-serbia-drug-discovery'));
    expect(r[0]).toBe('country-srb');
    expect(r[1]).toBe('event-2024-pujiang-br-session');
    expect(r.length).toBeLessThanOrEqual(8);
  });
  it('on the real data: every record gets at most `limit` distinct others', () => {
    for (const rec of atlas) {
      const r = ids(relatedRecords(atlas, rec.properties.id, 5));
      expect(r.length).toBeLessThanOrEqual(5);
      expect(new Set(r).size).toBe(r.length);
      expect(r).not.toContain(rec.properties.id);
    }
  });
});

describe('countryProfile', () => {
  it('Kenya on the real data', () => {
    const p = countryProfile(atlas, 'KEN');
    expect(p.partner?.properties.id).toBe('country-ken');
    expect(ids(p.byKind['partner-country'] ?? [])).toEqual(['country-ken']);
    expect(ids(p.byKind['flagship-corridor'] ?? [])).toEqual(['flagship-mombasa-nairobi-sgr']);
    expect(ids(p.byKind.organisation ?? [])).toEqual(['org-anso-member-jkuat', 'org-sajorec']);
    // The China–Kenya lab is hosted in Nanjing but names Kenya as its partner, so Kenya's profile lists it.
    expect(ids(p.byKind['joint-lab'] ?? [])).toEqual(['lab-china-kenya-crop-molecular-biology']);
    expect(p.byYear).toEqual([
      { year: 2017, count: 1 },
      { year: 2018, count: 1 },
      { year: 2019, count: 1 },
    ]);
    expect(p.undated).toBe(1);
    expect(p.agreements).toEqual([]);
  });
  it('South Africa: agreements are agreement records and signed ones, by date', () => {
    const p = countryProfile(atlas, 'zaf');
    expect(p.partner?.properties.id).toBe('country-zaf');
    expect(ids(p.agreements)).toEqual(['agreement-china-south-africa-forestry-jrc-mou', 'agreement-innovation-road-initiative']);
    const total = Object.values(p.byKind).reduce((n, rs) => n + rs.length, 0);
    const counted = p.byYear.reduce((n, y) => n + y.count, 0) + p.undated;
    expect(counted).toBe(total - 1); // the partner record itself is not counted
    expect(p.byYear.map((y) => y.year)).toEqual([...p.byYear.map((y) => y.year)].sort((a, b) => a - b));
  });
  it('Cyprus: a signed programme is an agreement; the partner record is not', () => {
    const p = countryProfile(atlas, 'CYP');
    expect(ids(p.agreements)).toEqual(['programme-china-cyprus-sti-agreement']);
  });
  it('a country with no partner record, and a country with nothing', () => {
    const ind = countryProfile(atlas, 'IND');
    expect(ind.partner).toBeNull();
    expect(ids(ind.byKind['transfer-corridor'] ?? [])).toEqual(['corridor-ttc-brics-ind', 'corridor-ttc-china-south-asia-ind']);
    expect(countryProfile(atlas, 'ATA')).toEqual({ partner: null, byKind: {}, byYear: [], undated: 0, agreements: [] });
  });
});

describe('figureGroups', () => {
  it('clusters through `related` in either direction, transitively; singletons alone', () => {
    const rs = [
      fig('f-c', ['f-d'], '2024'),
      fig('f-a', [], '2019'),
      fig('f-d', [], '2020'),
      fig('f-e', ['f-c'], undefined, '2018'),
      fig('f-b', ['lab-x']),
      rec({ id: 'lab-x', related: ['f-a'] }),
    ];
    expect(figureGroups(rs).map(ids)).toEqual([['f-a'], ['f-b'], ['f-e', 'f-d', 'f-c']]);
  });
  it('on the real data: Belt and Road joint-lab totals form one cluster without unlike figures; every figure is in exactly one cluster', () => {
    const groups = figureGroups(atlas);
    const figures = atlas.filter((r) => r.properties.kind === 'figure');
    expect(groups.flat()).toHaveLength(figures.length);
    expect(new Set(ids(groups.flat())).size).toBe(figures.length);
    const labs = groups.find((g) => ids(g).includes('fig-joint-labs-53-2024-pujiang'))!;
    expect(ids(labs)).toEqual(expect.arrayContaining(['fig-joint-labs-14-2019', 'fig-joint-labs-50-2024', 'fig-joint-labs-53-2024', 'fig-joint-labs-53-2023']));
    // Ministry of Education labs, batch sizes and the 100-lab target measure other things.
    for (const other of ['fig-moe-joint-labs-17-2020', 'fig-joint-labs-batch3-20-2021', 'fig-joint-labs-target-100-2023']) expect(ids(labs)).not.toContain(other);
    expect(labs[0].properties.id).toBe('fig-joint-labs-14-2019'); // asOf 2019-06, the earliest
    // Unlike figures are never in one cluster: trainees and irrigated land were once grouped.
    const env = groups.find((g) => ids(g).includes('fig-environment-training-2024'))!;
    expect(ids(env)).not.toContain('fig-water-saving-irrigation-2024');
    const firsts = groups.map((g) => g[0].properties.id);
    expect(firsts).toEqual([...firsts].sort());
  });
});
