import type { PickingInfo } from '@deck.gl/core';
import { LitElement, html, unsafeCSS, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { inlineStyle } from './inline-style.ts';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import datasetUrl from '../../data/atlas.geojson?url';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK, PARTNER_OUTLINE, basemapPaint, basemapStyle, topologyToBasemap, type Basemap, type CountryProps } from '../basemap/basemap.ts';
import { publishedBase } from '../embed/published-base.ts';
import { readControls, readInteractive, readSlide, readStory, readTheme, readView, type Controls, type Theme } from '../state/embed-options.ts';
import countryTable from '../core/countries.json';
import { cpuFilterKey, regionOf, yearBounds } from '../core/filter.ts';
import { buildFilterIndex, passingRecords, runFilters, type FilterIndex, type FilterResult } from '../core/filter-index.ts';
import { countryProfile, figureGroups, relatedRecords } from '../core/related.ts';
import { FIELDS, KINDS, type Kind } from '../core/vocabulary.ts';
import type { SearchHit } from '../core/search.ts';
import { loadDataset } from '../core/source.ts';
import { formatError, type DatasetError } from '../core/validate.ts';
import { type AtlasRecord } from '../core/record.ts';
import { formatNumber } from '../core/i18n/format.ts';
import { KIND_LABELS, t, te, tp } from '../core/i18n/strings.ts';
import type { Slide, Story } from '../story/schema.ts';
import defaultStoryUrl from '../../data/stories/innovation-road.json?url';
import { buildLayers, labelZoomStep, prepareLayerData, type LayerData } from '../layers/build-layers.ts';
import symbolAtlas from '../layers/symbols.png?url';
import type { Frame } from '../map/compose-image.ts';
import { MapController } from '../map/map-controller.ts';
import { SCHEMA_VERSION } from '../core/record.ts';
import { initialState, type Action, type AppState, type Panel } from '../state/app-state.ts';
import { REGIONS } from '../core/vocabulary.ts';
import { reduce } from '../state/reduce.ts';
import { decodeState, encodeState } from '../state/url.ts';
import { type AtlasView } from '../state/view.ts';
import { pickLang, type Lang } from '../core/vocabulary.ts';
import type { ExportRequest } from './atlas-export.ts';
import type { CountryOption } from './atlas-filters.ts';
import './atlas-layers.ts';
import './atlas-search.ts';
import { ensureElement, type LazyTag } from './lazy-elements.ts';
import { atlasStyles } from './innovation-atlas.styles.ts';
import { ACTION_EVENT } from './emit.ts';
import { symbolIcon } from './symbol-icon.ts';

// Story code (its schema, the presenter) loads when a story opens; the first view never needs it.
type StoryLib = typeof import('../story/schema.ts');

export interface AtlasReadyDetail {
  records: number;
  errors: number;
}
export interface AtlasSelectDetail {
  id: string;
  kind: Kind;
}
export interface AtlasViewChangeDetail {
  center: [number, number];
  zoom: number;
}
export interface AtlasSlideChangeDetail {
  /** The story shown, or null when the story was closed. */
  story: string | null;
  /** 0-based slide index (the `slide` attribute and links count from 1). */
  index: number;
  count: number;
  title: string;
}
export interface AtlasErrorDetail {
  errors: DatasetError[];
}

interface Hover {
  x: number;
  y: number;
  name: string;
  kind: string;
}

const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: { 'NavigationControl.ZoomIn': '放大', 'NavigationControl.ZoomOut': '缩小', 'Map.Title': '地图' },
  en: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out', 'Map.Title': 'Map' },
};

const names = countryTable as Record<string, { zh: string; en: string }>;
const SIDE_PANELS: Exclude<Panel, 'none'>[] = ['layers', 'filters', 'list', 'figures', 'export', 'embed'];
/** With controls="minimal", the legend is the one side panel; details still open on a click. */
const MINIMAL_PANELS: Exclude<Panel, 'none'>[] = ['layers'];
const interactiveConverter = { fromAttribute: (v: string | null) => readInteractive(v), toAttribute: (v: boolean) => (v ? null : 'false') };

/** Memoises a derivation on the identity of its inputs (records, state slices). */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

/**
 * The whole atlas as one element: loads the basemap and dataset, keeps the app state (reduced from
 * actions the panels emit), owns one map through MapController, and renders the panels around it.
 *
 * @attr src - dataset URL (GeoJSON following data/atlas.schema.json); defaults to the bundled dataset
 * @attr basemap - countries TopoJSON URL (world-atlas layout); defaults to the bundled Natural Earth 110m
 * @attr lang - 'zh' | 'en'; defaults to the browser's preference
 * @attr story - a story id ('innovation-road') or the URL of a story JSON file: shows it, without full screen
 * @attr slide - the story's slide, counted from 1
 * @attr controls - 'full' (default) | 'minimal' (search, legend, language) | 'none' (the map alone)
 * @attr theme - 'light' (default) | 'dark'
 * @attr interactive - 'false' makes a still map: no pan, zoom, hover or click
 * @attr view - camera as "lng,lat,zoom"; defaults to the Belt and Road extent
 * @attr sync-url - keep the state in the page's URL hash (the full-page app; not for embeds)
 * @fires atlas-ready - {records, errors} once the first frame with every layer is drawn; sets `ready`
 * @fires atlas-select - {id, kind} when a record is chosen
 * @fires atlas-viewchange - {center, zoom} when the camera settles
 * @fires atlas-slidechange - {story, index, count, title} when a story opens, changes slide or closes (story null)
 * @fires atlas-error - {errors} when the dataset has invalid records or fails to load
 * @cssprop --atlas-height - the element's height when the page sets none (480px)
 */
export class InnovationAtlas extends LitElement {
  static override properties = {
    src: {},
    basemap: {},
    lang: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    story: {},
    slide: {},
    controls: {},
    theme: {},
    interactive: { converter: interactiveConverter },
    view: {},
    state: { attribute: false },
    loading: { state: true },
    errors: { state: true },
    records: { state: true },
    hover: { state: true },
    errorsOpen: { state: true },
    storyData: { state: true },
    search: { state: true },
    exportBusy: { state: true },
    exportMessage: { state: true },
    mapError: { state: true },
    paused: { state: true },
    presenting: { type: Boolean, reflect: true },
  };
  declare src: string;
  declare basemap: string;
  declare lang: Lang;
  declare syncUrl: boolean;
  declare story: string | null;
  declare slide: string | null;
  declare controls: string;
  declare theme: string;
  declare interactive: boolean;
  declare view: string | null;
  declare state: AppState;
  declare loading: boolean;
  declare errors: DatasetError[];
  declare records: AtlasRecord[];
  declare hover: Hover | null;
  declare errorsOpen: boolean;
  /** The loaded story of `state.story`, validated against the dataset. */
  declare storyData: Story | null;
  /** The search over this.records, built (and its code loaded) when a reader first uses the search box. */
  declare search: ((q: string, limit?: number) => SearchHit[]) | null;
  declare exportBusy: boolean;
  declare exportMessage: string;
  /** Set when the map cannot be drawn (no WebGL): the list stands in for it. */
  declare mapError: string;
  /** The WebGL context is lost; the map comes back when it is restored. */
  declare paused: boolean;
  /** Reflected while a story is shown: the presentation theme hides the exploration chrome. */
  declare presenting: boolean;
  /** Story id → URL. The bundled default story is always there; embedders may add their own. */
  stories: Record<string, string> = { 'innovation-road': defaultStoryUrl };

  private controller: MapController | null = null;
  private layerData: LayerData | null = null;
  private base: Basemap | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private loadToken = 0;
  private zoomStep = 0;
  private readonly onPopState = () => this.applyUrl();
  private storyToken = 0;
  /** The last slide reported in atlas-slidechange, so each change is reported once. */
  private lastSlide = '';
  /** The story id (state.story.id) that storyData was loaded for. */
  private storyLoadedFor = '';
  private storyLib: StoryLib | null = null;
  /** The records the search is (being) built for. */
  private searchBuiltFor: AtlasRecord[] | null = null;
  /** Presentation clickers send arrow/page keys to the page, not to the element, so listen on window. */
  private readonly onWindowKey = (e: KeyboardEvent) => this.onPresenterKey(e);
  /**
   * Printing a WebGL canvas gives a blank box unless its buffer is preserved (which costs every frame).
   * Before printing, draw one frame synchronously and copy it to a 2D canvas that the print CSS shows.
   */
  private readonly onBeforePrint = () => {
    const map = this.controller?.map;
    const slot = this.renderRoot.querySelector<HTMLElement>('.print-map');
    if (!map || !slot) return;
    map.redraw();
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    copy.getContext('2d')!.drawImage(src, 0, 0);
    slot.replaceChildren(copy);
  };
  private readonly onAfterPrint = () => this.renderRoot.querySelector('.print-map')?.replaceChildren();

  // Filtering is memoised on the filter slices of the state (the reducer keeps a slice's identity until it
  // changes), so a camera move, a selection or a panel never re-filters; a filter change is one pass over
  // typed columns (src/core/filter-index.ts).
  private readonly filterIndexFor = memo((records: AtlasRecord[]) => buildFilterIndex(records));
  private readonly filterResultFor = memo(
    (index: FilterIndex, kinds: AppState['kinds'], fields: AppState['fields'], regions: AppState['regions'], countries: AppState['countries'], years: AppState['years']) =>
      runFilters(index, { kinds, fields, regions, countries, years }),
  );
  private readonly passingFor = memo((records: AtlasRecord[], result: FilterResult) => passingRecords(records, result));
  private readonly boundsFor = memo((records: AtlasRecord[]) => yearBounds(records));
  private readonly groupsFor = memo((records: AtlasRecord[]) => figureGroups(records));
  private readonly cpuVisibleFor = memo(
    (records: AtlasRecord[], index: FilterIndex, fields: AppState['fields'], regions: AppState['regions'], countries: AppState['countries']) => {
      if (!fields.length && !regions.length && !countries.length) return null;
      // Only the CPU-side filters here; kind and year are applied on the GPU.
      const { pass } = runFilters(index, { kinds: KINDS, fields, regions, countries, years: null });
      const ids = new Set<string>();
      records.forEach((r, i) => pass[i] && ids.add(r.properties.id));
      return ids;
    },
  );
  private readonly kindsPresentFor = memo((records: AtlasRecord[]) => [...new Set(records.map((r) => r.properties.kind))]);
  private readonly countriesPresentFor = memo((records: AtlasRecord[]) => new Set(records.flatMap((r) => r.properties.countries)));
  private readonly fieldsPresentFor = memo((records: AtlasRecord[]) => FIELDS.filter((f) => records.some((r) => r.properties.fields.includes(f))));
  /** Kinds with at least one record on the map (legends of prints and images); a scan per render was 20 ms at 100k records. */
  private readonly kindsDrawnFor = memo((records: AtlasRecord[]) => new Set(records.filter((r) => r.geometry).map((r) => r.properties.kind)));

  /** What the current filters let through (counts, and a mask over this.records). */
  private get filterResult(): FilterResult {
    const s = this.state;
    return this.filterResultFor(this.filterIndexFor(this.records), s.kinds, s.fields, s.regions, s.countries, s.years);
  }

  /** The records the current filters let through, in dataset order (built only for the list and downloads). */
  private get filtered(): AtlasRecord[] {
    return this.passingFor(this.records, this.filterResult);
  }

  static override styles = [unsafeCSS(mapCss), atlasStyles];

  constructor() {
    super();
    this.src = datasetUrl;
    this.basemap = worldUrl;
    this.syncUrl = false;
    this.story = null;
    this.slide = null;
    this.controls = 'full';
    this.theme = 'light';
    this.interactive = true;
    this.view = null;
    this.lang = pickLang(typeof navigator === 'undefined' ? [] : navigator.languages);
    this.state = initialState(this.lang);
    this.loading = true;
    this.errors = [];
    this.records = [];
    this.hover = null;
    this.errorsOpen = false;
    this.storyData = null;
    this.presenting = false;
    this.exportBusy = false;
    this.exportMessage = '';
    this.mapError = '';
    this.paused = false;
    this.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.syncUrl) {
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('hashchange', this.onPopState);
    }
    // Re-attached after removal: the map was released on disconnect, so build a new one.
    if (this.hasUpdated && !this.controller) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    window.removeEventListener('keydown', this.onWindowKey);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.controller?.destroy();
    this.controller = null;
    this.removeAttribute('ready');
  }

  /** Maps created by atlases on this page and not yet released (removal must bring this back down). */
  static get liveMaps(): number {
    return MapController.live;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // Attributes give the first state; in the full-page app a link's hash wins over them.
      let first = initialState(this.lang);
      const camera = readView(this.view);
      if (camera) first = reduce(first, { type: 'setCamera', camera });
      const story = this.storyId();
      if (story) first = reduce(first, { type: 'openStory', id: story, slide: readSlide(this.slide) ?? 0 });
      // An invalid URL falls back to the attributes' state, silently.
      this.state = this.syncUrl ? decodeState(location.hash, first) : first;
      this.lang = this.state.lang;
    } else {
      if (changed.has('story')) {
        const id = this.storyId();
        if (id) this.dispatch({ type: 'openStory', id, slide: readSlide(this.slide) ?? 0 }, 'api');
        else if (this.state.story) this.dispatch({ type: 'closeStory' }, 'api');
      } else if (changed.has('slide') && this.state.story) {
        const slide = readSlide(this.slide);
        if (slide !== null) this.dispatch({ type: 'goToSlide', slide }, 'api');
      }
      if (changed.has('view')) {
        const camera = readView(this.view);
        if (camera) this.controller?.jumpTo(camera);
      }
      if (changed.has('theme')) this.controller?.setPaint(basemapPaint(this.basemapColors));
      if (changed.has('interactive')) {
        this.controller?.setInteractive(this.interactive);
        if (!this.interactive) this.hover = null;
      }
    }
    if (changed.has('lang') && this.lang !== this.state.lang && (this.lang === 'zh' || this.lang === 'en')) {
      this.state = reduce(this.state, { type: 'setLang', lang: this.lang });
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener(ACTION_EVENT, (e) => this.dispatch((e as CustomEvent<Action>).detail, 'ui'));
    this.renderRoot.addEventListener('atlas-export', (e) => void this.onExport((e as CustomEvent<ExportRequest>).detail));
    void this.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state')) {
      const prev = changed.get('state') as AppState | undefined;
      this.pushLayers();
      if (this.syncUrl && prev) this.writeUrl(prev);
      if (this.state.story?.id !== prev?.story?.id) void this.loadStory();
    }
    if (changed.has('storyData') || changed.has('state')) {
      const on = Boolean(this.state.story && this.storyData);
      if (on !== this.presenting) {
        this.presenting = on;
        if (on) {
          window.addEventListener('keydown', this.onWindowKey);
          void this.updateComplete.then(() => this.renderRoot.querySelector('atlas-presenter')?.focusSlide());
        } else window.removeEventListener('keydown', this.onWindowKey);
      }
    }
    if (changed.has('storyData') || changed.has('state')) this.reportSlide();
    // The first load starts in firstUpdated; later changes of src/basemap reload.
    if (this.controller && (changed.has('src') || changed.has('basemap'))) void this.start();
  }

  /** The `story` attribute as a story id; a URL is registered in `stories` under itself. */
  private storyId(): string | null {
    const raw = readStory(this.story);
    if (!raw) return null;
    if (!this.stories[raw] && /[/.]/.test(raw)) this.stories = { ...this.stories, [raw]: raw };
    return raw;
  }

  private get basemapColors() {
    return readTheme(this.theme) === 'dark' ? BASEMAP_COLORS_DARK : BASEMAP_COLORS;
  }

  /** Fires atlas-slidechange once per slide shown (and once with story null when a story closes). */
  private reportSlide(): void {
    const st = this.state.story;
    const story = this.storyData;
    const shown = st && story && this.storyLoadedFor === st.id;
    const key = shown ? `${st.id}#${st.slide}` : '';
    if (key === this.lastSlide) return;
    const wasShowing = this.lastSlide !== '';
    this.lastSlide = key;
    if (!shown && !wasShowing) return;
    const slide = shown ? this.currentSlide : null;
    const detail: AtlasSlideChangeDetail = shown
      ? { story: st.id, index: st.slide, count: story.slides.length, title: slide?.title[this.state.lang] ?? '' }
      : { story: null, index: -1, count: 0, title: '' };
    this.dispatchEvent(new CustomEvent('atlas-slidechange', { detail, bubbles: true, composed: true }));
  }

  /**
   * Moves the camera to a longitude/latitude (and zoom, 0.5–9), animated unless `duration` is 0.
   * Throws a RangeError for coordinates off the map, so a typo does not fail silently.
   */
  flyTo(target: { center: [number, number]; zoom?: number; duration?: number }): void {
    const [lng, lat] = target?.center ?? [];
    const zoom = target?.zoom;
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 85 || (zoom !== undefined && !Number.isFinite(zoom))) {
      throw new RangeError('flyTo needs {center: [lng (-180…180), lat (-85…85)], zoom?: number}');
    }
    const z = zoom === undefined ? undefined : Math.min(9, Math.max(0.5, zoom));
    if (target.duration === 0) this.controller?.jumpTo({ center: [lng, lat], zoom: z ?? this.controller.zoom });
    else this.controller?.flyTo([lng, lat], z, target.duration);
  }

  /** The current state (a copy is not needed: states are never mutated). */
  getState(): AppState {
    return this.state;
  }

  /** Screen position (element pixels) of a longitude/latitude. */
  project(lngLat: [number, number]): [number, number] | null {
    return this.controller?.project(lngLat) ?? null;
  }

  /** What is drawn at element pixel (x, y): a record or a country. */
  pick(x: number, y: number): { id: string; kind: Kind | 'country' } | null {
    const info = this.controller?.pick(x, y);
    return info ? this.describe(info) : null;
  }

  /**
   * Sets any of the filters; omitted ones stay as they are. Invalid values are normalised away by the
   * reducer (unknown kinds dropped, years ordered), never thrown.
   */
  setFilters(f: Partial<Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years'>>): void {
    if (f.kinds) this.dispatch({ type: 'setKinds', kinds: f.kinds }, 'api');
    if (f.fields) this.dispatch({ type: 'setFields', fields: f.fields }, 'api');
    if (f.regions) this.dispatch({ type: 'setRegions', regions: f.regions }, 'api');
    if (f.countries) this.dispatch({ type: 'setCountries', countries: f.countries }, 'api');
    if (f.years !== undefined) this.dispatch({ type: 'setYears', years: f.years }, 'api');
  }

  /** Selects a record by id (null clears) and flies to it. */
  select(id: string | null): void {
    this.dispatch({ type: 'select', id }, 'api');
  }

  /** Applies an action; `source` says who asked, which decides camera moves and events. */
  private dispatch(action: Action, source: 'ui' | 'map' | 'api' | 'url'): void {
    let next = reduce(this.state, action);
    if (action.type === 'select' && action.id) {
      const r = this.layerData?.byId.get(action.id);
      // Chosen from a list or search: make sure its kind is shown, and go there.
      if (r && !next.kinds.includes(r.properties.kind)) next = reduce(next, { type: 'toggleKind', kind: r.properties.kind });
      if (r && source !== 'map') this.flyToRecord(r);
      if (r) {
        const detail: AtlasSelectDetail = { id: r.properties.id, kind: r.properties.kind };
        this.dispatchEvent(new CustomEvent('atlas-select', { detail, bubbles: true, composed: true }));
      }
    }
    if (this.storyData && next.story && this.storyLoadedFor === next.story.id && (action.type === 'goToSlide' || action.type === 'openStory')) {
      next = this.withSlide(next, source === 'url' ? 'jump' : 'fly');
    }
    if (action.type === 'closeStory' && this.state.story) {
      // Back to exploring: everything visible again; the camera stays where the story left it.
      next = reduce(next, { type: 'resetFilters' });
      if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
    }
    if (next !== this.state) {
      this.state = next;
      if (next.lang !== this.lang) this.lang = next.lang;
    }
    // Choosing a record from a list moves focus to its details, even when it was already selected.
    if (source === 'ui' && action.type === 'select' && action.id) void this.focusPanel();
  }

  /** The slide the state points at (clamped to the story), or null when not presenting. */
  private get currentSlide(): Slide | null {
    const st = this.state.story;
    const story = this.storyData;
    if (!st || !story || this.storyLoadedFor !== st.id) return null;
    return story.slides[Math.min(st.slide, story.slides.length - 1)] ?? null;
  }

  /** `s` with its slide's filters applied (clamped to the story), moving the camera there. */
  private withSlide(s: AppState, move: 'fly' | 'jump'): AppState {
    const story = this.storyData;
    if (!story || !s.story) return s;
    const index = Math.min(Math.max(0, s.story.slide), story.slides.length - 1);
    const slide = story.slides[index];
    const c = slide.camera;
    if (move === 'fly') this.controller?.flyTo([c.center[0], c.center[1]], c.zoom, 1800);
    else this.controller?.jumpTo({ center: [c.center[0], c.center[1]], zoom: c.zoom });
    // storyData is set only after loadStory has loaded the story module.
    return { ...this.storyLib!.slideState(slide, s), lang: s.lang, story: { id: s.story.id, slide: index }, camera: s.camera };
  }

  private async loadStory(): Promise<void> {
    const st = this.state.story;
    const token = ++this.storyToken;
    if (!st || this.storyLoadedFor !== st.id) {
      // Another story (or none): the old one's slides no longer apply.
      this.storyData = null;
      this.storyLoadedFor = '';
    }
    if (!st) return;
    const url = this.stories[st.id];
    const fail = (message: string) => {
      this.errors = [...this.errors, { id: st.id, index: -1, field: '(story)', message }];
      this.errorsOpen = true;
      this.dispatchEvent(new CustomEvent('atlas-error', { detail: { errors: this.errors }, bubbles: true, composed: true }));
      this.dispatch({ type: 'closeStory' }, 'api');
    };
    if (!url) return fail(`no story called "${st.id}"`);
    // Records are needed to check the story's references; wait for the dataset.
    while (!this.layerData && this.isConnected) await new Promise((r) => setTimeout(r, 50));
    let text: string;
    let lib: StoryLib;
    try {
      [lib] = await Promise.all([import('../story/schema.ts'), ensureElement('atlas-presenter')]);
    } catch (err) {
      if (token === this.storyToken) fail(`could not load the story player: ${(err as Error).message}`);
      return;
    }
    this.storyLib = lib;
    const { parseStory, formatStoryError } = lib;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = await res.text();
    } catch (err) {
      if (token === this.storyToken) fail(`could not load ${url}: ${(err as Error).message}`);
      return;
    }
    if (token !== this.storyToken) return;
    const result = parseStory(text, this.records);
    if (result.errors.length) {
      // Bad slides are reported and skipped; the atlas and the good slides still work.
      this.errors = [
        ...this.errors,
        ...result.errors.map((e) => ({ id: e.slide, index: -1, field: `story ${st.id}`, message: formatStoryError(e) })),
      ];
      for (const e of result.errors) console.warn(`[innovation-atlas] story ${st.id}: ${formatStoryError(e)}`);
    }
    if (!result.story) return fail(`story "${st.id}" has no valid slide`);
    this.storyLoadedFor = st.id;
    this.storyData = result.story;
    this.state = this.withSlide(this.state, 'jump');
  }

  private onPresenterKey(e: KeyboardEvent): void {
    const st = this.state.story;
    if (!st || !this.storyData || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // Several atlases on a page: only the one presenting full screen, owning the URL or holding focus reacts.
    if (!(document.fullscreenElement === this || this.syncUrl || this.matches(':focus-within'))) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const last = this.storyData.slides.length - 1;
    let slide: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !(target instanceof HTMLButtonElement))) slide = Math.min(last, st.slide + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') slide = Math.max(0, st.slide - 1);
    else if (e.key === 'Home') slide = 0;
    else if (e.key === 'End') slide = last;
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.dispatch({ type: 'closeStory' }, 'ui');
      return;
    }
    if (slide === null) return;
    e.preventDefault();
    if (slide !== st.slide) this.dispatch({ type: 'goToSlide', slide }, 'ui');
  }

  /**
   * The current view as a PNG with title, legend, source line and date drawn in. `frame` is the screen's
   * shape or a fixed 16:9 / 4:3 (1280 px wide at 1×); `scale` 2 doubles every dimension.
   */
  async exportImage(opts: { frame?: Frame; scale?: 1 | 2; title?: string } = {}): Promise<Blob> {
    return (await this.renderImage(opts)).blob;
  }

  private async renderImage(opts: { frame?: Frame; scale?: 1 | 2; title?: string }): Promise<{ blob: Blob; capped: boolean; width: number; height: number }> {
    if (!this.controller) throw new Error('the map is not ready');
    const l = this.state.lang;
    const scale = opts.scale ?? 1;
    // Image composition loads on the first export.
    const { composeImage, frameSize, TITLE_BAND, FOOTER_BAND, centreCrop } = await import('../map/compose-image.ts');
    const size = frameSize(opts.frame ?? 'screen', scale, { width: this.clientWidth, height: this.clientHeight });
    // Render the map at the pixel ratio that gives the frame's map area full resolution.
    const mapH = size.height - (TITLE_BAND + FOOTER_BAND) * scale;
    const crop = centreCrop(this.clientWidth, this.clientHeight, size.width / mapH);
    const ratio = Math.max(1, size.width / crop.w);
    const { canvas, capped } = await this.controller.capture(ratio);
    const drawn = this.kindsDrawnFor(this.records);
    const kinds = KINDS.filter((k) => this.state.kinds.includes(k) && drawn.has(k));
    const blob = await composeImage(canvas, {
      ...size,
      scale,
      title: opts.title ?? this.currentSlide?.title[l] ?? t('title', l),
      subtitle: t('subtitle', l),
      legend: kinds.map((kind) => ({ kind, label: KIND_LABELS[kind][l] })),
      source: `${t('title', l)} · ${tp('printSources', l)} · ${t('boundaries', l)}`,
      date: new Intl.DateTimeFormat(l === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(new Date()),
    });
    return { blob, capped, ...size };
  }

  /** Every slide of the open story (or the default one) as PNGs in one ZIP archive. */
  async exportSlides(opts: { frame?: Frame; scale?: 1 | 2 } = {}): Promise<Blob> {
    const opened = !this.state.story;
    if (opened) this.dispatch({ type: 'openStory', id: 'innovation-road', slide: 0 }, 'api');
    try {
      return await this.renderSlides(opts);
    } finally {
      // Leave the atlas as it was: close a story that was opened only to export it.
      if (opened) this.dispatch({ type: 'closeStory' }, 'api');
    }
  }

  private async renderSlides(opts: { frame?: Frame; scale?: 1 | 2 }): Promise<Blob> {
    while (!this.storyData) {
      if (!this.state.story) throw new Error('the story could not be loaded');
      await new Promise((r) => setTimeout(r, 50));
    }
    const story = this.storyData;
    const start = this.state.story?.slide ?? 0;
    const { zipSync } = await import('fflate');
    const files: Record<string, [Uint8Array, { level: 0 }]> = {};
    for (let i = 0; i < story.slides.length; i++) {
      this.dispatch({ type: 'goToSlide', slide: i }, 'url');
      await this.updateComplete;
      const { blob } = await this.renderImage({ frame: opts.frame ?? '16:9', scale: opts.scale ?? 1 });
      // PNG is compressed already: store, don't deflate again.
      files[`${story.id}-${String(i + 1).padStart(2, '0')}.png`] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
    }
    this.dispatch({ type: 'goToSlide', slide: start }, 'url');
    return new Blob([zipSync(files)], { type: 'application/zip' });
  }

  private async onExport(req: ExportRequest): Promise<void> {
    const l = this.state.lang;
    this.exportBusy = true;
    this.exportMessage = '';
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      if (req.what === 'png') {
        const r = await this.renderImage({ frame: req.frame, scale: req.scale });
        if (r.capped) this.exportMessage = tp('capped', l, { w: r.width, h: r.height });
        download(r.blob, `innovation-road-atlas-${stamp}.png`);
      } else if (req.what === 'slides') {
        download(await this.exportSlides({ frame: req.frame === 'screen' ? '16:9' : req.frame, scale: req.scale }), `innovation-road-slides-${stamp}.zip`);
      } else {
        // Export code is loaded on demand: most readers never download.
        const [{ recordsToCsv }, { recordsToGeoJson, citationLine }] = await Promise.all([import('../export/csv.ts'), import('../export/geojson.ts')]);
        const records = this.filtered;
        const citation = citationLine(l, new Date(), location.href);
        if (req.what === 'csv') download(new Blob([recordsToCsv(records, l, citation)], { type: 'text/csv;charset=utf-8' }), `innovation-road-atlas-${stamp}.csv`);
        else download(new Blob([recordsToGeoJson(records, citation, SCHEMA_VERSION)], { type: 'application/geo+json' }), `innovation-road-atlas-${stamp}.geojson`);
      }
    } catch (err) {
      this.exportMessage = (err as Error).message;
    } finally {
      this.exportBusy = false;
    }
  }

  /** Opens a story (the bundled one by default) full screen, at a slide. */
  async present(id = 'innovation-road', slide = 0): Promise<void> {
    this.dispatch({ type: 'openStory', id, slide }, 'ui');
    try {
      if (!document.fullscreenElement) await this.requestFullscreen();
    } catch {
      // Full screen needs a user gesture and may be refused (embeds, headless); presenting works without it.
    }
  }

  /** Shows slide `index` of the open story (clamped). */
  goToSlide(index: number): void {
    this.dispatch({ type: 'goToSlide', slide: index }, 'api');
  }

  private async focusPanel(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.panel.right .close')?.focus();
  }

  private flyToRecord(r: AtlasRecord): void {
    const g = r.geometry;
    if (!g) return;
    const at = g.type === 'Point' ? g.coordinates : g.coordinates[Math.floor(g.coordinates.length / 2)];
    this.controller?.flyTo(at as [number, number], g.type === 'Point' ? 4.5 : 4);
  }

  private writeUrl(prev: AppState): void {
    const hash = `#${encodeState(this.state)}`;
    if (hash === location.hash) return;
    // Camera moves replace the entry; everything else is a step that Back should undo.
    const onlyCamera = encodeState({ ...prev, camera: this.state.camera }) === encodeState(this.state);
    if (onlyCamera) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }

  private applyUrl(): void {
    const next = decodeState(location.hash, initialState(this.lang));
    if (encodeState(next) === encodeState(this.state)) return;
    this.state = this.storyData && next.story?.id === this.storyLoadedFor ? this.withSlide(next, 'jump') : next;
    this.lang = next.lang;
    if (next.camera && !next.story) this.controller?.jumpTo(next.camera);
  }

  private async start(): Promise<void> {
    const token = ++this.loadToken;
    this.controller?.destroy();
    this.controller = null;
    this.removeAttribute('ready');
    this.loading = true;
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return;
    const [base, dataset] = await Promise.all([this.loadBasemap(), loadDataset(this.src)]);
    if (token !== this.loadToken || !this.isConnected) return;
    this.base = base.map;
    this.records = dataset.records;
    this.search = null;
    this.searchBuiltFor = null;
    this.errors = [...base.errors, ...dataset.errors];
    // Open at first so an embedder sees at once what was skipped; one click folds it away.
    this.errorsOpen = this.errors.length > 0;
    if (this.errors.length) {
      for (const e of this.errors) console.warn(`[innovation-atlas] ${formatError(e)}`);
      this.dispatchEvent(new CustomEvent('atlas-error', { detail: { errors: this.errors }, bubbles: true, composed: true }));
    }
    this.layerData = prepareLayerData(dataset.records, base.map.countries);
    // A selection or country from the URL that this dataset does not have is dropped.
    if (this.state.selected && !this.layerData.byId.has(this.state.selected)) this.state = reduce(this.state, { type: 'select', id: null });
    try {
      this.controller = this.createController(container, base.map);
    } catch (err) {
      // No WebGL (or it failed to start): say so, and show every record in the list instead.
      this.mapError = (err as Error).message;
      console.warn(`[innovation-atlas] no map: ${this.mapError}`);
      if (this.state.panel === 'none' || this.state.panel === 'layers') this.state = reduce(this.state, { type: 'openPanel', panel: 'list' });
      this.announceReady(token, dataset.records.length);
      return;
    }
    this.mapError = '';
    this.resizeObserver = new ResizeObserver(() => this.controller?.resize());
    this.resizeObserver.observe(this);
    this.pushLayers();
    await this.controller.firstFullFrame();
    this.announceReady(token, dataset.records.length);
  }

  private announceReady(token: number, records: number): void {
    if (token !== this.loadToken || !this.isConnected) return;
    this.loading = false;
    this.setAttribute('ready', '');
    const detail: AtlasReadyDetail = { records, errors: this.errors.length };
    this.dispatchEvent(new CustomEvent('atlas-ready', { detail, bubbles: true, composed: true }));
  }

  private createController(container: HTMLElement, base: Basemap): MapController {
    return new MapController({
      container,
      style: basemapStyle(base, this.basemapColors, this.layerData?.countries.map((c) => c.feature.properties.a3) ?? []),
      interactive: this.interactive,
      locale: MAP_LOCALE[this.lang],
      camera: this.state.camera,
      onHover: (info) => this.onHover(info),
      onClick: (info) => this.onClick(info),
      onMove: (camera) => {
        this.dispatch({ type: 'setCamera', camera }, 'map');
        const detail: AtlasViewChangeDetail = camera;
        this.dispatchEvent(new CustomEvent('atlas-viewchange', { detail, bubbles: true, composed: true }));
      },
      onZoom: (zoom) => {
        // Labels are re-thinned per half zoom level; finer changes need no new layers.
        if (labelZoomStep(zoom) !== this.zoomStep) this.pushLayers();
      },
      onContextLost: () => {
        this.paused = true;
      },
      // A fresh map on the restored GPU: the state (camera, filters, selection, story) is all in `state`.
      onContextRestored: () => {
        this.paused = false;
        void this.start();
      },
    });
  }

  private async loadBasemap(): Promise<{ map: Basemap; errors: DatasetError[] }> {
    if (this.base && this.basemap === worldUrl) return { map: this.base, errors: [] };
    try {
      const res = await fetch(this.basemap);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return { map: topologyToBasemap((await res.json()) as Topology), errors: [] };
    } catch (err) {
      // No basemap is no reason to hide the records: draw them on the bare sea.
      const empty: Basemap = {
        countries: { type: 'FeatureCollection', features: [] },
        borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
        coasts: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
      };
      return { map: empty, errors: [{ id: null, index: -1, field: '(basemap)', message: `could not load ${this.basemap}: ${(err as Error).message}` }] };
    }
  }

  private get layerView(): AtlasView {
    const s = this.state;
    // Empty when the CPU-side filters are off, so no id set is built for the common case.
    const key = s.fields.length || s.regions.length || s.countries.length ? cpuFilterKey(s) : '';
    return {
      lang: s.lang,
      kinds: s.kinds,
      years: s.years,
      selected: s.selected,
      zoom: this.zoomStep,
      cpuVisible: this.cpuVisibleFor(this.records, this.filterIndexFor(this.records), s.fields, s.regions, s.countries),
      cpuKey: key,
      counts: this.filterResult.byCountry,
      highlight: this.currentSlide?.highlight ?? [],
    };
  }

  private pushLayers(): void {
    if (!this.controller || !this.layerData) return;
    this.zoomStep = labelZoomStep(this.controller.zoom);
    const view = this.layerView;
    this.controller.setLayers(buildLayers(this.layerData, view, { symbolAtlas }));
    this.controller.setStyleLayerVisible(PARTNER_OUTLINE, view.kinds.includes('partner-country'));
  }

  private describe(info: PickingInfo): { id: string; kind: Kind | 'country' } | null {
    const o = info.object as AtlasRecord | GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps> | undefined;
    if (!o) return null;
    if (info.layer?.id === 'choropleth') return { id: (o.properties as CountryProps).a3, kind: 'country' };
    const r = o as AtlasRecord;
    return { id: r.properties.id, kind: r.properties.kind };
  }

  private onHover(info: PickingInfo): void {
    const hit = this.describe(info);
    if (!hit) {
      if (this.hover) this.hover = null;
      return;
    }
    const l = this.state.lang;
    const r = hit.kind === 'country' ? undefined : this.layerData?.byId.get(hit.id);
    const name = r ? r.properties.name[l] : (names[hit.id]?.[l] ?? (info.object as GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps>).properties[l]);
    const kind = hit.kind === 'country' ? t('countryProfile', l) : KIND_LABELS[hit.kind][l];
    this.hover = { x: info.x, y: info.y, name, kind };
  }

  private onClick(info: PickingInfo): void {
    const hit = this.describe(info);
    if (!hit) return;
    if (hit.kind === 'country') this.dispatch({ type: 'openCountry', a3: hit.id }, 'map');
    else this.dispatch({ type: 'select', id: hit.id }, 'map');
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented || this.state.story) return;
    if (this.state.selected || this.state.country) this.closeRight();
    else if (this.state.panel !== 'none') this.dispatch({ type: 'openPanel', panel: 'none' }, 'ui');
  }

  private closeRight(): void {
    if (this.state.selected) this.dispatch({ type: 'select', id: null }, 'ui');
    else this.dispatch({ type: 'openCountry', a3: null }, 'ui');
  }

  /** Builds the search index on first use: its code and index cost every reader time who never searches. */
  private readonly loadSearch = async (): Promise<void> => {
    const records = this.records;
    if (!records.length || this.searchBuiltFor === records) return;
    this.searchBuiltFor = records;
    try {
      const { createSearch } = await import('../core/search.ts');
      if (this.records === records) this.search = createSearch(records);
    } catch (err) {
      this.searchBuiltFor = null;
      this.reportLoadError('search', err);
    }
  };

  /** Renders a lazily loaded element's template, starting its module's load (see lazy-elements.ts). */
  private need<T>(tag: LazyTag, template: T): T {
    ensureElement(tag).catch((err: unknown) => this.reportLoadError(tag, err));
    return template;
  }

  /** A part of the app that could not be loaded (a missing chunk, say) is a visible error, not a silent blank. */
  private reportLoadError(what: string, err: unknown): void {
    if (this.errors.some((e) => e.field === '(code)' && e.id === what)) return;
    this.errors = [...this.errors, { id: what, index: -1, field: '(code)', message: `could not load ${what}: ${(err as Error).message}` }];
    this.errorsOpen = true;
  }

  private togglePanel(p: Exclude<Panel, 'none'>): void {
    this.dispatch({ type: 'openPanel', panel: this.state.panel === p ? 'none' : p }, 'ui');
  }

  private renderLeft(s: AppState) {
    const l = s.lang;
    switch (s.panel) {
      case 'layers':
        return html`<atlas-layers .lang=${l} .present=${this.kindsPresentFor(this.records)} .visible=${s.kinds}
          .counts=${this.filterResult.byKind}></atlas-layers>`;
      case 'filters': {
        const present = this.countriesPresentFor(this.records);
        const countries: CountryOption[] = [...present].filter((a3) => names[a3]).map((a3) => ({ a3, ...names[a3] }));
        const regions = REGIONS.filter((r) => [...present].some((a3) => regionOf(a3) === r));
        const fields = this.fieldsPresentFor(this.records);
        return this.need('atlas-filters', html`<atlas-filters .lang=${l} .state=${s} .bounds=${this.boundsFor(this.records)} .regions=${regions} .countries=${countries}
          .fields=${fields}></atlas-filters>`);
      }
      case 'list':
        return this.need('atlas-list', html`<atlas-list .lang=${l} .records=${this.filtered} .selected=${s.selected}></atlas-list>`);
      case 'figures':
        return this.need('atlas-figures', html`<atlas-figures .lang=${l} .groups=${this.groupsFor(this.records)}></atlas-figures>`);
      case 'export':
        return this.need('atlas-export', html`<atlas-export .lang=${l} .busy=${this.exportBusy} .message=${this.exportMessage} .mapless=${Boolean(this.mapError)}></atlas-export>`);
      case 'embed':
        return this.need('atlas-embed', html`<atlas-embed .lang=${l} .base=${publishedBase()} .camera=${s.camera} .story=${s.story}></atlas-embed>`);
      default:
        return '';
    }
  }

  private renderRight(s: AppState) {
    const l = s.lang;
    const r = s.selected ? this.layerData?.byId.get(s.selected) : undefined;
    if (r) {
      return this.need('atlas-details', html`<atlas-details .lang=${l} .record=${r} .related=${relatedRecords(this.records, r.properties.id)}></atlas-details>`);
    }
    if (s.country) {
      return this.need('atlas-country', html`<atlas-country .lang=${l} .a3=${s.country} .profile=${countryProfile(this.records, s.country)}></atlas-country>`);
    }
    return null;
  }

  override render() {
    const s = this.state;
    const l = s.lang;
    const controls: Controls = readControls(this.controls);
    const theme: Theme = readTheme(this.theme);
    const panels = controls === 'full' ? SIDE_PANELS : controls === 'minimal' ? MINIMAL_PANELS : [];
    const leftPanel = s.panel !== 'none' && panels.includes(s.panel) ? s.panel : null;
    // With controls="none" the host page brings its own UI: no panels, only events.
    const right = controls === 'none' ? null : this.renderRight(s);
    const labels: Record<Exclude<Panel, 'none'>, string> = {
      layers: t('layers', l),
      filters: t('filters', l),
      list: t('list', l),
      figures: t('figures', l),
      export: tp('exportPanel', l),
      embed: te('embed', l),
    };
    const frame = { [`controls-${controls}`]: true, dark: theme === 'dark', fixed: !this.interactive };
    // Controls come before the map in the DOM so Tab reaches search first; z-index keeps them on top.
    // The wrapper is display: contents; its classes carry the embedding options to the stylesheet.
    return html`<div class="frame ${classMap(frame)}">
      ${controls !== 'none'
        ? html`<div class="top-left">
              ${controls === 'full'
                ? html`<header>
                    <h1>${t('title', l)}</h1>
                    <p>${t('subtitle', l)} · <span class="count">${formatNumber(this.filterResult.total, l)}</span> / ${formatNumber(this.records.length, l)} ${t('records', l)}</p>
                  </header>`
                : ''}
              <div role="search"><atlas-search .lang=${l} .search=${this.search} @atlas-search-wanted=${this.loadSearch}></atlas-search></div>
            </div>
            <nav class="toolbar" aria-label=${t('panels', l)}>
              ${panels.map(
                (p) => html`<button class="tool" data-panel=${p} aria-pressed=${s.panel === p ? 'true' : 'false'} @click=${() => this.togglePanel(p)}>${labels[p]}</button>`,
              )}
              ${controls === 'full' && !this.mapError
                ? // A story is camera moves over the map: without one there is nothing to present.
                  html`<button class="tool present" @click=${() => void this.present()}>${tp('present', l)}</button>`
                : ''}
              <button class="tool lang" lang=${l === 'zh' ? 'en' : 'zh'} aria-label=${t('langSwitchLabel', l)}
                @click=${() => this.dispatch({ type: 'setLang', lang: l === 'zh' ? 'en' : 'zh' }, 'ui')}>${t('langSwitch', l)}</button>
            </nav>`
        : ''}
      ${leftPanel
        ? html`<aside class="panel left" aria-label=${labels[leftPanel]}>
            <button class="close" aria-label=${t('close', l)} @click=${() => this.dispatch({ type: 'openPanel', panel: 'none' }, 'ui')}>×</button>
            ${this.renderLeft(s)}
          </aside>`
        : ''}
      ${right
        ? html`<aside class="panel right" aria-label=${s.selected ? t('openDetails', l) : t('countryProfile', l)}>
            <button class="close" aria-label=${t('close', l)} @click=${() => this.closeRight()}>×</button>
            ${right}
          </aside>`
        : ''}
      ${this.errors.length
        ? html`<section class="errors" role="status">
            <button aria-expanded=${this.errorsOpen ? 'true' : 'false'} @click=${() => (this.errorsOpen = !this.errorsOpen)}>
              ${this.errors.length} ${t('dataErrors', l)}
            </button>
            ${this.errorsOpen ? html`<ul>${this.errors.map((e) => html`<li>${formatError(e)}</li>`)}</ul>` : ''}
          </section>`
        : ''}
      ${this.presenting
        ? this.need('atlas-presenter', html`<atlas-presenter .lang=${l} .story=${this.storyData} .index=${s.story?.slide ?? 0} .byId=${this.layerData?.byId ?? new Map()}></atlas-presenter>`)
        : ''}
      <div class="print-map" aria-hidden="true"></div>
      <ul class="print-legend" aria-hidden="true">
        ${KINDS.filter((k) => s.kinds.includes(k) && this.kindsDrawnFor(this.records).has(k)).map(
          (k) => html`<li>${symbolIcon(k)} ${KIND_LABELS[k][l]}</li>`,
        )}
        <li class="print-sources">${tp('printSources', l)} · ${new Intl.DateTimeFormat(l === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(new Date())}</li>
      </ul>
      <section class="credit" aria-label=${t('mapCredit', l)}>${t('boundaries', l)}</section>
      <div class="map" part="map"></div>
      ${this.loading ? html`<div class="status" role="status">${t('loading', l)}</div>` : ''}
      ${this.paused ? html`<div class="status paused" role="status">${t('contextLost', l)}</div>` : ''}
      ${this.mapError
        ? html`<div class="status nomap" role="alert"><strong>${t('noWebgl', l)}</strong><br />${t('noWebglList', l)}</div>`
        : ''}
      ${this.hover
        ? html`<div class="tooltip" role="tooltip" style=${inlineStyle({ left: `${this.hover.x}px`, top: `${this.hover.y}px` })}>
            ${this.hover.name}<small>${this.hover.kind}</small>
          </div>`
        : ''}
    </div>`;
  }
}

/** Saves a blob under a file name (an object URL on a temporary link; nothing leaves the page). */
function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

// Both the app and the library may be on one page (or the library twice): define once.
if (!customElements.get('innovation-atlas')) customElements.define('innovation-atlas', InnovationAtlas);
declare global {
  interface HTMLElementTagNameMap {
    'innovation-atlas': InnovationAtlas;
  }
  interface HTMLElementEventMap {
    'atlas-ready': CustomEvent<AtlasReadyDetail>;
    'atlas-select': CustomEvent<AtlasSelectDetail>;
    'atlas-viewchange': CustomEvent<AtlasViewChangeDetail>;
    'atlas-slidechange': CustomEvent<AtlasSlideChangeDetail>;
    'atlas-error': CustomEvent<AtlasErrorDetail>;
  }
}
