/** Static servers for the built app and library: vite preview for dist/, and a plain one for host pages. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.httpServer.close(() => r())) };
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
  '.webmanifest': 'application/manifest+json',
};

/** A plain static server that mounts dist/ under `prefix` (no SPA fallback, no rewriting). */
export async function serveDistAt(prefix: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await serveFiles({ [prefix]: 'dist' });
  return { url: server.url(prefix), close: server.close };
}

export type FileServer = Awaited<ReturnType<typeof serveFiles>>;

/**
 * A plain static server over several folders by URL prefix (e.g. '/lib/' → dist-lib, relative to the
 * checkout, or an absolute path), plus in-memory pages (host pages written inside a test; `pages` may gain
 * entries later). `mounts` is read on every request, so a test may point a prefix at another folder (a new
 * build). `log` lists every path asked for. Listens on 127.0.0.1; with `--host-resolver-rules` another host
 * name can reach it as a second origin.
 */
export async function serveFiles(
  mounts: Record<string, string>,
  pages: Record<string, string> = {},
  /** Extra response headers (e.g. a Content-Security-Policy) on every answer. */
  headers: Record<string, string> = {},
): Promise<{ port: number; pages: Record<string, string>; log: string[]; url: (path: string, host?: string) => string; close: () => Promise<void> }> {
  const log: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    log.push(path);
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
      const body = await readFile(resolve(process.cwd(), mounts[prefix], rel));
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
    pages,
    log,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
