import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidTile, lngLatToTile, MercatorHalfSize, tileToBbox3857, tileToBbox4326 } from '../../../server/src/tiles/tile-math.ts'

const MaxLat = 85.0511287798066
const lng = fc.double({ min: -180, max: 179.999999, noNaN: true })
const lat = fc.double({ min: -85, max: 85, noNaN: true })
const zoom = fc.integer({ min: 0, max: 22 })

describe('isValidTile', () => {
  it('accepts the z0 tile and rejects x or y outside 2^z', () => {
    expect(isValidTile({ z: 0, x: 0, y: 0 })).toBe(true)
    expect(isValidTile({ z: 1, x: 1, y: 2 })).toBe(false)
    expect(isValidTile({ z: 2, x: -1, y: 0 })).toBe(false)
  })
  it('rejects fractional and too-deep zooms', () => {
    expect(isValidTile({ z: 1.5, x: 0, y: 0 })).toBe(false)
    expect(isValidTile({ z: 23, x: 0, y: 0 })).toBe(false)
  })
})

describe('tileToBbox4326', () => {
  it('gives the whole Mercator world at z0', () => {
    const [w, s, e, n] = tileToBbox4326({ z: 0, x: 0, y: 0 })
    expect([w, e]).toEqual([-180, 180])
    expect(n).toBeCloseTo(MaxLat, 10)
    expect(s).toBeCloseTo(-MaxLat, 10)
  })
  it('contains the point whose tile it is', () => {
    fc.assert(
      fc.property(lng, lat, zoom, (x, y, z) => {
        const [w, s, e, n] = tileToBbox4326(lngLatToTile(x, y, z))
        expect(x).toBeGreaterThanOrEqual(w - 1e-9)
        expect(x).toBeLessThanOrEqual(e + 1e-9)
        expect(y).toBeGreaterThanOrEqual(s - 1e-9)
        expect(y).toBeLessThanOrEqual(n + 1e-9)
      }),
    )
  })
  it('shares edges with the neighbouring tiles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), fc.nat(), (z, a, b) => {
        const n = 2 ** z
        const x = a % (n - 1)
        const y = b % (n - 1)
        const here = tileToBbox4326({ z, x, y })
        expect(tileToBbox4326({ z, x: x + 1, y })[0]).toBe(here[2])
        expect(tileToBbox4326({ z, x, y: y + 1 })[3]).toBe(here[1])
      }),
    )
  })
})

describe('tileToBbox3857', () => {
  it('splits the square world into four at z1', () => {
    expect(tileToBbox3857({ z: 1, x: 0, y: 0 })).toEqual([-MercatorHalfSize, 0, 0, MercatorHalfSize])
    expect(tileToBbox3857({ z: 1, x: 1, y: 1 })).toEqual([0, -MercatorHalfSize, MercatorHalfSize, 0])
  })
})

describe('lngLatToTile', () => {
  it('finds the z12 tile over Xianning', () => {
    expect(lngLatToTile(114.32, 29.84, 12)).toEqual({ z: 12, x: 3348, y: 1692 })
  })
  it('keeps +180 and the poles inside the pyramid', () => {
    expect(lngLatToTile(180, 0, 3).x).toBe(7)
    expect(lngLatToTile(0, 89.9, 3).y).toBe(0)
  })
})
