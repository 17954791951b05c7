import { describe, expect, it } from 'vitest';
import { initialState, type Action, type AppState } from '../../src/state/app-state.ts';
import { reduce, type ReduceEnv } from '../../src/state/reduce.ts';

const groupOf = (id: string) => ({ 'park-zaf': 'country-ZAF', 'org-zaf': 'country-ZAF', 'lab-egy': 'country-EGY' })[id] ?? null;
const env: ReduceEnv = { groupOf, kindOf: (id) => (id === 'gone' ? undefined : 'park') };
const open = (extra: Partial<AppState> = {}): AppState => ({ ...initialState('en'), group: 'country-ZAF', ...extra });

describe('place groups (country badges) in the reducer', () => {
  it.each<{ title: string; from: AppState; action: Action; want: Partial<AppState> }>([
    { title: 'openGroup opens one', from: initialState('en'), action: { type: 'openGroup', id: 'country-ZAF' }, want: { group: 'country-ZAF' } },
    { title: 'openGroup null closes it', from: open(), action: { type: 'openGroup', id: null }, want: { group: null } },
    { title: 'choosing a record of the open group keeps the picker', from: open(), action: { type: 'select', id: 'org-zaf' }, want: { group: 'country-ZAF', selected: 'org-zaf' } },
    { title: 'choosing a record elsewhere closes it', from: open(), action: { type: 'select', id: 'site-lab' }, want: { group: null, selected: 'site-lab' } },
    { title: 'choosing a record of another group closes it', from: open(), action: { type: 'select', id: 'lab-egy' }, want: { group: null } },
    { title: 'clearing the selection keeps it', from: open({ selected: 'org-zaf' }), action: { type: 'select', id: null }, want: { group: 'country-ZAF', selected: null } },
    { title: 'escape closes the picker before the details', from: open({ selected: 'org-zaf' }), action: { type: 'escape' }, want: { group: null, selected: 'org-zaf' } },
    { title: 'a second escape closes the details', from: { ...initialState('en'), selected: 'org-zaf' }, action: { type: 'escape' }, want: { selected: null } },
    { title: 'a new dataset closes it', from: open(), action: { type: 'datasetLoaded' }, want: { group: null } },
    { title: 'opening a story closes it', from: open(), action: { type: 'openStory', id: 'innovation-road' }, want: { group: null } },
  ])('$title', ({ from, action, want }) => {
    expect(reduce(from, action, env)).toMatchObject(want);
  });

  it('changes nothing when nothing changes (same object)', () => {
    const s = open();
    expect(reduce(s, { type: 'openGroup', id: 'country-ZAF' }, env)).toBe(s);
    const closed = initialState('en');
    expect(reduce(closed, { type: 'openGroup', id: '' }, env)).toBe(closed);
  });

  it('a replaced state (Back, an edited hash) keeps a valid group and drops a bad one', () => {
    expect(reduce(initialState('en'), { type: 'replace', state: open() }).group).toBe('country-ZAF');
    expect(reduce(open(), { type: 'replace', state: { ...open(), group: 7 as unknown as string } }).group).toBeNull();
  });
});
