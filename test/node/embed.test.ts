import { describe, expect, it } from 'vitest';
import type { AppState } from '../../src/state/app-state.ts';
import { isHeightRequest, outMessage, readCommand } from '../../src/embed/protocol.ts';
import { elementSnippet, iframeSnippet, type SnippetOptions } from '../../src/embed/snippet.ts';
import {
  cooperativeGestures,
  firstState,
  stateAttributes,
  readGestures,
  readControls,
  readEmbedQuery,
  readInteractive,
  readOrigins,
  readSlide,
  readStory,
  readTheme,
  readView,
} from '../../src/state/embed-options.ts';
import { prng } from '../../scripts/prng.ts';
import { fuzzMessages } from '../fixtures/fuzz-messages.ts';

describe('embedding attributes', () => {
  it.each([
    ['full', 'full'],
    ['minimal', 'minimal'],
    ['none', 'none'],
    ['NONE', 'full'],
    ['', 'full'],
    [null, 'full'],
    ['<b>', 'full'],
  ])('controls %j → %s', (raw, want) => expect(readControls(raw)).toBe(want));

  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['neon', 'light'],
    [null, 'light'],
  ])('theme %j → %s', (raw, want) => expect(readTheme(raw)).toBe(want));

  it.each([
    [null, true],
    ['', true],
    ['true', true],
    ['interactive', true],
    ['false', false],
    [' FALSE ', false],
    ['0', false],
    ['no', false],
    ['off', false],
  ])('interactive %j → %s', (raw, want) => expect(readInteractive(raw)).toBe(want));

  it.each([
    ['105,30,3', { center: [105, 30], zoom: 3 }],
    [' 36.8, -1.3, 5.5 ', { center: [36.8, -1.3], zoom: 5.5 }],
    ['0,0,15', { center: [0, 0], zoom: 9 }],
    ['0,0,0', { center: [0, 0], zoom: 0.5 }],
    ['181,0,3', null],
    ['0,86,3', null],
    ['1,2', null],
    ['a,b,c', null],
    ['NaN,0,1', null],
    ['Infinity,0,1', null],
    ['1e3,0,1', null],
    ['', null],
    [null, null],
  ])('view %j → %j', (raw, want) => expect(readView(raw)).toEqual(want));

  it.each([
    ['1', 0],
    ['3', 2],
    ['0', null],
    ['-1', null],
    ['2.5', null],
    ['1000', null],
    ['x', null],
    [null, null],
  ])('slide %j → %j', (raw, want) => expect(readSlide(raw)).toBe(want));

  it.each([
    ['innovation-road', 'innovation-road'],
    ['./stories/my.json', './stories/my.json'],
    ['a b', null],
    ['"><script>', null],
    ['', null],
  ])('story %j → %j', (raw, want) => expect(readStory(raw)).toBe(want));

  it.each([
    ['https://news.example.org', ['https://news.example.org']],
    ['https://news.example.org/', ['https://news.example.org']],
    ['https://a.org, http://localhost:8080', ['https://a.org', 'http://localhost:8080']],
    ['*', ['*']],
    ['https://a.org/path', []],
    ['javascript:alert(1)', []],
    ['a.org', []],
    ['null', []],
    ['', []],
    [null, []],
  ])('origins %j → %j', (raw, want) => expect(readOrigins(raw)).toEqual(want));

  it('reads embed.html query parameters with the attribute names, dropping unsafe URLs', () => {
    const o = readEmbedQuery('?lang=zh&view=100,20,4&controls=minimal&theme=dark&gestures=cooperative&interactive=false&story=innovation-road&slide=2&origins=https://a.org&height=500&src=data/other.geojson&worldview=de-facto');
    expect(o).toEqual({
      src: 'data/other.geojson',
      basemap: null,
      worldview: 'de-facto',
      lang: 'zh',
      story: 'innovation-road',
      slide: 1,
      controls: 'minimal',
      theme: 'dark',
      gestures: 'cooperative',
      interactive: false,
      view: { center: [100, 20], zoom: 4 },
      height: 500,
      origins: ['https://a.org'],
      state: {},
    });
    expect(readEmbedQuery('?src=javascript:alert(1)&basemap=data:application/json,{}&height=9&lang=fr').src).toBeNull();
    const bad = readEmbedQuery('?src=javascript:alert(1)&basemap=data:application/json,{}&height=9&lang=fr');
    expect([bad.basemap, bad.height, bad.lang]).toEqual([null, null, null]);
    expect(readEmbedQuery('').controls).toBe('full');
  });
});

describe('postMessage protocol', () => {
  const A = 'https://host.example';
  const cmd = (command: string, args: unknown, extra: object = {}) => ({ target: 'innovation-atlas', version: 1, command, args, ...extra });

  it.each([
    ['goToSlide', { index: 2 }],
    ['select', { id: 'cpec' }],
    ['select', { id: null }],
    ['setFilters', { kinds: ['joint-lab'], years: [2015, 2020] }],
    ['setFilters', { countries: ['KEN'], years: null }],
    ['flyTo', { center: [36.8, -1.3], zoom: 5 }],
    ['flyTo', { center: [36.8, -1.3] }],
  ])('accepts %s %j from an allowed origin', (command, args) => {
    const r = readCommand(cmd(command, args), A, [A]);
    expect(r).toEqual({ ok: true, command: cmd(command, args) });
  });

  it.each([
    ['another origin', cmd('select', { id: 'cpec' }), 'https://evil.example', /not allowed/],
    ['another version', cmd('select', { id: 'cpec' }, { version: 2 }), A, /version 2/],
    ['an unknown command', cmd('eval', { code: '1' }), A, /command/],
    ['extra keys', cmd('select', { id: 'cpec', x: 1 }), A, /x|key/i],
    ['a bad id', cmd('select', { id: '<img onerror=x>' }), A, /id/],
    ['a negative slide', cmd('goToSlide', { index: -1 }), A, /index/],
    ['a NaN centre', cmd('flyTo', { center: [NaN, 0] }), A, /center/],
    ['a huge list', cmd('setFilters', { countries: Array(301).fill('KEN') }), A, /countries/],
    ['years out of range', cmd('setFilters', { years: [1, 2] }), A, /years/],
  ])('ignores %s', (_name, data, origin, reason) => {
    const r = readCommand(data, origin, [A]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('takes "*" as any origin, and nothing when no origin is allowed', () => {
    expect(readCommand(cmd('select', { id: 'x' }), 'https://any.example', ['*']).ok).toBe(true);
    expect(readCommand(cmd('select', { id: 'x' }), A, []).ok).toBe(false);
  });

  it('never throws on 1000 fuzzed payloads and accepts only well-formed commands', () => {
    const rand = prng(60);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    let accepted = 0;
    for (const data of fuzzMessages(6, 1000)) {
      const r = readCommand(data, pick([A, 'https://evil.example', 'null']), [A]);
      if (r.ok) {
        accepted++;
        expect(['select', 'goToSlide', 'setFilters', 'flyTo']).toContain(r.command.command);
      } else expect(typeof r.reason).toBe('string');
    }
    // The generator does produce some valid commands, so acceptance is exercised too.
    expect(accepted).toBeGreaterThan(0);
  });

  it.each([
    [{ target: 'innovation-atlas', version: 1, command: 'height' }, true],
    [{ target: 'innovation-atlas', version: 2, command: 'height' }, false],
    [{ target: 'other', version: 1, command: 'height' }, false],
    [{ target: 'innovation-atlas', version: 1, command: 'select' }, false],
    [null, false],
    ['height', false],
  ])('tells the host script\'s height request %j: %s', (data, expected) => {
    expect(isHeightRequest(data)).toBe(expected);
  });

  it('builds versioned outgoing messages', () => {
    expect(outMessage('height', { height: 480 }, 'a')).toEqual({ source: 'innovation-atlas', version: 1, type: 'height', frame: 'a', detail: { height: 480 } });
  });
});

describe('cooperative gestures', () => {
  it.each([
    ['cooperative', 'cooperative'],
    ['greedy', 'greedy'],
    ['auto', 'auto'],
    [null, 'auto'],
    ['COOPERATIVE', 'auto'],
    ['none', 'auto'],
  ])('reads gestures=%s as %s', (raw, expected) => {
    expect(readGestures(raw)).toBe(expected);
  });

  const page = (framed: boolean, scrolls: boolean, fullscreen = false) => ({ framed, scrolls, fullscreen });
  it.each([
    // auto: the map is the page (full-page app) → greedy; embedded in an article → cooperative.
    ['auto', page(false, false), false],
    ['auto', page(false, true), true],
    ['auto', page(true, false), true],
    ['auto', page(true, true, true), false],
    // An explicit choice wins over the page.
    ['cooperative', page(false, false), true],
    ['greedy', page(true, true), false],
  ] as const)('gestures=%s on %j: cooperative %s', (g, p, expected) => {
    expect(cooperativeGestures(g, p)).toBe(expected);
  });

  it('embed.html reads gestures from its query', () => {
    expect(readEmbedQuery('?gestures=greedy').gestures).toBe('greedy');
    expect(readEmbedQuery('?gestures=x').gestures).toBe('auto');
  });
});

describe('filters and selection as attributes (the Embed code carries them)', () => {
  const base = firstState({ lang: 'en', view: '36.82,-1.29,4.5', story: null, slide: null }, null);
  it.each([
    [{ kinds: 'joint-lab,park' }, { kinds: ['joint-lab', 'park'] }],
    [{ fields: 'energy', regions: 'africa', countries: 'KEN,EGY' }, { fields: ['energy'], regions: ['africa'], countries: ['EGY', 'KEN'] }],
    [{ years: '2017-2021', selected: 'flagship-cpec' }, { years: [2017, 2021], selected: 'flagship-cpec' }],
    // The open country profile (the link's cty), upper-cased as a link's is.
    [{ country: 'ken' }, { country: 'KEN', selected: null }],
    [{ country: 'Kenya' }, { country: null }],
    // Invalid values fall back to the defaults, as in a link.
    [{ kinds: 'spaceship', years: 'soon', selected: 'Not A Slug!' }, { kinds: base.kinds, years: null, selected: null }],
  ] as const)('%j opens the atlas with %j, the view kept', (attrs, expected) => {
    const s = firstState({ lang: 'en', view: '36.82,-1.29,4.5', story: null, slide: null, state: attrs }, null);
    expect(s).toMatchObject(expected);
    expect(s.camera).toEqual({ center: [36.82, -1.29], zoom: 4.5 });
  });

  it('round-trips an open country profile through its attributes', () => {
    const s: AppState = { ...base, country: 'PAK' };
    expect(stateAttributes(s)).toEqual([['country', 'PAK']]);
    expect(firstState({ lang: 'en', view: '36.82,-1.29,4.5', story: null, slide: null, state: { country: 'PAK' } }, null)).toEqual(s);
    expect(readEmbedQuery('?country=PAK').state).toEqual({ country: 'PAK' });
  });

  it('round-trips a state through its attributes', () => {
    const s: AppState = { ...base, kinds: ['joint-lab', 'park'], fields: ['energy'], regions: ['africa'], countries: ['KEN'], years: [2017, 2021], selected: 'flagship-cpec' };
    const attrs = stateAttributes(s);
    expect(attrs).toEqual([['kinds', 'joint-lab,park'], ['fields', 'energy'], ['regions', 'africa'], ['countries', 'KEN'], ['years', '2017-2021'], ['selected', 'flagship-cpec']]);
    const back = firstState({ lang: 'en', view: '36.82,-1.29,4.5', story: null, slide: null, state: Object.fromEntries(attrs) }, null);
    expect(back).toEqual(s);
    expect(stateAttributes(base)).toEqual([]);
    // embed.html reads the same names from its query.
    expect(readEmbedQuery('?kinds=joint-lab,park&selected=flagship-cpec&years=2017-2021').state).toEqual({ kinds: 'joint-lab,park', selected: 'flagship-cpec', years: '2017-2021' });
    expect(elementSnippet({ base: 'https://a.org/', lang: 'en', camera: null, controls: 'full', theme: 'light', story: null, worldview: 'de-facto', height: 480, state: attrs })).toContain(
      '<innovation-atlas lang="en" worldview="de-facto" kinds="joint-lab,park" fields="energy" regions="africa" countries="KEN" years="2017-2021" selected="flagship-cpec">',
    );
  });
});

describe('embed snippets', () => {
  const base: SnippetOptions = {
    base: 'https://atlas.example.org/2026/',
    lang: 'en',
    camera: { center: [36.82, -1.29], zoom: 4.5 },
    controls: 'minimal',
    theme: 'light',
    story: null,
    worldview: 'de-facto',
    height: 480,
  };

  it('gives an element snippet with the view and a module script from the published folder', () => {
    expect(elementSnippet(base)).toBe(
      '<script type="module" src="https://atlas.example.org/2026/innovation-atlas.js"></script>\n' +
        '<innovation-atlas lang="en" worldview="de-facto" view="36.82,-1.29,4.5" controls="minimal"></innovation-atlas>',
    );
  });

  it('gives an iframe snippet with the same parameters and the auto-height host script', () => {
    const s = iframeSnippet({ ...base, lang: 'zh', worldview: 'cn', theme: 'dark', story: { id: 'innovation-road', slide: 2 } });
    expect(s).toContain('src="https://atlas.example.org/2026/embed.html?lang=zh&amp;worldview=cn&amp;view=36.82,-1.29,4.5&amp;controls=minimal&amp;theme=dark&amp;story=innovation-road&amp;slide=3"');
    expect(s).toContain('title="创新之路图谱"');
    expect(s).toContain('<script src="https://atlas.example.org/2026/embed-host.js" defer></script>');
  });

  it.each([
    ['element', elementSnippet],
    ['iframe', iframeSnippet],
  ])('the %s snippet has no inline style a strict CSP would block', (_form, snippet) => {
    for (const o of [base, { ...base, theme: 'dark' as const, controls: 'none' as const, height: 600 }]) {
      expect(snippet(o)).not.toMatch(/\sstyle=/);
    }
    expect(iframeSnippet({ ...base, height: 600 })).toContain('width="100%" height="600" frameborder="0"');
    // Present may go full screen from inside the frame.
    expect(iframeSnippet(base)).toMatch(/<iframe [^>]*\ballowfullscreen\b[^>]*>/);
  });

  it('escapes what it writes into attributes', () => {
    const s = elementSnippet({ ...base, story: { id: '"><script>alert(1)</script>', slide: 0 } });
    expect(s).not.toContain('"><script>alert');
    expect(s).toContain('&quot;&gt;&lt;script&gt;');
  });
});
