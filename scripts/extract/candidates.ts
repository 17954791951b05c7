/**
 * Candidate new entities: the Chinese and English pattern finders, minus what the atlas already has (a
 * candidate overlapping a name or alias match is that known record), one per name, with the partner
 * country: the first non-Chinese country in the name, else the only one named in the sentence.
 */
import type { Kind } from '../../src/core/vocabulary.ts';
import type { CountryMention } from './countries.ts';
import { findEnCandidates } from './entities-en.ts';
import { dropContained, findZhCandidates } from './entities-zh.ts';
import { nameKey, ordinalVariants } from './keys.ts';

/** One key for "第十五届…" and "第 15 届…", "首届…" and "第一届…". */
function canonical(key: string): string {
  const digits = ordinalVariants(key).find((v) => /第\d+[届次]/u.test(v));
  return (digits ?? key).replace('首届', '第1届');
}
import type { KnownHit } from './known.ts';
import { sentenceAt, type Sentence } from './sentences.ts';

export interface Candidate {
  kind: Kind;
  name: string;
  country: string | null;
  start: number;
  end: number;
  sentence: number;
}

/**
 * `knownKeys`: name keys of every atlas record (a candidate with one of them is known, wherever it is);
 * `foundKeys`: name keys of the records this text mentions (a candidate inside one is a shorter mention).
 */
export function findCandidates(
  text: string,
  sentences: Sentence[],
  countries: CountryMention[],
  known: KnownHit[],
  knownKeys: Set<string>,
  foundKeys: Set<string>,
): Candidate[] {
  const partners = countries.filter((c) => c.iso3 !== 'CHN');
  const hasPartner = (start: number, end: number) => partners.some((c) => c.start >= start && c.end <= end);
  const raw = dropContained([...findZhCandidates(text, hasPartner), ...findEnCandidates(text, hasPartner)]);
  const direct = known.filter((k) => k.direct);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of raw) {
    const key = canonical(nameKey(c.name));
    if (seen.has(key) || knownKeys.has(key)) continue;
    if (direct.some((k) => c.start < k.end && c.end > k.start)) continue;
    // "中加创新对话" in a text that names "首届中加创新对话": a further mention of that record.
    if ([...foundKeys].some((k) => k.includes(key))) continue;
    seen.add(key);
    const si = sentenceAt(sentences, c.start);
    const s = sentences[si];
    const inName = partners.find((p) => p.start >= c.start && p.end <= c.end);
    const inSentence = new Set(partners.filter((p) => p.start >= s.start && p.end <= s.end).map((p) => p.iso3));
    const country = inName?.iso3 ?? (inSentence.size === 1 ? [...inSentence][0] : null);
    out.push({ kind: c.kind, name: c.name, country, start: c.start, end: c.end, sentence: si });
  }
  return out;
}
