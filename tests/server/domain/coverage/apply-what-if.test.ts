import { describe, expect, it } from 'vitest'
import { applyWhatIf, UnknownFacilityInWhatIf } from '../../../../server/src/domain/coverage/apply-what-if.ts'
import { computeWithinReach } from '../../../../server/src/domain/coverage/compute-within-reach.ts'
import { computeCoverageDelta } from '../../../../server/src/domain/coverage/compute-coverage-delta.ts'
import { createFixture } from './fixture.ts'
import { createSupply, offset } from './builders.ts'

describe('applyWhatIf', () => {
  it('closes, moves and adds without mutating the input', () => {
    const { supply } = createFixture()
    const snapshot = structuredClone(supply)
    const r = applyWhatIf(supply, {
      close: ['f2'],
      move: [{ id: 'f1', ...offset(0, 800), villageCode: 'd3', townshipCode: 't' }],
      add: [createSupply('new', offset(-5000, 100))],
    })
    expect(r.valid && r.supply.map((s) => [s.id, s.villageCode])).toEqual([['f1', 'd3'], ['new', null]])
    expect(supply).toEqual(snapshot)
  })

  it('rejects moving or closing an unknown facility and adding a duplicate id', () => {
    const { supply } = createFixture()
    expect(applyWhatIf(supply, { close: ['nope'] })).toEqual({ valid: false, reason: UnknownFacilityInWhatIf, ids: ['nope'] })
    expect(applyWhatIf(supply, { add: [createSupply('f1')] })).toMatchObject({ valid: false, ids: ['f1'] })
  })
})

describe('computeCoverageDelta', () => {
  it('shows what moving f1 north by 700 m gains and loses at 500 m (hand-computed)', () => {
    const { demand, supply } = createFixture()
    const before = computeWithinReach(demand, supply, 500)
    const moved = applyWhatIf(supply, { move: [{ id: 'f1', ...offset(0, 800), villageCode: 'd3', townshipCode: null }] })
    if (!moved.valid) throw new Error('move failed')
    // f1 at (0, 800): d1 at 800 m (lost), d2 at 400 m (kept), d3 at 100 m (gained).
    const delta = computeCoverageDelta(demand, before, computeWithinReach(demand, moved.supply, 500))
    expect(delta.changes).toEqual(['lost', 'unchanged', 'gained', 'unchanged', 'unchanged', 'unchanged'])
    expect(delta).toMatchObject({ gained: ['d3'], lost: ['d1'], gainedPopulation: 300, lostPopulation: 1000 })
  })

  it('throws when the arrays do not line up', () => {
    const { demand } = createFixture()
    expect(() => computeCoverageDelta(demand, [], [])).toThrow(/every demand point/)
  })
})
