import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { solveMclp } from '../../../../../server/src/domain/coverage/mclp/solve-mclp.ts'
import type { McLpInstance } from '../../../../../server/src/domain/coverage/mclp/mclp-types.ts'
import { bruteForceMclp, coveredWeight, satisfiesGroups } from './brute-force.ts'
import { tinyInstance } from './arbitraries.ts'

/**
 * Greedy trap: candidate 0 covers the most on its own (6 + 6 + 1 = 13) and greedy takes it, then
 * one of the others adds 6 (19); the optimum for k = 2 is candidates 1 and 2 (12 + 12 = 24).
 */
const trap: McLpInstance = {
  candidateCount: 3,
  rows: [
    { weight: 6, coverers: [0, 1] },
    { weight: 6, coverers: [1] },
    { weight: 6, coverers: [0, 2] },
    { weight: 6, coverers: [2] },
    { weight: 1, coverers: [0] },
  ],
  k: 2,
  groups: [],
}

describe('solveMclp', () => {
  it('finds the same optimum as brute force on random tiny instances (HiGHS answers)', async () => {
    await fc.assert(
      fc.asyncProperty(tinyInstance(false), async (instance) => {
        const result = await solveMclp(instance)
        const picked = result.sites.map((s) => s.candidate)
        expect(result.solver).toBe(instance.rows.length ? 'highs' : 'greedy')
        expect(result.status).toBe('optimal')
        expect(result.gap).toBe(0)
        expect(result.objective).toBe(bruteForceMclp(instance))
        expect(coveredWeight(instance, picked)).toBe(result.objective)
        expect(picked.length).toBeLessThanOrEqual(instance.k)
      }),
      { numRuns: 120 },
    )
  }, 120_000)

  it('honours at-least-one-per-group and still matches brute force', async () => {
    await fc.assert(
      fc.asyncProperty(tinyInstance(true), async (instance) => {
        const result = await solveMclp(instance)
        const picked = result.sites.map((s) => s.candidate)
        expect(satisfiesGroups(instance, picked)).toBe(true)
        expect(result.objective).toBe(bruteForceMclp(instance))
      }),
      { numRuns: 80 },
    )
  }, 120_000)

  it('answers with greedy beyond the size threshold and says so, with a valid bound', async () => {
    await fc.assert(
      fc.asyncProperty(tinyInstance(true), async (instance) => {
        const result = await solveMclp(instance, { exactMaxNonZeros: 0 })
        const optimum = bruteForceMclp(instance)
        expect(result.solver).toBe('greedy')
        expect(result.objective).toBeLessThanOrEqual(optimum)
        if (result.status === 'optimal') expect(result.objective).toBe(optimum)
        else expect(result.status).toBe('heuristic')
        expect(result.upperBound!).toBeGreaterThanOrEqual(optimum)
        expect(satisfiesGroups(instance, result.sites.map((s) => s.candidate))).toBe(true)
      }),
      { numRuns: 80 },
    )
  }, 120_000)

  it('beats the greedy trap exactly and reports each site’s marginal gain', async () => {
    const result = await solveMclp(trap)
    expect(result).toMatchObject({ solver: 'highs', status: 'optimal', objective: 24, gap: 0 })
    expect(result.sites).toEqual([{ candidate: 1, gain: 12 }, { candidate: 2, gain: 12 }])
    const greedy = await solveMclp(trap, { exactMaxNonZeros: 0 })
    expect(greedy).toMatchObject({ solver: 'greedy', status: 'heuristic', objective: 19 })
    expect(greedy.sites).toEqual([{ candidate: 0, gain: 13 }, { candidate: 1, gain: 6 }])
    expect(greedy.upperBound).toBeGreaterThanOrEqual(24)
    expect(greedy.gap).toBeCloseTo((greedy.upperBound! - 19) / greedy.upperBound!, 12)
  })

  it('returns no sites when nothing is left to cover', async () => {
    const result = await solveMclp({ candidateCount: 3, rows: [], k: 2, groups: [] })
    expect(result).toMatchObject({ sites: [], objective: 0, status: 'optimal', gap: 0 })
  })

  it('keeps a required group site even when it adds nothing', async () => {
    const result = await solveMclp({ candidateCount: 2, rows: [{ weight: 7, coverers: [0] }], k: 2, groups: [[1]] })
    expect(result.sites.map((s) => s.candidate).sort()).toEqual([0, 1])
    expect(result.objective).toBe(7)
  })

  it('throws on k larger than the candidates or more groups than k (validate first)', async () => {
    await expect(solveMclp({ candidateCount: 2, rows: [], k: 3, groups: [] })).rejects.toThrow(/k ≤ candidateCount/)
    await expect(solveMclp({ candidateCount: 2, rows: [], k: 1, groups: [[0], [1]] })).rejects.toThrow(/at most k groups/)
  })
})
