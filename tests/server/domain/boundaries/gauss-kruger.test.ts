import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussKrugerCrs } from '../../../../server/src/domain/boundaries/gauss-kruger.ts';

// Control values computed independently by PROJ 9.1 through PostGIS 3.3:
//   SELECT ST_AsText(ST_Transform(ST_SetSRID('POINT(lng lat)'::geometry, 4326), 4547), 4)
const CONTROL_4547: Array<{ lngLat: [number, number]; x: number; y: number }> = [
  { lngLat: [114, 30], x: 3320113.3978, y: 500000 },
  { lngLat: [114.3, 29.85], x: 3303523.4959, y: 528989.3838 },
  { lngLat: [113.1, 29.5], x: 3265026.815, y: 412728.4807 },
  { lngLat: [114.32, 29.84], x: 3302420.1934, y: 530925.1004 },
  { lngLat: [115.4, 29.1], x: 3221162.8821, y: 636290.1657 },
];

describe('gaussKrugerCrs', () => {
  it('is EPSG:4547 with the PostGIS proj4 definition for central meridian 114°E', () => {
    const crs = gaussKrugerCrs();
    expect(crs.epsg).toBe(4547);
    expect(crs.proj4).toBe('+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
  });

  it('numbers the other 3° zones EPSG:4534 (75°E) … 4554 (135°E)', () => {
    expect(gaussKrugerCrs(75).epsg).toBe(4534);
    expect(gaussKrugerCrs(135).epsg).toBe(4554);
  });

  it('refuses a central meridian that is not a 3° zone', () => {
    expect(() => gaussKrugerCrs(113)).toThrow(/multiple of 3/);
    expect(() => gaussKrugerCrs(138)).toThrow(/75…135/);
  });

  it.each(CONTROL_4547)('converts $lngLat to the PROJ control values within 1 mm', ({ lngLat, x, y }) => {
    const gk = gaussKrugerCrs(114).toGk(lngLat);
    expect(Math.abs(gk.x - x)).toBeLessThan(0.001);
    expect(Math.abs(gk.y - y)).toBeLessThan(0.001);
  });

  it.each(CONTROL_4547)('converts the control values back to $lngLat within 1e-8°', ({ lngLat, x, y }) => {
    const [lng, lat] = gaussKrugerCrs(114).toLngLat({ x, y });
    expect(Math.abs(lng - lngLat[0])).toBeLessThan(2e-8);
    expect(Math.abs(lat - lngLat[1])).toBeLessThan(2e-8);
  });

  it('matches PROJ in another zone (CM 75°E, EPSG:4534)', () => {
    const gk = gaussKrugerCrs(75).toGk([75.5, 40.1]);
    expect(gk.x).toBeCloseTo(4440752.4168, 3);
    expect(gk.y).toBeCloseTo(542634.673, 3);
  });

  it('round-trips lon/lat → GK → lon/lat within 1e-8° anywhere in the zone', () => {
    const crs = gaussKrugerCrs(114);
    fc.assert(
      fc.property(fc.double({ min: 112.5, max: 115.5, noNaN: true }), fc.double({ min: 18, max: 54, noNaN: true }), (lng, lat) => {
        const [lng2, lat2] = crs.toLngLat(crs.toGk([lng, lat]));
        // 1 mm of plane rounding is ~1e-8°, plus 0.5e-8 of lon/lat rounding
        return Math.abs(lng2 - lng) < 3e-8 && Math.abs(lat2 - lat) < 3e-8;
      }),
    );
  });

  it('round-trips GK → lon/lat → GK within 2 mm', () => {
    const crs = gaussKrugerCrs(114);
    fc.assert(
      fc.property(fc.double({ min: 2_000_000, max: 6_000_000, noNaN: true }), fc.double({ min: 360_000, max: 640_000, noNaN: true }), (x, y) => {
        const back = crs.toGk(crs.toLngLat({ x, y }));
        return Math.abs(back.x - x) < 0.002 && Math.abs(back.y - y) < 0.002;
      }),
    );
  });

  it('puts points west of the central meridian below the false easting', () => {
    expect(gaussKrugerCrs(114).toGk([113.5, 29.8]).y).toBeLessThan(500000);
  });
});
