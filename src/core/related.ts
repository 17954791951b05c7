/** Links between records: what else to look at, a country's profile, and which figures belong together. Pure. */
import type { Kind } from './vocabulary.ts';
import type { AtlasRecord } from './record.ts';
import { recordSeries } from './systems.ts';

const startYear = (r: AtlasRecord): number | null => (r.properties.date ? Number(r.properties.date.slice(0, 4)) : null);

/** Kinds that speak of the whole initiative rather than a place when they name no country. */
const GENERAL_KINDS: ReadonlySet<Kind> = new Set<Kind>(['figure', 'programme']);

/**
 * Records to show next to the one with `id`, at most `limit`:
 * 1. the ids in its `related`, in the order listed (those that exist);
 * 2. then other records sharing a partner country or a field, ranked by the number of shared countries,
 *    then of shared fields, then dataset order. Figures and programmes with no countries (statements about
 *    the whole initiative, which share a broad field such as "innovation" with almost everything) are left
 *    out of this step unless nothing else shares anything.
 * The record itself never appears; an unknown id gives [].
 */
export function relatedRecords(records: readonly AtlasRecord[], id: string, limit = 8): AtlasRecord[] {
  const base = records.find((r) => r.properties.id === id);
  if (!base || limit <= 0) return [];
  const byId = new Map(records.map((r) => [r.properties.id, r] as const));
  const out: AtlasRecord[] = [];
  const taken = new Set<string>([id]);
  for (const rid of base.properties.related) {
    const r = byId.get(rid);
    if (!r || taken.has(rid)) continue;
    taken.add(rid);
    out.push(r);
  }

  const countries = new Set(base.properties.countries);
  const fields = new Set(base.properties.fields);
  const scored: { r: AtlasRecord; c: number; f: number; i: number }[] = [];
  records.forEach((r, i) => {
    if (taken.has(r.properties.id)) return;
    const c = new Set(r.properties.countries.filter((x) => countries.has(x))).size;
    const f = new Set(r.properties.fields.filter((x) => fields.has(x))).size;
    if (c + f > 0) scored.push({ r, c, f, i });
  });
  const specific = scored.filter(({ r }) => !(GENERAL_KINDS.has(r.properties.kind) && r.properties.countries.length === 0));
  const pool = specific.length ? specific : scored;
  pool.sort((a, b) => b.c - a.c || b.f - a.f || a.i - b.i);
  for (const { r } of pool) out.push(r);
  return out.slice(0, limit);
}

export interface CountryProfile {
  /** The partner-country record for the country, if the dataset has one. */
  partner: AtlasRecord | null;
  /** Every record naming the country or hosted in it (the partner record included), by kind, in dataset order. */
  byKind: Partial<Record<Kind, AtlasRecord[]>>;
  /** Records naming the country per start year, ascending (the partner record itself not counted). */
  byYear: { year: number; count: number }[];
  /** Records naming the country with no date (the partner record itself not counted). */
  undated: number;
  /** Agreement records and records whose status is "signed", by date (undated last), the partner record excluded. */
  agreements: AtlasRecord[];
}

/**
 * Everything the dataset says about one partner country (ISO alpha-3). The partner-country record is the
 * profile's subject: it is `partner` and is listed in `byKind`, but it is not one of the cooperation items
 * counted by year or listed as an agreement (its date and status repeat those of the agreement it summarises).
 */
export function countryProfile(records: readonly AtlasRecord[], a3: string): CountryProfile {
  const code = a3.toUpperCase();
  const partner =
    records.find((r) => r.properties.kind === 'partner-country' && r.properties.countries[0] === code) ??
    records.find((r) => r.properties.kind === 'partner-country' && r.properties.countries.includes(code)) ??
    null;
  const byKind: Partial<Record<Kind, AtlasRecord[]>> = {};
  const years = new Map<number, number>();
  let undated = 0;
  const agreements: AtlasRecord[] = [];
  for (const r of records) {
    // A record hosted in the country belongs to its profile too: China's lists every record with a Chinese host.
    const hosted = r.properties.institutions.some((i) => i.role === 'host' && i.country === code);
    if (r !== partner && !hosted && !r.properties.countries.includes(code)) continue;
    (byKind[r.properties.kind] ??= []).push(r);
    if (r === partner) continue;
    const y = startYear(r);
    if (y === null) undated++;
    else years.set(y, (years.get(y) ?? 0) + 1);
    if (r.properties.kind === 'agreement' || r.properties.status === 'signed') agreements.push(r);
  }
  const dateKey = (r: AtlasRecord) => r.properties.date ?? '\uffff';
  agreements.sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0));
  const byYear = [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
  return { partner, byKind, byYear, undated, agreements };
}

/** The date a figure speaks of: its earliest `asOf`, else the record's `date`, else null. */
export function figureDate(r: AtlasRecord): string | null {
  const asOf = r.properties.figures.map((f) => f.asOf).filter((d): d is string => Boolean(d)).sort();
  return asOf[0] ?? r.properties.date ?? null;
}

/**
 * Figure records in clusters of figures that measure the same thing, to stand side by side (conflicts,
 * or one count at several dates):
 * - figures with a `series` key (the first one a record gives) cluster by it, and only with their series;
 * - figures without one cluster when one lists the other in `related` (either direction, transitively;
 *   links to non-figures and to figures of a series are ignored: a series says what a figure measures).
 * Each cluster is sorted by `figureDate` (undated last, then by id); clusters are ordered by the id of their
 * first figure. A figure linked to no other figure is a cluster of one.
 */
export function figureGroups(records: readonly AtlasRecord[]): AtlasRecord[][] {
  const figures = records.filter((r) => r.properties.kind === 'figure');
  const seriesOf = new Map(figures.map((r) => [r.properties.id, recordSeries(r)] as const));
  const parent = new Map<string, string>(figures.map((r) => [r.properties.id, r.properties.id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (parent.get(x) !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (x: string, y: string) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent.set(a, b);
  };
  const firstOfSeries = new Map<string, string>();
  for (const r of figures) {
    const key = seriesOf.get(r.properties.id);
    if (!key) continue;
    const first = firstOfSeries.get(key);
    if (first) union(r.properties.id, first);
    else firstOfSeries.set(key, r.properties.id);
  }
  for (const r of figures) {
    if (seriesOf.get(r.properties.id)) continue;
    for (const other of r.properties.related) {
      if (parent.has(other) && !seriesOf.get(other)) union(r.properties.id, other);
    }
  }
  const clusters = new Map<string, AtlasRecord[]>();
  for (const r of figures) {
    const root = find(r.properties.id);
    const list = clusters.get(root);
    if (list) list.push(r);
    else clusters.set(root, [r]);
  }
  const key = (r: AtlasRecord) => figureDate(r) ?? '\uffff';
  const byId = (a: AtlasRecord, b: AtlasRecord) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0);
  const groups = [...clusters.values()].map((g) => g.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : byId(a, b))));
  return groups.sort((a, b) => byId(a[0], b[0]));
}
