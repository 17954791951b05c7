/**
 * The bench's `list` phase (`npm run bench -- --only list`): a bring-your-own dataset of 17,110 records
 * (scripts/gen-own-data.ts) mounted into the app page, then the main-thread time of opening the list and of
 * filter changes with the list open. Main-thread time is Chromium's own count of the page's task time
 * (CDP Performance.getMetrics TaskDuration) from the action until the rows show the change and two frames
 * have been drawn: the reducer, the list's render, deck.gl and MapLibre's frames, and on the first opening
 * the list's code (loaded then).
 */
import type { Browser, Page } from 'playwright-core';
import { KINDS } from '../src/core/vocabulary.ts';
import { ownDataset } from './gen-own-data.ts';

export interface ListSample {
  /** `-closed`: the same filter change with the list closed (the control: what the map costs alone). */
  what: 'open-first' | 'open' | 'filter-set' | 'filter-reset' | 'filter-set-closed' | 'filter-reset-closed' | 'idle';
  mainMs: number;
  wallMs: number;
  rowsInDom: number;
  rowCount: number;
}

export interface ListPhaseDeps {
  openEmptyApp(browser: Browser, appUrl: string, viewport: { width: number; height: number }): Promise<{ page: Page; pageErrors: string[]; consoleErrors: string[] }>;
  mountFromBlob(page: Page, datasetPath: string, timeoutMs: number): Promise<{ ms: number; records: number; errors: number }>;
  serveFile(body: Buffer, type: string): Promise<{ url: string; close: () => Promise<void> }>;
  log(msg: string): void;
}

/** One action in the page, timed until the list shows it and two frames have been drawn after. */
async function act(page: Page, what: ListSample['what']): Promise<Omit<ListSample, 'mainMs'>> {
  // (No functions assigned to names in here: tsx would wrap them in a helper the page does not have.)
  return page.evaluate(async ({ what, kinds }) => {
    const el = document.querySelector('innovation-atlas')!;
    const root = el.shadowRoot!;
    // The list's rows in the DOM, and the rows its table announces (less the header row): read inline.
    let list = root.querySelector('atlas-list')?.shadowRoot;
    const before = Number(list?.querySelector('[role="table"]')?.getAttribute('aria-rowcount') ?? 0) - 1;
    const t0 = performance.now();
    if (what === 'open' || what === 'open-first') (root.querySelector('button.tool[data-panel="list"]') as HTMLElement).click();
    else if (what.startsWith('filter-set')) el.setFilters({ kinds: ['joint-lab'] });
    else if (what.startsWith('filter-reset')) el.setFilters({ kinds: kinds as typeof el.state.kinds });
    await el.updateComplete;
    const deadline = t0 + 60_000;
    let rowsInDom = 0;
    let rowCount = 0;
    for (;;) {
      list = root.querySelector('atlas-list')?.shadowRoot;
      rowsInDom = list?.querySelectorAll('.tbody [role="row"]').length ?? 0;
      rowCount = Number(list?.querySelector('[role="table"]')?.getAttribute('aria-rowcount') ?? 0) - 1;
      if (what === 'idle' || what.endsWith('-closed') || (rowsInDom > 0 && (what.startsWith('open') || rowCount !== before)) || performance.now() > deadline) break;
      await new Promise((r) => requestAnimationFrame(r));
    }
    // Two more frames: what the change costs to draw (the list's rows, the map's layers).
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    list = root.querySelector('atlas-list')?.shadowRoot;
    rowsInDom = list?.querySelectorAll('.tbody [role="row"]').length ?? 0;
    return { what, wallMs: performance.now() - t0, rowsInDom, rowCount };
  }, { what, kinds: [...KINDS] });
}

async function taskMs(cdp: { send(m: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Mounts the 17,110-record dataset once, then opens the list `rounds` times and changes a filter with it open. */
export async function listSamples(browser: Browser, appUrl: string, rounds: number, deps: ListPhaseDeps): Promise<{ mountMs: number; records: number; samples: ListSample[]; errors: string[] }> {
  const text = ownDataset();
  const server = await deps.serveFile(Buffer.from(text), 'application/geo+json');
  const w = await deps.openEmptyApp(browser, appUrl, { width: 1280, height: 720 });
  try {
    const mount = await deps.mountFromBlob(w.page, server.url, 600_000);
    deps.log(`  list: ${mount.records} records mounted in ${mount.ms.toFixed(0)} ms`);
    const cdp = await w.page.context().newCDPSession(w.page);
    await cdp.send('Performance.enable');
    const samples: ListSample[] = [];
    const timed = async (what: ListSample['what']) => {
      // Quiet first: let the map finish drawing and the GPU catch up.
      await w.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const m0 = await taskMs(cdp);
      const r = await act(w.page, what);
      const s = { ...r, mainMs: (await taskMs(cdp)) - m0 };
      samples.push(s);
      deps.log(`    ${what}: main thread ${s.mainMs.toFixed(1)} ms, wall ${s.wallMs.toFixed(0)} ms, ${s.rowsInDom} of ${s.rowCount} rows in the DOM`);
    };
    await timed('idle');
    await timed('open-first');
    for (let i = 0; i < rounds; i++) {
      await timed('filter-set');
      await timed('filter-reset');
      await timed('idle');
      // Close (the toolbar button again): the same filter change without the list, then open anew.
      await w.page.evaluate(() => (document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('button.tool[data-panel="list"]') as HTMLElement).click());
      await timed('filter-set-closed');
      await timed('filter-reset-closed');
      await timed('open');
    }
    return { mountMs: mount.ms, records: mount.records, samples, errors: [...w.pageErrors, ...w.consoleErrors] };
  } finally {
    await w.page.context().close().catch(() => undefined);
    await server.close();
  }
}
