import { describe, expect, it } from 'vitest';
import { ownDataset } from '../../scripts/gen-own-data.ts';
import { problemHeadlines, summarizeProblems } from '../../src/core/i18n/problems.ts';
import { parseDataset } from '../../src/core/validate.ts';

describe('the generated bring-your-own dataset', () => {
  it.each([300, 17_110])('%i records: all but two valid, and the notice counts 2 records with 3 errors', (total) => {
    const { records, errors } = parseDataset(ownDataset(total));
    expect(records).toHaveLength(total - 2);
    expect(errors.map((e) => e.field).sort()).toEqual(['geometry.coordinates.0', 'properties.date', 'properties.kind']);
    expect(problemHeadlines(summarizeProblems(errors), 'en')).toEqual(['2 records failed validation and were skipped (3 errors)']);
  });
});
