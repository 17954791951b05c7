/** The slide image's caption wrapping keeps Chinese punctuation where a reader expects it (kinsoku). */
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/map/slide-card.ts';

// Every character is 10 px wide: a width of 100 holds ten.
const ctx = { measureText: (t: string) => ({ width: [...t].length * 10 }) } as unknown as CanvasRenderingContext2D;

describe('wrap', () => {
  it.each([
    { title: 'an opening quote moves down with the word it opens', text: '由中国科学院发起的“一带一路”联盟', check: (ls: string[]) => ls.every((l) => !l.endsWith('“')) },
    { title: 'a closing mark never starts a line', text: '一二三四五六七八九十，十一十二', check: (ls: string[]) => ls.every((l) => !/^[，。”]/u.test(l)) },
    { title: 'nothing is lost', text: '由中国科学院发起的“一带一路”联盟，成员增加。', check: (ls: string[]) => ls.join('') === '由中国科学院发起的“一带一路”联盟，成员增加。' },
    { title: 'Latin text breaks between words', text: 'Some cooperation needs a standing home', check: (ls: string[]) => ls.every((l) => l.length <= 10 || !l.includes(' ')) && ls.join(' ') === 'Some cooperation needs a standing home' },
  ])('$title', ({ text, check }) => {
    const lines = wrap(ctx, text, 100, /[a-z]/.test(text) ? 'en' : 'zh', 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(check(lines), JSON.stringify(lines)).toBe(true);
  });
});
