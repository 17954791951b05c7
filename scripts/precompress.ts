/**
 * Vite plugin: after the build is written, every text file in the output folder gets a gzip (`.gz`) and a
 * Brotli (`.br`) sibling at maximum quality, so a server can send them as they are (nginx's gzip_static and
 * brotli_static, Caddy's precompressed, …) instead of compressing on the fly at a lower level on every
 * request, or not at all. Node's zlib does both; no dependency.
 *
 * The gzip is byte for byte what the size figures count (scripts/size-check.ts: zlib level 9), so the
 * transfer through a server that serves these files is the figure the bench reports.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Extensions worth compressing; images, fonts and archives are compressed already. */
export const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.webmanifest', '.xml', '.map', '.ts']);

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const gzipMax = (body: Buffer) => gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
export const brotliMax = (body: Buffer) =>
  brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `<file>.gz` and `<file>.br` beside each text file of `dir`. A sibling that would not be smaller
 * than the file (a 70-byte stylesheet) is not written: the server then sends the file itself, which is
 * what the reader would otherwise get anyway, minus the encoding's overhead.
 */
export async function precompressDir(dir: string): Promise<{ files: number; written: number }> {
  const files = (await listFiles(dir)).filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase()));
  let written = 0;
  // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const [gz, br] = await Promise.all([gzipMax(body), brotliMax(body)]);
      for (const [ext, out] of [['.gz', gz], ['.br', br]] as const) {
        if (out.length >= body.length) continue;
        await writeFile(file + ext, out);
        written++;
      }
    }),
  );
  return { files: files.length, written };
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-precompress',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    // writeBundle, not generateBundle: the public/ files Vite copies are in the folder by then too.
    async writeBundle() {
      const dir = resolve(config.root, config.build.outDir);
      const { files, written } = await precompressDir(dir);
      config.logger.info(`precompressed ${files} text files in ${config.build.outDir}/ (${written} .gz/.br siblings, gzip -9 and Brotli 11)`);
    },
  };
}
