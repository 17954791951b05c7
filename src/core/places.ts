/**
 * Where records are drawn when their place is known only to the country, and where a record's partner
 * countries are. Pure.
 *
 * A record whose `precision` is "country" has a point only because GeoJSON needs one (the country's
 * representative point): drawing it as a site symbol would claim a place the sources do not give. Such
 * records are gathered per point into a group the map draws as one count badge attached to the country,
 * which opens to list them. The same shape of group can later hold records stacked at one site.
 */
import type { AtlasRecord } from './record.ts';
import { POINT_KINDS, type Kind } from './vocabulary.ts';

export type LonLat = [number, number];

export interface PlaceGroup {
  /** Stable for a dataset: "country-ZAF", or "country-at-<lon>,<lat>" when no country can be named. */
  id: string;
  /** 'country': records placed only to the country; 'site': several records at one exact place (a stack). */
  level: 'country' | 'site';
  position: LonLat;
  /** A stack's city, when its records name one (the picker's heading). */
  city?: { zh: string; en: string };
  /** The country the point stands for, when known (ISO alpha-3). */
  a3: string | null;
  /** The records' ids and dataset indexes, in dataset order. */
  ids: string[];
  indexes: number[];
}

const POINT_KIND_SET: ReadonlySet<Kind> = new Set<Kind>(POINT_KINDS);

/** A point record placed only to its country: drawn in its country's group, never as a site symbol. */
export function isCountryLevel(r: AtlasRecord): boolean {
  return r.properties.precision === 'country' && r.geometry?.type === 'Point' && POINT_KIND_SET.has(r.properties.kind);
}

/** Each partner country's point (its partner-country record's), by ISO alpha-3. */
export function countryPoints(records: readonly AtlasRecord[]): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const r of records) {
    const c = r.properties.countries[0];
    if (r.properties.kind === 'partner-country' && c && r.geometry?.type === 'Point' && !out.has(c)) out.set(c, r.geometry.coordinates as LonLat);
  }
  return out;
}

/** Points compare at about 10 m: the builder writes country points with 4 decimals. */
const pointKey = ([lon, lat]: LonLat) => `${lon.toFixed(4)},${lat.toFixed(4)}`;

/**
 * The countries a record may be placed in: its hosts' countries when it names a host (a lab hosted in
 * China that serves Pakistan is placed in China), else its partner countries.
 */
function placeCandidates(r: AtlasRecord): string[] {
  const hosts = r.properties.institutions.filter((i) => i.role === 'host').map((i) => i.country);
  return [...new Set(hosts.length ? hosts : r.properties.countries)];
}

/**
 * Country-level point records grouped by their point, in order of each group's first record. A group's
 * country is the partner-country record's at the same point; else the one country every record of the
 * group may be placed in (see placeCandidates); else none.
 */
export function countryLevelGroups(records: readonly AtlasRecord[]): PlaceGroup[] {
  const byPoint = new Map<string, string>();
  for (const [a3, p] of countryPoints(records)) if (!byPoint.has(pointKey(p))) byPoint.set(pointKey(p), a3);
  const groups = new Map<string, PlaceGroup>();
  records.forEach((r, i) => {
    if (!isCountryLevel(r)) return;
    const position = r.geometry!.coordinates as LonLat;
    const key = pointKey(position);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { id: '', level: 'country', position, a3: byPoint.get(key) ?? null, ids: [], indexes: [] }));
    g.ids.push(r.properties.id);
    g.indexes.push(i);
  });
  const taken = new Set<string>();
  for (const [key, g] of groups) {
    if (!g.a3) {
      const shared = g.indexes.map((i) => placeCandidates(records[i])).reduce((a, b) => a.filter((c) => b.includes(c)));
      g.a3 = shared.length === 1 ? shared[0] : null;
    }
    // Two points for one country (say a record placed with an older country point) stay two groups.
    g.id = g.a3 && !taken.has(g.a3) ? `country-${g.a3}` : `country-at-${key}`;
    if (g.a3) taken.add(g.a3);
  }
  return [...groups.values()];
}

/**
 * Several point records at one exact place (three labs and three events at one Shanghai point): drawn as
 * one numbered stack that opens to list them, as a country's badge does, instead of symbols hiding each
 * other. Records placed only to their country are in their country's group instead.
 */
export function siteStacks(records: readonly AtlasRecord[]): PlaceGroup[] {
  const at = new Map<string, PlaceGroup>();
  records.forEach((r, i) => {
    if (!POINT_KIND_SET.has(r.properties.kind) || r.geometry?.type !== 'Point' || isCountryLevel(r)) return;
    const position = r.geometry.coordinates as LonLat;
    const key = pointKey(position);
    let g = at.get(key);
    if (!g) at.set(key, (g = { id: `site-${key}`, level: 'site', position, a3: null, ids: [], indexes: [] }));
    g.ids.push(r.properties.id);
    g.indexes.push(i);
  });
  const stacks = [...at.values()].filter((g) => g.ids.length > 1);
  for (const g of stacks) {
    const cities = g.indexes.map((i) => records[i].properties.city);
    const countries = new Set(g.indexes.map((i) => placeCandidates(records[i])[0]));
    if (cities[0] && cities.every((c) => c?.en === cities[0]!.en)) g.city = cities[0];
    if (countries.size === 1) g.a3 = [...countries][0] ?? null;
  }
  return stacks;
}

/** Every place group the map draws as a numbered disc: countries' country-level records, then stacks. */
export function placeGroups(records: readonly AtlasRecord[]): PlaceGroup[] {
  return [...countryLevelGroups(records), ...siteStacks(records)];
}

/** Kinds with two ends, a place and partner countries it serves: a selection draws the link between them. */
export const LINKED_KINDS: ReadonlySet<Kind> = new Set<Kind>(['joint-lab', 'demo-centre', 'park', 'organisation']);

export interface PartnerLink {
  a3: string;
  from: LonLat;
  to: LonLat;
}

/**
 * Lines from a record's point to each of its partner countries' points, for records of LINKED_KINDS (a lab
 * hosted in Nanjing serving Pakistan: Nanjing → Pakistan). A partner whose point is the record's own (a
 * record placed only to that country) or that has no point in the dataset gets no line.
 */
export function partnerLinks(r: AtlasRecord, points: ReadonlyMap<string, LonLat>): PartnerLink[] {
  if (!LINKED_KINDS.has(r.properties.kind) || r.geometry?.type !== 'Point') return [];
  const from = r.geometry.coordinates as LonLat;
  const out: PartnerLink[] = [];
  for (const a3 of new Set(r.properties.countries)) {
    const to = points.get(a3);
    if (to && pointKey(to) !== pointKey(from)) out.push({ a3, from, to });
  }
  return out;
}
