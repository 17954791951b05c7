/**
 * Builds the benchmark's bare MapLibre page (bench/bare.html), the same with one deck.gl layer
 * (bench/one-layer.html) and the size floor (bench/floor.html) into
 * bench/dist/, with the same build settings as the app (relative base, es2022, no inlined assets, deck.gl's
 * WebGL-only builds). `npm run bench` runs it.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { conditions: ['visgl:webgl-only', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
    rolldownOptions: { input: ['bare.html', 'one-layer.html', 'floor.html'].map((f) => fileURLToPath(new URL(f, import.meta.url))) },
  },
});
