/**
 * The one way app state changes. Pure: never mutates its input, and returns the very same object when an
 * action changes nothing (so subscribers can compare by identity). Every list comes out normalised:
 * kinds, fields and regions in their vocabulary's order without duplicates, countries upper-case, deduped
 * and sorted, years as [min, max].
 */
import { FIELDS, KINDS, type Field, type Kind } from '../core/vocabulary.ts';
import { PANELS, initialState, type Action, type AppState, type Camera, type Resume } from './app-state.ts';
import { REGIONS, type Region } from '../core/vocabulary.ts';
import { countriesInView, countryInView, readWorldview } from '../core/worldview.ts';
import { isStoryRef } from './story-ref.ts';

/** Members of `vocab` present in `items`, in `vocab` order (unknown entries dropped). */
function inOrder<T extends string>(vocab: readonly T[], items: readonly string[]): T[] {
  const set = new Set(items);
  return vocab.filter((x) => set.has(x));
}

export const normKinds = (kinds: readonly string[]): Kind[] => inOrder(KINDS, kinds);
export const normFields = (fields: readonly string[]): Field[] => inOrder(FIELDS, fields);
export const normRegions = (regions: readonly string[]): Region[] => inOrder(REGIONS, regions);

/** Upper-cased, deduplicated, sorted; anything that is not three letters is dropped. */
export function normCountries(countries: readonly string[]): string[] {
  const set = new Set<string>();
  for (const c of countries) {
    if (typeof c !== 'string') continue;
    const u = c.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(u)) set.add(u);
  }
  return [...set].sort();
}

/** [min, max], or null when absent or not two finite numbers. */
export function normYears(years: readonly [number, number] | readonly number[] | null | undefined): [number, number] | null {
  if (!years || years.length !== 2) return null;
  const [a, b] = years;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a <= b ? [a, b] : [b, a];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameYears(a: readonly [number, number] | null, b: readonly [number, number] | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
  return a === b || (a !== null && b !== null && a.zoom === b.zoom && a.center[0] === b.center[0] && a.center[1] === b.center[1]);
}

function same(key: keyof AppState, prev: unknown, next: unknown): boolean {
  switch (key) {
    case 'kinds':
    case 'fields':
    case 'regions':
    case 'countries':
      return sameList(prev as readonly string[], next as readonly string[]);
    case 'years':
      return sameYears(prev as AppState['years'], next as AppState['years']);
    case 'camera':
      return sameCamera(prev as Camera | null, next as Camera | null);
    case 'playing': {
      const [a, b] = [prev as AppState['playing'], next as AppState['playing']];
      return a === b || (a !== null && b !== null && a.undated === b.undated);
    }
    case 'story': {
      const [a, b] = [prev as AppState['story'], next as AppState['story']];
      return a === b || (a !== null && b !== null && a.id === b.id && a.slide === b.slide);
    }
    default:
      return prev === next;
  }
}

/**
 * `state` with `p` applied, or `state` itself when every value in `p` already equals the current one.
 * Keys whose value did not change keep their old array/object, so their identity is stable too.
 */
function patch(state: AppState, p: Partial<AppState>): AppState {
  let out: AppState | null = null;
  for (const key of Object.keys(p) as (keyof AppState)[]) {
    if (same(key, state[key], p[key])) continue;
    out ??= { ...state };
    (out as unknown as Record<string, unknown>)[key] = p[key];
  }
  return out ?? state;
}

function copyCamera(c: Camera | null | undefined): Camera | null {
  if (!c || !Array.isArray(c.center) || c.center.length !== 2) return null;
  const [lon, lat] = c.center;
  if (![lon, lat, c.zoom].every(Number.isFinite)) return null;
  return { center: [lon, lat], zoom: c.zoom };
}

/** A fully normalised copy of `s` (a fresh object; `reduce` decides whether to keep the old one). */
export function normalizeState(s: AppState): AppState {
  const init = initialState(s.lang === 'zh' ? 'zh' : 'en');
  return {
    lang: init.lang,
    worldview: readWorldview(s.worldview) ?? init.worldview,
    kinds: Array.isArray(s.kinds) ? normKinds(s.kinds) : init.kinds,
    fields: Array.isArray(s.fields) ? normFields(s.fields) : [],
    regions: Array.isArray(s.regions) ? normRegions(s.regions) : [],
    countries: Array.isArray(s.countries) ? normCountries(s.countries) : [],
    years: normYears(s.years),
    undated: typeof s.undated === 'boolean' ? s.undated : true,
    playing: s.playing && typeof s.playing.undated === 'boolean' ? { undated: s.playing.undated } : null,
    selected: typeof s.selected === 'string' && s.selected ? s.selected : null,
    country: typeof s.country === 'string' && /^[A-Za-z]{3}$/.test(s.country) ? s.country.toUpperCase() : null,
    camera: copyCamera(s.camera),
    panel: (PANELS as readonly string[]).includes(s.panel) ? s.panel : 'none',
    story: normStory(s.story),
    group: typeof s.group === 'string' && s.group ? s.group : null,
  };
}

/** Slide indexes are whole numbers from 0; a story is a registered id (a slug) or a story file's address. */
function normStory(st: AppState['story'] | undefined): AppState['story'] {
  if (!st || !isStoryRef(st.id)) return null;
  const slide = Number.isInteger(st.slide) && st.slide >= 0 ? st.slide : 0;
  return { id: st.id, slide };
}

/**
 * What the reducer may look up beyond the state: the loaded dataset and story. Both are optional, so the
 * reducer stays a pure function of its arguments (tests pass plain objects).
 */
export interface ReduceEnv {
  /** The kind of a record of the loaded dataset (undefined for an id it does not have). */
  kindOf?: (id: string) => Kind | undefined;
  /** The story whose slides are loaded, or null while none is. */
  story?: StoryEnv | null;
  /** The place group a record of the loaded dataset is drawn in (a country badge), or null. */
  groupOf?: (id: string) => string | null;
  /** The loaded dataset's first and last year (null when no record is dated): the year player's range. */
  yearBounds?: readonly [number, number] | null;
}

/** A loaded story, as far as state is concerned: how many slides, and the state each slide sets. */
export interface StoryEnv {
  id: string;
  count: number;
  /** `s` with slide `index`'s filters applied (index already clamped). */
  stateAt(index: number, s: AppState): AppState;
}

/**
 * The one way state changes. Rules that need the dataset or the story read them from `env`:
 * - choosing a record whose kind is hidden shows that kind (a reader who picks it from the list or search
 *   must see it on the map);
 * - opening a story or moving to a slide clamps to the story's slides and applies the slide's filters,
 *   once the story is loaded (`applySlide` does it when the load finishes);
 * - opening a story keeps what the reader had (filters, panels, selection, camera) and closing it gives
 *   that back, so presenting or exporting slides returns the reader where they were; a story opened by a
 *   link has nothing to give back and closes to everything visible; a link that leaves the story drops it;
 * - a new dataset drops a selection it does not have, and any open place group; without a map, the list
 *   opens in its place;
 * - opening a country's profile closes a record's details (they would hide it);
 * - an open place group stays open while a record of it is chosen (its picker lists the others) and closes
 *   when a record elsewhere is, or a story opens;
 * - the year player (play, playStep, stopPlay) walks the end year through the dataset's years: it starts
 *   from the range's first year (or goes on from where a part-played range ends), turns undated records off
 *   while it plays and gives the reader's own setting back when it stops, at the last year, on stop, on a
 *   reset, when a story opens or when a link replaces the state.
 */
export function reduce(state: AppState, action: Action, env: ReduceEnv = {}): AppState {
  const next = reduceBase(state, action);
  switch (action.type) {
    case 'select': {
      const kind = action.id ? env.kindOf?.(action.id) : undefined;
      const shown = kind && !next.kinds.includes(kind) ? patch(next, { kinds: normKinds([...next.kinds, kind]) }) : next;
      const inGroup = action.id && next.group && env.groupOf?.(action.id) === next.group;
      return action.id && next.group && !inGroup ? patch(shown, { group: null }) : shown;
    }
    case 'openStory':
      // Opening from exploring keeps what the reader had; moving to another story keeps the first keep.
      if (!next.story) return next;
      return withSlide(patch(next, { group: null, resume: state.story ? state.resume : resumeOf(state) }), env.story);
    case 'goToSlide':
    case 'applySlide':
      return withSlide(next, env.story);
    case 'replace':
      // A link that leaves the story also leaves what the story kept to give back: a later story opened by
      // a link would otherwise give back the reader's view from before this one.
      return next.story || !next.resume ? withSlide(next, env.story) : patch(next, { resume: undefined });
    case 'closeStory':
      if (!state.story) return next;
      // Back to what the reader had; a story opened by a link had nothing before it: everything visible.
      return state.resume ? patch(next, { ...state.resume, resume: undefined }) : reduceBase(next, { type: 'resetFilters' });
    case 'datasetLoaded': {
      // A selection from a link that this dataset does not have is dropped; groups are the old dataset's.
      const kept = next.selected && env.kindOf && !env.kindOf(next.selected) ? patch(next, { selected: null }) : next;
      return patch(kept, { group: null });
    }
    case 'play': {
      const bounds = normYears(env.yearBounds);
      if (next.playing || !bounds) return next;
      const [from, end] = next.years ?? bounds;
      // A range that already reaches the last year plays from its first; a shorter one goes on from its end.
      const to = end >= bounds[1] ? from : end;
      return patch(next, { years: [from, to], undated: false, playing: { undated: next.undated } });
    }
    case 'playStep': {
      const bounds = normYears(env.yearBounds);
      if (!next.playing || !bounds) return next;
      const [from, to] = next.years ?? bounds;
      // The last year is shown for one step before the player stops on the whole range it has built.
      if (to >= bounds[1]) return stopPlaying(patch(next, { years: from <= bounds[0] ? null : [from, bounds[1]] }));
      return patch(next, { years: [from, to + 1] });
    }
    case 'mapUnavailable':
      // Without a map the list stands in for it (the legend alone would show nothing).
      return next.panel === 'none' || next.panel === 'layers' ? patch(next, { panel: 'list' }) : next;
    default:
      return next;
  }
}

/** `s` with the year player stopped and the reader's undated setting back. */
function stopPlaying(s: AppState): AppState {
  return s.playing ? patch(s, { undated: s.playing.undated, playing: null }) : s;
}

function resumeOf(s: AppState): Resume {
  const { kinds, fields, regions, countries, years, selected, country, camera, panel } = s;
  return { kinds, fields, regions, countries, years, selected, country, camera, panel };
}

/** `s` with the loaded story's slide applied, when `story` is the one `s` presents. */
function withSlide(s: AppState, story: StoryEnv | null | undefined): AppState {
  if (!story || !s.story || s.story.id !== story.id || story.count < 1) return s;
  const index = Math.min(Math.max(0, s.story.slide), story.count - 1);
  // The camera stays the state's: the map flies to the slide and reports where it settled.
  return patch(s, { ...story.stateAt(index, s), lang: s.lang, story: { id: story.id, slide: index }, camera: s.camera });
}

function reduceBase(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'setLang':
      // The language only: the borders a reader has in front of them stay as they are.
      return action.lang === 'zh' || action.lang === 'en' ? patch(state, { lang: action.lang }) : state;
    case 'setWorldview': {
      const worldview = readWorldview(action.worldview);
      if (!worldview) return state;
      // A country filter or profile of Taiwan, Hong Kong or Macao follows the view's counting (to China in cn).
      const country = state.country && countryInView(state.country, worldview);
      return patch(state, { worldview, countries: normCountries(countriesInView(state.countries, worldview)), country });
    }
    case 'toggleKind': {
      if (!(KINDS as readonly string[]).includes(action.kind)) return state;
      const on = state.kinds.includes(action.kind);
      return patch(state, { kinds: normKinds(on ? state.kinds.filter((k) => k !== action.kind) : [...state.kinds, action.kind]) });
    }
    case 'setKinds':
      return patch(state, { kinds: normKinds(action.kinds) });
    case 'setFields':
      return patch(state, { fields: normFields(action.fields) });
    case 'setRegions':
      return patch(state, { regions: normRegions(action.regions) });
    case 'setCountries':
      return patch(state, { countries: normCountries(action.countries) });
    case 'setYears':
      return patch(state, { years: normYears(action.years) });
    case 'setUndated':
      if (typeof action.undated !== 'boolean') return state;
      // While playing, undated records stay off: the choice is kept for when playback stops.
      return state.playing ? patch(state, { playing: { undated: action.undated } }) : patch(state, { undated: action.undated });
    case 'stopPlay':
      return stopPlaying(state);
    case 'select':
      return patch(state, { selected: action.id || null });
    case 'openCountry': {
      const a3 = action.a3 ? action.a3.toUpperCase() : null;
      const country = a3 && /^[A-Z]{3}$/.test(a3) ? a3 : null;
      // The right panel shows a record's details over a country's profile: opening a country (from a map
      // click or a partner named in the details) closes the details, or the profile would stay hidden.
      return patch(state, country ? { country, selected: null } : { country });
    }
    case 'setCamera':
      return patch(state, { camera: copyCamera(action.camera) });
    case 'openPanel':
      return (PANELS as readonly string[]).includes(action.panel) ? patch(state, { panel: action.panel }) : state;
    case 'setFilters': {
      const f = action.filters ?? {};
      return patch(state, {
        ...(f.kinds ? { kinds: normKinds(f.kinds) } : {}),
        ...(f.fields ? { fields: normFields(f.fields) } : {}),
        ...(f.regions ? { regions: normRegions(f.regions) } : {}),
        ...(f.countries ? { countries: normCountries(f.countries) } : {}),
        ...(f.years !== undefined ? { years: normYears(f.years) } : {}),
      });
    }
    case 'closeRight':
      return state.selected ? patch(state, { selected: null }) : patch(state, { country: null });
    case 'openGroup':
      return patch(state, { group: typeof action.id === 'string' && action.id ? action.id : null });
    case 'escape':
      if (state.story) return state;
      // The picker is the topmost thing open: it closes first.
      if (state.group) return patch(state, { group: null });
      if (state.selected || state.country) return reduceBase(state, { type: 'closeRight' });
      return patch(state, { panel: 'none' });
    case 'resetFilters': {
      const init = initialState(state.lang);
      return patch(state, { kinds: init.kinds, fields: init.fields, regions: init.regions, countries: init.countries, years: init.years, undated: init.undated, playing: null });
    }
    case 'replace':
      // A link carries the reader's own undated setting and never a playing player.
      return patch(state, { ...normalizeState(action.state), playing: null });
    case 'openStory':
      return patch(stopPlaying(state), { story: normStory({ id: action.id, slide: action.slide ?? 0 }) });
    case 'goToSlide':
      // The story's length is known only to `withSlide` (from the loaded story).
      return state.story ? patch(state, { story: normStory({ id: state.story.id, slide: action.slide }) }) : state;
    case 'closeStory':
      return patch(state, { story: null });
    default:
      return state;
  }
}
