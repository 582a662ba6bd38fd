import { describe, expect, it } from 'vitest';
import {
  SURVEY_POINTS_EMPTY, SURVEY_POINTS_TOO_FAR, lineThroughSurveyPoints,
} from '../../../../server/src/domain/boundaries/line-through-survey-points.ts';
import { goldenCollection, lineFeature, pointFeature, readFixtures } from './fixture-io.ts';

describe('lineThroughSurveyPoints', () => {
  it.each(readFixtures('line-through-survey-points'))('matches the golden line of $name', async (fixture) => {
    const points = fixture.points.map((f) => f.geometry.coordinates);
    const result = lineThroughSurveyPoints(fixture.line.geometry.coordinates, points);
    if (!result.valid) throw new Error(result.reason);
    const golden = goldenCollection([
      lineFeature(fixture.line.geometry.coordinates, { role: 'before', stroke: '#999999', 'stroke-dasharray': '4 2' }),
      lineFeature(result.value, { role: 'after', stroke: '#1f6feb', 'stroke-width': 3 }),
      ...points.map((p, i) => pointFeature(p, { role: 'survey point', input_order: i + 1, 'marker-color': '#d73a49' })),
    ]);
    await expect(golden).toMatchFileSnapshot(fixture.outPath);
  });

  it('keeps the two nodes and passes the points in their order along the line', () => {
    const result = lineThroughSurveyPoints([[114, 30], [114.02, 30]], [[114.015, 30.0001], [114.005, 29.9999]]);
    expect(result).toEqual({ valid: true, value: [[114, 30], [114.005, 29.9999], [114.015, 30.0001], [114.02, 30]] });
  });

  it('refuses an empty point list', () => {
    expect(lineThroughSurveyPoints([[114, 30], [114.02, 30]], [])).toMatchObject({ valid: false, reason: SURVEY_POINTS_EMPTY });
  });

  it('refuses points far from the line and names the first one', () => {
    const result = lineThroughSurveyPoints([[114, 30], [114.02, 30]], [[114.01, 30], [114.01, 30.1]]);
    expect(result).toMatchObject({ valid: false, reason: SURVEY_POINTS_TOO_FAR });
    expect(!result.valid && result.detail).toMatch(/survey point 2/);
  });
});
