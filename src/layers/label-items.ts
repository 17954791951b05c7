/**
 * The map's label items: partner countries (above their badge when they have one), flagship corridors
 * (at their middle vertex) and China, the hub every corridor starts from; and the cache of the labels
 * thinned for a zoom step. Derived once per dataset by `prepareLayerData`; no deck.gl here.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CountryProps } from '../basemap/basemap.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { Kind, Lang } from '../core/vocabulary.ts';
import { yearCategory } from './layer-common.ts';
import { BADGE_RADIUS } from './place-layers.ts';
import { thinLabels } from './thin-labels.ts';

type LonLat = [number, number];

export interface LabelItem {
  id: string;
  kind: Kind;
  position: LonLat;
  text: { zh: string; en: string };
  /** Higher wins when labels collide. */
  priority: number;
  /** Filter category of the record the label names. */
  year: number;
  /** Index of the record the label names in the dataset (the filter mask is by index). */
  index: number;
  size: number;
  offset: [number, number];
  /** The country a country label names (ISO alpha-3), else null. */
  a3: string | null;
}

/** China (ISO alpha-3), and where its name goes: the open west of the country (Qinghai), clear of the
 * eastern cities where its labs, parks and stacks sit. */
const HUB = 'CHN';
const HUB_LABEL_AT: LonLat = [96, 36];

/**
 * Every label item of a dataset, and China's country feature (drawn clear but pickable by the caller).
 * `badgeAt` holds the positions ("lon,lat") of country badges: a country's name sits above its badge.
 */
export function labelItems(
  records: readonly AtlasRecord[],
  counts: ReadonlyMap<string, number>,
  countries: FeatureCollection<MultiPolygon, CountryProps>,
  badgeAt: ReadonlySet<string>,
): { labels: LabelItem[]; china: FeatureCollection<MultiPolygon, CountryProps>['features'][number] | undefined } {
  const labels: LabelItem[] = [];
  for (const [index, r] of records.entries()) {
    const p = r.properties;
    if (p.kind === 'partner-country' && r.geometry?.type === 'Point') {
      const at = r.geometry.coordinates as LonLat;
      const count = p.countries.reduce((s, c) => s + (counts.get(c) ?? 0), 0);
      const offset: [number, number] = badgeAt.has(at.join()) ? [0, -(BADGE_RADIUS + 11)] : [0, 0];
      labels.push({ id: p.id, kind: p.kind, position: at, text: p.name, priority: 100 + count, year: yearCategory(r), index, size: 14, offset, a3: p.countries[0] ?? null });
    } else if (p.kind === 'flagship-corridor' && r.geometry?.type === 'LineString') {
      const line = r.geometry.coordinates as LonLat[];
      labels.push({ id: p.id, kind: p.kind, position: line[Math.floor(line.length / 2)], text: p.name, priority: 1000, year: yearCategory(r), index, size: 13, offset: [0, -13], a3: null });
    }
  }
  // China, the hub every corridor starts from, is no partner country of its own records: name it anyway.
  const china = countries.features.find((f) => f.properties.a3 === HUB);
  if (china && !labels.some((l) => l.a3 === HUB)) {
    labels.push({ id: `country-${HUB}`, kind: 'partner-country', position: HUB_LABEL_AT, text: { zh: china.properties.zh, en: china.properties.en }, priority: 5000, year: 0, index: -1, size: 16, offset: [0, 0], a3: HUB });
  }
  return { labels, china };
}

/** Zoom steps at which labels are re-thinned (half zoom levels). */
export const labelZoomStep = (zoom: number) => Math.round(zoom * 2) / 2;

/** Labels that fit without overlap at this zoom step; memoised (in `cache`) so deck sees the same array. */
export function labelsFor(data: { labels: LabelItem[]; labelCache: Map<string, LabelItem[]> }, lang: Lang, zoom: number): LabelItem[] {
  const step = labelZoomStep(zoom);
  const key = `${lang}@${step}`;
  let out = data.labelCache.get(key);
  if (!out) {
    out = thinLabels(data.labels, lang, step);
    data.labelCache.set(key, out);
  }
  return out;
}
