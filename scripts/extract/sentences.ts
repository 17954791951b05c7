/**
 * Splits a normalised document into sentences, each with the input line it starts on and the section it
 * belongs to (a section starts at a heading paragraph: a news item's title, "一、…", a Markdown heading).
 */
import type { Doc } from './normalise.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** 1-based input line of the sentence's first character. */
  line: number;
  section: number;
  paragraph: number;
}

/**
 * Sentence ends: Chinese 。！？； (and their ASCII forms) with any closing quotes; a Western full stop only
 * when a space and a capital, digit or quote follow (so "No. 5", "3.5" and "U.S. firms" stay whole), and
 * not after a list number opening the paragraph ("9. 2018 浦江创新论坛…").
 */
const END = /[。！？；!?;][”’"』」)）]*|(?<!^\s*\d{1,2})\.[”’"』」)）]*(?=\s+[A-Z0-9“"(]|\s*$)/gu;

export function splitSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  let section = 0;
  doc.paragraphs.forEach((p, pi) => {
    if (p.heading && pi > 0) section++;
    const body = doc.text.slice(p.start, p.end);
    let from = 0;
    const emit = (to: number) => {
      let a = from;
      let b = to;
      while (a < b && /\s/.test(body[a])) a++;
      while (b > a && /\s/.test(body[b - 1])) b--;
      if (b > a) {
        out.push({ start: p.start + a, end: p.start + b, text: body.slice(a, b), line: doc.lineOf[p.start + a], section, paragraph: pi });
      }
      from = to;
    };
    for (const m of body.matchAll(END)) emit((m.index ?? 0) + m[0].length);
    emit(body.length);
  });
  return out;
}

/** Index of the sentence holding text offset `pos` (binary search; sentences are in order). */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
