/**
 * Whether this page is the presenter window (`index.html#presenter=<session>&lang=…`, opened by the
 * audience window's "Presenter view"). In the presenter window the page's <innovation-atlas> leaves the
 * document before it can upgrade, so that window loads no dataset, basemap or map (it shows words, notes
 * and a timer) and leaves its URL alone.
 *
 * For that to happen before the element is defined, main.ts imports this first and the build puts it in a
 * chunk of its own (vite.config.ts): code in the entry chunk would run only after the chunks it imports,
 * the atlas's among them. So this file imports nothing.
 */
import type { Lang } from './core/vocabulary.ts';

/** Session ids are made by the audience window (core/presenter-link.ts): letters, digits and dashes. */
const SESSION = /^[A-Za-z0-9-]{8,64}$/;

/** The presenter view's session and first language from a page's hash, or null for an ordinary page. */
export function readPresenterFlag(hash: string): { session: string; lang: Lang } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const session = params.get('presenter');
  if (!session || !SESSION.test(session)) return null;
  return { session, lang: params.get('lang') === 'zh' ? 'zh' : 'en' };
}

export const presenterFlag = typeof location === 'undefined' ? null : readPresenterFlag(location.hash);

if (presenterFlag) document.querySelector('innovation-atlas')?.remove();
