import type { CoverageSource } from './coverage-source.ts'
import type { CoverageRequest } from './coverage-request.ts'
import type { DemandPoint, SupplyPoint } from './coverage-types.ts'
import { buildRoadGraph, type RoadGraph } from './roads/build-road-graph.ts'
import { metresPerDegree } from './ellipsoidal-distance.ts'

/** Everything a coverage computation reads, loaded once. */
export interface CoverageInputs {
  demand: DemandPoint[]
  supply: SupplyPoint[]
  /** The road graph around the demand when distances go by road, else null. */
  graph: RoadGraph | null
  /** Road lines loaded (0 when straight-line or none exist). */
  roadLines: number
  scopeName: string
}

/** Bbox of the demand widened by `metres` on every side. */
export function demandBbox(demand: readonly DemandPoint[], metres: number): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const d of demand) {
    w = Math.min(w, d.lng); s = Math.min(s, d.lat); e = Math.max(e, d.lng); n = Math.max(n, d.lat)
  }
  if (!Number.isFinite(w)) return [0, 0, 0, 0]
  const [mx, my] = metresPerDegree(Math.max(Math.abs(s), Math.abs(n)))
  return [w - metres / mx, s - metres / my, e + metres / mx, n + metres / my]
}

/**
 * Loads demand, supply, the scope name and (for road distances) the road graph around the demand.
 * @returns the inputs; `graph` has no edges when no roads are loaded there (the caller decides)
 */
export async function loadCoverageInputs(source: CoverageSource, request: CoverageRequest): Promise<CoverageInputs> {
  const [demand, supply, scopeName] = await Promise.all([
    source.demand(request.scope), source.supply(request.types), source.scopeName(request.scope),
  ])
  if (request.network === 'straight') return { demand, supply, graph: null, roadLines: 0, scopeName }
  const lines = demand.length ? await source.roads(demandBbox(demand, request.distanceMetres)) : []
  return { demand, supply, graph: buildRoadGraph(lines), roadLines: lines.length, scopeName }
}
