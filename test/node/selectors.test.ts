import { describe, expect, it } from 'vitest';
import { createSelectors, type FilterSlices } from '../../src/core/selectors.ts';
import { initialState, type Action } from '../../src/state/app-state.ts';
import { reduce } from '../../src/state/reduce.ts';
import { rec } from '../fixtures/record.ts';

const records = [
  rec({ id: 'lab', kind: 'joint-lab', fields: ['energy'], countries: ['KEN'], date: '2017' }),
  rec({ id: 'park', kind: 'park', fields: ['digital'], countries: ['EGY'], date: '2020' }),
  rec({ id: 'prog', kind: 'programme', fields: ['energy'] }),
];
const base: FilterSlices = initialState();

describe('selectors', () => {
  it.each<[string, Partial<FilterSlices>, string[], number[] | null]>([
    ['no filter', {}, ['lab', 'park', 'prog'], null],
    ['a field', { fields: ['energy'] }, ['lab', 'prog'], [1, 0, 1]],
    ['a country', { countries: ['EGY'] }, ['park'], [0, 1, 0]],
    ['a region', { regions: ['africa'] }, ['lab', 'park'], [1, 1, 0]],
    ['a kind (GPU side: no mask)', { kinds: ['park'] }, ['park'], null],
    ['a year range (GPU side: no mask)', { years: [2016, 2018] }, ['lab', 'prog'], null],
  ])('%s', (_, f, passing, mask) => {
    const sel = createSelectors();
    const s = { ...base, ...f };
    expect(sel.passing(records, s).map((r) => r.properties.id)).toEqual(passing);
    const m = sel.mapFilter(records, s);
    expect(m.mask ? Array.from(m.mask) : null).toEqual(mask);
    expect(m.key === '').toBe(mask === null);
  });

  it('filters once per change: a camera move, a selection or a panel returns the same result object', () => {
    const sel = createSelectors();
    let s = initialState();
    const first = sel.filterResult(records, s);
    const actions: Action[] = [{ type: 'setCamera', camera: { center: [1, 2], zoom: 3 } }, { type: 'select', id: 'lab' }, { type: 'openPanel', panel: 'list' }];
    for (const a of actions) {
      s = reduce(s, a);
      expect(sel.filterResult(records, s)).toBe(first);
    }
    s = reduce(s, { type: 'setFields', fields: ['energy'] });
    expect(sel.filterResult(records, s)).not.toBe(first);
  });

  it('keeps the map key when only kinds or years change (the GPU applies those)', () => {
    const sel = createSelectors();
    const s = { ...base, fields: ['energy'] } as FilterSlices;
    const a = sel.mapFilter(records, s);
    const b = sel.mapFilter(records, { ...s, kinds: ['park'] });
    expect(b.key).toBe(a.key);
    expect(sel.mapFilter(records, { ...s, fields: ['digital'] }).key).not.toBe(a.key);
  });

  it('lists what the dataset holds', () => {
    const sel = createSelectors();
    expect(sel.kindsPresent(records)).toEqual(['joint-lab', 'park', 'programme']);
    expect(sel.fieldsPresent(records)).toEqual(['energy', 'digital']);
    expect(sel.countryOptions(records).map((c) => c.a3).sort()).toEqual(['EGY', 'KEN']);
    expect(sel.countryOptions(records).find((c) => c.a3 === 'KEN')).toMatchObject({ zh: '肯尼亚', en: 'Kenya' });
    expect(sel.regionsPresent(records)).toEqual(['africa']);
    expect(sel.yearBounds(records)).toEqual([2017, 2020]);
    expect(sel.byId(records).get('park')?.properties.kind).toBe('park');
    expect(sel.kindsPresent(records)).toBe(sel.kindsPresent(records));
  });
});
