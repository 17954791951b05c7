/**
 * Builds the benchmark's bare MapLibre page (bench/bare.html) into bench/dist/, with the same build
 * settings as the app (relative base, es2022, no inlined assets). `npm run bench` runs it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
    rolldownOptions: { input: fileURLToPath(new URL('bare.html', import.meta.url)) },
  },
});
