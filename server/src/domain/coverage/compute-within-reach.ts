import type { DemandCoverage, DemandPoint, SupplyPoint } from './coverage-types.ts'
import { createPointGridIndex } from './point-grid-index.ts'

/**
 * The planners' measure: a demand point is covered when some facility lies within `radiusMetres`
 * straight-line (ellipsoidal) distance; the boundary counts as covered (distance ≤ radius, like
 * PostGIS `ST_DWithin`).
 * @param demand villages and communities
 * @param supply facilities
 * @param radiusMetres reach in metres, ≥ 0
 * @returns one {@link DemandCoverage} per demand point, with the nearest facility within reach
 * @example computeWithinReach([village at 0 m], [facility 400 m away], 500)[0] // = { covered: true, nearestMetres: 400, … }
 */
export function computeWithinReach(
  demand: readonly DemandPoint[],
  supply: readonly SupplyPoint[],
  radiusMetres: number,
): DemandCoverage[] {
  if (!(radiusMetres >= 0)) throw new Error('computeWithinReach needs a non-negative radius')
  const index = createPointGridIndex(
    supply.map((s) => s.lng),
    supply.map((s) => s.lat),
    Math.max(radiusMetres, 50),
  )
  return demand.map((point) => {
    let best = -1
    let bestMetres = Infinity
    index.forEachWithin(point.lng, point.lat, radiusMetres, (i, metres) => {
      if (metres < bestMetres || (metres === bestMetres && i < best)) {
        best = i
        bestMetres = metres
      }
    })
    return best < 0
      ? { covered: false, nearestMetres: null, nearestId: null }
      : { covered: true, nearestMetres: bestMetres, nearestId: supply[best]!.id }
  })
}
