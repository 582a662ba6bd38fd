import { ellipsoidalDistance } from '../ellipsoidal-distance.ts'

/** An undirected road graph in compressed adjacency form; node positions in lon/lat. */
export interface RoadGraph {
  lngs: Float64Array
  lats: Float64Array
  /** Edges of node v are adjStart[v] … adjStart[v + 1] − 1 in adjTo / adjMetres. */
  adjStart: Int32Array
  adjTo: Int32Array
  adjMetres: Float64Array
  /** Edge list (each undirected edge once): end nodes and length in metres. */
  edgeA: Int32Array
  edgeB: Int32Array
  edgeMetres: Float64Array
}

/** Longest edge; longer segments get intermediate nodes so an edge lies within 25 m of its midpoint (for snapping). */
export const MAX_SEGMENT_METRES = 50

/**
 * Builds a routable graph from road lines. Vertices that coincide (to ~1 cm) are one node, so roads
 * connect where they share a vertex — as in OSM-style data; lines that merely cross do not connect
 * (a bridge over a road). Segments longer than {@link MAX_SEGMENT_METRES} are split evenly.
 * @param lines LineString coordinate arrays ([lng, lat] positions), e.g. from `ST_AsGeoJSON`
 * @returns the graph (empty for no lines)
 * @example buildRoadGraph([[[114, 30], [114, 30.0003]]]).lngs.length // = 2
 */
export function buildRoadGraph(lines: readonly (readonly (readonly number[])[])[]): RoadGraph {
  const lngs: number[] = []
  const lats: number[] = []
  const ids = new Map<string, number>()
  const edges: [number, number, number][] = []
  const nodeAt = (lng: number, lat: number): number => {
    const key = `${Math.round(lng * 1e7)}:${Math.round(lat * 1e7)}`
    let id = ids.get(key)
    if (id === undefined) {
      id = lngs.length
      ids.set(key, id)
      lngs.push(lng)
      lats.push(lat)
    }
    return id
  }
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) {
      const [lng1, lat1] = line[i - 1] as [number, number]
      const [lng2, lat2] = line[i] as [number, number]
      const metres = ellipsoidalDistance(lng1, lat1, lng2, lat2)
      const pieces = Math.max(1, Math.ceil(metres / MAX_SEGMENT_METRES))
      let prev = nodeAt(lng1, lat1)
      for (let p = 1; p <= pieces; p += 1) {
        const next = p === pieces ? nodeAt(lng2, lat2) : nodeAt(lng1 + ((lng2 - lng1) * p) / pieces, lat1 + ((lat2 - lat1) * p) / pieces)
        if (next !== prev) edges.push([prev, next, metres / pieces])
        prev = next
      }
    }
  }
  const degree = new Int32Array(lngs.length + 1)
  for (const [a, b] of edges) {
    degree[a + 1]! += 1
    degree[b + 1]! += 1
  }
  for (let v = 0; v < lngs.length; v += 1) degree[v + 1]! += degree[v]!
  const fill = degree.slice(0, lngs.length)
  const adjTo = new Int32Array(edges.length * 2)
  const adjMetres = new Float64Array(edges.length * 2)
  for (const [a, b, m] of edges) {
    adjTo[fill[a]!] = b
    adjMetres[fill[a]!++] = m
    adjTo[fill[b]!] = a
    adjMetres[fill[b]!++] = m
  }
  return {
    lngs: Float64Array.from(lngs),
    lats: Float64Array.from(lats),
    adjStart: degree,
    adjTo,
    adjMetres,
    edgeA: Int32Array.from(edges, (e) => e[0]),
    edgeB: Int32Array.from(edges, (e) => e[1]),
    edgeMetres: Float64Array.from(edges, (e) => e[2]),
  }
}
