/**
 * The embedding options of <innovation-atlas> — its attributes, and the query parameters of embed.html,
 * which use the same names. Each reader takes the raw string (or null when absent) and never throws:
 * anything it does not understand gives the default.
 */
import { initialState, type AppState, type Camera } from './app-state.ts';
import { reduce } from './reduce.ts';
import { decodeState, encodeState, readCamera } from './url.ts';
import type { Lang } from '../core/vocabulary.ts';
import { readWorldview, type Worldview } from '../core/worldview.ts';

/** full: every panel; minimal: search, legend and language; none: the map alone (the host brings its UI). */
export const CONTROLS = ['full', 'minimal', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How the map takes the wheel and one-finger drags. cooperative: Ctrl/⌘ + wheel zooms and two fingers pan,
 * so a page scrolls past the map (MapLibre shows a hint); greedy: the map takes every gesture; auto: see
 * `cooperativeGestures`.
 */
export const GESTURES = ['auto', 'cooperative', 'greedy'] as const;
export type Gestures = (typeof GESTURES)[number];

export function readGestures(raw: string | null | undefined): Gestures {
  return (GESTURES as readonly unknown[]).includes(raw) ? (raw as Gestures) : 'auto';
}

/**
 * The rule for `auto`: cooperative when the map is not the page's only content, that is when it sits in a
 * frame (embed.html in an article) or when the page around it scrolls (an element in an article). The
 * full-page app, a page that does not scroll, and full screen (presenting) keep every gesture for the map.
 */
export function cooperativeGestures(g: Gestures, page: { framed: boolean; scrolls: boolean; fullscreen: boolean }): boolean {
  if (g !== 'auto') return g === 'cooperative';
  return !page.fullscreen && (page.framed || page.scrolls);
}

export function readControls(raw: string | null | undefined): Controls {
  return (CONTROLS as readonly unknown[]).includes(raw) ? (raw as Controls) : 'full';
}

export function readTheme(raw: string | null | undefined): Theme {
  return (THEMES as readonly unknown[]).includes(raw) ? (raw as Theme) : 'light';
}

/** Absent means interactive; "false", "0", "no" and "off" switch it off (an attribute's presence alone is not enough). */
export function readInteractive(raw: string | null | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  return !['false', '0', 'no', 'off'].includes(raw.trim().toLowerCase());
}

/** "lng,lat,zoom" (as in the app's `cam` link key); zoom is clamped to what the map allows. */
export function readView(raw: string | null | undefined): Camera | null {
  if (typeof raw !== 'string' || raw.length > 60) return null;
  const c = readCamera(raw.replace(/\s+/g, ''));
  return c ? { center: c.center, zoom: Math.min(9, Math.max(0.5, c.zoom)) } : null;
}

/** Slides are numbered from 1 for people (attribute, link); the index is 0-based. Null when invalid. */
export function readSlide(raw: string | null | undefined): number | null {
  if (typeof raw !== 'string' || !/^\d{1,3}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n >= 1 ? n - 1 : null;
}

export function readLang(raw: string | null | undefined): Lang | null {
  return raw === 'zh' || raw === 'en' ? raw : null;
}

/** A story id (slug) or a URL/path of a story JSON file. */
export function readStory(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  return s.length > 0 && s.length <= 500 && !/[\s<>"'`]/.test(s) ? s : null;
}

/**
 * Origins allowed to send commands to an embedded atlas: a comma list of exact origins
 * ("https://news.example.org"), or "*" for any (an explicit opt-in). Anything that is not an origin is dropped.
 */
export function readOrigins(raw: string | null | undefined): string[] {
  if (typeof raw !== 'string') return [];
  const out: string[] = [];
  for (const part of raw.split(',').slice(0, 20)) {
    const s = part.trim();
    if (s === '*') out.push('*');
    else {
      try {
        const u = new URL(s);
        // Only a bare origin counts; "https://a.org/path" is a mistake, not an origin.
        if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s.replace(/\/$/, '')) out.push(u.origin);
      } catch {
        // not a URL: dropped
      }
    }
  }
  return [...new Set(out)];
}

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}

/** Everything embed.html reads from its query string. */
export interface EmbedOptions {
  src: string | null;
  basemap: string | null;
  /** Null: the language's default (zh: cn, en: de-facto). */
  worldview: Worldview | null;
  lang: Lang | null;
  story: string | null;
  /** 0-based. */
  slide: number | null;
  controls: Controls;
  theme: Theme;
  gestures: Gestures;
  interactive: boolean;
  view: Camera | null;
  /** Fixed height in CSS pixels; null lets the page pick one from its width. */
  height: number | null;
  origins: string[];
  /** Filters and selection (STATE_ATTRIBUTES), raw; the element validates them. */
  state: Partial<Record<StateAttribute, string>>;
}

/** A same-origin relative path or an http(s) URL; nothing that could run (javascript:, data:). */
function readUrl(raw: string | null): string | null {
  if (raw === null || raw.length > 2000) return null;
  try {
    const u = new URL(raw, 'https://relative.invalid/');
    return u.protocol === 'https:' || u.protocol === 'http:' ? raw : null;
  } catch {
    return null;
  }
}

export function readEmbedQuery(search: string): EmbedOptions {
  const q = new URLSearchParams(typeof search === 'string' ? search.slice(0, 8000) : '');
  const h = q.get('height');
  const height = h && /^\d{2,4}$/.test(h) ? Math.min(4000, Math.max(200, Number(h))) : null;
  return {
    src: readUrl(q.get('src')),
    basemap: readUrl(q.get('basemap')),
    worldview: readWorldview(q.get('worldview')),
    lang: readLang(q.get('lang')),
    story: readStory(q.get('story')),
    slide: readSlide(q.get('slide')),
    controls: readControls(q.get('controls')),
    theme: readTheme(q.get('theme')),
    gestures: readGestures(q.get('gestures')),
    interactive: readInteractive(q.get('interactive')),
    view: readView(q.get('view')),
    height,
    origins: readOrigins(q.get('origins')),
    state: readStateAttributes((name) => q.get(name)),
  };
}

/**
 * Filters and selection as attributes of the element and parameters of embed.html (what the Embed dialog's
 * code carries), with the values of the app's link keys they stand for: `kinds="joint-lab,park"`,
 * `years="2017-2021"`, `selected="flagship-cpec"`, `country="KEN"` (the open country profile). Read once, when the atlas starts; later changes go
 * through setFilters() and select(). (Worldview, issue 14, joins this table when the state has it.)
 */
export const STATE_ATTRIBUTES = { kinds: 'k', fields: 'f', regions: 'r', countries: 'c', years: 'y', selected: 'sel', country: 'cty' } as const;
export type StateAttribute = keyof typeof STATE_ATTRIBUTES;
const STATE_NAMES = Object.keys(STATE_ATTRIBUTES) as StateAttribute[];

/** The state attributes of an element (or query parameters) that are present, raw. */
export function readStateAttributes(get: (name: string) => string | null): Partial<Record<StateAttribute, string>> {
  const out: Partial<Record<StateAttribute, string>> = {};
  for (const name of STATE_NAMES) {
    const raw = get(name);
    if (typeof raw === 'string' && raw.length <= 4000) out[name] = raw;
  }
  return out;
}

/** A state's filters and selection as attribute pairs, defaults left out (the inverse of the above). */
export function stateAttributes(state: AppState): [StateAttribute, string][] {
  const params = new URLSearchParams(encodeState(state));
  return STATE_NAMES.flatMap((name) => {
    const v = params.get(STATE_ATTRIBUTES[name]);
    return v === null ? [] : [[name, v] as [StateAttribute, string]];
  });
}

/**
 * The state an atlas opens with: its attributes' worldview, camera, story, filters and selection, and in the
 * full-page app (`hash` given) a shared link's hash over them. An invalid hash falls back to the attributes' state, silently.
 */
export function firstState(
  attrs: { lang: Lang; view: string | null; story: string | null; slide: string | null; worldview?: string | null; state?: Partial<Record<StateAttribute, string>> },
  hash: string | null,
): AppState {
  let first = initialState(attrs.lang);
  const worldview = readWorldview(attrs.worldview);
  if (worldview) first = reduce(first, { type: 'setWorldview', worldview });
  const camera = readView(attrs.view);
  if (camera) first = reduce(first, { type: 'setCamera', camera });
  if (attrs.story) first = reduce(first, { type: 'openStory', id: attrs.story, slide: readSlide(attrs.slide) ?? 0 });
  const given = Object.entries(attrs.state ?? {}) as [StateAttribute, string][];
  if (given.length) {
    // Read as the link keys they stand for, so attributes and links validate alike; only these fields are taken.
    const d = decodeState(given.map(([k, v]) => `${STATE_ATTRIBUTES[k]}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&'), first);
    first = { ...first, kinds: d.kinds, fields: d.fields, regions: d.regions, countries: d.countries, years: d.years, selected: d.selected, country: d.country };
  }
  return hash === null ? first : decodeState(hash, first);
}

/**
 * A flyTo target checked and clamped (zoom 0.5–9): throws a RangeError for coordinates off the map, so a
 * host page's typo does not fail silently.
 */
export function readFlyTo(target: { center: [number, number]; zoom?: number; duration?: number }): { center: [number, number]; zoom?: number; duration?: number } {
  const [lng, lat] = target?.center ?? [];
  const zoom = target?.zoom;
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 85 || (zoom !== undefined && !Number.isFinite(zoom))) {
    throw new RangeError('flyTo needs {center: [lng (-180…180), lat (-85…85)], zoom?: number}');
  }
  return { center: [lng, lat], zoom: zoom === undefined ? undefined : Math.min(9, Math.max(0.5, zoom)), duration: target.duration };
}
