import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { useAtlasDriver, type AppState, type Session } from './support/atlas-driver.ts';
import { box } from './support/pixels.ts';

const { given } = useAtlasDriver();

/** A fixed camera (the default framing at 1280×720, rounded): every reset goes back to it. */
const HOME = 'cam=63.5,19.652,2.23';
const HOME_CAMERA = { center: [63.5, 19.652], zoom: 2.23 };
/** What every test starts from: nothing filtered, selected or open but the panel its URL names. */
const CLEAN: Partial<AppState> = { kinds: [...KINDS], fields: [], regions: [], countries: [], years: null, selected: null, country: null, story: null };

/**
 * Exploring, on one page: each test starts with `start()`, which puts the app back to a URL, camera
 * included, and checks that it got there, so no test depends on what ran before it.
 */
describe('exploring on one page', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: `p=list&${HOME}` });
  });
  afterAll(() => app?.close());

  async function start(lang: 'en' | 'zh', panel: AppState['panel'] = 'none') {
    // The pointer rests on the title, off the map: no hover left over.
    await app.page.hover('innovation-atlas h1');
    // Focus left in a panel by an earlier test goes, so keys reach the page as on arrival.
    await app.atlas.eval((el) => {
      let a: Element | null = el.shadowRoot!.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      (a as HTMLElement | null)?.blur();
    });
    await app.when.setHash(`v=1&lang=${lang}${panel === 'none' ? '' : `&p=${panel}`}&${HOME}`);
    await expect.poll(() => app.then.state()).toMatchObject({ ...CLEAN, lang, panel, camera: HOME_CAMERA });
    await app.atlas.frames();
  }

  /** Clears the filters with the panel's own Reset button, and checks they are all off. */
  async function resetFilters(): Promise<void> {
    await app.when.openPanel('filters');
    await app.page.getByRole('button', { name: /Reset filters/ }).click();
    await expect.poll(() => app.then.state()).toMatchObject({ fields: [], regions: [], countries: [], years: null });
    await app.atlas.frames();
  }

  describe('controls change what is drawn and what the list shows', () => {
    beforeEach(() => start('en', 'list'));

    it('a layer switch hides a kind on the map and in the list', async () => {
      const lab = 'lab-china-mongolia-mineral-processing';
      expect((await app.atlas.pickRecord(lab)).picked).toBe(lab);
      expect(await app.then.listIds()).toContain(lab);
      await app.when.clickPanel('layers');
      await app.page.getByRole('button', { name: /Joint laboratory/ }).click();
      await app.atlas.frames();
      expect((await app.atlas.pickRecord(lab)).picked).not.toBe(lab);
      expect((await app.then.state()).kinds).not.toContain('joint-lab');
      await app.when.clickPanel('list');
      expect(await app.then.listIds()).not.toContain(lab);
      // and back on
      await app.when.clickPanel('layers');
      await app.page.getByRole('button', { name: /Joint laboratory/ }).click();
      await app.atlas.frames();
      expect((await app.atlas.pickRecord(lab)).picked).toBe(lab);
    });

    it('a field filter narrows map and list', async () => {
      await app.when.clickPanel('filters');
      await app.page.getByRole('button', { name: 'Health', exact: true }).click();
      await app.atlas.frames();
      // The Mongolia lab is about mining, the Serbia lab about health.
      expect((await app.atlas.pickRecord('lab-china-mongolia-mineral-processing')).picked).not.toBe('lab-china-mongolia-mineral-processing');
      expect((await app.then.state()).fields).toEqual(['health']);
      await app.when.clickPanel('list');
      const ids = await app.then.listIds();
      expect(ids).toContain('lab-china-serbia-drug-discovery');
      expect(ids).not.toContain('lab-china-mongolia-mineral-processing');
      await resetFilters();
      expect((await app.atlas.pickRecord('lab-china-mongolia-mineral-processing')).picked).toBe('lab-china-mongolia-mineral-processing');
    });

    it('a region and a partner-country filter narrow the list', async () => {
      await app.when.openPanel('filters');
      await app.page.selectOption('atlas-filters select#region', 'africa');
      await app.when.clickPanel('list');
      const africa = await app.then.listIds();
      expect(africa).toContain('flagship-mombasa-nairobi-sgr');
      expect(africa).not.toContain('flagship-china-laos-railway');
      await app.when.clickPanel('filters');
      await app.page.selectOption('atlas-filters select#region', '');
      await app.page.selectOption('atlas-filters select#country', 'SRB');
      await app.when.clickPanel('list');
      const srb = await app.then.listIds();
      expect(srb).toContain('lab-china-serbia-drug-discovery');
      expect(srb.length).toBeLessThan(10);
      await resetFilters();
      expect(await app.then.state()).toMatchObject({ regions: [], countries: [] });
    });

    it('the year range hides records outside it, on the map and in the list', async () => {
      const event2018 = 'org-cas-central-asia-drug-centre'; // dated 2018, alone at its place (a stacked record is drawn by its stack)
      await app.when.openPanel('filters');
      expect((await app.atlas.pickRecord(event2018)).picked).toBe(event2018);
      // Keyboard on the "From" slider: End jumps to the last year.
      await app.page.focus('atlas-filters input#from');
      await app.when.press('End');
      await app.atlas.frames();
      const years = (await app.then.state()).years;
      expect(years?.[0]).toBe(years?.[1]);
      expect(years![0]).toBeGreaterThan(2018);
      expect((await app.atlas.pickRecord(event2018)).picked).not.toBe(event2018);
      await app.when.clickPanel('list');
      expect(await app.then.listIds()).not.toContain(event2018);
      await resetFilters();
      expect((await app.atlas.pickRecord(event2018)).picked).toBe(event2018);
    });

    it('play shows the year large on the map and builds the network year by year, undated records off; stop gives them back', async () => {
      const undated = 'demo-china-sudan-al-faw'; // no date, alone at its place
      await app.when.openPanel('filters');
      expect((await app.atlas.pickRecord(undated)).picked).toBe(undated);
      await app.page.getByRole('button', { name: /Play/ }).click();
      const player = app.page.locator('innovation-atlas atlas-year-player');
      const big = player.locator('.year');
      await expect.poll(() => big.textContent()).toMatch(/^\d{4}$/);
      const first = Number(await big.textContent());
      // The year on the map is the year the filter has reached, and it advances.
      await expect.poll(async () => Number(await big.textContent()), { timeout: 15_000 }).toBeGreaterThan(first);
      expect(await app.then.state()).toMatchObject({ undated: false, playing: { undated: true } });
      expect((await app.then.state()).years![1]).toBeGreaterThanOrEqual(Number(await big.textContent()));
      await app.atlas.frames();
      expect((await app.atlas.pickRecord(undated)).picked, 'an undated record is not drawn while playing').not.toBe(undated);
      expect(await player.locator('.note').textContent()).toMatch(/Undated records are hidden while the years play/);
      const live = player.locator('[role="status"]');
      expect(await live.getAttribute('aria-live')).toBe('polite');
      expect(await live.textContent()).toMatch(/^Showing up to \d{4}$/);
      // Large, and clear of the legend, the toolbar, the search and the zoom buttons.
      expect(parseFloat(await big.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(40);
      const card = (await player.locator('.card').boundingBox())!;
      for (const sel of ['atlas-legend', 'nav.toolbar', '[role="search"]', '.maplibregl-ctrl-bottom-right']) {
        const box = await app.page.locator(`innovation-atlas ${sel}`).first().boundingBox();
        if (!box) continue;
        const apart = card.x + card.width <= box.x || box.x + box.width <= card.x || card.y + card.height <= box.y || box.y + box.height <= card.y;
        expect(apart, `the year covers ${sel}`).toBe(true);
      }
      await player.getByRole('button', { name: /Stop/ }).click();
      await expect.poll(async () => (await app.then.state()).playing).toBeNull();
      expect((await app.then.state()).undated).toBe(true);
      await expect.poll(() => player.count()).toBe(0);
      await app.atlas.frames();
      expect((await app.atlas.pickRecord(undated)).picked).toBe(undated);
      await resetFilters();
    });
  });

  describe('search finds records in both languages', () => {
    beforeEach(() => start('zh'));
    const cases: { query: string; expect: RegExp }[] = [
      { query: '蒙内', expect: /^flagship-mombasa-nairobi-sgr$/ },
      { query: 'Mombasa', expect: /^flagship-mombasa-nairobi-sgr$/ },
      { query: '塞尔维亚', expect: /^(country-srb|lab-china-serbia-drug-discovery)$/ },
      { query: 'technology transfer', expect: /^(ttc-|corridor-ttc-)/ },
    ];
    it.each(cases)('“$query”', async ({ query, expect: want }) => {
      const input = app.page.getByRole('combobox', { name: /^(Search|搜索)$/ });
      await input.fill(query);
      const options = app.page.locator('atlas-search [role="option"]');
      await expect.poll(() => options.count()).toBeGreaterThan(0);
      // The app's own results list, read through its state: choose the first with the keyboard.
      await input.press('ArrowDown');
      await input.press('Enter');
      await expect.poll(async () => (await app.then.state()).selected).toMatch(want);
      // Choosing moves focus to the details panel (its close button), as a screen reader user expects.
      await expect.poll(() => app.atlas.shadow<string | undefined>('r.activeElement?.className')).toBe('close');
    });
  });

  it('a shared URL reproduces the view, selection, filters and language; back and forward work', async () => {
    await start('en');
    const box = app.page.getByRole('combobox', { name: /^(Search|搜索)$/ });
    await box.fill('Serbia');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(async () => (await app.then.state()).selected).toBeTruthy();
    await app.page.getByRole('button', { name: '中文' }).click();
    await app.when.clickPanel('filters');
    await app.page.getByRole('button', { name: '卫生健康', exact: true }).click();
    // Let the fly-to finish so the camera is in the URL.
    await expect.poll(async () => (await app.then.state()).camera).not.toEqual(HOME_CAMERA);
    expect(await app.atlas.settled()).toBe(true);
    await expect.poll(() => app.page.url()).toMatch(/cam=/);
    const url = app.page.url();
    const before = await app.then.state();

    const again = await given.app({ base: url.replace(/#.*/, ''), rawHash: url.replace(/^[^#]*#/, '') });
    const after = await again.then.state();
    expect(after.lang).toBe('zh');
    expect(after.selected).toBe(before.selected);
    expect(after.fields).toEqual(['health']);
    expect(after.panel).toBe('filters');
    expect(after.camera?.zoom).toBeCloseTo(before.camera!.zoom, 1);
    expect(after.camera?.center[0]).toBeCloseTo(before.camera!.center[0], 1);
    await expect.poll(() => again.then.detailsTitle()).toMatch(/塞尔维亚/);
    await again.close();

    // Back undoes the last step (the field filter), forward redoes it.
    await app.page.goBack();
    await expect.poll(async () => (await app.then.state()).fields).toEqual([]);
    await app.page.goForward();
    await expect.poll(async () => (await app.then.state()).fields).toEqual(['health']);
  });

  it('the language switch changes the labels on the map and in the panels', async () => {
    await start('en', 'layers');
    // Ink of a partner country's label, before and after, where the map placed Serbia's (label placement
    // moves a label off its point when a symbol or badge is there: the layer's datum says by how much).
    const at = await app.atlas.eval((el) => {
      const map = el.shadowRoot!.querySelector('atlas-map') as unknown as { layers: { id: string; props: Record<string, any> }[] };
      const d = (map.layers.find((l) => l.id === 'labels')!.props.data as { text: { en: string }; position: [number, number]; offset: [number, number] }[]).find((x) => x.text.en === 'Serbia')!;
      const [x, y] = el.project(d.position)!;
      return [x + d.offset[0], y + d.offset[1]] as [number, number];
    });
    const pts = box(at, 40, 7, [2, 1]);
    const before = await app.then.pixels(pts);
    expect(await app.page.locator('atlas-layers h2').textContent()).toBe('Layers');
    expect(await app.then.panelText()).toMatch(/Joint laboratory/);
    await app.page.getByRole('button', { name: '中文' }).click();
    await expect.poll(async () => (await app.then.state()).lang).toBe('zh');
    // The map's labels are redrawn on a later frame: wait for them to change, not for a time.
    await expect
      .poll(async () => {
        const after = await app.then.pixels(pts);
        return before.filter((p, i) => p.slice(0, 3).some((v, j) => Math.abs(v - after[i][j]) > 40)).length;
      }, { message: 'label pixels that changed' })
      .toBeGreaterThan(30);
    expect(await app.page.locator('atlas-layers h2').textContent()).toBe('图层');
    expect(await app.then.panelText()).toMatch(/联合实验室/);
    expect(await app.page.locator('innovation-atlas h1').textContent()).toBe('创新之路图谱');
    expect(new URL(app.page.url()).hash).toContain('lang=zh');
  });

  it('keyboard alone can search, filter, select from the list and open details', async () => {
    await start('en');
    const k = app.page.keyboard;
    const active = () => app.atlas.shadow<string | undefined>('r.activeElement?.tagName');
    // Tab from the title reaches the search box first, and nothing on the page comes before it.
    await app.page.locator('innovation-atlas h1').click();
    await k.press('Tab');
    await expect.poll(active).toBe('ATLAS-SEARCH');
    await k.press('Shift+Tab');
    await expect.poll(() => app.page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    await k.press('Tab');
    await expect.poll(active).toBe('ATLAS-SEARCH');
    await k.type('Kenya');
    await k.press('ArrowDown');
    await k.press('Enter');
    await expect.poll(async () => (await app.then.state()).selected).toBeTruthy();
    // Focus moved to the details panel's close button; Escape closes it.
    await expect.poll(() => app.page.locator('atlas-details h2').count()).toBe(1);
    await k.press('Escape');
    await expect.poll(async () => (await app.then.state()).selected).toBeNull();

    // Filters panel by keyboard: focus its toolbar button, Enter, then Tab to the first field chip, Space.
    await app.page.locator('button.tool[data-panel="filters"]').focus();
    await k.press('Enter');
    await expect.poll(async () => (await app.then.state()).panel).toBe('filters');
    await app.page.locator('atlas-filters .chip').first().focus();
    await k.press('Space');
    await expect.poll(async () => (await app.then.state()).fields.length).toBe(1);
    await k.press('Space');
    await expect.poll(async () => (await app.then.state()).fields.length).toBe(0);

    // List: Enter on a row's name selects it and opens its details.
    await app.page.locator('button.tool[data-panel="list"]').focus();
    await k.press('Enter');
    const first = app.page.locator('atlas-list .tbody button.name').first();
    await first.focus();
    const name = await first.textContent();
    await k.press('Enter');
    await expect.poll(() => app.then.detailsTitle()).toBe(name);
  });

  describe('accessibility (axe-core), state after state on this one page', () => {
    const states: [string, 'en' | 'zh', string, string][] = [
      // name, language, more of the URL, what is on screen once it is drawn
      ['default', 'en', '', 'innovation-atlas atlas-search'],
      ['layers', 'zh', 'p=layers', 'innovation-atlas atlas-layers h2'],
      ['filters', 'en', 'p=filters', 'innovation-atlas atlas-filters select#region'],
      ['list', 'zh', 'p=list', 'innovation-atlas atlas-list [role="row"][data-id]'],
      ['figures', 'en', 'p=figures', 'innovation-atlas atlas-figures h2'],
      ['details', 'en', 'sel=lab-china-serbia-drug-discovery', 'innovation-atlas atlas-details h2'],
      ['country', 'zh', 'cty=KEN', 'innovation-atlas atlas-country h2'],
    ];
    it.each(states)('%s has no violations', async (_name, lang, more, shown) => {
      await start(lang);
      if (more) await app.when.setHash(`v=1&lang=${lang}&${more}&${HOME}`);
      await app.page.waitForSelector(shown, { state: 'visible' });
      const violations = await app.then.axe();
      expect(violations, violations.join('\n')).toEqual([]);
    });
  });
});

/** A page opened at a garbage URL: what it shows at load is read once, then its search is used for the first time. */
describe('a page opened at a garbage URL', () => {
  let app: Session;
  let atLoad: { state: AppState; pageErrors: string[]; consoleErrors: string[] };
  beforeAll(async () => {
    app = await given.app({ rawHash: 'v=1&lang=xx&k=%E0%A4%A&y=abc&cam=1,2,999&sel=<script>&p=nope&__proto__=1' });
    atLoad = { state: await app.then.state(), pageErrors: [...app.pageErrors], consoleErrors: [...app.consoleErrors] };
  });
  afterAll(() => app?.close());

  it('falls back to defaults without errors', () => {
    const s = atLoad.state;
    expect(s.lang === 'en' || s.lang === 'zh').toBe(true);
    expect(s.selected).toBeNull();
    expect(s.panel).toBe('none');
    expect(s.years).toBeNull();
    expect(atLoad.pageErrors).toEqual([]);
    expect(atLoad.consoleErrors).toEqual([]);
  });

  it('builds its search on first use: Enter pressed before the search has loaded still chooses the top hit', async () => {
    // Nothing on this page has used the search yet (the test above only reads what the page showed at load).
    expect(app.requests.some((u) => /\/search-[^/]*\.js$/.test(u))).toBe(false);
    // Typed and entered in one task: the search module cannot have arrived in between.
    await app.atlas.eval((el) => {
      const input = el.shadowRoot!.querySelector('atlas-search')!.shadowRoot!.querySelector('input')!;
      input.focus();
      input.value = 'Mombasa';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await expect.poll(async () => (await app.then.state()).selected).toBe('flagship-mombasa-nairobi-sgr');
    expect(app.pageErrors).toEqual([]);
  });
});
