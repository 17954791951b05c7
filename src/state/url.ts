/**
 * App state ⇄ location hash. Versioned (`v=1`) so a shared link keeps meaning what it meant.
 *
 *   v=1&lang=zh&k=joint-lab,park&f=energy&r=africa&c=KEN,EGY&y=2017-2021&sel=lab-x&cty=KEN&cam=36.82,-1.29,4.5&p=list
 *   v=1&lang=en&story=innovation-road&slide=3      (presenting: the third slide)
 *   v=1&lang=en&worldview=cn                        (China's view; written only when it is not the language's default)
 *   v=1&lang=en&y=2015-2019&u=0                     (records with no date hidden: the reader turned them off)
 *   v=1&lang=en&story=stories/ours.json&slide=1     (a story file on the atlas's own site, story-ref.ts)
 *
 * Encoding leaves out every key whose value is the initial default (all kinds, no filters, nothing selected,
 * default camera, no panel) but always writes `v` and `lang`.
 *
 * Decoding never throws and trusts nothing:
 * - a hash that is too long, or names a version other than 1, gives `fallback` unchanged;
 * - a hash with neither `v` nor any known key (e.g. an in-page anchor) gives `fallback` unchanged;
 * - otherwise each key is read on its own: a key that is present and valid takes its value, a key that is
 *   present but invalid keeps `fallback`'s value, and an absent key takes the initial default (the encoder
 *   omits defaults, so absence means "default"), except `lang`, which keeps `fallback`'s language;
 * - an explicitly empty list (`k=`, `f=` …) is the empty list; a list whose entries are all unknown is invalid;
 * - when a key is repeated, its first occurrence counts (as URLSearchParams.get); unknown keys are ignored.
 */
import { KINDS, SLUG } from '../core/vocabulary.ts';
import { currentId } from '../core/id-aliases.ts';
import { PANELS, initialState, type AppState, type Camera, type Panel } from './app-state.ts';
import { normCountries, normFields, normKinds, normRegions } from './reduce.ts';
import { defaultWorldview, readWorldview } from '../core/worldview.ts';
import { isStoryRef } from './story-ref.ts';

export const URL_VERSION = '1';
/** Longer hashes are not read at all. */
export const MAX_HASH_LENGTH = 4000;
/** At most this many partner countries in the country filter of a link. */
export const MAX_URL_COUNTRIES = 50;
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const ISO3 = /^[A-Z]{3}$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const KNOWN_KEYS = new Set(['v', 'lang', 'k', 'f', 'r', 'c', 'y', 'u', 'sel', 'cty', 'cam', 'p', 'story', 'slide', 'worldview']);
/** Slides in the URL are 1-based, for people. */
const MAX_SLIDE = 40;

/** Rounds to `digits` decimals and prints without trailing zeros or "-0". */
function num(x: number, digits: number): string {
  const r = Number(x.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}

/** Longitude folded into [-180, 180] (a map panned across the antimeridian may report 190°). */
function wrapLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function encodeState(state: AppState): string {
  const lang = state.lang === 'zh' ? 'zh' : 'en';
  const parts: string[] = [`v=${URL_VERSION}`, `lang=${lang}`];
  // The default follows the language, so a link states the view only when it differs (old links stay valid).
  if (state.worldview !== defaultWorldview(lang)) parts.push(`worldview=${state.worldview}`);
  const kinds = normKinds(state.kinds);
  if (kinds.length !== KINDS.length) parts.push(`k=${kinds.join(',')}`);
  const fields = normFields(state.fields);
  if (fields.length) parts.push(`f=${fields.join(',')}`);
  const regions = normRegions(state.regions);
  if (regions.length) parts.push(`r=${regions.join(',')}`);
  const countries = normCountries(state.countries);
  if (countries.length) parts.push(`c=${countries.join(',')}`);
  if (state.years) {
    const [a, b] = state.years;
    parts.push(`y=${Math.min(a, b)}-${Math.max(a, b)}`);
  }
  // The reader's own setting: the year player turns undated records off only while it plays.
  if (!(state.playing ? state.playing.undated : state.undated)) parts.push('u=0');
  if (state.selected) parts.push(`sel=${encodeURIComponent(state.selected)}`);
  if (state.country) parts.push(`cty=${encodeURIComponent(state.country.toUpperCase())}`);
  if (state.camera) parts.push(`cam=${formatCamera(state.camera)}`);
  if (state.panel !== 'none') parts.push(`p=${encodeURIComponent(state.panel)}`);
  // A file's path keeps its slashes, so the link stays readable.
  if (state.story) parts.push(`story=${encodeURIComponent(state.story.id).replace(/%2F/g, '/')}`, `slide=${state.story.slide + 1}`);
  return parts.join('&');
}

/** decodeURIComponent that answers null instead of throwing on a broken % sequence. */
function safeDecode(s: string): string | null {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** First value of each known key; values that cannot be percent-decoded are null (invalid). */
function parseHash(hash: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const part of hash.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    if (key === null || !KNOWN_KEYS.has(key) || out.has(key)) continue;
    out.set(key, eq < 0 ? null : safeDecode(part.slice(eq + 1)));
  }
  return out;
}

/** Entries of a comma list that belong to `vocab`, in `vocab` order; null when entries were given but none is known. */
function readList<T extends string>(raw: string, norm: (xs: readonly string[]) => T[]): T[] | null {
  if (raw === '') return [];
  const items = norm(raw.split(','));
  return items.length ? items : null;
}

function readCountries(raw: string): string[] | null {
  if (raw === '') return [];
  const items = normCountries(raw.split(','));
  return items.length && items.length <= MAX_URL_COUNTRIES ? items : null;
}

function readYear(s: string): number | null {
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}

/** "2017-2021" (or a single year "2019"); reversed ranges are swapped. */
function readYears(raw: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return null;
  const a = readYear(m[1]);
  const b = m[2] === undefined ? a : readYear(m[2]);
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

/** "lng,lat,zoom" with the precision a link needs (the `cam` key, and the element's `view` attribute). */
export function formatCamera({ center, zoom }: Camera): string {
  return `${num(wrapLon(center[0]), 3)},${num(center[1], 3)},${num(zoom, 2)}`;
}

/** Reads "lng,lat,zoom"; null unless it is exactly three finite numbers in range. */
export function readCamera(raw: string): Camera | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number);
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
  return { center: [lon, lat], zoom };
}

export function decodeState(hash: string, fallback: AppState): AppState {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return fallback;
  const params = parseHash(hash.startsWith('#') ? hash.slice(1) : hash);
  if (params.size === 0) return fallback;
  if (params.has('v') && params.get('v') !== URL_VERSION) return fallback;

  const init = initialState(fallback.lang);
  /** Absent → initial default; present and valid → parsed; present and invalid → fallback's value. */
  function pick<K extends keyof AppState>(key: string, field: K, read: (raw: string) => AppState[K] | null | undefined): AppState[K] {
    if (!params.has(key)) return init[field];
    const raw = params.get(key);
    if (raw === null || raw === undefined) return fallback[field];
    const value = read(raw);
    return value === null || value === undefined ? fallback[field] : value;
  }

  const rawLang = params.get('lang');
  const lang = rawLang === 'zh' || rawLang === 'en' ? rawLang : fallback.lang;
  // Absent: the link's language's default (the encoder writes the view whenever it is not that default).
  const worldview = params.has('worldview') ? (readWorldview(params.get('worldview')) ?? fallback.worldview) : defaultWorldview(lang);
  return {
    lang,
    worldview,
    kinds: pick('k', 'kinds', (raw) => readList(raw, normKinds)),
    fields: pick('f', 'fields', (raw) => readList(raw, normFields)),
    regions: pick('r', 'regions', (raw) => readList(raw, normRegions)),
    countries: pick('c', 'countries', readCountries),
    years: pick('y', 'years', readYears),
    undated: pick('u', 'undated', (raw) => (raw === '0' ? false : raw === '1' ? true : null)),
    playing: null,
    // An id renamed since the link was shared still opens its record.
    selected: pick('sel', 'selected', (raw) => (raw.length <= 120 && SLUG.test(raw) ? currentId(raw) : null)),
    country: pick('cty', 'country', (raw) => (ISO3.test(raw.toUpperCase()) ? raw.toUpperCase() : null)),
    camera: pick('cam', 'camera', readCamera),
    panel: pick('p', 'panel', (raw) => ((PANELS as readonly string[]).includes(raw) ? (raw as Panel) : null)),
    story: pick('story', 'story', (raw) => {
      if (!isStoryRef(raw)) return null;
      const s = params.get('slide');
      const n = s === undefined || s === null ? 1 : /^\d{1,2}$/.test(s) ? Number(s) : NaN;
      return n >= 1 && n <= MAX_SLIDE ? { id: raw, slide: n - 1 } : null;
    }),
    // Links do not carry an open place group.
    group: init.group,
  };
}
