/**
 * Labels for your own data: a generated dataset (scripts/gen-own-data.ts, 300 records, no partner-country
 * records) is drawn with labels, and the console stays free of the empty glyph atlas's WebGL error that every
 * own-data run logged ("texSubImage2D: no canvas").
 */
import { expect, it } from 'vitest';
import { ownDataset } from '../../scripts/gen-own-data.ts';
import { useAtlasDriver } from './support/atlas-driver.ts';
import { dataset } from './support/dataset.ts';

const { given } = useAtlasDriver();

it('draws labels and logs no texSubImage2D error', async () => {
  const text = ownDataset(300);
  await given.files({ '/host/own-labels.geojson': text });
  const s = await given.page(
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/lib/innovation-atlas.js"></script></head>
    <body><innovation-atlas id="own" src="/host/own-labels.geojson" lang="en"></innovation-atlas></body></html>`,
    { viewport: { width: 1280, height: 720 }, data: dataset(JSON.parse(text).features) },
  );
  const atlas = s.atlasAt('#own');
  await atlas.ready();
  await atlas.settled();
  await atlas.frames();
  const labels = await atlas.eval((el) => {
    const map = el.shadowRoot!.querySelector('atlas-map') as unknown as { layers: { id: string; props: { data: { text: { en: string } }[] } }[] };
    return map.layers.find((l) => l.id === 'labels')!.props.data.map((d) => d.text.en);
  });
  expect(labels).toContain('China');
  expect(s.console.filter((m) => /texSubImage2D/.test(m.text)).map((m) => m.text)).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  await s.close();
});
