import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, serveDistAt, waitReady } from './harness.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDistAt>>;
beforeAll(async () => {
  browser = await launch();
  server = await serveDistAt('/reports/2026/atlas/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('works from a sub-path of a plain static server (relative base, no server logic)', async () => {
  const w = await openPage(browser, server.url);
  await waitReady(w.page);
  const records = await w.page.evaluate(() => document.querySelector('innovation-atlas')!.records.length);
  expect(records).toBeGreaterThan(5);
  const prefix = server.url;
  expect(w.requests.filter((u) => !u.startsWith(prefix) && !u.startsWith('data:'))).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  await w.page.context().close();
});
