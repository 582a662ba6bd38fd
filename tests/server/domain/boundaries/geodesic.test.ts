import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineLength, measureGeodesic } from '../../../../server/src/domain/boundaries/geodesic.ts';

const lngLat = fc.tuple(fc.double({ min: 113, max: 115, noNaN: true }), fc.double({ min: 29, max: 30.5, noNaN: true }));

describe('measureGeodesic', () => {
  it('agrees with PostGIS geography ST_Distance to the millimetre', () => {
    // SELECT ST_Distance('POINT(114 30)'::geography, 'POINT(114.01 30)'::geography) = 964.8628022
    expect(measureGeodesic([114, 30], [114.01, 30]).distance).toBeCloseTo(964.8628022, 4);
  });

  it('gives azimuth 0 due north and 180 due south', () => {
    expect(measureGeodesic([114, 30], [114, 30.1]).azimuth).toBeCloseTo(0, 9);
    expect(measureGeodesic([114, 30.1], [114, 30]).azimuth).toBeCloseTo(180, 9);
  });

  it('keeps azimuths in [0, 360)', () => {
    expect(measureGeodesic([114, 30], [113.99, 30]).azimuth).toBeCloseTo(270, 2);
    fc.assert(fc.property(lngLat, lngLat, (a, b) => {
      const { azimuth } = measureGeodesic(a, b);
      return azimuth >= 0 && azimuth < 360;
    }));
  });

  it('is symmetric in distance', () => {
    fc.assert(fc.property(lngLat, lngLat, (a, b) =>
      Math.abs(measureGeodesic(a, b).distance - measureGeodesic(b, a).distance) < 1e-6));
  });
});

describe('lineLength', () => {
  it('adds the lengths of the segments', () => {
    const a = measureGeodesic([114, 30], [114.01, 30]).distance;
    const b = measureGeodesic([114.01, 30], [114.01, 30.01]).distance;
    expect(lineLength([[114, 30], [114.01, 30], [114.01, 30.01]])).toBeCloseTo(a + b, 9);
  });

  it('is 0 for a single position or none', () => {
    expect(lineLength([[114, 30]])).toBe(0);
    expect(lineLength([])).toBe(0);
  });

  it('is never shorter than the chord (triangle inequality)', () => {
    fc.assert(fc.property(lngLat, lngLat, lngLat, (a, b, c) =>
      lineLength([a, b, c]) + 1e-6 >= measureGeodesic(a, c).distance));
  });
});
