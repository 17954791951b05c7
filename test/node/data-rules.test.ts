/**
 * The dataset rules of round two, each shown to pass on a good fixture and to fail, naming the record and
 * field, on a bad one: country-level points, shared sites, corridors whose partner no source names, links
 * to records that do not exist, and plumbing in reader text.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { AtlasRecord } from '../../src/core/record.ts';
import { checkCountryLevelPoints, checkSharedSites, COUNTRY_POINT_RADIUS_DEG } from '../../scripts/point-checks.ts';
import { checkCorridorPartners, namesCountry } from '../../scripts/corridor-check.ts';
import { checkLinks } from '../../scripts/link-check.ts';
import { checkReaderText } from '../../scripts/reader-text-check.ts';
import type { PlacementInfo, Problem } from '../../scripts/problem.ts';
import { rec as baseRec } from '../fixtures/record.ts';

/** A minimal valid record (the shared fixture) with a Point at `coords` or a LineString `line`. */
function rec(p: Partial<AtlasRecord['properties']> & { id: string }, coords?: Position, line?: Position[]): AtlasRecord {
  const r = baseRec({ kind: 'organisation', ...p });
  const geometry = line ? { type: 'LineString' as const, coordinates: line } : coords ? { type: 'Point' as const, coordinates: coords } : null;
  return { ...r, geometry } as AtlasRecord;
}

const corridor = (partner: string, title: string, locator?: string) =>
  rec({ id: 'corridor-x', kind: 'transfer-corridor', countries: [partner], precision: 'country', from: 'ttc-x', sources: [{ url: 'https://example.org/c', title, ...(locator ? { locator } : {}) }] }, undefined, [[100, 20], [101, 21]]);

const ids = (problems: Problem[]) => problems.map((p) => `${p.check}:${p.id}:${p.field}`);

describe('a city or site point may not sit on a country representative point', () => {
  const KEN: Position = [37.9, 0.5];
  const points = new Map<string, Position>([['KEN', KEN]]);
  const cases: { name: string; r: AtlasRecord; pl: PlacementInfo; bad: boolean; field?: string }[] = [
    { name: 'a city point far from the country point passes', r: rec({ id: 'a', precision: 'city' }, [36.8, -1.3]), pl: { country: 'KEN', precision: 'city', method: 'gazetteer' }, bad: false },
    { name: 'a country-level record at the country point passes', r: rec({ id: 'a', precision: 'country' }, KEN), pl: { country: 'KEN', precision: 'country', method: 'country-point' }, bad: false },
    { name: 'a city point on the country point fails', r: rec({ id: 'a', precision: 'city' }, KEN), pl: { country: 'KEN', precision: 'city', method: 'gazetteer' }, bad: true, field: 'geometry.coordinates' },
    { name: 'a site point just off the country point fails', r: rec({ id: 'a', precision: 'site' }, [KEN[0] + COUNTRY_POINT_RADIUS_DEG / 2, KEN[1]]), pl: { country: 'KEN', precision: 'site', method: 'gazetteer' }, bad: true, field: 'geometry.coordinates' },
    { name: 'a record the build put at the country point but marked city fails', r: rec({ id: 'a', precision: 'city' }, [36.8, -1.3]), pl: { country: 'KEN', precision: 'city', method: 'country-point' }, bad: true, field: 'properties.precision' },
    { name: 'a region-precision point at the country point fails', r: rec({ id: 'a', precision: 'region' }, KEN), pl: { country: 'KEN', precision: 'region', method: 'country-point' }, bad: true, field: 'properties.precision' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = checkCountryLevelPoints([c.r], { a: c.pl }, points);
      if (c.bad) expect(ids(problems)).toEqual([`country-point:a:${c.field}`]);
      else expect(problems).toEqual([]);
    });
  }
});

describe('two distinct sites may not share one exact point', () => {
  const cases: { name: string; rs: AtlasRecord[]; bad: string[] }[] = [
    { name: 'two sites on one point fail (the second is named)', rs: [rec({ id: 's1', precision: 'site' }, [10, 10]), rec({ id: 's2', precision: 'site' }, [10, 10])], bad: ['shared-site:s2:geometry.coordinates'] },
    { name: 'two city records on one city point pass', rs: [rec({ id: 'c1', precision: 'city' }, [10, 10]), rec({ id: 'c2', precision: 'city' }, [10, 10])], bad: [] },
    { name: 'two sites on different points pass', rs: [rec({ id: 's1', precision: 'site' }, [10, 10]), rec({ id: 's2', precision: 'site' }, [10, 10.001])], bad: [] },
    { name: 'a site and a city record on one point pass', rs: [rec({ id: 's1', precision: 'site' }, [10, 10]), rec({ id: 'c1', precision: 'city' }, [10, 10])], bad: [] },
  ];
  for (const c of cases) it(c.name, () => expect(ids(checkSharedSites(c.rs))).toEqual(c.bad));
});

describe('a transfer corridor needs a source that names its partner country', () => {
  const cases: { name: string; r: AtlasRecord; bad: boolean }[] = [
    { name: 'a locator naming the partner in Chinese passes', r: corridor('PAK', '中国—南亚技术转移中心揭牌', '与阿富汗、巴基斯坦等国科技部长共同揭牌'), bad: false },
    { name: 'a title naming the partner in English passes', r: corridor('PAK', 'Pakistan sub-centre inaugurated at PCSIR'), bad: false },
    { name: 'a short form from the alias table passes', r: corridor('SAU', '中阿技术转移中心', '与阿盟、沙特、约旦等建立了分中心'), bad: false },
    { name: 'a source naming only a region fails', r: corridor('SGP', '中国—东盟技术转移中心', '已与东盟9个国家建立双边技术转移工作机制'), bad: true },
    { name: 'a source with no locator and a neutral title fails', r: corridor('KGZ', '上合之城，科创之城！'), bad: true },
    { name: 'Indonesia (印度尼西亚) does not name India', r: corridor('IND', '中国—东盟技术转移中心', '已与柬埔寨、印度尼西亚5国建立双边技术转移中心'), bad: true },
    { name: 'South Sudan does not name Sudan', r: corridor('SDN', 'Centres opened', 'a bilateral centre in South Sudan'), bad: true },
    { name: 'Romania does not name Oman (whole words only)', r: corridor('OMN', 'Centres opened', 'partners in Romania'), bad: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = checkCorridorPartners([c.r]);
      expect(ids(problems)).toEqual(c.bad ? ['corridor-partner:corridor-x:properties.sources'] : []);
    });
  }
  it('names a country in traditional Chinese through the alias table', () => expect(namesCountry('在俄羅斯設立協同中心', 'RUS')).toBe(true));
});

describe('memberOf, related and from point at records that exist', () => {
  const system = rec({ id: 'programme-x', kind: 'programme', precision: 'region' });
  const cases: { name: string; r: AtlasRecord; bad: string[] }[] = [
    { name: 'existing links pass', r: rec({ id: 'm', memberOf: ['programme-x'], related: ['programme-x'] }, [1, 1]), bad: [] },
    { name: 'a memberOf id that does not exist fails', r: rec({ id: 'm', memberOf: ['programme-missing'] }, [1, 1]), bad: ['links:m:properties.memberOf.0'] },
    { name: 'a related id that does not exist fails', r: rec({ id: 'm', related: ['programme-x', 'country-xyz'] }, [1, 1]), bad: ['links:m:properties.related.1'] },
    { name: 'a record that is a member of itself fails', r: rec({ id: 'm', memberOf: ['m'] }, [1, 1]), bad: ['links:m:properties.memberOf.0'] },
    { name: 'a corridor from a missing centre fails', r: rec({ id: 'm', kind: 'transfer-corridor', from: 'ttc-missing', countries: ['PAK'], precision: 'country' }, undefined, [[1, 1], [2, 2]]), bad: ['links:m:properties.from'] },
  ];
  for (const c of cases) it(c.name, () => expect(ids(checkLinks([system, c.r]))).toEqual(c.bad));
});

describe('reader text has no plumbing', () => {
  const summary = (zh: string, en: string) => rec({ id: 'r', summary: { zh, en } }, [1, 1]);
  const cases: { name: string; r: AtlasRecord; bad: string[] }[] = [
    { name: 'plain summaries pass (a company called "… Seed Co." is not plumbing)', r: summary('重庆中一种业有限公司建设。', 'Built by Chongqing Zhongyi Seed Co.'), bad: [] },
    { name: '"the seed" in English fails', r: summary('普通文本。', 'The seed says so.'), bad: ['reader-text:r:properties.summary.en'] },
    { name: '"种子文本" in Chinese fails', r: summary('种子文本称如此。', 'A text says so.'), bad: ['reader-text:r:properties.summary.zh'] },
    { name: 'a record id in a summary fails', r: summary('普通文本。', 'See fig-joint-labs-53-2024-pujiang for more.'), bad: ['reader-text:r:properties.summary.en'] },
    { name: 'a seed number in a name fails', r: rec({ id: 'r', name: { zh: '名称', en: 'Joint labs: 53 (seed 001)' } }, [1, 1]), bad: ['reader-text:r:properties.name.en'] },
  ];
  for (const c of cases) it(c.name, () => expect(ids(checkReaderText([c.r]))).toEqual(c.bad));
});
