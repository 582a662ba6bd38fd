import { describe, expect, it } from 'vitest'
import { tileCacheControl } from '../../../server/src/tiles/tile-cache-control.ts'

describe('tileCacheControl', () => {
  it('lets caches keep a public tile at the current version', () => {
    expect(tileCacheControl(true, 4, 4)).toBe('public, max-age=86400, immutable')
  })
  it('makes caches revalidate without a version or with an old one', () => {
    expect(tileCacheControl(true, null, 4)).toBe('public, no-cache')
    expect(tileCacheControl(true, 3, 4)).toBe('public, no-cache')
  })
  it('keeps non-public tiles out of shared caches', () => {
    expect(tileCacheControl(false, 4, 4)).toBe('private, no-cache')
  })
})
