import gcoord from 'gcoord';
import type { LngLat } from './types.ts';

/**
 * Converts one GCJ-02 coordinate (China's offset datum, used by Amap/DataV/echarts) to WGS84 with the
 * npm library gcoord. This is the single edge module for that datum (STYLE §4): nothing else converts.
 * @param point - `[lng, lat]` in GCJ-02
 * @returns `[lng, lat]` in WGS84, unrounded
 * @example
 * gcj02ToWgs84([114.3, 29.85]) // ≈ [114.2946, 29.8525]
 */
export function gcj02ToWgs84(point: readonly [number, number]): LngLat {
  const [lng, lat] = gcoord.transform([point[0], point[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [lng, lat];
}
