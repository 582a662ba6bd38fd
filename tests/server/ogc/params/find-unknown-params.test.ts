import { describe, expect, it } from 'vitest'
import { findUnknownParams } from '../../../../server/src/ogc/params/find-unknown-params.ts'

describe('findUnknownParams', () => {
  it('lists names not in the known set, in request order', () => {
    expect(findUnknownParams({ zeta: '1', limit: '2', alpha: '3' }, ['limit'])).toEqual(['zeta', 'alpha'])
  })
  it('returns nothing when every name is known', () => {
    expect(findUnknownParams({ limit: '2', bbox: '0,0,1,1' }, ['bbox', 'limit', 'offset'])).toEqual([])
  })
  it('is case-sensitive (LIMIT is not limit)', () => {
    expect(findUnknownParams({ LIMIT: '2' }, ['limit'])).toEqual(['LIMIT'])
  })
})
