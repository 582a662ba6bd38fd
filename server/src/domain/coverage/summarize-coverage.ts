import type { DemandCoverage, DemandPoint } from './coverage-types.ts'
import { addToTally, createTally, toStats, type CoverageStats, type CoverageTally } from './coverage-stats.ts'

/** Coverage of one area, overall and split into urban communities and rural villages. */
export interface AreaCoverage {
  code: string
  name: string
  all: CoverageStats
  urban: CoverageStats
  rural: CoverageStats
}

/** County with its townships, both in first-seen (input) order. */
export interface CountyCoverage extends AreaCoverage {
  townships: AreaCoverage[]
}

/** The full summary: the whole scope, per county, per township (nested and flat). */
export interface CoverageSummary {
  total: Omit<AreaCoverage, 'code' | 'name'>
  counties: CountyCoverage[]
}

interface Acc {
  code: string
  name: string
  all: CoverageTally
  urban: CoverageTally
  rural: CoverageTally
}

const createAcc = (code: string, name: string): Acc => ({
  code,
  name,
  all: createTally(),
  urban: createTally(),
  rural: createTally(),
})

function add(acc: Acc, point: DemandPoint, covered: boolean): void {
  addToTally(acc.all, point.population, covered)
  if (point.urbanRural) addToTally(acc[point.urbanRural], point.population, covered)
}

const freeze = (acc: Acc): AreaCoverage => ({
  code: acc.code,
  name: acc.name,
  all: toStats(acc.all),
  urban: toStats(acc.urban),
  rural: toStats(acc.rural),
})

/**
 * Aggregates per-demand coverage to the scope, each county and each township.
 * Points with an unknown urban/rural class count in `all` only.
 * @param demand villages and communities
 * @param coverage one entry per demand point, same order
 * @returns the nested summary
 * @example summarizeCoverage([a, b], [{ covered: true, … }, { covered: false, … }]).total.all.countRate // = 0.5
 */
export function summarizeCoverage(demand: readonly DemandPoint[], coverage: readonly DemandCoverage[]): CoverageSummary {
  if (demand.length !== coverage.length) throw new Error('summarizeCoverage needs one coverage entry per demand point')
  const total = createAcc('', '')
  const counties = new Map<string, { acc: Acc; townships: Map<string, Acc> }>()
  demand.forEach((point, i) => {
    const covered = coverage[i]!.covered
    let county = counties.get(point.countyCode)
    if (!county) {
      county = { acc: createAcc(point.countyCode, point.countyName), townships: new Map() }
      counties.set(point.countyCode, county)
    }
    let township = county.townships.get(point.townshipCode)
    if (!township) {
      township = createAcc(point.townshipCode, point.townshipName)
      county.townships.set(point.townshipCode, township)
    }
    add(total, point, covered)
    add(county.acc, point, covered)
    add(township, point, covered)
  })
  const { all, urban, rural } = freeze(total)
  return {
    total: { all, urban, rural },
    counties: [...counties.values()].map(({ acc, townships }) => ({
      ...freeze(acc),
      townships: [...townships.values()].map(freeze),
    })),
  }
}
