/**
 * The copy-paste snippets of the Embed dialog, for the current view. Pure: the page's base URL and the
 * view come in, HTML text comes out (every value attribute-escaped).
 */
import type { Camera } from '../state/app-state.ts';
import type { Controls, StateAttribute, Theme } from '../state/embed-options.ts';
import { t } from '../core/i18n/strings.ts';
import { formatCamera } from '../state/url.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { Worldview } from '../core/worldview.ts';

export interface SnippetOptions {
  /** Where the atlas is published (the folder holding index.html, embed.html and innovation-atlas.js). */
  base: string;
  lang: Lang;
  camera: Camera | null;
  controls: Controls;
  theme: Theme;
  /** Filters and selection, as element attributes (stateAttributes() of the state; defaults left out). */
  state?: [StateAttribute, string][];
  /** The story shown, with its 0-based slide. */
  story: { id: string; slide: number } | null;
  /** Always written: which boundaries a page shows is its author's choice, not the reader's language's. */
  worldview: Worldview;
  height: number;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attribute/parameter pairs shared by both forms; defaults are left out so the snippet stays short. */
function params(o: SnippetOptions): [string, string][] {
  const out: [string, string][] = [['lang', o.lang], ['worldview', o.worldview]];
  if (o.camera) out.push(['view', formatCamera(o.camera)]);
  out.push(...(o.state ?? []));
  if (o.controls !== 'full') out.push(['controls', o.controls]);
  if (o.theme !== 'light') out.push(['theme', o.theme]);
  if (o.story) out.push(['story', o.story.id], ['slide', String(o.story.slide + 1)]);
  return out;
}

export function elementSnippet(o: SnippetOptions): string {
  const script = new URL('innovation-atlas.js', o.base).href;
  const attrs = params(o).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  // No style attribute: a host page's strict CSP (style-src 'self') would block it. The element is a block,
  // 480 px high by its own defaults; a page sizes it from its own stylesheet if it wants another height.
  return `<script type="module" src="${escapeAttr(script)}"></script>\n<innovation-atlas${attrs}></innovation-atlas>`;
}

/** embed.html's URL for these options (the iframe snippet's src, and the dialog's preview). */
export function embedUrl(o: SnippetOptions): string {
  // Commas stay readable in the view ("view=36.82,-1.29,4.5"); everything else is percent-encoded.
  const query = params(o).map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return new URL(`embed.html?${query}`, o.base).href;
}

export function iframeSnippet(o: SnippetOptions): string {
  const url = embedUrl(o);
  const host = new URL('embed-host.js', o.base).href;
  const title = t('title', o.lang);
  return (
    // Size and border as presentational attributes, not style="": a strict CSP (style-src 'self') blocks an
    // inline style, and the iframe would fall back to 300 × 150 with a border. `allowfullscreen`: Present goes
    // full screen in the frame too (without it the browser refuses, and the slides stay frame-sized).
    `<iframe src="${escapeAttr(url)}" title="${title}" data-innovation-atlas loading="lazy" width="100%" height="${o.height}" frameborder="0" allowfullscreen></iframe>\n` +
    // The host script sets the iframe's height from the atlas's messages (auto-height).
    `<script src="${escapeAttr(host)}" defer></script>`
  );
}
