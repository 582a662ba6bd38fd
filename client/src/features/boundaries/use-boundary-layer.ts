import type { FeatureCollection, LineString, Point, Position } from 'geojson'
import { onScopeDispose } from 'vue'
import { LABEL_FONT_STACK } from '../../map/base-style'
import { BOUNDARY_CLICK_LAYERS, BOUNDARY_LAYER_GROUPS, BOUNDARY_SOURCES, boundaryLayers, fitBoundaryBounds } from '../../map/layers/boundaries.layer'
import { useLayersStore } from '../../map/layers.store'
import { useMap } from '../../map/use-map'
import { emptyFeatureCollection } from '../../shared/geojson'

const TOWNSHIP_COLORS = ['#f6d7a7', '#c8e6c9', '#c5cae9', '#ffcdd2', '#d1c4e9', '#fff59d', '#b2dfdb', '#f8bbd0', '#dcedc8', '#ffe0b2']

/**
 * Soft fill colours for townships so that neighbours (units on the two sides of a line) differ: greedy
 * colouring in code order, stable for the same data.
 * @param codes - township codes
 * @param neighbours - pairs of codes that share a boundary line
 * @returns colour per code
 */
export function townshipColors(codes: string[], neighbours: Array<[string, string]>): Map<string, string> {
  const adjacent = new Map<string, Set<string>>()
  for (const [a, b] of neighbours) {
    if (!adjacent.has(a)) adjacent.set(a, new Set())
    if (!adjacent.has(b)) adjacent.set(b, new Set())
    adjacent.get(a)!.add(b)
    adjacent.get(b)!.add(a)
  }
  const colors = new Map<string, string>()
  for (const code of [...codes].sort()) {
    const used = new Set([...(adjacent.get(code) ?? [])].map((n) => colors.get(n)))
    colors.set(code, TOWNSHIP_COLORS.find((c) => !used.has(c)) ?? TOWNSHIP_COLORS[0]!)
  }
  return colors
}

/** Bounding box of some positions as `[west, south, east, north]`. */
export function bboxOf(positions: Position[]): [number, number, number, number] | null {
  if (!positions.length) return null
  const lngs = positions.map((p) => p[0]!)
  const lats = positions.map((p) => p[1]!)
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
}

/**
 * The boundary workspace on the shared map: townships, lines, nodes, markers, validation errors, a revision
 * diff and survey points, each in its own `app-boundary-*` source. Removed when the calling scope ends.
 */
export function useBoundaryLayer(options: { onSelectLine?: (id: number) => void; onSelectMarker?: (id: number) => void } = {}) {
  const { map, whenLoaded, setGeoJsonSource, addLayer, onFeatureClick } = useMap()
  const layers = useLayersStore()
  for (const [key, ids] of Object.entries(BOUNDARY_LAYER_GROUPS)) {
    layers.register({ id: `boundaries-${key}`, titleKey: `boundaries.layer.${key}`, visible: true, group: 'boundaries', mapLayerIds: [...ids] })
  }

  async function ensureLayers(): Promise<void> {
    await whenLoaded()
    for (const id of Object.values(BOUNDARY_SOURCES)) await setGeoJsonSource(id, emptyFeatureCollection())
    for (const layer of boundaryLayers(LABEL_FONT_STACK)) await addLayer(layer)
  }
  const ready = ensureLayers()

  async function set(source: keyof typeof BOUNDARY_SOURCES, data: FeatureCollection): Promise<void> {
    await ready
    await setGeoJsonSource(BOUNDARY_SOURCES[source], data)
  }

  onFeatureClick(BOUNDARY_CLICK_LAYERS, (feature) => {
    const id = Number(feature.properties?.id)
    if (feature.layer.id === 'boundary-markers') options.onSelectMarker?.(id)
    else if (feature.layer.id === 'boundary-lines' || feature.layer.id === 'boundary-claims') options.onSelectLine?.(id)
    else if (feature.properties?.line_id) options.onSelectLine?.(Number(feature.properties.line_id))
  })

  async function fitTo(positions: Position[]): Promise<void> {
    const bbox = bboxOf(positions)
    const m = await whenLoaded()
    if (bbox) fitBoundaryBounds(m, bbox)
  }

  onScopeDispose(() => {
    const m = map.value
    for (const key of Object.keys(BOUNDARY_LAYER_GROUPS)) layers.unregister(`boundaries-${key}`)
    if (!m) return
    for (const layer of boundaryLayers(LABEL_FONT_STACK)) if (m.getLayer(layer.id)) m.removeLayer(layer.id)
    for (const id of Object.values(BOUNDARY_SOURCES)) if (m.getSource(id)) m.removeSource(id)
  })

  return {
    ready,
    showTownships: (fc: FeatureCollection) => set('townships', fc),
    showLines: (fc: FeatureCollection<LineString>) => set('lines', fc),
    showNodes: (fc: FeatureCollection<Point>) => set('nodes', fc),
    showMarkers: (fc: FeatureCollection<Point>) => set('markers', fc),
    showErrors: (fc: FeatureCollection<Point>) => set('errors', fc),
    showDiff: (fc: FeatureCollection<LineString>) => set('diff', fc),
    showSurveyPoints: (fc: FeatureCollection<Point>) => set('surveyPoints', fc),
    fitTo,
  }
}

export type UseBoundaryLayerReturn = ReturnType<typeof useBoundaryLayer>
