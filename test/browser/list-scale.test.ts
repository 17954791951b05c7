/**
 * A bring-your-own dataset of 17,108 valid records (scripts/gen-own-data.ts): the list opens with a
 * window of rows in the DOM, not every row; scrolling to its end reaches the last record; a filter with
 * the list open updates the rows. (How long these take is the bench's to measure: `npm run bench -- --only list`.)
 */
import { expect, it } from 'vitest';
import { ownDataset } from '../../scripts/gen-own-data.ts';
import { useAtlasDriver } from './support/atlas-driver.ts';
import { dataset, type RecordFeature } from './support/dataset.ts';

const { given } = useAtlasDriver();

it('opens 17,000 records as a window of rows, scrolls to the last one and follows a filter', async () => {
  const text = ownDataset();
  const features = (JSON.parse(text) as { features: RecordFeature[] }).features;
  await given.files({ '/host/own-17k.geojson': text });
  const s = await given.page(
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/lib/innovation-atlas.js"></script></head>
    <body><innovation-atlas id="own" src="/host/own-17k.geojson" lang="en"></innovation-atlas></body></html>`,
    { viewport: { width: 1280, height: 720 }, data: dataset(features) },
  );
  const atlas = s.atlasAt('#own');
  await atlas.ready(300_000);
  const { records } = (await atlas.events('atlas-ready'))[0] as { records: number };
  expect(records).toBeGreaterThan(17_000);

  await s.page.click('#own button.tool[data-panel="list"]');
  const list = s.page.locator('#own atlas-list');
  const rowCount = () => list.evaluate((el) => Number(el.shadowRoot!.querySelector('[role="table"]')!.getAttribute('aria-rowcount')) - 1);
  const inDom = () => list.evaluate((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')].map((r) => ({ id: r.dataset.id!, index: Number(r.dataset.index) })));
  await expect.poll(async () => (await inDom()).length, { timeout: 60_000 }).toBeGreaterThan(5);
  expect(await rowCount()).toBe(records);
  // A window: a screenful and some to spare, not 17,000.
  expect((await inDom()).length).toBeLessThan(200);

  // To the end: the virtualiser learns row heights as it goes, so scroll to the bottom until the last row is there.
  const ids = (await list.evaluate((el) => (el as unknown as { rowIds: string[] }).rowIds)) as string[];
  expect(ids).toHaveLength(records);
  const last = ids[ids.length - 1];
  await expect
    .poll(
      async () => {
        await list.evaluate((el) => {
          const wrap = el.shadowRoot!.querySelector('.wrap')!;
          wrap.scrollTop = wrap.scrollHeight;
        });
        return (await inDom()).map((r) => r.id);
      },
      { timeout: 30_000 },
    )
    .toContain(last);
  expect((await inDom()).length).toBeLessThan(200);
  const lastRow = list.locator(`[role="row"][data-id="${last}"]`);
  expect(await lastRow.getAttribute('aria-rowindex')).toBe(String(records + 1));
  expect(await lastRow.locator('button.name').textContent()).toBe(features.find((f) => f.properties.id === last)!.properties.name.en);
  // The last row is inside the scroller's box: the reader sees it.
  const seen = await list.evaluate((el, id) => {
    const wrap = el.shadowRoot!.querySelector('.wrap')!.getBoundingClientRect();
    const row = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!.getBoundingClientRect();
    return row.top >= wrap.top - 1 && row.bottom <= wrap.bottom + 1;
  }, last);
  expect(seen).toBe(true);

  // A filter with the list open: the rows follow.
  const kindOf = new Map(features.map((f) => [f.properties.id, f.properties.kind]));
  const labs = ids.filter((id) => kindOf.get(id) === 'joint-lab').length;
  expect(labs).toBeGreaterThan(100);
  expect(labs).toBeLessThan(records);
  await atlas.setFilters({ kinds: ['joint-lab'] });
  await expect.poll(rowCount, { timeout: 30_000 }).toBe(labs);
  await expect.poll(async () => (await inDom()).length).toBeGreaterThan(5);
  const shown = await inDom();
  expect(shown.length).toBeLessThan(200);
  expect(shown.every((r) => kindOf.get(r.id) === 'joint-lab')).toBe(true);
  expect(s.pageErrors).toEqual([]);
  await s.close();
}, 600_000);
