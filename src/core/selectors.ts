/**
 * Memoised derivations of (records, state) for the views: what the filters let through, the counts, the
 * mask by record index the map's GPU filter reads, and what the dataset holds (kinds, fields, countries,
 * year bounds). In the style of flowmap.gl's selectors: each is a pure function memoised on the identity
 * of its inputs, so a camera move, a selection or an open panel never re-filters, and a filter change is
 * one pass over typed columns (filter-index.ts). One set per atlas (`createSelectors`): two atlases on a
 * page must not evict each other's memo.
 */
import countryTable from './countries.json';
import { cpuFilterKey, regionOf, yearBounds } from './filter.ts';
import { buildFilterIndex, passingRecords, runFilters, type FilterResult } from './filter-index.ts';
import { memo } from './memo.ts';
import type { AtlasRecord } from './record.ts';
import { placeGroups as allPlaceGroups, type PlaceGroup } from './places.ts';
import { figureGroups } from './related.ts';
import { ownedSeries, recordSeries, seriesPoints, systemSummaries } from './systems.ts';
import { FIELDS, REGIONS, type Field, type Kind, type Region } from './vocabulary.ts';

const names = countryTable as Record<string, { zh: string; en: string }>;

/** The filter slices of the app state (the reducer keeps each slice's identity until it changes). */
export interface FilterSlices {
  kinds: readonly Kind[];
  fields: readonly Field[];
  regions: readonly Region[];
  countries: readonly string[];
  years: readonly [number, number] | null;
  /** false hides undated records; omitted means shown. */
  undated?: boolean;
}

export interface CountryOption {
  a3: string;
  zh: string;
  en: string;
}

/** What the map's layers need from the filters: a mask by record index, and a key that changes with it. */
export interface MapFilter {
  /** mask[i] = 1 when record i passes the CPU-side filters; null when they are off (all pass). */
  mask: Uint8Array | null;
  /** Changes exactly when the mask's content does (deck.gl updateTriggers). */
  key: string;
  /** Cooperation records per partner country under every filter (the choropleth). */
  counts: ReadonlyMap<string, number>;
}

export function createSelectors() {
  const index = memo((records: readonly AtlasRecord[]) => buildFilterIndex(records));
  const result = memo(
    (records: readonly AtlasRecord[], kinds: FilterSlices['kinds'], fields: FilterSlices['fields'], regions: FilterSlices['regions'], countries: FilterSlices['countries'], years: FilterSlices['years'], undated: boolean) =>
      runFilters(index(records), { kinds, fields, regions, countries, years, undated }),
  );
  const passing = memo((records: readonly AtlasRecord[], r: FilterResult) => passingRecords(records, r));
  const mapFilter = memo((r: FilterResult, key: string): MapFilter => ({ mask: r.cpuPass, key, counts: r.byCountry }));
  const filterResult = (records: readonly AtlasRecord[], s: FilterSlices) => result(records, s.kinds, s.fields, s.regions, s.countries, s.years, s.undated !== false);

  const placeGroups = memo((records: readonly AtlasRecord[]) => {
    const groups = allPlaceGroups(records);
    const byGroup = new Map(groups.map((g) => [g.id, g] as const));
    const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g.id] as const)));
    return { groups, byGroup, groupOf };
  });
  const countriesPresent = memo((records: readonly AtlasRecord[]) => new Set(records.flatMap((r) => r.properties.countries)));
  return {
    /** Which records pass every filter (a mask by index), with counts by kind and by country. */
    filterResult,
    /** The passing records in dataset order (built only for the list and downloads). */
    passing: (records: readonly AtlasRecord[], s: FilterSlices) => passing(records, filterResult(records, s)),
    /** The map's filter: mask by index and key; a kind or year change keeps the key (they are GPU uniforms). */
    mapFilter: (records: readonly AtlasRecord[], s: FilterSlices) => mapFilter(filterResult(records, s), s.fields.length || s.regions.length || s.countries.length ? cpuFilterKey(s) : ''),
    byId: memo((records: readonly AtlasRecord[]) => new Map(records.map((r) => [r.properties.id, r]))),
    yearBounds: memo((records: readonly AtlasRecord[]) => yearBounds(records)),
    /** Every figure series of the dataset by key, each sorted by date (what a call-out's chart draws). */
    series: memo((records: readonly AtlasRecord[]) => seriesPoints(records)),
    /** "In numbers": the headline systems (series, members), then the figure groups no system shows. */
    figureSections: memo((records: readonly AtlasRecord[]) => {
      const systems = systemSummaries(records);
      const owned = ownedSeries(systems);
      const others = figureGroups(records).filter((g) => !g.some((r) => owned.has(recordSeries(r) ?? '')));
      return { systems, others };
    }),
    /** Country badges: records placed only to their country, by group, and each record's group. */
    /** How many records of a place group pass the filters (what its badge counts). */
    shownIn: (records: readonly AtlasRecord[], s: FilterSlices, g: PlaceGroup) => {
      const { pass } = filterResult(records, s);
      return g.indexes.filter((i) => pass[i]).length;
    },
    placeGroups: placeGroups as (records: readonly AtlasRecord[]) => { groups: PlaceGroup[]; byGroup: ReadonlyMap<string, PlaceGroup>; groupOf: ReadonlyMap<string, string> },
    kindsPresent: memo((records: readonly AtlasRecord[]): Kind[] => [...new Set(records.map((r) => r.properties.kind))]),
    fieldsPresent: memo((records: readonly AtlasRecord[]): Field[] => FIELDS.filter((f) => records.some((r) => r.properties.fields.includes(f)))),
    /** Kinds with at least one record on the map (legends of prints and images). */
    kindsDrawn: memo((records: readonly AtlasRecord[]) => new Set(records.filter((r) => r.geometry).map((r) => r.properties.kind))),
    /** Partner countries the dataset names, with their names, for the country filter. */
    countryOptions: memo((records: readonly AtlasRecord[]): CountryOption[] => [...countriesPresent(records)].filter((a3) => names[a3]).map((a3) => ({ a3, ...names[a3] }))),
    /** Regions some partner country of the dataset lies in, for the region filter. */
    regionsPresent: memo((records: readonly AtlasRecord[]): Region[] => {
      const present = countriesPresent(records);
      return REGIONS.filter((r) => [...present].some((a3) => regionOf(a3) === r));
    }),
  };
}

export type Selectors = ReturnType<typeof createSelectors>;
