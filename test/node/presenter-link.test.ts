/**
 * The presenter view's link: the flag that makes the app page a presenter window, the commands it sends,
 * the slide status the audience sends back (its story checked by the story schema), the clicker keys and
 * the stopwatch. Malformed messages of every sort are read as "ignore", never thrown on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelName, clickerCommand, commandMessage, presenterHash, readCommand, slideAfter } from '../../src/core/presenter-link.ts';
import { readPresenterFlag } from '../../src/presenter-flag.ts';
import { STOPPED, elapsed, formatElapsed, pause, reset, start } from '../../src/core/stopwatch.ts';
import { readStatus, statusMessage } from '../../src/story/presenter-status.ts';
import { validateStory, type Story } from '../../src/story/schema.ts';

const story = validateStory(JSON.parse(readFileSync(new URL('../../data/stories/innovation-road.json', import.meta.url), 'utf8'))).story as Story;
const SESSION = 'a1b2c3d4-e5f6';

describe('the presenter flag in the page hash', () => {
  it.each([
    { hash: presenterHash(SESSION, 'zh'), want: { session: SESSION, lang: 'zh' } },
    { hash: `#presenter=${SESSION}`, want: { session: SESSION, lang: 'en' } },
    { hash: `presenter=${SESSION}&lang=fr`, want: { session: SESSION, lang: 'en' } },
    { hash: '#v=1&lang=zh&story=innovation-road&slide=2', want: null },
    { hash: '', want: null },
    { hash: '#presenter=', want: null },
    { hash: '#presenter=short', want: null },
    { hash: '#presenter=<script>alert(1)</script>', want: null },
    { hash: `#presenter=${'x'.repeat(65)}`, want: null },
  ])('$hash → $want', ({ hash, want }) => {
    expect(readPresenterFlag(hash)).toEqual(want);
  });

  it('names one channel per session', () => {
    expect(channelName(SESSION)).not.toBe(channelName('f6e5d4c3-b2a1'));
  });
});

describe('commands from the presenter window', () => {
  it.each(['hello', 'next', 'prev', 'first', 'last', 'exit'] as const)('%s round-trips', (c) => {
    expect(readCommand(structuredClone(commandMessage(c)))).toBe(c);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'next'],
    ['an array', [commandMessage('next')]],
    ['another app', { ...commandMessage('next'), app: 'innovation-atlas' }],
    ['another version', { ...commandMessage('next'), version: 2 }],
    ['no version', { app: 'innovation-atlas-presenter', command: 'next' }],
    ['an unknown command', { ...commandMessage('next'), command: 'reload' }],
    ['a command that is not a string', { ...commandMessage('next'), command: { toString: 'next' } }],
    ['an extra field', { ...commandMessage('next'), slide: 4 }],
    ['a status message', statusMessage({ status: 'ended', lang: 'en' })],
  ])('ignores %s', (_, data) => {
    expect(readCommand(data)).toBeNull();
  });
});

describe('the slide status from the audience window', () => {
  const slide = statusMessage({ status: 'slide', lang: 'zh', index: 2, story });

  it('a slide round-trips through a structured clone, story and all', () => {
    expect(readStatus(structuredClone(slide))).toEqual({ ok: true, status: { status: 'slide', lang: 'zh', index: 2, story } });
  });

  it('"ended" round-trips', () => {
    expect(readStatus(structuredClone(statusMessage({ status: 'ended', lang: 'en' })))).toEqual({ ok: true, status: { status: 'ended', lang: 'en' } });
  });

  const broken = (f: (m: Record<string, any>) => void) => {
    const m = structuredClone(slide) as Record<string, any>;
    f(m);
    return m;
  };
  it.each<[string, unknown, RegExp]>([
    ['null', null, /not an object/],
    ['a command', commandMessage('next'), /not a presenter status/],
    ['another version', broken((m) => (m.version = 2)), /version/],
    ['a language the atlas does not speak', broken((m) => (m.lang = 'fr')), /lang/],
    ['an unknown status', broken((m) => (m.status = 'paused')), /unknown status/],
    ['an extra field', broken((m) => (m.html = '<b>')), /unexpected fields/],
    ['no story', broken((m) => delete m.story), /unexpected fields/],
    ['a story that is not a story', broken((m) => (m.story = { id: 'x' })), /^story: /],
    ['a slide with a bad camera', broken((m) => (m.story.slides[0].camera.zoom = 99)), /^story: /],
    ['notes in one language', broken((m) => (m.story.slides[1].notes = { en: 'only English' })), /^story: /],
    ['an index past the end', broken((m) => (m.index = story.slides.length)), /index/],
    ['a fractional index', broken((m) => (m.index = 1.5)), /index/],
    ['a negative index', broken((m) => (m.index = -1)), /index/],
  ])('ignores %s, with a reason', (_, data, reason) => {
    const r = readStatus(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('clicker keys, the same in both windows', () => {
  it.each<[string, boolean, ReturnType<typeof clickerCommand>]>([
    ['ArrowRight', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, null],
    ['ArrowLeft', false, 'prev'],
    ['PageUp', true, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Escape', false, 'exit'],
    ['p', false, null],
    ['Enter', false, null],
  ])('%j (on a button: %s) → %s', (key, onButton, want) => {
    expect(clickerCommand(key, onButton)).toBe(want);
  });

  it.each<[Parameters<typeof slideAfter>[0], number, number, number]>([
    ['next', 0, 10, 1],
    ['next', 9, 10, 9],
    ['prev', 0, 10, 0],
    ['prev', 5, 10, 4],
    ['first', 7, 10, 0],
    ['last', 2, 10, 9],
    ['next', 0, 1, 0],
  ])('%s from slide %i of %i → %i', (command, from, count, want) => {
    expect(slideAfter(command, from, count)).toBe(want);
  });
});

describe('the stopwatch', () => {
  it('counts while running, holds while paused, and starts again from where it was', () => {
    let w = start(STOPPED, 1_000);
    expect(elapsed(w, 4_000)).toBe(3_000);
    w = pause(w, 5_000);
    expect(elapsed(w, 60_000)).toBe(4_000);
    w = start(w, 60_000);
    expect(elapsed(w, 61_500)).toBe(5_500);
    expect(start(w, 70_000)).toBe(w);
  });

  it('resets to zero, running or not', () => {
    expect(elapsed(reset(start(STOPPED, 0), 10_000), 12_000)).toBe(2_000);
    expect(elapsed(reset(pause(start(STOPPED, 0), 5_000), 10_000), 99_000)).toBe(0);
  });

  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [12 * 60_000 + 30_000, '12:30'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
  ])('%i ms reads %s', (ms, want) => {
    expect(formatElapsed(ms)).toBe(want);
  });
});
