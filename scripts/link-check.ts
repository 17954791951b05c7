/** Links between records point at records that exist: `memberOf`, `related` and a corridor's `from`. */
import type { AtlasRecord } from '../src/core/record.ts';
import type { Problem } from './problem.ts';

export function checkLinks(records: AtlasRecord[]): Problem[] {
  const ids = new Set(records.map((r) => r.properties.id));
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    const links: [string, string[]][] = [
      ['memberOf', p.memberOf],
      ['related', p.related],
      ['from', p.from ? [p.from] : []],
    ];
    for (const [field, list] of links) {
      list.forEach((target, i) => {
        const where = field === 'from' ? 'properties.from' : `properties.${field}.${i}`;
        if (target === p.id) problems.push({ check: 'links', id: p.id, field: where, message: `"${target}" is the record itself` });
        else if (!ids.has(target)) problems.push({ check: 'links', id: p.id, field: where, message: `"${target}" is not a record in the dataset` });
      });
    }
  }
  return problems;
}
