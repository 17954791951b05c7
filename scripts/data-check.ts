/**
 * Validates data/atlas.geojson: schema (parseDataset), unique ids, sources and seed titles, bilingual texts,
 * summaries in our own words, figures present in their seed, points inside their location country, precision
 * honest about country-level points, no two sites on one point, corridors only to partners a source names,
 * links to records that exist, and no plumbing in reader text.
 * Prints a summary (records per kind, per country, sources per seed, warnings); exits non-zero on any error.
 *
 * Seeds directory: env SEEDS_DIR, default <repo>/../shared/seeds (relative to this file, not the cwd).
 * Reference for the en copy check: env REFERENCE_FILE, default <repo>/../shared/reference/domain-facts.md.
 * Run: npm run data:check
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Position } from 'geojson';
import { ATLAS_PATH, PLACEMENTS_PATH, countryPoint, loadCountryShapes } from './build-data.ts';
import { formatProblem, runAllChecks, summarise, warnings, type PlacementInfo } from './dataset-checks.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SEEDS_DIR = resolve(here, '..', '..', 'shared', 'seeds');
export const DEFAULT_REFERENCE = resolve(here, '..', '..', 'shared', 'reference', 'domain-facts.md');

/** Reads every *.txt in the seeds directory; throws a clear error when the directory is missing. */
export function loadSeeds(dir = process.env.SEEDS_DIR ?? DEFAULT_SEEDS_DIR): Map<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`seeds directory not found: ${dir} (set SEEDS_DIR to the folder holding the seed .txt files)`);
  }
  const seeds = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) seeds.set(f, readFileSync(join(dir, f), 'utf8'));
  if (seeds.size === 0) throw new Error(`seeds directory ${dir} holds no .txt seed files`);
  return seeds;
}

export function loadReference(file = process.env.REFERENCE_FILE ?? DEFAULT_REFERENCE): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function loadPlacements(file = PLACEMENTS_PATH): Record<string, PlacementInfo> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { records: Record<string, PlacementInfo> }).records;
}

/** The representative point the build uses for each location country named in the placements. */
export function loadCountryPoints(placements: Record<string, PlacementInfo>, shapes = loadCountryShapes()): Map<string, Position> {
  const points = new Map<string, Position>();
  for (const { country } of Object.values(placements)) {
    if (country && !points.has(country) && shapes.has(country)) points.set(country, countryPoint(country, shapes).point);
  }
  return points;
}

function main(): number {
  let seeds: Map<string, string>;
  try {
    seeds = loadSeeds();
  } catch (err) {
    console.error(`data:check: ${(err as Error).message}`);
    return 2;
  }
  if (!existsSync(ATLAS_PATH)) {
    console.error(`data:check: ${ATLAS_PATH} not found; run npm run data:build first`);
    return 2;
  }
  const text = readFileSync(ATLAS_PATH, 'utf8');
  const placements = existsSync(PLACEMENTS_PATH) ? loadPlacements() : {};
  const reference = loadReference();
  const shapes = loadCountryShapes();
  const report = runAllChecks(text, { seeds, placements, shapes, reference, countryPoints: loadCountryPoints(placements, shapes) });
  const { perKind, perCountry, perSeed } = summarise(report.parsed, placements);
  const total = report.parsed.length;
  console.log(`data/atlas.geojson: ${total} records`);
  console.log('records per kind:');
  for (const [k, n] of Object.entries(perKind)) console.log(`  ${k.padEnd(18)} ${n}`);
  console.log('records per country (partner or location):');
  console.log(
    '  ' +
      Object.entries(perCountry)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([c, n]) => `${c} ${n}`)
        .join(', '),
  );
  console.log('sources citing each seed:');
  for (const f of seeds.keys()) console.log(`  ${f} ${perSeed[f] ?? 0}`);
  if (!reference) console.log('warning: reference file not found; the en copy check was skipped');
  const warns = warnings(report.parsed);
  if (warns.length) {
    console.log(`warnings (${warns.length}):`);
    for (const w of warns) console.log(`  ${w}`);
  }
  if (report.problems.length) {
    console.error(`\n${report.problems.length} error(s):`);
    for (const p of report.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  console.log('\nall checks passed');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
