import { describe, expect, it } from 'vitest'
import { TileCache } from '../../../server/src/tiles/tile-cache.ts'

const bytes = (n: number) => new Uint8Array(n)

describe('TileCache', () => {
  it('returns what was stored', () => {
    const c = new TileCache(100)
    const t = bytes(10)
    c.set('a', t)
    expect(c.get('a')).toBe(t)
    expect(c.get('b')).toBeUndefined()
  })
  it('evicts the least recently used tiles beyond the byte budget', () => {
    const c = new TileCache(25)
    c.set('a', bytes(10))
    c.set('b', bytes(10))
    c.get('a')
    c.set('c', bytes(10))
    expect(c.get('b')).toBeUndefined()
    expect(c.get('a')).toBeDefined()
    expect(c.get('c')).toBeDefined()
    expect(c.size).toBe(20)
  })
  it('does not store a tile larger than the whole budget', () => {
    const c = new TileCache(5)
    c.set('a', bytes(6))
    expect(c.get('a')).toBeUndefined()
    expect(c.size).toBe(0)
  })
  it('replaces an entry without double counting', () => {
    const c = new TileCache(100)
    c.set('a', bytes(10))
    c.set('a', bytes(30))
    expect(c.size).toBe(30)
  })
})
