/** How distances are measured. */
export type NetworkMode = 'straight' | 'road'

/** The parameters every coverage use case shares. */
export interface CoverageRequest {
  /** Facility type ids that count as supply (validated by the caller). */
  types: string[]
  /** Reach in metres (> 0, ≤ MAX_REACH_METRES). */
  distanceMetres: number
  network: NetworkMode
  /** Division code limiting the demand, or null for the whole dataset. */
  scope: string | null
}

/** Failure reason when road distances are asked for where no roads are loaded. */
export const NoRoadNetwork = 'no_road_network'
