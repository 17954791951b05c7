/**
 * Bring your own data: a generated dataset (scripts/gen-own-data.ts, here 300 records) with two malformed
 * records that have three errors. The notice counts records and errors, speaks the reader's language and
 * covers no control.
 */
import { expect, it } from 'vitest';
import { ownDataset } from '../../scripts/gen-own-data.ts';
import { useAtlasDriver } from './support/atlas-driver.ts';
import { dataset } from './support/dataset.ts';

const { given } = useAtlasDriver();

it('counts 2 records with 3 errors, details in Chinese, the notice clear of every control', async () => {
  const text = ownDataset(300);
  await given.files({ '/host/own.geojson': text });
  const s = await given.page(
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/lib/innovation-atlas.js"></script></head>
    <body><innovation-atlas id="own" src="/host/own.geojson" lang="zh"></innovation-atlas></body></html>`,
    { viewport: { width: 1280, height: 720 }, data: dataset(JSON.parse(text).features) },
  );
  const atlas = s.atlasAt('#own');
  await atlas.ready();
  expect((await atlas.events('atlas-ready'))[0]).toEqual({ records: 298, errors: 3 });
  expect(await atlas.text('.errors button')).toBe('2 条记录未通过校验，已跳过（3 处错误）');
  const details = await atlas.eval((el) => [...el.shadowRoot!.querySelectorAll('.errors li')].map((li) => li.textContent!));
  expect(details).toHaveLength(3);
  for (const d of details) expect(d).toMatch(/^记录 “[\w-]+”（第 \d+ 条）: /);
  expect(details.join('\n')).toMatch(/经度大于 180/);
  // No control under the notice: the zoom buttons, the toolbar, search.
  const overlaps = await atlas.eval((el) => {
    const r = el.shadowRoot!;
    const notice = r.querySelector('.errors')!.getBoundingClientRect();
    const hit = (b: DOMRect) => b.width > 0 && b.left < notice.right && b.right > notice.left && b.top < notice.bottom && b.bottom > notice.top;
    return [...r.querySelectorAll<HTMLElement>('button, input, .maplibregl-ctrl-group')]
      .filter((c) => !c.closest('.errors') && hit(c.getBoundingClientRect()))
      .map((c) => c.className || c.tagName);
  });
  expect(overlaps).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  await s.close();
}, 240_000);
