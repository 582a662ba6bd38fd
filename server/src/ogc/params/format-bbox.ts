import type { Bbox } from './bbox.ts'

/**
 * Format a box as the OGC `bbox` parameter value; the inverse of `parseBbox`
 * (JavaScript's shortest round-trip number format, so no precision is lost).
 * @param bbox `[west, south, east, north]`
 * @returns `minLng,minLat,maxLng,maxLat`
 * @example formatBbox([113.7, 29, 114.9, 30.2]) // = '113.7,29,114.9,30.2'
 */
export function formatBbox(bbox: Bbox): string {
  return bbox.map((v) => (Object.is(v, -0) ? '0' : String(v))).join(',')
}
