import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bufferedTileBbox4326 } from '../../../server/src/tiles/buffered-tile-bbox.ts'
import { tileToBbox4326 } from '../../../server/src/tiles/tile-math.ts'

describe('bufferedTileBbox4326', () => {
  it('pads the z0 tile by 64/4096 of its width', () => {
    expect(bufferedTileBbox4326({ z: 0, x: 0, y: 0 })[0]).toBeCloseTo(-180 - 360 / 64, 9)
  })
  it('always contains the unbuffered tile', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), fc.nat(), fc.nat(), (z, a, b) => {
        const t = { z, x: a % 2 ** z, y: b % 2 ** z }
        const [w, s, e, n] = tileToBbox4326(t)
        const [bw, bs, be, bn] = bufferedTileBbox4326(t)
        expect(bw).toBeLessThan(w)
        expect(be).toBeGreaterThan(e)
        expect(bs).toBeLessThanOrEqual(s)
        expect(bn).toBeGreaterThanOrEqual(n)
      }),
    )
  })
})
