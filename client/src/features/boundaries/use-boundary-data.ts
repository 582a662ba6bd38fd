import type { FeatureCollection, LineString, MultiPolygon, Point } from 'geojson'
import { computed, shallowRef, type InjectionKey } from 'vue'
import { emptyFeatureCollection } from '../../shared/geojson'
import type { Problem } from '../../shared/problem'
import { boundariesApi, type LineFeature, type LineProperties, type MarkerProperties, type TownshipProperties } from './boundaries.api'
import { townshipColors, type UseBoundaryLayerReturn } from './use-boundary-layer'

/**
 * The workspace's data: counties, the chosen county's townships (rebuilt from their edges), lines, nodes and
 * markers, the selected line; reloads and redraws the map after every save. Never throws: `error` holds the problem.
 */
export function useBoundaryData(layer: UseBoundaryLayerReturn) {
  const counties = shallowRef<Array<{ code: string; name: string }>>([])
  const county = shallowRef<string | null>(null)
  const lines = shallowRef<FeatureCollection<LineString, LineProperties>>(emptyFeatureCollection())
  const markers = shallowRef<FeatureCollection<Point, MarkerProperties>>(emptyFeatureCollection())
  const nodes = shallowRef<FeatureCollection<Point, { id: number; kind: string; label: string | null }>>(emptyFeatureCollection())
  const townships = shallowRef<FeatureCollection<MultiPolygon, TownshipProperties>>(emptyFeatureCollection())
  const selectedId = shallowRef<number | null>(null)
  const error = shallowRef<Problem | null>(null)
  const loading = shallowRef(false)

  const selected = computed<LineFeature | null>(() => lines.value.features.find((f) => f.properties.id === selectedId.value) ?? null)
  const lineMarkers = computed(() => markers.value.features.filter((m) => m.properties.line_id === selectedId.value))

  function drawLines(): void {
    void layer.showLines({ type: 'FeatureCollection', features: lines.value.features.map((f) => ({ ...f, properties: { ...f.properties, selected: f.properties.id === selectedId.value } })) })
  }

  async function loadCounties(): Promise<void> {
    const result = await boundariesApi.counties()
    if (result.ok) counties.value = result.data.features.map((f) => ({ code: f.properties.code, name: f.properties.name }))
    else error.value = result.problem
  }

  let generation = 0

  /** Reloads everything of the chosen county and redraws it; an older reload that finishes late is ignored. */
  async function reload(): Promise<void> {
    const mine = ++generation
    loading.value = true
    const [l, m, n, t] = await Promise.all([
      boundariesApi.lines(county.value), boundariesApi.markers(county.value), boundariesApi.nodes(), boundariesApi.townships(county.value),
    ])
    if (mine !== generation) return
    loading.value = false
    for (const r of [l, m, n, t]) if (!r.ok) { error.value = r.problem; return }
    if (!l.ok || !m.ok || !n.ok || !t.ok) return
    error.value = null
    lines.value = l.data
    markers.value = { type: 'FeatureCollection', features: m.data.features.map((f) => ({ ...f, properties: { ...f.properties, short_number: f.properties.number.slice(-4) } })) }
    nodes.value = n.data
    const pairs = l.data.features.flatMap((f) => (f.properties.left_unit_code && f.properties.right_unit_code ? [[f.properties.left_unit_code, f.properties.right_unit_code] as [string, string]] : []))
    const colors = townshipColors(t.data.features.map((f) => f.properties.code), pairs)
    townships.value = { type: 'FeatureCollection', features: t.data.features.map((f) => ({ ...f, properties: { ...f.properties, color: colors.get(f.properties.code) } })) }
    await Promise.all([layer.showTownships(townships.value), layer.showMarkers(markers.value), layer.showNodes(nodes.value)])
    drawLines()
  }

  /** Replaces one line with the saved version (from a save, restore or 409 body) and reloads polygons and markers. */
  async function replaceLine(line: LineFeature): Promise<void> {
    lines.value = { ...lines.value, features: lines.value.features.map((f) => (f.properties.id === line.properties.id ? line : f)) }
    await reload()
  }

  function select(id: number | null): void {
    selectedId.value = id
    drawLines()
  }

  async function chooseCounty(code: string | null): Promise<void> {
    county.value = code
    selectedId.value = null
    await reload()
    await layer.fitTo(townships.value.features.flatMap((f) => f.geometry.coordinates.flat(2)))
  }

  return { counties, county, lines, markers, nodes, townships, selectedId, selected, lineMarkers, error, loading, loadCounties, reload, replaceLine, select, chooseCounty }
}

export type UseBoundaryDataReturn = ReturnType<typeof useBoundaryData>
export const BOUNDARY_DATA: InjectionKey<UseBoundaryDataReturn> = Symbol('boundary-data')
export const BOUNDARY_LAYER: InjectionKey<UseBoundaryLayerReturn> = Symbol('boundary-layer')
