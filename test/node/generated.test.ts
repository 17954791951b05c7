import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountryTable } from '../../scripts/country-table.ts';
import { buildJsonSchema } from '../../scripts/json-schema.ts';
import { symbolsPng } from '../../scripts/symbols-png.ts';

// Generated files are committed so the app builds without running generators; these keep them honest.
describe('generated files are up to date (regenerate with `npm run gen`)', () => {
  it('src/core/countries.json comes from i18n-iso-countries', () => {
    const committed = JSON.parse(readFileSync(new URL('../../src/core/countries.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildCountryTable());
  });
  it('data/atlas.schema.json comes from src/core/record.ts', () => {
    const committed = JSON.parse(readFileSync(new URL('../../data/atlas.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildJsonSchema());
  });
  it('src/layers/symbols.png comes from src/layers/symbols.ts', () => {
    expect(readFileSync(new URL('../../src/layers/symbols.png', import.meta.url)).equals(symbolsPng())).toBe(true);
  });
});
