import type { PickingInfo } from '@deck.gl/core';
import { LitElement, html, unsafeCSS, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import datasetUrl from '../../data/atlas.geojson?url';
import { basemapStyle, topologyToBasemap, type Basemap, type CountryProps } from '../basemap/basemap.ts';
import countryTable from '../data/countries.json';
import { countryCounts } from '../data/derive.ts';
import { countsByKind, cpuFilterKey, filterRecords, matches, regionOf, yearBounds } from '../data/filter.ts';
import { countryProfile, figureGroups, relatedRecords } from '../data/related.ts';
import { FIELDS, KINDS, type Kind } from '../data/schema.ts';
import { createSearch, type SearchHit } from '../data/search.ts';
import { loadDataset } from '../data/source.ts';
import { formatError, type AtlasRecord, type DatasetError } from '../data/validate.ts';
import { formatNumber } from '../i18n/format.ts';
import { KIND_LABELS, t } from '../i18n/strings.ts';
import { buildLayers, labelZoomStep, prepareLayerData, type LayerData } from '../layers/build-layers.ts';
import symbolAtlas from '../layers/symbols.png?url';
import { MapController } from '../map/map-controller.ts';
import { initialState, REGIONS, type Action, type AppState, type Panel } from '../state/app-state.ts';
import { reduce } from '../state/reduce.ts';
import { decodeState, encodeState } from '../state/url.ts';
import { pickLang, type AtlasView, type Lang } from '../state/view.ts';
import './atlas-country.ts';
import './atlas-details.ts';
import './atlas-figures.ts';
import './atlas-filters.ts';
import type { CountryOption } from './atlas-filters.ts';
import './atlas-layers.ts';
import './atlas-list.ts';
import './atlas-search.ts';
import { atlasStyles } from './innovation-atlas.styles.ts';
import { ACTION_EVENT } from './emit.ts';

export interface AtlasReadyDetail {
  records: number;
  errors: number;
}
export interface AtlasSelectDetail {
  id: string;
  kind: Kind;
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
const SIDE_PANELS: Exclude<Panel, 'none'>[] = ['layers', 'filters', 'list', 'figures'];

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
 * @attr sync-url - keep the state in the page's URL hash (the full-page app; not for embeds)
 * @fires atlas-ready - {records, errors} once the first frame with every layer is drawn; sets `ready`
 * @fires atlas-select - {id, kind} when a record is chosen
 * @fires atlas-error - {errors} when the dataset has invalid records or fails to load
 */
export class InnovationAtlas extends LitElement {
  static override properties = {
    src: {},
    basemap: {},
    lang: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    state: { attribute: false },
    loading: { state: true },
    errors: { state: true },
    records: { state: true },
    hover: { state: true },
    errorsOpen: { state: true },
  };
  declare src: string;
  declare basemap: string;
  declare lang: Lang;
  declare syncUrl: boolean;
  declare state: AppState;
  declare loading: boolean;
  declare errors: DatasetError[];
  declare records: AtlasRecord[];
  declare hover: Hover | null;
  declare errorsOpen: boolean;

  private controller: MapController | null = null;
  private layerData: LayerData | null = null;
  private base: Basemap | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private loadToken = 0;
  private zoomStep = 0;
  private readonly onPopState = () => this.applyUrl();

  private readonly filtered = memo((records: AtlasRecord[], s: AppState) => filterRecords(records, s));
  private readonly searchFor = memo((records: AtlasRecord[]) => createSearch(records));
  private readonly boundsFor = memo((records: AtlasRecord[]) => yearBounds(records));
  private readonly groupsFor = memo((records: AtlasRecord[]) => figureGroups(records));
  private readonly cpuVisibleFor = memo((records: AtlasRecord[], key: string, s: AppState) => {
    if (!key) return null;
    // Only the CPU-side filters here; kind and year are applied on the GPU.
    const f = { ...s, kinds: KINDS, years: null };
    return new Set(records.filter((r) => matches(r, f)).map((r) => r.properties.id));
  });
  private readonly countsFor = memo((filtered: AtlasRecord[]) => countryCounts(filtered));
  private readonly kindCountsFor = memo((records: AtlasRecord[], s: AppState) => countsByKind(records, s));

  static override styles = [unsafeCSS(mapCss), atlasStyles];

  constructor() {
    super();
    this.src = datasetUrl;
    this.basemap = worldUrl;
    this.syncUrl = false;
    this.lang = pickLang(typeof navigator === 'undefined' ? [] : navigator.languages);
    this.state = initialState(this.lang);
    this.loading = true;
    this.errors = [];
    this.records = [];
    this.hover = null;
    this.errorsOpen = false;
    this.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.controller?.destroy();
    this.controller = null;
    this.removeAttribute('ready');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.syncUrl) {
      // The URL wins over the browser language; an invalid URL falls back to defaults, silently.
      this.state = decodeState(location.hash, initialState(this.lang));
      this.lang = this.state.lang;
    }
    if (changed.has('lang') && this.lang !== this.state.lang && (this.lang === 'zh' || this.lang === 'en')) {
      this.state = reduce(this.state, { type: 'setLang', lang: this.lang });
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener(ACTION_EVENT, (e) => this.dispatch((e as CustomEvent<Action>).detail, 'ui'));
    void this.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state')) {
      const prev = changed.get('state') as AppState | undefined;
      this.pushLayers();
      if (this.syncUrl && prev) this.writeUrl(prev);
    }
    // The first load starts in firstUpdated; later changes of src/basemap reload.
    if (this.controller && (changed.has('src') || changed.has('basemap'))) void this.start();
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
    if (next !== this.state) {
      this.state = next;
      if (next.lang !== this.lang) this.lang = next.lang;
    }
    // Choosing a record from a list moves focus to its details, even when it was already selected.
    if (source === 'ui' && action.type === 'select' && action.id) void this.focusPanel();
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
    this.state = next;
    this.lang = next.lang;
    if (next.camera) this.controller?.jumpTo(next.camera);
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
    this.errors = [...base.errors, ...dataset.errors];
    if (this.errors.length) {
      for (const e of this.errors) console.warn(`[innovation-atlas] ${formatError(e)}`);
      this.dispatchEvent(new CustomEvent('atlas-error', { detail: { errors: this.errors }, bubbles: true, composed: true }));
    }
    this.layerData = prepareLayerData(dataset.records, base.map.countries);
    // A selection or country from the URL that this dataset does not have is dropped.
    if (this.state.selected && !this.layerData.byId.has(this.state.selected)) this.state = reduce(this.state, { type: 'select', id: null });
    this.controller = new MapController({
      container,
      style: basemapStyle(base.map),
      locale: MAP_LOCALE[this.lang],
      camera: this.state.camera,
      onHover: (info) => this.onHover(info),
      onClick: (info) => this.onClick(info),
      onMove: (camera) => this.dispatch({ type: 'setCamera', camera }, 'map'),
      onZoom: (zoom) => {
        // Labels are re-thinned per half zoom level; finer changes need no new layers.
        if (labelZoomStep(zoom) !== this.zoomStep) this.pushLayers();
      },
    });
    this.resizeObserver = new ResizeObserver(() => this.controller?.resize());
    this.resizeObserver.observe(this);
    this.pushLayers();
    await this.controller.firstFullFrame();
    if (token !== this.loadToken || !this.isConnected) return;
    this.loading = false;
    this.setAttribute('ready', '');
    const detail: AtlasReadyDetail = { records: dataset.records.length, errors: this.errors.length };
    this.dispatchEvent(new CustomEvent('atlas-ready', { detail, bubbles: true, composed: true }));
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

  private get view(): AtlasView {
    const s = this.state;
    // Empty when the CPU-side filters are off, so no id set is built for the common case.
    const key = s.fields.length || s.regions.length || s.countries.length ? cpuFilterKey(s) : '';
    const filtered = this.filtered(this.records, s);
    return {
      lang: s.lang,
      kinds: s.kinds,
      years: s.years,
      selected: s.selected,
      zoom: this.zoomStep,
      cpuVisible: this.cpuVisibleFor(this.records, key, key ? s : initialState()),
      cpuKey: key,
      counts: this.countsFor(filtered),
    };
  }

  private pushLayers(): void {
    if (!this.controller || !this.layerData) return;
    this.zoomStep = labelZoomStep(this.controller.zoom);
    this.controller.setLayers(buildLayers(this.layerData, this.view, { symbolAtlas }));
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
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (this.state.selected || this.state.country) this.closeRight();
    else if (this.state.panel !== 'none') this.dispatch({ type: 'openPanel', panel: 'none' }, 'ui');
  }

  private closeRight(): void {
    if (this.state.selected) this.dispatch({ type: 'select', id: null }, 'ui');
    else this.dispatch({ type: 'openCountry', a3: null }, 'ui');
  }

  private togglePanel(p: Exclude<Panel, 'none'>): void {
    this.dispatch({ type: 'openPanel', panel: this.state.panel === p ? 'none' : p }, 'ui');
  }

  private renderLeft(s: AppState, filtered: AtlasRecord[]) {
    const l = s.lang;
    switch (s.panel) {
      case 'layers':
        return html`<atlas-layers .lang=${l} .present=${[...new Set(this.records.map((r) => r.properties.kind))]} .visible=${s.kinds}
          .counts=${this.kindCountsFor(this.records, s)}></atlas-layers>`;
      case 'filters': {
        const present = new Set(this.records.flatMap((r) => r.properties.countries));
        const countries: CountryOption[] = [...present].filter((a3) => names[a3]).map((a3) => ({ a3, ...names[a3] }));
        const regions = REGIONS.filter((r) => [...present].some((a3) => regionOf(a3) === r));
        const fields = FIELDS.filter((f) => this.records.some((r) => r.properties.fields.includes(f)));
        return html`<atlas-filters .lang=${l} .state=${s} .bounds=${this.boundsFor(this.records)} .regions=${regions} .countries=${countries}
          .fields=${fields}></atlas-filters>`;
      }
      case 'list':
        return html`<atlas-list .lang=${l} .records=${filtered} .selected=${s.selected}></atlas-list>`;
      case 'figures':
        return html`<atlas-figures .lang=${l} .groups=${this.groupsFor(this.records)}></atlas-figures>`;
      default:
        return '';
    }
  }

  private renderRight(s: AppState) {
    const l = s.lang;
    const r = s.selected ? this.layerData?.byId.get(s.selected) : undefined;
    if (r) {
      return html`<atlas-details .lang=${l} .record=${r} .related=${relatedRecords(this.records, r.properties.id)}></atlas-details>`;
    }
    if (s.country) {
      return html`<atlas-country .lang=${l} .a3=${s.country} .profile=${countryProfile(this.records, s.country)}></atlas-country>`;
    }
    return null;
  }

  override render() {
    const s = this.state;
    const l = s.lang;
    const filtered = this.filtered(this.records, s);
    const right = this.renderRight(s);
    const search: ((q: string, n?: number) => SearchHit[]) | null = this.records.length ? this.searchFor(this.records) : null;
    const labels: Record<Exclude<Panel, 'none'>, string> = { layers: t('layers', l), filters: t('filters', l), list: t('list', l), figures: t('figures', l) };
    // Controls come before the map in the DOM so Tab reaches search first; z-index keeps them on top.
    return html`
      <div class="top-left">
        <header>
          <h1>${t('title', l)}</h1>
          <p>${t('subtitle', l)} · <span class="count">${formatNumber(filtered.length, l)}</span> / ${formatNumber(this.records.length, l)} ${t('records', l)}</p>
        </header>
        <div role="search"><atlas-search .lang=${l} .search=${search}></atlas-search></div>
      </div>
      <nav class="toolbar" aria-label=${t('panels', l)}>
        ${SIDE_PANELS.map(
          (p) => html`<button class="tool" data-panel=${p} aria-pressed=${s.panel === p ? 'true' : 'false'} @click=${() => this.togglePanel(p)}>${labels[p]}</button>`,
        )}
        <button class="tool lang" lang=${l === 'zh' ? 'en' : 'zh'} aria-label=${t('langSwitchLabel', l)}
          @click=${() => this.dispatch({ type: 'setLang', lang: l === 'zh' ? 'en' : 'zh' }, 'ui')}>${t('langSwitch', l)}</button>
      </nav>
      ${s.panel !== 'none'
        ? html`<aside class="panel left" aria-label=${labels[s.panel]}>
            <button class="close" aria-label=${t('close', l)} @click=${() => this.dispatch({ type: 'openPanel', panel: 'none' }, 'ui')}>×</button>
            ${this.renderLeft(s, filtered)}
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
      <section class="credit" aria-label=${t('mapCredit', l)}>${t('boundaries', l)}</section>
      <div class="map" part="map"></div>
      ${this.loading ? html`<div class="status" role="status">${t('loading', l)}</div>` : ''}
      ${this.hover
        ? html`<div class="tooltip" role="tooltip" style=${styleMap({ left: `${this.hover.x}px`, top: `${this.hover.y}px` })}>
            ${this.hover.name}<small>${this.hover.kind}</small>
          </div>`
        : ''}
    `;
  }
}

customElements.define('innovation-atlas', InnovationAtlas);
declare global {
  interface HTMLElementTagNameMap {
    'innovation-atlas': InnovationAtlas;
  }
}
