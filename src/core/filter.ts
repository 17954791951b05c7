/**
 * Which records the current filters let through. Pure.
 *
 * A record passes when all of these hold:
 * - its kind is among `kinds`;
 * - `fields` is empty, or the record has at least one of them;
 * - `regions` is empty, or at least one of the record's `countries` (or a `groups` entry, via GROUP_REGIONS) lies in one of them (a partner-country
 *   record lists its own country, so it counts); a record with no countries fails a region filter;
 * - `countries` is empty, or the record names at least one of them;
 * - `years` is null, or the record is undated (undated records pass a year range), or its span
 *   [year of `date` … year of `endDate` (or of `date`)] overlaps the range;
 * - `undated` is not false, or the record is dated (the year player turns undated records off).
 */
import { REGIONS, type Region } from './vocabulary.ts';
import countryTable from './countries.json';
import { KINDS, type Field, type Group, type Kind } from './vocabulary.ts';
import type { AtlasRecord } from './record.ts';

export interface Filters {
  kinds: readonly Kind[];
  fields: readonly Field[];
  regions: readonly Region[];
  countries: readonly string[];
  years: readonly [number, number] | null;
  /** false hides records with no date; omitted or true shows them. */
  undated?: boolean;
}

const REGION_OF: ReadonlyMap<string, Region> = (() => {
  const known = new Set<string>(REGIONS);
  const out = new Map<string, Region>();
  for (const [a3, row] of Object.entries(countryTable as Record<string, { r?: string }>)) {
    if (row.r && known.has(row.r)) out.set(a3, row.r as Region);
  }
  return out;
})();

/** The region of a country (ISO alpha-3), from countries.json; undefined for unknown codes and Antarctica. */
export function regionOf(a3: string): Region | undefined {
  return REGION_OF.get(a3.toUpperCase());
}

/** [first year, last year] of a record, or null when it is undated. */
export function yearSpan(r: AtlasRecord): [number, number] | null {
  const d = r.properties.date;
  if (!d) return null;
  const start = Number(d.slice(0, 4));
  const e = r.properties.endDate;
  const end = e ? Number(e.slice(0, 4)) : start;
  return [Math.min(start, end), Math.max(start, end)];
}

/**
 * Regions a regional grouping addresses. A centre in China that serves "ASEAN" names the group, not
 * every member, and must still show under Southeast Asia. Arab States span West Asia and North Africa;
 * the SCO and BRICS reach across several regions.
 */
export const GROUP_REGIONS: Record<Group, readonly Region[]> = {
  asean: ['southeast-asia'],
  'south-asia': ['south-asia'],
  'central-asia': ['central-asia'],
  'arab-states': ['west-asia', 'africa'],
  africa: ['africa'],
  'latin-america': ['latin-america'],
  ceec: ['europe'],
  sco: ['central-asia', 'south-asia', 'east-asia', 'europe'],
  brics: ['latin-america', 'europe', 'south-asia', 'africa'],
};

/** Everything but the kind test (shared by `matches` and `countsByKind`). */
function matchesExceptKind(r: AtlasRecord, f: Filters): boolean {
  const p = r.properties;
  if (f.fields.length && !p.fields.some((x) => f.fields.includes(x))) return false;
  if (
    f.regions.length &&
    !p.countries.some((c) => {
      const region = REGION_OF.get(c);
      return region !== undefined && f.regions.includes(region);
    }) &&
    !p.groups.some((g) => GROUP_REGIONS[g].some((region) => f.regions.includes(region)))
  )
    return false;
  if (f.countries.length && !p.countries.some((c) => f.countries.includes(c))) return false;
  if (f.undated === false && !r.properties.date) return false;
  if (f.years) {
    const span = yearSpan(r);
    if (span) {
      const lo = Math.min(f.years[0], f.years[1]);
      const hi = Math.max(f.years[0], f.years[1]);
      if (span[1] < lo || span[0] > hi) return false;
    }
  }
  return true;
}

export function matches(r: AtlasRecord, f: Filters): boolean {
  return f.kinds.includes(r.properties.kind) && matchesExceptKind(r, f);
}

export function filterRecords(records: readonly AtlasRecord[], f: Filters): AtlasRecord[] {
  return records.filter((r) => matches(r, f));
}

/** Records per kind that the other filters let through, whether or not the kind itself is shown. */
export function countsByKind(records: readonly AtlasRecord[], f: Filters): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const r of records) if (matchesExceptKind(r, f)) counts[r.properties.kind]++;
  return counts;
}

/**
 * A stable key for the filters the GPU cannot apply (fields, regions, countries); kinds and years are done
 * on the GPU, so they are left out. Order-independent: equal filters give equal keys.
 */
export function cpuFilterKey(f: Filters): string {
  const sorted = (xs: readonly string[]) => [...new Set(xs)].sort().join(',');
  return `f=${sorted(f.fields)};r=${sorted(f.regions)};c=${sorted(f.countries.map((c) => c.toUpperCase()))}`;
}

/** [earliest start year, latest year] over dated records (an `endDate` counts), or null when none is dated. */
export function yearBounds(records: readonly AtlasRecord[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of records) {
    const span = yearSpan(r);
    if (!span) continue;
    lo = Math.min(lo, span[0]);
    hi = Math.max(hi, span[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}
