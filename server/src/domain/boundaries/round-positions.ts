import type { Position } from 'geojson';
import { SURVEY_LNGLAT_DECIMALS } from './gauss-kruger.ts';

/**
 * Round lon/lat positions to the survey precision (8 decimals ≈ 1 mm) and drop consecutive duplicates
 * that rounding creates. Idempotent; returns new arrays.
 * @param coordinates [lng, lat] positions
 * @param decimals decimals to keep
 * @returns rounded positions without consecutive repeats
 * @example
 * roundPositions([[114.123456789, 30], [114.1234567891, 30], [114.2, 30.1]]);
 * // = [[114.12345679, 30], [114.2, 30.1]]
 */
export function roundPositions(coordinates: Position[], decimals: number = SURVEY_LNGLAT_DECIMALS): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [lng, lat] of coordinates) {
    const next = [Math.round(lng * factor) / factor, Math.round(lat * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}
