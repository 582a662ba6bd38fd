import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Bbox } from '../../../../server/src/ogc/params/bbox.ts'
import { splitAntimeridian } from '../../../../server/src/ogc/params/split-antimeridian.ts'

/** Point-in-box on the sphere's longitude circle: a crossing box wraps through ±180. */
function covers([w, s, e, n]: Bbox, lng: number, lat: number): boolean {
  if (lat < s || lat > n) return false
  return w <= e ? lng >= w && lng <= e : lng >= w || lng <= e
}

const lng = fc.double({ min: -180, max: 180, noNaN: true })
const lat = fc.double({ min: -90, max: 90, noNaN: true })
const box = fc.tuple(lng, lat, lng, lat).map(([w, a, e, b]): Bbox => [w, Math.min(a, b), e, Math.max(a, b)])

describe('splitAntimeridian', () => {
  it('returns a non-crossing box unchanged', () => {
    expect(splitAntimeridian([113, 29, 115, 31])).toEqual([[113, 29, 115, 31]])
  })
  it('splits a crossing box into an eastern and a western part', () => {
    expect(splitAntimeridian([170, -10, -170, 10])).toEqual([
      [170, -10, 180, 10],
      [-180, -10, -170, 10],
    ])
  })
  it('keeps a box that touches +180 in one piece', () => {
    expect(splitAntimeridian([170, 0, 180, 1])).toEqual([[170, 0, 180, 1]])
  })
  it('never returns a part with west > east', () => {
    fc.assert(fc.property(box, (b) => splitAntimeridian(b).every(([w, , e]) => w <= e)))
  })
  it('covers exactly the same points as the crossing box', () => {
    fc.assert(
      fc.property(box, lng, lat, (b, x, y) => {
        expect(splitAntimeridian(b).some((part) => covers(part, x, y))).toBe(covers(b, x, y))
      }),
      { numRuns: 2000 },
    )
  })
  it('keeps the total longitude span', () => {
    fc.assert(
      fc.property(box, (b) => {
        const span = b[0] <= b[2] ? b[2] - b[0] : 360 - (b[0] - b[2])
        const sum = splitAntimeridian(b).reduce((acc, [w, , e]) => acc + (e - w), 0)
        expect(sum).toBeCloseTo(span, 9)
      }),
    )
  })
})
