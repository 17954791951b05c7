/**
 * Dates in Chinese and English text, with the role they play for a figure next to them:
 *   asof     截至 2023 年底 / 截至 2023 年 6 月 / as of June 2023 / by the end of 2023
 *   since    自 2017 年以来 / since 2013 / the first year of a range
 *   rangeEnd 2011 年至 2016 年 → 2016 / between 2011 and 2016 → 2016
 *   point    2023 年 11 月，… / 9 月 10 日，… / In May 2017, …
 * Values are the atlas's fuzzy dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD". A month and day without a year
 * ("9 月 10 日", as news digests write) get their year later, from the nearest dated mention.
 */

export type DateRole = 'asof' | 'since' | 'rangeEnd' | 'point';

export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month?: number;
  day?: number;
  role: DateRole;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ZH_PART = '(?:年底|年末|年初|底|末|初|上半年|下半年|前三季度|第[一二三四1-4]季度)';

/** Alternatives, most specific first; each names its groups y (year), m (month), d / d2 (day or range end), part. */
const PATTERNS: RegExp[] = [
  /(?<y0>\d{4})\s*年?\s*[-—–~至到]\s*(?<y>\d{4})\s*年/gu,
  /(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*(?:[-—–~至到]\s*(?<d2>\d{1,2})\s*)?日/gu,
  new RegExp(`(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?<part>底|末|初|上旬|中旬|下旬)?`, 'gu'),
  new RegExp(`(?<y>\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)\\s*(?<part>${ZH_PART})?`, 'gu'),
  /(?<![\d.])(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*(?:[-—–~至到]\s*(?<d2>\d{1,2})\s*)?[日号]/gu,
  new RegExp(`\\b(?<mn>${MONTH_RE})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?,?\\s+(?<y>\\d{4})\\b`, 'gu'),
  new RegExp(`\\b(?<d>\\d{1,2})(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?\\s+(?<mn>${MONTH_RE}),?\\s+(?<y>\\d{4})\\b`, 'gu'),
  new RegExp(`\\b(?:the\\s+)?(?:(?<part>end|close|beginning|start|middle)\\s+of\\s+)?(?<mn>${MONTH_RE})\\s+(?<y>\\d{4})\\b`, 'giu'),
  /\b(?:the\s+)?(?:(?<part>end|close|beginning|start|first half|second half)\s+of\s+)?(?<y>(?:19|20)\d{2})\b(?![\s,]*(?:[A-Za-z]+\s+)?(?:people|persons|members|countries|projects|enterprises|companies|scientists|students|labs|laboratories|events|km|kilometres|kilometers|tonnes|tons|units|items|institutions)\b)/giu,
];

const EN_YEAR_CUE = /\b(?:in|by|since|as of|as at|from|to|until|till|through|during|of|early|late|mid|between|and|before|after)[\s-]*(?:the\s+)?(?:(?:end|close|beginning|start|first half|second half)\s+of\s+)?$/iu;

function partMonth(part: string | undefined, month: number | undefined): number | undefined {
  if (!part) return month;
  const p = part.toLowerCase();
  if (month !== undefined) return month; // 2023 年 6 月底 → June
  if (/底|末|end|close|下半年|second half/.test(p)) return 12;
  if (/初|beginning|start/.test(p)) return 1;
  if (/上半年|first half/.test(p)) return 6;
  if (p === '前三季度') return 9;
  const q = /第([一二三四1-4])季度/.exec(p);
  if (q) return 3 * ('一二三四'.indexOf(q[1]) + 1 || Number(q[1]));
  return undefined;
}

/** Every date mention in `text`, with its role; overlapping matches keep the first (most specific) one. */
export function findDates(text: string): DateMention[] {
  const taken: DateMention[] = [];
  const overlaps = (a: number, b: number) => taken.some((t) => a < t.end && b > t.start);
  PATTERNS.forEach((re, pi) => {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const g = m.groups ?? {};
      // A bare English year counts only after a cue word ("in 2023", "since 2013", "by the end of 2023").
      if (pi === PATTERNS.length - 1 && !g.part && !EN_YEAR_CUE.test(text.slice(Math.max(0, start - 24), start))) continue;
      const year = g.y ? Number(g.y) : null;
      if (year !== null && (year < 1900 || year > 2100)) continue;
      let month = g.m ? Number(g.m) : g.mn ? MONTHS.indexOf(g.mn.slice(0, 3).toLowerCase()) + 1 : undefined;
      month = partMonth(g.part, month);
      if (month !== undefined && (month < 1 || month > 12)) continue;
      const dayText = g.d2 ?? g.d;
      const day = dayText ? Number(dayText) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) continue;
      taken.push({ start, end, year, month, day, role: g.y0 ? 'rangeEnd' : 'point' });
    }
  });
  taken.sort((a, b) => a.start - b.start);
  assignRoles(text, taken);
  return taken;
}

const ASOF_BEFORE = /(?:截至|截止|截止到|截至到|到|至|as of|as at|by the end of|by end of|by|up to|until|till|through)\s*(?:the\s+)?$/iu;
const SINCE_BEFORE = /(?:自从|自|从|since|from|starting in|beginning in)\s*$/iu;
const SINCE_AFTER = /^\s*(?:以来|起|开始|至今)/u;
const RANGE_JOIN = /^\s*(?:至|到|[-—–~]|to|and|through|until)\s*$/iu;

function assignRoles(text: string, dates: DateMention[]): void {
  dates.forEach((d, i) => {
    if (d.role === 'rangeEnd') return;
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    const after = text.slice(d.end, d.end + 6);
    const prev = dates[i - 1];
    if (prev && prev.end <= d.start && RANGE_JOIN.test(text.slice(prev.end, d.start)) && prev.year !== null) {
      prev.role = 'since';
      d.role = 'rangeEnd';
      return;
    }
    if (ASOF_BEFORE.test(before) && !/(?:以来|起)/u.test(after)) d.role = 'asof';
    else if (SINCE_BEFORE.test(before) || SINCE_AFTER.test(after)) d.role = 'since';
  });
}

/** The fuzzy-date string of a mention whose year is known. */
export function fuzzy(year: number, month?: number, day?: number): string {
  let s = String(year);
  if (month !== undefined) s += `-${String(month).padStart(2, '0')}`;
  if (month !== undefined && day !== undefined) s += `-${String(day).padStart(2, '0')}`;
  return s;
}

/** True when `a` is later than `b` and neither is a prefix of the other ("2023-06" vs "2023" is not later). */
export function isLater(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a > b;
}

/** Two fuzzy dates say the same thing at different precision ("2019" and "2019-04-25"). */
export function datesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.startsWith(b) || b.startsWith(a);
}
