/**
 * Writes data/atlas.schema.json, the published JSON Schema, from the valibot schema in src/core/record.ts.
 * Run: npx tsx scripts/gen-schema.ts   (a Node test fails when the committed file is stale)
 */
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from './json-schema.ts';

const out = new URL('../data/atlas.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(buildJsonSchema(), null, 2) + '\n');
console.log('wrote', out.pathname);
