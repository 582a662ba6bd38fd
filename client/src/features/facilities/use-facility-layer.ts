import type { FeatureCollection } from 'geojson'
import { onScopeDispose } from 'vue'
import { LABEL_FONT_STACK } from '../../map/base-style'
import { enableFeatureDrag, type DragDrop } from '../../map/layers/feature-drag'
import {
  ensureFacilityIcons, expandCluster, facilityLayers, FACILITIES_SOURCE, FACILITY_CLUSTER_LAYER, FACILITY_LAYER_IDS,
  FACILITY_POINT_LAYER, highlightFacility, setClusteredFacilities, type FacilitySymbol,
} from '../../map/layers/facilities.layer'
import { flyToPoint, pickPoint } from '../../map/layers/pick-point'
import { useLayersStore } from '../../map/layers.store'
import { useMap } from '../../map/use-map'

/**
 * The facility registry on the shared map: clustered icons per type, click to select, cluster click
 * to zoom, drag to move, click to place. Removes its layers when the calling scope ends.
 * @param options.onSelect - called with a facility id when its icon is clicked
 */
export function useFacilityLayer(options: { onSelect?: (id: number) => void } = {}) {
  const { onSelect } = options
  const { map, whenLoaded, addLayer, onFeatureClick } = useMap()
  const layers = useLayersStore()
  let stopDrag: (() => void) | null = null

  layers.register({ id: 'facilities', titleKey: 'facilities.layer.registry', visible: true, group: 'facilities', mapLayerIds: FACILITY_LAYER_IDS })

  /** Draws the collection with icons for the given types. */
  async function show(data: FeatureCollection, symbols: readonly FacilitySymbol[]): Promise<void> {
    const m = await whenLoaded()
    ensureFacilityIcons(m, symbols)
    setClusteredFacilities(m, data)
    for (const layer of facilityLayers(LABEL_FONT_STACK)) await addLayer(layer)
  }

  onFeatureClick([FACILITY_POINT_LAYER, FACILITY_CLUSTER_LAYER], (feature) => {
    const p = feature.properties ?? {}
    if (feature.layer.id === FACILITY_CLUSTER_LAYER && map.value && feature.geometry.type === 'Point') {
      void expandCluster(map.value, Number(p.cluster_id), feature.geometry.coordinates as [number, number])
    } else if (p.id !== undefined) onSelect?.(Number(p.id))
  })

  /** Turns drag-to-move on (with a drop handler) or off (null). */
  function setDrag(onDrop: ((drop: DragDrop) => void) | null): void {
    stopDrag?.()
    stopDrag = null
    if (onDrop && map.value) stopDrag = enableFeatureDrag(map.value, FACILITY_POINT_LAYER, onDrop)
  }

  /** One click on the map → its position (null when cancelled with Escape). */
  async function pick(): Promise<[number, number] | null> {
    return pickPoint(await whenLoaded())
  }

  /** Rings the selected facility on the map (null clears). */
  function highlight(id: number | null): void {
    if (map.value) highlightFacility(map.value, id)
  }

  function flyTo(at: [number, number]): void {
    if (map.value) flyToPoint(map.value, at)
  }

  onScopeDispose(() => {
    stopDrag?.()
    const m = map.value
    if (!m) return
    for (const id of FACILITY_LAYER_IDS) if (m.getLayer(id)) m.removeLayer(id)
    if (m.getSource(FACILITIES_SOURCE)) m.removeSource(FACILITIES_SOURCE)
    layers.unregister('facilities')
  })

  return { show, setDrag, pick, flyTo, highlight }
}

export type UseFacilityLayerReturn = ReturnType<typeof useFacilityLayer>
