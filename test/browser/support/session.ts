/**
 * One page in its own browser context, watched from before its first script: every request (workers'
 * too), console message, uncaught error and atlas event is recorded for the test to read afterwards.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** The events <innovation-atlas> dispatches (bubbling and composed, so the document sees them all). */
export const ATLAS_EVENTS = ['atlas-ready', 'atlas-select', 'atlas-viewchange', 'atlas-slidechange', 'atlas-error'] as const;
export type AtlasEventType = (typeof ATLAS_EVENTS)[number];

/** An atlas event as recorded in the page: its type, the sending element's id ('' when it has none), its detail. */
export interface RecordedEvent {
  type: AtlasEventType;
  from: string;
  detail: any;
}

/** Init script (runs in every frame before its scripts): records every atlas event in `window.__atlasEvents`. */
function recordEvents(types: readonly string[]): void {
  const w = window as unknown as { __atlasEvents: unknown[] };
  w.__atlasEvents = [];
  for (const type of types) {
    document.addEventListener(type, (e) => w.__atlasEvents.push({ type, from: (e.target as Element).id, detail: (e as CustomEvent).detail }));
  }
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** A touch screen: touch events, and `(pointer: coarse)` media queries. */
  hasTouch?: boolean;
  /** Runs before the page is created: init scripts, routes. */
  setup?: (context: BrowserContext) => Promise<unknown>;
  /** Record atlas events in window.__atlasEvents (the test driver does; a benchmark must not). */
  recordEvents?: boolean;
  /**
   * 'allow' lets the app register its service worker (test/browser/offline.test.ts). Blocked by default: a
   * worker saving every file of the build in the background would add its requests and CPU to every other
   * test, which check the page's own loading (HTTP caching, first-load size) under it.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for (documents, scripts, data, workers). */
  requests: string[];
  consoleErrors: string[];
  /** Every console message of the page and its frames, in order. */
  console: { type: string; text: string }[];
  pageErrors: string[];
}

/** Opens `url` in a fresh context (nothing shared with any other page: storage, cache, routes). */
export async function openPage(browser: Browser, url: string, opts: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    locale: opts.locale ?? 'en-US',
    serviceWorkers: opts.serviceWorkers ?? 'block',
    hasTouch: opts.hasTouch ?? false,
  });
  if (opts.recordEvents) await context.addInitScript(recordEvents, ATLAS_EVENTS);
  await opts.setup?.(context);
  const page = await context.newPage();
  const w: Watched = { page, context, requests: [], consoleErrors: [], console: [], pageErrors: [] };
  // Workers' requests are not page requests; the context sees those too (and the page's, once).
  context.on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m: ConsoleMessage) => {
    w.console.push({ type: m.type(), text: m.text() });
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(String(e)));
  await page.goto(url);
  return w;
}

/** Waits for the element's `ready` attribute (first full frame drawn). */
export async function waitReady(page: Page, selector = 'innovation-atlas', timeout = 150_000): Promise<void> {
  await page.waitForSelector(`${selector}[ready]`, { timeout, state: 'attached' });
}
