import { describe, expect, it } from 'vitest';
import { FIELDS, KINDS, type Field, type Kind } from '../../src/core/vocabulary.ts';
import { initialState, type Action, type AppState } from '../../src/state/app-state.ts';
import { REGIONS, type Region } from '../../src/core/vocabulary.ts';
import { reduce, type ReduceEnv, type StoryEnv } from '../../src/state/reduce.ts';

/** Deep-freezes so any mutation of the input throws in strict mode. */
function frozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) frozen(v);
    Object.freeze(x);
  }
  return x;
}

const busy: AppState = frozen({
  lang: 'zh',
  worldview: 'cn',
  kinds: ['joint-lab', 'park'],
  fields: ['energy', 'health'],
  regions: ['europe', 'africa'],
  countries: ['EGY', 'KEN'],
  years: [2015, 2020],
  undated: true,
  playing: null,
  selected: 'lab-x',
  country: 'KEN',
  camera: { center: [36.8, -1.3], zoom: 4 },
  panel: 'list',
  story: null,
  group: null,
});

const resumeOf = ({ kinds, fields, regions, countries, years, selected, country, camera, panel }: AppState) => ({ kinds, fields, regions, countries, years, selected, country, camera, panel });

describe('reduce: normalises what it is given', () => {
  const s0 = frozen(initialState('en'));
  const cases: { name: string; action: Action; expect: Partial<AppState> }[] = [
    { name: 'setLang', action: { type: 'setLang', lang: 'zh' }, expect: { lang: 'zh' } },
    { name: 'setKinds: dedupe + KINDS order', action: { type: 'setKinds', kinds: ['park', 'joint-lab', 'park'] }, expect: { kinds: ['joint-lab', 'park'] } },
    { name: 'setKinds: unknown dropped', action: { type: 'setKinds', kinds: ['park', 'bogus' as Kind] }, expect: { kinds: ['park'] } },
    { name: 'setKinds: empty', action: { type: 'setKinds', kinds: [] }, expect: { kinds: [] } },
    { name: 'setFields: FIELDS order', action: { type: 'setFields', fields: ['innovation', 'agriculture', 'energy', 'agriculture'] }, expect: { fields: ['agriculture', 'energy', 'innovation'] } },
    { name: 'setRegions: REGIONS order', action: { type: 'setRegions', regions: ['oceania', 'east-asia', 'africa'] }, expect: { regions: ['east-asia', 'africa', 'oceania'] } },
    { name: 'setCountries: upper, dedupe, sort', action: { type: 'setCountries', countries: ['ken', 'EGY', 'Ken', 'srb'] }, expect: { countries: ['EGY', 'KEN', 'SRB'] } },
    { name: 'setCountries: non-codes dropped', action: { type: 'setCountries', countries: ['KENYA', '', 'K1N', 'zaf'] }, expect: { countries: ['ZAF'] } },
    { name: 'setYears', action: { type: 'setYears', years: [2017, 2021] }, expect: { years: [2017, 2021] } },
    { name: 'setYears: reversed swapped', action: { type: 'setYears', years: [2021, 2017] }, expect: { years: [2017, 2021] } },
    { name: 'select', action: { type: 'select', id: 'lab-x' }, expect: { selected: 'lab-x' } },
    { name: 'openCountry: upper-cased', action: { type: 'openCountry', a3: 'ken' }, expect: { country: 'KEN' } },
    { name: 'setCamera', action: { type: 'setCamera', camera: { center: [10, 20], zoom: 3 } }, expect: { camera: { center: [10, 20], zoom: 3 } } },
    { name: 'openPanel', action: { type: 'openPanel', panel: 'filters' }, expect: { panel: 'filters' } },
    { name: 'openStory', action: { type: 'openStory', id: 'innovation-road' }, expect: { story: { id: 'innovation-road', slide: 0 }, resume: resumeOf(s0) } },
    { name: 'openStory at a slide', action: { type: 'openStory', id: 'innovation-road', slide: 4 }, expect: { story: { id: 'innovation-road', slide: 4 }, resume: resumeOf(s0) } },
    { name: 'toggleKind off', action: { type: 'toggleKind', kind: 'park' }, expect: { kinds: KINDS.filter((k) => k !== 'park') } },
  ];
  it.each(cases)('$name', ({ action, expect: want }) => {
    const next = reduce(s0, action);
    expect(next).not.toBe(s0);
    expect(next).toEqual({ ...s0, ...want });
    expect(s0).toEqual(initialState('en'));
  });

  it('toggleKind back on restores KINDS order', () => {
    const off = reduce(s0, { type: 'toggleKind', kind: 'joint-lab' });
    const on = reduce(off, { type: 'toggleKind', kind: 'joint-lab' });
    expect(on.kinds).toEqual([...KINDS]);
  });
});

describe('reduce: returns the same object when nothing changes', () => {
  const cases: { name: string; action: Action }[] = [
    { name: 'setLang same', action: { type: 'setLang', lang: 'zh' } },
    { name: 'setKinds equal after normalising', action: { type: 'setKinds', kinds: ['park', 'joint-lab', 'park'] } },
    { name: 'setFields same', action: { type: 'setFields', fields: ['health', 'energy'] } },
    { name: 'setRegions same', action: { type: 'setRegions', regions: ['africa', 'europe'] } },
    { name: 'setCountries same', action: { type: 'setCountries', countries: ['ken', 'egy'] } },
    { name: 'setYears same (reversed)', action: { type: 'setYears', years: [2020, 2015] } },
    { name: 'select same', action: { type: 'select', id: 'lab-x' } },
    { name: 'setCamera equal', action: { type: 'setCamera', camera: { center: [36.8, -1.3], zoom: 4 } } },
    { name: 'openPanel same', action: { type: 'openPanel', panel: 'list' } },
    { name: 'openStory with a bad id', action: { type: 'openStory', id: '<bad>' } },
    { name: 'goToSlide without a story', action: { type: 'goToSlide', slide: 3 } },
    { name: 'replace with an equal state', action: { type: 'replace', state: structuredClone(busy) } },
    { name: 'unknown panel ignored', action: { type: 'openPanel', panel: 'nope' as 'list' } },
    { name: 'unknown action ignored', action: { type: 'nope' } as unknown as Action },
  ];
  it.each(cases)('$name', ({ action }) => {
    expect(reduce(busy, action)).toBe(busy);
  });
  it('openCountry of the open country with no details over it', () => {
    const s = { ...busy, selected: null };
    expect(reduce(s, { type: 'openCountry', a3: 'KEN' })).toBe(s);
  });
  it('resetFilters and clearing on the initial state', () => {
    const s = initialState('zh');
    expect(reduce(s, { type: 'resetFilters' })).toBe(s);
    expect(reduce(s, { type: 'setYears', years: null })).toBe(s);
    expect(reduce(s, { type: 'setCamera', camera: null })).toBe(s);
    expect(reduce(s, { type: 'setKinds', kinds: [...KINDS].reverse() })).toBe(s);
  });
});

describe('reduce: scope of each action', () => {
  it('select changes only the selection (closes no panel, no country)', () => {
    const next = reduce(busy, { type: 'select', id: 'other' });
    expect(next).toEqual({ ...busy, selected: 'other' });
    expect(next.kinds).toBe(busy.kinds);
    expect(next.camera).toBe(busy.camera);
    expect(reduce(busy, { type: 'select', id: null })).toEqual({ ...busy, selected: null });
  });
  it('openCountry sets the country and closes the details, which would hide its profile', () => {
    expect(reduce(busy, { type: 'openCountry', a3: 'egy' })).toEqual({ ...busy, country: 'EGY', selected: null });
    expect(reduce(busy, { type: 'openCountry', a3: null })).toEqual({ ...busy, country: null });
  });
  it('resetFilters restores the filters, keeps lang, selection, country, camera, panel', () => {
    const next = reduce(busy, { type: 'resetFilters' });
    expect(next).toEqual({
      ...busy,
      kinds: [...KINDS],
      fields: [],
      regions: [],
      countries: [],
      years: null,
    });
    expect(next.lang).toBe('zh');
    expect(next.camera).toBe(busy.camera);
  });
  it('replace returns the given state normalised', () => {
    const messy = {
      ...initialState('en'),
      kinds: ['park', 'joint-lab', 'park'] as Kind[],
      fields: ['innovation', 'energy'] as Field[],
      regions: ['oceania', 'africa'] as Region[],
      countries: ['zaf', 'EGY', 'egy'],
      years: [2020, 2010] as [number, number],
      country: 'ken',
    };
    expect(reduce(busy, { type: 'replace', state: messy })).toEqual({
      ...initialState('en'),
      kinds: ['joint-lab', 'park'],
      fields: ['energy', 'innovation'],
      regions: ['africa', 'oceania'],
      countries: ['EGY', 'ZAF'],
      years: [2010, 2020],
      country: 'KEN',
    });
  });
  it('every kind, field and region can be set alone', () => {
    const s = initialState();
    for (const k of KINDS) expect(reduce(s, { type: 'setKinds', kinds: [k] }).kinds).toEqual([k]);
    for (const f of FIELDS) expect(reduce(s, { type: 'setFields', fields: [f] }).fields).toEqual([f]);
    for (const r of REGIONS) expect(reduce(s, { type: 'setRegions', regions: [r] }).regions).toEqual([r]);
  });
  it('does not share arrays with the action', () => {
    const fields: Field[] = ['energy'];
    const next = reduce(initialState(), { type: 'setFields', fields });
    fields.push('health');
    expect(next.fields).toEqual(['energy']);
  });
});

// Rules that need the dataset or the loaded story (they were in the element; now every rule is here).
const kinds: Record<string, Kind> = { 'lab-x': 'joint-lab', 'park-y': 'park' };
/** A three-slide story whose slide i shows only kind KINDS[i + 1] and the field 'energy' on slide 2. */
const story: StoryEnv = {
  id: 'tale',
  count: 3,
  stateAt: (i, s) => ({ ...initialState(s.lang), kinds: [KINDS[i + 1]], fields: i === 2 ? ['energy'] : [] }),
};
const env: ReduceEnv = { kindOf: (id) => kinds[id], story };
const presenting = (slide: number): AppState => frozen({ ...initialState('en'), story: { id: 'tale', slide } });
/** A reader mid-exploration: filtered, a panel open, a record chosen, the camera moved. */
const exploring: AppState = frozen({ ...initialState('en'), kinds: ['park', 'event'], fields: ['energy'], regions: ['africa'], countries: ['KEN'], years: [2015, 2020], selected: 'park-y', country: 'KEN', camera: { center: [37, 0], zoom: 4 }, panel: 'export' });
const resumed = resumeOf(exploring);

describe('reduce: rules that read the dataset and the story', () => {
  const cases: { title: string; state: AppState; action: Action; env?: ReduceEnv; expect: Partial<AppState> }[] = [
    { title: 'choosing a record of a hidden kind shows that kind', state: { ...initialState(), kinds: ['park'] }, action: { type: 'select', id: 'lab-x' }, env, expect: { selected: 'lab-x', kinds: ['joint-lab', 'park'] } },
    { title: 'choosing a record of a shown kind leaves kinds alone', state: { ...initialState(), kinds: ['park'] }, action: { type: 'select', id: 'park-y' }, env, expect: { selected: 'park-y', kinds: ['park'] } },
    { title: 'an id the dataset lacks changes no kind', state: { ...initialState(), kinds: ['park'] }, action: { type: 'select', id: 'nope' }, env, expect: { selected: 'nope', kinds: ['park'] } },
    { title: 'without a dataset, select only selects', state: { ...initialState(), kinds: ['park'] }, action: { type: 'select', id: 'lab-x' }, expect: { kinds: ['park'] } },
    { title: 'opening a loaded story applies its slide', state: initialState(), action: { type: 'openStory', id: 'tale', slide: 1 }, env, expect: { story: { id: 'tale', slide: 1 }, kinds: [KINDS[2]] } },
    { title: 'a slide past the end is clamped to the last', state: presenting(0), action: { type: 'goToSlide', slide: 9 }, env, expect: { story: { id: 'tale', slide: 2 }, kinds: [KINDS[3]], fields: ['energy'] } },
    { title: 'a story not loaded yet keeps the slide as asked', state: initialState(), action: { type: 'openStory', id: 'other', slide: 4 }, env, expect: { story: { id: 'other', slide: 4 } } },
    { title: 'applySlide applies the slide once the story has loaded', state: presenting(1), action: { type: 'applySlide' }, env, expect: { kinds: [KINDS[2]] } },
    { title: 'a slide keeps the language and the camera', state: { ...presenting(0), lang: 'zh', camera: { center: [1, 2], zoom: 3 } }, action: { type: 'goToSlide', slide: 2 }, env, expect: { lang: 'zh', camera: { center: [1, 2], zoom: 3 } } },
    { title: 'closing a story opened by a link (nothing to give back) resets the filters', state: { ...presenting(2), kinds: ['park'], fields: ['energy'] }, action: { type: 'closeStory' }, env, expect: { story: null, kinds: [...KINDS], fields: [], resume: undefined } },
    { title: 'opening a story from exploring keeps what the reader had', state: exploring, action: { type: 'openStory', id: 'tale' }, env, expect: { resume: resumed, kinds: [KINDS[1]], panel: 'none', selected: null, country: null } },
    { title: 'moving to another story keeps the first keep', state: { ...presenting(1), resume: resumed }, action: { type: 'openStory', id: 'other' }, env, expect: { resume: resumed } },
    { title: 'closing a story gives back filters, panels, selection and camera', state: { ...presenting(2), resume: resumed, camera: { center: [100, 10], zoom: 5 } }, action: { type: 'closeStory' }, env, expect: { ...resumed, story: null, resume: undefined } },
    { title: 'closing when no story is open keeps the filters', state: { ...initialState(), kinds: ['park'] }, action: { type: 'closeStory' }, env, expect: { kinds: ['park'] } },
    { title: 'a loaded dataset keeps a selection it has', state: { ...initialState(), selected: 'lab-x' }, action: { type: 'datasetLoaded' }, env, expect: { selected: 'lab-x' } },
    { title: 'a loaded dataset drops a selection it lacks', state: { ...initialState(), selected: 'gone' }, action: { type: 'datasetLoaded' }, env, expect: { selected: null } },
    { title: 'no map: the list opens instead of nothing', state: initialState(), action: { type: 'mapUnavailable' }, expect: { panel: 'list' } },
    { title: 'no map: the legend gives way to the list', state: { ...initialState(), panel: 'layers' }, action: { type: 'mapUnavailable' }, expect: { panel: 'list' } },
    { title: 'no map: an open filter panel stays', state: { ...initialState(), panel: 'filters' }, action: { type: 'mapUnavailable' }, expect: { panel: 'filters' } },
    { title: 'setFilters sets the given filters, normalised, and keeps the rest', state: { ...initialState(), fields: ['energy'] }, action: { type: 'setFilters', filters: { kinds: ['park', 'joint-lab', 'nope' as Kind], years: [2020, 2015] } }, expect: { kinds: ['joint-lab', 'park'], years: [2015, 2020], fields: ['energy'] } },
    { title: 'setFilters with years null clears the range', state: { ...initialState(), years: [2015, 2020] }, action: { type: 'setFilters', filters: { years: null } }, expect: { years: null } },
    { title: 'closeRight closes the details first', state: { ...initialState(), selected: 'lab-x', country: 'KEN' }, action: { type: 'closeRight' }, expect: { selected: null, country: 'KEN' } },
    { title: 'closeRight then closes the country', state: { ...initialState(), country: 'KEN' }, action: { type: 'closeRight' }, expect: { country: null } },
    { title: 'Escape closes the right panel before the left', state: { ...initialState(), selected: 'lab-x', panel: 'list' }, action: { type: 'escape' }, expect: { selected: null, panel: 'list' } },
    { title: 'Escape then closes the left panel', state: { ...initialState(), panel: 'list' }, action: { type: 'escape' }, expect: { panel: 'none' } },
    { title: 'Escape leaves a story to its own keys', state: { ...presenting(1), panel: 'list' }, action: { type: 'escape' }, expect: { panel: 'list', story: { id: 'tale', slide: 1 } } },
    { title: 'a link that leaves the story drops what the story kept to give back', state: { ...presenting(2), resume: resumed }, action: { type: 'replace', state: { ...initialState(), kinds: ['park'] } }, env, expect: { story: null, kinds: ['park'], resume: undefined } },
    { title: 'a link to another slide keeps it', state: { ...presenting(2), resume: resumed }, action: { type: 'replace', state: { ...presenting(1), resume: resumed } }, env, expect: { story: { id: 'tale', slide: 1 }, resume: resumed } },
    { title: 'a replaced state presenting the loaded story gets its slide', state: initialState(), action: { type: 'replace', state: presenting(1) }, env, expect: { kinds: [KINDS[2]], story: { id: 'tale', slide: 1 } } },
  ];
  it.each(cases)('$title', (c) => {
    const next = reduce(frozen(c.state), c.action, c.env);
    for (const [k, v] of Object.entries(c.expect)) expect(next[k as keyof AppState], k).toEqual(v);
  });
  it('returns the same state when a slide changes nothing', () => {
    const s = reduce(presenting(1), { type: 'applySlide' }, env);
    expect(reduce(s, { type: 'applySlide' }, env)).toBe(s);
  });
});

describe('reduce: the year player', () => {
  const env = { yearBounds: [2013, 2024] as [number, number] };
  const s0 = frozen(initialState('en'));
  const playing = (years: [number, number], undated = true): AppState => ({ ...s0, years, undated: false, playing: { undated } });
  const cases: { title: string; from: AppState; action: Action; env?: typeof env | object; want: Partial<AppState> | 'same' }[] = [
    { title: 'play from all years starts at the first year, undated records off, the setting kept', from: s0, action: { type: 'play' }, want: { years: [2013, 2013], undated: false, playing: { undated: true } } },
    { title: 'play keeps a reader who had hidden undated records hidden after', from: { ...s0, undated: false }, action: { type: 'play' }, want: { years: [2013, 2013], undated: false, playing: { undated: false } } },
    { title: 'play over a range reaching the last year starts at its first', from: { ...s0, years: [2017, 2024] }, action: { type: 'play' }, want: { years: [2017, 2017], undated: false, playing: { undated: true } } },
    { title: 'play over a part-played range goes on from its end', from: { ...s0, years: [2015, 2019] }, action: { type: 'play' }, want: { years: [2015, 2019], undated: false, playing: { undated: true } } },
    { title: 'play without a dated record does nothing', from: s0, action: { type: 'play' }, env: {}, want: 'same' },
    { title: 'play while playing does nothing', from: playing([2013, 2016]), action: { type: 'play' }, want: 'same' },
    { title: 'a step adds the next year', from: playing([2013, 2016]), action: { type: 'playStep' }, want: { years: [2013, 2017] } },
    { title: 'a step reaches the last year and keeps playing there', from: playing([2013, 2023]), action: { type: 'playStep' }, want: { years: [2013, 2024] } },
    { title: 'the step after the last year stops: all years, the setting back', from: playing([2013, 2024]), action: { type: 'playStep' }, want: { years: null, undated: true, playing: null } },
    { title: 'a range from a later year stops on that range', from: playing([2016, 2024], false), action: { type: 'playStep' }, want: { years: [2016, 2024], undated: false, playing: null } },
    { title: 'a step when not playing does nothing', from: { ...s0, years: [2013, 2016] }, action: { type: 'playStep' }, want: 'same' },
    { title: 'stop keeps the year reached and gives the setting back', from: playing([2013, 2018]), action: { type: 'stopPlay' }, want: { years: [2013, 2018], undated: true, playing: null } },
    { title: 'stop when not playing does nothing', from: s0, action: { type: 'stopPlay' }, want: 'same' },
    { title: 'the undated switch while playing changes what comes back, not the map', from: playing([2013, 2018]), action: { type: 'setUndated', undated: false }, want: { undated: false, playing: { undated: false } } },
    { title: 'the undated switch while exploring', from: s0, action: { type: 'setUndated', undated: false }, want: { undated: false } },
    { title: 'the undated switch to what it is does nothing', from: s0, action: { type: 'setUndated', undated: true }, want: 'same' },
    { title: 'reset stops playing and shows undated records', from: playing([2013, 2018], false), action: { type: 'resetFilters' }, want: { years: null, undated: true, playing: null } },
    { title: 'a story stops playing, the setting back', from: playing([2013, 2018]), action: { type: 'openStory', id: 'innovation-road' }, want: { undated: true, playing: null, story: { id: 'innovation-road', slide: 0 }, resume: resumeOf(playing([2013, 2018])) } },
    { title: 'a link replacing the state stops playing and brings its own setting', from: playing([2013, 2018]), action: { type: 'replace', state: { ...s0, undated: false, playing: { undated: true } } }, want: { years: null, undated: false, playing: null } },
    { title: 'a year dragged while playing keeps playing from there', from: playing([2013, 2018]), action: { type: 'setYears', years: [2015, 2016] }, want: { years: [2015, 2016] } },
  ];
  it.each(cases)('$title', ({ from, action, env: e, want }) => {
    const start = frozen(from);
    const next = reduce(start, action, e ?? env);
    if (want === 'same') expect(next).toBe(start);
    else expect(next).toEqual({ ...start, ...want });
  });

  it('played through, every year appears once in order, then the reader gets back what they had', () => {
    let s = reduce(frozen({ ...s0, undated: false }), { type: 'play' }, env);
    const seen: number[] = [];
    while (s.playing) {
      seen.push(s.years![1]);
      expect(s.undated).toBe(false);
      s = reduce(s, { type: 'playStep' }, env);
    }
    expect(seen).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(s).toMatchObject({ years: null, undated: false, playing: null });
  });
});
