/**
 * Numbers as texts write them: Arabic digits with thousands separators and decimals, Chinese numerals
 * (五, 十五, 二十三, 一百二十, 两千, 十余 → 10 with its 余 read elsewhere), the multipliers 百/千/万/亿 after a
 * number ("1.6 万" = 16000, "200 万" = 2000000), and English number words ("nine", "twenty-five",
 * "1.6 million").
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is made of. */
export const ZH_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral ("十五" → 15, "两千" → 2000, "万" → 10000), or null if it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (s === '' || [...s].some((c) => !ZH_NUMERAL_CHARS.includes(c))) return null;
  let total = 0;
  let section = 0; // value below the current 万/亿
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      if (digit !== null && digit !== 0 && DIGIT[c] !== 0) return null; // "二三" is not a numeral
      digit = DIGIT[c];
    } else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c];
      digit = null;
    } else {
      const unit = BIG_UNIT[c];
      section += digit ?? 0;
      total = (total + (section || 1)) * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "10,000" / "1.6" / "2800" → number; null when malformed. */
export function parseArabic(s: string): number | null {
  const t = s.replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A Chinese multiplier written after a number: 1.6 万, 200 万, 5 千, 3 亿. */
export function multiplier(c: string | undefined): number {
  switch (c) {
    case '百':
      return 100;
    case '千':
      return 1000;
    case '万':
      return 1e4;
    case '亿':
      return 1e8;
    default:
      return 1;
  }
}

const ONES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Regex source for one English number word ("one" is left out: "one of the …" is rarely a count). */
export const EN_NUMBER_WORD = `(?:${[...Object.keys(TENS).map((t) => `${t}(?:-(?:one|${Object.keys(ONES).filter((o) => ONES[o] < 10).join('|')}))?`), ...Object.keys(ONES)].join('|')}|a dozen|dozen|hundred|thousand)`;

/** Value of an English number word ("nine", "twenty-five", "a dozen"), or null. */
export function parseEnglishNumberWord(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (w === 'a dozen' || w === 'dozen') return 12;
  if (w in ONES) return ONES[w];
  if (w in SCALE) return SCALE[w];
  const m = /^([a-z]+)(?:-([a-z]+))?$/.exec(w);
  if (!m || !(m[1] in TENS)) return null;
  if (!m[2]) return TENS[m[1]];
  const one = m[2] === 'one' ? 1 : ONES[m[2]];
  return one !== undefined && one < 10 ? TENS[m[1]] + one : null;
}

/** "million" / "billion" / "thousand" after a number. */
export function englishScale(w: string | undefined): number {
  return w ? (SCALE[w.toLowerCase()] ?? 1) : 1;
}
