/**
 * The app's whole state, as plain data. Everything the URL carries lives here; nothing here is a map,
 * layer or element. Changed only through `reduce` (src/state/reduce.ts).
 */
import { KINDS, type Field, type Kind, type Lang, type Region } from '../core/vocabulary.ts';
import { defaultWorldview, type Worldview } from '../core/worldview.ts';

export const PANELS = ['none', 'layers', 'filters', 'list', 'figures', 'export', 'embed', 'story'] as const;
/** Which side panel is open (on a narrow screen, the one bottom sheet shown). */
export type Panel = (typeof PANELS)[number];

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** A story being presented and the slide shown (0-based; the URL writes it 1-based). */
export interface StoryPosition {
  /** A registered story id (a slug) or the address of a story file on the atlas's own site (story-ref.ts). */
  id: string;
  slide: number;
}

export interface AppState {
  lang: Lang;
  /**
   * Which boundaries are drawn and how records are counted by country (core/worldview.ts). Set once from the
   * first language; changing the language later never changes it.
   */
  worldview: Worldview;
  /** Visible kinds, in KINDS order. */
  kinds: Kind[];
  /** Field filter; empty means every field. */
  fields: Field[];
  /** Region filter (partner countries' regions); empty means everywhere. */
  regions: Region[];
  /** Partner-country filter (ISO alpha-3); empty means every country. */
  countries: string[];
  /** Inclusive year range; null means all years. Undated records pass it (and show when `undated` is on). */
  years: [number, number] | null;
  /** Whether records with no date are shown (the reader's setting; off while the year player plays). */
  undated: boolean;
  /**
   * The year player is playing: the end year steps through the range and undated records are off, so the
   * network is seen growing year by year. It holds the reader's own `undated` setting, given back on stop.
   * Not part of links (a link carries the reader's setting).
   */
  playing: { undated: boolean } | null;
  /** Selected record id (its details panel is open). */
  selected: string | null;
  /** ISO alpha-3 of the country whose profile is open. */
  country: string | null;
  /** Camera; null means the default framing of the Belt and Road extent. */
  camera: Camera | null;
  panel: Panel;
  /** The story being presented, or null when exploring. */
  story: StoryPosition | null;
  /**
   * The place group opened on the map (a country badge of records placed only to the country): its
   * records fan out and a picker lists them. Not part of links: it is a moment's look, like a hover.
   */
  group: string | null;
  /**
   * What the reader had while exploring when a story opened (filters, panels, selection, camera): given
   * back when the story closes, so presenting or exporting slides leaves the reader where they were.
   * Not part of links; absent while exploring.
   */
  resume?: Resume;
}

/** The exploring state a story takes over and gives back. */
export type Resume = Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years' | 'selected' | 'country' | 'camera' | 'panel'>;

export type Action =
  | { type: 'setLang'; lang: Lang }
  | { type: 'setWorldview'; worldview: Worldview }
  | { type: 'toggleKind'; kind: Kind }
  | { type: 'setKinds'; kinds: readonly Kind[] }
  | { type: 'setFields'; fields: readonly Field[] }
  | { type: 'setRegions'; regions: readonly Region[] }
  | { type: 'setCountries'; countries: readonly string[] }
  | { type: 'setYears'; years: readonly [number, number] | null }
  /** Shows or hides undated records (while playing: the setting that comes back when playback stops). */
  | { type: 'setUndated'; undated: boolean }
  /** Starts the year player (needs the dataset's years, from `env.yearBounds`). */
  | { type: 'play' }
  /** The player's next year; past the last year it stops. */
  | { type: 'playStep' }
  | { type: 'stopPlay' }
  | { type: 'select'; id: string | null }
  | { type: 'openCountry'; a3: string | null }
  /** Opens a place group's picker (null closes it). */
  | { type: 'openGroup'; id: string | null }
  | { type: 'setCamera'; camera: Camera | null }
  | { type: 'openPanel'; panel: Panel }
  | { type: 'resetFilters' }
  /** Any of the filters at once; the omitted ones stay. */
  | { type: 'setFilters'; filters: Partial<Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years'>> }
  /** Closes the right panel: the details if open, else the country profile. */
  | { type: 'closeRight' }
  /** Escape while exploring: closes the right panel, else the left one (a story handles its own keys). */
  | { type: 'escape' }
  | { type: 'openStory'; id: string; slide?: number }
  | { type: 'goToSlide'; slide: number }
  | { type: 'closeStory' }
  /** The open story has finished loading: apply its current slide. */
  | { type: 'applySlide' }
  /** A dataset has loaded: a selection it does not have is dropped. */
  | { type: 'datasetLoaded' }
  /** The map cannot be drawn (no WebGL): the list stands in for it. */
  | { type: 'mapUnavailable' }
  | { type: 'replace'; state: AppState };

export function initialState(lang: Lang = 'en'): AppState {
  return {
    lang,
    worldview: defaultWorldview(lang),
    kinds: [...KINDS],
    fields: [],
    regions: [],
    countries: [],
    years: null,
    undated: true,
    playing: null,
    selected: null,
    country: null,
    camera: null,
    panel: 'none',
    story: null,
    group: null,
  };
}
