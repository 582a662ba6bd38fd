import { describe, expect, it } from 'vitest'
import { classifyUrbanRural } from '../../../../server/src/domain/coverage/classify-urban-rural.ts'

describe('classifyUrbanRural', () => {
  it('maps 1xx codes (居委会/社区) to urban and 2xx (村委会) to rural', () => {
    expect(['111', '112', '121', '122', '123'].map(classifyUrbanRural)).toEqual(Array(5).fill('urban'))
    expect(['210', '220', 220].map(classifyUrbanRural)).toEqual(['rural', 'rural', 'rural'])
  })

  it('returns null for missing or malformed codes', () => {
    expect([null, undefined, '', '3', '311', '22', 'abc', '1100'].map(classifyUrbanRural)).toEqual(Array(8).fill(null))
  })
})
