/**
 * Downloads: CSV round-trips through an RFC 4180 parser (BOM, CRLF, quoting, formula guards) and the
 * GeoJSON export re-validates cleanly with every record and the citation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/record.ts';
import { parseDataset } from '../../src/core/validate.ts';
import { type AtlasRecord } from '../../src/core/record.ts';
import { BOM, CSV_COLUMNS, defuseFormula, figureText, parseCsv, quoteCsv, recordsToCsv } from '../../src/export/csv.ts';
import { citationLine, recordsToGeoJson } from '../../src/export/geojson.ts';
import { citedSource, readerSource } from '../../src/core/policy-texts.ts';

const records = parseDataset(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8')).records;
const N = records.length;
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
const day = new Date(2026, 10, 20, 12, 0, 0);
const citation = citationLine('en', day, 'https://example.org/atlas/');
const byId = (id: string) => records.find((r) => r.properties.id === id)!;

/** A copy of a real lab record with some texts replaced. */
function labWith(texts: { nameZh?: string; nameEn?: string; summaryZh?: string; summaryEn?: string }): AtlasRecord {
  const r = structuredClone(byId('lab-china-serbia-drug-discovery'));
  const p = r.properties;
  p.name = { zh: texts.nameZh ?? p.name.zh, en: texts.nameEn ?? p.name.en };
  p.summary = { zh: texts.summaryZh ?? p.summary.zh, en: texts.summaryEn ?? p.summary.en };
  return r;
}

describe('CSV export of the real dataset round-trips through parseCsv', () => {
  it.each(['zh', 'en'] as const)('%s', (lang) => {
    const text = recordsToCsv(records, lang, citationLine(lang, day));
    const rows = parseCsv(text);
    expect(rows).toHaveLength(N + 2);
    expect(rows[0]).toEqual([(lang === 'zh' ? '# 来源：' : '# Source: ') + citationLine(lang, day)]);
    expect(rows[1]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(2);
    for (const row of body) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(body.map((r) => r[col('id')])).toEqual(records.map((r) => r.properties.id));
    expect(body.map((r) => r[col('name_zh')])).toEqual(records.map((r) => r.properties.name.zh));
    expect(body.map((r) => r[col('name_en')])).toEqual(records.map((r) => r.properties.name.en));
    expect(body.map((r) => r[col('summary_zh')])).toEqual(records.map((r) => r.properties.summary.zh));
    expect(body.map((r) => r[col('summary_en')])).toEqual(records.map((r) => r.properties.summary.en));
    expect(body.map((r) => r[col('kind')])).toEqual(records.map((r) => r.properties.kind));
    expect(body.map((r) => r[col('countries')])).toEqual(records.map((r) => r.properties.countries.join(';')));
  });

  it('starts with a BOM, which parseCsv strips', () => {
    const text = recordsToCsv(records, 'zh', citation);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith(BOM + '"# 来源：')).toBe(true);
    expect(parseCsv(text)[0][0].charCodeAt(0)).toBe('#'.charCodeAt(0));
  });

  it('ends every line with CRLF (and has no bare LF or CR)', () => {
    const text = recordsToCsv(records, 'en', citation);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(N + 3);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives coordinates for points only, unguarded even when negative', () => {
    const rows = new Map(parseCsv(recordsToCsv(records, 'en', citation)).slice(2).map((r) => [r[0], r]));
    expect(rows.get('country-bra')!.slice(col('longitude'), col('latitude') + 1)).toEqual(['-49.0404', '-12.6381']);
    expect(rows.get('ttc-china-asean')!.slice(col('longitude'), col('latitude') + 1)).toEqual(['108.3167', '22.8167']);
    expect(rows.get('flagship-cpec')!.slice(col('longitude'), col('latitude') + 1)).toEqual(['', '']);
    expect(rows.get('fig-joint-labs-53-2024-pujiang')!.slice(col('longitude'), col('latitude') + 1)).toEqual(['', '']);
  });

  it('writes figures with qualifier, unit, label and date in the chosen language', () => {
    const en = new Map(parseCsv(recordsToCsv(records, 'en', citation)).slice(2).map((r) => [r[0], r]));
    const zh = new Map(parseCsv(recordsToCsv(records, 'zh', citation)).slice(2).map((r) => [r[0], r]));
    expect(en.get('ttc-china-asean')![col('figures')].split(' | ')).toHaveLength(5);
    expect(en.get('ttc-china-asean')![col('figures')]).toContain('more than 1900 projects projects matched (2019)');
    expect(en.get('org-anso')![col('figures')]).toBe(byId('org-anso').properties.figures.map((f) => figureText(f, 'en')).join(' | '));
    expect(en.get('org-anso')![col('figures')].split(' | ')[0]).toMatch(/^67 .*ANSO member institutions \(2024\)$/);
    expect(zh.get('fig-joint-labs-50-2024')![col('figures')]).toMatch(/^超过50.*（2024）$/);
    expect(en.get('country-bra')![col('figures')]).toBe('');
    expect(en.get('ttc-china-asean')![col('city')]).toBe(byId('ttc-china-asean').properties.city!.en);
    expect(zh.get('ttc-china-asean')![col('city')]).toBe(byId('ttc-china-asean').properties.city!.zh);
  });

  it('lists every source with its title and its url, never a stored file name', () => {
    const rows = new Map(parseCsv(recordsToCsv(records, 'en', citation)).slice(2).map((r) => [r[0], r]));
    for (const r of records) {
      const cell = rows.get(r.properties.id)![col('sources')];
      expect(cell.split(' | ')).toHaveLength(r.properties.sources.length);
      for (const s of r.properties.sources) {
        expect(cell).toContain(s.title);
        if (s.url) expect(cell).toContain(s.url);
        if (s.seed) expect(cell).not.toContain(s.seed);
      }
    }
  });
});

describe('CSV escaping (RFC 4180)', () => {
  it.each([
    { title: 'comma', value: 'Joint lab, Belgrade', raw: '"Joint lab, Belgrade"' },
    { title: 'double quotes', value: 'The "Twin Parks" model', raw: '"The ""Twin Parks"" model"' },
    { title: 'CRLF inside a cell', value: 'line one\r\nline two', raw: '"line one\r\nline two"' },
    { title: 'LF inside a cell', value: 'line one\nline two', raw: '"line one\nline two"' },
    { title: 'lone CR inside a cell', value: 'line one\rline two', raw: '"line one\rline two"' },
    { title: 'Chinese punctuation needs no quoting', value: '中国（上海），“联合”、实验室', raw: ',中国（上海），“联合”、实验室,' },
    { title: 'quote and comma together', value: '"a", "b"', raw: '"""a"", ""b"""' },
    { title: 'only a quote', value: '"', raw: '""""' },
  ])('$title', ({ value, raw }) => {
    const recs = [labWith({ nameEn: value, nameZh: value, summaryZh: value, summaryEn: `${value} / ${value}` })];
    for (const lang of ['zh', 'en'] as const) {
      const text = recordsToCsv(recs, lang, citation);
      expect(text).toContain(raw);
      const rows = parseCsv(text);
      expect(rows).toHaveLength(3);
      expect(rows[2]).toHaveLength(CSV_COLUMNS.length);
      expect(rows[2][col('name_en')]).toBe(value);
      expect(rows[2][col('name_zh')]).toBe(value);
      expect(rows[2][col('summary_zh')]).toBe(value);
      expect(rows[2][col('summary_en')]).toBe(`${value} / ${value}`);
      expect(rows[2][col('id')]).toBe('lab-china-serbia-drug-discovery');
    }
  });

  it.each([
    { cell: 'plain', quoted: 'plain' },
    { cell: '', quoted: '' },
    { cell: 'a,b', quoted: '"a,b"' },
    { cell: 'say "x"', quoted: '"say ""x"""' },
    { cell: '创新，合作', quoted: '创新，合作' },
  ])('quoteCsv($cell)', ({ cell, quoted }) => {
    expect(quoteCsv(cell)).toBe(quoted);
  });
});

describe('spreadsheet formula injection is defused', () => {
  it.each([
    { value: '=HYPERLINK("http://evil.example","click")', cell: `'=HYPERLINK("http://evil.example","click")` },
    { value: '+1+1', cell: "'+1+1" },
    { value: '-1+cmd|calc', cell: "'-1+cmd|calc" },
    { value: '@SUM(A1:A9)', cell: "'@SUM(A1:A9)" },
    { value: '\t=1+1', cell: "'\t=1+1" },
    { value: '\r=1+1', cell: "'\r=1+1" },
    { value: '=1,2', cell: "'=1,2" },
    { value: 'a=b+c', cell: 'a=b+c' },
    { value: '-12.5', cell: '-12.5' },
    { value: '中国=合作', cell: '中国=合作' },
  ])('$value', ({ value, cell }) => {
    expect(defuseFormula(value)).toBe(cell);
    const rows = parseCsv(recordsToCsv([labWith({ nameEn: value })], 'en', citation));
    expect(rows[2][col('name_en')]).toBe(cell);
    expect(rows[2]).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('parseCsv', () => {
  it.each([
    { title: 'LF line ends', text: 'a,b\nc,d\n', rows: [['a', 'b'], ['c', 'd']] },
    { title: 'no final line break', text: 'a,b\r\nc,d', rows: [['a', 'b'], ['c', 'd']] },
    { title: 'empty cells', text: ',,\r\n', rows: [['', '', '']] },
    { title: 'empty quoted cell alone', text: '""', rows: [['']] },
    { title: 'BOM stripped', text: '\uFEFFx\r\n', rows: [['x']] },
    { title: 'empty text', text: '', rows: [] },
    { title: 'blank line', text: 'a\r\n\r\nb\r\n', rows: [['a'], [''], ['b']] },
  ])('$title', ({ text, rows }) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('GeoJSON export', () => {
  const text = recordsToGeoJson(records, citation, SCHEMA_VERSION, 'en');
  const withoutSources = (r: AtlasRecord) => ({ ...r, properties: { ...r.properties, sources: [] } });

  it('re-validates with zero errors and keeps every record but how its sources are cited', () => {
    const ds = parseDataset(text);
    expect(ds.errors).toEqual([]);
    expect(ds.records).toHaveLength(N);
    expect(ds.records.map(withoutSources)).toEqual(records.map(withoutSources));
    expect(ds.records.map((r) => r.properties.sources.length)).toEqual(records.map((r) => r.properties.sources.length));
  });

  it.each(['en', 'zh'] as const)('in %s, sources read back as a reader saw them, and a re-export is the same file', (lang) => {
    const out = recordsToGeoJson(records, citation, SCHEMA_VERSION, lang);
    const back = parseDataset(out);
    expect(back.errors).toEqual([]);
    for (const [i, r] of back.records.entries()) {
      for (const [j, s] of r.properties.sources.entries()) {
        expect(s, r.properties.id).not.toHaveProperty('seed');
        expect(readerSource(s, lang), r.properties.id).toEqual(readerSource(records[i].properties.sources[j], lang));
      }
    }
    expect(recordsToGeoJson(back.records, citation, SCHEMA_VERSION, lang)).toBe(out);
  });

  it.each([
    { title: 'a policy text in English: title, English title, English publisher, date', lang: 'en' as const, s: { seed: '000_26503aa09e2debff.txt', title: '以共建联合实验室推进“一带一路”科技合作', locator: '第 2 段' },
      want: { title: '以共建联合实验室推进“一带一路”科技合作', titleEn: 'Advancing Belt and Road S&T cooperation by building joint laboratories together', publisher: 'Pujiang Innovation Forum 2024, bulletin no. 15', date: '2024', locator: '第 2 段' } },
    { title: 'the same text in Chinese: the Chinese publisher', lang: 'zh' as const, s: { seed: '000_26503aa09e2debff.txt', title: '以共建联合实验室推进“一带一路”科技合作' },
      want: { title: '以共建联合实验室推进“一带一路”科技合作', titleEn: 'Advancing Belt and Road S&T cooperation by building joint laboratories together', publisher: '2024 浦江创新论坛专报之十五', date: '2024' } },
    { title: 'a text the atlas knows no publisher of: title and English title only', lang: 'en' as const, s: { seed: '001_623cb183ae81130a.txt', title: '深化“一带一路”科技创新合作' },
      want: { title: '深化“一带一路”科技创新合作', titleEn: 'Deepening Belt and Road S&T innovation cooperation' } },
    { title: 'a page: as it is', lang: 'zh' as const, s: { url: 'https://example.org/a', title: 'A page', publisher: 'Xinhua', date: '2023-05' },
      want: { url: 'https://example.org/a', title: 'A page', publisher: 'Xinhua', date: '2023-05' } },
  ])('cites $title', ({ s, lang, want }) => {
    expect(citedSource(s, lang)).toEqual(want);
  });

  it('carries the citation and schema version as top-level members', () => {
    const json = JSON.parse(text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.citation).toBe(citation);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(json)).toEqual(['type', 'schemaVersion', 'citation', 'features']);
  });

  it('is pretty-printed like data/atlas.geojson', () => {
    expect(text.startsWith('{\n  "type": "FeatureCollection",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('exports a filtered subset as it is', () => {
    const some = records.filter((r) => r.properties.kind === 'joint-lab');
    const ds = parseDataset(recordsToGeoJson(some, citation, SCHEMA_VERSION, 'en'));
    expect(ds.errors).toEqual([]);
    expect(ds.records.map((r) => r.properties.id)).toEqual(some.map((r) => r.properties.id));
  });

  it('an empty selection is still a valid collection', () => {
    expect(parseDataset(recordsToGeoJson([], citation, SCHEMA_VERSION, 'en'))).toEqual({ records: [], errors: [] });
  });
});

describe('citationLine', () => {
  it.each([
    {
      lang: 'en' as const,
      url: 'https://example.org/atlas/',
      want: 'Innovation Road Atlas (创新之路图谱), data CC BY 4.0, compiled from the cited sources; downloaded 2026-11-20 from https://example.org/atlas/',
    },
    { lang: 'en' as const, url: undefined, want: 'Innovation Road Atlas (创新之路图谱), data CC BY 4.0, compiled from the cited sources; downloaded 2026-11-20' },
    {
      lang: 'zh' as const,
      url: 'https://example.org/atlas/',
      want: '创新之路图谱（Innovation Road Atlas），数据采用 CC BY 4.0 许可，据所引来源整理；2026-11-20 下载自 https://example.org/atlas/',
    },
    { lang: 'zh' as const, url: undefined, want: '创新之路图谱（Innovation Road Atlas），数据采用 CC BY 4.0 许可，据所引来源整理；2026-11-20 下载' },
  ])('$lang, url $url', ({ lang, url, want }) => {
    expect(citationLine(lang, day, url)).toBe(want);
  });

  it('pads month and day', () => {
    expect(citationLine('en', new Date(2027, 0, 5))).toContain('downloaded 2027-01-05');
  });
});

// eslint.config.js restricts rendering imports only in src/core, src/state and src/basemap; this keeps the
// story and export modules in the pure core too.
describe('src/story and src/export stay pure (no rendering libraries)', () => {
  const files = ['../../src/story/schema.ts', '../../src/export/csv.ts', '../../src/export/geojson.ts'];
  it.each(files)('%s', (file) => {
    const src = readFileSync(new URL(file, import.meta.url), 'utf8');
    const imports = [...src.matchAll(/^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec, file).not.toMatch(/^(maplibre-gl|@deck\.gl\/|lit(\/|$)|@lit\/)/);
  });
});
