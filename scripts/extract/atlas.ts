/**
 * The atlas as the extractor sees it: the built records of data/atlas.geojson (their properties), read once.
 * Tests and the held-out scorer may pass an empty atlas to see what the patterns find on their own.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Properties } from '../../src/core/record.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
export const DEFAULT_ATLAS = join(REPO_ROOT, 'data', 'atlas.geojson');

export type AtlasRecord = Properties;

export function loadAtlas(file = DEFAULT_ATLAS): AtlasRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the atlas ${file}: ${(err as Error).message} (run npm run data:build first)`);
  }
  const features = (parsed as { features?: { properties?: AtlasRecord }[] }).features;
  if (!Array.isArray(features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  return features.map((f) => f.properties).filter((p): p is AtlasRecord => Boolean(p?.id));
}
