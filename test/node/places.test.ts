import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { topologyToBasemap } from '../../src/basemap/basemap.ts';
import { countryLevelGroups, countryPoints, isCountryLevel, partnerLinks, siteStacks } from '../../src/core/places.ts';
import { countryProfile } from '../../src/core/related.ts';
import type { AtlasRecord } from '../../src/core/record.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { prepareLayerData } from '../../src/layers/build-layers.ts';
import { BADGE_RADIUS, badgesFor, fanFor, fanOffsets, linksFor, preparePlaces } from '../../src/layers/place-layers.ts';
import { defaultView } from '../../src/state/view.ts';
import { rec } from '../fixtures/record.ts';

const at = (r: AtlasRecord, lon: number, lat: number): AtlasRecord => ({ ...r, geometry: { type: 'Point', coordinates: [lon, lat] } });
const ZAF: [number, number] = [23.3221, -30.2306];
const PAK: [number, number] = [69.3451, 30.3753];
const NANJING: [number, number] = [118.7778, 32.0617];

const records: AtlasRecord[] = [
  at(rec({ id: 'country-zaf', kind: 'partner-country', countries: ['ZAF'], precision: 'country' }), ...ZAF),
  at(rec({ id: 'country-pak', kind: 'partner-country', countries: ['PAK'], precision: 'country' }), ...PAK),
  at(rec({ id: 'park-zaf', kind: 'park', countries: ['ZAF'], precision: 'country', date: '2016' }), ...ZAF),
  at(rec({ id: 'org-zaf', kind: 'organisation', countries: ['ZAF'], precision: 'country' }), ...ZAF),
  at(rec({ id: 'site-zaf', kind: 'joint-lab', countries: ['ZAF'], precision: 'city' }), 18.42, -33.92),
  at(
    rec({
      id: 'lab-pak-nanjing',
      kind: 'joint-lab',
      countries: ['PAK'],
      precision: 'city',
      city: { zh: '南京', en: 'Nanjing' },
      institutions: [{ name: { zh: '东南大学', en: 'Southeast University' }, country: 'CHN', role: 'host' }],
    }),
    ...NANJING,
  ),
  // Placed only to China (its host's country), serving Pakistan: China has no partner record here.
  at(rec({ id: 'lab-chn-only', kind: 'joint-lab', countries: ['PAK'], precision: 'country', institutions: [{ name: { zh: '某大学', en: 'A university' }, country: 'CHN', role: 'host' }] }), 103.8, 36.5),
  // Two records at one point that share no country: the group names none.
  at(rec({ id: 'ev-a', kind: 'event', countries: ['KEN'], precision: 'country' }), 10, 10),
  at(rec({ id: 'ev-b', kind: 'event', countries: ['UGA'], precision: 'country' }), 10, 10),
  rec({ id: 'corridor', kind: 'transfer-corridor', countries: ['ZAF'], precision: 'country' }),
  rec({ id: 'fig', kind: 'figure', precision: 'region' }),
];
const ids = (rs: readonly { properties: { id: string } }[]) => rs.map((r) => r.properties.id);

describe('isCountryLevel', () => {
  it.each([
    ['park-zaf', true],
    ['org-zaf', true],
    ['lab-chn-only', true],
    ['site-zaf', false], // city precision: drawn where it is
    ['lab-pak-nanjing', false],
    ['country-zaf', false], // the country's own record is its label, not a record in a badge
    ['corridor', false], // a line, not a point
    ['fig', false],
  ])('%s → %s', (id, want) => {
    expect(isCountryLevel(records.find((r) => r.properties.id === id)!)).toBe(want);
  });
});

describe('countryLevelGroups', () => {
  const groups = countryLevelGroups(records);
  it('gathers country-level records per point, naming the country, in dataset order', () => {
    expect(groups.map((g) => [g.id, g.a3, g.ids])).toEqual([
      ['country-ZAF', 'ZAF', ['park-zaf', 'org-zaf']],
      ['country-CHN', 'CHN', ['lab-chn-only']],
      ['country-at-10.0000,10.0000', null, ['ev-a', 'ev-b']],
    ]);
    expect(groups[0].position).toEqual(ZAF);
    expect(groups[0].indexes).toEqual([2, 3]);
  });
  it('names a country from the partner record at the point before the records’ own countries', () => {
    const odd = [records[0], at(rec({ id: 'x', kind: 'park', countries: ['LSO'], precision: 'country' }), ...ZAF)];
    expect(countryLevelGroups(odd).map((g) => g.id)).toEqual(['country-ZAF']);
  });
  it('on the published data: South Africa’s country-level records are one badge, not four pins on one point', () => {
    const atlas = validateDataset(JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'))).records;
    const zaf = countryLevelGroups(atlas).find((g) => g.a3 === 'ZAF')!;
    expect(zaf.ids.length).toBeGreaterThanOrEqual(2);
    const data = prepareLayerData(atlas, topologyToBasemap(world as unknown as Topology).countries);
    const drawnAsSites = new Set(ids(data.points));
    for (const r of atlas) if (isCountryLevel(r)) expect(drawnAsSites.has(r.properties.id), r.properties.id).toBe(false);
    // Every country-level record is in exactly one group.
    const grouped = countryLevelGroups(atlas).flatMap((g) => g.ids);
    expect(grouped.sort()).toEqual(ids(atlas.filter(isCountryLevel)).sort());
  });
});

describe('partnerLinks: a lab hosted in one country serving another', () => {
  const points = countryPoints(records);
  const byId = new Map(records.map((r) => [r.properties.id, r]));
  it('links Nanjing to Pakistan', () => {
    expect(partnerLinks(byId.get('lab-pak-nanjing')!, points)).toEqual([{ a3: 'PAK', from: NANJING, to: PAK }]);
  });
  it('draws no link to the point a record already stands on, to a country without a point, or for kinds without two ends', () => {
    expect(partnerLinks(byId.get('park-zaf')!, points)).toEqual([]);
    expect(partnerLinks(byId.get('site-zaf')!, points)).toEqual([{ a3: 'ZAF', from: [18.42, -33.92], to: ZAF }]);
    expect(partnerLinks(at(rec({ id: 'l', kind: 'joint-lab', countries: ['KEN'] }), 1, 1), points)).toEqual([]);
    expect(partnerLinks(at(rec({ id: 'e', kind: 'event', countries: ['PAK'] }), 1, 1), points)).toEqual([]);
  });
  it('the partner country’s profile lists the lab though its point is in China', () => {
    const pak = countryProfile(records, 'PAK');
    expect(ids(pak.byKind['joint-lab'] ?? [])).toEqual(['lab-pak-nanjing', 'lab-chn-only']);
    expect(pak.partner?.properties.id).toBe('country-pak');
  });
});

describe('badges, fan and links as layer data', () => {
  const p = preparePlaces(records);
  const view = defaultView('en');
  it('one badge per group with its count of records passing the filters', () => {
    expect(badgesFor(p, view).map((b) => [b.group.id, b.count, b.open])).toEqual([
      ['country-ZAF', 2, false],
      ['country-CHN', 1, false],
      ['country-at-10.0000,10.0000', 2, false],
    ]);
    // The same counts give the same array (deck does not re-upload).
    expect(badgesFor(p, { ...view })).toBe(badgesFor(p, view));
  });
  it('counts follow kinds, years and the CPU mask; an empty badge is not drawn', () => {
    expect(badgesFor(p, { ...view, kinds: ['park', 'event'] }).map((b) => [b.group.id, b.count])).toEqual([
      ['country-ZAF', 1],
      ['country-at-10.0000,10.0000', 2],
    ]);
    // The park is dated 2016; undated records always pass.
    expect(badgesFor(p, { ...view, years: [2018, 2020] }).map((b) => b.count)).toEqual([1, 1, 2]);
    const mask = new Uint8Array(records.length);
    mask[3] = 1;
    expect(badgesFor(p, { ...view, cpuMask: mask, cpuKey: 'x' }).map((b) => [b.group.id, b.count])).toEqual([['country-ZAF', 1]]);
  });
  it('the open group is marked and its records fan out round the badge', () => {
    const open = { ...view, group: 'country-ZAF' };
    expect(badgesFor(p, open).find((b) => b.open)?.group.id).toBe('country-ZAF');
    const fan = fanFor(p, open);
    expect(fan.map((f) => [f.record.properties.id, f.position, f.offset])).toEqual([
      ['park-zaf', ZAF, [24, 11]],
      ['org-zaf', ZAF, [-24, 11]],
    ]);
    expect(fanFor(p, view)).toEqual([]);
    expect(fanFor(p, { ...view, group: 'no-such-group' })).toEqual([]);
  });
  it('links the selected record to its partner countries', () => {
    expect(linksFor(p, { ...view, selected: 'lab-pak-nanjing' })).toEqual([{ a3: 'PAK', from: NANJING, to: PAK }]);
    expect(linksFor(p, view)).toEqual([]);
  });
  it('moves a country’s label above its badge', () => {
    const data = prepareLayerData(records, topologyToBasemap(world as unknown as Topology).countries);
    expect(data.labels.find((l) => l.id === 'country-zaf')!.offset).toEqual([0, -(BADGE_RADIUS + 11)]);
    expect(data.labels.find((l) => l.id === 'country-pak')!.offset).toEqual([0, 0]);
  });
});

describe('fanOffsets', () => {
  it('one symbol goes straight below the badge', () => {
    expect(fanOffsets(1)).toEqual([[0, 26]]);
  });
  it.each([1, 2, 5, 12, 30])('%i symbols: clockwise, none above the badge’s top (its name is there), none closer than 25 px to the centre or 20 px to another', (n) => {
    const o = fanOffsets(n);
    expect(o).toHaveLength(n);
    for (const [x, y] of o) expect(y > -Math.hypot(x, y) * 0.8).toBe(true);
    for (const [x, y] of o) expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(25);
    for (let i = 1; i < n; i++) expect(Math.hypot(o[i][0] - o[i - 1][0], o[i][1] - o[i - 1][1])).toBeGreaterThanOrEqual(20);
  });
});

describe('siteStacks: several records at one exact place', () => {
  const SH: [number, number] = [121.4581, 31.2222];
  const city = { zh: '上海', en: 'Shanghai' };
  const stackOf = (rs: AtlasRecord[]) => siteStacks(rs).map((g) => ({ id: g.id, ids: g.ids, city: g.city?.en ?? null }));
  it.each([
    { title: 'two at one point: a stack with the city', rs: [at(rec({ id: 'a', kind: 'joint-lab', city }), ...SH), at(rec({ id: 'b', kind: 'event', city }), ...SH)], want: [{ id: 'site-121.4581,31.2222', ids: ['a', 'b'], city: 'Shanghai' }] },
    { title: 'one alone: no stack', rs: [at(rec({ id: 'a', kind: 'joint-lab' }), ...SH)], want: [] },
    { title: 'about 1 m apart: still one place', rs: [at(rec({ id: 'a', kind: 'joint-lab' }), ...SH), at(rec({ id: 'b', kind: 'park' }), SH[0] + 0.00001, SH[1])], want: [{ id: 'site-121.4581,31.2222', ids: ['a', 'b'], city: null }] },
    { title: 'country-level records are their country’s, not a stack', rs: [at(rec({ id: 'a', kind: 'park', precision: 'country' }), ...ZAF), at(rec({ id: 'b', kind: 'park', precision: 'country' }), ...ZAF)], want: [] },
    { title: 'a partner country’s point is no record of a stack', rs: [at(rec({ id: 'c', kind: 'partner-country', countries: ['ZAF'] }), ...SH), at(rec({ id: 'a', kind: 'joint-lab' }), ...SH)], want: [] },
  ])('$title', ({ rs, want }) => {
    expect(stackOf(rs)).toEqual(want);
  });

  it('the dataset’s Shanghai stack holds six records, each drawn by the stack and not as its own symbol', () => {
    const ds = validateDataset(JSON.parse(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'))).records;
    const sh = siteStacks(ds).find((g) => g.id === 'site-121.4581,31.2222')!;
    expect(sh.ids).toHaveLength(6);
    const data = prepareLayerData(ds, topologyToBasemap(world as unknown as Topology).countries);
    const drawn = new Set(data.points.map((r) => r.properties.id));
    for (const id of sh.ids) expect(drawn.has(id)).toBe(false);
  });
});
