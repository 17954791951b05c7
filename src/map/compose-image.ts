/**
 * Lays a captured map out as a picture for slides and reports: a title band, the map (centre-cropped
 * to fill), and a footer with the legend, the source line and the date, drawn on a 2D canvas so the
 * text is part of the image. Browser-only (canvas), no map library.
 */
import type { LegendEntry } from '../core/legend.ts';
import type { Kind } from '../core/vocabulary.ts';
import { FONT_FAMILY, POINT_STYLE, ARC_SOURCE, ARC_INFERRED, BADGE_FILL, BADGE_LINE, CORRIDOR_COLOR, CHOROPLETH, CONTEXT_OPACITY, SELECTED, isPointKind, type RGBA } from '../layers/palette.ts';
import { SHAPE_POLYGONS } from '../layers/symbols.ts';
import { PALETTE } from '../core/palette.ts';
import { drawSlideCard, type SlideCard } from './slide-card.ts';

export type Frame = 'screen' | '16:9' | '4:3';

export interface Composition {
  /** Output size in pixels (already multiplied by `scale`). */
  width: number;
  height: number;
  scale: number;
  title: string;
  subtitle: string;
  /** The map's own legend (core/legend.ts), drawn as a box over the map's bottom-left corner, as on screen. */
  legendTitle: string;
  legend: LegendEntry[];
  source: string;
  date: string;
  /** A story slide's caption and call-outs, drawn over the map as the presenter shows them. */
  card?: SlideCard;
}

export const TITLE_BAND = 64;
export const FOOTER_BAND = 40;

/** Output size of a frame at a scale; `screen` follows the element. */
export function frameSize(frame: Frame, scale: number, screen: { width: number; height: number }): { width: number; height: number } {
  const base = frame === '16:9' ? { width: 1280, height: 720 } : frame === '4:3' ? { width: 1280, height: 960 } : screen;
  return { width: Math.round(base.width * scale), height: Math.round(base.height * scale) };
}

/** The part of a source of size (sw, sh) with the aspect of the target, centred. */
export function centreCrop(sw: number, sh: number, aspect: number): { x: number; y: number; w: number; h: number } {
  if (sw / sh > aspect) {
    const w = sh * aspect;
    return { x: (sw - w) / 2, y: 0, w, h: sh };
  }
  const h = sw / aspect;
  return { x: 0, y: (sh - h) / 2, w: sw, h };
}

const css = (c: RGBA) => `rgba(${c[0]},${c[1]},${c[2]},${c[3] / 255})`;

function drawSymbol(ctx: CanvasRenderingContext2D, kind: Kind, x: number, y: number, r: number): void {
  ctx.save();
  if (isPointKind(kind)) {
    const { color, shape } = POINT_STYLE[kind];
    ctx.beginPath();
    SHAPE_POLYGONS[shape].forEach(([px, py], i) => (i ? ctx.lineTo(x + px * r, y + py * r) : ctx.moveTo(x + px * r, y + py * r)));
    ctx.closePath();
    ctx.fillStyle = css(color);
    ctx.fill();
  } else if (kind === 'transfer-corridor' || kind === 'flagship-corridor') {
    ctx.strokeStyle = css(kind === 'transfer-corridor' ? ARC_SOURCE : CORRIDOR_COLOR);
    ctx.lineWidth = r / 3;
    ctx.beginPath();
    ctx.moveTo(x - r, y + r / 2);
    ctx.quadraticCurveTo(x, y - r, x + r, y + r / 2);
    ctx.stroke();
  } else {
    ctx.fillStyle = css(CHOROPLETH[3]);
    ctx.fillRect(x - r, y - r * 0.7, 2 * r, 1.4 * r);
  }
  ctx.restore();
}

/** One legend entry's drawing, centred at (x, y), `r` its half size. */
function drawEntry(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, r: number): void {
  ctx.save();
  if (e.type === 'kind') drawSymbol(ctx, e.kind, x, y, r);
  else if (e.type === 'inferred') {
    ctx.strokeStyle = css(ARC_INFERRED);
    ctx.lineWidth = r / 6;
    ctx.beginPath();
    ctx.moveTo(x - r, y + r / 2);
    ctx.quadraticCurveTo(x, y - r, x + r, y + r / 2);
    ctx.stroke();
  } else if (e.type === 'badge' || e.type === 'stack') {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = css(e.type === 'badge' ? BADGE_FILL : BADGE_LINE);
    ctx.fill();
    ctx.strokeStyle = css(e.type === 'badge' ? BADGE_LINE : BADGE_FILL);
    ctx.lineWidth = r / 5;
    ctx.stroke();
    ctx.fillStyle = css(e.type === 'badge' ? BADGE_LINE : BADGE_FILL);
    ctx.font = `700 ${r * 1.3}px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(e.type === 'badge' ? '3' : '6', x, y + r / 10);
  } else if (e.type === 'context') {
    ctx.globalAlpha = CONTEXT_OPACITY;
    drawSymbol(ctx, 'joint-lab', x, y, r);
  } else if (e.type === 'ring') {
    ctx.strokeStyle = css(SELECTED);
    ctx.lineWidth = r / 3;
    ctx.beginPath();
    ctx.arc(x, y, r * 0.85, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The legend box over the map area (its bottom edge at `bottom`, its left edge at `x`, or its right edge
 * when `fromRight`: a slide's caption card holds the bottom left): the same entries, in the same order, as
 * the legend on the map. Returns nothing; draws in `ctx`.
 */
function drawLegend(ctx: CanvasRenderingContext2D, title: string, entries: LegendEntry[], x: number, bottom: number, s: number, fromRight = false): void {
  if (!entries.length) return;
  const row = 17 * s;
  const pad = 8 * s;
  ctx.save();
  ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
  const labelW = Math.max(ctx.measureText(title).width, ...entries.map((e) => ctx.measureText(e.label).width + (e.type === 'ramp' ? 0 : 20 * s)));
  const rampW = 4 * 34 * s;
  const w = Math.max(labelW, rampW) + 2 * pad;
  const left = fromRight ? x - w : x;
  const rows = 1 + entries.length + (entries.some((e) => e.type === 'ramp') ? 2 : 0);
  const h = rows * row + pad * 1.5;
  const top = bottom - h;
  ctx.fillStyle = 'white';
  ctx.shadowColor = 'rgba(0,0,0,0.18)';
  ctx.shadowBlur = 3 * s;
  ctx.beginPath();
  ctx.roundRect(left, top, w, h, 6 * s);
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.fillStyle = PALETTE.ink;
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${12.5 * s}px ${FONT_FAMILY}`;
  let y = top + pad + row / 2;
  ctx.fillText(title, left + pad, y);
  ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
  for (const e of entries) {
    y += row;
    if (e.type === 'ramp') {
      ctx.fillText(e.label, left + pad, y);
      const sw = rampW / e.stops.length;
      e.stops.forEach((label, i) => {
        ctx.fillStyle = css(CHOROPLETH[i + 1]);
        ctx.fillRect(left + pad + i * sw, y + row / 2, sw, 9 * s);
        ctx.fillStyle = PALETTE.ink;
        ctx.textAlign = 'center';
        ctx.fillText(label, left + pad + (i + 0.5) * sw, y + row * 1.6);
        ctx.textAlign = 'start';
      });
      y += 2 * row;
    } else {
      drawEntry(ctx, e, left + pad + 7 * s, y, 6 * s);
      ctx.fillText(e.label, left + pad + 20 * s, y);
    }
  }
  ctx.restore();
}

export async function composeImage(map: HTMLCanvasElement, c: Composition): Promise<Blob> {
  const s = c.scale;
  const canvas = document.createElement('canvas');
  canvas.width = c.width;
  canvas.height = c.height;
  const ctx = canvas.getContext('2d')!;
  const top = TITLE_BAND * s;
  const foot = FOOTER_BAND * s;
  const mapH = c.height - top - foot;
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, c.width, c.height);
  const crop = centreCrop(map.width, map.height, c.width / mapH);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(map, crop.x, crop.y, crop.w, crop.h, 0, top, c.width, mapH);
  if (c.card) drawSlideCard(ctx, c.card, { x: 0, y: top, w: c.width, h: mapH }, s);

  const pad = 16 * s;
  ctx.fillStyle = PALETTE.inkStrong;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${22 * s}px ${FONT_FAMILY}`;
  ctx.fillText(c.title, pad, 30 * s, c.width - 2 * pad);
  ctx.fillStyle = PALETTE.inkSoft;
  ctx.font = `400 ${13 * s}px ${FONT_FAMILY}`;
  ctx.fillText(c.subtitle, pad, 52 * s, c.width - 2 * pad);

  // The map's legend over its bottom-left corner, then the footer: source and date.
  if (c.card) drawLegend(ctx, c.legendTitle, c.legend, c.width - pad, top + mapH - 10 * s, s, true);
  else drawLegend(ctx, c.legendTitle, c.legend, pad, top + mapH - 10 * s, s);
  ctx.fillStyle = PALETTE.inkSoft;
  ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
  ctx.fillText(`${c.source} · ${c.date}`, pad, c.height - 14 * s, c.width - 2 * pad);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
