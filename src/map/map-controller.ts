/**
 * Owns one MapLibre map and its deck.gl overlay: create, push layers, resize, destroy, report frames.
 * Nothing else touches maplibre or the overlay, and this holds no data logic.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MlMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
// MapLibre 6 finds its worker from import.meta.url, which bundling breaks; point it at the emitted file.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let workerSet = false;

export interface MapControllerOptions {
  container: HTMLElement;
  style: Record<string, unknown>;
  /** Initial extent [[west, south], [east, north]]; the camera fits it to any screen size. */
  bounds?: [[number, number], [number, number]];
  /** Initial camera; wins over `bounds` (a shared link's view). */
  camera?: { center: [number, number]; zoom: number } | null;
  interactive?: boolean;
  /** Ctrl/⌘ + wheel to zoom, two fingers to pan (an embedded map; see cooperativeGestures in embed-options.ts). */
  cooperative?: boolean;
  /** Localised control labels (MapLibre `locale`). */
  locale?: Record<string, string>;
  onHover?: (info: PickingInfo) => void;
  onClick?: (info: PickingInfo) => void;
  /** Called whenever the camera settles. */
  onMove?: (camera: { center: [number, number]; zoom: number }) => void;
  /** Called on every zoom change (cheap work only). */
  onZoom?: (zoom: number) => void;
  /** The GPU took the WebGL context away (driver reset, too many contexts, a test's WEBGL_lose_context). */
  onContextLost?: () => void;
  /** The context is back; the owner rebuilds the map (deck's GPU resources did not survive). */
  onContextRestored?: () => void;
}

/** The parts of luma's WebGL device the controller touches (see deckDevice). */
interface LumaDevice {
  getDefaultCanvasContext?(): { setDrawingBufferSize(w: number, h: number): void };
  canvasContext?: { destroy(): void } | null;
}

export class MapController {
  readonly map: MlMap;
  private readonly overlay: MapLibreOverlay;
  private layers: Layer[] = [];
  private readonly loaded: Promise<void>;
  private destroyed = false;
  /** Hover and click are reported only while interactive. */
  private interactive = true;
  /** Style layers' visibility as last asked (unset = as the style has it). */
  private readonly styleVisibility = new Map<string, boolean>();
  /** Maps created and not yet destroyed, on this page: lets tests and hosts check that removal releases them. */
  static live = 0;

  constructor(opts: MapControllerOptions) {
    if (!workerSet) {
      setWorkerUrl(workerUrl);
      workerSet = true;
    }
    this.map = new MlMap({
      container: opts.container,
      style: opts.style as unknown as StyleSpecification,
      ...(opts.camera
        ? { center: opts.camera.center, zoom: opts.camera.zoom }
        : // Africa and Europe to the western Pacific: where the cooperation on the map lies.
          { bounds: opts.bounds ?? [[-18, -30], [145, 58]], fitBoundsOptions: { padding: 16 } }),
      minZoom: 0.5,
      maxZoom: 9,
      // One world: deck layers are drawn once, so basemap copies would not match them.
      renderWorldCopies: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: opts.locale,
      cooperativeGestures: opts.cooperative ?? false,
      // MSAA doubles frame cost in software GL; lines are antialiased by deck instead.
      canvasContextAttributes: { antialias: false },
    });
    // Counted once the map exists: without WebGL the constructor above throws GPUInitializationError.
    MapController.live++;
    const { onContextLost, onContextRestored } = opts;
    if (onContextLost) this.map.on('webglcontextlost', () => onContextLost());
    if (onContextRestored) this.map.on('webglcontextrestored', () => onContextRestored());
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      pickingRadius: 4,
      onHover: (info) => {
        if (this.interactive) opts.onHover?.(info);
      },
    });
    this.map.addControl(this.overlay);
    // deck resolves a click from an asynchronous pick started at pointer-down, which a quick tap can
    // outrun; picking synchronously on the map's own click is reliable.
    const onClick = opts.onClick;
    if (onClick) {
      this.map.on('click', (e) => {
        if (!this.interactive) return;
        const info = this.pick(e.point.x, e.point.y);
        if (info) onClick(info);
      });
    }
    const onMove = opts.onMove;
    if (onMove) {
      // Every settled camera is reported (fly-tos included) so a copied link reproduces the view;
      // rounding makes a jump to a reported camera report the same camera, so there is no loop.
      this.map.on('moveend', () => {
        const c = this.map.getCenter();
        onMove({ center: [Math.round(c.lng * 1000) / 1000, Math.round(c.lat * 1000) / 1000], zoom: Math.round(this.map.getZoom() * 100) / 100 });
      });
    }
    if (opts.interactive === false) this.setInteractive(false);
    const onZoom = opts.onZoom;
    if (onZoom) this.map.on('zoom', () => onZoom(this.map.getZoom()));
    this.loaded = new Promise((resolve) => {
      if (this.map.loaded()) resolve();
      else this.map.once('load', () => resolve());
    });
  }

  /** The deck layers last set (read-only: tests read what is drawn from their props). */
  get drawn(): readonly Layer[] {
    return this.layers;
  }

  setLayers(layers: Layer[]): void {
    if (this.destroyed) return;
    this.layers = layers;
    this.overlay.setProps({ layers });
  }

  /**
   * Resolves once the basemap and every deck layer (icon atlas included) have been drawn. deck's draw
   * callbacks fire when commands are submitted, not executed; reading one pixel back waits for the GPU.
   */
  async firstFullFrame(): Promise<void> {
    await this.loaded;
    for (;;) {
      if (this.destroyed) return;
      await new Promise<void>((resolve) => {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      });
      if (this.layers.length > 0 && this.layers.every((l) => l.isLoaded)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const gl = this.map.getCanvas().getContext('webgl2');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }

  /**
   * A copy of the map (basemap and deck layers share one canvas in interleaved mode) rendered at
   * `pixelRatio`. MapLibre silently caps the canvas size (maxCanvasSize), so `capped` says whether the
   * copy is smaller than asked. The copy is taken inside the 'render' event, while the drawing buffer
   * still holds the frame, so no preserveDrawingBuffer (and its cost) is needed.
   */
  async capture(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; capped: boolean }> {
    const map = this.map;
    const before = map.getPixelRatio();
    const canvas = map.getCanvas();
    if (pixelRatio !== before) {
      map.setPixelRatio(pixelRatio);
      this.syncDeckBuffer();
    }
    try {
      await this.firstFullFrame();
      const copy = await new Promise<HTMLCanvasElement>((resolve) => {
        map.once('render', () => {
          const c = document.createElement('canvas');
          c.width = canvas.width;
          c.height = canvas.height;
          c.getContext('2d')!.drawImage(canvas, 0, 0);
          resolve(c);
        });
        map.triggerRepaint();
      });
      const wanted = Math.floor(canvas.clientWidth * pixelRatio);
      return { canvas: copy, capped: copy.width < wanted - 1 };
    } finally {
      if (pixelRatio !== before) {
        map.setPixelRatio(before);
        this.syncDeckBuffer();
      }
    }
  }

  /**
   * deck draws into MapLibre's context, for which luma turns auto-resizing off and keeps its own idea of
   * the drawing-buffer size. When MapLibre changes its pixel ratio, tell luma, or deck computes a stale
   * CSS-to-device ratio and its layers drift off the basemap (seen in 4:3 and 2× exports).
   */
  private syncDeckBuffer(): void {
    const canvas = this.map.getCanvas();
    this.deckDevice()?.getDefaultCanvasContext?.().setDrawingBufferSize(canvas.width, canvas.height);
  }

  /** deck's luma device. MapLibreOverlay keeps its Deck private; this is the one place that reaches in. */
  private deckDevice(): LumaDevice | undefined {
    return (this.overlay as unknown as { _deck?: { device?: LumaDevice } })._deck?.device;
  }

  pick(x: number, y: number, radius = 4): PickingInfo | null {
    return this.overlay.pickObject({ x, y, radius }) ?? null;
  }

  get zoom(): number {
    return this.map.getZoom();
  }

  project(lngLat: [number, number]): [number, number] {
    const p = this.map.project(lngLat);
    return [p.x, p.y];
  }

  flyTo(center: [number, number], zoom?: number, duration?: number): void {
    this.map.flyTo({ center, zoom: zoom ?? Math.max(this.map.getZoom(), 4), essential: true, ...(duration ? { duration } : {}) });
  }

  jumpTo(camera: { center: [number, number]; zoom: number }): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }

  fitBounds(bounds: [[number, number], [number, number]], padding: { top: number; right: number; bottom: number; left: number }, maxZoom: number, duration: number): void {
    this.map.fitBounds(bounds, { padding, duration, maxZoom, essential: true });
  }

  /** Repaints the basemap in other colours (a theme change) without reloading its data. */
  setPaint(paint: [layer: string, property: string, value: string][]): void {
    this.withStyle(() => {
      // The style spec's property names are a union type; these come from basemapPaint().
      for (const [layer, prop, value] of paint) this.map.setPaintProperty(layer, prop as 'fill-color', value);
    });
  }

  /**
   * Replaces the data of the style's GeoJSON sources (another view or detail of the basemap): the same map,
   * camera and deck layers, so nothing is rebuilt and no shader is compiled again.
   */
  setSourceData(data: Record<string, GeoJSON.GeoJSON>): void {
    this.withStyle(() => {
      for (const [id, d] of Object.entries(data)) this.map.getSource<GeoJSONSource>(id)?.setData(d);
    });
  }

  /** Shows or hides a basemap style layer (e.g. the partner outline, which follows the choropleth). */
  setStyleLayerVisible(layer: string, visible: boolean): void {
    if (this.styleVisibility.get(layer) === visible) return;
    this.styleVisibility.set(layer, visible);
    this.withStyle(() => {
      if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    });
  }

  /** Runs a style change now, or once the style has loaded (MapLibre refuses style edits before). */
  private withStyle(apply: () => void): void {
    if (this.destroyed) return;
    if (this.map.isStyleLoaded()) apply();
    else void this.loaded.then(() => !this.destroyed && apply());
  }

  /** Switches pointer and keyboard navigation on or off (the `interactive` attribute, at run time). */
  setInteractive(on: boolean): void {
    if (this.destroyed) return;
    this.interactive = on;
    const m = this.map;
    for (const h of [m.dragPan, m.scrollZoom, m.boxZoom, m.doubleClickZoom, m.keyboard, m.touchZoomRotate]) {
      if (on) h.enable();
      else h.disable();
    }
    if (on) m.touchZoomRotate.disableRotation();
  }

  /** Cooperative gestures on or off (the page around the map started or stopped scrolling, full screen). */
  setCooperative(on: boolean): void {
    if (this.destroyed || this.map.cooperativeGestures.isEnabled() === on) return;
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  resize(): void {
    if (!this.destroyed) this.map.resize();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    MapController.live--;
    // deck attaches luma to MapLibre's context, and neither deck's finalize nor luma's device.destroy()
    // stops that device's canvas observers: the matchMedia('(resolution: …)') listener stays registered
    // and keeps the canvas, deck, this controller and the element alive (~2–3 MB per removed atlas).
    // Upstream: visgl/deck.gl#10355 (fix proposed in #10356); drop this once a release destroys it.
    const canvasContext = this.deckDevice()?.canvasContext;
    this.overlay.finalize();
    canvasContext?.destroy();
    // remove() also loses the WebGL context (WEBGL_lose_context), which frees it at once instead of at GC.
    // Removing the page's last map makes MapLibre (6.17) terminate its shared workers and abort pending work
    // with an Error kept in a module-level AbortController; until its stack is formatted V8 holds the
    // receivers of every frame on it (Map.remove → … → terminate), i.e. this map, its container and the
    // whole removed element (~3 MB). An error made without a stack holds nothing. Found with heap snapshots.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      this.map.remove();
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}
