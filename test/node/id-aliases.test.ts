/**
 * Renamed record ids keep old links working: one table (core/id-aliases.ts), read by the URL decoder
 * (shared links and embed code's `selected`) and by story loading (highlights and call-outs). Every old id
 * points at a record the dataset has, and no current id is an old one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ID_ALIASES, currentId } from '../../src/core/id-aliases.ts';
import { parseDataset } from '../../src/core/validate.ts';
import { initialState } from '../../src/state/app-state.ts';
import { firstState } from '../../src/state/embed-options.ts';
import { decodeState } from '../../src/state/url.ts';
import { validateStory } from '../../src/story/schema.ts';

const { records } = parseDataset(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'));
const ids = new Set(records.map((r) => r.properties.id));
const story = JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8'));

describe('the alias table', () => {
  it('every old id points at a record of the dataset, and no record still has an old id', () => {
    for (const [old, now] of Object.entries(ID_ALIASES)) {
      expect(ids.has(now), `${old} → ${now}`).toBe(true);
      expect(ids.has(old), old).toBe(false);
    }
  });

  it('no record id names a stored text', () => {
    expect([...ids].filter((id) => /seed/i.test(id))).toEqual([]);
  });

  it.each([
    { title: 'an old id', id: 'fig-joint-labs-53-seed000', want: 'fig-joint-labs-53-2024-pujiang' },
    { title: 'another old id', id: 'fig-tt-platforms-5-seed002', want: 'fig-tt-platforms-5-2019' },
    { title: 'a current id', id: 'fig-joint-labs-53-2024', want: 'fig-joint-labs-53-2024' },
    { title: 'an id the dataset does not have', id: 'lab-nowhere', want: 'lab-nowhere' },
    { title: 'a name of Object.prototype', id: 'constructor', want: 'constructor' },
  ])('currentId: $title', ({ id, want }) => {
    expect(currentId(id)).toBe(want);
  });
});

describe('old ids still open their record', () => {
  it.each([
    { title: 'a shared link', hash: 'v=1&lang=en&sel=fig-joint-labs-53-seed003', want: 'fig-joint-labs-53-2023' },
    { title: 'a shared link in Chinese', hash: 'v=1&lang=zh&sel=fig-young-scientists-5000-seed003', want: 'fig-young-scientists-5000-2023' },
    { title: 'a link with a current id', hash: 'v=1&lang=en&sel=fig-joint-labs-53-2024', want: 'fig-joint-labs-53-2024' },
  ])('$title', ({ hash, want }) => {
    expect(decodeState(hash, initialState('en')).selected).toBe(want);
  });

  it('embed code: an old id in the selected attribute', () => {
    const s = firstState({ lang: 'en', view: null, story: null, slide: null, state: { selected: 'fig-tt-centres-9-seed001' } }, null);
    expect(s.selected).toBe('fig-tt-centres-9-2024');
  });

  it('a story file written with old ids loses no highlight or call-out', () => {
    const old = structuredClone(story);
    old.slides[0].highlight = ['fig-joint-labs-53-seed000', ...(old.slides[0].highlight ?? [])];
    old.slides[0].callouts = [{ record: 'fig-joint-labs-53-seed001' }, { record: 'fig-joint-labs-53-seed003', figure: 1 }];
    const { story: got, errors } = validateStory(old, records);
    expect(errors).toEqual([]);
    expect(got!.slides[0].highlight![0]).toBe('fig-joint-labs-53-2024-pujiang');
    expect(got!.slides[0].callouts).toEqual([{ record: 'fig-joint-labs-53-2024' }, { record: 'fig-joint-labs-53-2023', figure: 1 }]);
  });
});
