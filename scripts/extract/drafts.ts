/**
 * Candidate records in the dataset's own draft format (data/README.md, "Adding a record"), for a person to
 * check, translate and move into data/records/. Every draft is validated with the atlas's schema and says
 * plainly that it is inferred: confidence "inferred" and a summary that says so in both languages (which
 * data:check demands). The text is the source, with the line as its locator.
 */
import * as v from 'valibot';
import { Properties, type Source } from '../../src/core/record.ts';
import { type Kind } from '../../src/core/vocabulary.ts';
import type { Candidate } from './candidates.ts';
import { countryNameZh } from './countries.ts';
import type { Lang } from './extract.ts';
import { nameKey } from './keys.ts';

export interface SourceInfo {
  /** A seed file name (000_….txt) when the text is a seed. */
  seed?: string;
  url?: string;
  title: string;
  publisher?: string;
  date?: string;
}

const PREFIX: Partial<Record<Kind, string>> = {
  'joint-lab': 'lab', 'transfer-centre': 'ttc', park: 'park', 'demo-centre': 'demo', organisation: 'org', event: 'event', agreement: 'agreement', programme: 'programme',
};
const KIND_ZH: Partial<Record<Kind, string>> = {
  'joint-lab': '联合实验室', 'transfer-centre': '技术转移中心', park: '园区', 'demo-centre': '示范中心', organisation: '机构', event: '活动', agreement: '协议', programme: '计划',
};
const POINT = new Set<Kind>(['joint-lab', 'park', 'demo-centre', 'transfer-centre', 'organisation', 'event', 'agreement']);

/** FNV-1a of the name: a short stable suffix that keeps ids apart without reading Chinese. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export interface Draft {
  [key: string]: unknown;
}

export function draftFor(c: Candidate, line: number, lang: Lang, src: SourceInfo): Draft {
  const prefix = PREFIX[c.kind] ?? 'candidate';
  const id = `${prefix}-${c.country ? `${c.country.toLowerCase()}-` : ''}${hash(nameKey(c.name))}`;
  const country = c.country ? (countryNameZh(c.country) ?? c.country) : null;
  const source: Source = src.seed
    ? { seed: src.seed, title: src.title, locator: `line ${line}` }
    : { url: src.url, title: src.title, ...(src.publisher ? { publisher: src.publisher } : {}), ...(src.date ? { date: src.date } : {}), locator: `line ${line}` };
  const props = {
    id,
    kind: c.kind,
    // The other language is left for a person to write; "[translate]" marks it.
    name: lang === 'zh' ? { zh: c.name, en: `[translate] ${c.name}` } : { zh: `[translate] ${c.name}`, en: c.name },
    summary: {
      zh: `候选记录：文本第 ${line} 行提到的${KIND_ZH[c.kind] ?? '记录'}${country ? `（合作国：${country}）` : ''}。由抽取工具推断，待人工核实后再写摘要。`,
      en: `Candidate record (${c.kind}) named on line ${line} of the text${c.country ? `, partner ${c.country}` : ''}. Inferred by the extractor; to be checked and summarised by a person.`,
    },
    countries: c.country && c.country !== 'CHN' ? [c.country] : [],
    precision: POINT.has(c.kind) && c.country ? 'country' : 'region',
    sources: [source],
    confidence: 'inferred',
  };
  const parsed = v.safeParse(Properties, props);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`draft ${id} is not schema-valid: ${(issue.path ?? []).map((p) => String(p.key)).join('.')}: ${issue.message}`);
  }
  // A point kind with a known country is placed at the country point until someone finds the city.
  return POINT.has(c.kind) && c.country ? { ...parsed.output, place: { country: c.country } } : parsed.output;
}
