/**
 * The browser tests' driver, in the given/when/then style of Maputnik's e2e driver: `given` opens a page
 * in a fresh context, `when` acts on it as a reader would (toolbar, keyboard, URL) or through the public
 * API, `then` reads what the reader (or a host page) can see. Every wait is on an event or a condition.
 *
 *   const { given } = useAtlasDriver();
 *   const app = await given.app({ lang: 'en', hash: 'p=list' });
 *   await app.when.openPanel('filters');
 *   expect((await app.then.state()).panel).toBe('filters');
 *
 * One browser per test file (launched in beforeAll, closed in afterAll with every page still open).
 */
import { createRequire } from 'node:module';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { Atlas, type AppState, type Panel } from './atlas.ts';
import { launch } from './browser.ts';
import { bundledDataset, type Dataset } from './dataset.ts';
import { pixels } from './pixels.ts';
import { serveFiles, type FileServer } from './serve.ts';
import { openPage, type OpenOptions, type Watched } from './session.ts';

export { Atlas, type AppState, type Panel };

/** other.test is a second origin on the loopback servers, for the iframe's origin check. */
const TEST_ARGS = ['--host-resolver-rules=MAP other.test 127.0.0.1'];

/**
 * Software compositing: the page's layers composited on the CPU, not through SwiftShader. An atlas is made
 * in two thirds of the time (8 s instead of 12 s each, 4 in a row at a load of 6), but every frame the map
 * draws is then read back on the page's thread (1000 URL changes: 68 s instead of 5 s). For a test that
 * makes many atlases and draws little with each.
 */
export const SOFTWARE_COMPOSITING = ['--disable-gpu-compositing'];

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AppOptions extends OpenOptions {
  /** The app's language (its hash starts `v=1&lang=…`); also the browser's locale unless one is given. */
  lang?: 'en' | 'zh';
  /** More of the hash after `v=1&lang=…`, e.g. 'p=list&sel=flagship-cpec'. */
  hash?: string;
  /** The whole hash as it is (garbage included); overrides lang and hash for the URL. */
  rawHash?: string;
  /** Another origin serving dist/ (a sub-path, a CSP); default: the preview server of global-setup. */
  base?: string;
  /** The records the page loads, when not the bundled dataset (a route answering with a fixture). */
  data?: Dataset;
}

export interface PageOptions extends OpenOptions {
  /** Path the host page is served at (default /host/page-N.html). */
  path?: string;
  /** Host name to reach the driver's server by (other.test is a second origin). */
  host?: string;
  data?: Dataset;
}

export class Session implements Watched {
  readonly page;
  readonly context;
  readonly requests;
  readonly consoleErrors;
  readonly console;
  readonly pageErrors;
  /** The page's <innovation-atlas> (the first one, for host pages with several use atlasAt). */
  readonly atlas: Atlas;
  readonly when: When;
  readonly then: Then;

  constructor(w: Watched, readonly data: Dataset) {
    ({ page: this.page, context: this.context, requests: this.requests, consoleErrors: this.consoleErrors, console: this.console, pageErrors: this.pageErrors } = w);
    this.atlas = new Atlas(this.page, 'innovation-atlas', data);
    this.when = new When(this);
    this.then = new Then(this);
  }

  atlasAt(selector: string, data = this.data): Atlas {
    return new Atlas(this.page, selector, data);
  }

  /** The atlas inside the first frame whose URL contains `urlPart` (an embed.html iframe). */
  atlasInFrame(urlPart: string, data = this.data): Atlas {
    return new Atlas(this.frame(urlPart), 'innovation-atlas', data);
  }

  frame(urlPart: string): Frame {
    const f = this.page.frames().find((x) => x.url().includes(urlPart));
    if (!f) throw new Error(`no frame with ${urlPart}`);
    return f;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** Actions, as a reader takes them; each returns once the atlas has taken them in. */
class When {
  constructor(private readonly s: Session) {}

  /** Clicks a panel's toolbar button and waits for the state to follow (open, or closed if it was open). */
  async clickPanel(panel: Panel): Promise<void> {
    const was = (await this.s.atlas.state()).panel;
    await this.s.page.click(`innovation-atlas button.tool[data-panel="${panel}"]`);
    await expect.poll(async () => (await this.s.atlas.state()).panel).toBe(was === panel ? 'none' : panel);
  }

  /** Opens a panel through its toolbar button, unless it is already open. */
  async openPanel(panel: Panel): Promise<void> {
    if ((await this.s.atlas.state()).panel !== panel) await this.clickPanel(panel);
  }

  async select(id: string | null): Promise<void> {
    await this.s.atlas.select(id);
    await expect.poll(async () => (await this.s.atlas.state()).selected).toBe(id);
  }

  /**
   * Sets the page's hash (the app follows its URL) and returns after the page's hashchange has been
   * handled: the atlas listened before this did, so it has applied the new hash by then.
   */
  async setHash(hash: string): Promise<void> {
    await this.s.page.evaluate(
      (h) =>
        new Promise<void>((done) => {
          const before = location.href;
          location.hash = h;
          // The same fragment again is no navigation and fires nothing.
          if (location.href === before) done();
          else addEventListener('hashchange', () => done(), { once: true });
        }),
      hash,
    );
    await this.s.atlas.frames(0);
  }

  /**
   * Puts the app back in the state a URL gives and checks it got there: what a test that changed things
   * leaves behind cannot leak into the next. Returns that state.
   */
  async reset(hash: string, expected: Partial<AppState>): Promise<AppState> {
    await this.setHash(hash);
    const s = await this.s.atlas.state();
    expect(s).toMatchObject(expected);
    await this.s.atlas.frames();
    return s;
  }

  press(key: string): Promise<void> {
    return this.s.page.keyboard.press(key);
  }

  /** Moves the pointer to (x, y) the way a hand does: from nearby, in steps (one jump is no hover). */
  async hover([x, y]: [number, number]): Promise<void> {
    await this.s.page.mouse.move(x - 20, y - 20);
    await this.s.page.mouse.move(x, y, { steps: 4 });
  }

  /** A mouse drag on `atlas` from (x, y) by (dx, dy), one move per map frame so it is a drag on any machine. */
  async drag(atlas: Atlas, [x, y]: [number, number], [dx, dy]: [number, number], steps = 6): Promise<void> {
    const m = this.s.page.mouse;
    await m.move(x, y);
    await m.down();
    for (let i = 1; i <= steps; i++) {
      await m.move(x + (dx * i) / steps, y + (dy * i) / steps);
      await atlas.frames(1);
    }
    await m.up();
  }

  /** Resizes the window and waits until the map has its new size and has drawn at it. */
  async resize(viewport: { width: number; height: number }): Promise<void> {
    await this.s.page.setViewportSize(viewport);
    await expect.poll(() => this.s.atlas.eval((el) => el.shadowRoot!.querySelector('canvas')!.clientWidth)).toBe(viewport.width);
    await this.s.atlas.frames();
  }
}

/** What the reader or the host page can see. */
class Then {
  constructor(private readonly s: Session) {}

  state(): Promise<AppState> {
    return this.s.atlas.state();
  }

  /** Text of the open side panel ('' when none is open). */
  panelText(): Promise<string> {
    return this.s.atlas.text('aside.panel.left');
  }

  /** Title of the open details panel. */
  detailsTitle(): Promise<string | null> {
    return this.s.page.locator('innovation-atlas atlas-details h2').textContent();
  }

  /**
   * Ids of the rows of the list panel, in order: every row, shown or not (the list renders only the rows in
   * view; the element keeps their order, and its table says how many there are).
   */
  async listIds(): Promise<string[]> {
    const list = this.s.page.locator('innovation-atlas atlas-list');
    if (!(await list.count())) return [];
    const [ids, count] = await list.evaluate((el) => [(el as unknown as { rowIds?: string[] }).rowIds ?? [], Number(el.shadowRoot?.querySelector('[role="table"]')?.getAttribute('aria-rowcount') ?? 0) - 1] as const);
    // What the element holds is what the table announces (aria-rowcount counts the header row too).
    expect(ids.length).toBe(count);
    return ids;
  }

  /** Ids of the list's rows in the DOM now, in order (a window of the whole when the list is long). */
  renderedListIds(): Promise<string[]> {
    return this.s.page.$$eval('innovation-atlas atlas-list .tbody [role="row"]', (rows) =>
      rows.map((r) => r as HTMLElement).sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index)).map((r) => r.dataset.id!),
    );
  }

  events(type: Parameters<Atlas['events']>[0]): Promise<any[]> {
    return this.s.atlas.events(type);
  }

  pixels(pts: [number, number][]): Promise<number[][]> {
    return pixels(this.s.page, pts);
  }

  /** Requests that left the page's own origin (data: and blob: URLs are the page's own). */
  foreignRequests(origin = new URL(this.s.page.url()).origin): string[] {
    return this.s.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  }

  /** axe-core's violations on the page as it is now (axe is added once per page). */
  async axe(): Promise<string[]> {
    if (!(await this.s.page.evaluate(() => 'axe' in window))) await this.s.page.addScriptTag({ path: axePath });
    return this.s.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
  }
}

/**
 * Registers the file's browser (beforeAll/afterAll) and returns `given`, which opens pages. Pages left
 * open are closed with the browser.
 */
export function useAtlasDriver(launchArgs: string[] = []) {
  let browser: Browser;
  let server: FileServer | null = null;
  let pageCount = 0;
  beforeAll(async () => {
    browser = await launch([...TEST_ARGS, ...launchArgs]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A static server for host pages: the library build under /lib/, the app build under /app/. */
  async function hostServer(): Promise<FileServer> {
    server ??= await serveFiles({ '/lib/': 'dist-lib', '/app/': 'dist' });
    return server;
  }

  async function open(url: string, opts: OpenOptions, data: Dataset): Promise<Session> {
    return new Session(await openPage(browser, url, { ...opts, recordEvents: true }), data);
  }

  const given = {
    /** The built app (dist/, index.html with sync-url) at a hash, ready. */
    async app(o: AppOptions = {}): Promise<Session> {
      const lang = o.lang ?? 'en';
      const hash = o.rawHash ?? `v=1&lang=${lang}${o.hash ? `&${o.hash}` : ''}`;
      const base = o.base ?? inject('baseUrl');
      const s = await open(hash ? `${base}#${hash}` : base, { ...o, locale: o.locale ?? (lang === 'zh' ? 'zh-CN' : 'en-US') }, o.data ?? bundledDataset());
      await s.atlas.ready();
      return s;
    },

    /**
     * A host page: HTML written in the test (served by the driver's server beside the library) or a URL.
     * Nothing is awaited beyond the load; the page decides when its atlases are ready.
     */
    async page(htmlOrUrl: string, o: PageOptions = {}): Promise<Session> {
      let url = htmlOrUrl;
      if (htmlOrUrl.trimStart().startsWith('<')) {
        const srv = await hostServer();
        const path = o.path ?? `/host/page-${++pageCount}.html`;
        srv.pages[path] = htmlOrUrl;
        url = srv.url(path, o.host);
      }
      return open(url, o, o.data ?? bundledDataset('dist-lib'));
    },

    /** Text files (scripts, data) for host pages, served by the driver's server. */
    async files(files: Record<string, string>): Promise<FileServer> {
      const srv = await hostServer();
      Object.assign(srv.pages, files);
      return srv;
    },
  };
  return { given };
}
