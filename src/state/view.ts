/** What the map shows: the part of app state the layers depend on. Pure data, no rendering objects. */
import { memo } from '../core/memo.ts';
import type { MapFilter } from '../core/selectors.ts';
import { KINDS, type Kind, type Lang } from '../core/vocabulary.ts';

export interface AtlasView {
  lang: Lang;
  /** Kinds currently shown. */
  kinds: readonly Kind[];
  /** Inclusive year range, or null for all years. Undated records pass it. */
  years: readonly [number, number] | null;
  /** Whether undated records are drawn (off while the year player plays). */
  undated: boolean;
  /** Selected record id. */
  selected: string | null;
  /** Map zoom, for label thinning. */
  zoom: number;
  /**
   * By dataset record index: 1 where the record passes the filters the GPU cannot apply (fields, regions,
   * countries: records have several); null when those filters are off. No id round trip on the way.
   */
  cpuMask: Uint8Array | null;
  /** Changes exactly when cpuMask's content does (deck updateTriggers). */
  cpuKey: string;
  /** Cooperation records per partner country under the current filters; null = the whole dataset. */
  counts: ReadonlyMap<string, number> | null;
  /** Records a story slide points at (ringed on the map). */
  highlight: readonly string[];
  /** The place group whose records are fanned out (a country badge opened), or null. */
  group: string | null;
  /** Presenting a story: labels and symbols in presentation type (scaled with the screen). */
  present: boolean;
}

export function defaultView(lang: Lang = 'en'): AtlasView {
  return { lang, kinds: KINDS, years: null, undated: true, selected: null, zoom: 1.5, cpuMask: null, cpuKey: '', counts: null, highlight: [], group: null, present: false };
}


/**
 * A memoised builder of the map's view from the state's slices and the filter's mask: the same inputs
 * give the same object, so the map rebuilds no layer on a render that changed nothing it draws.
 */
export function createMapView() {
  return memo(
    (lang: Lang, kinds: readonly Kind[], years: AtlasView['years'], undated: boolean, selected: string | null, filter: MapFilter, highlight: readonly string[], group: string | null, present: boolean = false): Omit<AtlasView, 'zoom'> => ({
      lang,
      kinds,
      years,
      undated,
      selected,
      cpuMask: filter.mask,
      cpuKey: filter.key,
      counts: filter.counts,
      highlight,
      group,
      present,
    }),
  );
}
