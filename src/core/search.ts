/**
 * Bilingual full-text search over the records, built once with MiniSearch (BM25).
 *
 * Chinese is written without spaces, so text is cut into tokens by script: a run of CJK characters gives its
 * character bigrams ("蒙内铁路" → 蒙内 内铁 铁路; a one-character run gives that character), and Latin or
 * other letters/digits give ordinary words, lower-cased with accents removed. Queries are tokenised the same
 * way. The last Latin word of a query (and a lone CJK character) also matches as a prefix, so "Keny" finds
 * Kenya; Latin words of five letters or more tolerate a typo. All terms must match (AND); when that finds
 * nothing, any term may match (OR).
 *
 * Field weights: name (zh, en) ≫ city, partner countries ≫ institutions, kind label ≫ summary. Transfer
 * corridors (one per centre and partner country, named after both) weigh a little less than the records
 * they link, so "技术转移" or "Serbia" shows the centre or the lab before the dozens of corridors.
 */
import MiniSearch from 'minisearch';
import { KIND_LABELS } from './i18n/strings.ts';
import countryTable from './countries.json';
import type { Kind } from './vocabulary.ts';
import type { AtlasRecord } from './record.ts';

export interface SearchHit {
  id: string;
  kind: Kind;
  name: { zh: string; en: string };
  countries: string[];
  score: number;
}

const COUNTRY_NAMES = countryTable as Record<string, { zh: string; en: string }>;

/** Han ideographs (with extensions and compatibility forms), kana and hangul: scripts written without spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A run of CJK characters, or a run of other letters/digits (a word). */
const TOKEN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}\p{M}]+/gu;

/** Splits mixed zh/en text into CJK bigrams (or single characters) and lower-cased, accent-free words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(TOKEN_RUN)) {
    const run = m[0];
    if (CJK.test(run)) {
      const chars = Array.from(run);
      if (chars.length === 1) out.push(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    } else {
      const word = run.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      if (word) out.push(word);
    }
  }
  return out;
}

const isCjk = (term: string) => CJK.test(term);

const BOOST = {
  nameZh: 6,
  nameEn: 6,
  cityZh: 2,
  cityEn: 2,
  countriesZh: 2,
  countriesEn: 2,
  institutions: 1.5,
  kindZh: 1.5,
  kindEn: 1.5,
  summaryZh: 0.5,
  summaryEn: 0.5,
} as const;
type SearchField = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as SearchField[];

/** Per-kind weight of a whole record (1 unless listed). */
const KIND_WEIGHT: Partial<Record<Kind, number>> = { 'transfer-corridor': 0.85 };

type Doc = { id: string } & Record<SearchField, string>;

function toDoc(r: AtlasRecord): Doc {
  const p = r.properties;
  const names = p.countries.map((c) => COUNTRY_NAMES[c]).filter(Boolean);
  return {
    id: p.id,
    nameZh: p.name.zh,
    nameEn: p.name.en,
    cityZh: p.city?.zh ?? '',
    cityEn: p.city?.en ?? '',
    countriesZh: names.map((n) => n.zh).join(' '),
    countriesEn: names.map((n) => n.en).join(' '),
    institutions: p.institutions.map((i) => `${i.name.zh} ${i.name.en}`).join(' '),
    kindZh: KIND_LABELS[p.kind].zh,
    kindEn: KIND_LABELS[p.kind].en,
    summaryZh: p.summary.zh,
    summaryEn: p.summary.en,
  };
}

/** Builds the index once; the returned function answers queries, best first (at most `limit`, default 20). */
export function createSearch(records: readonly AtlasRecord[]): (query: string, limit?: number) => SearchHit[] {
  const byId = new Map<string, AtlasRecord>();
  for (const r of records) if (!byId.has(r.properties.id)) byId.set(r.properties.id, r);

  const index = new MiniSearch<Doc>({
    fields: FIELDS,
    idField: 'id',
    tokenize,
    processTerm: (term) => term,
  });
  index.addAll([...byId.values()].map(toDoc));

  const options = {
    boost: BOOST,
    boostDocument: (id: unknown) => KIND_WEIGHT[byId.get(String(id))?.properties.kind ?? 'figure'] ?? 1,
    // The last Latin word may be unfinished ("Keny"); a lone CJK character matches the bigrams it starts.
    prefix: (term: string, i: number, terms: string[]) => (isCjk(term) ? term.length === 1 : i === terms.length - 1),
    // One typo in a Latin word of 5–9 letters, two from 10 letters.
    fuzzy: (term: string) => (!isCjk(term) && /^\p{L}+$/u.test(term) && term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  };

  return (query: string, limit = 20): SearchHit[] => {
    if (typeof query !== 'string') return [];
    const q = query.slice(0, 200);
    if (!tokenize(q).length || limit <= 0) return [];
    let results = index.search(q, { ...options, combineWith: 'AND' });
    if (!results.length) results = index.search(q, { ...options, combineWith: 'OR' });
    const hits: SearchHit[] = [];
    for (const res of results) {
      const r = byId.get(String(res.id));
      if (!r) continue;
      const p = r.properties;
      hits.push({ id: p.id, kind: p.kind, name: { zh: p.name.zh, en: p.name.en }, countries: [...p.countries], score: res.score });
      if (hits.length >= limit) break;
    }
    return hits;
  };
}
