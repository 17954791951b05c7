/**
 * Whether this page is the presenter window (`index.html#presenter=<session>&lang=…`, opened by the
 * audience window's "Presenter view"). main.ts imports this before the atlas element is defined: in the
 * presenter window the page's <innovation-atlas> leaves the document before it can upgrade, so that
 * window loads no dataset, basemap or map (it shows words, notes and a timer) and leaves its URL alone.
 */
import { readPresenterFlag } from './core/presenter-link.ts';

export const presenterFlag = readPresenterFlag(location.hash);

if (presenterFlag) document.querySelector('innovation-atlas')?.remove();
