import type { FeatureCollection } from 'geojson'
import { onScopeDispose, shallowRef } from 'vue'
import { fetchDivisionsGeoJson } from '../../layout/base-map.api'
import { LABEL_FONT_STACK } from '../../map/base-style'
import {
  captureMapPng, COVERAGE_LAYER_IDS, COVERAGE_SITES_SOURCE, COVERAGE_SUPPLY_POINT_LAYER, COVERAGE_SUPPLY_SOURCE,
  COVERAGE_TOWNSHIP_LABELS_SOURCE, COVERAGE_TOWNSHIPS_SOURCE, COVERAGE_VILLAGE_LAYER, COVERAGE_VILLAGES_SOURCE, coverageLayers,
} from '../../map/layers/coverage.layer'
import { enableFeatureDrag, type DragDrop } from '../../map/layers/feature-drag'
import { ensureFacilityIcons, facilityLayers, setClusteredFacilities, type FacilitySymbol } from '../../map/layers/facilities.layer'
import { flyToPoint, pickPoint } from '../../map/layers/pick-point'
import { useLayersStore } from '../../map/layers.store'
import { useMap } from '../../map/use-map'
import type { DivisionCollection } from '../../shared/geojson'
import type { CoverageReport, SuggestedSite } from './coverage.api'
import { formatRate } from './coverage-format'

/** Which measure colours the map. */
export type MapMeasure = 'within_reach' | 'has_facility'

const SOURCES = [COVERAGE_TOWNSHIPS_SOURCE, COVERAGE_TOWNSHIP_LABELS_SOURCE, COVERAGE_VILLAGES_SOURCE, COVERAGE_SITES_SOURCE, COVERAGE_SUPPLY_SOURCE]
const ALL_LAYERS = [...COVERAGE_LAYER_IDS.choropleth, ...COVERAGE_LAYER_IDS.villages, ...COVERAGE_LAYER_IDS.sites, ...COVERAGE_LAYER_IDS.supply]

/**
 * The coverage analysis on the shared map: township choropleth, villages (uncovered highlighted),
 * what-if delta rings, suggested sites and the supply facilities (draggable for what-if).
 * @param options.onVillage - called with a village code when its dot is clicked
 * @param options.onSupply - called with a facility id when its icon is clicked
 */
export function useCoverageLayer(options: { onVillage?: (code: string) => void; onSupply?: (id: number) => void } = {}) {
  const { map, whenLoaded, addLayer, setGeoJsonSource, onFeatureClick } = useMap()
  const layers = useLayersStore()
  const townships = shallowRef<DivisionCollection | null>(null)
  let stopDrag: (() => void) | null = null

  layers.register({ id: 'coverage-choropleth', titleKey: 'facilities.coverage.layer.choropleth', visible: true, group: 'coverage', mapLayerIds: COVERAGE_LAYER_IDS.choropleth })
  layers.register({ id: 'coverage-villages', titleKey: 'facilities.coverage.layer.villages', visible: true, group: 'coverage', mapLayerIds: COVERAGE_LAYER_IDS.villages })
  layers.register({ id: 'coverage-sites', titleKey: 'facilities.coverage.layer.sites', visible: true, group: 'coverage', mapLayerIds: COVERAGE_LAYER_IDS.sites })
  layers.register({ id: 'coverage-supply', titleKey: 'facilities.coverage.layer.supply', visible: true, group: 'coverage', mapLayerIds: COVERAGE_LAYER_IDS.supply })

  async function ensureLayers(): Promise<void> {
    await whenLoaded()
    for (const id of [COVERAGE_TOWNSHIPS_SOURCE, COVERAGE_TOWNSHIP_LABELS_SOURCE, COVERAGE_VILLAGES_SOURCE, COVERAGE_SITES_SOURCE]) {
      if (!map.value?.getSource(id)) await setGeoJsonSource(id, { type: 'FeatureCollection', features: [] })
    }
    if (!map.value?.getSource(COVERAGE_SUPPLY_SOURCE)) setClusteredFacilities(map.value!, { type: 'FeatureCollection', features: [] }, COVERAGE_SUPPLY_SOURCE, false)
    for (const layer of [...coverageLayers(LABEL_FONT_STACK).slice(0, 5), ...facilityLayers(LABEL_FONT_STACK, COVERAGE_SUPPLY_SOURCE, 'coverage-supply', 0.4), ...coverageLayers(LABEL_FONT_STACK).slice(5)]) {
      await addLayer(layer)
    }
  }

  async function loadTownships(): Promise<DivisionCollection | null> {
    if (townships.value) return townships.value
    const r = await fetchDivisionsGeoJson('township')
    if (r.ok) townships.value = r.data
    return townships.value
  }

  /**
   * Draws a report: townships coloured by the measure's coverage rate (labelled with the percentage),
   * villages covered/uncovered, and the what-if delta when given.
   */
  async function showReport(report: CoverageReport, measure: MapMeasure, delta?: { gained: string[]; lost: string[] }): Promise<void> {
    await ensureLayers()
    const rates = new Map<string, number | null>()
    for (const county of report[measure].summary.counties) for (const t of county.townships) rates.set(t.code, t.all.countRate)
    const polygons = await loadTownships()
    const inScope = (polygons?.features ?? []).filter((f) => rates.has(f.properties.code))
    await setGeoJsonSource(COVERAGE_TOWNSHIPS_SOURCE, {
      type: 'FeatureCollection',
      features: inScope.map((f) => ({ ...f, properties: { code: f.properties.code, name: f.properties.name, rate: rates.get(f.properties.code) ?? null, label: `${f.properties.name} ${formatRate(rates.get(f.properties.code))}` } })),
    })
    await setGeoJsonSource(COVERAGE_TOWNSHIP_LABELS_SOURCE, {
      type: 'FeatureCollection',
      features: inScope.filter((f) => f.properties.label_point).map((f) => ({
        type: 'Feature', geometry: f.properties.label_point!, properties: { label: `${f.properties.name} ${formatRate(rates.get(f.properties.code))}` },
      })),
    })
    const gained = new Set(delta?.gained ?? [])
    const lost = new Set(delta?.lost ?? [])
    await setGeoJsonSource(COVERAGE_VILLAGES_SOURCE, {
      type: 'FeatureCollection',
      features: report.villages.map((v) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [v.lng, v.lat] },
        properties: { code: v.code, name: v.name, covered: v[measure], delta: gained.has(v.code) ? 'gained' : lost.has(v.code) ? 'lost' : null },
      })),
    })
  }

  async function showSites(sites: readonly SuggestedSite[]): Promise<void> {
    await ensureLayers()
    await setGeoJsonSource(COVERAGE_SITES_SOURCE, {
      type: 'FeatureCollection',
      features: sites.map((s) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [s.lng, s.lat] }, properties: { rank: s.rank, gain: s.gain } })),
    })
  }

  async function showSupply(data: FeatureCollection, symbols: readonly FacilitySymbol[]): Promise<void> {
    await ensureLayers()
    ensureFacilityIcons(map.value!, symbols)
    setClusteredFacilities(map.value!, data, COVERAGE_SUPPLY_SOURCE, false)
  }

  function setDrag(onDrop: ((drop: DragDrop) => void) | null): void {
    stopDrag?.()
    stopDrag = null
    if (onDrop && map.value) stopDrag = enableFeatureDrag(map.value, COVERAGE_SUPPLY_POINT_LAYER, onDrop)
  }

  onFeatureClick([COVERAGE_VILLAGE_LAYER, COVERAGE_SUPPLY_POINT_LAYER], (feature) => {
    const p = feature.properties ?? {}
    if (feature.layer.id === COVERAGE_VILLAGE_LAYER) options.onVillage?.(String(p.code))
    else options.onSupply?.(Number(p.id))
  })

  const pick = async () => pickPoint(await whenLoaded())
  const flyTo = (at: [number, number]) => { if (map.value) flyToPoint(map.value, at, 13) }
  const capture = async () => captureMapPng(await whenLoaded())

  onScopeDispose(() => {
    stopDrag?.()
    const m = map.value
    if (m) {
      for (const id of ALL_LAYERS) if (m.getLayer(id)) m.removeLayer(id)
      for (const id of SOURCES) if (m.getSource(id)) m.removeSource(id)
    }
    for (const id of ['coverage-choropleth', 'coverage-villages', 'coverage-sites', 'coverage-supply']) layers.unregister(id)
  })

  return { showReport, showSites, showSupply, setDrag, pick, flyTo, capture }
}

export type UseCoverageLayerReturn = ReturnType<typeof useCoverageLayer>
