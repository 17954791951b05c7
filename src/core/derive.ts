/** Figures derived from records. Pure. */
import { POINT_KINDS, type Kind } from './vocabulary.ts';
import type { AtlasRecord } from './record.ts';

/** Kinds that are cooperation on the ground (counted for the choropleth); figures and programmes are not. */
export const COUNTED: ReadonlySet<Kind> = new Set<Kind>([...POINT_KINDS, 'transfer-corridor', 'flagship-corridor']);

/** Number of cooperation records that name each partner country (ISO alpha-3). */
export function countryCounts(records: readonly AtlasRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (!COUNTED.has(r.properties.kind)) continue;
    for (const c of new Set(r.properties.countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** The year a record starts in, or null when undated. */
export function recordYear(r: AtlasRecord): number | null {
  const d = r.properties.date;
  return d ? Number(d.slice(0, 4)) : null;
}

/** Class breaks for the choropleth: 1, 2–3, 4–6, 7+ records. */
export function countClass(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 6) return 3;
  return 4;
}
