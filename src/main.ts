// Bootstrap only: define the element; index.html places it.
import './components/innovation-atlas.ts';

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
