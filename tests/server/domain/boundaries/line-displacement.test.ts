import { describe, expect, it } from 'vitest';
import { lineDisplacement } from '../../../../server/src/domain/boundaries/line-displacement.ts';

describe('lineDisplacement', () => {
  it('is 0 for the same line, whatever extra collinear vertices it has', () => {
    expect(lineDisplacement([[114, 30], [114.01, 30]], [[114, 30], [114.005, 30], [114.01, 30]])).toBeLessThan(1e-6);
  });

  it('is the distance of a moved vertex', () => {
    expect(lineDisplacement([[114, 30], [114.01, 30]], [[114, 30], [114.005, 30.001], [114.01, 30]])).toBeCloseTo(110.9, 0);
  });

  it('sees a removed vertex too', () => {
    expect(lineDisplacement([[114, 30], [114.005, 30.001], [114.01, 30]], [[114, 30], [114.01, 30]])).toBeCloseTo(110.9, 0);
  });
});
