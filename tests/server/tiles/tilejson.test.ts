import { describe, expect, it } from 'vitest'
import { collections } from '../../../server/src/ogc/collections.ts'
import { buildTileJson } from '../../../server/src/tiles/tilejson.ts'

const county = collections.find((c) => c.id === 'divisions_county')!

describe('buildTileJson', () => {
  it('puts the data version in the tile URL', () => {
    expect(buildTileJson(county, 'http://h/tiles', 3, null).tiles).toEqual(['http://h/tiles/divisions_county/{z}/{x}/{y}.pbf?v=3'])
  })
  it('describes the one vector layer and its field types', () => {
    const tj = buildTileJson(county, 'http://h/tiles', 1, [113, 29, 115, 30])
    expect(tj.vector_layers).toEqual([
      expect.objectContaining({ id: 'divisions_county', fields: expect.objectContaining({ code: 'String', name: 'String' }) }),
    ])
    expect(tj.bounds).toEqual([113, 29, 115, 30])
  })
  it('falls back to the world bounds for an empty layer', () => {
    expect(buildTileJson(county, 'http://h/tiles', 0, null).bounds[0]).toBe(-180)
  })
})
