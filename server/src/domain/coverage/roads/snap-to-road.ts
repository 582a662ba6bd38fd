import { MAX_SEGMENT_METRES, type RoadGraph } from './build-road-graph.ts'
import { createPointGridIndex } from '../point-grid-index.ts'
import { metresPerDegree } from '../ellipsoidal-distance.ts'

/** Where each point joins the network: edge index (−1 when none within reach), position along it and walk. */
export interface Snapped {
  edge: Int32Array
  /** Fraction along the edge from edgeA (0) to edgeB (1). */
  t: Float64Array
  /** Walk from the point to the road, metres. */
  metres: Float64Array
}

/**
 * Snaps points perpendicularly onto their nearest road edge (local tangent plane at the point,
 * exact to millimetres for 50 m edges).
 * @param graph the road graph
 * @param points points to snap
 * @param maxMetres farthest walk to a road accepted; farther points count as off the network
 * @returns per point the edge, the fraction along it and the walk distance
 */
export function snapToRoad(graph: RoadGraph, points: readonly { lng: number; lat: number }[], maxMetres: number): Snapped {
  const n = graph.edgeA.length
  const midLng = new Float64Array(n)
  const midLat = new Float64Array(n)
  for (let e = 0; e < n; e += 1) {
    midLng[e] = (graph.lngs[graph.edgeA[e]!]! + graph.lngs[graph.edgeB[e]!]!) / 2
    midLat[e] = (graph.lats[graph.edgeA[e]!]! + graph.lats[graph.edgeB[e]!]!) / 2
  }
  const index = createPointGridIndex(midLng, midLat, Math.max(maxMetres, 50))
  const edge = new Int32Array(points.length).fill(-1)
  const t = new Float64Array(points.length)
  const metres = new Float64Array(points.length).fill(Infinity)
  points.forEach((p, i) => {
    const [mx, my] = metresPerDegree(p.lat)
    index.forEachWithin(p.lng, p.lat, maxMetres + MAX_SEGMENT_METRES / 2 + 1, (e) => {
      const a = graph.edgeA[e]!
      const b = graph.edgeB[e]!
      const ax = (graph.lngs[a]! - p.lng) * mx
      const ay = (graph.lats[a]! - p.lat) * my
      const dx = (graph.lngs[b]! - p.lng) * mx - ax
      const dy = (graph.lats[b]! - p.lat) * my - ay
      const len2 = dx * dx + dy * dy
      const f = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2))
      const d = Math.hypot(ax + f * dx, ay + f * dy)
      if (d <= maxMetres && (d < metres[i]! || (d === metres[i] && e < edge[i]!))) {
        metres[i] = d
        edge[i] = e
        t[i] = f
      }
    })
  })
  return { edge, t, metres }
}
