/**
 * HTML and Markdown to plain text, keeping the input's line numbers: every newline of the source survives,
 * so a finding's `line` is a line of the file the analyst opened. Where an HTML block element ends, a
 * paragraph mark (U+2029, see normalise.ts) separates the text without adding a line.
 */
import { HARD_BREAK } from './normalise.ts';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', bull: '•', times: '×', copy: '©', reg: '®', deg: '°', laquo: '«', raquo: '»',
  hyphen: '-', shy: '\u00ad', zwj: '', zwnj: '',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && code !== 0 ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

/** Keeps only the newlines of a removed stretch. */
const newlinesOf = (s: string) => s.replace(/[^\n]/g, '');

const BLOCK = 'p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|aside|nav|blockquote|pre|dd|dt|dl|title|figcaption|figure|hr|main|form';

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, newlinesOf)
      .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, (all: string) => {
        // The page title is text worth keeping; the rest of <head> is not.
        const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(all);
        return newlinesOf(all) + (title ? `${HARD_BREAK}${title[1].replace(/\n/g, ' ')}${HARD_BREAK}` : '');
      })
      .replace(new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, 'gi'), (tag: string) => newlinesOf(tag) + HARD_BREAK)
      .replace(/<[^>]*>/g, newlinesOf),
  );
}

export function markdownToText(md: string): string {
  let fenced = false;
  return md
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      if (fenced) return '';
      return line
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^\s*\|/, '')
        .replace(/\|/g, ' ');
    })
    .join('\n');
}
