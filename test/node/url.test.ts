import { describe, expect, it } from 'vitest';
import { FIELDS, KINDS } from '../../src/core/vocabulary.ts';
import { PANELS, initialState, type AppState } from '../../src/state/app-state.ts';
import { REGIONS } from '../../src/core/vocabulary.ts';
import { decodeState, encodeState } from '../../src/state/url.ts';
import { isStoryRef } from '../../src/state/story-ref.ts';
import { prng } from '../../scripts/prng.ts';

/** Everything a decoded state must satisfy, whatever the hash was. */
function isValidState(s: AppState): boolean {
  const inOrder = (vocab: readonly string[], xs: readonly string[]) =>
    Array.isArray(xs) && xs.every((x, i) => vocab.includes(x) && (i === 0 || vocab.indexOf(xs[i - 1]) < vocab.indexOf(x)));
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  const keys = Object.keys(s).sort().join(',');
  return (
    keys === 'camera,countries,country,fields,group,kinds,lang,panel,playing,regions,selected,story,undated,worldview,years' &&
    (s.worldview === 'cn' || s.worldview === 'de-facto') &&
    // A link never opens a place group, nor starts the year player.
    s.group === null &&
    s.playing === null &&
    typeof s.undated === 'boolean' &&
    (s.story === null || (isStoryRef(s.story.id) && Number.isInteger(s.story.slide) && s.story.slide >= 0 && s.story.slide < 40)) &&
    (s.lang === 'zh' || s.lang === 'en') &&
    inOrder(KINDS, s.kinds) &&
    inOrder(FIELDS, s.fields) &&
    inOrder(REGIONS, s.regions) &&
    Array.isArray(s.countries) &&
    s.countries.length <= 50 &&
    s.countries.every((c, i) => /^[A-Z]{3}$/.test(c) && (i === 0 || s.countries[i - 1] < c)) &&
    (s.years === null ||
      (Array.isArray(s.years) && s.years.length === 2 && s.years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100) && s.years[0] <= s.years[1])) &&
    (s.selected === null || (typeof s.selected === 'string' && s.selected.length <= 120 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.selected))) &&
    (s.country === null || (typeof s.country === 'string' && /^[A-Z]{3}$/.test(s.country))) &&
    (s.camera === null ||
      (finite(s.camera.zoom) &&
        s.camera.zoom >= 0 &&
        s.camera.zoom <= 22 &&
        s.camera.center.length === 2 &&
        finite(s.camera.center[0]) &&
        finite(s.camera.center[1]) &&
        Math.abs(s.camera.center[0]) <= 180 &&
        Math.abs(s.camera.center[1]) <= 85)) &&
    (PANELS as readonly string[]).includes(s.panel)
  );
}

const init = initialState('en');
const full: AppState = {
  lang: 'zh',
  worldview: 'cn',
  kinds: ['joint-lab', 'park'],
  fields: ['energy'],
  regions: ['africa'],
  countries: ['EGY', 'KEN'],
  years: [2017, 2021],
  undated: false,
  playing: null,
  selected: 'lab-x',
  country: 'KEN',
  camera: { center: [36.82, -1.29], zoom: 4.5 },
  panel: 'list',
  story: null,
  group: null,
};

describe('story position in the URL', () => {
  it.each([
    { hash: 'v=1&lang=en&story=innovation-road&slide=3', story: { id: 'innovation-road', slide: 2 } },
    { hash: 'v=1&lang=en&story=innovation-road', story: { id: 'innovation-road', slide: 0 } },
    { hash: 'v=1&lang=en&story=innovation-road&slide=0', story: null },
    { hash: 'v=1&lang=en&story=innovation-road&slide=99', story: null },
    { hash: 'v=1&lang=en&story=innovation-road&slide=2.5', story: null },
    { hash: 'v=1&lang=en&story=%3Cscript%3E&slide=1', story: null },
  ])('$hash', ({ hash, story }) => {
    expect(decodeState(hash, init).story).toEqual(story);
  });
  it('round-trips with a 1-based slide number', () => {
    const s = { ...init, story: { id: 'innovation-road', slide: 4 } };
    expect(encodeState(s)).toBe('v=1&lang=en&story=innovation-road&slide=5');
    expect(decodeState(encodeState(s), init)).toEqual(s);
  });
});

describe('encodeState', () => {
  it('writes every key of a busy state, in a fixed order', () => {
    expect(encodeState(full)).toBe('v=1&lang=zh&k=joint-lab,park&f=energy&r=africa&c=EGY,KEN&y=2017-2021&u=0&sel=lab-x&cty=KEN&cam=36.82,-1.29,4.5&p=list');
  });
  it("while the year player plays, writes the reader's own undated setting, not the player's", () => {
    expect(encodeState({ ...init, years: [2015, 2016], undated: false, playing: { undated: true } })).toBe('v=1&lang=en&y=2015-2016');
    expect(encodeState({ ...init, years: [2015, 2016], undated: false, playing: { undated: false } })).toBe('v=1&lang=en&y=2015-2016&u=0');
  });
  it('leaves out defaults but always writes v and lang', () => {
    expect(encodeState(initialState('en'))).toBe('v=1&lang=en');
    expect(encodeState(initialState('zh'))).toBe('v=1&lang=zh');
    // The view is written only when it is not the language's default: a reader who switched language keeps it.
    expect(encodeState({ ...initialState('zh'), lang: 'en' })).toBe('v=1&lang=en&worldview=cn');
    expect(encodeState({ ...initialState('en'), lang: 'zh' })).toBe('v=1&lang=zh&worldview=de-facto');
  });
  it('rounds the camera: lon/lat to 3 decimals, zoom to 2', () => {
    const s = { ...init, camera: { center: [100.123456, -0.00001] as [number, number], zoom: 3.14159 } };
    expect(encodeState(s)).toBe('v=1&lang=en&cam=100.123,0,3.14');
  });
  it('normalises what it writes', () => {
    const s = { ...init, kinds: ['park', 'joint-lab'], countries: ['ken', 'egy'], years: [2021, 2017] } as AppState;
    expect(encodeState(s)).toBe('v=1&lang=en&k=joint-lab,park&c=EGY,KEN&y=2017-2021');
  });
  it('writes an empty kind list as k= (nothing shown)', () => {
    expect(encodeState({ ...init, kinds: [] })).toBe('v=1&lang=en&k=');
    expect(decodeState('v=1&lang=en&k=', init).kinds).toEqual([]);
  });
});

describe('round trip: decodeState(encodeState(s)) equals s', () => {
  const states: AppState[] = [
    initialState('en'),
    initialState('zh'),
    full,
    ...KINDS.map((k) => ({ ...init, kinds: [k] })),
    ...KINDS.map((k) => ({ ...init, lang: 'zh' as const, kinds: KINDS.filter((x) => x !== k) })),
    ...FIELDS.map((f) => ({ ...init, fields: [f] })),
    { ...init, fields: [...FIELDS] },
    ...REGIONS.map((r) => ({ ...init, regions: [r] })),
    { ...init, regions: [...REGIONS] },
    ...PANELS.map((p) => ({ ...init, panel: p })),
    { ...init, countries: ['CHN'] },
    { ...init, years: [1900, 2100] },
    { ...init, years: [2019, 2019] },
    { ...init, years: [2019, 2019], undated: false },
    { ...init, selected: 'fig-joint-labs-53-2024-pujiang', country: 'SRB' },
    { ...init, camera: { center: [0, 0], zoom: 0 } },
    { ...init, camera: { center: [-180, -85], zoom: 22 } },
    { ...init, camera: { center: [180, 85], zoom: 1.5 } },
    { ...init, camera: { center: [104.195, 35.862], zoom: 3.25 } },
  ];
  it.each(states.map((s, i) => ({ i, s, hash: encodeState(s) })))('#$i $hash', ({ s, hash }) => {
    // Whatever the fallback, the hash alone decides every key it carries or leaves at the default.
    for (const fallback of [initialState('en'), initialState('zh'), full]) {
      const fb = { ...fallback, lang: s.lang };
      expect(decodeState(hash, fb)).toEqual(s);
      expect(decodeState('#' + hash, fb)).toEqual(s);
    }
  });
});

describe('decodeState: validation per key', () => {
  const fb: AppState = { ...full, lang: 'en' };
  const cases: { hash: string; want: Partial<AppState> }[] = [
    // Present and valid
    // A link without a view opens in its language's default view (a first visit in zh: China's view).
    { hash: 'v=1&lang=zh', want: { lang: 'zh', worldview: 'cn' } },
    { hash: 'v=1&worldview=cn', want: { worldview: 'cn' } },
    { hash: 'v=1&lang=zh&worldview=de-facto', want: { lang: 'zh', worldview: 'de-facto' } },
    { hash: 'v=1&k=park,joint-lab,park', want: { kinds: ['joint-lab', 'park'] } },
    { hash: 'v=1&k=park,bogus', want: { kinds: ['park'] } },
    { hash: 'v=1&c=ken,egy,KEN', want: { countries: ['EGY', 'KEN'] } },
    { hash: 'v=1&y=2021-2017', want: { years: [2017, 2021] } },
    { hash: 'v=1&y=2019', want: { years: [2019, 2019] } },
    { hash: 'v=1&u=0', want: { undated: false } },
    { hash: 'v=1&u=1', want: { undated: true } },
    { hash: 'v=1&u=no', want: { undated: fb.undated } },
    { hash: 'v=1&cty=srb', want: { country: 'SRB' } },
    { hash: 'v=1&cam=-73.98,40.75,10', want: { camera: { center: [-73.98, 40.75], zoom: 10 } } },
    { hash: 'v=1&sel=lab%2Dx', want: { selected: 'lab-x' } },
    // Present and invalid: the fallback's value for that key only
    { hash: 'v=1&lang=fr', want: { lang: 'en' } },
    { hash: 'v=1&worldview=CN-official', want: { worldview: fb.worldview } },
    { hash: 'v=1&k=bogus,other', want: { kinds: fb.kinds } },
    { hash: 'v=1&f=energie', want: { fields: fb.fields } },
    { hash: 'v=1&r=asia', want: { regions: fb.regions } },
    { hash: 'v=1&c=KENYA,12', want: { countries: fb.countries } },
    { hash: `v=1&c=${Array.from({ length: 51 }, (_, i) => 'A' + String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26))).join(',')}`, want: { countries: fb.countries } },
    { hash: 'v=1&y=1899-2000', want: { years: fb.years } },
    { hash: 'v=1&y=2000-2101', want: { years: fb.years } },
    { hash: 'v=1&y=20x0-2001', want: { years: fb.years } },
    { hash: 'v=1&y=2017.5-2020', want: { years: fb.years } },
    { hash: 'v=1&sel=Lab_X', want: { selected: fb.selected } },
    { hash: `v=1&sel=${'a'.repeat(121)}`, want: { selected: fb.selected } },
    { hash: 'v=1&sel=a--b', want: { selected: fb.selected } },
    { hash: 'v=1&cty=KE', want: { country: fb.country } },
    { hash: 'v=1&cam=181,0,1', want: { camera: fb.camera } },
    { hash: 'v=1&cam=0,86,1', want: { camera: fb.camera } },
    { hash: 'v=1&cam=0,0,23', want: { camera: fb.camera } },
    { hash: 'v=1&cam=0,0', want: { camera: fb.camera } },
    { hash: 'v=1&cam=NaN,0,1', want: { camera: fb.camera } },
    { hash: 'v=1&cam=1e3,0,1', want: { camera: fb.camera } },
    { hash: 'v=1&cam=,,', want: { camera: fb.camera } },
    { hash: 'v=1&p=map', want: { panel: fb.panel } },
    { hash: 'v=1&p', want: { panel: fb.panel } },
    { hash: 'v=1&sel=%E0%A4%A', want: { selected: fb.selected } },
  ];
  it.each(cases)('$hash', ({ hash, want }) => {
    const s = decodeState(hash, fb);
    expect(isValidState(s)).toBe(true);
    const expected = { ...initialState(fb.lang), ...want };
    expect(s).toEqual(expected);
  });

  it('repeated keys: the first counts', () => {
    expect(decodeState('v=1&lang=zh&lang=en&p=list&p=layers', init)).toMatchObject({ lang: 'zh', panel: 'list' });
  });
  it('unknown keys, __proto__ and constructor are ignored', () => {
    const s = decodeState('v=1&__proto__=x&constructor=y&toString=z&lang=zh&hasOwnProperty=1&%5F%5Fproto%5F%5F=a', init);
    expect(s).toEqual(initialState('zh'));
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('another version gives the fallback unchanged', () => {
    for (const v of ['2', '0', '', '1.0', '01']) expect(decodeState(`v=${v}&lang=zh&p=list`, full)).toBe(full);
    expect(decodeState('v&lang=zh', full)).toBe(full);
  });
  it('a hash with nothing of ours (an anchor, garbage) gives the fallback unchanged', () => {
    for (const h of ['', '#', '#top', '&&&', '=', '#main-content', '%%%', 'v2=1']) expect(decodeState(h, full)).toBe(full);
  });
  it('a hash without v but with known keys is read as version 1', () => {
    expect(decodeState('lang=zh&p=list', init)).toEqual({ ...initialState('zh'), panel: 'list' });
  });
  it('an over-long hash gives the fallback', () => {
    expect(decodeState('v=1&lang=zh&' + 'x'.repeat(5000), init)).toBe(init);
  });
});


describe('decodeState: fuzzed hashes never throw and give a valid state', () => {
  const rand = prng(20240425);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const ALPHABET = ['a', 'Z', '0', '9', '-', ',', '.', '=', '&', '#', '%', '%2', '%E0', '%C3%A9', '%FF', '+', ' ', '\u0000', '中', '蒙', '😀', '\uD800', '__proto__', 'constructor', 'NaN', 'Infinity', '-0', '1e9'];
  const junk = (max: number) => Array.from({ length: int(0, max) }, () => pick(ALPHABET)).join('');
  const KEYS = ['v', 'lang', 'k', 'f', 'r', 'c', 'y', 'sel', 'cty', 'cam', 'p', '__proto__', 'constructor', 'x', ''];
  const goodValue: Record<string, () => string> = {
    v: () => '1',
    lang: () => pick(['zh', 'en']),
    k: () => Array.from({ length: int(1, 4) }, () => pick(KINDS)).join(','),
    f: () => Array.from({ length: int(1, 4) }, () => pick(FIELDS)).join(','),
    r: () => Array.from({ length: int(1, 4) }, () => pick(REGIONS)).join(','),
    c: () => Array.from({ length: int(1, 5) }, () => pick(['KEN', 'egy', 'Srb', 'CHN'])).join(','),
    y: () => `${int(1900, 2100)}-${int(1900, 2100)}`,
    sel: () => pick(['lab-x', 'country-ken', 'a1-b2-c3']),
    cty: () => pick(['KEN', 'chn']),
    cam: () => `${(rand() * 360 - 180).toFixed(3)},${(rand() * 170 - 85).toFixed(3)},${(rand() * 22).toFixed(2)}`,
    p: () => pick(PANELS),
  };
  const fallbacks: AppState[] = [initialState('en'), initialState('zh'), full];

  function structured(): string {
    const parts: string[] = [];
    for (let i = int(0, 12); i > 0; i--) {
      const key = pick(KEYS);
      const value = Object.hasOwn(goodValue, key) && rand() < 0.5 ? goodValue[key]() : junk(8);
      parts.push(rand() < 0.1 ? key : `${key}=${value}`);
    }
    return (rand() < 0.5 ? '#' : '') + parts.join('&');
  }
  function garbage(): string {
    return rand() < 0.05 ? junk(6) + 'x'.repeat(int(3990, 4100)) : junk(60);
  }

  const hashes = Array.from({ length: 1500 }, (_, i) => (i % 3 === 2 ? garbage() : structured()));

  it('1500 hashes: no throw, valid state, invalid parts from the fallback', () => {
    let readKeys = 0;
    for (const [i, hash] of hashes.entries()) {
      const fallback = fallbacks[i % fallbacks.length];
      let s: AppState;
      try {
        s = decodeState(hash, fallback);
      } catch (err) {
        throw new Error(`decodeState threw on ${JSON.stringify(hash)}: ${(err as Error).message}`);
      }
      expect(isValidState(s), JSON.stringify(hash)).toBe(true);
      // Re-encoding a decoded state and decoding it again is stable.
      expect(decodeState(encodeState(s), fallback)).toEqual(s);
      if (s !== fallback) readKeys++;
    }
    expect(readKeys).toBeGreaterThan(200);
  });

  it('each invalid key takes the fallback value, each valid key its own', () => {
    const rand2 = prng(7);
    const fb = full;
    const invalid: Record<string, string[]> = {
      lang: ['fr', 'ZH', '', '%E0'],
      k: ['bogus', 'Park', ',,'],
      f: ['energie', 'ENERGY'],
      r: ['asia', 'Europe'],
      c: ['KENYA', '12', 'K E'],
      y: ['1899-2000', 'abc', '2000-', '-2000'],
      sel: ['Lab', 'a_b', '-a', 'a-', '%'],
      cty: ['KE', 'KENY', '1AB'],
      cam: ['1,2', '1,2,3,4', 'a,b,c', '0,90,1', '200,0,1', '0,0,-1'],
      p: ['map', 'NONE'],
    };
    const field: Record<string, keyof AppState> = { lang: 'lang', k: 'kinds', f: 'fields', r: 'regions', c: 'countries', y: 'years', sel: 'selected', cty: 'country', cam: 'camera', p: 'panel' };
    for (let n = 0; n < 300; n++) {
      const keys = Object.keys(field).filter(() => rand2() < 0.5);
      const bad = new Set(keys.filter(() => rand2() < 0.5));
      const hash = ['v=1', ...keys.map((k) => `${k}=${bad.has(k) ? invalid[k][Math.floor(rand2() * invalid[k].length)] : goodValue[k]()}`)].join('&');
      const s = decodeState(hash, fb);
      expect(isValidState(s), hash).toBe(true);
      const def = initialState(fb.lang);
      for (const [k, f] of Object.entries(field)) {
        if (bad.has(k)) expect(s[f], `${hash}: ${k}`).toEqual(fb[f]);
        else if (!keys.includes(k)) expect(s[f], `${hash}: ${k}`).toEqual(def[f]);
        else expect(s[f], `${hash}: ${k}`).not.toBeUndefined();
      }
    }
  });
});
