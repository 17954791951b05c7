/**
 * The Embed dialog's code carries the state the reader sees: filters, selection, view and language. Its
 * element and iframe snippets, pasted into a page, and its preview open atlases whose getState() matches the app's.
 */
import { expect, inject, it } from 'vitest';
import { useAtlasDriver, type AppState } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const baseUrl = inject('baseUrl');

/** What an embed reproduces: everything but the open panels (the dialog itself) and an opened badge. */
const shared = (s: AppState) => ({ lang: s.lang, kinds: s.kinds, fields: s.fields, regions: s.regions, countries: s.countries, years: s.years, selected: s.selected, country: s.country, camera: s.camera, story: s.story });

it("the dialog's element and iframe code, pasted into a page, give the app's filters, selection, view and language", async () => {
  const app = await given.app({ lang: 'zh', hash: 'k=joint-lab,flagship-corridor,transfer-centre&r=south-asia&y=2013-2023&sel=flagship-cpec&cam=70,30,3.5&p=embed' });
  await expect.poll(async () => (await app.then.state()).panel).toBe('embed');
  const want = shared(await app.then.state());
  expect(want).toMatchObject({ lang: 'zh', regions: ['south-asia'], years: [2013, 2023], selected: 'flagship-cpec' });
  expect([...want.kinds].sort()).toEqual(['flagship-corridor', 'joint-lab', 'transfer-centre']);
  const dialog = app.page.locator('innovation-atlas atlas-embed');
  const iframeCode = await dialog.locator('textarea').inputValue();
  await dialog.getByRole('button', { name: '网页组件' }).click();
  const elementCode = await dialog.locator('textarea').inputValue();
  expect(elementCode).toContain('selected="flagship-cpec"');
  expect(iframeCode).toContain('selected=flagship-cpec');
  // The dialog's preview is that embed, in the same state.
  await dialog.getByRole('button', { name: '预览' }).click();
  await expect.poll(() => app.page.frames().some((f) => f.url().includes('embed.html'))).toBe(true);
  const preview = app.atlasInFrame('embed.html');
  await preview.ready();
  expect(shared(await preview.state())).toEqual(want);
  expect(app.pageErrors).toEqual([]);
  await app.close();

  // Pasted as they are, from the library build beside the page (the same code the app publishes).
  const lib = (code: string) => code.replaceAll(baseUrl, '/lib/');
  const host = await given.page(`<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
    ${lib(elementCode)}
    ${lib(iframeCode)}</body></html>`);
  await host.atlas.ready();
  const frame = host.atlasInFrame('/lib/embed.html');
  await frame.ready();
  expect(shared(await host.atlas.state())).toEqual(want);
  expect(shared(await frame.state())).toEqual(want);
  expect(host.pageErrors).toEqual([]);
  await host.close();
}, 300_000);

it("the dialog's code carries an open country profile, and its preview opens it", async () => {
  const app = await given.app({ lang: 'en', hash: 'cty=PAK&cam=70,30,3.5&p=embed' });
  await expect.poll(async () => (await app.then.state()).panel).toBe('embed');
  const want = shared(await app.then.state());
  expect(want).toMatchObject({ country: 'PAK', selected: null });
  const dialog = app.page.locator('innovation-atlas atlas-embed');
  expect(await dialog.locator('textarea').inputValue()).toContain('country=PAK');
  await dialog.getByRole('button', { name: 'Web component' }).click();
  expect(await dialog.locator('textarea').inputValue()).toContain('country="PAK"');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect.poll(() => app.page.frames().some((f) => f.url().includes('embed.html'))).toBe(true);
  const preview = app.atlasInFrame('embed.html');
  await preview.ready();
  expect(shared(await preview.state())).toEqual(want);
  // The profile is open in the preview as it is in the app.
  await expect.poll(() => preview.eval((el) => Boolean(el.shadowRoot!.querySelector('atlas-country')))).toBe(true);
  expect(app.pageErrors).toEqual([]);
  await app.close();
}, 180_000);
