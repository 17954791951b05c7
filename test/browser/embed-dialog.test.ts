/** The app's Embed dialog, and an embedded atlas following its container's size (tabs, resizes). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch, openPage, waitReady } from './harness.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it('the Embed dialog gives iframe and element snippets for the current view, language and choices', async () => {
  const w = await openPage(browser, `${baseUrl}#v=1&lang=en&cam=36.82,-1.29,4.5&p=embed`);
  await waitReady(w.page);
  const dialog = () => w.page.locator('innovation-atlas atlas-embed');
  const code = () => dialog().locator('textarea').inputValue();
  const iframe = await code();
  expect(iframe).toContain(`src="${new URL('embed.html', baseUrl).href}?lang=en&amp;view=36.82,-1.29,4.5&amp;controls=minimal"`);
  expect(iframe).toContain(`<script src="${new URL('embed-host.js', baseUrl).href}" defer></script>`);
  await dialog().getByRole('button', { name: 'Web component' }).click();
  await dialog().getByRole('button', { name: 'Dark' }).click();
  await dialog().getByRole('button', { name: 'None' }).click();
  const element = await code();
  expect(element).toContain(`<script type="module" src="${new URL('innovation-atlas.js', baseUrl).href}"></script>`);
  expect(element).toContain('<innovation-atlas lang="en" view="36.82,-1.29,4.5" controls="none" theme="dark"');
  // What the snippet points at is really there.
  for (const file of ['innovation-atlas.js', 'embed.html', 'embed-host.js']) {
    expect((await w.page.request.get(new URL(file, baseUrl).href)).status(), file).toBe(200);
  }
  expect(w.pageErrors).toEqual([]);
  await w.page.context().close();
});

it('follows its container: resized, and hidden then shown again as in a tab', async () => {
  const w = await openPage(browser, `${baseUrl}#v=1&lang=en`);
  await waitReady(w.page);
  const canvasWidth = () => w.page.evaluate(() => document.querySelector('innovation-atlas')!.shadowRoot!.querySelector('canvas')!.clientWidth);
  expect(await canvasWidth()).toBe(1280);
  await w.page.evaluate(() => (document.querySelector('innovation-atlas')!.style.width = '700px'));
  await expect.poll(canvasWidth).toBe(700);
  await w.page.evaluate(() => (document.querySelector('main')!.style.display = 'none'));
  await w.page.waitForTimeout(300);
  await w.page.evaluate(() => {
    document.querySelector('main')!.style.display = '';
    document.querySelector('innovation-atlas')!.style.width = '900px';
  });
  await expect.poll(canvasWidth).toBe(900);
  // Still drawing and picking after the round trip.
  const hit = await w.page.evaluate(() => {
    const el = document.querySelector('innovation-atlas')!;
    const r = el.records.find((x) => x.properties.id === 'flagship-cpec')!;
    const c = (r.geometry as GeoJSON.LineString).coordinates;
    const [x, y] = el.project(c[Math.floor(c.length / 2)] as [number, number])!;
    return el.pick(x, y)?.id;
  });
  expect(hit).toBeTruthy();
  expect(w.pageErrors).toEqual([]);
  await w.page.context().close();
});
