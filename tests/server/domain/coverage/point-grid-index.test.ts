import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPointGridIndex } from '../../../../server/src/domain/coverage/point-grid-index.ts'
import { ellipsoidalDistance } from '../../../../server/src/domain/coverage/ellipsoidal-distance.ts'

const point = fc.record({ lng: fc.double({ min: 113.9, max: 114.1, noNaN: true }), lat: fc.double({ min: 29.9, max: 30.1, noNaN: true }) })

describe('createPointGridIndex', () => {
  it('finds exactly the points a brute-force scan finds, for any cell size and radius', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        point,
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 3000, noNaN: true }),
        (points, q, radius, cell) => {
          const index = createPointGridIndex(points.map((p) => p.lng), points.map((p) => p.lat), cell)
          const found: number[] = []
          index.forEachWithin(q.lng, q.lat, radius, (i) => found.push(i))
          const expected = points.flatMap((p, i) => (ellipsoidalDistance(q.lng, q.lat, p.lng, p.lat) <= radius ? [i] : []))
          expect(found.sort((a, b) => a - b)).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reports the distance of each hit and counts a point exactly on the radius', () => {
    const index = createPointGridIndex([114, 114], [30, 30.01], 500)
    const hits: [number, number][] = []
    const d = ellipsoidalDistance(114, 30, 114, 30.01)
    index.forEachWithin(114, 30, d, (i, m) => hits.push([i, m]))
    expect(hits.sort()).toEqual([[0, 0], [1, d]])
  })

  it('answers nothing on an empty index', () => {
    const index = createPointGridIndex([], [], 100)
    let n = 0
    index.forEachWithin(114, 30, 1e4, () => (n += 1))
    expect(n).toBe(0)
    expect(index.size).toBe(0)
  })

  it('throws when the coordinate arrays differ in length (a programming error)', () => {
    expect(() => createPointGridIndex([1], [], 10)).toThrow(/as many latitudes/)
  })
})
