import { describe, expect, it } from 'vitest'
import { checkGeometry, ReasonGeometryMissing } from '../../../../server/src/domain/bulk/check-geometry.ts'

describe('checkGeometry', () => {
  it('accepts an allowed, well-formed geometry', () => {
    expect(checkGeometry({ type: 'Point', coordinates: [114.3, 29.8] }, ['Point'], 2)).toEqual([])
  })
  it('requires a geometry', () => {
    expect(checkGeometry(null, ['Point'], 2)).toEqual([{ row: 2, field: 'geometry', detail: ReasonGeometryMissing }])
  })
  it('refuses another type, a coordinate out of range and an open ring', () => {
    expect(checkGeometry({ type: 'Point', coordinates: [1, 1] }, ['LineString'], 3)[0]!.detail).toMatch(/LineString/)
    expect(checkGeometry({ type: 'Point', coordinates: [181, 1] }, ['Point'], 4)).toHaveLength(1)
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0.5]]] }, ['Polygon'], 5)[0]!.detail).toMatch(/closed/)
  })
})
