/**
 * Drives the built app in Debian's headless Chromium (no browser download): serves dist/ with vite
 * preview on a free loopback port, records every request and console error, and reads pixels back.
 */
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags: software WebGL2 (SwiftShader) everywhere, and no background traffic to Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--font-render-hinting=none',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.httpServer.close(() => r())) };
}

export interface Watched {
  page: Page;
  /** Every URL the page asked for (documents, scripts, data, workers). */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Runs before the page is created: init scripts, routes. */
  setup?: (context: BrowserContext) => Promise<unknown>;
}

export async function openPage(browser: Browser, url: string, opts: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: opts.locale ?? 'en-US' });
  await opts.setup?.(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // Workers' requests are not page requests; watch them too.
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(url);
  return { page, requests, consoleErrors, pageErrors };
}

/** Waits for the element's `ready` attribute (first full frame drawn). */
export async function waitReady(page: Page, selector = 'innovation-atlas', timeout = 80_000): Promise<void> {
  await page.waitForSelector(`${selector}[ready]`, { timeout, state: 'attached' });
}

/** RGBA of screenshot pixels at page coordinates, decoded inside the page (no PNG package needed). */
export async function pixels(page: Page, pts: [number, number][], decoder: Page = page): Promise<number[][]> {
  const png = await page.screenshot();
  // `decoder` is a page that may fetch data: URLs (a page under a strict CSP may not).
  return decoder.evaluate(
    async ({ b64, pts }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return pts.map(([x, y]) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data));
    },
    { b64: png.toString('base64'), pts },
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A plain static server that mounts dist/ under `prefix` (no SPA fallback, no rewriting). */
export async function serveDistAt(prefix: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await serveFiles({ [prefix]: 'dist' });
  return { url: server.url(prefix), close: server.close };
}

/**
 * A plain static server over several folders by URL prefix (e.g. '/lib/' → dist-lib), plus in-memory pages
 * (host pages written inside a test). Listens on 127.0.0.1; with `--host-resolver-rules` another host name
 * can reach it as a second origin.
 */
export async function serveFiles(
  mounts: Record<string, string>,
  pages: Record<string, string> = {},
  /** Extra response headers (e.g. a Content-Security-Policy) on every answer. */
  headers: Record<string, string> = {},
): Promise<{ port: number; url: (path: string, host?: string) => string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8' }).end(pages[path]);
      return;
    }
    // Chromium asks every origin for /favicon.ico some time after load, unless the page names an icon (the
    // library's examples, like most host pages, do not). A 404 there is a console error that tests asserting
    // "no console errors" catch or miss by timing; answer "no content" as a site without an icon would.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(process.cwd(), mounts[prefix], rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  const port = address.port;
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
