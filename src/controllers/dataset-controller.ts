/**
 * Loads the basemap and the dataset for the element's `basemap` and `src` (a @lit/task: a newer pair of
 * URLs aborts the older load, so a slow first dataset can never overwrite a second one).
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { EMPTY_BASEMAP, topologyToBasemap, type Basemap } from '../basemap/basemap.ts';
import type { AtlasRecord } from '../core/record.ts';
import { loadDataset } from '../core/source.ts';
import type { DatasetError } from '../core/validate.ts';
import { savedCopyNotice } from './saved-copy.ts';

export interface Loaded {
  base: Basemap;
  records: AtlasRecord[];
  /** What could not be loaded or failed validation (the rest still shows). */
  errors: DatasetError[];
}

interface DatasetHost extends ReactiveControllerHost {
  src: string;
  basemap: string;
}

/** Parsed basemaps by URL: every atlas on a page shares the bundled one (parsing it costs ~50 ms). */
const basemaps = new Map<string, Promise<Basemap>>();

async function fetchBasemap(url: string, signal: AbortSignal): Promise<Basemap> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return topologyToBasemap((await res.json()) as Topology);
}

export async function loadBasemap(url: string, signal: AbortSignal, cache: boolean): Promise<{ base: Basemap; errors: DatasetError[] }> {
  try {
    let p = cache ? basemaps.get(url) : undefined;
    if (!p) {
      p = fetchBasemap(url, signal);
      if (cache) {
        basemaps.set(url, p);
        p.catch(() => basemaps.delete(url));
      }
    }
    return { base: await p, errors: [] };
  } catch (err) {
    if (signal.aborted) throw err;
    // No basemap is no reason to hide the records: draw them on the bare sea.
    return { base: EMPTY_BASEMAP, errors: [{ id: null, index: -1, field: '(basemap)', message: `could not load ${url}: ${(err as Error).message}` }] };
  }
}

export class DatasetController {
  readonly task: Task<[string, string], Loaded>;

  /**
   * `basemaps` says which file to load for the `basemap` attribute (the bundled worldview at the camera's
   * detail, or the page's own file) and whether to keep it parsed for the page's lifetime (the bundled ones).
   */
  constructor(host: DatasetHost, basemaps: { first(): { url: string; bundled: boolean } }, onLoaded: (loaded: Loaded) => void) {
    this.task = new Task(host, {
      args: () => [host.src, host.basemap] as [string, string],
      task: async ([src], { signal }) => {
        // The app's service worker answers a failed fetch with its last saved copy: say which, and from when.
        const notices: DatasetError[] = [];
        const fetchNoting = async (u: string) => {
          const res = await fetch(u, { signal });
          const notice = savedCopyNotice(res);
          if (notice) notices.push(notice);
          return res;
        };
        const first = basemaps.first();
        const [base, dataset] = await Promise.all([loadBasemap(first.url, signal, first.bundled), loadDataset(src, fetchNoting)]);
        signal.throwIfAborted();
        return { base: base.base, records: dataset.records, errors: [...notices, ...base.errors, ...dataset.errors] };
      },
      onComplete: onLoaded,
    });
  }

  /** Resolves when the current load has finished (at once when it already has). */
  get done(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }
}
