import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateOnLine } from '../../../../server/src/domain/boundaries/locate-on-line.ts';
import { lineLength, measureGeodesic } from '../../../../server/src/domain/boundaries/geodesic.ts';

describe('locateOnLine', () => {
  it('finds the foot point, the distance along and the distance off the line', () => {
    const location = locateOnLine([[114, 30], [114.01, 30]], [114.005, 30.0001]);
    expect(location.segmentIndex).toBe(0);
    expect(location.position[0]).toBeCloseTo(114.005, 9);
    expect(location.measure).toBeCloseTo(measureGeodesic([114, 30], [114.005, 30]).distance, 3);
    expect(location.offset).toBeCloseTo(11.09, 1);
  });

  it('clamps to the ends of the line', () => {
    expect(locateOnLine([[114, 30], [114.01, 30]], [113.9, 30]).measure).toBe(0);
    const end = locateOnLine([[114, 30], [114.01, 30], [114.01, 30.01]], [114.01, 30.1]);
    expect(end.segmentIndex).toBe(1);
    expect(end.measure).toBeCloseTo(lineLength([[114, 30], [114.01, 30], [114.01, 30.01]]), 6);
  });

  it('puts a vertex of the line exactly on it', () => {
    const line = [[114, 30], [114.003, 30.004], [114.01, 30.002]];
    expect(locateOnLine(line, [114.003, 30.004]).offset).toBeLessThan(1e-6);
  });

  it('never reports a measure beyond the line length or a negative offset', () => {
    const line = [[114, 30], [114.003, 30.004], [114.01, 30.002]];
    const total = lineLength(line);
    fc.assert(fc.property(fc.double({ min: 113.99, max: 114.02, noNaN: true }), fc.double({ min: 29.99, max: 30.01, noNaN: true }), (lng, lat) => {
      const { measure, offset } = locateOnLine(line, [lng, lat]);
      return measure >= 0 && measure <= total + 1e-6 && offset >= 0;
    }));
  });
});
