import { describe, expect, it } from 'vitest'
import { bundledRuleSets } from '../../../../server/src/domain/naming/bundled-rule-sets.ts'
import { findMisfits } from '../../../../server/src/domain/naming/find-misfits.ts'
import { resolveRuleSet } from '../../../../server/src/domain/naming/resolve-rule-set.ts'

const sets = bundledRuleSets()
const ruleSet = resolveRuleSet(sets.find((s) => s.id === 'cn-421200')!, (id) => sets.find((s) => s.id === id))
const line = { type: 'LineString' as const, coordinates: [[114.3, 29.85], [114.302, 29.85]] }
const base = { id: 1, division_code: '421202001000', geometry: line }
const rules = (e: Parameters<typeof findMisfits>[0]) => findMisfits(e, ruleSet).map((f) => f.rule_id)

describe('findMisfits', () => {
  it('finds a bridge 通名 on a road', () => {
    expect(rules({ ...base, name: '希望桥', category_code: '2530' })).toEqual(['fit.category'])
  })

  it('finds a 大道 that is neither wide nor long', () => {
    expect(rules({ ...base, name: '温泉大道', category_code: '2530', width_m: 16 })).toEqual(['fit.dimensions'])
    expect(rules({ ...base, name: '温泉大道', category_code: '2530', width_m: 50 })).toEqual([])
  })

  it('finds a road recorded as an area', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
    expect(rules({ ...base, name: '桂花路', category_code: '2530', geometry: square })).toEqual(['fit.geometry'])
  })

  it('finds nothing in a road that fits', () => {
    expect(rules({ ...base, name: '桂花路', category_code: '2530' })).toEqual([])
  })
})
