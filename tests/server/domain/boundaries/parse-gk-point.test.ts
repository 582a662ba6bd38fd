import { describe, expect, it } from 'vitest';
import { gaussKrugerCrs } from '../../../../server/src/domain/boundaries/gauss-kruger.ts';
import {
  GK_AXES_SWAPPED, GK_NOT_FINITE, GK_OUT_OF_RANGE, GK_OUTSIDE_ZONE, GK_ZONE_MISMATCH, parseGkPoint,
} from '../../../../server/src/domain/boundaries/parse-gk-point.ts';

const crs = gaussKrugerCrs(114);

describe('parseGkPoint', () => {
  it('accepts a plain EPSG:4547 coordinate unchanged', () => {
    expect(parseGkPoint({ x: 3303523.496, y: 528989.384 }, crs)).toEqual({ valid: true, value: { x: 3303523.496, y: 528989.384 } });
  });

  it('strips the zone-38 prefix from the easting', () => {
    const result = parseGkPoint({ x: 3303523.496, y: 38528989.384 }, crs);
    expect(result.valid && result.value.y).toBeCloseTo(528989.384, 6);
  });

  it('rejects a zone prefix that is not the zone of the central meridian', () => {
    expect(parseGkPoint({ x: 3303523.496, y: 39528989.384 }, crs)).toMatchObject({ valid: false, reason: GK_ZONE_MISMATCH });
  });

  it('says when northing and easting look swapped', () => {
    expect(parseGkPoint({ x: 528989.384, y: 3303523.496 }, crs)).toMatchObject({ valid: false, reason: GK_AXES_SWAPPED });
  });

  it('rejects non-finite and out-of-range values', () => {
    expect(parseGkPoint({ x: Number.NaN, y: 500000 }, crs)).toMatchObject({ valid: false, reason: GK_NOT_FINITE });
    expect(parseGkPoint({ x: -5, y: 500000 }, crs)).toMatchObject({ valid: false, reason: GK_OUT_OF_RANGE });
    expect(parseGkPoint({ x: 3303523, y: 0 }, crs)).toMatchObject({ valid: false, reason: GK_OUT_OF_RANGE });
  });

  it('rejects a point far outside the zone', () => {
    // 950 km east of the central meridian at 30°N is about 123.8°E
    expect(parseGkPoint({ x: 3320000, y: 950000 }, crs)).toMatchObject({ valid: false, reason: GK_OUTSIDE_ZONE });
  });
});
