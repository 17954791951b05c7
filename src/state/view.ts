/** What the map shows: the part of app state the layers depend on. Pure data, no rendering objects. */
import { KINDS, type Kind, type Lang } from '../core/vocabulary.ts';

export interface AtlasView {
  lang: Lang;
  /** Kinds currently shown. */
  kinds: readonly Kind[];
  /** Inclusive year range, or null for all years. Undated records always show. */
  years: readonly [number, number] | null;
  /** Selected record id. */
  selected: string | null;
  /** Map zoom, for label thinning. */
  zoom: number;
  /**
   * Ids passing the filters the GPU cannot apply (fields, regions, countries: records have several);
   * null when those filters are off.
   */
  cpuVisible: ReadonlySet<string> | null;
  /** Changes exactly when cpuVisible does (deck updateTriggers). */
  cpuKey: string;
  /** Cooperation records per partner country under the current filters; null = the whole dataset. */
  counts: ReadonlyMap<string, number> | null;
  /** Records a story slide points at (ringed on the map). */
  highlight: readonly string[];
}

export function defaultView(lang: Lang = 'en'): AtlasView {
  return { lang, kinds: KINDS, years: null, selected: null, zoom: 1.5, cpuVisible: null, cpuKey: '', counts: null, highlight: [] };
}

