import type { DemandCoverage, DemandPoint } from './coverage-types.ts'

/** How one demand point's coverage changed. */
export type CoverageChange = 'gained' | 'lost' | 'unchanged'

/** Before/after difference of a what-if. */
export interface CoverageDelta {
  /** Per demand point, in input order. */
  changes: CoverageChange[]
  gainedCount: number
  lostCount: number
  gainedPopulation: number
  lostPopulation: number
  /** Demand codes that changed, for the delta map. */
  gained: string[]
  lost: string[]
}

/**
 * Compares coverage before and after a what-if, point by point.
 * @param demand the demand points
 * @param before coverage before (same order)
 * @param after coverage after (same order)
 * @returns per-point changes and totals
 * @example computeCoverageDelta([v], [{ covered: false, … }], [{ covered: true, … }]).gainedCount // = 1
 */
export function computeCoverageDelta(
  demand: readonly DemandPoint[],
  before: readonly DemandCoverage[],
  after: readonly DemandCoverage[],
): CoverageDelta {
  if (before.length !== demand.length || after.length !== demand.length) {
    throw new Error('computeCoverageDelta needs before and after for every demand point')
  }
  const delta: CoverageDelta = { changes: [], gainedCount: 0, lostCount: 0, gainedPopulation: 0, lostPopulation: 0, gained: [], lost: [] }
  demand.forEach((point, i) => {
    const was = before[i]!.covered
    const is = after[i]!.covered
    const change: CoverageChange = was === is ? 'unchanged' : is ? 'gained' : 'lost'
    delta.changes.push(change)
    if (change === 'gained') {
      delta.gainedCount += 1
      delta.gainedPopulation += point.population ?? 0
      delta.gained.push(point.code)
    } else if (change === 'lost') {
      delta.lostCount += 1
      delta.lostPopulation += point.population ?? 0
      delta.lost.push(point.code)
    }
  })
  return delta
}
