import { onScopeDispose } from 'vue'
import { BASE_LABELS_BEFORE_ID, LABEL_FONT_STACK } from '../../map/base-style'
import { enableFeatureDrag, type DragDrop } from '../../map/layers/feature-drag'
import { ensureFacilityIcons, facilityGroupPrefix, GROUP_COLORS } from '../../map/layers/facilities.layer'
import {
  facilityTileFilter, facilityTileLayerFor, facilityTileLayerIds, facilityTileLayers, setFacilityTileFilter, type FacilityTileFilter,
} from '../../map/layers/facility-tiles.layer'
import { flyToPoint, pickPoint } from '../../map/layers/pick-point'
import { useLayersStore } from '../../map/layers.store'
import { addVectorTileSource, refreshVectorTileSource, vectorTileSourceId } from '../../map/sources/vector-tiles'
import { useMap } from '../../map/use-map'
import type { FacilityType } from './facilities.api'

/**
 * The facility registry on the shared map, drawn from the server's vector tiles: one layer set per group
 * (福利, 养老, 殡葬, 祠堂, 救助与避难) with a row each in the layer panel, dots when zoomed out and icons per
 * type closer in, click to select, drag to move, click to place. After a write, `show` reloads the tiles
 * (new data version). Removes its layers when the calling scope ends.
 * @param options.onSelect - called with a facility id when its dot or icon is clicked
 */
export function useFacilityLayer(options: { onSelect?: (id: number) => void } = {}) {
  const { onSelect } = options
  const { map, whenLoaded, addLayer, onFeatureClick } = useMap()
  const layers = useLayersStore()
  const groups = Object.keys(GROUP_COLORS)
  const pointLayers = groups.map((g) => `${facilityGroupPrefix(g)}-point`)
  const dotLayers = groups.map((g) => `${facilityGroupPrefix(g)}-dot`)
  let stopDrag: (() => void)[] = []
  let tileLayer: string | null = null
  let selectedId: number | null = null
  let groupFilters = new Map<string, ReturnType<typeof facilityTileFilter>>()

  for (const g of groups) {
    layers.register({ id: facilityGroupPrefix(g), titleKey: `facilities.group.${g}`, visible: true, group: 'facilities', mapLayerIds: facilityTileLayerIds(facilityGroupPrefix(g)) })
  }

  function removeLayers(): void {
    const m = map.value
    if (!m) return
    for (const g of groups) for (const id of facilityTileLayerIds(facilityGroupPrefix(g))) if (m.getLayer(id)) m.removeLayer(id)
  }

  /**
   * Draws the registry with this filter and icons for the given types; the first call adds the layers, later
   * ones refetch the tiles (their data version changes with every write) and update the filters.
   */
  async function show(filter: FacilityTileFilter, types: readonly FacilityType[]): Promise<void> {
    const m = await whenLoaded()
    ensureFacilityIcons(m, types)
    const wanted = facilityTileLayerFor(filter.status)
    // A source kept from an earlier visit may be stale too: always reload it (cheap: unchanged tiles are cached).
    if (m.getSource(vectorTileSourceId(wanted))) refreshVectorTileSource(m, wanted)
    else addVectorTileSource(m, wanted)
    groupFilters = new Map(groups.map((g) => [g, facilityTileFilter(types.filter((t) => t.group === g).map((t) => t.id), filter)]))
    if (tileLayer !== wanted) {
      removeLayers()
      tileLayer = wanted
    }
    for (const g of groups) {
      const prefix = facilityGroupPrefix(g)
      const groupFilter = groupFilters.get(g)!
      for (const layer of facilityTileLayers({ fontStack: LABEL_FONT_STACK, tileLayer: wanted, prefix, color: GROUP_COLORS[g]!, filter: groupFilter })) {
        // The city-wide dots stay under the base labels (county names stay readable); icons and rings go on top.
        await addLayer(layer, layer.id === `${prefix}-dot` ? BASE_LABELS_BEFORE_ID : undefined)
      }
      setFacilityTileFilter(m, prefix, groupFilter, selectedId)
    }
  }

  onFeatureClick([...pointLayers, ...dotLayers], (feature) => {
    const id = feature.properties?.id
    if (id !== undefined && id !== null) onSelect?.(Number(id))
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
    selectedId = id
    const m = map.value
    if (m) for (const [g, filter] of groupFilters) setFacilityTileFilter(m, facilityGroupPrefix(g), filter, id)
  }

  function flyTo(at: [number, number]): void {
    if (map.value) flyToPoint(map.value, at)
  }

  onScopeDispose(() => {
    setDrag(null)
    removeLayers()
    // The vector sources stay: the public one is cached and cheap to keep, and the next visit reuses it.
    for (const g of groups) layers.unregister(facilityGroupPrefix(g))
  })

  return { show, setDrag, pick, flyTo, highlight }
}

export type UseFacilityLayerReturn = ReturnType<typeof useFacilityLayer>
