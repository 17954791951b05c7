/**
 * The dataset checks as pure functions (no file system, no process): scripts/data-check.ts runs them on
 * data/atlas.geojson and test/node/dataset.test.ts reuses them. Every problem names the record and field.
 */
import type { Position } from 'geojson';
import { parseDataset } from '../src/core/validate.ts';
import { type AtlasRecord } from '../src/core/record.ts';
import type { PlacementInfo, Problem } from './problem.ts';
import { checkCountryLevelPoints, checkSharedSites } from './point-checks.ts';
import { checkCorridorPartners } from './corridor-check.ts';
import { checkLinks } from './link-check.ts';
import { checkReaderText } from './reader-text-check.ts';

/** Seed file → its title (the heading of the text; seed 004 has none, so a short descriptive title is used). */
export const SEED_TITLES: Record<string, string> = {
  '000_26503aa09e2debff.txt': '以共建联合实验室推进“一带一路”科技合作',
  '001_623cb183ae81130a.txt': '深化“一带一路”科技创新合作',
  '002_61e2e90163225e43.txt': '第二届“一带一路”国际合作高峰论坛“创新之路”分论坛在北京举行',
  '003_e31de77d84d3f79b.txt': '以更高水平开放合作开启“一带一路”创新之路的新征程',
  '004_2c1c661e719975d5.txt': '中国科技创新领域对外交流与合作活动信息（2018年9—10月）',
};

/** Points may sit this far (degrees) outside their country's polygon: coastal cities and generalised 50m coasts. */
export const COAST_TOLERANCE_DEG = 0.3;
/** A zh summary must not share a run of this many characters (whitespace removed) with a seed. */
export const ZH_COPY_RUN = 25;
/** An en summary must not share a run of this many words with the English reference text. */
export const EN_COPY_WORDS = 10;

export type { PlacementInfo, Problem } from './problem.ts';

export interface CheckContext {
  /** Seed file name → full text. */
  seeds: Map<string, string>;
  /** Record id → placement (location country) from data/placements.json. */
  placements?: Record<string, PlacementInfo>;
  /** ISO alpha-3 → polygons ([ring][point][lon,lat]) from world-atlas. */
  shapes?: Map<string, Position[][][]>;
  /** English reference text (domain-facts.md) for the en copy check; skipped when absent. */
  reference?: string;
  /** ISO alpha-3 → the representative point the build uses for country-level records; the country-point check is skipped when absent. */
  countryPoints?: Map<string, Position>;
}

export function formatProblem(p: Problem): string {
  return `[${p.check}] ${p.id ? `record "${p.id}"` : 'dataset'}: ${p.field}: ${p.message}`;
}

export const stripWs = (s: string): string => s.replace(/\s+/gu, '');

/* ---------------------------------------------------------------------------------------------- */

/** schema: zero errors from parseDataset. Returns the problems and the records that passed. */
export function checkSchema(text: string): { records: AtlasRecord[]; problems: Problem[] } {
  const { records, errors } = parseDataset(text);
  return { records, problems: errors.map((e) => ({ check: 'schema', id: e.id, field: e.field, message: e.message })) };
}

/** ids unique, over the raw features (so duplicates are caught even when one copy is malformed). */
export function checkUniqueIds(text: string): Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const feats = (data as { features?: unknown }).features;
  if (!Array.isArray(feats)) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  feats.forEach((f, i) => {
    const id = (f as { properties?: { id?: unknown } })?.properties?.id;
    if (typeof id !== 'string') return;
    const prior = seen.get(id);
    if (prior !== undefined) problems.push({ check: 'unique-ids', id, field: 'properties.id', message: `duplicate id (features #${prior} and #${i})` });
    else seen.set(id, i);
  });
  return problems;
}

/**
 * ≥1 source, each a seed or a page (the loader also takes a title alone, as downloads cite; the bundled
 * dataset is held to a text that can be checked); every seed source names an existing seed file and
 * carries that seed's title.
 */
export function checkSources(records: AtlasRecord[], seeds: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    if (p.sources.length === 0) problems.push({ check: 'sources', id: p.id, field: 'properties.sources', message: 'needs at least one source' });
    p.sources.forEach((s, i) => {
      const field = `properties.sources.${i}`;
      if (!s.seed && !s.url) problems.push({ check: 'sources', id: p.id, field, message: 'needs a seed or a url' });
      if (!s.seed) return;
      if (!seeds.has(s.seed)) {
        problems.push({ check: 'sources', id: p.id, field: `${field}.seed`, message: `seed file "${s.seed}" does not exist in the seeds directory` });
        return;
      }
      const want = SEED_TITLES[s.seed];
      if (want === undefined) problems.push({ check: 'sources', id: p.id, field: `${field}.seed`, message: `seed "${s.seed}" has no entry in SEED_TITLES` });
      else if (s.title !== want) problems.push({ check: 'sources', id: p.id, field: `${field}.title`, message: `title "${s.title}" is not the seed's title "${want}"` });
    });
  }
  return problems;
}

/** zh and en present for every bilingual text (names, summaries, figure labels/units, cities, institutions). */
export function checkBilingual(records: AtlasRecord[]): Problem[] {
  const problems: Problem[] = [];
  const need = (id: string, field: string, b: { zh: string; en: string } | undefined) => {
    if (!b) return;
    for (const lang of ['zh', 'en'] as const) {
      if (!b[lang] || !b[lang].trim()) problems.push({ check: 'bilingual', id, field: `${field}.${lang}`, message: 'is empty' });
    }
  };
  for (const r of records) {
    const p = r.properties;
    need(p.id, 'properties.name', p.name);
    need(p.id, 'properties.summary', p.summary);
    need(p.id, 'properties.city', p.city);
    p.figures.forEach((f, i) => {
      need(p.id, `properties.figures.${i}.label`, f.label);
      need(p.id, `properties.figures.${i}.unit`, f.unit);
    });
    p.institutions.forEach((inst, i) => need(p.id, `properties.institutions.${i}.name`, inst.name));
    if (!/[\u4e00-\u9fff]/u.test(p.summary.zh)) problems.push({ check: 'bilingual', id: p.id, field: 'properties.summary.zh', message: 'contains no Chinese text' });
  }
  return problems;
}

/** Longest common substring length (dynamic programming over one row); used on whitespace-free text. */
export function longestCommonRun(a: string, b: string): { length: number; text: string } {
  const A = Array.from(a);
  const Bc = Array.from(b);
  let best = 0;
  let end = 0;
  let prev = new Uint16Array(Bc.length + 1);
  let cur = new Uint16Array(Bc.length + 1);
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= Bc.length; j++) {
      cur[j] = A[i - 1] === Bc[j - 1] ? Math.min(prev[j - 1] + 1, 65535) : 0;
      if (cur[j] > best) {
        best = cur[j];
        end = i;
      }
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return { length: best, text: A.slice(end - best, end).join('') };
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Summaries in our own words: no zh run of ZH_COPY_RUN chars from a seed; no en run of EN_COPY_WORDS words from the reference. */
export function checkSummaryCopies(records: AtlasRecord[], seeds: Map<string, string>, reference?: string): Problem[] {
  const problems: Problem[] = [];
  const seedTexts = [...seeds.entries()].map(([f, t]) => {
    const chars = Array.from(stripWs(t));
    const windows = new Set<string>();
    for (let i = 0; i + ZH_COPY_RUN <= chars.length; i++) windows.add(chars.slice(i, i + ZH_COPY_RUN).join(''));
    return [f, chars.join(''), windows] as const;
  });
  const refGrams = new Set<string>();
  if (reference) {
    const w = words(reference);
    for (let i = 0; i + EN_COPY_WORDS <= w.length; i++) refGrams.add(w.slice(i, i + EN_COPY_WORDS).join(' '));
  }
  for (const r of records) {
    const p = r.properties;
    const zh = stripWs(p.summary.zh);
    const zc = Array.from(zh);
    for (const [file, text, windows] of seedTexts) {
      let hit = false;
      for (let i = 0; i + ZH_COPY_RUN <= zc.length && !hit; i++) hit = windows.has(zc.slice(i, i + ZH_COPY_RUN).join(''));
      if (!hit) continue;
      const run = longestCommonRun(zh, text);
      if (run.length >= ZH_COPY_RUN) {
        problems.push({ check: 'summary-copy', id: p.id, field: 'properties.summary.zh', message: `repeats ${run.length} characters of seed ${file}: "${run.text}"` });
      }
    }
    if (refGrams.size) {
      const w = words(p.summary.en);
      for (let i = 0; i + EN_COPY_WORDS <= w.length; i++) {
        const g = w.slice(i, i + EN_COPY_WORDS).join(' ');
        if (refGrams.has(g)) {
          problems.push({ check: 'summary-copy', id: p.id, field: 'properties.summary.en', message: `copies a ${EN_COPY_WORDS}-word run from the reference: "${g}"` });
          break;
        }
      }
    }
  }
  return problems;
}

/** Every figure whose source is a seed: asWritten occurs in that seed (whitespace removed on both sides). */
export function checkFigures(records: AtlasRecord[], seeds: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const stripped = new Map([...seeds.entries()].map(([f, t]) => [f, stripWs(t)]));
  for (const r of records) {
    const p = r.properties;
    p.figures.forEach((fig, i) => {
      const src = p.sources[fig.source];
      if (!src?.seed) return;
      const text = stripped.get(src.seed);
      if (text === undefined) return; // reported by checkSources
      if (!text.includes(stripWs(fig.asWritten))) {
        problems.push({ check: 'figures', id: p.id, field: `properties.figures.${i}.asWritten`, message: `"${fig.asWritten}" does not occur in seed ${src.seed}` });
      }
    });
  }
  return problems;
}

/** confidence "inferred" must be said plainly in both summaries. */
export function checkInferredDisclosed(records: AtlasRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    if (p.confidence !== 'inferred') continue;
    if (!/推断|我们的/u.test(p.summary.zh)) problems.push({ check: 'inferred', id: p.id, field: 'properties.summary.zh', message: 'confidence is "inferred" but the zh summary does not say so (推断)' });
    if (!/\binferr|\bour (reading|inference|schematic)/iu.test(p.summary.en)) problems.push({ check: 'inferred', id: p.id, field: 'properties.summary.en', message: 'confidence is "inferred" but the en summary does not say so ("inferred")' });
  }
  return problems;
}

/* ---------------------------------------------------------------------------------------------- */
/* Geometry                                                                                        */

function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point in a polygon with holes (first ring outer). */
export function pointInPolygon(pt: Position, poly: Position[][]): boolean {
  if (!inRing(pt[0], pt[1], poly[0])) return false;
  for (let k = 1; k < poly.length; k++) if (inRing(pt[0], pt[1], poly[k])) return false;
  return true;
}

function segDist(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** 0 when inside any polygon, else the planar distance in degrees to the nearest boundary. */
export function distanceToCountry(pt: Position, polys: Position[][][]): number {
  if (polys.some((poly) => pointInPolygon(pt, poly))) return 0;
  let best = Infinity;
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segDist(pt, ring[i - 1], ring[i]));
    }
  }
  return best;
}

/** Every Point lies inside its location country's polygon (within the coast tolerance), unless precision is region. */
export function checkPlacement(records: AtlasRecord[], placements: Record<string, PlacementInfo>, shapes: Map<string, Position[][][]>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    if (!r.geometry) continue;
    const pl = placements[p.id];
    if (!pl) {
      problems.push({ check: 'placement', id: p.id, field: 'geometry', message: 'has no entry in the placement sidecar (rebuild with npm run data:build)' });
      continue;
    }
    if (r.geometry.type !== 'Point' || p.precision === 'region') continue;
    if (!pl.country) {
      problems.push({ check: 'placement', id: p.id, field: 'geometry', message: 'placement names no location country' });
      continue;
    }
    const polys = shapes.get(pl.country);
    if (!polys) {
      problems.push({ check: 'placement', id: p.id, field: 'geometry', message: `location country ${pl.country} has no world-atlas polygon` });
      continue;
    }
    const d = distanceToCountry(r.geometry.coordinates, polys);
    if (d > COAST_TOLERANCE_DEG) {
      problems.push({
        check: 'placement',
        id: p.id,
        field: 'geometry.coordinates',
        message: `point [${r.geometry.coordinates.join(', ')}] is ${d.toFixed(2)}° outside ${pl.country} (tolerance ${COAST_TOLERANCE_DEG}°)`,
      });
    }
  }
  return problems;
}

/* ---------------------------------------------------------------------------------------------- */

export interface CheckReport {
  /** Records that passed the schema and every check. */
  records: AtlasRecord[];
  /** Records that passed the schema (the input of the other checks). */
  parsed: AtlasRecord[];
  problems: Problem[];
}

/** Runs every check on a dataset text. */
export function runAllChecks(text: string, ctx: CheckContext): CheckReport {
  const schema = checkSchema(text);
  const problems: Problem[] = [...schema.problems];
  // parseDataset already reports duplicates; add the raw-feature check only for ids it did not flag.
  const flagged = new Set(schema.problems.filter((p) => p.field === 'properties.id').map((p) => p.id));
  problems.push(...checkUniqueIds(text).filter((p) => !flagged.has(p.id)));
  const recs = schema.records;
  problems.push(...checkSources(recs, ctx.seeds));
  problems.push(...checkBilingual(recs));
  problems.push(...checkSummaryCopies(recs, ctx.seeds, ctx.reference));
  problems.push(...checkFigures(recs, ctx.seeds));
  problems.push(...checkInferredDisclosed(recs));
  if (ctx.placements && ctx.shapes) problems.push(...checkPlacement(recs, ctx.placements, ctx.shapes));
  if (ctx.placements && ctx.countryPoints) problems.push(...checkCountryLevelPoints(recs, ctx.placements, ctx.countryPoints));
  problems.push(...checkSharedSites(recs));
  problems.push(...checkCorridorPartners(recs));
  problems.push(...checkLinks(recs));
  problems.push(...checkReaderText(recs));
  // Schema failures are already absent from `recs` (a duplicate's first copy stays valid), so only the
  // record-level checks remove records here.
  const bad = new Set(problems.filter((p) => p.check !== 'schema' && p.check !== 'unique-ids').map((p) => p.id));
  return { records: recs.filter((r) => !bad.has(r.properties.id)), parsed: recs, problems };
}

/** Counts for the summary: records per kind, per country (partner countries + location countries), sources per seed. */
export function summarise(records: AtlasRecord[], placements: Record<string, PlacementInfo> = {}) {
  const perKind: Record<string, number> = {};
  const perCountry: Record<string, number> = {};
  const perSeed: Record<string, number> = {};
  for (const r of records) {
    const p = r.properties;
    perKind[p.kind] = (perKind[p.kind] ?? 0) + 1;
    const cs = new Set(p.countries);
    const loc = placements[p.id]?.country;
    if (loc) cs.add(loc);
    for (const c of cs) perCountry[c] = (perCountry[c] ?? 0) + 1;
    for (const s of p.sources) if (s.seed) perSeed[s.seed] = (perSeed[s.seed] ?? 0) + 1;
  }
  return { perKind, perCountry, perSeed };
}

/** Soft findings worth a look but not errors. */
export function warnings(records: AtlasRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const p = r.properties;
    // A figure with a series key is read with the rest of its series; one with neither is an orphan.
    if (p.kind === 'figure' && p.related.length === 0 && !p.figures.some((f) => f.series)) out.push(`record "${p.id}": figure has no related records and no series`);
  }
  return out;
}
