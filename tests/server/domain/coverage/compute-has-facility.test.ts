import { describe, expect, it } from 'vitest'
import { computeHasFacility } from '../../../../server/src/domain/coverage/compute-has-facility.ts'
import { createFixture } from './fixture.ts'

describe('computeHasFacility', () => {
  it('covers exactly the villages that contain a facility, whatever the distances', () => {
    const { demand, supply } = createFixture()
    const r = computeHasFacility(demand, supply)
    expect(r.map((c) => c.covered)).toEqual([true, false, false, true, false, false])
    expect(r[3]).toEqual({ covered: true, nearestMetres: null, nearestId: 'f2' })
  })

  it('ignores facilities whose village is unknown', () => {
    const { demand, supply } = createFixture()
    const r = computeHasFacility(demand, supply.map((s) => ({ ...s, villageCode: null })))
    expect(r.some((c) => c.covered)).toBe(false)
  })
})
