/**
 * Writes public/basemap/: the China-view countries at 110m and 50m (with the nine-dash line) and the de facto
 * 50m countries, loaded on demand by the app (see scripts/worldviews.ts for what each holds).
 * Run: npm run basemap:build   (test/node/worldviews.test.ts fails when the committed files are stale)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildWorldviews } from './worldviews.ts';

const dir = new URL('../public/basemap/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(buildWorldviews())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`wrote public/basemap/${name} (${(text.length / 1024).toFixed(0)} KB)`);
}
