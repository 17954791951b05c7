/**
 * First-load transfer size of the built app, computed statically from dist/ (sizes are deterministic, so
 * this can run in CI): `npx tsx scripts/size-check.ts [dist-dir]` after `npm run build`. Prints every file
 * with its raw and gzip size (node:zlib, level 9) and exits 1 when the total is over the budget.
 *
 * What counts: what the page fetches before its first full frame. That is every file index.html references
 * (entry script, module preloads, stylesheet, icon) with the chunks those import statically, plus the
 * assets the bundle fetches on every start (STARTUP_ASSETS: MapLibre's worker, the basemap TopoJSON, the
 * dataset, the symbol atlas). Chunks reached only through `import()` and other asset URLs (a story file,
 * say) load on demand and are listed, not counted. The browser test test/browser/size.test.ts checks that
 * this list is exactly what the page requests, so neither side can drift unnoticed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** The first-load budget: 700 KB gzip, with 1 KB = 1000 bytes (the stricter reading). */
export const BUDGET_BYTES = 700 * 1000;

/** Assets the bundle fetches on every start (matched on the path relative to dist/); each must exist. */
export const STARTUP_ASSETS: { what: string; re: RegExp }[] = [
  { what: 'MapLibre worker', re: /(^|\/)maplibre-gl-worker-[^/]*\.m?js$/ },
  // The de facto 110m (an English first visit); a Chinese one loads basemap/countries-110m-cn.json instead, of the same size.
  { what: 'basemap TopoJSON', re: /(^|\/)assets\/countries-110m-[^/]*\.json$/ },
  { what: 'dataset', re: /(^|\/)atlas-[^/]*\.geojson$/ },
  { what: 'symbol atlas', re: /(^|\/)symbols-[^/]*\.png$/ },
];

export type FileKind = 'html' | 'js' | 'css' | 'basemap' | 'dataset' | 'image' | 'other';

export interface SizedFile {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  kind: FileKind;
  raw: number;
  gzip: number;
}

export interface SizeReport {
  dist: string;
  files: SizedFile[];
  /** Files in dist/ not counted: `import()` chunks and assets fetched on demand. */
  onDemand: string[];
  raw: number;
  gzip: number;
  budget: number;
}

export const gzipSize = (body: Buffer | Uint8Array | string) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;

export function kindOf(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.geojson') return 'dataset';
  if (ext === '.json' || ext === '.topojson') return 'basemap';
  if (['.png', '.svg', '.jpg', '.jpeg', '.webp', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, root);
    // The build's .gz/.br siblings (scripts/precompress.ts) are other encodings of a listed file, not files a page asks for.
    return /\.(gz|br)$/.test(name) ? [] : [relative(root, full).split('\\').join('/')];
  });
}

/** Paths (relative to dist/) that index.html loads: src/href of script and link elements. */
function htmlReferences(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    // The web manifest is read when the reader installs the atlas, not to draw the page.
    if (/\brel\s*=\s*["']?manifest\b/i.test(tag)) continue;
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue; // data:, http:, protocol-relative
    out.push(posix.normalize(url.replace(/[?#].*$/, '').replace(/^\//, '')));
  }
  return out;
}

/** Chunks a JS file imports statically (`import … from"./x.js"`, `import"./x.js"`, `export … from`), not `import()`. */
function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+?\.m?js)\1/g)) out.push(m[2]);
  return out;
}

/** `page` and `startup` default to the app's; the benchmark also sizes its floor page with them. */
export function firstLoadSize(distDir = 'dist', page = 'index.html', startup = STARTUP_ASSETS): SizeReport {
  const dist = resolve(distDir);
  let html: string;
  try {
    html = readFileSync(join(dist, page), 'utf8');
  } catch {
    throw new Error(`${join(distDir, page)} is missing: run \`npm run build\` first`);
  }
  const all = listFiles(dist);
  const present = new Set(all);
  const counted = new Set<string>([page]);
  const queue: string[] = [];
  const add = (p: string, from: string) => {
    if (!present.has(p)) throw new Error(`${from} references ${p}, which is not in ${distDir}/`);
    if (counted.has(p)) return;
    counted.add(p);
    queue.push(p);
  };
  for (const p of htmlReferences(html)) add(p, page);
  while (queue.length) {
    const p = queue.shift()!;
    if (kindOf(p) !== 'js') continue;
    const text = readFileSync(join(dist, p), 'utf8');
    for (const spec of staticImports(text)) add(posix.normalize(posix.join(posix.dirname(p), spec)), p);
  }
  for (const { what, re } of startup) {
    const hits = all.filter((p) => re.test(p));
    if (hits.length !== 1) throw new Error(`expected one ${what} in ${distDir}/ (${re}), found ${hits.length}: update STARTUP_ASSETS`);
    counted.add(hits[0]);
  }
  const files = [...counted]
    .map((path) => {
      const body = readFileSync(join(dist, path));
      return { path, kind: kindOf(path), raw: body.length, gzip: gzipSize(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    dist: distDir,
    files,
    onDemand: all.filter((p) => !counted.has(p)).sort(),
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    budget: BUDGET_BYTES,
  };
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Totals per kind, largest first. */
export function byKind(files: readonly { kind: FileKind; raw: number; gzip: number }[]): { kind: FileKind; raw: number; gzip: number; files: number }[] {
  const m = new Map<FileKind, { kind: FileKind; raw: number; gzip: number; files: number }>();
  for (const f of files) {
    const e = m.get(f.kind) ?? { kind: f.kind, raw: 0, gzip: 0, files: 0 };
    e.raw += f.raw;
    e.gzip += f.gzip;
    e.files += 1;
    m.set(f.kind, e);
  }
  return [...m.values()].sort((a, b) => b.gzip - a.gzip);
}

export function formatReport(r: SizeReport): string {
  const w = Math.max(...r.files.map((f) => f.path.length), 4);
  const row = (a: string, b: string, c: string, d: string) => `${a.padEnd(w)}  ${b.padStart(8)}  ${c.padStart(12)}  ${d.padStart(12)}`;
  const lines = [row('file', 'kind', 'raw', 'gzip -9'), row('-'.repeat(w), '--------', '------------', '------------')];
  for (const f of r.files) lines.push(row(f.path, f.kind, kb(f.raw), kb(f.gzip)));
  lines.push(row('total', '', kb(r.raw), kb(r.gzip)));
  lines.push('', `by kind: ${byKind(r.files).map((k) => `${k.kind} ${kb(k.gzip)}`).join(', ')}`);
  if (r.onDemand.length) lines.push(`not counted (on demand or unused): ${r.onDemand.join(', ')}`);
  const over = r.gzip - r.budget;
  lines.push(
    `first-load transfer (gzip): ${kb(r.gzip)} of ${kb(r.budget)} budget: ${over > 0 ? `OVER by ${kb(over)}` : `ok, ${kb(-over)} to spare`}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const report = firstLoadSize(process.argv[2] ?? 'dist');
    console.log(formatReport(report));
    process.exitCode = report.gzip > report.budget ? 1 : 0;
  } catch (err) {
    console.error(`size-check: ${(err as Error).message}`);
    process.exitCode = 2;
  }
}
