/*
 * Innovation Road Atlas — host snippet for iframes (auto-height).
 * Put it on the page that embeds embed.html in <iframe data-innovation-atlas>: each such iframe takes the
 * height its atlas reports. Messages are checked: from the iframe's own window and origin, version 1.
 * Other messages (select, viewchange, slidechange, ready, error) are left for the page to use.
 */
(function () {
  'use strict';
  if (window.__innovationAtlasHost) return;
  window.__innovationAtlasHost = true;
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.source !== 'innovation-atlas' || m.version !== 1 || m.type !== 'height') return;
    var h = m.detail && m.detail.height;
    if (typeof h !== 'number' || !isFinite(h)) return;
    var frames = document.querySelectorAll('iframe[data-innovation-atlas]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin = null;
      try {
        origin = new URL(f.src, location.href).origin;
      } catch {
        // an unparsable src: no origin to match
      }
      if (origin !== e.origin) return;
      // CSSOM, not a style attribute: a strict CSP (style-src 'self') allows it.
      f.style.height = Math.max(100, Math.min(5000, Math.round(h))) + 'px';
    }
  });
  // A frame may have posted its height before this script ran (it is often deferred behind larger ones):
  // ask each for it again. Frames not loaded yet post theirs when they are.
  function ask() {
    var frames = document.querySelectorAll('iframe[data-innovation-atlas]');
    for (var i = 0; i < frames.length; i++) {
      // '*': a frame still on about:blank has another origin, and the request carries nothing private.
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ target: 'innovation-atlas', version: 1, command: 'height' }, '*');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
