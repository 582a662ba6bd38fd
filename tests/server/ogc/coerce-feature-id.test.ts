import { describe, expect, it } from 'vitest'
import { coerceFeatureId } from '../../../server/src/ogc/coerce-feature-id.ts'
import { collections } from '../../../server/src/ogc/collections.ts'

const byId = (id: string) => collections.find((c) => c.id === id)!

describe('coerceFeatureId', () => {
  it('turns a digit string into a number for integer ids', () => {
    expect(coerceFeatureId(byId('place_names'), '42')).toBe(42)
  })
  it('answers null (404) for ids no integer row can have', () => {
    expect(coerceFeatureId(byId('place_names'), 'abc')).toBeNull()
    expect(coerceFeatureId(byId('place_names'), '1'.repeat(20))).toBeNull()
  })
  it('keeps text ids as they are', () => {
    expect(coerceFeatureId(byId('divisions'), '421202000000')).toBe('421202000000')
  })
})
