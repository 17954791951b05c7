/**
 * Which language a piece of text is in, so text in the other language than the page's can carry a `lang`
 * attribute (screen readers pick their voice from it, and browsers their CJK font). Pure.
 */
import type { Lang } from '../vocabulary.ts';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z]/g;

/**
 * The language most of `text` is in, counting a Han character as three Latin letters (about what it
 * carries): "东南大学 (SEU)" is Chinese, "Southeast University (东南大学)" English; null for digits only.
 */
export function textLang(text: string): Lang | null {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (!han && !latin) return null;
  return han * 3 >= latin ? 'zh' : 'en';
}

/** The `lang` to set on `text` shown in a `page`-language UI: its language when it differs, else undefined. */
export function langAttr(text: string, page: Lang): Lang | undefined {
  const l = textLang(text);
  return l && l !== page ? l : undefined;
}
