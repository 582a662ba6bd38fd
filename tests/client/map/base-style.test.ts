import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { BACKGROUND_COLOR, LABEL_FONT_STACK, createBaseStyle } from '../../../client/src/map/base-style'
import { TIANDITU_LAYER_IDS } from '../../../client/src/map/tianditu'

describe('createBaseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(createBaseStyle())).toEqual([])
    expect(validateStyleMin(createBaseStyle({ tiandituKey: 'k', glyphsUrl: '/glyphs/{fontstack}/{range}.pbf' }))).toEqual([])
  })

  it('needs no network by default: no glyphs URL and no remote source', () => {
    const style = createBaseStyle()
    expect(style.glyphs).toBeUndefined()
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//)
  })

  it('starts with the background colour', () => {
    expect(createBaseStyle().layers[0]).toMatchObject({ id: 'background', paint: { 'background-color': BACKGROUND_COLOR } })
  })

  it('draws every label with the local CJK font stack', () => {
    const symbols = createBaseStyle().layers.filter((l) => l.type === 'symbol')
    expect(symbols.map((l) => l.id).sort()).toEqual(['divisions-county-label', 'divisions-township-label', 'divisions-village-label'])
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
