import type { DemandCoverage, DemandPoint, SupplyPoint } from '../coverage-types.ts'
import type { RoadGraph } from './build-road-graph.ts'
import { snapToRoad } from './snap-to-road.ts'
import { sourcesByEdge } from './sources-by-edge.ts'
import { distanceToSnapped, networkDistances } from './network-distances.ts'

/**
 * Within-reach along roads: distance = walk from the facility to the road + road distance + walk
 * from the road to the village (perpendicular snaps). One multi-source Dijkstra from all
 * facilities, cut off at the radius. Points farther than the radius from any road are not covered.
 * @param demand villages and communities
 * @param supply facilities
 * @param graph the road graph
 * @param radiusMetres reach along roads
 * @returns one {@link DemandCoverage} per demand point
 */
export function computeNetworkReach(
  demand: readonly DemandPoint[],
  supply: readonly SupplyPoint[],
  graph: RoadGraph,
  radiusMetres: number,
): DemandCoverage[] {
  const sources = snapToRoad(graph, supply, radiusMetres)
  const nodes = networkDistances(graph, sources, radiusMetres)
  const byEdge = sourcesByEdge(sources)
  const snapped = snapToRoad(graph, demand, radiusMetres)
  return demand.map((_, i) => {
    const point = { edge: snapped.edge[i]!, t: snapped.t[i]!, metres: snapped.metres[i]! }
    const [metres, s] = distanceToSnapped(graph, nodes, point, byEdge.get(point.edge) ?? [])
    return metres <= radiusMetres
      ? { covered: true, nearestMetres: metres, nearestId: supply[s]!.id }
      : { covered: false, nearestMetres: null, nearestId: null }
  })
}
