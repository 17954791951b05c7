/**
 * The review report for reading: what the text mentions that the atlas has, candidate new records, figures
 * compared with the atlas, places; each with its line and sentence.
 */
import type { Extraction } from './extract.ts';

const MAX_CELL = 160;

function cell(s: string | number | null | undefined): string {
  const t = s === null || s === undefined ? '—' : String(s);
  const short = t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
  return short.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  if (rows.length === 0) return '_none_\n';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

const VIA: Record<string, string> = { name: 'named', implied: 'implied', figure: 'figure' };

export function renderMarkdown(x: Extraction, names: Map<string, string>): string {
  const r = x.report;
  const same = r.figures.filter((f) => f.match?.status === 'same').length;
  const newer = r.figures.filter((f) => f.match?.status === 'newer').length;
  const conflicting = r.figures.filter((f) => f.match?.status === 'conflicting').length;
  const via = new Map(x.hits.map((h) => [h.id, h.via]));
  const out: string[] = [
    `# Review: ${r.source}`,
    '',
    `Text language: ${x.lang}. Atlas records mentioned: ${r.known.length}. Candidate new records: ${r.candidates.length}. ` +
      `Figures: ${r.figures.length} (${same} same as the atlas, ${newer} newer, ${conflicting} conflicting). Places: ${r.places.length}.`,
    '',
    'Lines are lines of the input file. "implied" records are not named but follow from one that is (a named',
    'transfer centre brings its corridors; a record with one partner country brings that country); "figure"',
    'records are figures the text states with the same value. Candidates are unconfirmed until a person checks them.',
    '',
    '## Atlas records mentioned',
    '',
    table(
      ['line', 'record', 'name', 'how', 'sentence'],
      r.known.map((k) => [k.line, k.id, names.get(k.id), VIA[via.get(k.id) ?? 'name'], k.text]),
    ),
    '## Candidate new records',
    '',
    table(['line', 'kind', 'name', 'country', 'sentence'], r.candidates.map((c) => [c.line, c.kind, c.name, c.country, c.text])),
    '## Figures',
    '',
    table(
      ['line', 'value', 'unit', 'qualifier', 'as of', 'subject', 'atlas', 'sentence'],
      r.figures.map((f) => [f.line, f.value, f.unit, f.qualifier, f.asOf, f.subject, f.match ? `${f.match.status}: ${f.match.id}` : null, f.text]),
    ),
    '## Places',
    '',
    table(['line', 'name', 'country', 'lon', 'lat'], r.places.map((p) => [p.line, p.name, p.country, p.lon, p.lat])),
  ];
  return out.join('\n');
}
