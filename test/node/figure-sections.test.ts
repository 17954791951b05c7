import { describe, expect, it } from 'vitest';
import { CHART, chartPoints, yearOf } from '../../src/core/chart.ts';
import type { AtlasRecord } from '../../src/core/record.ts';
import { createSelectors } from '../../src/core/selectors.ts';
import { seriesPoints } from '../../src/core/systems.ts';
import { validateDataset } from '../../src/core/validate.ts';
import { systemsFixture } from '../fixtures/systems.ts';

const { records, errors } = validateDataset(systemsFixture);
const ids = (rs: readonly AtlasRecord[]) => rs.map((r) => r.properties.id);

describe('"In numbers" sections on the fixture dataset', () => {
  it('the fixture is a valid dataset', () => {
    expect(errors).toEqual([]);
    expect(records).toHaveLength(systemsFixture.features.length);
  });
  it('systems first, with headline, members named on the map; then the figures no system shows, apart', () => {
    const { systems, others } = createSelectors().figureSections(records);
    expect(systems.map((s) => [s.record.properties.id, s.headline?.value, s.members.length, s.named])).toEqual([
      ['org-fixture-alliance', 67, 2, 2],
      ['programme-fixture-labs', 53, 1, 1],
    ]);
    expect(systems[1].headline?.asOf).toBe('2021-12');
    // Trainees and irrigated land are linked by `related` but measure different things: two groups.
    expect(others.map(ids)).toEqual([['fig-fixture-irrigated'], ['fig-fixture-trainees']]);
  });
});

describe('chartPoints', () => {
  const labs = seriesPoints(records).get('fixture-labs')!;
  it('places points by date from a zero baseline, first and last at the padded edges', () => {
    const pts = chartPoints(labs);
    expect(pts.map((p) => [p.value, p.year])).toEqual([
      [14, 2019],
      [33, 2020],
      [53, 2021],
    ]);
    expect(pts[0].x).toBe(CHART.padX);
    expect(pts[2].x).toBe(CHART.width - CHART.padX);
    // x in proportion to time: 2019 → 2020 is a year, 2020 → 2021-12 nearly two.
    expect((pts[1].x - pts[0].x) / (pts[2].x - pts[1].x)).toBeCloseTo(1 / (yearOf('2021-12') - 2020), 5);
    expect(pts[2].y).toBe(CHART.top);
    expect(pts[0].y).toBeCloseTo(CHART.base - ((CHART.base - CHART.top) * 14) / 53, 5);
    expect(pts.every((p) => p.labelled)).toBe(true);
  });
  it('leaves out labels that would crowd the previous one, never the last', () => {
    const crowded = [...labs, { ...labs[2], asOf: '2021-11', value: 50 }].sort((a, b) => (a.asOf! < b.asOf! ? -1 : 1));
    expect(chartPoints(crowded).map((p) => p.labelled)).toEqual([true, true, true, true].map((_, i) => i !== 2));
  });
  it('no dated points, no chart; one date, evenly spread', () => {
    expect(chartPoints(labs.map((p) => ({ ...p, asOf: undefined })))).toEqual([]);
    const same = chartPoints(labs.map((p) => ({ ...p, asOf: '2020' })));
    expect(same.map((p) => p.x)).toEqual([CHART.padX, CHART.width / 2, CHART.width - CHART.padX]);
  });
  it('yearOf', () => {
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf('2021-07')).toBeCloseTo(2021.5, 5);
  });
});
