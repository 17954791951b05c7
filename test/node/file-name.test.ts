import { describe, expect, it } from 'vitest';
import { downloadName, filterPart } from '../../src/export/file-name.ts';
import { initialState } from '../../src/state/app-state.ts';

const all = initialState('en');

describe('download file names say what the file holds', () => {
  it.each([
    { title: 'nothing filtered', state: all, expect: 'all' },
    { title: 'two kinds', state: { ...all, kinds: ['joint-lab', 'park'] }, expect: 'joint-lab+park' },
    { title: 'many kinds are cut short', state: { ...all, kinds: ['joint-lab', 'park', 'event', 'agreement', 'programme'] }, expect: 'joint-lab+park+event+2' },
    { title: 'no kinds at all', state: { ...all, kinds: [] }, expect: 'no-kinds' },
    { title: 'field, region, countries and years', state: { ...all, fields: ['energy'], regions: ['africa'], countries: ['KEN', 'ETH'], years: [2015, 2020] }, expect: 'energy_africa_ken+eth_2015-2020' },
    { title: 'a single year', state: { ...all, years: [2019, 2019] }, expect: '2019' },
  ] as const)('$title', ({ state, expect: want }) => {
    expect(filterPart({ ...all, ...state, kinds: [...state.kinds] } as typeof all)).toBe(want);
  });

  it.each([
    { d: { what: 'slides', story: 'innovation-road' }, lang: 'zh', expect: 'innovation-road-slides-zh-2026-12-02.zip' },
    // A story file holds both languages: its name has none.
    { d: { what: 'story', story: 'my-story' }, lang: 'zh', expect: 'my-story-story-2026-12-02.json' },
    { d: { what: 'png', story: { id: 'innovation-road', slide: 3 } }, lang: 'en', expect: 'innovation-road-slide-04-en-2026-12-02.png' },
    { d: { what: 'png', story: null }, lang: 'en', expect: 'innovation-road-atlas-energy-en-2026-12-02.png' },
    { d: { what: 'csv' }, lang: 'zh', expect: 'innovation-road-atlas-energy-zh-2026-12-02.csv' },
    { d: { what: 'geojson' }, lang: 'en', expect: 'innovation-road-atlas-energy-en-2026-12-02.geojson' },
  ] as const)('$expect', ({ d, lang, expect: want }) => {
    const name = downloadName(d, { ...all, fields: ['energy'] }, lang, '2026-12-02');
    expect(name).toBe(want);
    expect(name).toMatch(/^[a-z0-9+_.-]+$/);
  });
});
