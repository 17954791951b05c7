/**
 * Generates src/core/countries.json: ISO 3166-1 alpha-3 → {numeric id, zh, en}.
 * Names come from i18n-iso-countries (the well-kept source the project relies on), never typed by hand.
 * English prefers the short alias ("China", "Laos") over the official form, because labels are short.
 * Run: npx tsx scripts/gen-countries.ts   (test/node/countries.test.ts fails when the file is stale)
 */
import { writeFileSync } from 'node:fs';
import { buildCountryTable } from './country-table.ts';

const out = new URL('../src/core/countries.json', import.meta.url);
writeFileSync(out, JSON.stringify(buildCountryTable(), null, 0) + '\n');
console.log('wrote', out.pathname);
