/**
 * The records a page loads, read here in Node: tests find where a record is (to project and pick it) from
 * the data itself, not from the element's internals. The bundled dataset is the file the build ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RecordFeature {
  id?: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: { id: string; kind: string; name: { zh: string; en: string }; countries: string[]; fields: string[]; precision?: string };
}

export interface Dataset {
  records: RecordFeature[];
  /** The record of this id (throws when there is none, so a renamed record fails loudly). */
  get(id: string): RecordFeature;
  /** A point record's [lng, lat], or a line record's middle vertex. */
  at(id: string): [number, number];
  ids(): string[];
}

export function dataset(features: RecordFeature[]): Dataset {
  const byId = new Map(features.map((r) => [r.properties.id, r]));
  const get = (id: string) => {
    const r = byId.get(id);
    if (!r) throw new Error(`no record ${id} in the dataset`);
    return r;
  };
  return {
    records: features,
    get,
    at(id) {
      const g = get(id).geometry;
      if (g?.type === 'Point') return g.coordinates as [number, number];
      if (g?.type === 'LineString') {
        const c = g.coordinates as [number, number][];
        return c[Math.floor(c.length / 2)];
      }
      throw new Error(`record ${id} is not a point or a line`);
    },
    ids: () => features.map((r) => r.properties.id),
  };
}

let bundled: Dataset | null = null;

/** The dataset as built into dist/ (the file the app fetches at start). */
export function bundledDataset(dir = 'dist'): Dataset {
  if (bundled) return bundled;
  const file = readdirSync(join(dir, 'assets')).find((f) => /^atlas-[^.]*\.geojson$/.test(f));
  if (!file) throw new Error(`no dataset in ${dir}/assets: run npm run build`);
  bundled = dataset((JSON.parse(readFileSync(join(dir, 'assets', file), 'utf8')) as { features: RecordFeature[] }).features);
  return bundled;
}

/** The test fixture of nine records (test/fixtures/mini.geojson), parsed afresh for each caller to change. */
export function miniFixture(): { type: string; features: RecordFeature[] } {
  return JSON.parse(readFileSync(new URL('../../fixtures/mini.geojson', import.meta.url), 'utf8'));
}
