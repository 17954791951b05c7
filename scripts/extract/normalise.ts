/**
 * Turns an input text (plain, or already stripped of HTML / Markdown) into one normalised string for the
 * pattern finders, keeping for every character the 1-based line of the input it came from.
 *
 * It handles what PDF extraction leaves behind: lines broken mid-sentence (often with a blank line after
 * every line), justification spaces between Chinese characters ("携 手 构 建"), doubled bold titles, and
 * full-width digits and letters. Paragraphs are separated by "\n" in the result; a broken line is joined to
 * the previous one without a space between Chinese characters and with one between Latin words.
 */
import { CLAUSE_PUNCT, isCjkLike } from './chars.ts';
import { undouble } from './doubling.ts';

/** Marks a hard break inside one input line (the HTML stripper puts it where a block element ends). */
export const HARD_BREAK = '\u2029';

export interface Paragraph {
  start: number;
  end: number;
  /** A title or list heading: starts a new section (resets the date of a news item). */
  heading: boolean;
}

export interface Doc {
  text: string;
  /** 1-based input line of each character of `text`. */
  lineOf: Int32Array;
  paragraphs: Paragraph[];
}

/** Full-width digits, Latin letters, % and the ideographic space become ASCII; CJK punctuation stays. */
export function widen(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0b || c === 0xff0f) {
      out += String.fromCharCode(c - 0xfee0);
    } else if ((c === 0xff0e || c === 0xff0c) && /\d/.test(out.slice(-1)) && /[0-9０-９]/.test(s[i + 1] ?? '')) {
      out += c === 0xff0e ? '.' : ','; // decimal point / thousands separator between digits
    } else if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x09) {
      out += ' ';
    } else if ((c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0x00ad) {
      // zero-width characters and soft hyphens carry nothing
    } else {
      out += s[i];
    }
  }
  return out;
}

/** Removes spaces between two CJK characters and collapses other runs of whitespace to one space. */
export function tidySpaces(s: string): string {
  return s.replace(/\s+/g, (run, off: number) => {
    const before = s[off - 1];
    const after = s[off + run.length];
    if (before === undefined || after === undefined) return '';
    return isCjkLike(before) && isCjkLike(after) ? '' : ' ';
  });
}

export function cleanLine(raw: string): string {
  const line = tidySpaces(widen(raw.normalize('NFC')));
  return undouble(line) ?? line;
}

const LIST_MARKER = /^(?:\d{1,2}\s*[.、)）](?!\d)\s*|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[-*•·▪●■]\s|——|#{1,6}\s)/u;
const HEADING_MARKER = /^(?:\d{1,2}\s*[.、)）](?!\d)\s*|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|#{1,6}\s)/u;
const SOURCE_LINE = /^[（(]?\s*(?:来源|来 源|Source)\s*[:：]/iu;
const SENTENCE_FINAL = /[。！？!?；;.][”’"』」)）]*$/u;
/** A news item's dateline: "9 月 10 日，" / "2019年 4月 25日下午，" at the start of a line. */
const DATE_LEAD = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*(?:[-—–~至]\s*\d{1,2}\s*)?日/u;
const JOINING_END = /[至于在到从自及和与的]$/u;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Line {
  text: string;
  no: number;
  /** Blank lines before it: how many, and whether one held whitespace (a paragraph mark in some PDFs). */
  blanks: number;
  wsBlank: boolean;
}

/** Splits the raw text into cleaned non-empty lines (HARD_BREAK splits a line too, keeping its number). */
function contentLines(raw: string): Line[] {
  const out: Line[] = [];
  let blanks = 0;
  let wsBlank = false;
  raw.split(/\r\n|\r|\n/).forEach((rawLine, i) => {
    const parts = rawLine.split(HARD_BREAK);
    parts.forEach((part, k) => {
      const text = cleanLine(part);
      if (text === '') {
        if (k === parts.length - 1 && parts.length === 1) {
          blanks++;
          if (/\S|[ \t\u3000]/.test(part)) wsBlank = true;
        }
        return;
      }
      // A hard break inside an input line counts as a paragraph mark.
      const forced = k > 0;
      out.push({ text, no: i + 1, blanks: forced ? 1 : blanks, wsBlank: forced || wsBlank });
      blanks = 0;
      wsBlank = false;
    });
  });
  return out;
}

export function normalise(raw: string): Doc {
  const lines = contentLines(raw);
  const n = lines.length;
  const consecutive = lines.filter((l, i) => i > 0 && l.blanks === 0).length;
  const doubleSpaced = n >= 6 && consecutive < 0.1 * n;
  const endsSentence = lines.filter((l) => SENTENCE_FINAL.test(l.text)).length;
  // Hard-wrapped (PDF-like): most lines stop mid-sentence. Otherwise every line is a paragraph.
  const hardWrapped = n >= 6 && endsSentence < 0.5 * n;
  const typical = median(lines.map((l) => l.text.length));

  const isHard = (prev: Line, cur: Line): boolean => {
    if (!hardWrapped) return true;
    if (cur.blanks > 0 && (!doubleSpaced || cur.wsBlank)) return true;
    if (SENTENCE_FINAL.test(prev.text) || LIST_MARKER.test(cur.text) || SOURCE_LINE.test(cur.text) || SOURCE_LINE.test(prev.text)) return true;
    if (HEADING_MARKER.test(prev.text) && prev.text.length < 0.95 * typical && !CLAUSE_PUNCT.test(prev.text)) return true;
    return DATE_LEAD.test(cur.text) && !CLAUSE_PUNCT.test(prev.text) && !JOINING_END.test(prev.text);
  };

  // Built in parts: slicing a string that grows by += would flatten it again for every paragraph.
  const parts: string[] = [];
  let length = 0;
  let para = '';
  const lineNos: number[] = [];
  const paragraphs: Paragraph[] = [];
  const closeParagraph = () => {
    if (para === '') return;
    const heading =
      (HEADING_MARKER.test(para) && !/[。！？!?；;]/u.test(para) && para.length <= 60) ||
      (para.length < 40 && !/[。！？!?；;，,]/u.test(para) && !SOURCE_LINE.test(para));
    paragraphs.push({ start: length, end: length + para.length, heading });
    parts.push(para);
    length += para.length;
    para = '';
  };
  const push = (s: string, no: number) => {
    para += s;
    for (let k = 0; k < s.length; k++) lineNos.push(no);
  };

  lines.forEach((cur, i) => {
    const prev = lines[i - 1];
    if (prev && isHard(prev, cur)) {
      closeParagraph();
      parts.push('\n');
      length += 1;
      lineNos.push(cur.no);
    } else if (prev) {
      const a = prev.text.slice(-1);
      const b = cur.text[0];
      if (/[A-Za-z]-$/.test(prev.text) && /^[a-z]/.test(cur.text)) {
        // "tech-\nnology": a word hyphenated at the line end.
        para = para.slice(0, -1);
        lineNos.pop();
      } else if (!isCjkLike(a) && !isCjkLike(b)) {
        push(' ', cur.no);
      }
    }
    push(cur.text, cur.no);
  });
  closeParagraph();
  const text = parts.join('');
  return { text, lineOf: Int32Array.from(lineNos), paragraphs };
}
