/**
 * A source as one line in the page (figure cards, the over-time table): the same parts as `sourceLine`,
 * but each part carries its own `lang`, since an English title, its Chinese original and a Chinese
 * publisher in one string would otherwise be voiced and typeset as a single language.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttr } from '../core/i18n/lang-of.ts';
import { readerSource } from '../core/policy-texts.ts';
import type { Source } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';

const part = (text: string, l: Lang) => html`<span lang=${ifDefined(langAttr(text, l))}>${text}</span>`;

export function sourceLineHtml(s: Source, l: Lang): TemplateResult {
  const r = readerSource(s, l);
  const title = r.original ? html`${part(r.title, l)} (${part(r.original, l)})` : part(r.title, l);
  const rest = [r.publisher, r.date, r.url].filter((x): x is string => Boolean(x));
  return html`${title}${rest.map((x) => html` · ${part(x, l)}`)}`;
}
