/**
 * `<atlas-map>`: the one element that owns MapLibre and deck.gl (through MapController). Data, view and
 * theme come down as properties; the layers are a pure function of them (build-layers.ts); hover, click,
 * camera moves, the first full frame and GPU trouble go up as events. Nothing else in the app imports
 * maplibre-gl or deck.gl (ESLint enforces it).
 *
 * It renders into its own light DOM: it lives inside <innovation-atlas>'s shadow root, whose stylesheet
 * carries MapLibre's CSS (`mapStyles`), and MapLibre puts its canvas and controls straight into it.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ReactiveElement, unsafeCSS, type PropertyValues } from 'lit';
import type { Map as MlMap } from 'maplibre-gl';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { BASEMAP_COLORS, BASEMAP_COLORS_DARK, BASEMAP_SOURCES, PARTNER_OUTLINE, basemapPaint, basemapStyle, type Basemap, type CountryProps } from '../basemap/basemap.ts';
import type { AtlasRecord, Bilingual } from '../core/record.ts';
import type { Kind, Lang } from '../core/vocabulary.ts';
import { buildLayers, labelZoomStep, prepareLayerData, type LayerData } from '../layers/build-layers.ts';
import { chromeBoxes, textMeasurer, typeScale } from '../layers/label-measure.ts';
import { screenLabels } from '../layers/screen-labels.ts';
import type { BadgeItem, FanItem } from '../layers/place-layers.ts';
import symbolAtlas from '../layers/symbols.png?url';
import { MapController } from '../map/map-controller.ts';
import { mapControlStyles } from './map-control-styles.ts';
import { GesturesController } from '../controllers/gestures-controller.ts';
import type { Camera } from '../state/app-state.ts';
import type { AtlasView } from '../state/view.ts';

/**
 * MapLibre's stylesheet, for the shadow root <atlas-map> renders in, without its data: URL icons: the element
 * runs in the host page, whose Content-Security-Policy governs it, and a strict one (`default-src 'self'`)
 * blocks data: images. The zoom buttons get their glyphs from map-control-styles.ts instead.
 */
export const mapStyles = [unsafeCSS(mapCss.replace(/url\("data:[^"]*"\)/g, 'none')), mapControlStyles];

/**
 * What is under the pointer: a record, a country of the choropleth (id = ISO alpha-3), or a place group's
 * badge (id = the group's id).
 */
export interface MapHit {
  x: number;
  y: number;
  id: string;
  kind: Kind | 'country' | 'group';
  /** A country's name from the basemap (records are named by the dataset). */
  name?: Bilingual;
}

/** The view the layers draw, minus the zoom, which the map knows itself. */
export type MapView = Omit<AtlasView, 'zoom'>;

export type MapEvents = {
  /** A hit under the pointer, or null when it left every feature. */
  'atlas-map-hover': MapHit | null;
  'atlas-map-click': MapHit;
  /** The camera settled (fly-tos included). */
  'atlas-map-move': Camera;
  /** The first frame with the basemap and every layer has been drawn (read back from the GPU). */
  'atlas-map-ready': undefined;
  /** The map cannot be drawn here (no WebGL). */
  'atlas-map-error': { message: string };
  /** The GPU took the context away (paused: true) or gave it back (paused: false; the map is rebuilt). */
  'atlas-map-context': { paused: boolean };
};

const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: {
    'NavigationControl.ZoomIn': '放大', 'NavigationControl.ZoomOut': '缩小', 'Map.Title': '地图',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 并滚动以缩放地图', 'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 并滚动以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
  },
  en: {
    'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out', 'Map.Title': 'Map',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map', 'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

export class AtlasMap extends ReactiveElement {
  static override properties = {
    records: { attribute: false },
    basemap: { attribute: false },
    view: { attribute: false },
    dark: { type: Boolean },
    interactive: { type: Boolean },
    gestures: {},
    camera: { attribute: false },
  };
  declare records: readonly AtlasRecord[];
  /** The countries and lines to draw under the records; the map is built once both are set. */
  declare basemap: Basemap | null;
  declare view: MapView | null;
  declare dark: boolean;
  declare interactive: boolean;
  /** 'auto' | 'cooperative' | 'greedy' (the element's `gestures` attribute); the controller applies the rule. */
  declare gestures: string | null;
  /** Where the map opens (read when it is built; later moves are flyTo/jumpTo). Null: the default extent. */
  declare camera: Camera | null;

  private controller: MapController | null = null;
  private data: LayerData | null = null;
  private zoomStep = 0;
  private resizeObserver: ResizeObserver | null = null;
  private chromeObserver: MutationObserver | null = null;
  private placementFrame = 0;
  private readonly measure = textMeasurer();
  /** Counts map builds, so a stale build's first frame is not announced. */
  private build = 0;
  private readonly gesturesCtl = new GesturesController(this);

  constructor() {
    super();
    this.records = [];
    this.basemap = null;
    this.view = null;
    this.dark = false;
    this.interactive = true;
    this.gestures = null;
    this.camera = null;
  }

  /** Maps created by atlases on this page and not yet released. */
  static get live(): number {
    return MapController.live;
  }

  /** The MapLibre map, for the few who need it raw (tests reading the style; nothing in the app). */
  get map(): MlMap | null {
    return this.controller?.map ?? null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after removal: the map was released on disconnect, so build a new one.
    if (this.hasUpdated && !this.controller) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.has('records') || changed.has('basemap')) {
      this.data = this.basemap ? prepareLayerData(this.records, this.basemap.countries) : null;
      // Another worldview or detail under the same records: new data in the same map (camera and GPU kept).
      if (!changed.has('records') && this.controller && this.basemap) this.swapBasemap(this.basemap);
      else this.start();
      return;
    }
    if (changed.has('dark')) {
      this.controller?.setPaint(basemapPaint(this.colors));
      this.pushLayers();
    }
    if (changed.has('interactive')) this.controller?.setInteractive(this.interactive);
    if (changed.has('view')) this.pushLayers();
  }

  /** Called by the gestures controller whenever the rule's outcome may have changed. */
  setCooperative(on: boolean): void {
    this.controller?.setCooperative(on);
  }

  private get colors() {
    return this.dark ? BASEMAP_COLORS_DARK : BASEMAP_COLORS;
  }

  private emit<K extends keyof MapEvents>(type: K, detail: MapEvents[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** (Re)builds the map for the current data; announces the first full frame, or why there is no map. */
  private start(): void {
    this.stop();
    const build = ++this.build;
    if (!this.data || !this.basemap || !this.isConnected) return;
    try {
      this.controller = this.createController(this.basemap, this.data);
    } catch (err) {
      this.emit('atlas-map-error', { message: (err as Error).message });
      return;
    }
    this.resizeObserver = new ResizeObserver(() => this.controller?.resize());
    this.resizeObserver.observe(this);
    // A panel, card or notice opened over the map: labels move out from under it.
    if (this.parentElement) {
      this.chromeObserver = new MutationObserver(() => this.schedulePlacement());
      this.chromeObserver.observe(this.parentElement, { childList: true });
    }
    this.pushLayers();
    void this.controller.firstFullFrame().then(() => {
      if (build === this.build && this.controller) this.emit('atlas-map-ready', undefined);
    });
  }

  private stop(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.chromeObserver?.disconnect();
    this.chromeObserver = null;
    this.controller?.destroy();
    this.controller = null;
  }

  private createController(base: Basemap, data: LayerData): MapController {
    const lang = this.view?.lang ?? 'en';
    return new MapController({
      container: this,
      style: basemapStyle(base, this.colors, data.countries.map((c) => c.feature.properties.a3)),
      interactive: this.interactive,
      cooperative: this.gesturesCtl.cooperative,
      locale: MAP_LOCALE[lang],
      camera: this.camera,
      onHover: (info) => this.emit('atlas-map-hover', this.describe(info)),
      onClick: (info) => {
        const hit = this.describe(info);
        if (hit) this.emit('atlas-map-click', hit);
      },
      onMove: (camera) => {
        // Labels are placed for the camera on screen (chrome included), so a settled camera re-places them.
        this.pushLayers();
        this.emit('atlas-map-move', camera);
      },
      onZoom: (zoom) => {
        // Labels are re-thinned per half zoom level; finer changes need no new layers.
        if (labelZoomStep(zoom) !== this.zoomStep) this.pushLayers();
      },
      onContextLost: () => this.emit('atlas-map-context', { paused: true }),
      // A fresh map on the restored GPU: deck's GPU resources did not survive; the state is all upstairs.
      onContextRestored: () => {
        this.emit('atlas-map-context', { paused: false });
        this.start();
      },
    });
  }

  private swapBasemap(base: Basemap): void {
    const b = base as unknown as Record<(typeof BASEMAP_SOURCES)[number], GeoJSON.GeoJSON>;
    this.controller?.setSourceData(Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, b[id]])));
    this.pushLayers();
  }

  /** Re-places the labels once the chrome has rendered its change (next frame). */
  private schedulePlacement(): void {
    if (this.placementFrame) return;
    this.placementFrame = requestAnimationFrame(() => {
      this.placementFrame = 0;
      this.pushLayers();
    });
  }

  private pushLayers(): void {
    const { controller, data, view } = this;
    if (!controller || !data || !view) return;
    this.zoomStep = labelZoomStep(controller.zoom);
    const at = { ...view, zoom: this.zoomStep };
    const scale = typeScale(view.present, this.clientWidth);
    const symbolSize = 14 * scale;
    const labels = screenLabels(data, at, {
      project: (ll) => controller.project(ll),
      width: this.clientWidth,
      height: this.clientHeight,
      chrome: chromeBoxes(this),
      measure: this.measure,
      scale,
      symbolSize,
    });
    controller.setLayers(buildLayers(data, at, { symbolAtlas, symbolSize, scale, labels, dark: this.dark }));
    controller.setStyleLayerVisible(PARTNER_OUTLINE, view.kinds.includes('partner-country'));
  }

  private describe(info: PickingInfo): MapHit | null {
    const o = info.object as AtlasRecord | GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps> | BadgeItem | FanItem | undefined;
    if (!o) return null;
    const at = { x: info.x, y: info.y };
    switch (info.layer?.id) {
      case 'choropleth': {
        const p = (o as GeoJSON.Feature<GeoJSON.MultiPolygon, CountryProps>).properties;
        return { ...at, id: p.a3, kind: 'country', name: { zh: p.zh, en: p.en } };
      }
      case 'country-badges':
        return { ...at, id: (o as BadgeItem).group.id, kind: 'group' };
      case 'fan': {
        const r = (o as FanItem).record;
        return { ...at, id: r.properties.id, kind: r.properties.kind };
      }
      default: {
        const r = o as AtlasRecord;
        return { ...at, id: r.properties.id, kind: r.properties.kind };
      }
    }
  }

  /** What is drawn at element pixel (x, y). */
  pick(x: number, y: number): MapHit | null {
    const info = this.controller?.pick(x, y);
    return info ? this.describe(info) : null;
  }

  /** The deck layers drawn now, for tests reading sizes and placed labels from their props (nothing in the app). */
  get layers(): readonly Layer[] {
    return this.controller?.drawn ?? [];
  }

  get zoom(): number | null {
    return this.controller?.zoom ?? null;
  }

  project(lngLat: [number, number]): [number, number] | null {
    return this.controller?.project(lngLat) ?? null;
  }

  flyTo(center: [number, number], zoom?: number, duration?: number): void {
    this.controller?.flyTo(center, zoom, duration);
  }

  jumpTo(camera: Camera): void {
    this.controller?.jumpTo(camera);
  }

  fitBounds(bounds: [[number, number], [number, number]], padding: { top: number; right: number; bottom: number; left: number }, maxZoom: number, duration: number): void {
    this.controller?.fitBounds(bounds, padding, maxZoom, duration);
  }

  /** The map at `pixelRatio` as a canvas (see MapController.capture). */
  capture(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; capped: boolean }> {
    if (!this.controller) return Promise.reject(new Error('the map is not ready'));
    return this.controller.capture(pixelRatio);
  }

  /**
   * The current frame as a 2D canvas, drawn synchronously: printing a WebGL canvas gives a blank box
   * unless its buffer is preserved (which costs every frame), so the print view shows this copy.
   */
  snapshot(): HTMLCanvasElement | null {
    const map = this.map;
    if (!map) return null;
    map.redraw();
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    copy.getContext('2d')!.drawImage(src, 0, 0);
    return copy;
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap);
declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
