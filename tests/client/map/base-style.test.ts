import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { BACKGROUND_COLOR, BASE_LABELS_BEFORE_ID, LABEL_FONT_STACK, createBaseStyle } from '../../../client/src/map/base-style'
import { PLACE_REGISTER_LAYER_IDS } from '../../../client/src/map/layers/place-register.layer'
import { TIANDITU_LAYER_IDS } from '../../../client/src/map/tianditu'

describe('createBaseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(createBaseStyle())).toEqual([])
    expect(validateStyleMin(createBaseStyle({ tiandituKey: 'k', glyphsUrl: '/glyphs/{fontstack}/{range}.pbf' }))).toEqual([])
  })

  it('needs no third-party network by default: no glyphs URL, only our own tiles on the given origin', () => {
    const style = createBaseStyle({ tilesOrigin: 'http://diming.test' })
    expect(style.glyphs).toBeUndefined()
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]*/g) ?? []
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.every((url) => url.startsWith('http://diming.test/tiles/'))).toBe(true)
  })

  it('draws villages from the divisions_village_points vector tiles, keeping their layer ids', () => {
    const style = createBaseStyle({ tilesOrigin: 'http://h' })
    expect(style.sources['app-tiles-divisions_village_points']).toEqual({ type: 'vector', url: 'http://h/tiles/divisions_village_points.json' })
    expect(style.sources['app-divisions-village']).toBeUndefined()
    for (const id of ['divisions-village-circle', 'divisions-village-label']) {
      expect(style.layers.find((l) => l.id === id)).toMatchObject({ source: 'app-tiles-divisions_village_points', 'source-layer': 'divisions_village_points' })
    }
  })

  it('draws the whole register of place names from the place_names vector tiles', () => {
    const style = createBaseStyle({ tilesOrigin: 'http://h' })
    expect(style.sources['app-tiles-place_names']).toEqual({ type: 'vector', url: 'http://h/tiles/place_names.json' })
    const register = style.layers.filter((l) => PLACE_REGISTER_LAYER_IDS.includes(l.id))
    expect(register.map((l) => l.id).sort()).toEqual([...PLACE_REGISTER_LAYER_IDS].sort())
    for (const layer of register) expect(layer).toMatchObject({ source: 'app-tiles-place_names', 'source-layer': 'place_names' })
  })

  it('puts village dots above the register dots, every label above every shape, division labels last', () => {
    const ids = createBaseStyle().layers.map((l) => l.id)
    const types = createBaseStyle().layers.map((l) => l.type)
    expect(types.lastIndexOf('circle')).toBeLessThan(types.indexOf('symbol'))
    expect(ids.indexOf('place-names-label')).toBeLessThan(ids.indexOf('divisions-village-label'))
    expect(ids.indexOf('place-names-point')).toBeLessThan(ids.indexOf('divisions-village-circle'))
    expect(ids.slice(-3)).toEqual(['divisions-village-label', 'divisions-township-label', 'divisions-county-label'])
    expect(ids[types.indexOf('symbol')]).toBe(BASE_LABELS_BEFORE_ID)
  })

  it('starts with the background colour', () => {
    expect(createBaseStyle().layers[0]).toMatchObject({ id: 'background', paint: { 'background-color': BACKGROUND_COLOR } })
  })

  it('draws every label with the local CJK font stack', () => {
    const symbols = createBaseStyle().layers.filter((l) => l.type === 'symbol')
    expect(symbols.map((l) => l.id).sort()).toEqual([
      'divisions-county-label', 'divisions-township-label', 'divisions-village-label', 'place-names-label', 'place-names-line-label',
    ])
    for (const layer of symbols) expect(layer.layout?.['text-font']).toEqual(LABEL_FONT_STACK)
  })

  it('keeps county names visible below zoom 10 even where other labels collide', () => {
    const county = createBaseStyle().layers.find((l) => l.id === 'divisions-county-label')
    expect(county?.layout).toMatchObject({ 'text-overlap': ['step', ['zoom'], 'always', 10, 'never'] })
  })

  it('shows townships from zoom 9 and villages from zoom 11', () => {
    const byId = Object.fromEntries(createBaseStyle().layers.map((l) => [l.id, l]))
    expect(byId['divisions-township-line']?.minzoom).toBe(9)
    expect(byId['divisions-village-circle']?.minzoom).toBe(11)
  })

  it('only uses sources whose ids start with app- (besides Tianditu)', () => {
    const ids = Object.keys(createBaseStyle().sources)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.every((id) => id.startsWith('app-'))).toBe(true)
  })

  it('adds hidden Tianditu layers below the divisions only when a key is given', () => {
    expect(createBaseStyle().layers.some((l) => l.id.startsWith('tianditu'))).toBe(false)
    const layers = createBaseStyle({ tiandituKey: 'abc' }).layers
    const ids = layers.map((l) => l.id)
    expect(ids.slice(1, 3)).toEqual([...TIANDITU_LAYER_IDS])
    expect(layers[1]?.layout).toEqual({ visibility: 'none' })
  })
})
