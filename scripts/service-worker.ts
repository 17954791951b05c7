/**
 * Vite plugin (app build only): makes the atlas installable and offline after its first visit.
 *
 * - `manifest.webmanifest` (name, icons, colours from src/core/palette.ts) is emitted with the bundle.
 * - Once the build is written, `dist/sw.js` is made from src/offline/sw.ts with the precache list in front:
 *   every file the build wrote (public/ files included, so a basemap or detail file added there is covered
 *   without touching this), minus other encodings (.gz/.br), source maps, the library's examples and sw.js
 *   itself, each with a hash of its content. Nothing is listed by hand.
 *
 * It runs before precompress (order 'pre', sequential), so sw.js gets its .gz/.br siblings like any file.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { BASEMAP_COLORS } from '../src/core/palette.ts';

export const SW_FILE = 'sw.js';
const SW_SOURCE = new URL('../src/offline/sw.ts', import.meta.url);

/** Paths (relative to the build folder, forward slashes) that are not part of what the app loads. */
export function isPrecached(path: string): boolean {
  if (path === SW_FILE) return false;
  if (/\.(gz|br|map)$/i.test(path)) return false;
  if (/^examples\//.test(path) || /(^|\/)\.[^/]+$/.test(path)) return false;
  return true;
}

export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** Every precached file of `dir` with the first 16 hex digits of its sha-256, sorted by path. */
export async function precacheList(dir: string): Promise<PrecacheEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter(isPrecached)
    .sort();
  return Promise.all(paths.map(async (url) => ({ url, revision: createHash('sha256').update(await readFile(join(dir, url))).digest('hex').slice(0, 16) })));
}

/** Writes `<dir>/sw.js` for the files now in `dir`; returns the list and its version. */
export async function writeServiceWorker(dir: string): Promise<{ files: PrecacheEntry[]; version: string }> {
  const files = await precacheList(dir);
  const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  const { code } = await transformWithOxc(await readFile(SW_SOURCE, 'utf8'), 'sw.ts', { lang: 'ts' });
  // A classic worker script: the `export {}` that keeps sw.ts a module for the type checker goes.
  const body = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  const head = `const __ATLAS_VERSION__ = ${JSON.stringify(version)};\nconst __ATLAS_PRECACHE__ = ${JSON.stringify(files)};\n`;
  await writeFile(join(dir, SW_FILE), head + body);
  return { files, version };
}

/**
 * One manifest, both languages in its name: the app is one page that switches language in place, so
 * per-language manifests would make two installs of the same atlas. `lang` is the page's own (zh-CN).
 */
export function webManifest(): string {
  return JSON.stringify(
    {
      name: '创新之路图谱 · Innovation Road Atlas',
      short_name: '创新之路图谱',
      description: '一带一路科技创新合作地图，每条记录均注明来源 · An offline, bilingual map of Belt and Road science and technology cooperation, every record traced to its source.',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: BASEMAP_COLORS.sea,
      background_color: BASEMAP_COLORS.land,
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      ],
    },
    null,
    2,
  );
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: webManifest() });
    },
    writeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const { files, version } = await writeServiceWorker(resolve(config.root, config.build.outDir));
        config.logger.info(`service worker ${SW_FILE}: ${files.length} files precached, version ${version}`);
      },
    },
  };
}
