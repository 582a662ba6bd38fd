import type { DemandPoint, SupplyPoint } from './coverage-types.ts'

/** What the coverage use cases need from storage; `db/coverage.source.ts` implements it. */
export interface CoverageSource {
  /** Villages and communities under the scope division (null = the whole dataset). */
  demand(scope: string | null): Promise<DemandPoint[]>
  /** Active facilities of the given types, anywhere (supply across a scope border still serves it). */
  supply(types: readonly string[]): Promise<SupplyPoint[]>
  /** Road centre lines intersecting a bbox, as LineString coordinates; [] where no roads are loaded. */
  roads(bbox: readonly [number, number, number, number]): Promise<number[][][]>
  /** Division and served village of a point, or null outside every division. */
  locate(lng: number, lat: number): Promise<{ divisionCode: string; villageCode: string | null } | null>
  /** Name of the scope division (null = the top-level division of the dataset). */
  scopeName(scope: string | null): Promise<string>
  /** Candidate sites on a grid of `spacingMetres` inside the scope's townships; null when far too many. */
  gridCandidates(scope: string | null, spacingMetres: number): Promise<{ lng: number; lat: number; townshipCode: string }[] | null>
}
