/**
 * Readers never see plumbing: the texts a reader sees (names, summaries, cities, institution names, figure
 * labels and units) do not speak of "the seed", seed file numbers or record ids. Sources and locators are
 * provenance, not reader text, and are not checked.
 */
import type { AtlasRecord } from '../src/core/record.ts';
import type { Problem } from './problem.ts';

const PLUMBING: [RegExp, string][] = [
  [/\b(?:the|a|this|that|same) seeds?\b|\bseeds? \d{3}\b|\bseed texts?\b/iu, 'speaks of the seed'],
  [/种子/u, 'speaks of the seed (种子)'],
  [/\b\d{3}_[0-9a-f]{16}\.txt\b|\.json\b/u, 'names a file'],
  [/\b(?:fig|programme|corridor|ttc|org|lab|park|demo|country|event|agreement|flagship)-[a-z0-9]+-[a-z0-9-]+\b/u, 'names a record id'],
];

export function checkReaderText(records: AtlasRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const p = r.properties;
    const texts: [string, { zh: string; en: string } | undefined][] = [
      ['properties.name', p.name],
      ['properties.summary', p.summary],
      ['properties.city', p.city],
      ...p.institutions.map((inst, i) => [`properties.institutions.${i}.name`, inst.name] as [string, { zh: string; en: string }]),
      ...p.figures.flatMap((f, i) => [
        [`properties.figures.${i}.label`, f.label],
        [`properties.figures.${i}.unit`, f.unit],
      ] as [string, { zh: string; en: string } | undefined][]),
    ];
    for (const [field, b] of texts) {
      if (!b) continue;
      for (const lang of ['zh', 'en'] as const) {
        for (const [re, what] of PLUMBING) {
          const m = b[lang].match(re);
          if (m) problems.push({ check: 'reader-text', id: p.id, field: `${field}.${lang}`, message: `${what}: "${m[0]}"` });
        }
      }
    }
  }
  return problems;
}
