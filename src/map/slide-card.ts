/**
 * A slide's words drawn into its exported image, as the presenter shows them on screen: the caption card
 * at the bottom left of the map (story title as kicker, then the caption) and the figure call-outs down
 * the top left, each with its date and source. An exported slide then says what it shows without the
 * presenter beside it. Canvas 2D only.
 */
import type { CalloutText } from '../core/callout.ts';
import { PALETTE } from '../core/palette.ts';
import { FONT_FAMILY } from '../layers/palette.ts';
import { CHART, type ChartPoint } from '../core/chart.ts';
import { formatNumber } from '../core/i18n/format.ts';

export interface SlideCard {
  lang: 'zh' | 'en';
  kicker: string;
  caption: string;
  callouts: CalloutText[];
}

interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The caption card's box in an image of this map area (exported for tests that read its pixels). */
export function captionBox(area: Area, s: number, lines: number): Area {
  const w = Math.min(560 * s, area.w * 0.55);
  const h = (22 + 20 + lines * 22) * s;
  return { x: area.x + 16 * s, y: area.y + area.h - 16 * s - h, w, h };
}

const CLOSING = /^[，。、；：！？）》」』”’〉】…·,.;:!?)\]]/u;
const OPENING_TAIL = /[（《「『“‘〈【(\[]+$/u;

/** Lines of at most `width` pixels, broken between words (Latin) or characters (Chinese). */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, lang: string, maxLines = 6): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  const lines: string[] = [];
  let line = '';
  for (const { segment } of seg.segment(text)) {
    const next = line + segment;
    // Kinsoku: a closing mark (，。”) never starts a line, it stays on this one even a little over width.
    if (line && ctx.measureText(next.trimEnd()).width > width && !CLOSING.test(segment)) {
      // …and an opening mark (“《（) never ends one: it moves down with the word it opens.
      const tail = line.match(OPENING_TAIL)?.[0] ?? '';
      const open = tail.length < line.trimEnd().length ? tail : '';
      lines.push(line.slice(0, line.length - open.length).trimEnd());
      line = open + segment.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, -1)}…`;
    return kept;
  }
  return lines;
}

/** A call-out's series chart (as the presenter draws it in SVG) into the box `b`, scaled from CHART's units. */
function drawChart(ctx: CanvasRenderingContext2D, pts: readonly ChartPoint[], b: Area, s: number, lang: 'zh' | 'en'): void {
  const k = b.w / CHART.width;
  const X = (x: number) => b.x + x * k;
  const Y = (y: number) => b.y + y * k;
  ctx.save();
  ctx.strokeStyle = PALETTE.axis;
  ctx.lineWidth = 1 * s;
  ctx.beginPath();
  ctx.moveTo(b.x, Y(CHART.base));
  ctx.lineTo(b.x + b.w, Y(CHART.base));
  ctx.stroke();
  ctx.strokeStyle = PALETTE.umber;
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  pts.forEach((p, i) => (i ? ctx.lineTo(X(p.x), Y(p.y)) : ctx.moveTo(X(p.x), Y(p.y))));
  ctx.stroke();
  ctx.textAlign = 'center';
  for (const p of pts) {
    ctx.fillStyle = PALETTE.umber;
    ctx.beginPath();
    ctx.arc(X(p.x), Y(p.y), 3.5 * s, 0, Math.PI * 2);
    ctx.fill();
    if (!p.labelled) continue;
    ctx.fillStyle = PALETTE.inkStrong;
    ctx.font = `700 ${11 * s}px ${FONT_FAMILY}`;
    ctx.fillText(formatNumber(p.value, lang), X(p.x), Y(p.y) - 6 * s);
    ctx.fillStyle = PALETTE.muted;
    ctx.font = `400 ${11 * s}px ${FONT_FAMILY}`;
    ctx.fillText(String(p.year), X(p.x), Y(CHART.height) - 2 * s);
  }
  ctx.restore();
}

function box(ctx: CanvasRenderingContext2D, b: Area, s: number, accent?: string): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.18)';
  ctx.shadowBlur = 6 * s;
  ctx.fillStyle = 'white';
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, 8 * s);
  ctx.fill();
  ctx.restore();
  if (accent) {
    ctx.fillStyle = accent;
    ctx.fillRect(b.x, b.y, b.w, 4 * s);
  }
}

export function drawSlideCard(ctx: CanvasRenderingContext2D, card: SlideCard, area: Area, s: number): void {
  ctx.save();
  ctx.textBaseline = 'alphabetic';
  // Caption card: kicker, then the caption wrapped to the card.
  ctx.font = `400 ${15 * s}px ${FONT_FAMILY}`;
  const probe = captionBox(area, s, 1);
  const lines = wrap(ctx, card.caption, probe.w - 36 * s, card.lang);
  const b = captionBox(area, s, lines.length);
  box(ctx, b, s);
  ctx.fillStyle = PALETTE.muted;
  ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
  ctx.fillText(card.kicker, b.x + 18 * s, b.y + 26 * s, b.w - 36 * s);
  ctx.fillStyle = PALETTE.inkStrong;
  ctx.font = `400 ${15 * s}px ${FONT_FAMILY}`;
  lines.forEach((l, i) => ctx.fillText(l, b.x + 18 * s, b.y + (50 + i * 22) * s));

  // Call-outs down the top left, as many as fit above the caption card.
  let y = area.y + 16 * s;
  const w = Math.min(280 * s, area.w * 0.3);
  for (const c of card.callouts) {
    ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
    const label = wrap(ctx, c.label, w - 24 * s, card.lang, 2);
    const note = wrap(ctx, c.note, w - 24 * s, card.lang, 2);
    const chartH = c.chart.length ? ((w - 36 * s) * CHART.height) / CHART.width + 6 * s : 0;
    const h = (14 + 26 + label.length * 16 + note.length * 15 + 8) * s + chartH;
    if (y + h > b.y - 12 * s) break;
    box(ctx, { x: area.x + 16 * s, y, w, h }, s, PALETTE.accent);
    let ty = y + 36 * s;
    ctx.fillStyle = PALETTE.inkStrong;
    ctx.font = `700 ${22 * s}px ${FONT_FAMILY}`;
    ctx.fillText(c.value, area.x + 28 * s, ty, w - 24 * s);
    ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
    for (const l of label) ctx.fillText(l, area.x + 28 * s, (ty += 16 * s));
    if (chartH) {
      drawChart(ctx, c.chart, { x: area.x + 28 * s, y: ty + 4 * s, w: w - 36 * s, h: chartH - 6 * s }, s, card.lang);
      ty += chartH;
    }
    ctx.fillStyle = PALETTE.muted;
    ctx.font = `400 ${11 * s}px ${FONT_FAMILY}`;
    for (const l of note) ctx.fillText(l, area.x + 28 * s, (ty += 15 * s));
    y += h + 10 * s;
  }
  ctx.restore();
}
