import { describe, expect, it } from 'vitest'
import { geometryFromColumns, ReasonBadCoordinate, ReasonBadGeometryText } from '../../../../../server/src/domain/bulk/readers/geometry-from-columns.ts'

describe('geometryFromColumns', () => {
  it('makes a point from lng/lat and removes those columns', () => {
    expect(geometryFromColumns({ name: 'a', lng: '114.3', lat: '29.8' })).toEqual({
      ok: true, geometry: { type: 'Point', coordinates: [114.3, 29.8] }, properties: { name: 'a' },
    })
  })
  it('reads Chinese headers 经度/纬度', () => {
    const r = geometryFromColumns({ 名称: 'a', 经度: 114.3, 纬度: 29.8 })
    expect(r).toMatchObject({ ok: true, geometry: { coordinates: [114.3, 29.8] }, properties: { 名称: 'a' } })
  })
  it('prefers a GeoJSON geometry column', () => {
    const g = { type: 'LineString', coordinates: [[0, 0], [1, 1]] }
    expect(geometryFromColumns({ geometry: JSON.stringify(g), lng: '1', lat: '2' })).toMatchObject({ ok: true, geometry: g })
  })
  it('has no geometry when the cells are empty', () => {
    expect(geometryFromColumns({ name: 'a', lng: '', lat: '' })).toMatchObject({ ok: true, geometry: null })
  })
  it('reports a non-numeric coordinate and bad geometry text', () => {
    expect(geometryFromColumns({ lng: 'east', lat: '29' })).toMatchObject({ ok: false, reason: ReasonBadCoordinate })
    expect(geometryFromColumns({ geometry: '{oops' })).toMatchObject({ ok: false, reason: ReasonBadGeometryText })
  })
})
