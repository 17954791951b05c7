import { describe, expect, it } from 'vitest';
import { memberCounts, memberships, membersOf } from '../../src/core/members.ts';
import type { AtlasRecord, Figure } from '../../src/core/record.ts';
import { figureGroups } from '../../src/core/related.ts';
import { latestPoint, ownedSeries, recordSeries, seriesPoints, systemSummaries } from '../../src/core/systems.ts';
import { rec } from '../fixtures/record.ts';

const ids = (rs: readonly AtlasRecord[]) => rs.map((r) => r.properties.id);
const fig = (value: number, asOf?: string, series?: string, source = 0): Figure => ({ value, asOf, series, source, label: { zh: '数', en: 'count' }, asWritten: String(value) });
const point = (r: AtlasRecord): AtlasRecord => ({ ...r, geometry: { type: 'Point', coordinates: [0, 0] } });

const anso = point(rec({ id: 'org-anso', kind: 'organisation', figures: [fig(37, '2018-11', 'anso-members'), fig(67, '2021', 'anso-members')] }));
const programme = rec({ id: 'programme-br-joint-labs', kind: 'programme' });
const records: AtlasRecord[] = [
  programme,
  anso,
  point(rec({ id: 'member-a', kind: 'organisation', memberOf: ['org-anso'] })),
  rec({ id: 'member-b', kind: 'organisation', memberOf: ['org-anso', 'org-anso', 'missing-system'] }), // no geometry: not on the map
  point(rec({ id: 'lab-1', memberOf: ['programme-br-joint-labs'] })),
  point(rec({ id: 'lab-2', memberOf: ['programme-br-joint-labs'] })),
  // The joint-lab series lives on figure records, named after the programme.
  rec({ id: 'fig-labs-53', kind: 'figure', figures: [fig(53, '2021-12', 'br-joint-labs')] }),
  rec({ id: 'fig-labs-14', kind: 'figure', figures: [fig(14, '2019', 'br-joint-labs')] }),
  rec({ id: 'fig-labs-undated', kind: 'figure', figures: [fig(50, undefined, 'br-joint-labs')] }),
  rec({ id: 'fig-anso-96', kind: 'figure', figures: [fig(96, '2024', 'anso-members')] }),
  // A series that no system owns, linked to nothing.
  rec({ id: 'fig-trainees', kind: 'figure', figures: [fig(10000, '2020', 'env-trainees')] }),
  rec({ id: 'fig-free', kind: 'figure', figures: [fig(5, '2020')] }),
];

describe('membership', () => {
  it('membersOf lists the records naming a system, in dataset order', () => {
    expect(ids(membersOf(records, 'org-anso'))).toEqual(['member-a', 'member-b']);
    expect(ids(membersOf(records, 'programme-br-joint-labs'))).toEqual(['lab-1', 'lab-2']);
    expect(membersOf(records, 'member-a')).toEqual([]);
  });
  it('memberships resolves a member’s memberOf once each, skipping ids the dataset lacks', () => {
    expect(ids(memberships(records, records[3]))).toEqual(['org-anso']);
    expect(memberships(records, anso)).toEqual([]);
  });
  it('memberCounts counts each member once', () => {
    expect(Object.fromEntries(memberCounts(records))).toEqual({ 'org-anso': 2, 'missing-system': 1, 'programme-br-joint-labs': 2 });
  });
  it('a record naming itself is not its own member', () => {
    const self = rec({ id: 'loop', memberOf: ['loop'] });
    expect(membersOf([self], 'loop')).toEqual([]);
    expect(memberships([self], self)).toEqual([]);
  });
});

describe('series', () => {
  it('seriesPoints: every figure with a key, by date, undated last', () => {
    const s = seriesPoints(records);
    expect([...s.keys()]).toEqual(['anso-members', 'br-joint-labs', 'env-trainees']);
    expect(s.get('br-joint-labs')!.map((p) => [p.value, p.asOf ?? null])).toEqual([
      [14, '2019'],
      [53, '2021-12'],
      [50, null],
    ]);
    expect(s.get('anso-members')!.map((p) => [p.value, p.record.properties.id])).toEqual([
      [37, 'org-anso'],
      [67, 'org-anso'],
      [96, 'fig-anso-96'],
    ]);
    expect(s.get('anso-members')![0].source).toEqual(anso.properties.sources[0]);
  });
  it("an undated figure takes a figure record's date, never another record's own date", () => {
    const founded = rec({ id: 'org-x', kind: 'organisation', date: '2018-11-04', figures: [fig(67, undefined, 'x-members')] });
    const dated = rec({ id: 'fig-x', kind: 'figure', date: '2024-05', figures: [fig(80, undefined, 'x-members')] });
    expect(seriesPoints([founded, dated]).get('x-members')!.map((p) => [p.value, p.asOf ?? null])).toEqual([
      [80, '2024-05'],
      [67, null],
    ]);
  });
  it('latestPoint: the latest dated point, else the first', () => {
    expect(latestPoint(seriesPoints(records).get('br-joint-labs')!)?.value).toBe(53);
    expect(latestPoint(seriesPoints([rec({ id: 'u', kind: 'figure', figures: [fig(3, undefined, 'k'), fig(4, undefined, 'k')] })]).get('k')!)?.value).toBe(3);
    expect(latestPoint([])).toBeNull();
  });
  it('recordSeries: the first key a record gives', () => {
    expect(recordSeries(rec({ id: 'x', figures: [fig(1), fig(2, undefined, 'b'), fig(3, undefined, 'c')] }))).toBe('b');
    expect(recordSeries(rec({ id: 'y' }))).toBeNull();
  });
});

describe('systemSummaries', () => {
  const systems = systemSummaries(records);
  it('systems are records with members or a programme/organisation with a series, in dataset order', () => {
    expect(systems.map((s) => s.record.properties.id)).toEqual(['programme-br-joint-labs', 'org-anso']);
  });
  it('each leads with its latest figure and counts the members named on the map', () => {
    const [labs, ansoSummary] = systems;
    expect(labs.series.map((l) => l.key)).toEqual(['br-joint-labs']); // claimed by name
    expect(labs.headline?.value).toBe(53);
    expect([labs.members.length, labs.named]).toEqual([2, 2]);
    expect(ansoSummary.series.map((l) => l.key)).toEqual(['anso-members']); // its own figures
    expect(ansoSummary.headline?.value).toBe(96);
    expect([ansoSummary.members.length, ansoSummary.named]).toEqual([2, 1]);
  });
  it('a series reaches a system through `related` in either direction', () => {
    const sys = rec({ id: 'programme-transfer', kind: 'programme', related: ['fig-t1'] });
    const rs = [sys, rec({ id: 'fig-t1', kind: 'figure', figures: [fig(5, '2016', 'ttp')] }), rec({ id: 'fig-t2', kind: 'figure', related: ['programme-transfer'], figures: [fig(9, '2023', 'ttp2')] }), rec({ id: 'm', memberOf: ['programme-transfer'] })];
    expect(systemSummaries(rs)[0].series.map((l) => l.key)).toEqual(['ttp', 'ttp2']);
  });
  it('a series goes to the system named after it, even when another system quotes it among its own figures', () => {
    const hub = rec({ id: 'ttc-hub', kind: 'transfer-centre', figures: [fig(10, '2023', 'tt-platforms')] });
    const rs = [hub, rec({ id: 'programme-tt-platforms', kind: 'programme', figures: [fig(300, '2023', 'tt-events')] }), rec({ id: 'sub', memberOf: ['ttc-hub'] })];
    const out = systemSummaries(rs);
    expect(out.map((s) => [s.record.properties.id, s.series.map((l) => l.key)])).toEqual([
      // The hub keeps its members but leads with no figure, so it comes after the systems that have one.
      ['programme-tt-platforms', ['tt-platforms', 'tt-events']],
      ['ttc-hub', []],
    ]);
  });
  it('figure records are never systems; a system with members but no series has no headline', () => {
    const rs = [rec({ id: 'f', kind: 'figure', figures: [fig(1, '2020', 'k')] }), rec({ id: 'club', kind: 'organisation' }), rec({ id: 'm', memberOf: ['club', 'f'] })];
    expect(systemSummaries(rs).map((s) => [s.record.properties.id, s.headline])).toEqual([['club', null]]);
  });
  it('ownedSeries: the keys shown with a system', () => {
    expect([...ownedSeries(systems)].sort()).toEqual(['anso-members', 'br-joint-labs']);
  });
});

describe('figureGroups: conflicts only between figures that measure the same thing', () => {
  const f = (id: string, opts: { series?: string; related?: string[]; asOf?: string } = {}) =>
    rec({ id, kind: 'figure', related: opts.related ?? [], figures: [fig(1, opts.asOf, opts.series)] });
  it.each([
    {
      title: 'one series is one group, by date',
      records: [f('a', { series: 's', asOf: '2021' }), f('b', { series: 's', asOf: '2019' }), f('c', { series: 't' })],
      want: [['b', 'a'], ['c']],
    },
    {
      title: 'a related link between two series does not join them (trainees are not irrigated land)',
      records: [f('trainees', { series: 'env-trainees', related: ['irrigated'] }), f('irrigated', { series: 'irrigated-mu' })],
      want: [['irrigated'], ['trainees']],
    },
    {
      title: 'a related link from a figure without a series to one with a series does not join them',
      records: [f('loose', { related: ['labs'] }), f('labs', { series: 'br-joint-labs' })],
      want: [['labs'], ['loose']],
    },
    {
      title: 'figures without a series still cluster through related, transitively',
      records: [f('x', { related: ['y'], asOf: '2020' }), f('y', { asOf: '2019' }), f('z', { related: ['x'] })],
      want: [['y', 'x', 'z']],
    },
    {
      title: 'a series figure and a free one with the same date stay apart',
      records: [f('p', { series: 'k', asOf: '2020' }), f('q', { asOf: '2020' })],
      want: [['p'], ['q']],
    },
  ])('$title', ({ records: rs, want }) => {
    expect(figureGroups(rs).map(ids)).toEqual(want);
  });
});

describe('systemSummaries: who owns a series, and who leads', () => {
  // A regional centre with sub-centres, linked (related) to a national count named after a programme.
  const centre = point(rec({ id: 'ttc-china-arab-states', kind: 'transfer-centre', related: ['fig-tt-10'] }));
  const sub = point(rec({ id: 'ttc-arab-sub', kind: 'transfer-centre', memberOf: ['ttc-china-arab-states'] }));
  const platforms = rec({ id: 'programme-tt-platforms', kind: 'programme' });
  const plat = point(rec({ id: 'ttc-china-asean', kind: 'transfer-centre', memberOf: ['programme-tt-platforms'] }));
  const count = rec({ id: 'fig-tt-10', kind: 'figure', related: ['ttc-china-arab-states'], figures: [fig(10, '2025-06', 'tt-platforms')] });
  const all = [centre, sub, plat, count, platforms];
  it('a series named after a system belongs to it, not to a record merely linked to its figure', () => {
    const s = systemSummaries(all);
    expect(s.find((x) => x.record.properties.id === 'programme-tt-platforms')?.series.map((l) => l.key)).toEqual(['tt-platforms']);
    expect(s.find((x) => x.record.properties.id === 'ttc-china-arab-states')?.series).toEqual([]);
  });
  it('headline systems (a programme or organisation with a series) come before systems that only have members', () => {
    expect(ids(systemSummaries(all).map((x) => x.record))).toEqual(['programme-tt-platforms', 'ttc-china-arab-states']);
  });
});
