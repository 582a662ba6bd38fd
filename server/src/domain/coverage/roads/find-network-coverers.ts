import type { RoadGraph } from './build-road-graph.ts'
import { snapToRoad } from './snap-to-road.ts'
import { distanceToSnapped, networkDistances } from './network-distances.ts'
import { sourcesByEdge } from './sources-by-edge.ts'
import { createPointGridIndex } from '../point-grid-index.ts'

/**
 * For each demand point, the candidate sites within `radiusMetres` along roads (walks to and from
 * the road included), by one bounded Dijkstra per candidate; only demand within the radius in a
 * straight line is checked (a road is never shorter). Feeds the MCLP when coverage is by road.
 * @param demand demand points
 * @param candidates candidate sites
 * @param graph road graph
 * @param radiusMetres reach along roads
 * @returns candidate indices per demand point, ascending
 */
export function findNetworkCoverers(
  demand: readonly { lng: number; lat: number }[],
  candidates: readonly { lng: number; lat: number }[],
  graph: RoadGraph,
  radiusMetres: number,
): number[][] {
  const demandSnap = snapToRoad(graph, demand, radiusMetres)
  const candidateSnap = snapToRoad(graph, candidates, radiusMetres)
  const byEdge = sourcesByEdge(candidateSnap)
  const near = createPointGridIndex(demand.map((d) => d.lng), demand.map((d) => d.lat), Math.max(radiusMetres, 50))
  const out: number[][] = demand.map(() => [])
  candidates.forEach((c, j) => {
    if (candidateSnap.edge[j]! < 0) return
    const nodes = networkDistances(graph, candidateSnap, radiusMetres, [j])
    const self = (byEdge.get(candidateSnap.edge[j]!) ?? []).filter((s) => s.index === j)
    near.forEachWithin(c.lng, c.lat, radiusMetres, (i) => {
      const point = { edge: demandSnap.edge[i]!, t: demandSnap.t[i]!, metres: demandSnap.metres[i]! }
      const onSameEdge = point.edge === candidateSnap.edge[j] ? self : []
      if (distanceToSnapped(graph, nodes, point, onSameEdge)[0] <= radiusMetres) out[i]!.push(j)
    })
  })
  return out
}
