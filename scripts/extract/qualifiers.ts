/**
 * How a text qualifies a number, in the atlas's vocabulary (src/core/record.ts) plus "less-than", which the
 * atlas does not use but a report must not turn into "exact".
 *   more-than  余 多 以上 超 超过 逾 / more than, over, at least, upwards of, 10,000+
 *   nearly     近 将近 接近 / nearly, almost, close to
 *   about      约 大约 左右 上下 / about, around, approximately, roughly, some
 *   less-than  不到 不足 / less than, fewer than, under, up to
 */
export type Qualifier = 'exact' | 'more-than' | 'nearly' | 'about' | 'less-than';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'more-than', 'nearly', 'about', 'less-than'];

/** Chinese words before a number, longest first (regex alternation order matters). */
export const ZH_BEFORE = ['超过', '超出', '将近', '接近', '大约', '不到', '不足', '逾', '超', '近', '约'];
/** Chinese words between a number and its unit or after the unit. */
export const ZH_AFTER = ['以上', '左右', '上下', '余', '多'];
export const EN_BEFORE = [
  'more than', 'over', 'in excess of', 'upwards of', 'at least', 'nearly', 'almost', 'close to', 'about', 'around',
  'approximately', 'roughly', 'some', 'less than', 'fewer than', 'under', 'up to',
];

const TABLE: Record<string, Qualifier> = {
  超过: 'more-than', 超出: 'more-than', 逾: 'more-than', 超: 'more-than', 余: 'more-than', 多: 'more-than', 以上: 'more-than',
  将近: 'nearly', 接近: 'nearly', 近: 'nearly',
  大约: 'about', 约: 'about', 左右: 'about', 上下: 'about',
  不到: 'less-than', 不足: 'less-than',
  'more than': 'more-than', over: 'more-than', 'in excess of': 'more-than', 'upwards of': 'more-than', 'at least': 'more-than', '+': 'more-than', plus: 'more-than',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about',
  'less than': 'less-than', 'fewer than': 'less-than', under: 'less-than', 'up to': 'less-than',
};

/** The qualifier a word expresses; words that qualify nothing give "exact". */
export function qualifierOf(...words: (string | undefined)[]): Qualifier {
  for (const w of words) {
    if (!w) continue;
    const q = TABLE[w.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^-/, '')];
    if (q) return q;
  }
  return 'exact';
}
