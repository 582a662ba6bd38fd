import { createPointGridIndex } from '../point-grid-index.ts'

/** Anything with a lon/lat. */
interface LngLat {
  lng: number
  lat: number
}

/**
 * For each demand point, the candidate sites within `radiusMetres` straight-line (ellipsoidal) distance.
 * @param demand demand points
 * @param candidates candidate sites
 * @param radiusMetres reach
 * @returns candidate indices per demand point, ascending
 * @example findCoverers([{ lng: 114, lat: 30 }], [{ lng: 114, lat: 30.004 }], 500) // = [[0]]
 */
export function findCoverers(demand: readonly LngLat[], candidates: readonly LngLat[], radiusMetres: number): number[][] {
  const index = createPointGridIndex(
    candidates.map((c) => c.lng),
    candidates.map((c) => c.lat),
    Math.max(radiusMetres, 50),
  )
  return demand.map((point) => {
    const found: number[] = []
    index.forEachWithin(point.lng, point.lat, radiusMetres, (j) => found.push(j))
    return found.sort((a, b) => a - b)
  })
}
