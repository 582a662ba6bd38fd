/** A bounding box `[west, south, east, north]` in degrees (RFC 7946 / OGC CRS84 order). */
export type Bbox = [west: number, south: number, east: number, north: number]

/**
 * Whether a value is a usable bbox: four finite numbers within lon/lat ranges, south ≤ north.
 * West may exceed east (a box that crosses the antimeridian).
 * @example
 * isValidBbox([113.7, 28.9, 114.9, 30.1]) // = true
 */
export function isValidBbox(value: unknown): value is Bbox {
  if (!Array.isArray(value) || value.length !== 4) return false
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false
  const [west, south, east, north] = value as Bbox
  const lngOk = (lng: number) => lng >= -180 && lng <= 180
  const latOk = (lat: number) => lat >= -90 && lat <= 90
  return lngOk(west) && lngOk(east) && latOk(south) && latOk(north) && south <= north
}

/**
 * Formats a bbox for the `bbox` query parameter, rounded to 6 decimals (~0.1 m).
 * @example
 * formatBbox([113.7, 28.9, 114.9, 30.1]) // = '113.7,28.9,114.9,30.1'
 */
export function formatBbox(bbox: Bbox): string {
  return bbox.map((n) => Number(n.toFixed(6))).join(',')
}

/**
 * The centre `[lng, lat]` of a bbox that does not cross the antimeridian.
 * @example
 * bboxCenter([0, 0, 10, 20]) // = [5, 10]
 */
export function bboxCenter(bbox: Bbox): [lng: number, lat: number] {
  const [west, south, east, north] = bbox
  return [(west + east) / 2, (south + north) / 2]
}
