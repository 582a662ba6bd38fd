import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { FilterSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import {
  PLACE_LABEL_MIN_ZOOM, PLACE_REGISTER_CLICK_LAYER_IDS, PLACE_REGISTER_LAYER_IDS, placeRegisterLayers, placeRegisterSources,
} from '../../../../client/src/map/layers/place-register.layer'

const FONTS = ['Noto Sans CJK SC']
const byId = Object.fromEntries(placeRegisterLayers(FONTS).map((l) => [l.id, l]))

/** Whether a tile feature of a geometry type (1 point, 2 line, 3 polygon) passes a layer's filter. */
function draws(layerId: string, type: 1 | 2 | 3): boolean {
  const filter = (byId[layerId] as { filter?: FilterSpecification }).filter
  return featureFilter(filter, 'layers[0].filter').filter({ zoom: 14 }, { type, properties: {}, geometry: [[{ x: 0, y: 0 }, { x: 1, y: 1 }]] } as never)
}

describe('placeRegisterSources', () => {
  it('is one vector source at the register TileJSON', () => {
    expect(placeRegisterSources('http://h')).toEqual({ 'app-tiles-place_names': { type: 'vector', url: 'http://h/tiles/place_names.json' } })
  })
})

describe('placeRegisterLayers', () => {
  it('is valid style JSON with the listed ids, all from the place_names tile layer', () => {
    const layers = placeRegisterLayers(FONTS)
    expect(validateStyleMin({ version: 8, glyphs: 'http://h/{fontstack}/{range}.pbf', sources: placeRegisterSources('http://h'), layers })).toEqual([])
    expect(layers.map((l) => l.id)).toEqual(PLACE_REGISTER_LAYER_IDS)
    for (const layer of layers) expect(layer).toMatchObject({ 'source-layer': 'place_names' })
    expect(PLACE_REGISTER_CLICK_LAYER_IDS.every((id) => PLACE_REGISTER_LAYER_IDS.includes(id))).toBe(true)
  })

  it('draws points as dots, lines as lines and areas as fills', () => {
    expect([draws('place-names-point', 1), draws('place-names-point', 2)]).toEqual([true, false])
    expect([draws('place-names-line', 2), draws('place-names-line', 1)]).toEqual([true, false])
    expect([draws('place-names-fill', 3), draws('place-names-fill', 1)]).toEqual([true, false])
  })

  it('labels points from a closer zoom than lines, in the local CJK fonts', () => {
    expect(byId['place-names-label']).toMatchObject({ minzoom: PLACE_LABEL_MIN_ZOOM, layout: { 'text-field': ['get', 'name'], 'text-font': FONTS } })
    expect(byId['place-names-line-label']).toMatchObject({ layout: { 'symbol-placement': 'line' } })
    expect((byId['place-names-line-label'] as { minzoom: number }).minzoom).toBeLessThan(PLACE_LABEL_MIN_ZOOM)
  })

  it('places point names where village names go, so a committee named in both is labelled once', () => {
    expect(byId['place-names-label']?.layout).toMatchObject({ 'text-anchor': 'top', 'text-offset': [0, 0.9] })
  })
})
