import { LitElement, html, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import worldUrl from 'world-atlas/countries-110m.json?url';
import datasetUrl from '../../data/atlas.geojson?url';
import defaultStoryUrl from '../../data/stories/innovation-road.json?url';
import type { Basemap } from '../basemap/basemap.ts';
import { t } from '../core/i18n/strings.ts';
import type { AtlasRecord } from '../core/record.ts';
import { createSelectors } from '../core/selectors.ts';
import type { DatasetError } from '../core/validate.ts';
import { pickLang, type Kind, type Lang } from '../core/vocabulary.ts';
import { BasemapController } from '../controllers/basemap-controller.ts';
import { DatasetController, type Loaded } from '../controllers/dataset-controller.ts';
import { ErrorsController } from '../controllers/errors-controller.ts';
import { runEffects } from '../controllers/effects.ts';
import { ExportController, type ExportRequest, type ImageOptions } from '../controllers/export-controller.ts';
import { fire, type ActionSource, type MapSurface } from '../controllers/host.ts';
import { PresenterController } from '../controllers/presenter-controller.ts';
import { PrintController } from '../controllers/print-controller.ts';
import { SearchController } from '../controllers/search-controller.ts';
import { StoryController } from '../controllers/story-controller.ts';
import { UrlSyncController } from '../controllers/url-sync-controller.ts';
import type { Frame } from '../map/compose-image.ts';
import { initialState, type Action, type AppState } from '../state/app-state.ts';
import { firstState, readControls, readStateAttributes, readFlyTo, readInteractive, readSlide, readStory, readTheme, readView } from '../state/embed-options.ts';
import { createMapView } from '../state/view.ts';
import { reduce } from '../state/reduce.ts';
import { AtlasMap, mapStyles, type MapHit } from './atlas-map.ts';
import { MINIMAL_PANELS, SIDE_PANELS, asides, errorNotice, groupPicker, mapLegend, panelLabels, presenterCard, printLegend, yearPlayer, type PanelContext } from './atlas-panels.ts';
import './atlas-layers.ts';
import './atlas-search.ts';
import { atlasStyles } from './innovation-atlas.styles.ts';
import { ACTION_EVENT } from './emit.ts';
import { creditLine, hoverOf, overlays, toolbar, topLeft, type Hover } from './atlas-chrome.ts';
import type { AtlasReadyDetail, AtlasViewChangeDetail } from './atlas-events.ts';
export type * from './atlas-events.ts';

const NO_HIGHLIGHT: readonly string[] = [];
const interactiveConverter = { fromAttribute: (v: string | null) => readInteractive(v), toAttribute: (v: boolean) => (v ? null : 'false') };

/**
 * The public element: attributes, events, methods and layout. The state is reduced from actions (every
 * rule in src/state/reduce.ts); loading, the URL, stories, presenting, exports, printing and search are
 * reactive controllers (src/controllers/); the map is `<atlas-map>`, the one owner of MapLibre and deck.gl.
 *
 * @attr src - dataset URL (GeoJSON following data/atlas.schema.json); defaults to the bundled dataset
 * @attr basemap - countries TopoJSON URL (world-atlas layout); defaults to the bundled Natural Earth worldviews
 * @attr worldview - 'cn' (China's view) | 'de-facto'; defaults by the first language (zh: cn, en: de-facto)
 * @attr lang - 'zh' | 'en'; defaults to the browser's preference
 * @attr story - a story id ('innovation-road') or the URL of a story JSON file: shows it, without full screen
 * @attr slide - the story's slide, counted from 1
 * @attr controls - 'full' (default) | 'minimal' (search, legend, language) | 'none' (the map alone)
 * @attr theme - 'light' (default) | 'dark'
 * @attr interactive - 'false' makes a still map: no pan, zoom, hover or click
 * @attr view - camera as "lng,lat,zoom"; defaults to the Belt and Road extent
 * @attr gestures - 'auto' (default: cooperative when framed or the page scrolls) | 'cooperative' | 'greedy'
 * @attr kinds, fields, regions, countries, years, selected - the first filters and selection (STATE_ATTRIBUTES)
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
    ...{ src: {}, basemap: {}, worldview: {}, story: {}, slide: {}, controls: {}, theme: {}, view: {}, gestures: {} },
    lang: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    interactive: { converter: interactiveConverter },
    state: { attribute: false },
    ...{ loading: { state: true }, records: { state: true }, base: { state: true }, hover: { state: true }, mapError: { state: true }, paused: { state: true } },
    presenting: { type: Boolean, reflect: true },
  };
  declare src: string;
  declare basemap: string;
  declare worldview: string | null;
  declare lang: Lang;
  declare syncUrl: boolean; declare interactive: boolean;
  declare story: string | null; declare slide: string | null;
  declare controls: string; declare theme: string;
  declare gestures: string | null; declare view: string | null;
  declare state: AppState;
  declare loading: boolean;
  declare records: AtlasRecord[];
  declare base: Basemap | null;
  declare hover: Hover | null;
  /** Set when the map cannot be drawn (no WebGL): the list stands in for it. */
  declare mapError: string;
  /** The WebGL context is lost; the map comes back when it is restored. */
  declare paused: boolean;
  /** Reflected while a story is shown: the presentation theme hides the exploration chrome. */
  declare presenting: boolean;
  /** Story id → URL. The bundled default story is always there; embedders may add their own. */
  stories: Record<string, string> = { 'innovation-road': defaultStoryUrl };

  private readonly selectors = createSelectors();
  private readonly basemaps = new BasemapController(this, worldUrl);
  private readonly datasetCtl = new DatasetController(this, this.basemaps, (loaded) => this.loaded(loaded));
  private readonly storyCtl = new StoryController(this, () => this.datasetCtl.done);
  private readonly problems = new ErrorsController(this);
  private readonly search = new SearchController(this, this.problems.loadFailed);
  private readonly exporter = new ExportController(this, this.selectors, this.storyCtl, this.basemaps, new PrintController(this));
  private readonly mapView = createMapView();

  static override styles = [mapStyles, atlasStyles];

  constructor() {
    super();
    [this.src, this.basemap, this.controls, this.theme] = [datasetUrl, worldUrl, 'full', 'light'];
    this.story = this.slide = this.view = this.worldview = this.gestures = null;
    [this.syncUrl, this.interactive] = [false, true];
    this.lang = pickLang(typeof navigator === 'undefined' ? [] : navigator.languages);
    this.state = initialState(this.lang);
    [this.loading, this.records, this.mapError] = [true, [], ''];
    this.base = this.hover = null;
    this.presenting = this.paused = false;
    new UrlSyncController(this);
    new PresenterController(this, this.storyCtl);
    this.addEventListener('keydown', (e) => e.key === 'Escape' && !e.defaultPrevented && this.dispatch({ type: 'escape' }, 'ui'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeAttribute('ready');
  }

  /** Maps created by atlases on this page and not yet released (removal must bring this back down). */
  static get liveMaps(): number {
    return AtlasMap.live;
  }

  /** The drawn map, for effects and exports; null while there is none. */
  get mapSurface(): MapSurface | null {
    return this.mapError ? null : (this.renderRoot?.querySelector('atlas-map') ?? null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.state = firstState({ lang: this.lang, view: this.view, story: this.storyId(), slide: this.slide, worldview: this.worldview, state: readStateAttributes((n) => this.getAttribute(n)) }, this.syncUrl ? location.hash : null);
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
      const camera = changed.has('view') ? readView(this.view) : null;
      if (camera) this.mapSurface?.jumpTo(camera);
      if (changed.has('interactive') && !this.interactive) this.hover = null;
      if (changed.has('src') || changed.has('basemap')) {
        this.loading = true;
        this.removeAttribute('ready');
      }
    }
    if (changed.has('lang') && this.lang !== this.state.lang && (this.lang === 'zh' || this.lang === 'en')) {
      this.state = reduce(this.state, { type: 'setLang', lang: this.lang });
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener(ACTION_EVENT, (e) => this.dispatch((e as CustomEvent<Action>).detail, 'ui'));
    this.renderRoot.addEventListener('atlas-export', (e) => void this.exporter.run((e as CustomEvent<ExportRequest>).detail));
  }

  /** The `story` attribute as a story id; a URL is registered in `stories` under itself. */
  private storyId(): string | null {
    const raw = readStory(this.story);
    if (!raw) return null;
    if (!this.stories[raw] && /[/.]/.test(raw)) this.stories = { ...this.stories, [raw]: raw };
    return raw;
  }

  /** Applies an action (every rule is the reducer's), then its effects; `source` says who asked. */
  dispatch(action: Action, source: ActionSource): void {
    const prev = this.state;
    const byId = this.selectors.byId(this.records);
    const { groupOf } = this.selectors.placeGroups(this.records);
    const next = reduce(prev, action, { kindOf: (id) => byId.get(id)?.properties.kind, groupOf: (id) => groupOf.get(id) ?? null, story: this.storyCtl.env, yearBounds: this.selectors.yearBounds(this.records) });
    this.state = next;
    if (next.lang !== this.lang) this.lang = next.lang;
    runEffects({ host: this, byId, story: this.storyCtl }, prev, next, action, source);
    // Choosing a record from a list moves focus to its details, even when it was already selected.
    if (source === 'ui' && action.type === 'select' && action.id) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel.right .close')?.focus());
  }

  /** The problems reported so far (invalid records, a failed load, bad story slides), as in atlas-error. */
  get errors(): readonly DatasetError[] {
    return this.problems.errors;
  }

  reportErrors(errors: DatasetError[], opts?: { open?: boolean; event?: boolean }): void {
    this.problems.report(errors, opts);
  }

  private loaded({ base, records, errors }: Loaded): void {
    this.base = base;
    this.records = this.basemaps.count(records) as AtlasRecord[];
    this.search.reset();
    this.problems.replace(errors);
    this.dispatch({ type: 'datasetLoaded' }, 'api');
  }

  private announceReady(): void {
    if (!this.isConnected) return;
    this.loading = false;
    // A slide link can load its story before the map exists: the slide's subject is framed now, on the map.
    if (this.state.story && this.storyCtl.story) this.dispatch({ type: 'applySlide' }, 'url');
    this.setAttribute('ready', '');
    fire<AtlasReadyDetail>(this, 'atlas-ready', { records: this.records.length, errors: this.problems.errors.length });
  }

  private onMapError(message: string): void {
    this.mapError = message; // No WebGL (or it failed to start): say so; the list stands in for the map.
    console.warn(`[innovation-atlas] no map: ${message}`);
    this.dispatch({ type: 'mapUnavailable' }, 'api');
    this.announceReady();
  }

  private onHover(hit: MapHit | null): void {
    if (hit) this.hover = hoverOf(hit, this.state, this.selectors.byId(this.records), { byGroup: this.selectors.placeGroups(this.records).byGroup, shown: (g) => this.selectors.shownIn(this.records, this.state, g) });
    else if (this.hover) this.hover = null;
  }

  private onClick(hit: MapHit): void {
    if (hit.kind === 'country') this.dispatch({ type: 'openCountry', a3: hit.id }, 'map');
    // A badge toggles its picker.
    else if (hit.kind === 'group') this.dispatch({ type: 'openGroup', id: this.state.group === hit.id ? null : hit.id }, 'map');
    else this.dispatch({ type: 'select', id: hit.id }, 'map');
  }

  /** Moves the camera to [lng, lat] (zoom 0.5–9), animated unless `duration` is 0; RangeError off the map. */
  flyTo(target: { center: [number, number]; zoom?: number; duration?: number }): void {
    const { center, zoom, duration } = readFlyTo(target);
    const map = this.renderRoot.querySelector('atlas-map');
    if (duration === 0) map?.jumpTo({ center, zoom: zoom ?? map.zoom ?? 2 });
    else map?.flyTo(center, zoom, duration);
  }

  /** The current state (a copy is not needed: states are never mutated). */
  getState(): AppState {
    return this.state;
  }

  /** Screen position (element pixels) of a longitude/latitude. */
  project(lngLat: [number, number]): [number, number] | null {
    return this.renderRoot.querySelector('atlas-map')?.project(lngLat) ?? null;
  }

  /** What is drawn at element pixel (x, y): a record or a country. */
  pick(x: number, y: number): { id: string; kind: Kind | 'country' | 'group' } | null {
    const hit = this.renderRoot.querySelector('atlas-map')?.pick(x, y);
    return hit ? { id: hit.id, kind: hit.kind } : null;
  }

  /** Sets any of the filters; omitted ones stay. Invalid values are normalised away by the reducer, never thrown. */
  setFilters(filters: Partial<Pick<AppState, 'kinds' | 'fields' | 'regions' | 'countries' | 'years'>>): void {
    this.dispatch({ type: 'setFilters', filters }, 'api');
  }

  /** Selects a record by id (null clears) and flies to it. */
  select(id: string | null): void {
    this.dispatch({ type: 'select', id }, 'api');
  }

  /** The current view as a PNG with title, legend, source line and date; frame 'screen' | '16:9' | '4:3'. */
  async exportImage(opts: ImageOptions = {}): Promise<Blob> {
    return (await this.exporter.renderImage(opts)).blob;
  }

  /** Every slide of the open story (or the default one) as PNGs in one ZIP archive. */
  exportSlides(opts: { frame?: Frame; scale?: 1 | 2 } = {}): Promise<Blob> {
    return this.exporter.exportSlides(opts);
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

  override render() {
    const s = this.state;
    const l = s.lang;
    const controls = readControls(this.controls);
    const panels = controls === 'full' ? SIDE_PANELS : controls === 'minimal' ? MINIMAL_PANELS : [];
    const ctx: PanelContext = {
      state: s, records: this.records, selectors: this.selectors, exportBusy: this.exporter.busy, exportMessage: this.exporter.message,
      mapless: Boolean(this.mapError), onLoadError: this.problems.loadFailed, boundaryView: this.basemaps.view,
    };
    const dark = readTheme(this.theme) === 'dark';
    const view = this.mapView(l, s.kinds, s.years, s.undated, s.selected, this.selectors.mapFilter(this.records, s), this.storyCtl.currentSlide?.highlight ?? NO_HIGHLIGHT, s.group, this.presenting);
    // Controls come before the map in the DOM so Tab reaches search first; z-index keeps them on top.
    // The wrapper is display: contents; its classes carry the embedding options to the stylesheet.
    return html`<div class="frame ${classMap({ [`controls-${controls}`]: true, dark, fixed: !this.interactive })}">
      ${controls !== 'none'
        ? html`${topLeft(l, controls, { shown: this.selectors.filterResult(this.records, s).total, total: this.records.length }, this.search)}
          ${toolbar(l, panels, s.panel, panelLabels(l), {
            toggle: (p) => this.dispatch({ type: 'openPanel', panel: s.panel === p ? 'none' : p }, 'ui'),
            // A story is camera moves over the map: without one there is nothing to present.
            present: controls === 'full' && !this.mapError ? () => void this.present() : null,
            switchLang: () => this.dispatch({ type: 'setLang', lang: l === 'zh' ? 'en' : 'zh' }, 'ui'),
          })}`
        : ''}
      ${asides(ctx, s.panel !== 'none' && panels.includes(s.panel) ? s.panel : null, controls !== 'none', {
        closeLeft: () => this.dispatch({ type: 'openPanel', panel: 'none' }, 'ui'),
        closeRight: () => this.dispatch({ type: 'closeRight' }, 'ui'),
      })}
      ${controls !== 'none' ? groupPicker(ctx, (p) => this.project(p), { width: this.clientWidth, height: this.clientHeight }) : ''}
      ${errorNotice(this.problems.errors, this.problems.open, l, this.problems.toggle)}
      ${this.presenting ? presenterCard(ctx, this.storyCtl.story, this.syncUrl) : ''}
      <div class="print-map" aria-hidden="true"></div>
      ${printLegend(ctx)}${mapLegend(ctx, controls, dark)}${yearPlayer(ctx)}
      <section class="credit" aria-label=${t('mapCredit', l)}>${creditLine(l, this.basemaps.view, controls !== 'none')}</section>
      <atlas-map class="map" part="map" .records=${this.records} .basemap=${this.base} .view=${view} ?dark=${dark} .interactive=${this.interactive}
        .camera=${s.camera} .gestures=${this.gestures} @atlas-map-hover=${(e: CustomEvent<MapHit | null>) => this.onHover(e.detail)}
        @atlas-map-click=${(e: CustomEvent<MapHit>) => this.onClick(e.detail)} @atlas-map-move=${this.onMove}
        @atlas-map-ready=${() => this.announceReady()} @atlas-map-error=${(e: CustomEvent<{ message: string }>) => this.onMapError(e.detail.message)}
        @atlas-map-context=${(e: CustomEvent<{ paused: boolean }>) => (this.paused = e.detail.paused)}></atlas-map>
      ${overlays(l, this)}
    </div>`;
  }

  private readonly onMove = (e: CustomEvent<AtlasViewChangeDetail>) => {
    this.dispatch({ type: 'setCamera', camera: e.detail }, 'map');
    fire<AtlasViewChangeDetail>(this, 'atlas-viewchange', e.detail);
  };
}

// Both the app and the library may be on one page (or the library twice): define once.
if (!customElements.get('innovation-atlas')) customElements.define('innovation-atlas', InnovationAtlas);
declare global {
  interface HTMLElementTagNameMap {
    'innovation-atlas': InnovationAtlas;
  }
}
