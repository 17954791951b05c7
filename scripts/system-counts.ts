/**
 * How many members of each counted system the built dataset names on the map, measured on
 * data/atlas.geojson (the members are the records whose `memberOf` holds the system's id).
 * Run: npx tsx scripts/system-counts.ts   (prints a Markdown table; test/node/system-counts.test.ts asserts it)
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { AtlasRecord } from '../src/core/record.ts';
import { checkSchema } from './dataset-checks.ts';
import { ATLAS_PATH } from './build-data.ts';

export interface SystemCount {
  id: string;
  name: string;
  /** Member records drawn on the map (with a geometry). */
  records: number;
  /** Distinct members: branch records of one member count once (see MEMBER_OF_BRANCH). */
  members: number;
  /** Members placed at a city or site (not only at country level). */
  withPlace: number;
  /** Distinct partner countries of the members. */
  countries: number;
}

/** Systems the seeds count, in the order the data README lists them. */
export const SYSTEMS = [
  'programme-br-joint-labs',
  'programme-agri-demo-centres',
  'programme-overseas-zones',
  'programme-science-park-cooperation',
  'programme-cas-overseas-centres',
  'org-anso',
  'programme-tt-platforms',
] as const;

/**
 * Branch records that belong to one member: the CAS Central Asia ecology centre is one of the ten CAS
 * centres with branches in three countries, each its own record.
 */
export const MEMBER_OF_BRANCH: Record<string, string> = {
  'org-cas-rceeca-bishkek': 'cas-rceeca',
  'org-cas-rceeca-dushanbe': 'cas-rceeca',
  'org-cas-rceeca-almaty': 'cas-rceeca',
};

export function systemCounts(records: readonly AtlasRecord[]): SystemCount[] {
  return SYSTEMS.map((id) => {
    const system = records.find((r) => r.properties.id === id);
    const members = records.filter((r) => r.geometry && r.properties.memberOf.includes(id));
    const distinct = new Set(members.map((r) => MEMBER_OF_BRANCH[r.properties.id] ?? r.properties.id));
    const placed = new Set(members.filter((r) => r.properties.precision === 'city' || r.properties.precision === 'site').map((r) => MEMBER_OF_BRANCH[r.properties.id] ?? r.properties.id));
    return {
      id,
      name: system?.properties.name.en ?? '(missing)',
      records: members.length,
      members: distinct.size,
      withPlace: placed.size,
      countries: new Set(members.flatMap((r) => r.properties.countries)).size,
    };
  });
}

/** Transfer corridors per centre, so a reader can see that no centre's corridors exceed what sources name. */
export function corridorsByCentre(records: readonly AtlasRecord[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of records) {
    if (r.properties.kind !== 'transfer-corridor' || !r.properties.from) continue;
    (out[r.properties.from] ??= []).push(r.properties.countries[0]);
  }
  return out;
}

function main(): void {
  const { records } = checkSchema(readFileSync(ATLAS_PATH, 'utf8'));
  console.log('| system | named on the map | member records | at a city or site | partner countries |');
  console.log('|---|---|---|---|---|');
  for (const c of systemCounts(records)) console.log(`| ${c.name} | ${c.members} | ${c.records} | ${c.withPlace} | ${c.countries} |`);
  console.log('\ntransfer corridors by centre:');
  for (const [centre, cs] of Object.entries(corridorsByCentre(records))) console.log(`  ${centre}: ${cs.length} (${cs.join(' ')})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
