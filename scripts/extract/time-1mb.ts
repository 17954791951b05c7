/**
 * How long data:extract takes on a 1 MB text: the five seeds repeated until the text is 1 MiB (UTF-8), run
 * through the whole extraction (atlas loaded, gazetteer searched) three times. Prints wall-clock and CPU time
 * of each run; CPU time is the steadier figure on a shared machine. No network.
 * Run: npx tsx scripts/extract/time-1mb.ts
 */
import { loadSeeds } from '../data-check.ts';
import { loadAtlas } from './atlas.ts';
import { extract } from './extract.ts';

const TARGET = 1024 * 1024;

export function megabyteText(seeds = loadSeeds()): string {
  const parts = [...seeds.values()];
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < TARGET; i++) text += parts[i % parts.length] + '\n';
  return text;
}

const text = megabyteText();
const lines = text.split('\n').length;
for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const atlas = loadAtlas();
  const r = extract(text, { source: '1mb.txt', atlas }).report;
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  console.log(
    `run ${run}: ${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB, ${lines} lines: ${(wall / 1000).toFixed(2)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; ${r.known.length} known, ${r.candidates.length} candidates, ${r.figures.length} figures, ${r.places.length} places`,
  );
}
