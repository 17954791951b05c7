/**
 * Records as a CSV table for spreadsheets, and a small RFC 4180 parser for round trips. Pure: no DOM.
 *
 * The text starts with a byte-order mark so Excel reads it as UTF-8 (without one it guesses the legacy
 * code page and garbles Chinese). Lines end with CRLF and fields are quoted per RFC 4180.
 */
import { QUALIFIER } from '../core/i18n/format.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { Figure } from '../core/record.ts';
import type { AtlasRecord } from '../core/record.ts';
import { sourceLine } from '../core/policy-texts.ts';


export const BOM = '\uFEFF';

/** Column order of the export; the header row uses these names in both languages (stable for scripts). */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'name_zh',
  'name_en',
  'summary_zh',
  'summary_en',
  'countries',
  'fields',
  'city',
  'date',
  'precision',
  'confidence',
  'longitude',
  'latitude',
  'figures',
  'sources',
] as const;

/** A plain decimal number (possibly negative): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Defuses spreadsheet formula injection (CWE-1236). Excel, LibreOffice and Google Sheets treat a cell
 * that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR can hide such a start), so a record
 * name like `=HYPERLINK(...)` would run when the file is opened. Prefixing an apostrophe makes the
 * cell plain text; the apostrophe is not displayed. Plain numbers (negative longitudes) are left alone:
 * they cannot be formulas and must stay numbers.
 */
export function defuseFormula(cell: string): string {
  if (cell === '' || PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
export function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(cells: readonly string[]): string {
  return cells.map((c) => quoteCsv(defuseFormula(c))).join(',') + '\r\n';
}


/** "more than 50 labs B&R joint labs (2024)" / "超过50家 …（2024）": qualifier, value, unit, label, date. */
export function figureText(f: Figure, lang: Lang): string {
  const q = QUALIFIER[f.qualifier ?? 'exact'][lang];
  const unit = f.unit ? f.unit[lang] : '';
  // Chinese writes the measure word right after the number ("超过50家"); English puts a space ("50 labs").
  const amount = lang === 'zh' ? `${q}${f.value}${unit}` : [`${q}${f.value}`, unit].filter(Boolean).join(' ');
  const main = `${amount} ${f.label[lang]}`;
  if (!f.asOf) return main;
  return lang === 'zh' ? `${main}（${f.asOf}）` : `${main} (${f.asOf})`;
}


function recordRow(r: AtlasRecord, lang: Lang): string[] {
  const p = r.properties;
  const point = r.geometry?.type === 'Point' ? r.geometry.coordinates : null;
  return [
    p.id,
    p.kind,
    p.name.zh,
    p.name.en,
    p.summary.zh,
    p.summary.en,
    p.countries.join(';'),
    p.fields.join(';'),
    p.city ? p.city[lang] : '',
    p.date ?? '',
    p.precision,
    p.confidence,
    point ? String(point[0]) : '',
    point ? String(point[1]) : '',
    p.figures.map((f) => figureText(f, lang)).join(' | '),
    p.sources.map((s) => sourceLine(s, lang)).join(' | '),
  ];
}

/**
 * The records as CSV: BOM, a one-cell citation row ("# Source: …"), the header row, then one row per
 * record in the given order. `lang` picks the language of the city and of the figure texts; names and
 * summaries are always given in both languages.
 */
export function recordsToCsv(records: readonly AtlasRecord[], lang: Lang, citation: string): string {
  const lead = lang === 'zh' ? '# 来源：' : '# Source: ';
  let out = BOM + row([lead + citation]) + row(CSV_COLUMNS);
  for (const r of records) out += row(recordRow(r, lang));
  return out;
}

/**
 * Parses RFC 4180 text into rows of cells (a leading BOM is dropped; CRLF, LF and lone CR all end a
 * row outside quotes; a final line break does not add an empty row). Lenient: a stray quote inside an
 * unquoted field is kept as text. Cells are returned as written, apostrophe guards included.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let inRow = false;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    rows.push(cells);
    cells = [];
    cell = '';
    inRow = false;
  };
  while (i < s.length) {
    const c = s[i];
    inRow = true;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (inRow) endRow();
  return rows;
}
