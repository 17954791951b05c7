/**
 * Character classes shared by the extractor. Han ideographs and CJK punctuation behave alike for joining
 * broken lines (no space between them), Latin letters and digits need a space.
 */

/** A Han ideograph (CJK Unified Ideographs + extension A + compatibility). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** CJK punctuation, full-width forms and the typographic quotes Chinese text uses. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || '“”‘’—…·˙•'.includes(ch);
}

/** Characters between which whitespace carries no meaning in Chinese text (PDF justification spaces). */
export function isCjkLike(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** Ends a sentence (Chinese or Western). A full stop only counts when text follows as a new sentence. */
export const SENTENCE_END = /[。！？!?；;]/;

/** Punctuation a clause may end with; a broken line ending in one of these continues the sentence. */
export const CLAUSE_PUNCT = /[，、：,:（(“《‘]$/;

/** Dashes that join "中国—东盟" or "China–ASEAN"; all compared as one. */
export const DASHES = /[—–\-－‐‑~～]/g;
