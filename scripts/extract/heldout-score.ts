/**
 * Precision and recall of data:extract on the held-out texts in test/fixtures/extract-heldout/ (short
 * excerpts of public pages, annotated by hand before the extractor was written and never tuned on).
 *
 * Entities: what the report names as a cooperation entity — records it found by name (not partner
 * countries, corridors or figures, which follow from other mentions) and candidates. An expected entity is
 * found when its atlas record is reported, or a candidate carries its name (same name key, or one inside the
 * other). Figures: a reported figure counts when an expected one has its value and unit; qualifier and
 * as-of date are scored on those pairs.
 * Run: npx tsx scripts/extract/heldout-score.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, loadAtlas, type AtlasRecord } from './atlas.ts';
import { extract } from './extract.ts';
import { nameKey } from './keys.ts';

export const HELDOUT_DIR = join(REPO_ROOT, 'test', 'fixtures', 'extract-heldout');

interface Expected {
  text: string;
  source: { url: string; publisher: string; date: string };
  entities: { name: string; kind: string; country: string | null; known?: string }[];
  figures: { value: number; qualifier: string; unit: string; asOf: string | null }[];
}

export interface Tally {
  found: number;
  expected: number;
  correct: number;
  reported: number;
}

export interface Score {
  file: string;
  /** Lenient: a candidate's name may hold the expected name or sit inside it ("及中国-东盟…联盟"). */
  entities: Tally;
  /** Strict: a candidate's name is the expected name (as a key), and an expected atlas record is reported as that record. */
  exact: Tally;
  figures: Tally & { qualifierRight: number; asOfRight: number };
}

const ENTITY_KINDS_BY_NAME = new Set(['joint-lab', 'park', 'demo-centre', 'transfer-centre', 'organisation', 'event', 'agreement', 'programme', 'flagship-corridor']);

function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y));
}

const exactName = (a: string, b: string) => nameKey(a) === nameKey(b);

function head(unit: string): string {
  if (/\p{Script=Han}/u.test(unit)) return unit[0];
  const w = (unit.split(/\s+/).pop() ?? '').toLowerCase();
  return w.replace(/ies$/, 'y').replace(/s$/, '');
}

export function scoreText(textFile: string, expected: Expected, atlas: AtlasRecord[]): Score {
  const text = readFileSync(join(HELDOUT_DIR, textFile), 'utf8');
  const x = extract(text, { source: textFile, atlas });
  const kindOf = new Map(atlas.map((r) => [r.id, r.kind]));
  const knownIds = x.hits.filter((h) => h.via === 'name' && ENTITY_KINDS_BY_NAME.has(kindOf.get(h.id) ?? '')).map((h) => h.id);
  const cands = x.report.candidates;
  const knownRight = knownIds.filter((id) => expected.entities.some((e) => e.known === id)).length;
  const entityFound = (e: Expected['entities'][number]) => (e.known !== undefined && knownIds.includes(e.known)) || cands.some((c) => sameName(c.name, e.name));
  const reportedRight = knownRight + cands.filter((c) => expected.entities.some((e) => sameName(c.name, e.name))).length;
  const exactFound = (e: Expected['entities'][number]) => (e.known !== undefined ? knownIds.includes(e.known) : cands.some((c) => exactName(c.name, e.name)));
  const exactRight = knownRight + cands.filter((c) => expected.entities.some((e) => e.known === undefined && exactName(c.name, e.name))).length;

  // Figures: one-to-one on value and unit, in text order.
  const pool = [...expected.figures];
  let correct = 0;
  let qualifierRight = 0;
  let asOfRight = 0;
  for (const f of x.report.figures) {
    const i = pool.findIndex((e) => e.value === f.value && head(e.unit) === head(f.unit));
    if (i < 0) continue;
    const e = pool.splice(i, 1)[0];
    correct++;
    if (e.qualifier === f.qualifier) qualifierRight++;
    if (e.asOf === f.asOf) asOfRight++;
  }
  return {
    file: textFile,
    entities: { found: expected.entities.filter(entityFound).length, expected: expected.entities.length, correct: reportedRight, reported: knownIds.length + cands.length },
    exact: { found: expected.entities.filter(exactFound).length, expected: expected.entities.length, correct: exactRight, reported: knownIds.length + cands.length },
    figures: { found: correct, expected: expected.figures.length, correct, reported: x.report.figures.length, qualifierRight, asOfRight },
  };
}

export function scoreHeldout(atlas = loadAtlas()): Score[] {
  return readdirSync(HELDOUT_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(HELDOUT_DIR, f), 'utf8')) as Expected;
      return scoreText(expected.text, expected, atlas);
    });
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${Math.round((100 * a) / b)}%`);

/** The lines the README quotes (a Node test checks the README still says them). */
export function summaryLines(scores: Score[]): string[] {
  const sum = (pick: (s: Score) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const tally = (pick: (s: Score) => Tally) => ({
    found: sum((s) => pick(s).found),
    expected: sum((s) => pick(s).expected),
    correct: sum((s) => pick(s).correct),
    reported: sum((s) => pick(s).reported),
  });
  const e = tally((s) => s.entities);
  const x = tally((s) => s.exact);
  const f = {
    found: sum((s) => s.figures.found),
    expected: sum((s) => s.figures.expected),
    correct: sum((s) => s.figures.correct),
    reported: sum((s) => s.figures.reported),
    q: sum((s) => s.figures.qualifierRight),
    d: sum((s) => s.figures.asOfRight),
  };
  return [
    `- Entities: precision ${pct(e.correct, e.reported)} (${e.correct}/${e.reported}), recall ${pct(e.found, e.expected)} (${e.found}/${e.expected}).`,
    `- Entities, strictly (exact names; an atlas record must be reported as that record, not as a candidate): precision ${pct(x.correct, x.reported)} (${x.correct}/${x.reported}), recall ${pct(x.found, x.expected)} (${x.found}/${x.expected}).`,
    `- Figures: precision ${pct(f.correct, f.reported)} (${f.correct}/${f.reported}), recall ${pct(f.found, f.expected)} (${f.found}/${f.expected}); of the figures found, qualifier right ${f.q}/${f.found}, as-of date right ${f.d}/${f.found}.`,
  ];
}

export function scoreTable(scores: Score[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.file} | ${s.entities.correct}/${s.entities.reported} | ${s.entities.found}/${s.entities.expected} | ${s.figures.correct}/${s.figures.reported} | ${s.figures.found}/${s.figures.expected} |`,
  );
  return ['| text | entities right / reported | entities found / expected | figures right / reported | figures found / expected |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const scores = scoreHeldout();
  console.log(scoreTable(scores));
  console.log();
  console.log(summaryLines(scores).join('\n'));
}
