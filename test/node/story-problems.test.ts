/** A story's problems as an author reads them: slide by place, field in words, message in the reader's language. */
import { describe, expect, it } from 'vitest';
import { fieldWords, storyProblemLine } from '../../src/core/i18n/story-problems.ts';
import { parseStory } from '../../src/story/schema.ts';
import { INTERNAL_WORDS } from '../fixtures/internal-words.ts';

const order = ['intro', 'second'];
const pos = (id: string) => order.indexOf(id);

describe('each problem names the slide, the field and what is wrong', () => {
  it.each([
    { p: { slide: 'second', field: 'caption.en', message: 'must not be empty' }, en: 'Slide 2 · Caption (English): must not be empty', zh: '第 2 张幻灯片 · 说明（英文）：不能为空' },
    { p: { slide: '#3', field: 'camera.zoom', message: 'zoom above 22' }, en: 'Slide 4 · Zoom: zoom above 22', zh: '第 4 张幻灯片 · 缩放级别：缩放级别大于 22' },
    { p: { slide: null, field: 'title.zh', message: 'must not be empty' }, en: 'Story · Title (Chinese): must not be empty', zh: '演示 · 标题（中文）：不能为空' },
    { p: { slide: 'intro', field: 'kinds.1', message: 'is not a known kind' }, en: 'Slide 1 · Layers (item 2): is not a known kind', zh: '第 1 张幻灯片 · 图层第 2 项：不是已知的类型' },
    { p: { slide: null, field: '(file)', message: 'not valid JSON: Unexpected end' }, en: 'Story · File: not valid JSON: Unexpected end', zh: '演示 · 文件：不是有效的 JSON：Unexpected end' },
    { p: { slide: 'intro', field: 'years', message: 'must be [from, to] with from ≤ to' }, en: 'Slide 1 · Years: must be [from, to] with from ≤ to', zh: '第 1 张幻灯片 · 年份：须为 [起, 止]，且起 ≤ 止' },
  ])('$en', ({ p, en, zh }) => {
    expect(storyProblemLine(p, 'en', pos)).toBe(en);
    expect(storyProblemLine(p, 'zh', pos)).toBe(zh);
  });

  it('an unknown path is shown as it is', () => {
    expect(fieldWords('camera.pitch', 'en')).toBe('camera.pitch');
  });

  it('every problem the loader finds in a broken file reads in Chinese, with no plumbing word', () => {
    const broken = JSON.stringify({ id: 'x', title: { zh: '', en: 'T' }, slides: [{ id: 'a', title: { zh: '', en: 'b' }, caption: { zh: 'c', en: 'd' }, camera: { center: [200, 0], zoom: 30 }, years: [2020, 2010] }] });
    const lines = parseStory(broken).errors.map((e) => storyProblemLine(e, 'zh', (id) => (id === 'a' ? 0 : -1)));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).toMatch(/\p{Script=Han}.*：.*\p{Script=Han}/u);
      expect(line).not.toMatch(INTERNAL_WORDS);
    }
  });
});
