import type { FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson'
import { shallowRef } from 'vue'
import { LABEL_FONT_STACK } from '../../map/base-style'
import { PROPOSALS_SOURCE, ROADS_SOURCE, placesLayers } from '../../map/layers/places.layer'
import { useLayersStore } from '../../map/layers.store'
import { useMap } from '../../map/use-map'
import type { Problem } from '../../shared/problem'
import { fetchRoads } from '../places/places.api'

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

/**
 * The naming workspace's map data: road centre lines (for snapping and picking unnamed roads) and the
 * features being proposed, drawn in purple with their name.
 */
export function useNamingMap() {
  const { setGeoJsonSource, addLayer, whenLoaded } = useMap()
  const layers = useLayersStore()
  const roads = shallowRef<FeatureCollection<LineString | MultiLineString>>(EMPTY as FeatureCollection<LineString>)
  const error = shallowRef<Problem | null>(null)

  async function ensureLayers(): Promise<void> {
    await whenLoaded()
    await setGeoJsonSource(ROADS_SOURCE, roads.value)
    await setGeoJsonSource(PROPOSALS_SOURCE, EMPTY)
    for (const layer of placesLayers(LABEL_FONT_STACK)) {
      if (layer.id.startsWith('roads-') || layer.id.startsWith('naming-')) await addLayer(layer)
    }
    layers.register({ id: 'naming-roads', titleKey: 'places.layers.roads', visible: true, group: 'places', mapLayerIds: ['roads-named', 'roads-unnamed', 'roads-label'] })
    layers.register({ id: 'naming-features', titleKey: 'places.layers.proposals', visible: true, group: 'places', mapLayerIds: ['naming-line', 'naming-point', 'naming-label'] })
  }

  async function loadRoads(): Promise<void> {
    const result = await fetchRoads()
    if (!result.ok) {
      error.value = result.problem
      return
    }
    roads.value = result.data as FeatureCollection<LineString | MultiLineString>
    await setGeoJsonSource(ROADS_SOURCE, roads.value)
  }

  /** Show features being proposed (or in a notice), labelled with `name`. */
  async function showFeatures(features: Array<{ geometry: Geometry; name: string; id: number | string }>): Promise<void> {
    await setGeoJsonSource(PROPOSALS_SOURCE, {
      type: 'FeatureCollection',
      features: features.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: { name: f.name } })),
    })
  }

  /** Fit the map to geometries. */
  async function fitTo(geometries: Geometry[]): Promise<void> {
    const map = await whenLoaded()
    const coords: number[][] = []
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[])
      else if (Array.isArray(c)) c.forEach(walk)
    }
    for (const g of geometries) walk('coordinates' in g ? g.coordinates : [])
    if (!coords.length) return
    const xs = coords.map((c) => c[0]!)
    const ys = coords.map((c) => c[1]!)
    map.fitBounds([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]], { padding: 80, maxZoom: 15, duration: 0 })
  }

  return { roads, error, ensureLayers, loadRoads, showFeatures, fitTo }
}
