import type { DemandCoverage, DemandPoint, SupplyPoint } from './coverage-types.ts'
import type { RoadGraph } from './roads/build-road-graph.ts'
import { computeHasFacility } from './compute-has-facility.ts'
import { computeWithinReach } from './compute-within-reach.ts'
import { computeNetworkReach } from './roads/compute-network-reach.ts'

/** Both measures for one supply. */
export interface Measured {
  hasFacility: DemandCoverage[]
  withinReach: DemandCoverage[]
}

/**
 * Computes the bureau's has-a-facility measure and the within-reach measure (straight-line, or along
 * roads when a graph is given) for the same demand and supply.
 * @example measureCoverage(demand, supply, 1000, null).withinReach[0].covered // = true
 */
export function measureCoverage(
  demand: readonly DemandPoint[], supply: readonly SupplyPoint[], distanceMetres: number, graph: RoadGraph | null,
): Measured {
  return {
    hasFacility: computeHasFacility(demand, supply),
    withinReach: graph ? computeNetworkReach(demand, supply, graph, distanceMetres) : computeWithinReach(demand, supply, distanceMetres),
  }
}
