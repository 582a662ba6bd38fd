import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { solveMclpGreedy } from '../../../../../server/src/domain/coverage/mclp/solve-mclp-greedy.ts'
import { bruteForceMclp, coveredWeight, satisfiesGroups } from './brute-force.ts'
import { tinyInstance } from './arbitraries.ts'

describe('solveMclpGreedy', () => {
  it('never beats brute force, bounds it from above and keeps (1 − 1/e) of it without groups', () => {
    fc.assert(
      fc.property(tinyInstance(false), (instance) => {
        const g = solveMclpGreedy(instance)
        const optimum = bruteForceMclp(instance)
        expect(g.objective).toBe(coveredWeight(instance, g.selected))
        expect(g.objective).toBeLessThanOrEqual(optimum)
        expect(g.objective).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum - 1e-9)
        expect(g.upperBound).toBeGreaterThanOrEqual(optimum)
        expect(g.selected.length).toBeLessThanOrEqual(instance.k)
      }),
      { numRuns: 300 },
    )
  })

  it('satisfies every group', () => {
    fc.assert(
      fc.property(tinyInstance(true), (instance) => {
        expect(satisfiesGroups(instance, solveMclpGreedy(instance).selected)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('is reproducible', () => {
    fc.assert(
      fc.property(tinyInstance(true), (instance) => {
        expect(solveMclpGreedy(instance).selected).toEqual(solveMclpGreedy(instance).selected)
      }),
      { numRuns: 50 },
    )
  })

  it('stops early when no site adds anything', () => {
    const g = solveMclpGreedy({ candidateCount: 3, rows: [{ weight: 4, coverers: [2] }], k: 3, groups: [] })
    expect(g).toEqual({ selected: [2], objective: 4, upperBound: 4 })
  })
})
