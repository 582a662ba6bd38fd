import { describe, expect, it } from 'vitest'
import { addVectorTileSource, refreshVectorTileSource, vectorTileSource, vectorTileSourceId } from '../../../client/src/map/sources/vector-tiles'

describe('vectorTileSourceId', () => {
  it('prefixes app- as every app source must', () => {
    expect(vectorTileSourceId('place_names')).toBe('app-tiles-place_names')
  })
})

describe('vectorTileSource', () => {
  it('points a vector source at the layer TileJSON on the given origin', () => {
    expect(vectorTileSource('divisions_village', 'http://localhost:8080')).toEqual({ type: 'vector', url: 'http://localhost:8080/tiles/divisions_village.json' })
  })
  it('defaults to the page origin', () => {
    expect(vectorTileSource('facilities').url).toBe(`${window.location.origin}/tiles/facilities.json`)
  })
})

describe('addVectorTileSource', () => {
  it('adds the source once', () => {
    const sources = new Map<string, unknown>()
    const map = { getSource: (id: string) => sources.get(id), addSource: (id: string, s: unknown) => sources.set(id, s) }
    addVectorTileSource(map as never, 'place_names', 'http://h')
    addVectorTileSource(map as never, 'place_names', 'http://h')
    expect([...sources.keys()]).toEqual(['app-tiles-place_names'])
  })
})

describe('refreshVectorTileSource', () => {
  it('reloads the TileJSON of an added source (new data version → new tile URLs)', () => {
    const urls: string[] = []
    const source = { setUrl: (url: string) => urls.push(url) }
    const map = { getSource: (id: string) => (id === 'app-tiles-facilities' ? source : undefined) }
    refreshVectorTileSource(map as never, 'facilities', 'http://h')
    refreshVectorTileSource(map as never, 'place_names', 'http://h')
    expect(urls).toEqual(['http://h/tiles/facilities.json'])
  })
})
