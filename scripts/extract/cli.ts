/**
 * npm run data:extract -- <file.txt|file.md|file.html> [--lang zh|en] [--out DIR] [--json] [--draft]
 *                         [--url URL --title TITLE --publisher NAME --date YYYY-MM-DD] [--atlas FILE]
 *
 * Writes <name>.report.md and <name>.report.json into --out (default data/review/, git-ignored); --json
 * prints the JSON report to standard output instead of writing the two files. --draft also writes
 * <name>.drafts.json, candidate records in the dataset's draft format, into the same folder — never into
 * data/records/. A draft cites the text: a seed by its file name, any other text by --url and --title.
 * Both languages' patterns always run (these texts mix scripts); --lang (default: detected) says which language
 * the text is in, so a draft's name goes into name.zh or name.en and the other is left "[translate]".
 * Exit codes: 0 done, 1 the input is not a usable text, 2 wrong arguments. No network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SEED_TITLES } from '../dataset-checks.ts';
import { DEFAULT_ATLAS, REPO_ROOT, loadAtlas } from './atlas.ts';
import { draftFor, type SourceInfo } from './drafts.ts';
import { extract, type Lang } from './extract.ts';
import { InputError, readInput } from './input.ts';
import { htmlToText, markdownToText } from './markup.ts';
import { renderMarkdown } from './report-md.ts';

export const DEFAULT_OUT = join(REPO_ROOT, 'data', 'review');
const RECORDS_DIR = resolve(REPO_ROOT, 'data', 'records');

const USAGE = `usage: npm run data:extract -- <file.txt|file.md|file.html> [--lang zh|en] [--out DIR] [--json] [--draft]
       [--url URL --title TITLE [--publisher NAME] [--date YYYY-MM-DD]] [--atlas FILE]`;

class UsageError extends Error {}

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      url: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      atlas: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('give exactly one input file');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('--lang must be zh or en');
  const out = resolve(values.out ?? DEFAULT_OUT);
  if (out === RECORDS_DIR || out.startsWith(RECORDS_DIR + '/')) throw new UsageError('--out must not be data/records/: drafts go to a review folder first');
  return { file: positionals[0], ...values, lang: values.lang as Lang | undefined, out };
}

/** Where a draft's source comes from: the seed itself, or what the analyst says about the text. */
function sourceInfo(file: string, o: ReturnType<typeof options>, firstLine: string): SourceInfo {
  const name = basename(file);
  if (SEED_TITLES[name]) return { seed: name, title: SEED_TITLES[name] };
  if (!o.url) throw new UsageError('--draft needs --url (the address the text was taken from), since a draft must cite its source');
  return { url: o.url, title: o.title ?? `[${firstLine.slice(0, 80)}]`, publisher: o.publisher, date: o.date };
}

export function main(argv: string[]): number {
  let o: ReturnType<typeof options>;
  try {
    o = options(argv);
  } catch (err) {
    const msg = (err as Error).message;
    if (!msg && err instanceof UsageError) {
      console.log(USAGE); // --help
      return 0;
    }
    console.error(`data:extract: ${msg}\n${USAGE}`);
    return 2;
  }
  let input;
  try {
    input = readInput(o.file);
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`data:extract: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const text = input.format === 'html' ? htmlToText(input.text) : input.format === 'markdown' ? markdownToText(input.text) : input.text;
  if (text.replace(/[\s\u2029]/g, '') === '') {
    console.error(`data:extract: ${o.file} holds no text once its ${input.format === 'html' ? 'HTML' : 'Markdown'} markup is removed`);
    return 1;
  }
  const atlas = loadAtlas(o.atlas ?? DEFAULT_ATLAS);
  const x = extract(text, { source: basename(o.file), atlas, lang: o.lang });
  const stem = basename(o.file, extname(o.file));
  let drafts: unknown[] = [];
  if (o.draft) {
    let src: SourceInfo;
    try {
      src = sourceInfo(o.file, o, x.doc.text.split('\n')[0] ?? stem);
    } catch (err) {
      console.error(`data:extract: ${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    drafts = x.candidates.map((c, i) => draftFor(c, x.report.candidates[i].line, x.lang, src));
  }
  const written: string[] = [];
  if (!o.json || o.draft) mkdirSync(o.out, { recursive: true });
  if (o.json) process.stdout.write(JSON.stringify(x.report, null, 2) + '\n');
  else {
    const names = new Map(atlas.map((r) => [r.id, x.lang === 'zh' ? r.name.zh : r.name.en]));
    writeFileSync(join(o.out, `${stem}.report.json`), JSON.stringify(x.report, null, 2) + '\n');
    writeFileSync(join(o.out, `${stem}.report.md`), renderMarkdown(x, names));
    written.push(`${stem}.report.md`, `${stem}.report.json`);
  }
  if (o.draft) {
    writeFileSync(join(o.out, `${stem}.drafts.json`), JSON.stringify(drafts, null, 2) + '\n');
    written.push(`${stem}.drafts.json`);
  }
  const r = x.report;
  const summary = `${r.known.length} known, ${r.candidates.length} candidates, ${r.figures.length} figures, ${r.places.length} places`;
  // With --json the report owns standard output; the summary goes to standard error.
  (o.json ? console.error : console.log)(`data:extract: ${basename(o.file)}: ${summary}${written.length ? `; wrote ${written.map((w) => join(o.out, w)).join(', ')}` : ''}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
