/**
 * data:extract at its edges: what it refuses to read (and says why), HTML and Markdown input with lines kept,
 * the command line (--json, --draft, --out, exit codes), the report's documented shape, and drafts in the
 * dataset's format.
 */
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../scripts/data-check.ts';
import { checkBilingual, checkInferredDisclosed, checkSources } from '../../scripts/dataset-checks.ts';
import { main } from '../../scripts/extract/cli.ts';
import { buildReportSchema } from '../../scripts/extract/gen-report-schema.ts';
import { InputError, MAX_BYTES, decode, readInput } from '../../scripts/extract/input.ts';
import { htmlToText, markdownToText } from '../../scripts/extract/markup.ts';
import { extract } from '../../scripts/extract/extract.ts';
import { Report } from '../../scripts/extract/report-schema.ts';
import { Properties, type Feature } from '../../src/core/record.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const seedsDir = process.env.SEEDS_DIR ?? DEFAULT_SEEDS_DIR;
const SEED = '004_2c1c661e719975d5.txt';

/** Runs the command line with standard output and error captured. */
function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const w = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(console, 'error').mockImplementation((...a) => void (err += `${a.join(' ')}\n`));
  const l = vi.spyOn(console, 'log').mockImplementation((...a) => void (out += `${a.join(' ')}\n`));
  try {
    return { code: main(args), out, err };
  } finally {
    w.mockRestore();
    e.mockRestore();
    l.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('bad input gets a clear error and a non-zero exit', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['only whitespace', () => file('blank.txt', ' \n\t\n　\n'), /holds no text/],
    ['NUL bytes', () => file('bin.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43])), /NUL bytes/],
    ['a PDF', () => file('doc.txt', Buffer.from('%PDF-1.7\n%âãÏÓ\n')), /is a PDF.*pdftotext/],
    ['a Word file', () => file('doc.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), /Office document/],
    ['control characters', () => file('ctl.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x07)))), /control characters/],
    ['a directory', () => dir, /is not a file/],
    ['HTML with nothing but markup', () => file('empty.html', '<html><head><script>var a = 1;</script></head><body><div></div></body></html>'), /no text once its HTML markup is removed/],
  ])('%s', (_what, make, message) => {
    const r = cli([make(), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });
  it(`a file over ${MAX_BYTES / 1048576} MB`, () => {
    const p = file('huge.txt', '');
    truncateSync(p, MAX_BYTES + 1);
    const r = cli([p, '--json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/20\.0 MB; the limit is 20 MB/);
  });
  it('the limit is a parameter of readInput', () => {
    expect(() => readInput(file('small.txt', '共建 53 家联合实验室。'), 10)).toThrow(InputError);
  });
  it.each([
    ['GB18030 (older Chinese pages)', Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0x35, 0x33, 0xbc, 0xd2]), '中国53家'],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('共建53家', 'utf16le')]), '共建53家'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('共建53家')]), '共建53家'],
  ])('reads %s', (_what, bytes, text) => expect(decode(bytes)).toBe(text));
  it('--help prints the usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run data:extract/);
  });
  it.each([
    [['a.txt', 'b.txt'], /exactly one input file/],
    [['a.txt', '--lang', 'fr'], /--lang must be zh or en/],
    [['a.txt', '--out', 'data/records'], /must not be data\/records/],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('HTML and Markdown keep the input lines', () => {
  const html = [
    '<!doctype html><html><head><title>中国—蒙古联合实验室揭牌</title>',
    '<script>var x = "共建 99 家";',
    '</script></head><body>',
    '<p>2023年5月10日，中国—蒙古生物高分子应用联合实验室揭牌。</p><p>双方&ldquo;共建&rdquo;',
    '80 多个项目&nbsp;。</p>',
    '</body></html>',
  ].join('\n');
  it('strips tags, scripts and entities, separates blocks, keeps the line count', () => {
    const text = htmlToText(html);
    expect(text.split('\n')).toHaveLength(6);
    expect(text).not.toMatch(/<|&ldquo;|99/);
    expect(text).toContain('“共建”');
  });
  it('reports findings on the lines of the HTML file', () => {
    const p = file('page.html', html);
    const r = cli([p, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.candidates).toContainEqual(expect.objectContaining({ name: '中国—蒙古生物高分子应用联合实验室', kind: 'joint-lab', country: 'MNG', line: 4 }));
    expect(report.figures).toEqual([expect.objectContaining({ value: 80, qualifier: 'more-than', line: 5 })]);
  });
  it('Markdown: links, emphasis and code fences go, headings start sections', () => {
    const md = ['# 标题', '', '见[中国—老挝可再生能源联合实验室](https://example.org/a)与**东盟**。', '```', '共建 99 家', '```'].join('\n');
    const text = markdownToText(md);
    expect(text.split('\n')).toHaveLength(6);
    expect(text).toContain('见中国—老挝可再生能源联合实验室与东盟。');
    expect(text).not.toContain('99');
  });
});

describe('the command line and the report', () => {
  it('--json prints a report of the documented shape, with the numbers as numbers', () => {
    const r = cli([join(seedsDir, SEED), '--json']);
    expect(r.code).toBe(0);
    const report = v.parse(Report, JSON.parse(r.out));
    expect(report.source).toBe(SEED);
    expect(report.known.length).toBeGreaterThan(20);
    expect(report.places).toContainEqual(expect.objectContaining({ name: '莫斯科', country: 'RUS' }));
    expect(report.figures).toContainEqual(expect.objectContaining({ value: 100, qualifier: 'nearly', unit: '位', asOf: '2018-10-16' }));
  });
  it('writes the Markdown and JSON reports into --out', () => {
    const out = join(dir, 'review');
    const r = cli([join(seedsDir, SEED), '--out', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, SEED.replace('.txt', '.report.md')), 'utf8');
    expect(md).toMatch(/^# Review: 004_/);
    expect(md).toContain('| 134 | event-2018-china-russia-innovation-dialogue | 第二届中俄创新对话 | named |');
    v.parse(Report, JSON.parse(readFileSync(join(out, SEED.replace('.txt', '.report.json')), 'utf8')));
  });
  it('scripts/extract/report.schema.json is generated from report-schema.ts (regenerate: npx tsx scripts/extract/gen-report-schema.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../scripts/extract/report.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildReportSchema());
  });
  it('an English text gets English candidates, figures and places', () => {
    const text = 'The China-Kenya Joint Laboratory for Crop Molecular Biology opened in Nairobi, Kenya, in May 2019. By the end of 2022 it had trained more than 300 researchers.';
    const r = extract(text, { source: 'en.txt', atlas: [] }).report;
    expect(r.candidates).toEqual([expect.objectContaining({ kind: 'joint-lab', name: 'China-Kenya Joint Laboratory for Crop Molecular Biology', country: 'KEN' })]);
    expect(r.figures).toEqual([expect.objectContaining({ value: 300, qualifier: 'more-than', unit: 'researchers', asOf: '2022-12' })]);
    expect(r.places).toEqual([expect.objectContaining({ name: 'Nairobi', country: 'KEN' })]);
  });
});

describe('--draft writes schema-valid, inferred candidate records to the review folder', () => {
  const out = join(dir, 'drafts');
  it('drafts the candidates of a text given its URL', () => {
    const p = file('news.txt', '9 月 3 日，中国—蒙古生物高分子应用联合实验室在乌兰巴托揭牌。双方还签署了《中蒙科技合作谅解备忘录》。\n');
    const r = cli([p, '--out', out, '--draft', '--url', 'https://example.org/news/1', '--title', '中蒙联合实验室揭牌', '--date', '2023-09-03']);
    expect(r.code).toBe(0);
    const drafts = JSON.parse(readFileSync(join(out, 'news.drafts.json'), 'utf8')) as Record<string, unknown>[];
    expect(drafts.map((d) => [d.kind, (d.name as { zh: string }).zh])).toEqual([
      ['joint-lab', '中国—蒙古生物高分子应用联合实验室'],
      ['agreement', '中蒙科技合作谅解备忘录'],
    ]);
    for (const d of drafts) {
      const { place, ...props } = d;
      const parsed = v.parse(Properties, props);
      expect(parsed.confidence).toBe('inferred');
      expect(parsed.countries).toEqual(['MNG']);
      expect(parsed.sources).toEqual([{ url: 'https://example.org/news/1', title: '中蒙联合实验室揭牌', date: '2023-09-03', locator: 'line 1' }]);
      expect(place).toEqual({ country: 'MNG' });
      const feature = { type: 'Feature', geometry: null, properties: parsed } as Feature;
      expect(checkInferredDisclosed([feature])).toEqual([]);
      expect(checkBilingual([feature])).toEqual([]);
    }
  });
  it('a seed is cited by its file name and title, as data:check wants', () => {
    const r = cli([join(seedsDir, SEED), '--out', out, '--draft']);
    expect(r.code).toBe(0);
    const drafts = JSON.parse(readFileSync(join(out, SEED.replace('.txt', '.drafts.json')), 'utf8')) as Record<string, unknown>[];
    expect(drafts.length).toBeGreaterThan(0);
    const features = drafts.map(({ place: _place, ...props }) => ({ type: 'Feature', geometry: null, properties: v.parse(Properties, props) }) as Feature);
    const seeds = new Map([[SEED, readFileSync(join(seedsDir, SEED), 'utf8')]]);
    expect(checkSources(features, seeds)).toEqual([]);
  });
  it('without a seed or --url there is no source to cite: exit 2, nothing written', () => {
    const p = file('nourl.txt', '中国—蒙古生物高分子应用联合实验室揭牌。');
    const r = cli([p, '--out', join(dir, 'none'), '--draft']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--draft needs --url/);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });
});
