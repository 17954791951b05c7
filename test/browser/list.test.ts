/**
 * The list as a reader uses it: a compact panel whose columns fit 340 px, and a wide table with every
 * column, sortable by mouse or keyboard, back to compact with its switch or Esc. In Chinese no cell is
 * narrower than two characters and a country's name stays whole. Bundled dataset, one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/vocabulary.ts';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();
const HOME = 'cam=63.5,19.652,2.23';
const LIST = 'innovation-atlas atlas-list';

describe('the list, compact and wide', () => {
  let app: Session;
  beforeAll(async () => {
    app = await given.app({ lang: 'en', hash: HOME, viewport: { width: 1280, height: 720 } });
  });
  afterAll(() => app?.close());

  const yearOf = (id: string) => {
    const d = (app.data.get(id).properties as { date?: string }).date;
    return d ? Number(d.slice(0, 4)) : null;
  };
  /** A fresh list (the panel closed, then opened by its toolbar button) in `lang`. */
  const start = async (lang: 'en' | 'zh') => {
    await app.when.reset(`v=1&lang=${lang}&${HOME}`, { lang, panel: 'none', kinds: [...KINDS], selected: null });
    await app.when.clickPanel('list');
    await app.page.locator(`${LIST} [role="row"][data-id]`).first().waitFor();
  };
  const headers = async () => (await app.page.locator(`${LIST} [role="columnheader"]`).allTextContents()).map((h) => h.trim());
  const wide = () => app.page.locator(LIST).evaluate((el) => el.hasAttribute('wide'));
  const panelWidth = () => app.page.locator('innovation-atlas aside.panel.left').evaluate((el) => el.getBoundingClientRect().width);
  /** The focused element inside the atlas's nested shadow roots: its class, text and row. */
  const focused = () =>
    app.page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      const row = a?.closest<HTMLElement>('[role="row"]');
      return { cls: a?.className ?? '', text: a?.textContent?.trim() ?? '', index: row?.dataset.index === undefined ? null : Number(row.dataset.index) };
    });

  it('the compact panel shows name, kind, countries and year inside its 340 px', async () => {
    await start('en');
    expect(await headers()).toEqual(['Name', 'Kind ▲', 'Countries', 'Year']);
    const out = await app.page.locator(LIST).evaluate((el) => {
      const table = el.shadowRoot!.querySelector('.wrap')!.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll('[role="columnheader"], [role="cell"]')]
        .map((c) => c.getBoundingClientRect())
        .filter((b) => b.right > table.right + 0.5 || b.left < table.left - 0.5).length;
    });
    expect(out).toBe(0);
    expect(await panelWidth()).toBeLessThanOrEqual(340);
  });

  it('the wide table shows every column full width, and sorting by year reorders the rows', async () => {
    await start('en');
    await app.page.click(`${LIST} .toggle`);
    await expect.poll(wide).toBe(true);
    expect(await headers()).toEqual(['Name', 'Kind ▲', 'Field', 'Countries', 'Year', 'Confidence', 'Precision']);
    expect(await panelWidth()).toBeGreaterThan(1200);
    const before = await app.then.listIds();
    await app.page.click(`${LIST} [role="columnheader"][data-col="year"] button`);
    await expect.poll(() => app.page.locator(`${LIST} [data-col="year"]`).getAttribute('aria-sort')).toBe('ascending');
    const up = await app.then.listIds();
    expect(up).not.toEqual(before);
    expect(new Set(up)).toEqual(new Set(before));
    const years = up.map(yearOf);
    const dated = years.filter((y): y is number => y !== null);
    expect(dated.length).toBeGreaterThan(10);
    // Dated rows first in ascending order, the undated after them.
    expect(years.slice(0, dated.length)).toEqual([...dated].sort((a, b) => a - b));
    expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    // What the reader sees: the first rows on screen carry the earliest years.
    const shown = await app.then.renderedListIds();
    expect(shown.slice(0, 5)).toEqual(up.slice(0, 5));
    expect(await app.page.locator(`${LIST} .tbody [role="row"][data-index="0"] .year`).textContent()).toBe(String(dated[0]));
    await app.page.click(`${LIST} [role="columnheader"][data-col="year"] button`);
    await expect.poll(() => app.page.locator(`${LIST} [data-col="year"]`).getAttribute('aria-sort')).toBe('descending');
    expect(await app.then.listIds()).toEqual([...up].reverse());
    // The same switch gives the compact panel back.
    await app.page.click(`${LIST} .toggle`);
    await expect.poll(wide).toBe(false);
    expect(await panelWidth()).toBeLessThanOrEqual(340);
  });

  it('works from the keyboard alone: widen, sort by year, move through rows, Esc back to compact, choose a row', async () => {
    await start('en');
    const k = app.page.keyboard;
    await app.page.locator(`${LIST} .toggle`).focus();
    await k.press('Enter');
    await expect.poll(wide).toBe(true);
    // Tab through the headings: Name, Kind, Field, Countries, Year.
    for (let i = 0; i < 5; i++) await k.press('Tab');
    expect((await focused()).text).toBe('Year');
    await k.press('Enter');
    await expect.poll(() => app.page.locator(`${LIST} [data-col="year"]`).getAttribute('aria-sort')).toBe('ascending');
    const ids = await app.then.listIds();
    // Past the last two headings (Confidence, Precision), the rows' one tab stop; arrows, End and Home move it.
    await k.press('Tab');
    await k.press('Tab');
    expect((await focused()).text).toBe('Precision');
    await k.press('Tab');
    await expect.poll(async () => (await focused()).index).toBe(0);
    await k.press('ArrowDown');
    await k.press('ArrowDown');
    await expect.poll(async () => (await focused()).index).toBe(2);
    await k.press('End');
    await expect.poll(async () => (await focused()).index).toBe(ids.length - 1);
    expect((await focused()).text).toBe(app.data.get(ids[ids.length - 1]).properties.name.en);
    await k.press('Home');
    await expect.poll(async () => (await focused()).index).toBe(0);
    await k.press('ArrowDown');
    await expect.poll(async () => (await focused()).index).toBe(1);
    // Esc: the compact panel again (the panel stays open), focus still on the row the reader had reached.
    await k.press('Escape');
    await expect.poll(wide).toBe(false);
    expect((await app.then.state()).panel).toBe('list');
    await expect.poll(async () => (await focused()).index).toBe(1);
    // Enter chooses it.
    await k.press('Enter');
    await expect.poll(async () => (await app.then.state()).selected).toBe(ids[1]);
    await expect.poll(() => app.page.locator(`${LIST} [role="row"][data-id="${ids[1]}"]`).getAttribute('aria-current')).toBe('true');
  });

  describe.each([false, true])('in Chinese (wide: %s)', (isWide) => {
    it('no heading or cell is narrower than two characters, and one country name is one line', async () => {
      await start('zh');
      if (isWide) {
        await app.page.click(`${LIST} .toggle`);
        await expect.poll(wide).toBe(true);
      }
      expect((await headers())[0]).toBe('名称');
      const m = await app.page.locator(LIST).evaluate((el) => {
        const root = el.shadowRoot!;
        const narrow = [...root.querySelectorAll<HTMLElement>('[role="columnheader"], [role="cell"]')]
          .map((c) => ({ w: c.getBoundingClientRect().width, em: parseFloat(getComputedStyle(c).fontSize), text: c.textContent!.trim() }))
          .filter((c) => c.w < 2 * c.em);
        // A cell naming one country: its text takes one line box.
        const single = [...root.querySelectorAll<HTMLElement>('.countries')].filter((c) => c.textContent!.trim() && !/[、…]/.test(c.textContent!));
        const broken = single
          .filter((c) => {
            const r = document.createRange();
            r.selectNodeContents(c);
            const lines = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
            return lines.size > 1;
          })
          .map((c) => c.textContent!.trim());
        return { narrow, broken, singles: single.length };
      });
      expect(m.narrow).toEqual([]);
      expect(m.singles).toBeGreaterThan(5);
      expect(m.broken).toEqual([]);
    });
  });

  it('logged no errors', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
