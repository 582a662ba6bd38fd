import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placeGeometrySchema, ReasonLineTooShort, ReasonOutOfRange, ReasonRingNotClosed } from '../../../../server/src/domain/places/place-geometry.schema.ts'

const messages = (value: unknown) => {
  const r = placeGeometrySchema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('placeGeometrySchema', () => {
  it('accepts points, lines and closed polygons', () => {
    expect(messages({ type: 'Point', coordinates: [114.3, 29.85] })).toEqual([])
    expect(messages({ type: 'LineString', coordinates: [[114.3, 29.85], [114.31, 29.85]] })).toEqual([])
    expect(messages({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toEqual([])
  })

  it('names an unclosed ring', () => {
    expect(messages({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toContain(ReasonRingNotClosed)
  })

  it('refuses a line of one repeated position and coordinates out of range', () => {
    expect(messages({ type: 'LineString', coordinates: [[1, 1], [1, 1]] })).toContain(ReasonLineTooShort)
    expect(messages({ type: 'Point', coordinates: [181, 0] })).toContain(ReasonOutOfRange)
    expect(messages({ type: 'Point', coordinates: [0, -90.5] })).toContain(ReasonOutOfRange)
  })

  it('refuses unknown types and extra members', () => {
    expect(messages({ type: 'GeometryCollection', geometries: [] }).length).toBeGreaterThan(0)
    expect(messages({ type: 'Point', coordinates: [0, 0], crs: 'x' }).length).toBeGreaterThan(0)
  })

  it('accepts every in-range point and refuses every out-of-range one (property)', () => {
    fc.assert(fc.property(fc.double({ min: -360, max: 360, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lng, lat) => {
      const ok = placeGeometrySchema.safeParse({ type: 'Point', coordinates: [lng, lat] }).success
      expect(ok).toBe(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)
    }))
  })
})
