/**
 * Which basemap the map draws, and the records as that view counts them. The bundled basemaps are the two
 * worldviews (core/worldview.ts) at two details: Natural Earth 110m for the first load, and 50m, fetched
 * (same origin, once per page) when the camera settles past DETAIL_ZOOM, where 110m coasts look coarse. A
 * page's own TopoJSON (`basemap` attribute) is drawn as it is: no view switch, no detail change.
 *
 * The files other than the first-load one are plain static files under public/basemap/ with stable names
 * (scripts/build-worldviews.ts writes them), so a service worker can precache them by name.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Basemap } from '../basemap/basemap.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { DatasetError } from '../core/validate.ts';
import { readWorldview, recordsInView, type Worldview } from '../core/worldview.ts';
import { publishedBase } from '../embed/published-base.ts';
import type { Action, AppState } from '../state/app-state.ts';
import { loadBasemap } from './dataset-controller.ts';
import type { ActionSource } from './host.ts';

/** Past this zoom (once the camera settles) the 50m files are drawn. */
export const DETAIL_ZOOM = 4;

interface BasemapHost extends ReactiveControllerHost {
  readonly hasUpdated: boolean;
  basemap: string;
  /** The `worldview` attribute, as given. */
  worldview: string | null;
  readonly state: AppState;
  base: Basemap | null;
  records: readonly AtlasRecord[];
  dispatch(action: Action, source: ActionSource): void;
  reportErrors(errors: DatasetError[], opts?: { open?: boolean; event?: boolean }): void;
}

/** The bundled file for a view and a camera zoom; `defacto110` is the first-load file (a bundled asset). */
export function bundledBasemap(view: Worldview, zoom: number, defacto110: string, base: string): string {
  const detail = zoom > DETAIL_ZOOM ? '50m' : '110m';
  return detail === '110m' && view === 'de-facto' ? defacto110 : new URL(`basemap/countries-${detail}-${view}.json`, base).href;
}

export class BasemapController implements ReactiveController {
  /** The file `host.base` came from (or is coming from, for the first load). */
  private drawn = '';
  /** Counts basemap choices: a load that finishes after a newer choice is kept (cached) but not drawn. */
  private seq = 0;
  private raw: readonly AtlasRecord[] = [];
  private countedIn: Worldview | null = null;
  private attr: string | null = null;

  constructor(
    private readonly host: BasemapHost,
    private readonly defaultUrl: string,
  ) {
    host.addController(this);
  }

  /** The page brought its own basemap: it is drawn as it is and the view cannot be switched. */
  get custom(): boolean {
    return this.host.basemap !== this.defaultUrl;
  }

  /** What the footer and exports credit: the view drawn, or the page's own basemap. */
  get view(): Worldview | 'custom' {
    return this.custom ? 'custom' : this.host.state.worldview;
  }

  private wanted(): { url: string; bundled: boolean } {
    if (this.custom) return { url: this.host.basemap, bundled: false };
    const s = this.host.state;
    return { url: bundledBasemap(s.worldview, s.camera?.zoom ?? 0, this.defaultUrl, publishedBase()), bundled: true };
  }

  /** The file the dataset load fetches with the records (the first one, and after a `basemap` change). */
  first(): { url: string; bundled: boolean } {
    this.seq++;
    const w = this.wanted();
    this.drawn = w.url;
    return w;
  }

  /** Newly loaded records, as the current view counts them (the host keeps the result as its `records`). */
  count(records: readonly AtlasRecord[]): readonly AtlasRecord[] {
    this.raw = records;
    this.countedIn = this.host.state.worldview;
    return recordsInView(records, this.countedIn);
  }

  hostUpdate(): void {
    const { host } = this;
    // A later `worldview` attribute is an explicit choice (the first one is read with the first state).
    if (host.worldview !== this.attr) {
      const wv = readWorldview(host.worldview);
      if (host.hasUpdated && wv) host.dispatch({ type: 'setWorldview', worldview: wv }, 'api');
      this.attr = host.worldview;
    }
    if (this.countedIn !== null && this.countedIn !== host.state.worldview) {
      this.countedIn = host.state.worldview;
      host.records = recordsInView(this.raw, this.countedIn);
    }
  }

  hostUpdated(): void {
    // Swaps only once the first basemap is in; the dataset load fetches the first one.
    if (!this.host.base) return;
    const w = this.wanted();
    if (w.url !== this.drawn) void this.load(w.url);
  }

  private async load(url: string): Promise<void> {
    const seq = ++this.seq;
    this.drawn = url;
    // Never aborted: a reader who zooms out while the 50m file arrives will want it when zooming in again,
    // and a finished load is kept for the page's lifetime (one request per file).
    const { base, errors } = await loadBasemap(url, new AbortController().signal, true);
    if (seq !== this.seq) return;
    // A file that cannot be loaded leaves the map as it was, and says so.
    if (errors.length) this.host.reportErrors(errors);
    else this.host.base = base;
  }
}
