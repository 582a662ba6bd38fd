import type { RoadGraph } from './build-road-graph.ts'
import type { Snapped } from './snap-to-road.ts'
import { MinHeap } from './min-heap.ts'

/** Node distances from the nearest source and which source that is. */
export interface NodeDistances {
  dist: Float64Array
  source: Int32Array
}

/**
 * Multi-source Dijkstra from snapped sources, cut off at `radiusMetres`: each source enters the
 * network at its snap point and reaches both ends of its edge.
 * @param graph road graph
 * @param sources snapped sources
 * @param only source indices to use (default all)
 * @param radiusMetres cut-off
 * @returns per node the distance to the nearest source (Infinity beyond the cut-off) and its index
 */
export function networkDistances(graph: RoadGraph, sources: Snapped, radiusMetres: number, only?: readonly number[]): NodeDistances {
  const dist = new Float64Array(graph.lngs.length).fill(Infinity)
  const source = new Int32Array(graph.lngs.length).fill(-1)
  const heap = new MinHeap()
  const relax = (v: number, d: number, s: number): void => {
    if (d <= radiusMetres && d < dist[v]!) {
      dist[v] = d
      source[v] = s
      heap.push(d, v)
    }
  }
  for (const s of only ?? [...sources.edge.keys()]) {
    const e = sources.edge[s]!
    if (e < 0) continue
    const len = graph.edgeMetres[e]!
    relax(graph.edgeA[e]!, sources.metres[s]! + sources.t[s]! * len, s)
    relax(graph.edgeB[e]!, sources.metres[s]! + (1 - sources.t[s]!) * len, s)
  }
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [d, v] = top
    if (d > dist[v]!) continue
    for (let k = graph.adjStart[v]!; k < graph.adjStart[v + 1]!; k += 1) relax(graph.adjTo[k]!, d + graph.adjMetres[k]!, source[v]!)
  }
  return { dist, source }
}

/**
 * Road distance from the node distances to a snapped point: via either end of its edge, or directly
 * along the edge from a source on the same edge.
 * @returns [metres, source index] or [Infinity, −1]
 */
export function distanceToSnapped(
  graph: RoadGraph,
  nodes: NodeDistances,
  point: { edge: number; t: number; metres: number },
  sameEdgeSources: readonly { index: number; t: number; metres: number }[],
): [number, number] {
  if (point.edge < 0) return [Infinity, -1]
  const len = graph.edgeMetres[point.edge]!
  const a = graph.edgeA[point.edge]!
  const b = graph.edgeB[point.edge]!
  let best: [number, number] = [Infinity, -1]
  const consider = (d: number, s: number): void => {
    if (s >= 0 && (d < best[0] || (d === best[0] && s < best[1]))) best = [d, s]
  }
  consider(nodes.dist[a]! + point.t * len + point.metres, nodes.source[a]!)
  consider(nodes.dist[b]! + (1 - point.t) * len + point.metres, nodes.source[b]!)
  for (const s of sameEdgeSources) consider(s.metres + Math.abs(s.t - point.t) * len + point.metres, s.index)
  return best
}
