import type { PickingInfo } from '@deck.gl/core';
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import datasetUrl from '../../data/atlas.geojson?url';
import { basemapStyle, topologyToBasemap, type Basemap, type CountryProps } from '../basemap/basemap.ts';
import type { Kind } from '../data/schema.ts';
import { loadDataset } from '../data/source.ts';
import { formatError, type AtlasRecord, type DatasetError } from '../data/validate.ts';
import { KIND_LABELS, t } from '../i18n/strings.ts';
import { buildLayers, labelZoomStep, prepareLayerData, type LayerData } from '../layers/build-layers.ts';
import symbolAtlas from '../layers/symbols.png?url';
import { MapController } from '../map/map-controller.ts';
import { defaultView, pickLang, type AtlasView, type Lang } from '../state/view.ts';
import './atlas-legend.ts';

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

/**
 * The whole atlas as one element: loads the basemap and dataset, owns one map through MapController,
 * and renders the chrome around it. Embedders use the same element.
 *
 * @attr src - dataset URL (GeoJSON following data/atlas.schema.json); defaults to the bundled dataset
 * @attr basemap - countries TopoJSON URL (world-atlas layout); defaults to the bundled Natural Earth 110m
 * @attr lang - 'zh' | 'en'; defaults to the browser's preference
 * @fires atlas-ready - {records, errors} once the first frame with every layer is drawn; sets `ready`
 * @fires atlas-select - {id, kind} when a record is chosen on the map
 * @fires atlas-error - {errors} when the dataset has invalid records or fails to load
 */
export class InnovationAtlas extends LitElement {
  static override properties = {
    src: {},
    basemap: {},
    lang: { reflect: true },
    selected: { attribute: false },
    loading: { state: true },
    errors: { state: true },
    records: { state: true },
    hover: { state: true },
    errorsOpen: { state: true },
  };
  declare src: string;
  declare basemap: string;
  declare lang: Lang;
  declare selected: string | null;
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

  constructor() {
    super();
    this.src = datasetUrl;
    this.basemap = worldUrl;
    this.lang = pickLang(typeof navigator === 'undefined' ? [] : navigator.languages);
    this.selected = null;
    this.loading = true;
    this.errors = [];
    this.records = [];
    this.hover = null;
    this.errorsOpen = false;
  }

  static override styles = [
    unsafeCSS(mapCss),
    css`
      :host { display: block; position: relative; height: var(--atlas-height, 480px); overflow: hidden; contain: content;
        font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", system-ui, sans-serif;
        color: #23232d; background: #dbe5ec; box-sizing: border-box; }
      *, *::before, *::after { box-sizing: inherit; }
      .map { position: absolute; inset: 0; }
      .map canvas { display: block !important; }
      header { position: absolute; top: 12px; left: 12px; max-width: min(440px, calc(100% - 24px)); padding: 10px 14px;
        background: rgb(255 255 255 / 0.92); border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
      h1 { margin: 0; font-size: 18px; font-weight: 700; letter-spacing: 0.01em; }
      header p { margin: 2px 0 0; font-size: 12.5px; color: #4a4a55; }
      .lang { position: absolute; top: 12px; right: 12px; font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 6px;
        border: 1px solid #9aa3ad; background: white; color: #23232d; cursor: pointer; }
      .lang:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
      atlas-legend { position: absolute; left: 12px; bottom: 28px; padding: 8px 10px; background: rgb(255 255 255 / 0.92);
        border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); max-width: calc(100% - 24px); }
      .credit { position: absolute; left: 0; right: 0; bottom: 0; padding: 3px 12px; font-size: 10.5px; color: #4d4d57;
        background: rgb(255 255 255 / 0.75); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      .tooltip { position: absolute; pointer-events: none; transform: translate(12px, 12px); padding: 6px 9px; max-width: 280px;
        background: #23232d; color: white; font-size: 12.5px; border-radius: 4px; box-shadow: 0 2px 6px rgb(0 0 0 / 0.3); }
      .tooltip small { display: block; opacity: 0.8; font-size: 11px; }
      .status { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); padding: 10px 16px; background: white;
        border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); font-size: 14px; }
      .errors { position: absolute; top: 12px; right: 90px; max-width: min(420px, calc(100% - 110px)); font-size: 12.5px;
        background: #fff6e5; border: 1px solid #d9a441; border-radius: 6px; padding: 6px 10px; }
      .errors button { font: inherit; background: none; border: none; padding: 0; color: #7a4a00; cursor: pointer; text-decoration: underline; }
      .errors ul { margin: 6px 0 0; padding-left: 16px; max-height: 200px; overflow: auto; }
      .maplibregl-ctrl-bottom-right { bottom: 22px; }
      @media (max-width: 560px) {
        header { padding: 8px 10px; max-width: calc(100% - 100px); }
        h1 { font-size: 16px; }
        header p { display: none; }
        atlas-legend { font-size: 11px; }
        .errors { top: 60px; right: 12px; left: 12px; max-width: none; }
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after removal: the map was released on disconnect, so build a new one.
    if (this.hasUpdated && !this.controller) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.controller?.destroy();
    this.controller = null;
    this.removeAttribute('ready');
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('selected')) this.pushLayers();
    // The first load starts in firstUpdated; later changes of src/basemap reload.
    if (this.controller && (changed.has('src') || changed.has('basemap'))) void this.start();
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

  /** Selects a record by id (null clears) and flies to it. */
  select(id: string | null): void {
    this.selected = id;
    const r = id ? this.layerData?.byId.get(id) : undefined;
    if (r?.geometry?.type === 'Point') this.controller?.flyTo(r.geometry.coordinates as [number, number]);
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
    this.base = base;
    this.records = dataset.records;
    this.errors = dataset.errors;
    if (dataset.errors.length) {
      for (const e of dataset.errors) console.warn(`[innovation-atlas] ${formatError(e)}`);
      this.dispatchEvent(new CustomEvent('atlas-error', { detail: { errors: dataset.errors }, bubbles: true, composed: true }));
    }
    this.layerData = prepareLayerData(dataset.records, base.countries);
    this.controller = new MapController({
      container,
      style: basemapStyle(base),
      locale: MAP_LOCALE[this.lang],
      onHover: (info) => this.onHover(info),
      onClick: (info) => this.onClick(info),
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
    const detail: AtlasReadyDetail = { records: dataset.records.length, errors: dataset.errors.length };
    this.dispatchEvent(new CustomEvent('atlas-ready', { detail, bubbles: true, composed: true }));
  }

  private async loadBasemap(): Promise<Basemap> {
    if (this.base && this.basemap === worldUrl) return this.base;
    const res = await fetch(this.basemap);
    return topologyToBasemap((await res.json()) as Topology);
  }

  private get view(): AtlasView {
    return { ...defaultView(this.lang), selected: this.selected, zoom: this.zoomStep };
  }

  private pushLayers(): void {
    if (!this.controller || !this.layerData) return;
    this.zoomStep = labelZoomStep(this.controller.zoom);
    this.controller.setLayers(buildLayers(this.layerData, this.view, { symbolAtlas }));
  }

  private describe(info: PickingInfo): { id: string; kind: Kind | 'country' } | null {
    const o = info.object as AtlasRecord | GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps> | undefined;
    if (!o) return null;
    if (info.layer?.id === 'choropleth') {
      const a3 = (o.properties as CountryProps).a3;
      const partner = this.records.find((r) => r.properties.kind === 'partner-country' && r.properties.countries[0] === a3);
      return partner ? { id: partner.properties.id, kind: 'partner-country' } : { id: a3, kind: 'country' };
    }
    const r = o as AtlasRecord;
    return { id: r.properties.id, kind: r.properties.kind };
  }

  private onHover(info: PickingInfo): void {
    const hit = this.describe(info);
    if (!hit) {
      this.hover = null;
      return;
    }
    const r = this.layerData?.byId.get(hit.id);
    const country = info.object as GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps>;
    const name = r ? r.properties.name[this.lang] : country.properties[this.lang];
    const kind = hit.kind === 'country' ? '' : KIND_LABELS[hit.kind][this.lang];
    this.hover = { x: info.x, y: info.y, name, kind };
  }

  private onClick(info: PickingInfo): void {
    const hit = this.describe(info);
    if (!hit || hit.kind === 'country') return;
    this.selected = hit.id;
    const detail: AtlasSelectDetail = { id: hit.id, kind: hit.kind };
    this.dispatchEvent(new CustomEvent('atlas-select', { detail, bubbles: true, composed: true }));
  }

  private toggleLang(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }

  override render() {
    const l = this.lang;
    const kinds = [...new Set(this.records.map((r) => r.properties.kind))];
    return html`
      <div class="map" part="map"></div>
      <header>
        <h1>${t('title', l)}</h1>
        <p>${t('subtitle', l)} · ${this.records.length} ${t('records', l)}</p>
      </header>
      <button class="lang" lang=${l === 'zh' ? 'en' : 'zh'} @click=${this.toggleLang}>${t('langSwitch', l)}</button>
      ${this.errors.length
        ? html`<section class="errors" role="status">
            <button aria-expanded=${this.errorsOpen} @click=${() => (this.errorsOpen = !this.errorsOpen)}>
              ${this.errors.length} ${t('dataErrors', l)}
            </button>
            ${this.errorsOpen ? html`<ul>${this.errors.map((e) => html`<li>${formatError(e)}</li>`)}</ul>` : ''}
          </section>`
        : ''}
      <atlas-legend .lang=${l} .kinds=${kinds}></atlas-legend>
      <div class="credit">${t('boundaries', l)}</div>
      ${this.loading ? html`<div class="status" role="status">${t('loading', l)}</div>` : ''}
      ${this.hover
        ? html`<div class="tooltip" role="tooltip" style=${styleMap({ left: `${this.hover.x}px`, top: `${this.hover.y}px` })}>
            ${this.hover.name}${this.hover.kind ? html`<small>${this.hover.kind}</small>` : ''}
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
