/**
 * embed.html: the atlas in an iframe. Builds <innovation-atlas> from the query string (the attribute names),
 * reports height and interactions to the parent window, and takes commands from the origins allowed by
 * `origins=`. The protocol itself is in protocol.ts.
 */
import './components/innovation-atlas.ts';
import { t } from './core/i18n/strings.ts';
import { readEmbedQuery } from './state/embed-options.ts';
import { isHeightRequest, outMessage, readCommand, type OutType } from './embed/protocol.ts';

const opts = readEmbedQuery(location.search);
const frameId = new URLSearchParams(location.search).get('frame')?.slice(0, 64) ?? null;
const el = document.createElement('innovation-atlas');
if (opts.src) el.setAttribute('src', opts.src);
if (opts.basemap) el.setAttribute('basemap', opts.basemap);
if (opts.worldview) el.setAttribute('worldview', opts.worldview);
if (opts.lang) el.setAttribute('lang', opts.lang);
if (opts.story) el.setAttribute('story', opts.story);
if (opts.slide !== null) el.setAttribute('slide', String(opts.slide + 1));
el.setAttribute('controls', opts.controls);
el.setAttribute('theme', opts.theme);
// 'auto' makes gestures cooperative in a frame: the host article scrolls past the map (README: gestures).
el.setAttribute('gestures', opts.gestures);
if (!opts.interactive) el.setAttribute('interactive', 'false');
for (const [name, value] of Object.entries(opts.state)) el.setAttribute(name, value);
if (opts.view) el.setAttribute('view', `${opts.view.center[0]},${opts.view.center[1]},${opts.view.zoom}`);
// The page's language and its (visually hidden) heading follow the atlas's, when the query names one.
if (opts.lang) {
  document.documentElement.lang = opts.lang === 'zh' ? 'zh-CN' : 'en';
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = t('title', opts.lang);
}
(document.querySelector('main') ?? document.body).append(el);

const inFrame = window.parent !== window;
function post(type: OutType, detail: unknown): void {
  // Nothing private goes out (ids, camera, heights), so any parent may read it.
  if (inFrame) window.parent.postMessage(outMessage(type, detail, frameId), '*');
}

/**
 * The height this frame would like: ?height= when given, otherwise 16:10 of its width (320–900 px). It is what
 * embed-host.js sets the iframe to. The atlas itself always fills the iframe (embed.css), so a host without
 * the script gets the height its iframe has, with nothing clipped; and reporting a wish rather than the
 * page's own height cannot feed back into itself.
 */
const wantedHeight = (width: number) => opts.height ?? Math.round(Math.min(900, Math.max(320, (width * 10) / 16)));
let lastHeight = 0;
new ResizeObserver(() => {
  const height = wantedHeight(document.documentElement.clientWidth);
  if (height !== lastHeight) {
    lastHeight = height;
    post('height', { height });
  }
}).observe(document.documentElement);

el.addEventListener('atlas-ready', (e) => post('ready', e.detail));
el.addEventListener('atlas-select', (e) => post('select', e.detail));
el.addEventListener('atlas-viewchange', (e) => post('viewchange', e.detail));
el.addEventListener('atlas-slidechange', (e) => post('slidechange', e.detail));
// Errors go out as text: a DatasetError is plain data, but the host needs only what to show.
el.addEventListener('atlas-error', (e) => post('error', { count: e.detail.errors.length }));

window.addEventListener('message', (e) => {
  // Commands come from the page that embeds this frame, and only from an origin it allowed.
  if (e.source !== window.parent || !inFrame) return;
  if (isHeightRequest(e.data)) {
    if (lastHeight) post('height', { height: lastHeight });
    return;
  }
  const r = readCommand(e.data, e.origin, opts.origins);
  if (!r.ok) {
    if ((e.data as { target?: unknown } | null)?.target === 'innovation-atlas') console.warn(`[innovation-atlas embed] command ignored: ${r.reason}`);
    return;
  }
  const c = r.command;
  switch (c.command) {
    case 'goToSlide':
      el.goToSlide(c.args.index);
      break;
    case 'select':
      el.select(c.args.id);
      break;
    case 'setFilters':
      el.setFilters(c.args as Parameters<typeof el.setFilters>[0]);
      break;
    case 'flyTo':
      el.flyTo({ center: c.args.center, zoom: c.args.zoom });
      break;
  }
});
