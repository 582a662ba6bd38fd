import { describe, expect, it } from 'vitest';
import { SPLIT_AT_ENDPOINT, SPLIT_OFF_LINE, splitLineAt } from '../../../../server/src/domain/boundaries/split-line-at.ts';
import { goldenCollection, lineFeature, pointFeature, readFixtures } from './fixture-io.ts';

describe('splitLineAt', () => {
  it.each(readFixtures('split-line-at'))('matches the golden split of $name', async (fixture) => {
    const result = splitLineAt(fixture.line.geometry.coordinates, fixture.points[0].geometry.coordinates, 50);
    if (!result.valid) throw new Error(result.reason);
    const golden = goldenCollection([
      lineFeature(result.value[0], { piece: 1, stroke: '#d73a49', 'stroke-width': 3 }),
      lineFeature(result.value[1], { piece: 2, stroke: '#1f6feb', 'stroke-width': 3 }),
      pointFeature(fixture.points[0].geometry.coordinates, { role: 'split point', 'marker-color': '#000000' }),
    ]);
    await expect(golden).toMatchFileSnapshot(fixture.outPath);
  });

  it('makes both pieces share the foot point and keep the original ends', () => {
    const line = [[114, 30], [114.01, 30.001], [114.02, 30]];
    const result = splitLineAt(line, [114.005, 30.0005]);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    const [a, b] = result.value;
    expect(a[0]).toEqual([114, 30]);
    expect(b[b.length - 1]).toEqual([114.02, 30]);
    expect(a[a.length - 1]).toEqual(b[0]);
  });

  it('refuses a point off the line', () => {
    expect(splitLineAt([[114, 30], [114.02, 30]], [114.01, 30.01])).toMatchObject({ valid: false, reason: SPLIT_OFF_LINE });
  });

  it('refuses to split at an end of the line', () => {
    expect(splitLineAt([[114, 30], [114.02, 30]], [114, 30])).toMatchObject({ valid: false, reason: SPLIT_AT_ENDPOINT });
    expect(splitLineAt([[114, 30], [114.02, 30]], [114.02, 30])).toMatchObject({ valid: false, reason: SPLIT_AT_ENDPOINT });
  });
});
