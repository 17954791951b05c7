import { readdirSync, readFileSync } from 'node:fs';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { minifyData } from './scripts/minify-data.ts';
import { precompress } from './scripts/precompress.ts';
import { serviceWorker } from './scripts/service-worker.ts';

/**
 * Library build extras: examples/*.html copied as they are (they show what a third-party page writes), and
 * the typings' entry point (`tsc -p tsconfig.lib.json` writes the declarations under types/ after this).
 */
function libraryExtras(): Plugin {
  return {
    name: 'atlas-library-extras',
    generateBundle() {
      for (const f of readdirSync('examples')) {
        this.emitFile({ type: 'asset', fileName: `examples/${f}`, source: readFileSync(`examples/${f}`) });
      }
      this.emitFile({ type: 'asset', fileName: 'innovation-atlas.d.ts', source: "export * from './types/lib.js';\n" });
    },
  };
}

/**
 * `vite build` gives the app (dist/): index.html, embed.html and the library entry innovation-atlas.js,
 * so a published atlas can also be embedded from where it is published.
 * `vite build --mode lib` (npm run build:lib) gives the library alone (dist-lib/): innovation-atlas.js,
 * embed.html, their chunks, worker and assets, and the examples.
 */
export default defineConfig(({ mode }) => ({
  // Relative base: dist/ works from any sub-path with no server logic; in JS, assets resolve from import.meta.url.
  base: './',
  // precompress: .gz and .br beside every text file, for servers that send them as they are (deploy/).
  // serviceWorker: the app's manifest and sw.js (offline after a first visit); never in the library build.
  plugins: [...(mode === 'lib' ? [libraryExtras()] : [serviceWorker()]), minifyData(), precompress()],
  // deck.gl's WebGL-only builds (its `visgl:webgl-only` export condition): the atlas draws with WebGL 2 only,
  // so the WebGPU shaders (WGSL) and code paths would be bytes every reader downloads for nothing.
  resolve: { conditions: ['visgl:webgl-only', ...defaultClientConditions] },
  build: {
    outDir: mode === 'lib' ? 'dist-lib' : 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // Never inline assets as data: URLs: deck/loaders would fetch them, which a strict CSP (connect-src 'self') forbids.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        ...(mode === 'lib' ? {} : { index: 'index.html' }),
        embed: 'embed.html',
        'innovation-atlas': 'src/lib.ts',
      } as Record<string, string>,
      // The library entry keeps its exports and a stable name (the one a page's script tag points at).
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'innovation-atlas' ? 'innovation-atlas.js' : 'assets/[name]-[hash].js'),
        // The presenter window's check runs before the atlas element is defined (src/presenter-flag.ts): a
        // chunk of its own, imported first, since an entry chunk's own code runs after the chunks it imports.
        codeSplitting: { groups: [{ name: 'presenter-flag', test: /[\\/]src[\\/]presenter-flag\.ts$/ }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Budgets for a hung test, not speed checks: CI shares 2 cores, and parsing 2 million nested
        // arrays or building the dataset takes several seconds when the machine is busy.
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // Software WebGL on 2 shared cores is slow, and slower still when others are busy (a first frame took
          // 60 s at a load of 15). These are budgets for a hung page, not performance checks: every wait ends
          // as soon as its event or condition arrives, so a generous budget costs a passing run nothing.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // One file at a time: a page load is mostly the GPU process (SwiftShader) on one core, the page on the
          // other. Two files at once on 2 cores took longer (app + briefing: 144 s in parallel, 124 s in turn).
          fileParallelism: false,
        },
      },
    ],
  },
}));
