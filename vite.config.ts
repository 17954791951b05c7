import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: dist/ works from any sub-path with no server logic.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // Never inline assets as data: URLs: deck/loaders would fetch them, which a strict CSP (connect-src 'self') forbids.
    assetsInlineLimit: 0,
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // Software WebGL on 2 cores is slow; these are budgets for a hung page, not performance checks.
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // A fly-to in software WebGL keeps the page busy for seconds; polls wait for a hung page, not speed.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
