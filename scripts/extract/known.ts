/**
 * Finds the atlas's records in a text: by their names and aliases in both languages (compared as keys, see
 * keys.ts), and then by what those imply:
 *   - a transfer centre's corridors (one per partner country) come with the centre when it is named;
 *   - a partner-country record comes with a mention of the country (a name or a 中X pair), or with a record
 *     that has that single partner country (中亚药物研发中心 → Uzbekistan);
 *   - figure records come from figures that match them (see figure-match.ts), added by the caller.
 * Partner countries, corridors and figures are not matched by name: their names are not how texts say them.
 */
import { ALIASES } from './aliases.ts';
import type { AtlasRecord } from './atlas.ts';
import type { CountryMention } from './countries.ts';
import { keyText, nameKey, ordinalVariants } from './keys.ts';
import { sentenceAt, type Sentence } from './sentences.ts';

export interface KnownHit {
  id: string;
  /** Document offsets of the mention (for derived hits, of the mention they derive from). */
  start: number;
  end: number;
  /** Matched by name or alias (true) or implied by another hit (false). */
  direct: boolean;
  /** Matched only by a region in a sentence about platforms ("与东盟、南亚……共建了 5 个……平台"). */
  regional?: boolean;
}

interface Pattern {
  id: string;
  key?: string;
  re?: RegExp;
  latin: boolean;
  near?: string[];
  sentence?: RegExp;
}

const NOT_BY_NAME = new Set(['partner-country', 'transfer-corridor', 'figure']);
const NEAR_WINDOW = 300;
const MIN_KEY = { han: 3, latin: 4 };

function usable(key: string): boolean {
  const latin = /^[a-z0-9]+$/.test(key);
  return key.length >= (latin ? MIN_KEY.latin : MIN_KEY.han);
}

/** Name keys of a record: its names, the part before and inside a trailing parenthesis, ordinal variants. */
export function recordKeys(r: AtlasRecord): string[] {
  const keys = new Set<string>();
  for (const name of [r.name.zh, r.name.en]) {
    const paren = /^(.*?)\s*[（(]([^（）()]+)[）)]\s*$/u.exec(name);
    const forms = paren ? [name, paren[1], paren[2]] : [name];
    for (const f of forms) {
      const k = nameKey(f);
      if (!usable(k)) continue;
      keys.add(k);
      ordinalVariants(k).forEach((v) => keys.add(v));
    }
  }
  return [...keys];
}

/**
 * Every name key the atlas answers to, by record: names, their variants and the aliases' names. Aliases that
 * need context ("中塞联合实验室" near 塞尔维亚) count only with `contextual`, for records the text has named.
 */
export function keysById(atlas: AtlasRecord[], contextual = false): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of atlas) out.set(r.id, recordKeys(r));
  for (const a of ALIASES) if (out.has(a.id) && (contextual || !a.near)) out.get(a.id)?.push(...(a.names ?? []).map(nameKey));
  return out;
}

export function buildPatterns(atlas: AtlasRecord[]): Pattern[] {
  const ids = new Set(atlas.map((r) => r.id));
  const out: Pattern[] = [];
  for (const r of atlas) {
    if (NOT_BY_NAME.has(r.kind)) continue;
    for (const key of recordKeys(r)) out.push({ id: r.id, key, latin: /^[a-z0-9]+$/.test(key) });
  }
  for (const a of ALIASES) {
    if (!ids.has(a.id)) continue;
    for (const n of a.names ?? []) {
      const key = nameKey(n);
      if (key.length >= 3) out.push({ id: a.id, key, latin: /^[a-z0-9]+$/.test(key), near: a.near?.map(nameKey), sentence: a.sentence });
    }
    if (a.pattern) out.push({ id: a.id, re: new RegExp(a.pattern.source, 'gu'), latin: false, near: a.near?.map(nameKey), sentence: a.sentence });
  }
  return out;
}

/** Direct hits: the first mention of every record found by a name or an alias. */
export function matchNames(text: string, sentences: Sentence[], patterns: Pattern[]): KnownHit[] {
  const { key, at } = keyText(text);
  const first = new Map<string, KnownHit>();
  const accept = (p: Pattern, k: number, len: number): boolean => {
    const start = at[k];
    const end = at[k + len - 1] + 1;
    if (p.latin && (/[a-z0-9]/i.test(text[start - 1] ?? '') || /[a-z0-9]/i.test(text[end] ?? ''))) return false;
    if (p.near && !p.near.some((w) => key.slice(Math.max(0, k - NEAR_WINDOW), k + len + NEAR_WINDOW).includes(w))) return false;
    if (p.sentence && !p.sentence.test(sentences[sentenceAt(sentences, start)]?.text ?? '')) return false;
    const prev = first.get(p.id);
    // A mention by name outranks a regional one; otherwise the first mention counts.
    const regional = Boolean(p.sentence);
    if (!prev || (prev.regional && !regional) || (start < prev.start && regional === Boolean(prev.regional))) {
      first.set(p.id, { id: p.id, start, end, direct: true, ...(regional ? { regional } : {}) });
    }
    return true;
  };
  for (const p of patterns) {
    if (p.key) {
      for (let k = key.indexOf(p.key); k !== -1; k = key.indexOf(p.key, k + 1)) if (accept(p, k, p.key.length)) break;
    } else if (p.re) {
      for (const m of key.matchAll(p.re)) if (accept(p, m.index ?? 0, m[0].length)) break;
    }
  }
  return [...first.values()];
}

/** Corridors of matched centres, and partner countries named or implied. */
export function deriveHits(atlas: AtlasRecord[], direct: KnownHit[], countries: CountryMention[]): KnownHit[] {
  const byId = new Map(atlas.map((r) => [r.id, r]));
  const countryRecord = new Map<string, string>();
  for (const r of atlas) if (r.kind === 'partner-country' && r.countries.length === 1) countryRecord.set(r.countries[0], r.id);
  const out = new Map<string, KnownHit>();
  const add = (id: string, from: { start: number; end: number }) => {
    const prev = out.get(id);
    if (!prev || from.start < prev.start) out.set(id, { id, start: from.start, end: from.end, direct: false });
  };
  for (const c of countries) {
    const id = countryRecord.get(c.iso3);
    if (id) add(id, c);
  }
  for (const hit of direct) {
    const r = byId.get(hit.id);
    if (!r) continue;
    // A centre named outright brings its corridors; one only counted among regional platforms does not.
    if (r.kind === 'transfer-centre' && !hit.regional) for (const c of atlas) if (c.kind === 'transfer-corridor' && c.from === r.id) add(c.id, hit);
    if (r.countries.length === 1) {
      const id = countryRecord.get(r.countries[0]);
      if (id) add(id, hit);
    }
  }
  const directIds = new Set(direct.map((h) => h.id));
  return [...out.values()].filter((h) => !directIds.has(h.id));
}
