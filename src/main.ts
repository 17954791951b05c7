// Bootstrap only: define the element; index.html places it. The presenter window's check comes first (see there).
import { presenterFlag } from './presenter-flag.ts';
import './components/innovation-atlas.ts';

// The presenter window shows the presenter view instead of the atlas, its code loaded only there.
if (presenterFlag) {
  void import('./components/atlas-presenter-view.ts').then(() => {
    const view = Object.assign(document.createElement('atlas-presenter-view'), presenterFlag);
    document.querySelector('main')?.append(view);
  }, (err: Error) => console.warn(`[innovation-atlas] the presenter view could not load: ${err.message}`));
}

// Offline after a first visit (README "Offline"): the service worker is registered once the atlas is drawn,
// so it costs the first load nothing; its status and update prompt are a lazy chunk. Only this page
// registers it: the library and embed.html never do, so a host page's own service worker is left alone.
const atlas = document.querySelector('innovation-atlas');
if (atlas && import.meta.env.PROD && 'serviceWorker' in navigator) {
  atlas.addEventListener(
    'atlas-ready',
    () =>
      void navigator.serviceWorker.register('./sw.js').then(
        // A blocked registration (a test harness, some privacy settings) resolves with nothing.
        (reg) => reg && import('./offline/watch-offline.ts').then((m) => m.watchOffline(reg, atlas)),
        (err: Error) => console.warn(`[innovation-atlas] no offline copy: ${err.message}`),
      ),
    { once: true },
  );
}
