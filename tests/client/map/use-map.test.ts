import type { FeatureCollection, Point } from 'geojson'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLayersStore } from '../../../client/src/map/layers.store'
import { attachMap, detachMap, useMap } from '../../../client/src/map/use-map'

// MapLibre needs WebGL, which happy-dom lacks: these tests drive use-map with a small stand-in that keeps
// sources and layers in plain objects. The real map is exercised in tests/e2e/shell.e2e.test.ts.
type Handler = (event: unknown) => void

function createFakeMap() {
  const handlers: Record<string, Handler[]> = {}
  const sources: Record<string, { data: unknown, setData: (d: unknown) => void }> = {}
  const layers: Record<string, { id: string, source?: string, visibility?: string }> = {}
  let rendered: Array<{ layer: { id: string }, properties: Record<string, unknown> }> = []
  const fake = {
    on(type: string, handler: Handler) { (handlers[type] ??= []).push(handler) },
    once(type: string, handler: Handler) { (handlers[type] ??= []).push(handler) },
    fire(type: string, event: unknown = {}) { for (const h of handlers[type] ?? []) h(event) },
    loaded: () => false,
    getSource: (id: string) => sources[id],
    addSource(id: string, spec: { data: unknown }) {
      const source = { data: spec.data, setData(d: unknown) { source.data = d } }
      sources[id] = source
    },
    removeSource(id: string) { delete sources[id] },
    getLayer: (id: string) => layers[id],
    addLayer(layer: { id: string, source?: string }) { layers[layer.id] = { ...layer } },
    removeLayer(id: string) { delete layers[id] },
    getStyle: () => ({ layers: Object.values(layers) }),
    setLayoutProperty(id: string, _name: string, value: string) { layers[id]!.visibility = value },
    queryRenderedFeatures: () => rendered,
    getCanvas: () => ({ style: { cursor: '' } }),
    setRendered(features: typeof rendered) { rendered = features },
    sources,
    layers,
  }
  return fake
}

const fc = (name: string): FeatureCollection<Point> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [114, 29] }, properties: { name } }],
})

let fake: ReturnType<typeof createFakeMap>

beforeEach(() => {
  setActivePinia(createPinia())
  fake = createFakeMap()
  attachMap(fake as unknown as MapLibreMap)
  fake.fire('load')
})
afterEach(() => detachMap())

describe('useMap', () => {
  it('shares the attached map and exposes it as window.__dimingMap', async () => {
    const { map, whenLoaded } = useMap()
    expect(map.value).toBe(fake)
    expect(await whenLoaded()).toBe(fake)
    expect(window.__dimingMap).toBe(fake)
  })

  it('refuses a GeoJSON source id without the app- prefix', async () => {
    await expect(useMap().setGeoJsonSource('places', fc('x'))).rejects.toThrow(/must start with "app-"/)
  })

  it('adds a source, then batches updates into one setData per frame', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
    const { setGeoJsonSource } = useMap()
    await setGeoJsonSource('app-test', fc('a'))
    await setGeoJsonSource('app-test', fc('b'))
    await setGeoJsonSource('app-test', fc('c'))
    expect(fake.sources['app-test']!.data).toEqual(fc('a'))
    vi.advanceTimersToNextFrame()
    expect(fake.sources['app-test']!.data).toEqual(fc('c'))
    vi.useRealTimers()
  })

  it('removes a source together with the layers that draw it', async () => {
    const { setGeoJsonSource, addLayer, removeGeoJsonSource } = useMap()
    await setGeoJsonSource('app-test', fc('a'))
    await addLayer({ id: 'test-circles', type: 'circle', source: 'app-test' })
    await removeGeoJsonSource('app-test')
    expect(fake.sources['app-test']).toBeUndefined()
    expect(fake.layers['test-circles']).toBeUndefined()
  })

  it('adds a layer hidden when the layer panel hides it', async () => {
    useLayersStore().register({ id: 'places', titleKey: 'k', visible: false, group: 'places', mapLayerIds: ['places-points'] })
    await useMap().addLayer({ id: 'places-points', type: 'circle', source: 'app-places' })
    expect(fake.layers['places-points']!.visibility).toBe('none')
  })

  it('gives a click to the handler of the topmost feature only', async () => {
    const { addLayer, onFeatureClick } = useMap()
    await addLayer({ id: 'lower', type: 'fill', source: 'app-a' })
    await addLayer({ id: 'upper', type: 'circle', source: 'app-b' })
    const lower = vi.fn()
    const upper = vi.fn()
    onFeatureClick(['lower'], lower)
    const off = onFeatureClick(['upper'], upper)
    fake.setRendered([{ layer: { id: 'upper' }, properties: { name: 'top' } }, { layer: { id: 'lower' }, properties: {} }])
    fake.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 114, lat: 29 } })
    expect(upper).toHaveBeenCalledTimes(1)
    expect(lower).not.toHaveBeenCalled()
    off()
    fake.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 114, lat: 29 } })
    expect(upper).toHaveBeenCalledTimes(1)
  })

  it('keeps the last map error for the banner', () => {
    fake.fire('error', { error: new Error('tile failed') })
    expect(useMap().error.value?.message).toBe('tile failed')
  })
})
