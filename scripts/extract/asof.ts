/**
 * The as-of date of a figure, from the text around it, in this order:
 *   1. an as-of date in the same sentence (截至 2023 年底, as of June 2023, by October 2020);
 *   2. the end of a period in the sentence (2011 年至 2016 年 → 2016);
 *   3. a plain date in the same clause, or opening the sentence ("2023 年 11 月，…", "In 2023, …"), unless
 *      "目前 / so far / currently" stands between it and the figure;
 *   4. the dateline of the news item the sentence belongs to ("10 月 16 日，… 举行。… 近百位代表 …");
 *   5. otherwise none: the text gives no date, and the report says null rather than guess.
 */
import { findDates, fuzzy, type DateMention } from './dates.ts';
import type { Sentence } from './sentences.ts';

interface Located extends DateMention {
  sentence: number;
  section: number;
}

const CLAUSE_BREAK = /[，,：:；;]|——/gu;
const NOW_WORDS = /目前|现已|至今|迄今|如今|当前|currently|so far|to date|now\b|today/iu;
const LEAD = /^(?:\d{1,2}\s*[.、)）]\s*|On\s+|In\s+)?$/u;

export class AsOfResolver {
  private readonly bySentence: Located[][];
  private readonly withYear: Located[];
  private readonly dateline = new Map<number, { sentence: number; value: string }>();

  constructor(private readonly sentences: Sentence[]) {
    this.bySentence = sentences.map((s, i) =>
      findDates(s.text).map((d) => ({ ...d, start: s.start + d.start, end: s.start + d.end, sentence: i, section: s.section })),
    );
    this.withYear = this.bySentence.flat().filter((d) => d.year !== null);
    sentences.forEach((s, i) => {
      if (this.dateline.has(s.section)) return;
      const first = this.bySentence[i][0];
      if (!first || first.day === undefined || first.role !== 'point') return;
      if (!LEAD.test(s.text.slice(0, first.start - s.start))) return;
      const value = this.valueOf(first);
      if (value) this.dateline.set(s.section, { sentence: i, value });
    });
  }

  /** A mention's fuzzy date; a month-day without a year takes the year of the nearest dated mention. */
  valueOf(d: Located): string | null {
    if (d.year !== null) return fuzzy(d.year, d.month, d.day);
    let best: Located | undefined;
    let bestScore = Infinity;
    for (const o of this.withYear) {
      // Same section first (a digest item's source line carries the year), then a full date over a bare
      // year or a period's end ("2019-2024 年" in an item about a 2018 dialogue), then distance.
      const score = (o.section === d.section ? 0 : 1e9) + (o.month !== undefined && o.role !== 'rangeEnd' ? 0 : 1e8) + Math.abs(o.start - d.start);
      if (score < bestScore) {
        bestScore = score;
        best = o;
      }
    }
    return best?.year ? fuzzy(best.year, d.month, d.day) : null;
  }

  /** The as-of date for a figure at document offset `pos` in sentence `si`, or null. */
  asOf(si: number, pos: number): string | null {
    const s = this.sentences[si];
    const dates = this.bySentence[si];
    const nearest = (list: Located[]) =>
      [...list].sort((a, b) => Number(a.start > pos) - Number(b.start > pos) || Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
    const asof = dates.filter((d) => d.role === 'asof');
    if (asof.length) return this.valueOf(nearest(asof));
    const ends = dates.filter((d) => d.role === 'rangeEnd');
    if (ends.length) return this.valueOf(nearest(ends));
    const [clauseStart, clauseEnd] = clauseAround(s, pos);
    const points = dates.filter((d) => d.role === 'point' && ((d.start >= clauseStart && d.end <= clauseEnd) || d.start - s.start <= 3));
    for (const d of points.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))) {
      const between = d.start < pos ? s.text.slice(d.end - s.start, pos - s.start) : s.text.slice(pos - s.start, d.start - s.start);
      if (!NOW_WORDS.test(between)) return this.valueOf(d);
    }
    const line = this.dateline.get(s.section);
    if (line && line.sentence <= si) return line.value;
    return null;
  }
}

/** Document offsets of the clause (between commas, colons, semicolons) holding `pos`. */
function clauseAround(s: Sentence, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + (m.index ?? 0);
    if (at < pos) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}
