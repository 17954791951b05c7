/**
 * What label placement needs from the page: the boxes of the chrome over the map, the width of a text as
 * the label font draws it, and the type scale. Browser-only helpers for <atlas-map>; the placement itself
 * is pure (place-labels.ts).
 */
import type { Box } from './place-labels.ts';
import { FONT_FAMILY } from './palette.ts';

/** Presentation type: a 1920 screen gets 1.5× the 1280 sizes; never smaller than 1×, at most 2×. */
export function typeScale(present: boolean, width: number): number {
  return present ? Math.min(2, Math.max(1, width / 1280)) : 1;
}

/** Part of the map an element covers (0..1). */
const share = (r: DOMRect, m: DOMRect) =>
  (Math.max(0, Math.min(r.right, m.right) - Math.max(r.left, m.left)) * Math.max(0, Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top))) / Math.max(1, m.width * m.height);

function visible(el: Element): boolean {
  const s = getComputedStyle(el);
  return s.display !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0';
}

/**
 * Boxes (map pixels) of what sits over the map: its siblings (search, toolbar, panels, legend, footer, the
 * presenter's cards) and MapLibre's controls inside it. A sibling spanning most of the map (a full-screen
 * layer holding cards) is looked into instead of reserved whole.
 */
export function chromeBoxes(map: HTMLElement): Box[] {
  const m = map.getBoundingClientRect();
  const out: Box[] = [];
  const add = (el: Element, depth: number): void => {
    if (!visible(el)) return;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) {
      // display: contents and zero-size hosts: their children may still be drawn.
      if (depth < 4) for (const c of [...(el.shadowRoot?.children ?? []), ...el.children]) add(c, depth + 1);
      return;
    }
    const part = share(r, m);
    if (part === 0) return;
    if (part < 0.5) out.push([r.left - m.left, r.top - m.top, r.right - m.left, r.bottom - m.top]);
    else if (depth < 4) for (const c of [...(el.shadowRoot?.children ?? []), ...el.children]) add(c, depth + 1);
  };
  for (const el of map.parentElement?.children ?? []) if (el !== map && el.tagName !== 'STYLE') add(el, 0);
  for (const el of map.querySelectorAll('.maplibregl-ctrl')) add(el, 0);
  return out;
}

/** Width of a label's text as the TextLayer draws it (the same font stack and weight), memoised. */
export function textMeasurer(weight = 500): (text: string, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size) => {
    const key = `${size}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) {
        ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
        w = ctx.measureText(text).width;
      } else w = text.length * size * 0.6;
      cache.set(key, w);
    }
    return w;
  };
}
