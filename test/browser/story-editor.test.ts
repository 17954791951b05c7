/**
 * The story editor in the page (issue 16, point 4), driven from the keyboard: each view is set by a link
 * (as a reader pastes one), and every step in the editor — opening it, adding the view as a slide, writing
 * both languages, reordering, downloading, discarding, opening a file — is a key press on a control or
 * typing into the focused field. The story round-trips through its file, the draft survives a reload, a
 * broken file is explained slide by slide and field by field, and a story file named in a link opens from
 * the atlas's own site only.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAtlasDriver, type Session } from './support/atlas-driver.ts';

const { given } = useAtlasDriver();

const OWN_STORY = {
  id: 'from-a-link',
  title: { zh: '链接里的演示', en: 'A story from a link' },
  slides: [{ id: 'one', title: { zh: '肯尼亚', en: 'Kenya' }, caption: { zh: '蒙内铁路。', en: 'The Mombasa–Nairobi railway.' }, camera: { center: [37, -1], zoom: 4 } }],
};

/** Three views, each a link's worth of camera and filters (the third with a chosen record). */
const VIEWS = [
  { hash: 'cam=36.8,-1.3,4&f=transport', zh: '东非铁路', en: 'East African rail', capZh: '蒙内铁路连接港口与首都。', capEn: 'The railway links the port and the capital.' },
  { hash: 'cam=100.5,15.2,3.5&r=southeast-asia', zh: '东南亚', en: 'Southeast Asia', capZh: '东南亚的技术转移。', capEn: 'Technology transfer in Southeast Asia.' },
  { hash: 'cam=70,32,4.5&k=joint-lab,flagship-corridor&sel=flagship-cpec', zh: '中巴经济走廊', en: 'The CPEC corridor', capZh: '走廊沿线的联合实验室。', capEn: 'Joint laboratories along the corridor.' },
];

let app: Session;
beforeAll(async () => {
  app = await given.app({
    lang: 'en',
    // A story file on the atlas's own site, named by a link (see the last test).
    setup: (ctx) => ctx.route('**/own-stories/ours.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(OWN_STORY) })),
  });
});
afterAll(() => app?.close());

const editor = (css = '') => app.page.locator(`innovation-atlas atlas-story-editor ${css}`.trim());
const slide = (n: number, css = '') => editor(`.slide:nth-child(${n}) ${css}`.trim());
const slideCount = () => editor('.slide').count();

/** A key on a control (Playwright focuses it first, as Tab would have). */
const key = (l: Locator, k = 'Enter') => l.press(k);

/** The deepest focused element, through shadow roots: tag, lang and value. */
const focused = () =>
  app.page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const el = a as HTMLInputElement | null;
    return { tag: el?.tagName.toLowerCase(), lang: el?.getAttribute('lang') ?? null, value: el?.value ?? null, cls: el?.className ?? '' };
  });

/** Opens the editor from its toolbar button beside Present, with an empty draft. */
async function openEmptyEditor(lang: 'en' | 'zh' = 'en'): Promise<void> {
  await app.when.reset(`v=1&lang=${lang}`, { panel: 'none', story: null });
  await key(app.page.locator('innovation-atlas button.tool[data-panel="story"]'));
  await expect.poll(async () => (await app.then.state()).panel).toBe('story');
  await expect(editor('h2').textContent()).resolves.toBe(lang === 'en' ? 'Story editor' : '编辑演示');
  if ((await slideCount()) > 0) {
    await key(editor('.clear'));
    await expect.poll(() => focused()).toMatchObject({ cls: expect.stringContaining('no') });
    await key(editor('.confirm .yes'));
  }
  await expect.poll(slideCount).toBe(0);
}

/** Sets the view by a link, adds it as a slide and types its four texts, Tab by Tab. */
async function addView(n: number, v: (typeof VIEWS)[number], lang: 'en' | 'zh' = 'en'): Promise<void> {
  await app.when.setHash(`v=1&lang=${lang}&p=story&${v.hash}`);
  await key(editor('.add'));
  await expect.poll(slideCount).toBe(n);
  // Focus lands in the new slide's Chinese title; the four fields follow each other: zh and en side by side.
  await expect.poll(focused).toMatchObject({ tag: 'input', lang: 'zh', value: '' });
  for (const text of [v.zh, v.en, v.capZh, v.capEn]) {
    await app.page.keyboard.type(text);
    await app.page.keyboard.press('Tab');
  }
}

async function downloadStory(): Promise<{ name: string; path: string; json: any }> {
  const [dl] = await Promise.all([app.page.waitForEvent('download'), key(editor('.download'))]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function openFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), key(editor('.open'))]);
  await chooser.setFiles(file);
}

describe('the story editor', () => {
  it('builds a three-slide story from the keyboard, downloads it, and reopens the file as the same JSON', async () => {
    await openEmptyEditor();
    for (const [i, v] of VIEWS.entries()) await addView(i + 1, v);
    expect(await editor('.what').allTextContents()).toEqual([
      expect.stringContaining('Transport'),
      expect.stringContaining('Southeast Asia'),
      expect.stringContaining('China–Pakistan Economic Corridor'),
    ]);

    // Reorder: Alt+↑ twice inside slide 3's English caption brings it first; the field keeps the focus.
    await slide(3, 'textarea[lang=en]').focus();
    await app.page.keyboard.press('Alt+ArrowUp');
    await app.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor('.slide input[lang=en]').first().inputValue()).toBe(VIEWS[2].en);
    expect(await focused()).toMatchObject({ tag: 'textarea', value: VIEWS[2].capEn });
    expect(await editor('[role=status]').textContent()).toBe('Slide 2 moved to position 1');
    // And the move buttons: slide 2 (East African rail) down to the end, focus on the button that can still move it.
    await key(slide(2, '.down'));
    await expect.poll(() => editor('.slide input[lang=en]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([VIEWS[2].en, VIEWS[1].en, VIEWS[0].en]);
    expect(await focused()).toMatchObject({ cls: expect.stringContaining('up') });
    expect(await editor('[role=status]').textContent()).toBe('Slide 2 moved to position 3');

    const first = await downloadStory();
    expect(first.name).toMatch(/^my-story-story-\d{4}-\d{2}-\d{2}\.json$/);
    expect(first.json.slides).toHaveLength(3);
    expect(first.json.slides[0]).toEqual({
      id: 'slide-3', title: { zh: VIEWS[2].zh, en: VIEWS[2].en }, caption: { zh: VIEWS[2].capZh, en: VIEWS[2].capEn },
      camera: { center: [70, 32], zoom: 4.5 }, kinds: ['joint-lab', 'flagship-corridor'], highlight: ['flagship-cpec'],
    });
    expect(first.json.slides[1]).toMatchObject({ camera: { center: [100.5, 15.2], zoom: 3.5 }, regions: ['southeast-asia'] });
    expect(first.json.slides[2]).toMatchObject({ camera: { center: [36.8, -1.3], zoom: 4 }, fields: ['transport'] });
    // Valid for the atlas's own loader (the same check any story file gets), and for the published schema's shape.
    const { validateStory } = await import('../../src/story/schema.ts');
    expect(validateStory(first.json, app.atlas.data.records as never).errors).toEqual([]);

    // Discard (with its confirmation), then open the downloaded file: the same story, the same JSON.
    await key(editor('.clear'));
    await key(editor('.confirm .yes'));
    await expect.poll(slideCount).toBe(0);
    await openFile(first.path);
    await expect.poll(slideCount).toBe(3);
    const again = await downloadStory();
    expect(again.json).toEqual(first.json);
  });

  it('reorders by dragging a slide by its grip onto another (the mouse way), and announces the move', async () => {
    await openEmptyEditor();
    for (const [i, v] of VIEWS.entries()) await addView(i + 1, v);
    const titles = () => editor('.slide input[lang=en]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    // Slide 2 by its grip onto slide 1's heading (both in view; a field would take the drag's text itself).
    await slide(2, '.grip').scrollIntoViewIfNeeded();
    const from = (await slide(2, '.grip').boundingBox())!;
    const to = (await slide(1, 'h3').boundingBox())!;
    await app.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(to.x + 20, to.y + to.height / 2, { steps: 8 });
    await app.page.mouse.up();
    await expect.poll(titles).toEqual([VIEWS[1].en, VIEWS[0].en, VIEWS[2].en]);
    expect(await editor('[role=status]').textContent()).toBe('Slide 2 moved to position 1');
    // The drop highlight does not stay behind.
    expect(await editor('.slide.drop').count()).toBe(0);
  });

  it('keeps the draft through a reload until the author discards it', async () => {
    await openEmptyEditor();
    await addView(1, VIEWS[0]);
    await app.page.reload();
    await app.atlas.ready();
    await expect.poll(() => app.then.state()).toMatchObject({ panel: 'story' });
    await expect.poll(slideCount).toBe(1);
    expect(await slide(1, 'input[lang=zh]').inputValue()).toBe(VIEWS[0].zh);
    expect(await slide(1, 'textarea[lang=en]').inputValue()).toBe(VIEWS[0].capEn);
    // Keep, then discard: only the confirmed discard empties it, and a reload then finds nothing.
    await key(editor('.clear'));
    await key(editor('.confirm .no'));
    expect(await slideCount()).toBe(1);
    await key(editor('.clear'));
    await key(editor('.confirm .yes'));
    await expect.poll(slideCount).toBe(0);
    await app.page.reload();
    await app.atlas.ready();
    await expect.poll(() => editor('.muted').first().textContent()).toBe('No slides yet.');
  });

  it('explains a broken file by slide and field, in the reader\'s language, and loses nothing', async () => {
    await openEmptyEditor('zh');
    await addView(1, VIEWS[1], 'zh');
    const broken = {
      id: 'broken', title: { zh: '坏', en: 'Broken' },
      slides: [
        { id: 'a', title: { zh: '甲', en: 'A' }, caption: { zh: '说明', en: '' }, camera: { center: [10, 10], zoom: 30 } },
        { id: 'b', title: { zh: '乙', en: 'B' }, caption: { zh: '说明', en: 'Caption' } },
      ],
    };
    await openFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => editor('.problems li').allTextContents()).toEqual([
      '第 1 张幻灯片 · 说明（英文）：不能为空',
      '第 1 张幻灯片 · 缩放级别：缩放级别大于 22',
      expect.stringMatching(/^第 2 张幻灯片 · 地图视角：缺少字段/),
      '演示 · 幻灯片：没有一张有效的幻灯片',
    ]);
    // The author's draft is as it was.
    expect(await slideCount()).toBe(1);
    expect(await slide(1, 'input[lang=zh]').inputValue()).toBe(VIEWS[1].zh);
    // Switched to English, the same problems read in English.
    await key(app.page.locator('innovation-atlas button.tool.lang'));
    await expect.poll(() => editor('.problems li').first().textContent()).toBe('Slide 1 · Caption (English): must not be empty');
    // Not JSON at all: one clear line.
    await openFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "x", ') });
    await expect.poll(() => editor('.problems li').allTextContents()).toEqual([expect.stringMatching(/^Story · File: not valid JSON/)]);
    expect(await slideCount()).toBe(1);
  });

  it('previews the draft in present mode and comes back to the editor', async () => {
    await openEmptyEditor();
    await addView(1, VIEWS[0]);
    await addView(2, VIEWS[1]);
    await key(editor('.preview'));
    await expect.poll(() => app.atlas.attr('presenting')).toBe('');
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe(VIEWS[0].en);
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe(VIEWS[1].en);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.then.state()).toMatchObject({ story: null, panel: 'story' });
    expect(await slideCount()).toBe(2);
  });

  it('goes on with the draft when the page reloads during its preview (no "no story called")', async () => {
    await openEmptyEditor();
    await addView(1, VIEWS[0]);
    await addView(2, VIEWS[1]);
    await key(editor('.preview'));
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe(VIEWS[0].en);
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe(VIEWS[1].en);
    await app.page.reload();
    await app.atlas.ready();
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe(VIEWS[1].en);
    expect(await app.atlas.eval((el) => el.errors.map((e) => e.message))).toEqual([]);
    await app.page.keyboard.press('Escape');
    await expect.poll(async () => (await app.then.state()).story).toBeNull();
  });

  it('has no accessibility violations with slides and a problem list', async () => {
    await openEmptyEditor();
    await addView(1, VIEWS[0]);
    await addView(2, VIEWS[2]);
    // An unfinished slide: the download lists what is missing instead.
    await key(editor('.add'));
    await key(editor('.download'));
    await expect.poll(() => editor('.problems li').count()).toBe(4);
    expect(await app.then.axe()).toEqual([]);
  });

  it('opens a story file named in the link from its own site, and refuses another site with a clear message', async () => {
    await app.when.setHash('v=1&lang=en&story=own-stories/ours.json&slide=1');
    await expect.poll(() => app.page.locator('innovation-atlas atlas-presenter h2').textContent()).toBe('Kenya');
    expect(app.then.foreignRequests()).toEqual([]);
    await app.page.keyboard.press('Escape');
    await expect.poll(async () => (await app.then.state()).story).toBeNull();

    await app.when.setHash('v=1&lang=en&story=http://other.test/ours.json');
    await expect.poll(() => app.atlas.eval((el) => el.errors.map((e) => e.message))).toContainEqual(expect.stringContaining('is on another site (http://other.test)'));
    expect((await app.then.state()).story).toBeNull();
    expect(app.then.foreignRequests()).toEqual([]);
  });
});
