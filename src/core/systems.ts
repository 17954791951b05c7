/**
 * The headline systems ("53 Belt and Road joint laboratories", "ANSO with 67 members") and their figures
 * as series over time, for "In numbers". Pure.
 *
 * A system is a record that others are members of (`memberOf`), or a programme or organisation that carries
 * figures with a `series` key. A series belongs to one system, found in this order of precedence (then in
 * dataset order): the system named after it (its id is the key, or ends with "-" and the key: "br-joint-labs"
 * for "programme-br-joint-labs"); a system whose own figures give it (a hub centre may quote the count of the
 * platform it belongs to: the platform still owns it); a system linked through `related` (either direction)
 * with a record that gives it. Systems with a headline figure come first, then those known by members only.
 */
import { memberCounts, membersOf } from './members.ts';
import type { AtlasRecord, Figure, Source } from './record.ts';

/** One figure of a series, with the record and source it comes from. */
export interface SeriesPoint extends Pick<Figure, 'value' | 'qualifier' | 'unit' | 'label' | 'asOf' | 'asWritten'> {
  series: string;
  /** The source the figure cites (null when its index points nowhere). */
  source: Source | null;
  /** The record the figure is given on. */
  record: AtlasRecord;
}

export interface SeriesLine {
  key: string;
  /** By `asOf` ascending; undated points last, in dataset order. */
  points: SeriesPoint[];
}

export interface SystemSummary {
  record: AtlasRecord;
  series: SeriesLine[];
  /** The latest dated point of the first series (the first point when none is dated); null without series. */
  headline: SeriesPoint | null;
  /** Records that are members of the system, in dataset order. */
  members: AtlasRecord[];
  /** How many members are drawn on the map (have a geometry). */
  named: number;
}

/** The series key of a record's figures (the first one given), or null. */
export function recordSeries(r: AtlasRecord): string | null {
  return r.properties.figures.find((f) => f.series)?.series ?? null;
}

/** Every figure with a series key, by series, each series sorted by date (undated last). */
export function seriesPoints(records: readonly AtlasRecord[]): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const r of records) {
    for (const f of r.properties.figures) {
      if (!f.series) continue;
      const point: SeriesPoint = {
        series: f.series,
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        label: f.label,
        // A figure record's date is its figure's; any other record's date is its own (ANSO's founding day
        // is not when it counted 67 members), so an undated figure there stays undated.
        asOf: f.asOf ?? (r.properties.kind === 'figure' ? r.properties.date : undefined),
        asWritten: f.asWritten,
        source: r.properties.sources[f.source] ?? null,
        record: r,
      };
      const list = out.get(f.series);
      if (list) list.push(point);
      else out.set(f.series, [point]);
    }
  }
  // A stable sort keeps dataset order among equal dates and among the undated.
  for (const list of out.values()) list.sort((a, b) => (a.asOf && b.asOf ? (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0) : a.asOf ? -1 : b.asOf ? 1 : 0));
  return out;
}

/** The point a series leads with: its latest dated point, else its first. */
export function latestPoint(points: readonly SeriesPoint[]): SeriesPoint | null {
  const dated = points.filter((p) => p.asOf);
  return dated.length ? dated[dated.length - 1] : (points[0] ?? null);
}

const OWNER_KINDS = new Set(['programme', 'organisation']);

/** Whether a series key names the system: its id, or its id's ending after a dash. */
const namedAfter = (system: AtlasRecord, key: string) => system.properties.id === key || system.properties.id.endsWith(`-${key}`);

/** The systems of the dataset in dataset order, each with its series, headline figure and members. */
export function systemSummaries(records: readonly AtlasRecord[]): SystemSummary[] {
  const counts = memberCounts(records);
  const points = seriesPoints(records);
  const systems = records.filter(
    (r) => r.properties.kind !== 'figure' && ((counts.get(r.properties.id) ?? 0) > 0 || (OWNER_KINDS.has(r.properties.kind) && recordSeries(r) !== null)),
  );
  const byId = new Map(records.map((r) => [r.properties.id, r] as const));
  const owner = new Map<string, string>();
  const claim = (key: string | null | undefined, system: string) => {
    if (key && points.has(key) && !owner.has(key)) owner.set(key, system);
  };
  // 1. named after the system
  for (const s of systems) for (const key of points.keys()) if (namedAfter(s, key)) claim(key, s.properties.id);
  // 2. its own figures
  for (const s of systems) for (const f of s.properties.figures) claim(f.series, s.properties.id);
  // 3. linked records, in either direction
  for (const s of systems) {
    for (const id of s.properties.related) {
      const r = byId.get(id);
      if (r) for (const f of r.properties.figures) claim(f.series, s.properties.id);
    }
    for (const r of records) if (r.properties.related.includes(s.properties.id)) for (const f of r.properties.figures) claim(f.series, s.properties.id);
  }

  const summaries = systems.map((record) => {
    const id = record.properties.id;
    const series = [...owner].filter(([, sys]) => sys === id).map(([key]) => ({ key, points: points.get(key)! }));
    // The series named after the system leads, then the record's own first series, whatever order the claims came in.
    const own = recordSeries(record);
    const rank = (key: string) => (namedAfter(record, key) ? 0 : key === own ? 1 : 2);
    series.sort((a, b) => rank(a.key) - rank(b.key));
    const members = membersOf(records, id);
    return { record, series, headline: series.length ? latestPoint(series[0].points) : null, members, named: members.filter((m) => m.geometry).length };
  });
  // A stable sort: dataset order within each part.
  return summaries.sort((a, b) => Number(b.headline !== null) - Number(a.headline !== null));
}

/** Series keys some system owns (their figures are shown with the system, not again on their own). */
export function ownedSeries(systems: readonly SystemSummary[]): Set<string> {
  return new Set(systems.flatMap((s) => s.series.map((l) => l.key)));
}
