/** Covered / uncovered counts and population for one set of demand points, with rates. */
export interface CoverageStats {
  demandCount: number
  coveredCount: number
  uncoveredCount: number
  population: number
  coveredPopulation: number
  uncoveredPopulation: number
  /** Demand points whose population is unknown (counted as 0 in population figures). */
  populationUnknownCount: number
  /** coveredCount / demandCount, or null when there is no demand. */
  countRate: number | null
  /** coveredPopulation / population, or null when the population is 0. */
  populationRate: number | null
}

/** Mutable accumulator behind {@link CoverageStats}. */
export interface CoverageTally {
  demandCount: number
  coveredCount: number
  population: number
  coveredPopulation: number
  populationUnknownCount: number
}

/** A zeroed tally. */
export const createTally = (): CoverageTally => ({
  demandCount: 0,
  coveredCount: 0,
  population: 0,
  coveredPopulation: 0,
  populationUnknownCount: 0,
})

/**
 * Adds one demand point to a tally.
 * @param tally accumulator (mutated: it is private to the summariser)
 * @param population the point's population or null
 * @param covered whether it is covered
 */
export function addToTally(tally: CoverageTally, population: number | null, covered: boolean): void {
  tally.demandCount += 1
  if (population === null) tally.populationUnknownCount += 1
  const p = population ?? 0
  tally.population += p
  if (covered) {
    tally.coveredCount += 1
    tally.coveredPopulation += p
  }
}

/**
 * Freezes a tally into stats with derived uncovered figures and rates.
 * @example toStats({ demandCount: 4, coveredCount: 3, population: 0, coveredPopulation: 0, populationUnknownCount: 4 }).countRate // = 0.75
 */
export function toStats(t: CoverageTally): CoverageStats {
  return {
    ...t,
    uncoveredCount: t.demandCount - t.coveredCount,
    uncoveredPopulation: t.population - t.coveredPopulation,
    countRate: t.demandCount === 0 ? null : t.coveredCount / t.demandCount,
    populationRate: t.population === 0 ? null : t.coveredPopulation / t.population,
  }
}
