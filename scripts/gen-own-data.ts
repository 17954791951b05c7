/**
 * A bring-your-own dataset at the scale a reader tried (17,110 records, ~25 MB): schema-valid generated
 * records (scripts/synthetic-data.ts) with two malformed ones that have three errors between them.
 * `npx tsx scripts/gen-own-data.ts [out.geojson] [--records N]` (default .scratch/own-data-17k.geojson);
 * then open the app with `src` pointing at it, or embed.html?src=….
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticDataset } from './synthetic-data.ts';

/**
 * `total` records, the first two of them malformed: one with an unknown kind and an impossible date (two
 * errors), one placed at longitude 500 (one error). A tenth are transfer corridors.
 */
export function ownDataset(total = 17_110): string {
  const arcs = Math.floor(total / 10);
  const data = JSON.parse(syntheticDataset(total - arcs, arcs, Math.max(1, Math.floor(arcs / 10)))) as { features: { geometry: { coordinates: unknown }; properties: Record<string, unknown> }[] };
  // Ordinary points (after the transfer centres), so no corridor loses the centre it starts from.
  const [a, b] = data.features.slice(-arcs - 2, -arcs);
  Object.assign(a.properties, { kind: 'spaceship', date: 'soon' });
  b.geometry.coordinates = [500, 20];
  return JSON.stringify(data);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { records: { type: 'string', default: '17110' } } });
  const out = positionals[0] ?? '.scratch/own-data-17k.geojson';
  const text = ownDataset(Number(values.records));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`${out}: ${values.records} records, ${(text.length / 1048576).toFixed(1)} MB`);
}
