/**
 * The real dataset passes every check, is up to date with its drafts, and the loader + checks name the
 * record and field of each malformed case while the valid records next to it survive.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ATLAS_PATH, PLACEMENTS_PATH, buildAtlas, loadCountryShapes } from '../../scripts/build-data.ts';
import { loadCountryPoints, loadPlacements, loadReference, loadSeeds } from '../../scripts/data-check.ts';
import { checkCountryLevelPoints, checkSharedSites } from '../../scripts/point-checks.ts';
import { checkCorridorPartners } from '../../scripts/corridor-check.ts';
import { checkLinks } from '../../scripts/link-check.ts';
import { checkReaderText } from '../../scripts/reader-text-check.ts';
import {
  checkBilingual,
  checkFigures,
  checkInferredDisclosed,
  checkPlacement,
  checkSchema,
  checkSources,
  checkSummaryCopies,
  checkUniqueIds,
  formatProblem,
  runAllChecks,
  type PlacementInfo,
  type Problem,
} from '../../scripts/dataset-checks.ts';

const text = readFileSync(ATLAS_PATH, 'utf8');
const seeds = loadSeeds();
const reference = loadReference();
const placements = loadPlacements();
const shapes = loadCountryShapes();
const countryPoints = loadCountryPoints(placements, shapes);
const { records } = checkSchema(text);

const none = (problems: Problem[]) => expect(problems.map(formatProblem), problems.map(formatProblem).join('\n')).toEqual([]);

describe('data/atlas.geojson passes every check', () => {
  it('is schema-valid (zero errors from parseDataset)', () => {
    none(checkSchema(text).problems);
    expect(records.length).toBeGreaterThan(100);
  });
  it('has unique ids', () => none(checkUniqueIds(text)));
  it('cites ≥1 source per record; seed sources name an existing seed and its title', () => none(checkSources(records, seeds)));
  it('has zh and en for every name, summary and label', () => none(checkBilingual(records)));
  it('summaries do not copy seed text (zh, 25 chars) or reference sentences (en)', () => none(checkSummaryCopies(records, seeds, reference)));
  it('every seed-sourced figure is written in its seed exactly as asWritten', () => none(checkFigures(records, seeds)));
  it('inferred records say so in both summaries', () => none(checkInferredDisclosed(records)));
  it('every point lies inside its location country (coast tolerance)', () => none(checkPlacement(records, placements, shapes)));
  it('no city or site point sits on a country representative point; country-point records are precision "country"', () => none(checkCountryLevelPoints(records, placements, countryPoints)));
  it('no two sites share one exact point', () => none(checkSharedSites(records)));
  it('every transfer corridor has a source naming its partner country', () => none(checkCorridorPartners(records)));
  it('memberOf, related and from name records that exist', () => none(checkLinks(records)));
  it('reader text speaks of no seed, file or record id', () => none(checkReaderText(records)));
  it('covers every kind the atlas draws', () => {
    const kinds = new Set(records.map((r) => r.properties.kind));
    for (const k of ['partner-country', 'joint-lab', 'park', 'transfer-centre', 'organisation', 'event', 'agreement', 'transfer-corridor', 'flagship-corridor', 'programme', 'figure']) {
      expect(kinds.has(k as never), k).toBe(true);
    }
  });
});

describe('build', () => {
  it('data/atlas.geojson and data/placements.json are up to date with data/records (npm run data:build)', () => {
    const built = buildAtlas();
    expect(built.atlas === text, 'data/atlas.geojson is stale: run npm run data:build').toBe(true);
    expect(built.placements === readFileSync(PLACEMENTS_PATH, 'utf8'), 'data/placements.json is stale: run npm run data:build').toBe(true);
  });
  it('is deterministic', () => {
    expect(buildAtlas().atlas).toBe(buildAtlas().atlas);
  });
});

describe('malformed records are named and do not sink their neighbours', () => {
  const data = JSON.parse(text) as { type: string; schemaVersion: string; features: Record<string, unknown>[] };
  // The subset keeps no links to records outside it, so the link check has nothing to say about the base.
  const pick = (id: string) => {
    const f = structuredClone(data.features.find((x) => (x.properties as { id: string }).id === id)!);
    const p = f.properties as { related: string[]; memberOf: string[] };
    p.related = [];
    p.memberOf = [];
    return f;
  };
  const baseIds = ['ttc-brics', 'lab-china-south-africa-minerals-jrc', 'corridor-ttc-brics-bra', 'fig-joint-labs-53-2024-pujiang'];
  const BAD = 'bad-record';
  type Feat = { type: string; id?: string; geometry: unknown; properties: Record<string, unknown> };
  const lab = (): Feat => {
    const f = pick('lab-china-south-africa-minerals-jrc') as unknown as Feat;
    f.id = BAD;
    f.properties.id = BAD;
    return f;
  };
  const fig = (): Feat => {
    const f = pick('fig-joint-labs-53-2024-pujiang') as unknown as Feat;
    f.id = BAD;
    f.properties.id = BAD;
    return f;
  };
  const cases: { name: string; make: () => Feat; id: string | null; field: RegExp; placement?: PlacementInfo }[] = [
    { name: 'missing id', make: () => { const f = lab(); delete f.properties.id; delete f.id; return f; }, id: null, field: /^properties\.id$/ },
    { name: 'wrong kind', make: () => { const f = lab(); f.properties.kind = 'laboratory'; return f; }, id: BAD, field: /^properties\.kind$/ },
    { name: 'empty zh name', make: () => { const f = lab(); (f.properties.name as { zh: string }).zh = '  '; return f; }, id: BAD, field: /^properties\.name\.zh$/ },
    { name: 'bad date', make: () => { const f = lab(); f.properties.date = '14/09/2018'; return f; }, id: BAD, field: /^properties\.date$/ },
    { name: 'figure pointing at a missing source', make: () => { const f = fig(); (f.properties.figures as { source: number }[])[0].source = 7; return f; }, id: BAD, field: /^properties\.figures\.0\.source$/ },
    { name: 'out-of-range coordinate', make: () => { const f = lab(); f.geometry = { type: 'Point', coordinates: [28.04, -126.2] }; return f; }, id: BAD, field: /^geometry/ },
    { name: 'LineString for a joint-lab', make: () => { const f = lab(); f.geometry = { type: 'LineString', coordinates: [[28, -26], [29, -27]] }; return f; }, id: BAD, field: /^geometry$/ },
    { name: 'seed source with a non-existent file', make: () => { const f = lab(); (f.properties.sources as { seed: string }[])[0].seed = '009_0123456789abcdef.txt'; return f; }, id: BAD, field: /^properties\.sources\.0\.seed$/ },
    { name: 'seed source with the wrong title', make: () => { const f = lab(); (f.properties.sources as { title: string }[])[0].title = '科技部动态'; return f; }, id: BAD, field: /^properties\.sources\.0\.title$/ },
    { name: 'duplicated id', make: () => { const f = lab(); f.id = 'ttc-brics'; f.properties.id = 'ttc-brics'; return f; }, id: 'ttc-brics', field: /^properties\.id$/ },
    {
      name: 'summary copied from a seed',
      make: () => { const f = lab(); (f.properties.summary as { zh: string }).zh = '访南期间，徐南平副部长还与姆吉瓦拉总司长共同签署了谅解备忘录。'; return f; },
      id: BAD,
      field: /^properties\.summary\.zh$/,
    },
    { name: 'figure not written so in its seed', make: () => { const f = fig(); (f.properties.figures as { asWritten: string }[])[0].asWritten = '54家'; return f; }, id: BAD, field: /^properties\.figures\.0\.asWritten$/ },
    { name: 'point outside its location country', make: () => { const f = lab(); f.geometry = { type: 'Point', coordinates: [36.8167, -1.2833] }; return f; }, id: BAD, field: /^geometry\.coordinates$/, placement: { country: 'ZAF', precision: 'city' } },
    { name: 'transfer-corridor from a record that is not a transfer-centre', make: () => { const f = pick('corridor-ttc-brics-bra') as unknown as Feat; f.id = BAD; f.properties.id = BAD; f.properties.from = 'lab-china-south-africa-minerals-jrc'; return f; }, id: BAD, field: /^properties\.from$/ },
    { name: 'city point on its country representative point', make: () => { const f = lab(); f.geometry = { type: 'Point', coordinates: countryPoints.get('ZAF')! }; return f; }, id: BAD, field: /^geometry\.coordinates$/, placement: { country: 'ZAF', precision: 'city', method: 'gazetteer' } },
    { name: 'corridor whose sources name no partner', make: () => { const f = pick('corridor-ttc-brics-bra') as unknown as Feat; f.id = BAD; f.properties.id = BAD; f.properties.sources = [{ url: 'https://example.org/x', title: '金砖国家技术转移中心揭牌' }]; return f; }, id: BAD, field: /^properties\.sources$/ },
    { name: 'memberOf a record that does not exist', make: () => { const f = lab(); f.properties.memberOf = ['programme-missing']; return f; }, id: BAD, field: /^properties\.memberOf\.0$/ },
    { name: 'a seed spoken of in a summary', make: () => { const f = lab(); (f.properties.summary as { en: string }).en = 'The seed says it was unveiled at Mintek.'; return f; }, id: BAD, field: /^properties\.summary\.en$/ },
    { name: 'inferred without saying so', make: () => { const f = lab(); f.properties.confidence = 'inferred'; return f; }, id: BAD, field: /^properties\.summary\.(zh|en)$/ },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const features = [...baseIds.map(pick), c.make()];
      const ds = JSON.stringify({ ...data, features });
      const pl: Record<string, PlacementInfo> = { ...placements, [BAD]: c.placement ?? placements['lab-china-south-africa-minerals-jrc'] };
      const report = runAllChecks(ds, { seeds, placements: pl, shapes, reference, countryPoints });
      const hit = report.problems.find((p) => p.id === c.id && c.field.test(p.field));
      expect(hit, `no problem naming ${c.id ?? '(no id)'} at ${c.field}; got:\n${report.problems.map(formatProblem).join('\n')}`).toBeTruthy();
      const survivors = report.records.map((r) => r.properties.id);
      for (const id of baseIds) expect(survivors, `valid record ${id} was lost`).toContain(id);
      expect(survivors).not.toContain(BAD);
    });
  }
});
