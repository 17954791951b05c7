/**
 * Which labels the map draws for a camera, and where: the candidates (partner countries, China, flagship
 * corridors, and on a slide the places it highlights) placed clear of the symbols drawn and of the chrome
 * over the map (place-labels.ts). Pure: the map element passes its projection, size and chrome boxes.
 */
import type { AtlasRecord } from '../core/record.ts';
import type { Lang } from '../core/vocabulary.ts';
import type { AtlasView } from '../state/view.ts';
import type { LabelItem, LayerData } from './build-layers.ts';
import { BADGE_RADIUS, badgesFor, fanFor, passes } from './place-layers.ts';
import { around, placeLabels, type Box, type LabelCandidate } from './place-labels.ts';
import { isPointKind } from './palette.ts';

type Xy = [number, number];

export interface ScreenOptions {
  project: (lngLat: Xy) => Xy;
  width: number;
  height: number;
  /** Boxes of the controls, panels, legend and footer over the map (element pixels). */
  chrome: readonly Box[];
  measure: (text: string, size: number) => number;
  /** Type and symbol scale (presentation type on a large screen). */
  scale: number;
  /** Pixel size of point symbols at this scale. */
  symbolSize: number;
}

/** A slide's places are named in larger type and placed before anything else. */
const SUBJECT_PRIORITY = 1e6;
const SUBJECT_SIZE = 15;

const anchorOf = (r: AtlasRecord): Xy =>
  (r.geometry!.type === 'Point' ? r.geometry!.coordinates : (r.geometry!.coordinates as Xy[])[Math.floor(r.geometry!.coordinates.length / 2)]) as Xy;

/**
 * The labels naming a slide's subject: each highlighted point record's place (its city, else its name) and,
 * for every record but an event, its partner countries' labels (both ends of a bilateral lab). An event's
 * countries are who took part, from anywhere in the world, not where it is: its slide frames only its city.
 * Ids of the country and corridor labels to raise are returned beside the new place labels.
 */
export function subjectLabels(data: LayerData, ids: readonly string[]): { raise: Set<string>; places: LabelItem[] } {
  const raise = new Set<string>();
  const places: LabelItem[] = [];
  const byCountry = new Map(data.labels.filter((l) => l.kind === 'partner-country').map((l) => [l.a3, l.id]));
  for (const id of ids) {
    const r = data.byId.get(id);
    if (!r?.geometry) continue;
    const p = r.properties;
    if (p.kind !== 'event') for (const c of p.countries) if (byCountry.has(c)) raise.add(byCountry.get(c)!);
    if (p.kind === 'flagship-corridor') raise.add(p.id);
    else if (r.geometry.type === 'Point' && p.precision !== 'country' && isPointKind(p.kind)) {
      const text = p.city ?? p.name;
      const position = anchorOf(r);
      if (places.some((l) => l.text.en === text.en && l.position.join() === position.join())) continue;
      places.push({ id: `place-${p.id}`, kind: p.kind, position, text, priority: SUBJECT_PRIORITY, year: 0, index: -1, size: SUBJECT_SIZE, offset: [0, 0], a3: null });
    }
  }
  return { raise, places };
}

/** Whether a label's record passes the view's filters (China's and a slide's place labels always do). */
function shown(data: LayerData, view: AtlasView, l: LabelItem): boolean {
  return l.index < 0 || passes(data.places, view, l.index);
}

export function screenLabels(data: LayerData, view: AtlasView, o: ScreenOptions): LabelItem[] {
  const lang: Lang = view.lang;
  const { raise, places } = subjectLabels(data, view.highlight);
  const items = [...data.labels.filter((l) => raise.has(l.id) || shown(data, view, l)), ...places];
  const obstacles: Box[] = [];
  const half = (o.symbolSize + 5) / 2;
  const symbolAt = new Map<string, number>();
  data.points.forEach((r, i) => {
    if (!passes(data.places, view, data.pointIndex[i])) return;
    const xy = o.project(r.geometry!.coordinates as Xy);
    obstacles.push(around(xy, half));
    symbolAt.set(xy.join(), half);
  });
  const badgeR = (BADGE_RADIUS + 3) * o.scale;
  for (const b of badgesFor(data.places, view)) {
    const xy = o.project(b.group.position);
    obstacles.push(around(xy, badgeR));
    symbolAt.set(xy.join(), badgeR);
  }
  for (const f of fanFor(data.places, view)) {
    const [x, y] = o.project(f.position);
    obstacles.push(around([x + f.offset[0] * o.scale, y + f.offset[1] * o.scale], half));
  }
  const rings = [...view.highlight, ...(view.selected ? [view.selected] : [])];
  for (const id of rings) {
    const r = data.byId.get(id);
    if (r?.geometry) obstacles.push(around(o.project(anchorOf(r)), o.symbolSize + 6));
  }
  const candidates: LabelCandidate[] = items.map((l) => {
    const anchor = o.project(l.position);
    const size = l.size * o.scale;
    return {
      anchor,
      text: l.text[lang],
      size,
      priority: raise.has(l.id) ? SUBJECT_PRIORITY + l.priority : l.priority,
      clear: symbolAt.get(anchor.join()) ?? 0,
      prefer: l.kind === 'flagship-corridor' ? [0, -size] : undefined,
      force: raise.has(l.id) || l.index < 0,
    };
  });
  const placed = placeLabels(candidates, { obstacles, chrome: o.chrome, width: o.width, height: o.height, measure: o.measure });
  // The same placement gives the same array, so deck rebuilds no text when a move changed nothing.
  const key = `${lang}|${o.scale}|${placed.map((p) => `${items[p.index].id}@${p.offset.join()}`).join(';')}`;
  if (data.screenCache?.key === key) return data.screenCache.labels;
  const labels = placed.map((p) => ({ ...items[p.index], size: candidates[p.index].size, offset: p.offset }));
  data.screenCache = { key, labels };
  return labels;
}
