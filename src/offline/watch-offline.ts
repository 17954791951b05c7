/**
 * The app page's side of the service worker (a lazy chunk, loaded once it is registered): shows when every
 * file is saved, offers a new build once it has been saved in the background, and reloads only on the
 * reader's click. The new worker takes over (`skip-waiting`) only then, so the page never mixes versions.
 */
import './atlas-offline.ts';

interface Watched extends HTMLElement {
  lang: string;
}

interface Status {
  cached: number;
  total: number;
}

/** Asks the worker how much of its version is saved. */
function status(worker: ServiceWorker): Promise<Status> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => done(e.data as Status);
    worker.postMessage({ type: 'status' }, [channel.port2]);
  });
}

/** How often an open page asks the server for a new build (also whenever the network comes back). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export async function watchOffline(reg: ServiceWorkerRegistration, atlas: Watched): Promise<void> {
  const sw = navigator.serviceWorker;
  const el = document.createElement('atlas-offline');
  atlas.after(el);
  const follow = () => {
    el.lang = atlas.lang === 'en' ? 'en' : 'zh';
    el.presenting = atlas.hasAttribute('presenting');
  };
  new MutationObserver(follow).observe(atlas, { attributes: true, attributeFilter: ['lang', 'presenting'] });
  follow();

  // A first install takes control of this page too (clients.claim): that change is no new version.
  let controlled = sw.controller !== null;
  let reloading = false;
  el.addEventListener('atlas-offline-reload', () => {
    reloading = true;
    if (reg.waiting) reg.waiting.postMessage({ type: 'skip-waiting' });
    else location.reload(); // another tab already switched to the new version
  });
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    else if (controlled) el.newVersion = true;
    controlled = true;
  });
  const offer = () => {
    if (reg.waiting && sw.controller) el.newVersion = true;
  };
  reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    next?.addEventListener('statechange', () => next.state === 'installed' && offer());
  });
  offer();
  const check = () => void reg.update().catch(() => undefined); // offline: try again later
  setInterval(check, CHECK_EVERY_MS);
  addEventListener('online', check);

  const active = (await sw.ready).active;
  if (!active) return;
  const s = await status(active);
  el.available = s.total > 0 && s.cached === s.total;
}
