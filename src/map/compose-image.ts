/**
 * Lays a captured map out as a picture for slides and reports: a title band, the map (centre-cropped
 * to fill), and a footer with the legend, the source line and the date, drawn on a 2D canvas so the
 * text is part of the image. Browser-only (canvas), no map library.
 */
import type { Kind } from '../core/vocabulary.ts';
import { FONT_FAMILY, POINT_STYLE, ARC_SOURCE, CORRIDOR_COLOR, CHOROPLETH, isPointKind, type RGBA } from '../layers/palette.ts';
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
  legend: { kind: Kind; label: string }[];
  source: string;
  date: string;
  /** A story slide's caption and call-outs, drawn over the map as the presenter shows them. */
  card?: SlideCard;
}

export const TITLE_BAND = 64;
export const FOOTER_BAND = 58;

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

  // Footer: legend on one line, then source and date.
  let x = pad;
  const ly = c.height - foot + 19 * s;
  ctx.font = `400 ${12 * s}px ${FONT_FAMILY}`;
  ctx.fillStyle = PALETTE.ink;
  for (const item of c.legend) {
    const w = ctx.measureText(item.label).width + 30 * s;
    if (x + w > c.width - pad) break;
    drawSymbol(ctx, item.kind, x + 7 * s, ly - 4 * s, 6 * s);
    ctx.fillText(item.label, x + 17 * s, ly);
    x += w;
  }
  ctx.fillStyle = PALETTE.inkSoft;
  ctx.font = `400 ${11 * s}px ${FONT_FAMILY}`;
  ctx.fillText(`${c.source} · ${c.date}`, pad, c.height - 12 * s, c.width - 2 * pad);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
