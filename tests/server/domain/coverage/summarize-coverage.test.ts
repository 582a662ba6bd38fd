import { describe, expect, it } from 'vitest'
import { summarizeCoverage } from '../../../../server/src/domain/coverage/summarize-coverage.ts'
import { computeWithinReach } from '../../../../server/src/domain/coverage/compute-within-reach.ts'
import { computeHasFacility } from '../../../../server/src/domain/coverage/compute-has-facility.ts'
import { createFixture } from './fixture.ts'

describe('summarizeCoverage', () => {
  it('gives the hand-computed 1 km figures for the scope, urban and rural', () => {
    const { demand, supply } = createFixture()
    const s = summarizeCoverage(demand, computeWithinReach(demand, supply, 1000))
    expect(s.total.all).toMatchObject({ demandCount: 6, coveredCount: 5, uncoveredCount: 1, population: 2100, coveredPopulation: 2100, populationUnknownCount: 1 })
    expect(s.total.all.countRate).toBeCloseTo(5 / 6, 12)
    expect(s.total.urban).toMatchObject({ demandCount: 2, coveredCount: 2, countRate: 1, populationRate: 1 })
    expect(s.total.rural).toMatchObject({ demandCount: 4, coveredCount: 3, countRate: 0.75, population: 600, coveredPopulation: 600 })
  })

  it('nests townships in counties in input order, with per-township rates', () => {
    const { demand, supply } = createFixture()
    const s = summarizeCoverage(demand, computeWithinReach(demand, supply, 500))
    expect(s.counties.map((c) => [c.code, c.townships.map((t) => t.code)])).toEqual([
      ['421202', ['421202001', '421202002']],
      ['421221', ['421221003']],
    ])
    const [t1, t2] = s.counties[0]!.townships
    expect(t1!.all).toMatchObject({ coveredCount: 2, uncoveredCount: 1, coveredPopulation: 1500, uncoveredPopulation: 300 })
    expect(t1!.all.populationRate).toBeCloseTo(1500 / 1800, 12)
    expect(t2!.all).toMatchObject({ coveredCount: 0, countRate: 0, populationRate: 0 })
    const t3 = s.counties[1]!.townships[0]!
    expect(t3.all).toMatchObject({ demandCount: 1, population: 0, populationRate: null, countRate: 0 })
    expect(t3.urban).toMatchObject({ demandCount: 0, countRate: null })
  })

  it('reports the bureau measure: 1 of 2 communities, 1 of 4 villages', () => {
    const { demand, supply } = createFixture()
    const s = summarizeCoverage(demand, computeHasFacility(demand, supply))
    expect(s.total.urban.countRate).toBe(0.5)
    expect(s.total.rural.countRate).toBe(0.25)
  })

  it('counts points with unknown class in the total only', () => {
    const { demand, supply } = createFixture()
    const unknown = demand.map((d, i) => (i === 0 ? { ...d, urbanRural: null } : d))
    const s = summarizeCoverage(unknown, computeWithinReach(unknown, supply, 1000))
    expect(s.total.all.demandCount).toBe(6)
    expect(s.total.urban.demandCount + s.total.rural.demandCount).toBe(5)
  })

  it('is empty for no demand', () => {
    const s = summarizeCoverage([], [])
    expect(s.counties).toEqual([])
    expect(s.total.all).toMatchObject({ demandCount: 0, countRate: null, populationRate: null })
  })

  it('throws when coverage and demand lengths differ', () => {
    const { demand } = createFixture()
    expect(() => summarizeCoverage(demand, [])).toThrow(/one coverage entry/)
  })
})
