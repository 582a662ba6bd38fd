import type { FeatureCollection, Point } from 'geojson'
import { onScopeDispose } from 'vue'
import { LABEL_FONT_STACK } from '../../map/base-style'
import { enableFeatureDrag, type DragDrop } from '../../map/layers/feature-drag'
import {
  ensureFacilityIcons, expandCluster, facilityGroupPrefix, facilityGroupSource, facilityLayerIds, facilityLayers, GROUP_COLORS,
  highlightFacility, setClusteredFacilities,
} from '../../map/layers/facilities.layer'
import { flyToPoint, pickPoint } from '../../map/layers/pick-point'
import { useLayersStore } from '../../map/layers.store'
import { useMap } from '../../map/use-map'
import type { FacilityType } from './facilities.api'

/**
 * The facility registry on the shared map: one clustered layer per group (福利, 养老, 殡葬, 祠堂,
 * 救助与避难) with a row each in the layer panel, icons per type, click to select, cluster click to
 * zoom, drag to move, click to place. Removes its layers when the calling scope ends.
 * @param options.onSelect - called with a facility id when its icon is clicked
 */
export function useFacilityLayer(options: { onSelect?: (id: number) => void } = {}) {
  const { onSelect } = options
  const { map, whenLoaded, addLayer, onFeatureClick } = useMap()
  const layers = useLayersStore()
  const groups = Object.keys(GROUP_COLORS)
  const pointLayers = groups.map((g) => `${facilityGroupPrefix(g)}-point`)
  const clusterLayers = groups.map((g) => `${facilityGroupPrefix(g)}-cluster`)
  let stopDrag: (() => void)[] = []

  for (const g of groups) {
    layers.register({ id: facilityGroupPrefix(g), titleKey: `facilities.group.${g}`, visible: true, group: 'facilities', mapLayerIds: facilityLayerIds(facilityGroupPrefix(g)) })
  }

  /** Draws the collection, split by group, with icons for the given types. */
  async function show(data: FeatureCollection<Point, { type: string }>, types: readonly FacilityType[]): Promise<void> {
    const m = await whenLoaded()
    ensureFacilityIcons(m, types)
    const groupOf = new Map(types.map((t) => [t.id, t.group]))
    for (const g of groups) {
      const features = data.features.filter((f) => groupOf.get(f.properties.type) === g)
      setClusteredFacilities(m, { type: 'FeatureCollection', features }, facilityGroupSource(g))
      for (const layer of facilityLayers(LABEL_FONT_STACK, facilityGroupSource(g), facilityGroupPrefix(g), 0.7, GROUP_COLORS[g])) await addLayer(layer)
    }
  }

  onFeatureClick([...pointLayers, ...clusterLayers], (feature) => {
    const p = feature.properties ?? {}
    const group = groups.find((g) => feature.layer.id === `${facilityGroupPrefix(g)}-cluster`)
    if (group && map.value && feature.geometry.type === 'Point') {
      void expandCluster(map.value, Number(p.cluster_id), feature.geometry.coordinates as [number, number], facilityGroupSource(group))
    } else if (p.id !== undefined) onSelect?.(Number(p.id))
  })

  /** Turns drag-to-move on (with a drop handler) or off (null). */
  function setDrag(onDrop: ((drop: DragDrop) => void) | null): void {
    for (const stop of stopDrag) stop()
    stopDrag = []
    if (onDrop && map.value) stopDrag = pointLayers.map((id) => enableFeatureDrag(map.value!, id, onDrop))
  }

  /** One click on the map → its position (null when cancelled with Escape). */
  async function pick(): Promise<[number, number] | null> {
    return pickPoint(await whenLoaded())
  }

  /** Rings the selected facility on the map (null clears). */
  function highlight(id: number | null): void {
    if (map.value) for (const g of groups) highlightFacility(map.value, id, facilityGroupPrefix(g))
  }

  function flyTo(at: [number, number]): void {
    if (map.value) flyToPoint(map.value, at)
  }

  onScopeDispose(() => {
    setDrag(null)
    const m = map.value
    for (const g of groups) {
      if (m) {
        for (const id of facilityLayerIds(facilityGroupPrefix(g))) if (m.getLayer(id)) m.removeLayer(id)
        if (m.getSource(facilityGroupSource(g))) m.removeSource(facilityGroupSource(g))
      }
      layers.unregister(facilityGroupPrefix(g))
    }
  })

  return { show, setDrag, pick, flyTo, highlight }
}

export type UseFacilityLayerReturn = ReturnType<typeof useFacilityLayer>
