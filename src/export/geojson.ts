/**
 * Records as a GeoJSON download, and the citation line every export carries. Pure: no DOM.
 */
import type { Lang } from '../core/vocabulary.ts';
import type { AtlasRecord } from '../core/record.ts';
import { citedSource } from '../core/policy-texts.ts';


/** yyyy-mm-dd in the local calendar, with Latin digits whatever the runtime locale. */
export function isoDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    numberingSystem: 'latn',
    calendar: 'gregory',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * How to cite a download: the atlas, the licence, where the data come from, when and (optionally) where
 * it was downloaded, and the boundaries its countries are counted in (source and view). One line, in the
 * reader's language.
 */
export function citationLine(lang: Lang, date: Date, url?: string, boundaries?: string): string {
  const day = isoDate(date);
  if (lang === 'zh') {
    return `创新之路图谱（Innovation Road Atlas），数据采用 CC BY 4.0 许可，据所引来源整理；${day} 下载${url ? `自 ${url}` : ''}${boundaries ? `；${boundaries}` : ''}`;
  }
  return `Innovation Road Atlas (创新之路图谱), data CC BY 4.0, compiled from the cited sources; downloaded ${day}${url ? ` from ${url}` : ''}${boundaries ? `; ${boundaries}` : ''}`;
}

/**
 * A FeatureCollection of the records in the given order, with `schemaVersion` and a top-level `citation`
 * (foreign members are allowed by RFC 7946 §6.1). Each record is as it is but for its sources, which are
 * cited as a reader knows them (title, English title, publisher in `lang`, date, link), never by the file a
 * text is stored in. Pretty-printed with two spaces and a final newline, like data/atlas.geojson; the result
 * re-validates with `parseDataset`.
 */
export function recordsToGeoJson(records: readonly AtlasRecord[], citation: string, schemaVersion: string, lang: Lang): string {
  const features = records.map((r) => ({ ...r, properties: { ...r.properties, sources: r.properties.sources.map((s) => citedSource(s, lang)) } }));
  const collection = { type: 'FeatureCollection', schemaVersion, citation, features };
  return JSON.stringify(collection, null, 2) + '\n';
}
