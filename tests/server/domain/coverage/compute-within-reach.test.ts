import { describe, expect, it } from 'vitest'
import { computeWithinReach } from '../../../../server/src/domain/coverage/compute-within-reach.ts'
import { createFixture } from './fixture.ts'
import { createDemand, createSupply, offset } from './builders.ts'

describe('computeWithinReach', () => {
  it('covers d1 and d2 at 500 m and reports the nearest facility and distance', () => {
    const { demand, supply } = createFixture()
    const r = computeWithinReach(demand, supply, 500)
    expect(r.map((c) => c.covered)).toEqual([true, true, false, false, false, false])
    expect(r[0]!.nearestId).toBe('f1')
    expect(r[0]!.nearestMetres).toBeCloseTo(100, 2)
    expect(r[1]!.nearestMetres).toBeCloseTo(300, 2)
    expect(r[2]).toEqual({ covered: false, nearestMetres: null, nearestId: null })
  })

  it('covers all but the far village at 1 km', () => {
    const { demand, supply } = createFixture()
    const r = computeWithinReach(demand, supply, 1000)
    expect(r.map((c) => c.covered)).toEqual([true, true, true, true, true, false])
    expect(r[3]!.nearestMetres).toBeCloseTo(650, 1)
    expect(r[4]!.nearestMetres).toBeCloseTo(550, 1)
  })

  it('picks the nearer of two facilities in reach', () => {
    const demand = [createDemand('v', offset(0, 0))]
    const supply = [createSupply('far', offset(0, 450)), createSupply('near', offset(120, 0))]
    expect(computeWithinReach(demand, supply, 500)[0]).toMatchObject({ covered: true, nearestId: 'near' })
  })

  it('counts a facility at the same spot at radius 0', () => {
    const demand = [createDemand('v', offset(0, 0))]
    expect(computeWithinReach(demand, [createSupply('s', offset(0, 0))], 0)[0]!.covered).toBe(true)
  })

  it('covers nothing without supply and returns nothing without demand', () => {
    const { demand, supply } = createFixture()
    expect(computeWithinReach(demand, [], 1000).every((c) => !c.covered)).toBe(true)
    expect(computeWithinReach([], supply, 1000)).toEqual([])
  })

  it('throws on a negative radius (the API validates first)', () => {
    expect(() => computeWithinReach([], [], -1)).toThrow(/non-negative/)
  })
})
