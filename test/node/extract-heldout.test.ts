/**
 * The held-out check of data:extract (texts it was not built on): the scorer runs, its fixtures cite their
 * sources, and the README quotes the numbers it gives today — change the extractor and the README must follow.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELDOUT_DIR, scoreHeldout, scoreTable, summaryLines } from '../../scripts/extract/heldout-score.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const scores = scoreHeldout();

describe('held-out texts', () => {
  const expected = readdirSync(HELDOUT_DIR).filter((f) => f.endsWith('.expected.json'));
  it('there are 3–5 of them, each with its text', () => {
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.length).toBeLessThanOrEqual(5);
    for (const f of expected) expect(() => readFileSync(join(HELDOUT_DIR, f.replace('.expected.json', '.txt')))).not.toThrow();
  });
  it.each(expected)('%s names its source (URL, publisher, date) and lists entities and figures', (f) => {
    const e = JSON.parse(readFileSync(join(HELDOUT_DIR, f), 'utf8')) as { source: Record<string, string>; entities: unknown[]; figures: unknown[] };
    expect(e.source.url).toMatch(/^https?:\/\//);
    expect(e.source.publisher.length).toBeGreaterThan(2);
    expect(e.source.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(e.entities.length + e.figures.length).toBeGreaterThan(0);
  });
  it('the excerpts are short', () => {
    for (const f of readdirSync(HELDOUT_DIR).filter((x) => x.endsWith('.txt'))) expect(readFileSync(join(HELDOUT_DIR, f)).length).toBeLessThan(3000);
  });
  it('the README quotes the per-text table and the precision and recall the scorer gives now', () => {
    expect(readme).toContain(scoreTable(scores));
    for (const line of summaryLines(scores)) expect(readme).toContain(line);
  });
});
