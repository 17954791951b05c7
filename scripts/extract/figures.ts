/**
 * Finds figures — a number with its unit — in Chinese and English text, with the qualifier the text gives
 * ("80 多个", "1.6 万余人次", "逾万名", "近十家", "more than 10,000 young scientists") and the subject it
 * counts (the noun phrase after the unit, or the clause before the number when nothing follows).
 *
 * Not figures: dates and years, ordinals (第 15 届, 19th), durations (7 年, ten years), model names (5G), and
 * bare Chinese numerals that are words rather than counts (一个, 两国, 上百名, 数十家).
 */
import { EN_BEFORE, ZH_AFTER, ZH_BEFORE, qualifierOf, type Qualifier } from './qualifiers.ts';
import { EN_NUMBER_WORD, ZH_NUMERAL_CHARS, englishScale, multiplier, parseArabic, parseChineseNumeral, parseEnglishNumberWord } from './numerals.ts';

export interface FoundFigure {
  value: number;
  unit: string;
  qualifier: Qualifier;
  subject: string;
  /** Document offsets of the figure as written (qualifier to unit). */
  start: number;
  end: number;
  /** Offset of the number itself (the line reported is this one's). */
  numberAt: number;
}

const ZH_UNITS = [
  '个百分点', '平方公里', '平方米', '人次', '场次', '公里', '千米', '公顷', '美元', '欧元', '吨', '亩', '家', '个', '名', '位', '人', '场', '项', '所',
  '届', '次', '批', '种', '条', '座', '篇', '件', '国', '台', '套', '部', '期', '轮', '支', '份', '株', '颗', '艘', '辆', '款', '处', '栋', '元', '倍', '%', '大',
];
const ZH_NUM = `\\d[\\d,]*(?:\\.\\d+)?|[${ZH_NUMERAL_CHARS}]+`;
const ZH_RE = new RegExp(
  `(?<pre>${ZH_BEFORE.join('|')})?\\s*(?<num>${ZH_NUM})\\s*(?<q1>余|多)?\\s*(?<mult>[百千万亿]{1,2})?\\s*(?<q2>余|多)?\\s*(?<unit>${ZH_UNITS.join('|')})(?<post>${ZH_AFTER.filter((q) => q.length > 1).join('|')})?`,
  'gu',
);
/** Rank: "世界研发投入第二大国" is a figure (2nd), unlike other ordinals. */
const ZH_RANK = /第\s*(?<num>[二三四五六七八九十]{1,2}|\d{1,2})\s*大(?=国|经济体|贸易伙伴|市场|来源国|投资国)/gu;

const ZH_STOP = /^(?:签署|开展|建立|建成|建设|来华|参与|参会|与会|出席|参加|前来|落地|实现|获得|达到|覆盖|分布|位于|共同|成功|组织|举办|举行|启动|提供|累计|带动|促进|推动|培养|支持|参展|成立|开设|设立|[的在和与及等了为是将已由对向于以并且从到至把被]|尤为|展开|均|都|也|还|正|仍)/u;
const FILLER_START = /^(?:其中|此外|同时|另外|目前|现已|已经|累计|共计|总计|共|已|我国|中国|数据显示|据统计)+/u;
const MAX_SUBJECT = 18;

/** The noun phrase following a figure (Chinese), stopped by punctuation or a verb/particle. */
function zhFollowing(text: string, from: number): string {
  let out = '';
  for (let i = from; i < text.length && out.length < MAX_SUBJECT; i++) {
    const ch = text[i];
    if (!/[\p{Script=Han}“”‘’《》·A-Za-z0-9]/u.test(ch)) break;
    if (out.length > 0 && ZH_STOP.test(text.slice(i))) break;
    out += ch;
  }
  return out.replace(/[“‘《]+$/u, '');
}

/** The clause before a figure: from the last punctuation to the number, without filler words. */
function preceding(text: string, to: number): string {
  let from = to;
  while (from > 0 && !/[，。；：、,;:\n]/u.test(text[from - 1]) && to - from < 60) from--;
  const clause = text.slice(from, to).trim().replace(FILLER_START, '');
  return clause.length > MAX_SUBJECT ? clause.slice(-MAX_SUBJECT) : clause;
}

function isWordNumeral(num: string, before: string, unit: string, qualified: boolean): boolean {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/u.test(num)) return false;
  if (num === '一' || num === '两' || num === '二') return true; // 一个, 两国: words, not counts
  if (/^[百千万亿]$/u.test(num) && !qualified) return true; // 万家, 百名 without 余/近/逾
  if (unit === '届' || unit === '次') return true; // 二十届三中全会: an ordinal without 第
  return /[数几上成第]$/u.test(before);
}

export function findZhFigures(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const m of text.matchAll(ZH_RE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const numberAt = start + m[0].indexOf(g.num);
    const before = text.slice(Math.max(0, numberAt - 2), numberAt).trimEnd();
    if (/第$/u.test(before)) continue; // ordinal
    if (/[A-Za-z\-_/.]$/u.test(before) && !/\s$/u.test(text.slice(numberAt - 1, numberAt))) continue; // G20, COVID-19
    const qualified = Boolean(g.pre || g.q1 || g.q2 || g.post);
    if (isWordNumeral(g.num, text.slice(Math.max(0, numberAt - 1), numberAt), g.unit, qualified)) continue;
    const base = /\d/.test(g.num) ? parseArabic(g.num) : parseChineseNumeral(g.num);
    if (base === null || base === 0) continue;
    const value = base * [...(g.mult ?? '')].reduce((acc, c) => acc * multiplier(c), 1);
    const end = start + m[0].length;
    const following = zhFollowing(text, end);
    out.push({
      value: Math.round(value * 1e6) / 1e6,
      unit: g.unit,
      qualifier: qualifierOf(g.pre, g.q1, g.q2, g.post),
      subject: following.length >= 2 ? following : preceding(text, g.pre ? start : numberAt),
      start: g.pre ? start : numberAt,
      end,
      numberAt,
    });
  }
  for (const m of text.matchAll(ZH_RANK)) {
    const g = m.groups ?? {};
    const value = /\d/.test(g.num) ? Number(g.num) : parseChineseNumeral(g.num);
    if (!value) continue;
    const start = m.index ?? 0;
    out.push({ value, unit: '位', qualifier: 'exact', subject: preceding(text, start), start, end: start + m[0].length + 1, numberAt: start + 1 });
  }
  return out;
}

const MEASURE = /^(?:-|\s+)(square (?:meters|metres|kilometers|kilometres|km)|sq\.? ?km|km2|km|kilometers|kilometres|miles|hectares|ha|acres|tonnes|tons|mw|gw|kw|kwh|megawatts|gigawatts|yuan|rmb|dollars|us dollars|usd|euros|percent|per cent)\b/iu;
const TIME_UNIT = /^(?:years?|months?|days?|weeks?|hours?|minutes?|decades?|centuries|century|times|am|pm|th|st|nd|rd|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/iu;
const EN_STOP = new Set(
  'from in of to and or with for at on by that which who whose have has had were was are is be being been will would per across into including such as than the a an this these those its their it they them we our over more about under between among within during since after before while'.split(' '),
);
const EN_RE = new RegExp(
  `(?<pre>\\b(?:${EN_BEFORE.join('|')})\\s+)?(?<num>\\b(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${EN_NUMBER_WORD}))(?<scale>\\s+(?:million|billion|thousand|hundred)\\b)?(?<plus>\\+|-plus\\b)?`,
  'giu',
);

export function findEnFigures(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const m of text.matchAll(EN_RE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const numberAt = start + (g.pre?.length ?? 0);
    const end0 = start + m[0].length;
    const after = text.slice(end0, end0 + 90);
    if (/^[A-Za-z]/.test(after) || /^(?:st|nd|rd|th)\b/i.test(after)) continue; // 5G, 19th
    if (/[A-Za-z\-/#.]$/.test(text.slice(Math.max(0, numberAt - 1), numberAt)) || /(?:No\.|Article|Chapter|Phase|Section|Vol\.)\s*$/i.test(text.slice(Math.max(0, numberAt - 12), numberAt))) continue;
    const isDigits = /^\d/.test(g.num);
    const base = isDigits ? parseArabic(g.num) : parseEnglishNumberWord(g.num);
    if (base === null || base === 0) continue;
    if (isDigits && /^(?:19|20)\d{2}$/.test(g.num) && !g.pre && !g.scale) continue; // a year
    let unit = '';
    let subject = '';
    let end = end0;
    const measure = /^\s*%/.test(after) ? ['%', '%'] : MEASURE.exec(after);
    if (measure) {
      unit = measure[1].toLowerCase();
      subject = unit;
      end += measure[0].length;
    } else {
      const words = /^\s+([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})/.exec(after);
      if (!words) continue;
      const kept: string[] = [];
      for (const w of words[1].split(/\s+/)) {
        if (EN_STOP.has(w.toLowerCase()) || kept.length === 5) break;
        kept.push(w);
      }
      if (kept.length === 0 || TIME_UNIT.test(kept[0])) continue;
      subject = kept.join(' ');
      unit = kept[kept.length - 1];
      end += after.indexOf(subject) + subject.length;
    }
    const value = base * englishScale(g.scale?.trim());
    out.push({ value, unit, qualifier: qualifierOf(g.pre, g.plus), subject, start: g.pre ? start : numberAt, end, numberAt });
  }
  return out;
}

/** Both languages; where the two finders read the same number, the Chinese reading wins. */
export function findFigures(text: string): FoundFigure[] {
  const zh = findZhFigures(text);
  const taken = new Set(zh.map((f) => f.numberAt));
  return [...zh, ...findEnFigures(text).filter((f) => !taken.has(f.numberAt))].sort((a, b) => a.numberAt - b.numberAt);
}
