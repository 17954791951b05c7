import { describe, expect, it } from 'vitest';
import { langAttr, textLang } from '../../src/core/i18n/lang-of.ts';

describe('textLang / langAttr', () => {
  it.each([
    ['中国-巴基斯坦联合实验室', 'zh'],
    ['东南大学 (SEU)', 'zh'],
    ['Southeast University (东南大学)', 'en'],
    ['“一带一路”联合实验室 (Belt and Road)', 'zh'],
    ['Xinhua', 'en'],
    ['53家', 'zh'],
    ['2019', null],
    ['', null],
  ])('%j → %s', (text, want) => {
    expect(textLang(text)).toBe(want);
  });
  it('sets lang only on text in the other language', () => {
    expect(langAttr('科技部', 'en')).toBe('zh');
    expect(langAttr('科技部', 'zh')).toBeUndefined();
    expect(langAttr('Ministry of Science and Technology', 'zh')).toBe('en');
    expect(langAttr('53', 'zh')).toBeUndefined();
  });
});
