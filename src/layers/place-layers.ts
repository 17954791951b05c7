/**
 * The layers of records placed only to their country (count badges, and the open badge's records fanned
 * out round it) and of a selected record's links to its partner countries. Pure functions of the prepared
 * places and the view; the small arrays they draw are memoised so an unrelated view change keeps them.
 *
 * Every layer reuses a layer type the atlas already draws with the same shader set-up (ScatterplotLayer as
 * the rings, TextLayer and IconLayer and ArcLayer with the filter extension, see PASS_ALL): no new GPU program.
 */
import type { Layer } from '@deck.gl/core';
import { ArcLayer, IconLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { recordYear } from '../core/derive.ts';
import { placeGroups, countryPoints, partnerLinks, type LonLat, type PartnerLink, type PlaceGroup } from '../core/places.ts';
import type { AtlasRecord } from '../core/record.ts';
import type { AtlasView } from '../state/view.ts';
import { FLAT, PASS_ALL } from './layer-common.ts';
import { BADGE_FILL, BADGE_LINE, BADGE_TEXT, FONT_FAMILY, HALO, HALO_DARK, HIGHLIGHT, LINK_SOURCE, LINK_TARGET, POINT_COLOR, POINT_COLOR_DARK, POINT_STYLE, isPointKind } from './palette.ts';
import { SYMBOL_MAPPING } from './symbols.ts';

/** Pixel radius of a badge; labels at a badge's point move up by this and a gap. */
export const BADGE_RADIUS = 10;

export interface PlaceData {
  records: readonly AtlasRecord[];
  groups: PlaceGroup[];
  groupById: Map<string, PlaceGroup>;
  /** Id of the group each country-level record is in. */
  groupOf: Map<string, string>;
  countryPoints: Map<string, LonLat>;
  /** The last arrays drawn per slot, by a key of what they show. */
  cache: Map<string, { key: string; value: unknown }>;
}

export interface BadgeItem {
  group: PlaceGroup;
  /** Records of the group that pass the filters. */
  count: number;
  open: boolean;
}

export interface FanItem {
  record: AtlasRecord;
  position: LonLat;
  offset: [number, number];
}

export function preparePlaces(records: readonly AtlasRecord[]): PlaceData {
  const groups = placeGroups(records);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const id of g.ids) groupOf.set(id, g.id);
  return { records, groups, groupById: new Map(groups.map((g) => [g.id, g])), groupOf, countryPoints: countryPoints(records), cache: new Map() };
}

/** The arc the fan spreads over: round the bottom of the badge, leaving the top free for the country's name. */
const FAN_START = (-40 * Math.PI) / 180;
const FAN_SPAN = (260 * Math.PI) / 180;

/**
 * Pixel offsets that fan `n` symbols out round a badge, clockwise over FAN_START..+FAN_SPAN (one symbol goes
 * straight below), far enough apart (`spacing` px along the arc) and never closer than `min` px to the centre.
 */
export function fanOffsets(n: number, min = 26, spacing = 24): [number, number][] {
  const r = Math.max(min, (n * spacing) / FAN_SPAN);
  return Array.from({ length: n }, (_, i) => {
    const a = FAN_START + (FAN_SPAN * (i + 0.5)) / n;
    // Rounded so offsets are whole pixels (crisp symbols, exact tests).
    return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))] as [number, number];
  });
}

/** Whether the record at dataset index `i` passes the view's filters (as the GPU filter decides for symbols). */
export function passes(p: PlaceData, view: AtlasView, i: number): boolean {
  const r = p.records[i];
  if (!view.kinds.includes(r.properties.kind)) return false;
  const y = recordYear(r);
  if (view.years && y !== null && (y < view.years[0] || y > view.years[1])) return false;
  if (y === null && view.undated === false) return false;
  return !view.cpuMask || view.cpuMask[i] === 1;
}

function cached<T>(p: PlaceData, slot: string, key: string, make: () => T): T {
  const last = p.cache.get(slot);
  if (last?.key === key) return last.value as T;
  const value = make();
  p.cache.set(slot, { key, value });
  return value;
}

/** One badge per group with at least one record passing the filters; the same array while counts stay. */
export function badgesFor(p: PlaceData, view: AtlasView): BadgeItem[] {
  const counts = p.groups.map((g) => g.indexes.filter((i) => passes(p, view, i)).length);
  return cached(p, 'badges', `${counts.join()}|${view.group ?? ''}`, () =>
    p.groups.map((group, i) => ({ group, count: counts[i], open: group.id === view.group })).filter((b) => b.count > 0),
  );
}

/** The open group's records that pass the filters, fanned out round its badge. */
export function fanFor(p: PlaceData, view: AtlasView): FanItem[] {
  const g = view.group ? p.groupById.get(view.group) : undefined;
  const shown = g ? g.indexes.filter((i) => passes(p, view, i)) : [];
  return cached(p, 'fan', `${g?.id ?? ''}|${shown.join()}`, () => {
    const offsets = fanOffsets(shown.length);
    return shown.map((i, k) => ({ record: p.records[i], position: g!.position, offset: offsets[k] }));
  });
}

/** Links from the selected record to the partner countries it serves. */
export function linksFor(p: PlaceData, view: AtlasView): PartnerLink[] {
  return cached(p, 'links', view.selected ?? '', () => {
    const r = view.selected ? p.records.find((x) => x.properties.id === view.selected) : undefined;
    return r ? partnerLinks(r, p.countryPoints) : [];
  });
}

const styleOf = (r: AtlasRecord) => (isPointKind(r.properties.kind) ? POINT_STYLE[r.properties.kind] : POINT_STYLE.organisation);

export interface PlaceLayers {
  /** Under the labels: the selected record's links to its partner countries. */
  links: Layer;
  /** Over the point symbols: badges, their counts, and the open badge's fan. */
  badges: Layer[];
}

export function placeLayers(p: PlaceData, view: AtlasView, opts: { symbolAtlas: string; symbolSize: number; scale?: number; dark?: boolean }): PlaceLayers {
  const badges = badgesFor(p, view);
  const fan = fanFor(p, view);
  const size = opts.symbolSize;
  // Presentation type scales the discs, their counts and the fan with the screen.
  const k = opts.scale ?? 1;
  // The fan and its halo: each record's own symbol, set off from the badge by its offset.
  const fanSymbols = {
    ...FLAT,
    ...PASS_ALL,
    data: fan,
    iconAtlas: opts.symbolAtlas,
    iconMapping: SYMBOL_MAPPING,
    getIcon: (d: FanItem) => styleOf(d.record).shape,
    getPosition: (d: FanItem) => d.position,
    getPixelOffset: (d: FanItem): [number, number] => [d.offset[0] * k, d.offset[1] * k],
    updateTriggers: { getPixelOffset: k },
    sizeUnits: 'pixels' as const,
  };
  return {
    links: new ArcLayer<PartnerLink>({
      id: 'partner-links',
      ...FLAT,
      ...PASS_ALL,
      data: linksFor(p, view),
      greatCircle: true,
      numSegments: 64,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getSourceColor: LINK_SOURCE,
      getTargetColor: LINK_TARGET,
      widthUnits: 'pixels',
      getWidth: 2,
    }),
    badges: [
      new ScatterplotLayer<BadgeItem>({
        id: 'country-badges',
        ...FLAT,
        data: badges,
        pickable: true,
        getPosition: (d) => d.group.position,
        stroked: true,
        filled: true,
        radiusUnits: 'pixels',
        getRadius: (d) => (d.count > 9 ? BADGE_RADIUS + 2 : BADGE_RADIUS) * k,
        updateTriggers: { getRadius: k },
        // A stack at one site is the dark disc, a country's records placed only to it the light one.
        getFillColor: (d) => (d.group.level === 'site' ? BADGE_LINE : BADGE_FILL),
        lineWidthUnits: 'pixels',
        getLineWidth: (d) => (d.open ? 3 : 1.5),
        getLineColor: (d) => (d.open ? HIGHLIGHT : d.group.level === 'site' ? BADGE_FILL : BADGE_LINE),
        autoHighlight: true,
        highlightColor: [0, 0, 0, 60],
      }),
      new TextLayer<BadgeItem>({
        id: 'country-badge-counts',
        ...FLAT,
        ...PASS_ALL,
        data: badges,
        getPosition: (d) => d.group.position,
        getText: (d) => String(d.count),
        characterSet: '0123456789',
        fontFamily: FONT_FAMILY,
        fontWeight: 700,
        fontSettings: { sdf: false, fontSize: 56, buffer: 4 },
        getColor: (d) => (d.group.level === 'site' ? BADGE_FILL : BADGE_TEXT),
        sizeUnits: 'pixels',
        getSize: 11 * k,
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
      new IconLayer<FanItem>({ id: 'fan-halo', ...fanSymbols, getColor: opts.dark ? HALO_DARK : HALO, getSize: size + 5 * k }),
      new IconLayer<FanItem>({
        id: 'fan',
        ...fanSymbols,
        pickable: true,
        getColor: (d) => (opts.dark ? POINT_COLOR_DARK : POINT_COLOR)[isPointKind(d.record.properties.kind) ? d.record.properties.kind : 'organisation'],
        updateTriggers: { getColor: opts.dark },
        getSize: size,
        autoHighlight: true,
        highlightColor: [0, 0, 0, 90],
      }),
    ],
  };
}
