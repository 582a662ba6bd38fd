import type { LngLat, XY } from './types.ts';

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

/** Forward and inverse of a local equirectangular projection. */
export interface LocalProjection {
  toXY(point: readonly [number, number]): XY;
  toLngLat(point: readonly [number, number]): LngLat;
}

/**
 * Creates a local equirectangular projection in metres around an origin: accurate to well under 1 % across a
 * county (tens of km), which is all the synthetic geometry needs (distances, spacing, areas).
 * @param origin - `[lng, lat]` of the projection origin
 * @returns toXY / toLngLat
 * @example
 * createLocalProjection([114, 30]).toXY([114.01, 30]) // ≈ [964.1, 0]
 */
export function createLocalProjection(origin: LngLat): LocalProjection {
  const [lng0, lat0] = origin;
  const kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE_LAT;
  return {
    toXY: ([lng, lat]) => [(lng - lng0) * kx, (lat - lat0) * ky],
    toLngLat: ([x, y]) => [lng0 + x / kx, lat0 + y / ky],
  };
}
