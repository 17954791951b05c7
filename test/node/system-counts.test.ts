/**
 * The counts, measured on the built data/atlas.geojson: how many members of each counted system the
 * map names, and that corridors stay within what the sources name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATLAS_PATH } from '../../scripts/build-data.ts';
import { checkSchema } from '../../scripts/dataset-checks.ts';
import { corridorsByCentre, systemCounts } from '../../scripts/system-counts.ts';

const { records } = checkSchema(readFileSync(ATLAS_PATH, 'utf8'));
const counts = new Map(systemCounts(records).map((c) => [c.id, c]));
const byId = new Map(records.map((r) => [r.properties.id, r]));

describe('named members per system (data/atlas.geojson)', () => {
  it('every system is a record', () => {
    for (const [id, c] of counts) expect(c.name, id).not.toBe('(missing)');
  });
  it('at least 20 Belt and Road joint laboratories, each naming its partner country', () => {
    const labs = records.filter((r) => r.properties.memberOf.includes('programme-br-joint-labs'));
    expect(labs.length).toBeGreaterThanOrEqual(20);
    for (const r of labs) {
      expect(r.properties.kind, r.properties.id).toBe('joint-lab');
      expect(r.properties.countries.length, `${r.properties.id} names no partner country`).toBeGreaterThan(0);
    }
  });
  it('the China–Pakistan lab hosted in Nanjing is found by its partner country', () => {
    const lab = byId.get('lab-china-pakistan-smart-disaster-prevention')!;
    expect(lab.properties.countries).toContain('PAK');
    expect(lab.properties.city?.en).toBe('Nanjing');
  });
  it('at least 10 agricultural demonstration centres with their sites', () => {
    expect(counts.get('programme-agri-demo-centres')!.withPlace).toBeGreaterThanOrEqual(10);
  });
  it('all 10 CAS overseas centres', () => {
    expect(counts.get('programme-cas-overseas-centres')!.members).toBe(10);
  });
  it('at least 10 overseas zones and science-park cooperation cases', () => {
    const parks = new Set(records.filter((r) => r.properties.memberOf.some((m) => m === 'programme-overseas-zones' || m === 'programme-science-park-cooperation')).map((r) => r.properties.id));
    expect(parks.size).toBeGreaterThanOrEqual(10);
  });
  it('ANSO and at least 12 named members', () => {
    expect(byId.get('org-anso')?.properties.kind).toBe('organisation');
    expect(counts.get('org-anso')!.members).toBeGreaterThanOrEqual(12);
  });
});

describe('corridors only where a source names the partner', () => {
  const byCentre = corridorsByCentre(records);
  it('the ASEAN centre draws nine corridors at most, never ten, and none to Singapore', () => {
    expect(byCentre['ttc-china-asean'].length).toBeLessThanOrEqual(9);
    expect(byCentre['ttc-china-asean']).not.toContain('SGP');
  });
  it('no corridor for the Central Asia or CEEC centres, whose sources name no partner country', () => {
    expect(byCentre['ttc-china-central-asia']).toBeUndefined();
    expect(byCentre['ttc-china-ceec']).toBeUndefined();
  });
});
