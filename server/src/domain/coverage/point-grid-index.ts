import { ellipsoidalDistance, metresPerDegree } from './ellipsoidal-distance.ts'

/** A spatial index over lon/lat points answering "which points lie within r metres of here". */
export interface PointGridIndex {
  /**
   * Calls `visit(index, metres)` for every indexed point within `radiusMetres` of (lng, lat),
   * in no particular order; distances are ellipsoidal metres.
   */
  forEachWithin(lng: number, lat: number, radiusMetres: number, visit: (index: number, metres: number) => void): void
  /** Number of indexed points. */
  readonly size: number
}

/** Numeric cell key: column × 2^22 + row (rows stay within ±2^21 for cells ≥ 10 m). */
const cellKey = (x: number, y: number): number => x * 4_194_304 + y

/** Smallest metres per degree of latitude on WGS84 (at the equator); bounds |Δlat| for a radius. */
const MIN_METRES_PER_DEG_LAT = 110_574

/**
 * Builds a uniform lon/lat grid over points. Cells are sized for a typical query radius; any radius
 * works, a matching one is fastest. Query windows are widened conservatively so no point within the
 * radius is missed; candidates are then checked with the exact ellipsoidal distance.
 * The grid does not wrap at ±180° (Chinese cities never straddle the antimeridian).
 * @param lngs point longitudes
 * @param lats point latitudes (same length)
 * @param cellMetres target cell size in metres (e.g. the coverage radius)
 * @example createPointGridIndex([114], [30], 500).forEachWithin(114, 30.001, 500, (i, m) => …) // i = 0, m ≈ 111
 */
export function createPointGridIndex(lngs: ArrayLike<number>, lats: ArrayLike<number>, cellMetres: number): PointGridIndex {
  if (lngs.length !== lats.length) throw new Error('createPointGridIndex needs as many latitudes as longitudes')
  if (!(cellMetres > 0)) throw new Error('createPointGridIndex needs a positive cell size')
  let maxAbsLat = 0
  for (let i = 0; i < lats.length; i += 1) maxAbsLat = Math.max(maxAbsLat, Math.abs(lats[i]!))
  // Cells of at least 10 m keep |row| below 2^21 so the numeric key below is unique.
  const cellLat = Math.max(cellMetres, 10) / MIN_METRES_PER_DEG_LAT
  const cellLng = Math.max(cellMetres, 10) / Math.max(metresPerDegree(Math.min(maxAbsLat, 89))[0], 1)
  const cells = new Map<number, number[]>()
  for (let i = 0; i < lngs.length; i += 1) {
    const key = cellKey(Math.floor(lngs[i]! / cellLng), Math.floor(lats[i]! / cellLat))
    const bucket = cells.get(key)
    if (bucket) bucket.push(i)
    else cells.set(key, [i])
  }
  return {
    size: lngs.length,
    forEachWithin(lng, lat, radiusMetres, visit) {
      const dLat = (radiusMetres / MIN_METRES_PER_DEG_LAT) * 1.001
      const edgeLat = Math.min(Math.abs(lat) + dLat, 89.999)
      const dLng = Math.min((radiusMetres / metresPerDegree(edgeLat)[0]) * 1.001, 180)
      const x0 = Math.floor((lng - dLng) / cellLng)
      const x1 = Math.floor((lng + dLng) / cellLng)
      const y0 = Math.floor((lat - dLat) / cellLat)
      const y1 = Math.floor((lat + dLat) / cellLat)
      for (let x = x0; x <= x1; x += 1) {
        for (let y = y0; y <= y1; y += 1) {
          const bucket = cells.get(cellKey(x, y))
          if (!bucket) continue
          for (const i of bucket) {
            const metres = ellipsoidalDistance(lng, lat, lngs[i]!, lats[i]!)
            if (metres <= radiusMetres) visit(i, metres)
          }
        }
      }
    },
  }
}
