/**
 * Membership as a relation between records: a member names the systems or organisations it belongs to in
 * `memberOf` (an ANSO member institution, a lab of the Belt and Road joint-laboratory programme), and the
 * relation is read from both ends. Pure.
 */
import type { AtlasRecord } from './record.ts';

/** Records that name `id` in their `memberOf`, in dataset order (never the record itself). */
export function membersOf(records: readonly AtlasRecord[], id: string): AtlasRecord[] {
  return records.filter((r) => r.properties.id !== id && r.properties.memberOf.includes(id));
}

/** The records `r` is a member of, in the order its `memberOf` lists them (ids the dataset lacks are skipped). */
export function memberships(records: readonly AtlasRecord[], r: AtlasRecord, byId?: ReadonlyMap<string, AtlasRecord>): AtlasRecord[] {
  const index = byId ?? new Map(records.map((x) => [x.properties.id, x] as const));
  const out: AtlasRecord[] = [];
  for (const id of new Set(r.properties.memberOf)) {
    const m = index.get(id);
    if (m && m !== r) out.push(m);
  }
  return out;
}

/** Number of members per record id (only records someone is a member of appear). */
export function memberCounts(records: readonly AtlasRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const id of new Set(r.properties.memberOf)) if (id !== r.properties.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
