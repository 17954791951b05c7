import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { legendEntries, legendFor, type LegendInput, type LegendView } from '../../src/core/legend.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { KINDS, type Kind } from '../../src/core/vocabulary.ts';
import { corridorStyle } from '../../src/layers/palette.ts';

const ALL = new Set<Kind>(KINDS);
const base: LegendInput = { lang: 'en', kinds: KINDS, drawn: ALL, badges: true, inferred: false, ring: false };
const types = (i: Partial<LegendInput>) => legendEntries({ ...base, ...i }).map((e) => (e.type === 'kind' ? e.kind : e.type));

describe('legend entries follow what the map draws', () => {
  it.each([
    { title: 'everything on: point kinds, the country disc, corridors, the ramp', input: {}, has: ['joint-lab', 'badge', 'transfer-corridor', 'flagship-corridor', 'ramp'], not: ['inferred', 'ring', 'programme', 'figure'] },
    { title: 'inferred corridors in the data: a second, lighter corridor entry', input: { inferred: true }, has: ['transfer-corridor', 'inferred'], not: [] },
    { title: 'inferred corridors but the corridor layer off: neither', input: { inferred: true, kinds: KINDS.filter((k) => k !== 'transfer-corridor') }, has: [], not: ['transfer-corridor', 'inferred'] },
    { title: 'partner countries off: no ramp', input: { kinds: KINDS.filter((k) => k !== 'partner-country') }, has: ['joint-lab'], not: ['ramp'] },
    { title: 'no point kind on: no country disc', input: { kinds: ['partner-country', 'transfer-corridor'] as Kind[] }, has: ['ramp'], not: ['badge', 'joint-lab'] },
    { title: 'no country-level records: no disc', input: { badges: false }, has: ['joint-lab'], not: ['badge'] },
    { title: 'a record chosen: the ring', input: { ring: true }, has: ['ring'], not: [] },
    { title: 'stacks in the data: the numbered square', input: { stacks: true }, has: ['stack'], not: [] },
    { title: 'a slide that leaves records out: the faint context', input: { context: true }, has: ['context'], not: [] },
    { title: 'a kind not drawn in this dataset: left out', input: { drawn: new Set<Kind>(['park']) }, has: ['park'], not: ['joint-lab', 'ramp'] },
  ])('$title', ({ input, has, not }) => {
    const got = types(input);
    for (const h of has) expect(got).toContain(h);
    for (const n of not) expect(got).not.toContain(n);
  });

  it.each(['en', 'zh'] as const)('every entry has a label in %s, with no internal word', (lang) => {
    for (const e of legendEntries({ ...base, lang, inferred: true, ring: true, stacks: true, context: true })) {
      expect(e.label.length).toBeGreaterThan(1);
      expect(e.label).not.toMatch(/seed|种子|[a-z]+-[a-z]+/);
    }
  });
});

describe('certainty drawn on corridors', () => {
  it.each([
    { confidence: 'stated', inferred: false },
    { confidence: 'reported', inferred: false },
    { confidence: 'inferred', inferred: true },
  ])('$confidence corridor', ({ confidence, inferred }) => {
    const s = corridorStyle(confidence);
    const stated = corridorStyle('stated');
    if (inferred) {
      expect(s.width).toBeLessThan(stated.width);
      expect(s.source[3]).toBeLessThan(stated.source[3]);
      expect(s.target[3]).toBeLessThan(stated.target[3]);
    } else expect(s).toEqual(stated);
  });
});

describe("legendFor: a story slide's faint context", () => {
  const { records } = validateDataset(JSON.parse(readFileSync(new URL('../fixtures/mini.geojson', import.meta.url), 'utf8')));
  const has = (v: Partial<LegendView>) => legendFor(records, { lang: 'en', kinds: KINDS, selected: null, ...v }).some((e) => e.type === 'context');
  it.each([
    ['exploring with a filter: hidden, so no entry', { kinds: ['joint-lab'] as Kind[] }, false],
    ['a slide with every kind on', { story: { id: 's', slide: 0 } }, false],
    ['a slide narrowed to one kind', { story: { id: 's', slide: 0 }, kinds: ['joint-lab'] as Kind[] }, true],
    ['a slide narrowed to some years', { story: { id: 's', slide: 0 }, years: [2018, 2020] as [number, number] }, true],
    ['a slide narrowed to a region', { story: { id: 's', slide: 0 }, regions: ['asia'] }, true],
  ])('%s', (_t, v, want) => expect(has(v)).toBe(want));
});
