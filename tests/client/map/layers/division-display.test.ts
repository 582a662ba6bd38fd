import type { MultiPolygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { labelFeatures, largestPolygon, ringArea, withPaletteIndex } from '../../../../client/src/map/layers/division-display'
import type { DivisionCollection, DivisionProperties } from '../../../../client/src/shared/geojson'

const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]

function createDivision(code: string, geometry: DivisionCollection['features'][number]['geometry']) {
  const properties: DivisionProperties = {
    code, name: `区${code}`, level: 'county', parent_code: null, admin_code: null, urban_rural_code: null,
    population_total: null, population_aged_60_plus: null, source: null, geom_source: null,
  }
  return { type: 'Feature' as const, properties, geometry }
}

function createCollection(): DivisionCollection {
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 0.1), square(1, 1, 2)] }
  return {
    type: 'FeatureCollection',
    features: [
      createDivision('421281000000', multi),
      createDivision('421202000000', { type: 'Point', coordinates: [114, 29] }),
    ],
  }
}

describe('withPaletteIndex', () => {
  it('ranks features by code', () => {
    const out = withPaletteIndex(createCollection())
    expect(out.features.map((f) => f.properties.palette_index)).toEqual([1, 0])
  })
  it('does not change its input', () => {
    const input = createCollection()
    const before = JSON.stringify(input)
    withPaletteIndex(input)
    expect(JSON.stringify(input)).toBe(before)
  })
  it('keeps an empty collection empty', () => {
    expect(withPaletteIndex({ type: 'FeatureCollection', features: [] }).features).toEqual([])
  })
})

describe('ringArea', () => {
  it('computes the planar area whatever the winding', () => {
    expect(ringArea(square(0, 0, 2)[0]!)).toBeCloseTo(4)
    expect(ringArea([...square(0, 0, 2)[0]!].reverse())).toBeCloseTo(4)
  })
})

describe('largestPolygon', () => {
  it('picks the largest part of a MultiPolygon', () => {
    expect(largestPolygon({ type: 'MultiPolygon', coordinates: [square(0, 0, 0.1), square(1, 1, 2)] }))
      .toEqual({ type: 'Polygon', coordinates: square(1, 1, 2) })
  })
  it('returns null for an empty MultiPolygon', () => {
    expect(largestPolygon({ type: 'MultiPolygon', coordinates: [] })).toBeNull()
  })
})

describe('labelFeatures', () => {
  it('gives one label per polygonal division and skips points', () => {
    const labels = labelFeatures(createCollection())
    expect(labels.features).toHaveLength(1)
    expect(labels.features[0]?.properties.code).toBe('421281000000')
    expect(labels.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: square(1, 1, 2) })
  })

  it("uses the server's label_point when it is a valid Point", () => {
    const fc = createCollection()
    const labelPoint = { type: 'Point', coordinates: [114.3, 29.85] }
    fc.features[0] = { ...fc.features[0]!, properties: { ...fc.features[0]!.properties, label_point: labelPoint } as never }
    expect(labelFeatures(fc).features[0]?.geometry).toEqual(labelPoint)
  })

  it('falls back to the largest part when label_point is malformed', () => {
    const fc = createCollection()
    fc.features[0] = { ...fc.features[0]!, properties: { ...fc.features[0]!.properties, label_point: { type: 'Point', coordinates: ['x'] } } as never }
    expect(labelFeatures(fc).features[0]?.geometry.type).toBe('Polygon')
  })
})
