/**
 * The filters of `filter.ts` over columns: built once per dataset, then one pass over typed arrays per
 * filter change gives everything a view needs (which records pass, per-kind and per-country counts).
 * With 100,000 records, three passes over record objects (filter, counts by kind, counts by country) cost
 * ~100 ms per change; this one pass costs a few. Same results as `matches`, `countsByKind` and
 * `countryCounts` (checked against them in Node). Pure.
 */
import { REGIONS, type Region } from './vocabulary.ts';
import { COUNTED } from './derive.ts';
import { GROUP_REGIONS, regionOf, yearSpan, type Filters } from './filter.ts';
import { FIELDS, KINDS, type Kind } from './vocabulary.ts';
import type { AtlasRecord } from './record.ts';

export interface FilterIndex {
  readonly size: number;
  /** Index into KINDS. */
  readonly kind: Uint8Array;
  /** 1 when the kind counts towards the choropleth (`COUNTED`). */
  readonly counted: Uint8Array;
  /** Bit i = FIELDS[i]. */
  readonly fields: Uint32Array;
  /** Bit i = REGIONS[i], from the record's countries and groups. */
  readonly regions: Uint32Array;
  /** First and last year; NaN for undated records (they always pass). */
  readonly yearFrom: Float32Array;
  readonly yearTo: Float32Array;
  /** Distinct countries of record i: codes[countryIds[countryStart[i] … countryStart[i + 1] − 1]]. */
  readonly countryStart: Uint32Array;
  readonly countryIds: Uint32Array;
  readonly codes: readonly string[];
}

export interface FilterResult {
  /** pass[i] = 1 when record i passes every filter. */
  readonly pass: Uint8Array;
  /**
   * cpuPass[i] = 1 when record i passes the filters the GPU cannot apply (fields, regions, countries: a
   * record has several); null when those are all off. Kind and year are GPU categories. Same pass as `pass`.
   */
  readonly cpuPass: Uint8Array | null;
  /** How many records pass. */
  readonly total: number;
  /** Records per kind that pass every filter but the kind filter (the legend's counts). */
  readonly byKind: Record<Kind, number>;
  /** Passing cooperation records per partner country (ISO alpha-3), as `countryCounts` gives. */
  readonly byCountry: Map<string, number>;
}

const bitsOf = <T extends string>(all: readonly T[], some: readonly T[]) => {
  let m = 0;
  for (const x of some) {
    const i = all.indexOf(x);
    if (i >= 0) m |= 1 << i;
  }
  return m >>> 0;
};

export function buildFilterIndex(records: readonly AtlasRecord[]): FilterIndex {
  const n = records.length;
  const kind = new Uint8Array(n);
  const counted = new Uint8Array(n);
  const fields = new Uint32Array(n);
  const regions = new Uint32Array(n);
  const yearFrom = new Float32Array(n);
  const yearTo = new Float32Array(n);
  const countryStart = new Uint32Array(n + 1);
  const ids: number[] = [];
  const codes: string[] = [];
  const codeId = new Map<string, number>();
  records.forEach((r, i) => {
    const p = r.properties;
    kind[i] = KINDS.indexOf(p.kind);
    counted[i] = COUNTED.has(p.kind) ? 1 : 0;
    fields[i] = bitsOf(FIELDS, p.fields);
    // `matches` looks countries up as written (the region table is keyed upper-case); so does this.
    const regionList = [...p.countries.filter((c) => c === c.toUpperCase()).map(regionOf), ...p.groups.flatMap((g) => GROUP_REGIONS[g])];
    regions[i] = bitsOf(REGIONS, regionList.filter((x): x is Region => x !== undefined));
    const span = yearSpan(r);
    yearFrom[i] = span ? span[0] : NaN;
    yearTo[i] = span ? span[1] : NaN;
    countryStart[i] = ids.length;
    for (const c of new Set(p.countries)) {
      let id = codeId.get(c);
      if (id === undefined) {
        id = codes.length;
        codes.push(c);
        codeId.set(c, id);
      }
      ids.push(id);
    }
  });
  countryStart[n] = ids.length;
  return { size: n, kind, counted, fields, regions, yearFrom, yearTo, countryStart, countryIds: Uint32Array.from(ids), codes };
}

export function runFilters(index: FilterIndex, f: Filters): FilterResult {
  const { size, kind, counted, fields, regions, yearFrom, yearTo, countryStart, countryIds, codes } = index;
  const kindOn = new Uint8Array(KINDS.length);
  for (const k of f.kinds) {
    const i = KINDS.indexOf(k);
    if (i >= 0) kindOn[i] = 1;
  }
  const fieldMask = bitsOf(FIELDS, f.fields);
  const regionMask = bitsOf(REGIONS, f.regions);
  const wanted = new Uint8Array(codes.length);
  for (const c of f.countries) {
    const i = codes.indexOf(c);
    if (i >= 0) wanted[i] = 1;
  }
  const byCountryId = new Uint32Array(codes.length);
  const byKindArr = new Uint32Array(KINDS.length);
  const pass = new Uint8Array(size);
  const cpuPass = f.fields.length || f.regions.length || f.countries.length ? new Uint8Array(size) : null;
  const lo = f.years ? Math.min(f.years[0], f.years[1]) : 0;
  const hi = f.years ? Math.max(f.years[0], f.years[1]) : 0;
  let total = 0;
  for (let i = 0; i < size; i++) {
    // Filters that are on but name nothing the record has reject it, as `matches` does.
    if (f.fields.length && !(fields[i] & fieldMask)) continue;
    if (f.regions.length && !(regions[i] & regionMask)) continue;
    const c0 = countryStart[i];
    const c1 = countryStart[i + 1];
    if (f.countries.length) {
      let hit = false;
      for (let j = c0; j < c1 && !hit; j++) hit = wanted[countryIds[j]] === 1;
      if (!hit) continue;
    }
    if (cpuPass) cpuPass[i] = 1;
    // NaN (undated) compares false both ways: it passes a year range, and only `undated: false` drops it.
    if (f.years && (yearTo[i] < lo || yearFrom[i] > hi)) continue;
    if (f.undated === false && Number.isNaN(yearFrom[i])) continue;
    byKindArr[kind[i]]++;
    if (!kindOn[kind[i]]) continue;
    pass[i] = 1;
    total++;
    if (counted[i]) for (let j = c0; j < c1; j++) byCountryId[countryIds[j]]++;
  }
  const byKind = Object.fromEntries(KINDS.map((k, i) => [k, byKindArr[i]])) as Record<Kind, number>;
  const byCountry = new Map<string, number>();
  byCountryId.forEach((count, i) => {
    if (count) byCountry.set(codes[i], count);
  });
  return { pass, cpuPass, total, byKind, byCountry };
}

/** The passing records, in dataset order. */
export function passingRecords(records: readonly AtlasRecord[], result: FilterResult): AtlasRecord[] {
  const out: AtlasRecord[] = [];
  for (let i = 0; i < records.length; i++) if (result.pass[i]) out.push(records[i]);
  return out;
}
