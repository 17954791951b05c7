/**
 * Matches a figure found in a text against the atlas's figures: same unit, a subject that overlaps the atlas
 * figure's label (and its record's name), a value within a factor of ten. Then:
 *   same         the value and qualifier agree;
 *   newer        they differ and the text's as-of date is later than the atlas's;
 *   conflicting  they differ otherwise (the atlas keeps conflicting figures side by side, see data/README).
 * No match when nothing in the atlas counts the same thing.
 */
import type { AtlasRecord } from './atlas.ts';
import { datesAgree, isLater } from './dates.ts';
import type { Qualifier } from './qualifiers.ts';

export type MatchStatus = 'same' | 'newer' | 'conflicting';

export interface AtlasFigure {
  id: string;
  kind: string;
  value: number;
  qualifier: Qualifier;
  unitZh: string;
  unitEn: string;
  asOf: string | null;
  zhWords: Set<string>;
  enWords: Set<string>;
  /** Words of the record's name: "第二届中俄创新对话" for its "近百位代表". */
  zhName: Set<string>;
  enName: Set<string>;
  /** The label's head: its last two Chinese characters, or its last English word (stemmed). */
  zhHead: string;
  enHead: string;
  /** The text the atlas took the figure from: a seed's file name, or its page's URL. */
  source: string;
}

export interface FigureQuery {
  /** What the text counts: the noun phrase after the unit, or the clause before the number. */
  subject: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  asOf: string | null;
  /** The subject plus the clause around the number. */
  context: string;
  /** The whole sentence and the heading of its section: enough to confirm a figure of the same value. */
  wide: string;
  /** The text being read (its file name), to recognise figures the atlas took from this very text. */
  source?: string;
}

/** Below this share of the label's bigrams (zh) or stems (en) found in the context, a figure is unrelated. */
export const MIN_OVERLAP = 0.5;

const EN_STOP = new Set('the of and in to for with by from on at a an its their that which as is are was were has have had been than more over about nearly set up built'.split(' '));
const SYNONYM: Record<string, string> = { laboratory: 'lab', laboratorie: 'lab', center: 'centre', people: 'person', persons: 'person', representative: 'delegate', participant: 'person', nation: 'country', countrie: 'country', institution: 'institution', member: 'institution', platform: 'platform' };

function stem(w: string): string {
  let s = w.toLowerCase().replace(/[^a-z]/g, '');
  s = s.replace(/ies$/, 'y').replace(/s$/, '');
  return SYNONYM[s] ?? s;
}

function zhBigrams(s: string): Set<string> {
  const han = s.replace(/[^\p{Script=Han}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

function enStems(s: string): Set<string> {
  return new Set(s.split(/[^A-Za-z&-]+/).filter((w) => w && !EN_STOP.has(w.toLowerCase())).map(stem).filter((w) => w.length > 1));
}

/** Share of `label` found in `context`. */
function overlap(context: Set<string>, label: Set<string>): number {
  if (label.size === 0) return 0;
  let n = 0;
  for (const x of label) if (context.has(x)) n++;
  return n / label.size;
}

export function atlasFigures(atlas: AtlasRecord[]): AtlasFigure[] {
  const out: AtlasFigure[] = [];
  for (const r of atlas) {
    for (const f of r.figures) {
      out.push({
        id: r.id,
        kind: r.kind,
        value: f.value,
        qualifier: f.qualifier ?? 'exact',
        unitZh: f.unit?.zh ?? '',
        unitEn: f.unit?.en ?? '',
        asOf: f.asOf ?? null,
        zhWords: zhBigrams(f.label.zh),
        enWords: enStems(f.label.en),
        zhName: zhBigrams(r.name.zh),
        enName: enStems(r.name.en),
        zhHead: f.label.zh.replace(/[^\p{Script=Han}]/gu, '').slice(-2),
        enHead: stem(f.label.en.split(/\s+/).pop() ?? ''),
        source: r.sources[f.source]?.seed ?? r.sources[f.source]?.url ?? '',
      });
    }
  }
  return out;
}

function unitsAgree(q: FigureQuery, f: AtlasFigure): boolean {
  if (/\p{Script=Han}/u.test(q.unit)) return !f.unitZh || f.unitZh[0] === q.unit[0];
  if (!f.unitEn || !q.unit) return true;
  return stem(q.unit.split(/\s+/).pop() ?? '') === stem(f.unitEn.split(/[\s,]+/)[0]);
}

export function matchFigure(q: FigureQuery, figures: AtlasFigure[]): { id: string; status: MatchStatus; figure: AtlasFigure } | null {
  const zh = /\p{Script=Han}/u.test(q.context);
  const words = zh ? zhBigrams : enStems;
  const narrow = words(q.context);
  const wide = words(q.wide);
  const label = (f: AtlasFigure) => (zh ? f.zhWords : f.enWords);
  const name = (f: AtlasFigure) => (zh ? f.zhName : f.enName);
  const comparable = figures.filter((f) => unitsAgree(q, f) && Math.max(q.value, f.value) / Math.max(1e-9, Math.min(q.value, f.value)) <= 10);
  const rank = (a: { f: AtlasFigure; score: number }, b: { f: AtlasFigure; score: number }) =>
    b.score - a.score || Number(datesAgree(b.f.asOf, q.asOf)) - Number(datesAgree(a.f.asOf, q.asOf)) || (b.f.asOf ?? '').localeCompare(a.f.asOf ?? '');
  // The same value and qualifier: the sentence or its section may name the subject (the event, the record).
  const same = comparable
    .filter((f) => f.value === q.value && f.qualifier === q.qualifier)
    .map((f) => ({ f, parts: [overlap(narrow, label(f)), overlap(wide, label(f)), overlap(wide, name(f))] }))
    .filter((x) => Math.max(...x.parts) >= MIN_OVERLAP)
    // The clause's own words count most, then the sentence's, then the record's name in the section.
    .map(({ f, parts }) => ({ f, score: 4 * parts[0] + 2 * parts[1] + parts[2] }))
    .sort(rank);
  // The atlas often holds one figure several times, once per source (53 joint labs, from three articles and a
  // university page), with labels close enough that the scores nearly tie. Reading a text the atlas cites, the
  // figure it took from this text is the one restated, if it counts the same thing at all.
  const own = q.source ? same.filter((x) => x.f.source === q.source) : [];
  const top = own[0] ?? same[0];
  if (top) return { id: top.f.id, status: 'same', figure: top.f };
  // A different value is a claim about the same thing only when the clause itself says what is counted and
  // the figure's subject ends like the atlas label ("…青年科学家" vs "来华科研的青年科学家").
  const heads = (f: AtlasFigure) => (zh ? q.subject.includes(f.zhHead) : enStems(q.subject).has(f.enHead));
  const scored = comparable
    .filter(heads)
    .map((f) => ({ f, score: overlap(narrow, label(f)) }))
    .filter((x) => x.score >= MIN_OVERLAP);
  if (scored.length === 0) return null;
  const best = scored.sort(rank)[0].f;
  const status: MatchStatus = q.asOf && best.asOf && isLater(q.asOf, best.asOf) ? 'newer' : 'conflicting';
  return { id: best.id, status, figure: best };
}
