/**
 * The extractor: from a text to a review report (see report-schema.ts). Pure apart from the gazetteer it
 * reads once; no network. Both languages' patterns always run, since these texts mix scripts.
 */
import { AsOfResolver } from './asof.ts';
import type { AtlasRecord } from './atlas.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { findCountries } from './countries.ts';
import { atlasFigures, matchFigure } from './figure-match.ts';
import { findFigures } from './figures.ts';
import { buildPatterns, deriveHits, keysById, matchNames, type KnownHit } from './known.ts';
import { normalise, type Doc } from './normalise.ts';
import { findPlaces } from './places.ts';
import type { Report } from './report-schema.ts';
import { sentenceAt, splitSentences, type Sentence } from './sentences.ts';

export type Lang = 'zh' | 'en';

export interface Extraction {
  report: Report;
  lang: Lang;
  doc: Doc;
  sentences: Sentence[];
  /** Known hits with how they were found (the report keeps only id, line, text). */
  hits: (KnownHit & { via: 'name' | 'implied' | 'figure' })[];
  candidates: Candidate[];
}

const MAX_TEXT = 400;

/** The sentence, or a window of it around [start, end) when it is long (a page with no punctuation). */
export function excerpt(s: Sentence, start: number, end: number): string {
  if (s.text.length <= MAX_TEXT) return s.text;
  const mid = Math.floor((start + end) / 2);
  const a = Math.max(s.start, Math.min(mid - MAX_TEXT / 2, s.end - MAX_TEXT));
  return (a > s.start ? '…' : '') + s.text.slice(a - s.start, a - s.start + MAX_TEXT) + (a + MAX_TEXT < s.end ? '…' : '');
}

/** Where the clause after a figure ends (next comma or sentence end), at most 60 characters on. */
function clauseEnd(text: string, from: number, limit: number): number {
  const m = /[，,；;。]/u.exec(text.slice(from, Math.min(limit, from + 60)));
  return m ? from + m.index : Math.min(limit, from + 60);
}

export function detectLang(text: string): Lang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han >= latin * 0.2 ? 'zh' : 'en';
}

export function extract(raw: string, opts: { source: string; atlas: AtlasRecord[]; lang?: Lang }): Extraction {
  const doc = normalise(raw);
  const sentences = splitSentences(doc);
  const lang = opts.lang ?? detectLang(doc.text);
  const lineAt = (pos: number) => doc.lineOf[Math.min(pos, doc.lineOf.length - 1)] ?? 1;
  const at = (pos: number) => sentences[sentenceAt(sentences, pos)];

  const countries = findCountries(doc.text);
  const direct = matchNames(doc.text, sentences, buildPatterns(opts.atlas));
  const hits: Extraction['hits'] = [
    ...direct.map((h) => ({ ...h, via: 'name' as const })),
    ...deriveHits(opts.atlas, direct, countries).map((h) => ({ ...h, via: 'implied' as const })),
  ];

  const resolver = new AsOfResolver(sentences);
  const headings = new Map<number, string>();
  for (const s of sentences) if (!headings.has(s.section) && doc.paragraphs[s.paragraph]?.heading) headings.set(s.section, s.text);
  const pool = atlasFigures(opts.atlas);
  const figures: Report['figures'] = [];
  for (const f of findFigures(doc.text)) {
    if (sentences.length === 0) break;
    const si = sentenceAt(sentences, f.numberAt);
    const s = sentences[si];
    const asOf = resolver.asOf(si, f.numberAt);
    const context = `${f.subject} ${doc.text.slice(Math.max(s.start, f.start - 30), clauseEnd(doc.text, f.end, s.end))}`;
    const wide = `${s.text} ${headings.get(s.section) ?? ''}`;
    const m = matchFigure({ value: f.value, unit: f.unit, qualifier: f.qualifier, asOf, subject: f.subject, context, wide, source: opts.source }, pool);
    figures.push({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      asOf,
      subject: f.subject,
      line: lineAt(f.numberAt),
      text: excerpt(s, f.start, f.end),
      match: m ? { id: m.id, status: m.status } : null,
    });
    if (m?.status === 'same' && m.figure.kind === 'figure' && !hits.some((h) => h.id === m.id)) {
      hits.push({ id: m.id, start: f.start, end: f.end, direct: false, via: 'figure' });
    }
  }

  const knownKeys = new Set([...keysById(opts.atlas).values()].flat());
  const keysInText = keysById(opts.atlas, true);
  const foundKeys = new Set(direct.flatMap((h) => keysInText.get(h.id) ?? []));
  const candidates = sentences.length ? findCandidates(doc.text, sentences, countries, direct, knownKeys, foundKeys) : [];
  const places = sentences.length ? findPlaces(doc.text, sentences, countries) : [];

  hits.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const report: Report = {
    source: opts.source,
    known: sentences.length ? hits.map((h) => ({ id: h.id, line: lineAt(h.start), text: excerpt(at(h.start), h.start, h.end) })) : [],
    candidates: candidates.map((c) => ({ kind: c.kind, name: c.name, country: c.country, line: lineAt(c.start), text: excerpt(sentences[c.sentence], c.start, c.end) })),
    figures,
    places: places.map((p) => ({ name: p.name, country: p.country, lon: p.lon, lat: p.lat, line: lineAt(p.start) })),
  };
  return { report, lang, doc, sentences, hits, candidates };
}
