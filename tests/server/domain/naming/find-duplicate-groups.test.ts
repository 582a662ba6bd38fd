import { describe, expect, it } from 'vitest'
import { bundledRuleSets } from '../../../../server/src/domain/naming/bundled-rule-sets.ts'
import { findDuplicateGroups, type NamedEntry } from '../../../../server/src/domain/naming/find-duplicate-groups.ts'
import { resolveRuleSet } from '../../../../server/src/domain/naming/resolve-rule-set.ts'

const sets = bundledRuleSets()
const ruleSet = resolveRuleSet(sets.find((s) => s.id === 'cn-421200')!, (id) => sets.find((s) => s.id === id))
let nextId = 1
const entry = (name: string, normalized_name: string, division_code: string, category_code = '2530'): NamedEntry =>
  ({ id: nextId++, name, normalized_name, category_code, division_code })

describe('findDuplicateGroups', () => {
  it('groups the same normalised street name within a county', () => {
    const groups = findDuplicateGroups([
      entry('桂花路', '桂花路', '421202001000'), entry('新桂花路', '桂花路', '421202003000'), entry('丹桂路', '丹桂路', '421202001000'),
    ], ruleSet)
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ normalized_name: '桂花路', division_prefix: '421202', level: 'county' })
    expect(groups[0]!.entries.map((e) => e.name)).toEqual(['桂花路', '新桂花路'])
  })

  it('does not group streets of different counties, or a street with a bridge', () => {
    expect(findDuplicateGroups([entry('北街', '北街', '421221100000'), entry('北街', '北街', '421281001000')], ruleSet)).toEqual([])
    expect(findDuplicateGroups([entry('希望桥', '希望桥', '421202001000', '2540'), entry('希望桥', '希望桥', '421202001000', '2530')], ruleSet)).toEqual([])
  })

  it('compares natural villages within their township only', () => {
    expect(findDuplicateGroups([entry('王家湾', '王家湾', '421202001000', '2420'), entry('王家湾', '王家湾', '421202002000', '2420')], ruleSet)).toEqual([])
    expect(findDuplicateGroups([entry('王家湾', '王家湾', '421202001000', '2420'), entry('王家湾', '王家湾', '421202001000', '2420')], ruleSet)).toHaveLength(1)
  })
})
