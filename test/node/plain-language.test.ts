/**
 * Readers never meet the plumbing: a policy text is named by its title (translated for English readers,
 * the original beside it) and publisher, never by its file name; exported CSV and the citation line carry
 * no internal word. The rendered UI is checked in test/browser/reading.test.ts with the same pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerSource, sourceLine } from '../../src/core/policy-texts.ts';
import { parseDataset } from '../../src/core/validate.ts';
import { recordsToCsv } from '../../src/export/csv.ts';
import { citationLine, recordsToGeoJson } from '../../src/export/geojson.ts';
import { SCHEMA_VERSION } from '../../src/core/record.ts';
import { elementSnippet, iframeSnippet } from '../../src/embed/snippet.ts';
import { stateAttributes } from '../../src/state/embed-options.ts';
import { initialState } from '../../src/state/app-state.ts';
import { reduce } from '../../src/state/reduce.ts';
import { INTERNAL_WORDS } from '../fixtures/internal-words.ts';

const { records } = parseDataset(readFileSync(new URL('../../data/atlas.geojson', import.meta.url), 'utf8'));
const seeded = { seed: '000_26503aa09e2debff.txt', title: '以共建联合实验室推进“一带一路”科技合作' };
const page = { url: 'https://example.org/b', title: '我国与161个国家和地区建立科技合作关系', titleEn: 'China has established science and technology cooperation with 161 countries and regions' };
const HAN = /\p{Script=Han}/u;

describe('a source as a reader sees it', () => {
  it.each([
    { title: 'a policy text in English: translated title, original beside it, publisher and date from the text', s: seeded, lang: 'en' as const,
      want: { title: expect.stringMatching(/^Advancing Belt and Road/), original: seeded.title, publisher: expect.stringMatching(/Pujiang/), date: '2024' } },
    { title: 'a policy text in Chinese: its own title, no translation', s: seeded, lang: 'zh' as const, want: { title: seeded.title, original: undefined, publisher: expect.stringMatching(/浦江/) } },
    { title: 'a page: its own title, publisher, date and link', s: { url: 'https://example.org/a', title: 'A page', publisher: 'Xinhua', date: '2023-05' }, lang: 'en' as const,
      want: { title: 'A page', original: undefined, publisher: 'Xinhua', date: '2023-05', url: 'https://example.org/a' } },
    { title: 'a page with a Chinese title in English: our translation, original beside it', s: page, lang: 'en' as const,
      want: { title: page.titleEn, original: page.title, url: page.url } },
    { title: 'a page with a Chinese title in Chinese: its own title, no translation', s: page, lang: 'zh' as const,
      want: { title: page.title, original: undefined, url: page.url } },
  ])('$title', ({ s, lang, want }) => {
    expect(readerSource(s, lang)).toMatchObject(want);
    expect(sourceLine(s, lang)).not.toMatch(INTERNAL_WORDS);
  });

  it('every page titled in Chinese carries an English title without Chinese characters', () => {
    const untranslated = records.flatMap((r) => r.properties.sources
      // Policy texts take their English title from the table in policy-texts.ts; pages carry their own.
      .filter((s) => !s.seed && HAN.test(s.title) && (!s.titleEn || HAN.test(s.titleEn)))
      .map((s) => `${r.properties.id}: ${s.title}`));
    expect(untranslated).toEqual([]);
  });

  it('every source of the dataset reads without a file name, in both languages', () => {
    for (const r of records) for (const s of r.properties.sources) for (const lang of ['en', 'zh'] as const) expect(sourceLine(s, lang)).not.toMatch(INTERNAL_WORDS);
  });
});

describe('exports carry no internal word', () => {
  const citation = (lang: 'en' | 'zh') => citationLine(lang, new Date('2026-12-02'), 'https://example.org/atlas/');

  it.each(['en', 'zh'] as const)('the CSV in %s, record ids included', (lang) => {
    expect(recordsToCsv(records, lang, citation(lang))).not.toMatch(INTERNAL_WORDS);
  });

  it.each(['en', 'zh'] as const)('the GeoJSON in %s: no file name, no "seed" key, no id built from one', (lang) => {
    expect(recordsToGeoJson(records, citation(lang), SCHEMA_VERSION, lang)).not.toMatch(INTERNAL_WORDS);
  });

  it.each(['en', 'zh'] as const)('the embed code in %s, whichever record is chosen', (lang) => {
    const base = { base: 'https://example.org/atlas/', lang, camera: null, controls: 'full' as const, theme: 'light' as const, story: null, worldview: 'cn' as const, height: 480 };
    for (const r of records) {
      const state = reduce(initialState(lang), { type: 'select', id: r.properties.id });
      const o = { ...base, state: stateAttributes(state) };
      expect(elementSnippet(o) + iframeSnippet(o), r.properties.id).not.toMatch(INTERNAL_WORDS);
    }
  });

  it.each(['en', 'zh'] as const)('the citation line in %s', (lang) => {
    expect(citationLine(lang, new Date('2026-12-02'), 'https://example.org/atlas/')).not.toMatch(INTERNAL_WORDS);
  });
});
