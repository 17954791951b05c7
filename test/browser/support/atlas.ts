/**
 * A handle on one <innovation-atlas> in a page or frame, speaking only its public API: methods
 * (getState, select, setFilters, flyTo, project, pick, exportImage, goToSlide, present), attributes, the
 * events it dispatches and its rendered shadow DOM. The exceptions are marked (mapLayoutVisibility, and
 * countryAt/drawnLines, which read what the map draws).
 */
import type { Frame, Page } from 'playwright-core';
import type { AppState, InnovationAtlas } from '../../../src/lib.ts';
import type { Dataset } from './dataset.ts';
import type { AtlasEventType, RecordedEvent } from './session.ts';

export type { AppState };
export type Panel = Exclude<AppState['panel'], 'none'>;
export type Camera = NonNullable<AppState['camera']>;
type Xy = [number, number];

export class Atlas {
  constructor(
    readonly scope: Page | Frame,
    readonly selector: string,
    /** The records this atlas was given, to find where a record is without asking the element. */
    readonly data: Dataset,
  ) {}

  /** Runs `fn` in the page with the element (a typed InnovationAtlas) as its first argument. */
  eval<R, A>(fn: (el: InnovationAtlas, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  eval<R>(fn: (el: InnovationAtlas) => R | Promise<R>): Promise<R>;
  eval<R, A>(fn: (el: InnovationAtlas, arg?: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The element arrives as an HTMLElement; it is this atlas (the selector names one).
    return this.scope.locator(this.selector).evaluate(fn as unknown as (el: HTMLElement, arg: unknown) => R | Promise<R>, arg);
  }

  /** Waits for the `ready` attribute (first full frame drawn, or the list when there is no WebGL). */
  async ready(timeout = 150_000): Promise<void> {
    await this.scope.waitForSelector(`${this.selector}[ready]`, { timeout, state: 'attached' });
  }

  state(): Promise<AppState> {
    return this.eval((el) => el.getState());
  }

  attr(name: string): Promise<string | null> {
    return this.eval((el, n) => el.getAttribute(n), name);
  }

  /** Sets an attribute (null removes it) and waits for the element to have rendered the change. */
  async setAttr(name: string, value: string | null): Promise<void> {
    await this.eval(
      async (el, [n, v]) => {
        if (v === null) el.removeAttribute(n);
        else el.setAttribute(n, v);
        await el.updateComplete;
      },
      [name, value] as const,
    );
  }

  /** The details of the events of `type` this element dispatched since its page loaded, oldest first. */
  async events(type: AtlasEventType): Promise<any[]> {
    const all = await this.scope.evaluate((t) => (window as unknown as { __atlasEvents: RecordedEvent[] }).__atlasEvents.filter((e) => e.type === t), type);
    const id = /^#([\w-]+)$/.exec(this.selector)?.[1];
    return all.filter((e) => !id || e.from === id).map((e) => e.detail);
  }

  async lastEvent(type: AtlasEventType): Promise<any> {
    return (await this.events(type)).at(-1);
  }

  select(id: string | null): Promise<void> {
    return this.eval((el, i) => el.select(i), id);
  }

  setFilters(f: Parameters<InnovationAtlas['setFilters']>[0]): Promise<void> {
    return this.eval((el, x) => el.setFilters(x), f);
  }

  /** Calls flyTo; resolves to the name of the error it threw, or 'ok'. */
  flyTo(target: { center: Xy; zoom?: number; duration?: number }): Promise<string> {
    return this.eval((el, t) => {
      try {
        el.flyTo(t);
        return 'ok';
      } catch (e) {
        return (e as Error).name;
      }
    }, target);
  }

  /** Jumps the camera and resolves once the atlas reported the new view (a jump reports it at once). */
  jumpTo(center: Xy, zoom: number): Promise<void> {
    return this.eval(
      (el, [c, z]) =>
        new Promise<void>((done) => {
          el.addEventListener('atlas-viewchange', () => done(), { once: true });
          el.flyTo({ center: c, zoom: z, duration: 0 });
        }),
      [center, zoom] as const,
    );
  }

  goToSlide(index: number): Promise<void> {
    return this.eval((el, i) => el.goToSlide(i), index);
  }

  present(id?: string, slide?: number): Promise<void> {
    return this.eval((el, [i, s]) => el.present(i, s), [id, slide] as const);
  }

  /** Element pixel of a longitude/latitude. */
  async project(lngLat: Xy): Promise<Xy> {
    const xy = await this.eval((el, ll) => el.project(ll), lngLat);
    if (!xy) throw new Error(`${this.selector} has no map to project on`);
    return xy;
  }

  /** Element pixels of many longitudes/latitudes in one round trip. */
  async projectAll(lngLats: Xy[]): Promise<Xy[]> {
    const xys = await this.eval((el, lls) => lls.map((ll) => el.project(ll)), lngLats);
    if (xys.some((xy) => !xy)) throw new Error(`${this.selector} has no map to project on`);
    return xys as Xy[];
  }

  /** Page pixel of a longitude/latitude (the element's map starts at its padding box). */
  pageXY(lngLat: Xy): Promise<Xy> {
    return this.eval((el, ll) => {
      const r = el.getBoundingClientRect();
      const [x, y] = el.project(ll)!;
      return [r.left + el.clientLeft + x, r.top + el.clientTop + y] as Xy;
    }, lngLat);
  }

  pick(x: number, y: number): Promise<{ id: string; kind: string } | null> {
    return this.eval((el, [px, py]) => el.pick(px, py), [x, y] as const);
  }

  /** Where a record is on screen (from the dataset's coordinates) and what is picked there. */
  async pickRecord(id: string): Promise<{ xy: Xy; picked: string | null }> {
    return this.eval((el, ll) => {
      const xy = el.project(ll)!;
      return { xy, picked: el.pick(xy[0], xy[1])?.id ?? null };
    }, this.data.at(id));
  }

  recordXY(id: string): Promise<Xy> {
    return this.project(this.data.at(id));
  }

  /** Runs `js` with `r` bound to the element's shadow root. */
  // A string expression, not new Function in the page: a page under a strict CSP forbids eval there.
  shadow<T>(js: string): Promise<T> {
    return this.scope.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(this.selector)}).shadowRoot; return (${js}); })()`) as Promise<T>;
  }

  /**
   * Text of what the reader sees under `css` in the shadow root (nested shadow roots included), or the
   * open side panel's when no selector is given; '' when there is nothing there.
   */
  text(css = 'aside.panel.left'): Promise<string> {
    return this.eval((el, sel) => {
      const deep = (n: Node): string => {
        if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
        if (!(n instanceof Element) || n.tagName === 'STYLE' || n.tagName === 'SCRIPT') return '';
        const kids = [...(n.shadowRoot?.childNodes ?? []), ...n.childNodes];
        return kids.map(deep).join('');
      };
      const at = el.shadowRoot!.querySelector(sel);
      return at ? deep(at).replace(/\s+/g, ' ').trim() : '';
    }, css);
  }

  /** Waits until the element has rendered and the map has drawn `n` more frames. */
  frames(n = 2): Promise<void> {
    return this.eval(async (el, count) => {
      await el.updateComplete;
      for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
    }, n);
  }

  /**
   * Waits until the element has rendered and the camera is still: the same place projects to the same
   * pixel across two frames (a fly-to moves it every frame). False if it never stopped moving.
   */
  settled(maxFrames = 2000): Promise<boolean> {
    return this.eval(async (el, max) => {
      await el.updateComplete;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      let prev = JSON.stringify(el.project([0, 0]));
      for (let i = 0; i < max; i++) {
        await frame();
        await frame();
        const now = JSON.stringify(el.project([0, 0]));
        if (now === prev) return true;
        prev = now;
      }
      return false;
    }, maxFrames);
  }

  /**
   * Visibility ('visible' | 'none') of a MapLibre style layer. Style layers are not part of the element's
   * API; the map element inside it exposes its MapLibre map read-only, and this is the only place a test
   * reads it.
   */
  mapLayoutVisibility(layerId: string): Promise<string> {
    return this.eval((el, id) => {
      type StyleMap = { getLayoutProperty(layer: string, prop: string): unknown };
      const mapEl = el.shadowRoot?.querySelector('atlas-map') as (Element & { map?: StyleMap }) | null;
      const map = mapEl?.map;
      if (!map) throw new Error('the atlas has no map');
      return String(map.getLayoutProperty(id, 'visibility') ?? 'visible');
    }, layerId);
  }

  /**
   * The ISO alpha-3 of the country the basemap draws under a longitude/latitude (null over the sea), read from
   * MapLibre's rendered features (the point must be on screen). Like mapLayoutVisibility, it reads the map
   * inside the element: which country the drawn land is, is nothing the element's API says.
   */
  countryAt(lngLat: Xy): Promise<string | null> {
    return this.eval((el, ll) => {
      type Rendered = { project(p: [number, number]): { x: number; y: number }; queryRenderedFeatures(p: [number, number], o: { layers: string[] }): { properties: { a3?: string } }[] };
      const map = (el.shadowRoot?.querySelector('atlas-map') as (Element & { map?: Rendered }) | null)?.map;
      if (!map) throw new Error('the atlas has no map');
      const p = map.project(ll);
      return map.queryRenderedFeatures([p.x, p.y], { layers: ['land'] })[0]?.properties.a3 ?? null;
    }, lngLat);
  }

  /** How many features of a basemap line layer (e.g. 'claims', the nine-dash line) are drawn in the view. */
  drawnLines(layerId: string): Promise<number> {
    return this.eval((el, id) => {
      type Rendered = { queryRenderedFeatures(o: { layers: string[] }): unknown[] };
      const map = (el.shadowRoot?.querySelector('atlas-map') as (Element & { map?: Rendered }) | null)?.map;
      if (!map) throw new Error('the atlas has no map');
      return map.queryRenderedFeatures({ layers: [id] }).length;
    }, layerId);
  }
}
