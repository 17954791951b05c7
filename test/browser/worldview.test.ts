/**
 * Worldviews, as a reader meets them: a first visit in Chinese draws China's view, in English the de facto
 * lines; a link's `worldview` wins; the footer names the source and the view; the switch, the Embed
 * snippet and the element attribute carry it; zooming in loads the 50m detail once, from the same origin.
 * Two pages (a first visit in each language); every test sets the view and the camera it reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();

const TAIPEI: [number, number] = [121.5, 25.0];
const TAWANG: [number, number] = [91.9, 27.6];
/** The South China Sea, where the nine-dash line lies. */
const SCS: [number, number] = [114, 14];
/** On the China–Laos railway, between Kunming and Vientiane. */
const RAILWAY: [number, number] = [101.6, 21.6];

const fiftyM = (s: Session, view: string) => s.requests.filter((u) => u.endsWith(`basemap/countries-50m-${view}.json`));
const credit = (s: Session) => s.atlas.text('section.credit');

/** The country under a point, once the basemap drawn there says so (a view switch swaps data in place). */
async function expectCountry(s: Session, at: [number, number], zoom: number, want: string): Promise<void> {
  await s.atlas.jumpTo(at, zoom);
  await expect.poll(() => s.atlas.countryAt(at)).toBe(want);
}

describe('a first visit in Chinese', () => {
  let app: Session;
  let opened: { lang: string; worldview: string };
  beforeAll(async () => {
    // No hash: the page's language comes from the browser, and so does the default view.
    app = await given.app({ rawHash: '', locale: 'zh-CN' });
    opened = await app.atlas.state();
  });
  afterAll(() => app?.close());

  it('opens in China\'s view: Taipei and Tawang are China, the nine-dash line is drawn, the footer says so', async () => {
    expect(opened).toMatchObject({ lang: 'zh', worldview: 'cn' });
    await app.when.reset('v=1&lang=zh', { lang: 'zh', worldview: 'cn' });
    await expectCountry(app, TAIPEI, 3, 'CHN');
    await expectCountry(app, TAWANG, 3, 'CHN');
    await app.atlas.jumpTo(SCS, 3.5);
    await expect.poll(() => app.atlas.drawnLines('claims')).toBeGreaterThan(0);
    expect(await credit(app)).toContain('边界：Natural Earth，按中国立场绘制；非官方标准地图');
  });

  it('zooming to the China–Laos railway loads the 50m data once, from its own origin', async () => {
    await app.when.reset('v=1&lang=zh', { worldview: 'cn' });
    await app.atlas.jumpTo([100, 30], 3);
    const before = fiftyM(app, 'cn').length;
    await app.atlas.jumpTo(RAILWAY, 5.5);
    await expect.poll(() => fiftyM(app, 'cn').length).toBe(before === 0 ? 1 : before);
    // In the 50m file Tawang is still China; out and in again fetches nothing more.
    await expectCountry(app, TAWANG, 5, 'CHN');
    await app.atlas.jumpTo(RAILWAY, 3);
    await app.atlas.jumpTo(RAILWAY, 6);
    await app.atlas.frames();
    expect(fiftyM(app, 'cn')).toHaveLength(1);
    expect(app.then.foreignRequests()).toEqual([]);
  });

  it('the footer switch draws the de facto lines, and a language change afterwards keeps them', async () => {
    await app.when.reset('v=1&lang=zh', { worldview: 'cn' });
    await app.atlas.jumpTo(TAIPEI, 3);
    await app.page.selectOption('innovation-atlas select.worldview', 'de-facto');
    await expect.poll(async () => (await app.atlas.state()).worldview).toBe('de-facto');
    await expectCountry(app, TAIPEI, 3, 'TWN');
    await expectCountry(app, TAWANG, 5, 'IND');
    await app.atlas.jumpTo(SCS, 3.5);
    await expect.poll(() => app.atlas.drawnLines('claims')).toBe(0);
    expect(await credit(app)).toContain('按实际控制线绘制');
    expect(await app.page.evaluate(() => location.hash)).toContain('worldview=de-facto');
    await app.page.click('innovation-atlas button.lang');
    await expect.poll(async () => (await app.atlas.state()).lang).toBe('en');
    expect((await app.atlas.state()).worldview).toBe('de-facto');
    expect(await credit(app)).toContain('Boundaries: Natural Earth, de facto lines; no position implied');
  });
});

describe('a first visit in English', () => {
  let app: Session;
  let opened: { lang: string; worldview: string };
  beforeAll(async () => {
    app = await given.app({ rawHash: '', locale: 'en-US' });
    opened = await app.atlas.state();
  });
  afterAll(() => app?.close());

  it('opens with the de facto lines: Taipei is Taiwan, Tawang India, no dash is drawn', async () => {
    expect(opened).toMatchObject({ lang: 'en', worldview: 'de-facto' });
    await app.when.reset('v=1&lang=en', { lang: 'en', worldview: 'de-facto' });
    await expectCountry(app, TAIPEI, 3, 'TWN');
    // At 110m Tawang falls in Bhutan's generalised outline; the 50m detail draws it in India.
    await expectCountry(app, TAWANG, 5, 'IND');
    await app.atlas.jumpTo(SCS, 3.5);
    await expect.poll(() => app.atlas.drawnLines('claims')).toBe(0);
    expect(await credit(app)).toContain('Boundaries: Natural Earth, de facto lines; no position implied');
  });

  it('a link with worldview=cn overrides the language\'s default; the Embed snippet carries it', async () => {
    await app.when.reset('v=1&lang=en&worldview=cn', { lang: 'en', worldview: 'cn' });
    await expectCountry(app, TAIPEI, 3, 'CHN');
    await expectCountry(app, TAWANG, 3, 'CHN');
    await app.atlas.jumpTo(SCS, 3.5);
    await expect.poll(() => app.atlas.drawnLines('claims')).toBeGreaterThan(0);
    expect(await credit(app)).toMatch(/China's point of view as Natural Earth records it; not an official standard map/);
    await app.when.openPanel('embed');
    await expect.poll(() => app.atlas.shadow<string>(`r.querySelector('atlas-embed')?.shadowRoot?.querySelector('textarea')?.value ?? ''`)).toContain('worldview=cn');
  });

  it('the worldview attribute sets it, and getState() reports it', async () => {
    await app.when.reset('v=1&lang=en', { worldview: 'de-facto' });
    await app.atlas.setAttr('worldview', 'cn');
    expect((await app.atlas.state()).worldview).toBe('cn');
    await app.atlas.setAttr('worldview', 'de-facto');
    expect((await app.atlas.state()).worldview).toBe('de-facto');
  });

  it('a page\'s own basemap is drawn as it is, and the switch gives way to a note', async () => {
    await app.when.reset('v=1&lang=en', { worldview: 'de-facto' });
    await app.atlas.setAttr('basemap', './basemap/countries-50m-de-facto.json');
    await app.atlas.ready();
    await expect.poll(() => credit(app)).toContain("this page's own basemap");
    expect(await credit(app)).toContain("the boundary view can't be switched");
    expect(await app.page.locator('innovation-atlas select.worldview').count()).toBe(0);
    await expectCountry(app, TAIPEI, 3, 'TWN');
  });
});
