import type { GaussKrugerCrs } from './gauss-kruger.ts';
import type { GkPoint, Validation } from './types.ts';

export const GK_NOT_FINITE = 'gk_not_finite';
export const GK_AXES_SWAPPED = 'gk_axes_swapped';
export const GK_ZONE_MISMATCH = 'gk_zone_mismatch';
export const GK_OUT_OF_RANGE = 'gk_out_of_range';
export const GK_OUTSIDE_ZONE = 'gk_outside_zone';

/** How far beyond the zone's ±1.5° a surveyed point may lie (overlap belts are common at zone edges). */
const ZONE_HALF_WIDTH_DEGREES = 2;

/**
 * Check a typed Gauss-Krüger coordinate before it is converted. Accepts the easting with the
 * 3° zone number prefix (38 528 989.384 for zone 38 = CM 114°E) and strips it; rejects a pair whose
 * axes look swapped (surveyors write X = northing first) or that falls outside the zone.
 * @param input x (northing) and y (easting) in metres
 * @param crs the zone the coordinates are in
 * @returns `{ valid: true, value }` with the prefix removed, else `{ valid: false, reason }`
 * @example
 * parseGkPoint({ x: 3303523.496, y: 38528989.384 }, gaussKrugerCrs(114));
 * // = { valid: true, value: { x: 3303523.496, y: 528989.384 } }
 */
export function parseGkPoint(input: GkPoint, crs: GaussKrugerCrs): Validation<GkPoint> {
  const { x, y } = input;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return { valid: false, reason: GK_NOT_FINITE, detail: 'x and y must be finite numbers in metres' };
  }
  let easting = y;
  if (easting >= 1e7) {
    const zone = Math.floor(easting / 1e6);
    if (zone !== crs.centralMeridian / 3) {
      return { valid: false, reason: GK_ZONE_MISMATCH, detail: `easting has zone prefix ${zone}, expected ${crs.centralMeridian / 3}` };
    }
    easting -= zone * 1e6;
  }
  if (x > 0 && x < 1e6 && easting >= 1e6 && easting < 1e7) {
    return { valid: false, reason: GK_AXES_SWAPPED, detail: 'x is the northing (北坐标) and y the easting (东坐标); the values look swapped' };
  }
  if (easting <= 0 || easting >= 1e6 || x <= 0 || x >= 1e7) {
    return { valid: false, reason: GK_OUT_OF_RANGE, detail: 'expected 0 < y < 1 000 000 (easting) and 0 < x < 10 000 000 (northing)' };
  }
  const [lng] = crs.toLngLat({ x, y: easting });
  if (Math.abs(lng - crs.centralMeridian) > ZONE_HALF_WIDTH_DEGREES) {
    return { valid: false, reason: GK_OUTSIDE_ZONE, detail: `point lies at ${lng.toFixed(3)}°E, outside the ${crs.centralMeridian}°E zone` };
  }
  return { valid: true, value: { x, y: easting } };
}
