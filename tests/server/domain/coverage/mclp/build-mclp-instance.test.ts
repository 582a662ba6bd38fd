import { describe, expect, it } from 'vitest'
import { buildMclpInstance } from '../../../../../server/src/domain/coverage/mclp/build-mclp-instance.ts'
import { findCoverers } from '../../../../../server/src/domain/coverage/mclp/find-coverers.ts'
import { offset } from '../builders.ts'

describe('buildMclpInstance', () => {
  it('drops covered, zero-weight and unreachable demand and merges identical candidate sets', () => {
    const built = buildMclpInstance({
      weights: [10, 20, 30, 0, 5, 7],
      coveredByExisting: [false, false, true, false, false, false],
      coverers: [[1, 0], [0, 1], [2], [2], [], [2]],
      candidateCount: 3,
      k: 2,
    })
    expect(built.instance.rows).toEqual([{ weight: 30, coverers: [0, 1] }, { weight: 7, coverers: [2] }])
    expect(built.rowDemand).toEqual([[0, 1], [5]])
    expect(built.unreachableWeight).toBe(5)
  })

  it('throws when the per-demand arrays differ in length', () => {
    expect(() => buildMclpInstance({ weights: [1], coveredByExisting: [], coverers: [[]], candidateCount: 1, k: 1 })).toThrow(/equal length/)
  })
})

describe('findCoverers', () => {
  it('lists the candidates within reach of each demand point', () => {
    const demand = [offset(0, 0), offset(0, 1000)]
    const candidates = [offset(0, 400), offset(0, 600), offset(3000, 0)]
    expect(findCoverers(demand, candidates, 500)).toEqual([[0], [1]])
    expect(findCoverers(demand, candidates, 700)).toEqual([[0, 1], [0, 1]])
  })
})
