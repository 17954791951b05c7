/**
 * Download file names that say what a file holds: the story and slide, or the filters in force, the
 * language and the date — so a folder of exports from one briefing week can be told apart without
 * opening each. Pure; ASCII only (file systems and mail clients mangle the rest).
 */
import { KINDS, type Lang } from '../core/vocabulary.ts';
import type { AppState } from '../state/app-state.ts';

const APP = 'innovation-road-atlas';

/** At most `max` items, then "+N" for the rest. */
function few(items: readonly string[], max = 3): string {
  return items.length > max ? `${items.slice(0, max).join('+')}+${items.length - max}` : items.join('+');
}

/** The filters of a state as a file-name part ("all" when none narrows the records). */
export function filterPart(s: Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years'>): string {
  const parts: string[] = [];
  if (s.kinds.length !== KINDS.length) parts.push(s.kinds.length ? few(s.kinds) : 'no-kinds');
  if (s.fields.length) parts.push(few(s.fields));
  if (s.regions.length) parts.push(few(s.regions));
  if (s.countries.length) parts.push(few(s.countries.map((c) => c.toLowerCase())));
  if (s.years) parts.push(s.years[0] === s.years[1] ? String(s.years[0]) : `${s.years[0]}-${s.years[1]}`);
  return parts.length ? parts.join('_') : 'all';
}

export type Download =
  | { what: 'png'; story?: { id: string; slide: number } | null }
  | { what: 'slides'; story: string }
  /** A story's JSON (both languages in one file, so no language in its name). */
  | { what: 'story'; story: string }
  | { what: 'csv' | 'geojson' };

/** `date` is YYYY-MM-DD. */
export function downloadName(d: Download, state: Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years'>, lang: Lang, date: string): string {
  switch (d.what) {
    case 'slides':
      return `${d.story}-slides-${lang}-${date}.zip`;
    case 'story':
      return `${d.story}-story-${date}.json`;
    case 'png':
      return d.story
        ? `${d.story.id}-slide-${String(d.story.slide + 1).padStart(2, '0')}-${lang}-${date}.png`
        : `${APP}-${filterPart(state)}-${lang}-${date}.png`;
    default:
      return `${APP}-${filterPart(state)}-${lang}-${date}.${d.what}`;
  }
}
