import { describe, expect, it } from 'vitest'
import { canonicalProperties, missingFields } from '../../../../server/src/domain/bulk/canonical-properties.ts'

const fields = [
  { name: 'name', aliases: ['名称'], required: true },
  { name: 'category_code', aliases: ['类别代码', 'CAT_CODE'], required: true },
  { name: 'pinyin', aliases: [], required: false },
]

describe('canonicalProperties', () => {
  it('renames aliases case-insensitively and keeps unknown keys', () => {
    expect(canonicalProperties({ 名称: '桂花路', cat_code: '25', extra: 1 }, fields)).toEqual({ name: '桂花路', category_code: '25', extra: 1 })
  })
  it('does not change its argument', () => {
    const input = { 名称: 'x' }
    canonicalProperties(input, fields)
    expect(input).toEqual({ 名称: 'x' })
  })
})

describe('missingFields', () => {
  it('lists the required fields absent under every name', () => {
    expect(missingFields({ 名称: 'x', pinyin: 'y' }, fields)).toEqual(['category_code'])
    expect(missingFields({ NAME: 'x', 类别代码: '25' }, fields)).toEqual([])
  })
})
