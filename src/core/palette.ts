/**
 * Every colour of the atlas's chrome and basemap, named by the role it plays, in one place. The element's
 * stylesheet turns these into CSS custom properties (`--atlas-ink`, `--atlas-link`, …) on its host, so every
 * panel inherits them through the shadow roots; canvas and SVG code (exported images, charts), which cannot
 * read CSS variables, import the same values from here. The map symbols' RGBA colours live beside their
 * shapes in `layers/palette.ts`.
 *
 * Ink and greys are blue-tinted neutrals that keep at least 4.5:1 on white (ink 15:1, inkSoft 8.6:1,
 * muted 6.6:1); the accent, focus and link colours come from the Okabe–Ito set the symbols use.
 */
export const PALETTE = {
  /** Body text, pressed controls. */
  ink: '#23232d',
  /** Titles in presentation and exported images. */
  inkStrong: '#1d1d26',
  /** Headings, field labels, counts. */
  inkSoft: '#4a4a55',
  /** Secondary lines (kinds, dates, sources). */
  muted: '#5b5b66',
  /** The footer credit. */
  credit: '#4d4d57',
  link: '#005a8e',
  focus: '#0072b2',
  /** Present mode and story progress. */
  accent: '#d55e00',
  /** Hairlines between list items. */
  rule: '#e3e3e8',
  /** Chips, selects and buttons. */
  control: '#9aa3ad',
  /** The search field's edge (3:1 on white, as a text input needs). */
  input: '#8d959f',
  /** Toolbar buttons' edge. */
  tool: '#aab1b9',
  /** Presenter controls' edge. */
  presenterControl: '#7d858f',
  /** Cards in "In numbers". */
  cardEdge: '#d3d6db',
  /** Chart axes. */
  axis: '#c9c9d0',
  /** A layer switch that is off. */
  switchOff: '#b9bec5',
  /** Agreement symbol in the legend. */
  agreement: '#6b6b76',
  /** The current row, the active search hit. */
  selected: '#e6eef5',
  tableHead: '#f3f4f6',
  /** Both ends of a bilateral record. */
  endsBack: '#eef3f7',
  /** Read-only code fields (embed snippet). */
  field: '#fafafa',
  /** "Inferred" and "conflicting figures" notes. */
  caution: '#c98a00',
  cautionBack: '#fff3d6',
  cautionInk: '#7a4a00',
  /** The notice of records that failed validation. */
  notice: '#d9a441',
  noticeBack: '#fff6e5',
  noticeInk: '#6b4100',
  /** Country-level position: dashed umber, as drawn on the map; also the figures' charts. */
  umber: '#8a6a3a',
  umberInk: '#5b4a2a',
  umberBack: '#f6efe2',
  /** Dark theme chrome (the map and the bar around it; panels stay light cards). */
  darkMap: '#1d2630',
  darkInk: '#eef1f4',
  darkInkSoft: '#c3cad2',
  darkEdge: '#5b6470',
} as const;

export type PaletteRole = keyof typeof PALETTE;

export interface BasemapColors {
  sea: string;
  land: string;
  border: string;
  coast: string;
}

/** Calm basemap colours; they read in greyscale as sea < land. */
export const BASEMAP_COLORS: BasemapColors = {
  sea: '#dbe5ec',
  land: '#f5f3ee',
  border: '#b3aca0',
  coast: '#9fb1bf',
};

/**
 * The dark theme (for dark host pages and dimmed rooms): land stays lighter than sea, and light enough
 * that the sand-to-umber choropleth and the symbols keep their contrast.
 */
export const BASEMAP_COLORS_DARK: BasemapColors = {
  sea: PALETTE.darkMap,
  land: '#4a4f57',
  border: '#7d848d',
  coast: '#68727e',
};

/** `inkSoft` → `--atlas-ink-soft`. */
export const cssVar = (role: PaletteRole): string => `--atlas-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
