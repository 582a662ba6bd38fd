import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl'

/** Source and layer of the drag preview ring. */
export const DRAG_PREVIEW_SOURCE = 'app-drag-preview'
const PREVIEW_LAYER = 'drag-preview'

/** What a finished drag reports. */
export interface DragDrop {
  id: string | number
  from: [number, number]
  to: [number, number]
}

function preview(map: MapLibreMap, at: [number, number] | null): void {
  const data = { type: 'FeatureCollection' as const, features: at ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: at } }] : [] }
  const source = map.getSource(DRAG_PREVIEW_SOURCE) as GeoJSONSource | undefined
  if (source) source.setData(data)
  else map.addSource(DRAG_PREVIEW_SOURCE, { type: 'geojson', data })
  if (!map.getLayer(PREVIEW_LAYER)) {
    map.addLayer({ id: PREVIEW_LAYER, type: 'circle', source: DRAG_PREVIEW_SOURCE,
      paint: { 'circle-radius': 14, 'circle-color': 'rgba(255,255,255,0.3)', 'circle-stroke-color': '#d35400', 'circle-stroke-width': 3 } })
  }
}

/**
 * Lets the user drag point features of a layer to a new place (press, move, release). The map does
 * not pan meanwhile; a dashed ring follows the pointer; a press without movement is not a drag.
 * @param map - the shared map
 * @param layerId - layer whose features can be dragged (features need an `id` property)
 * @param onDrop - called with the feature id and both positions when released
 * @returns a function that turns dragging off again
 */
export function enableFeatureDrag(map: MapLibreMap, layerId: string, onDrop: (drop: DragDrop) => void): () => void {
  let dragging: { id: string | number; from: [number, number]; moved: boolean } | null = null
  const onDown = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0]
    const id = feature?.properties?.id
    if (id === undefined || feature?.geometry.type !== 'Point') return
    event.preventDefault()
    dragging = { id, from: feature.geometry.coordinates as [number, number], moved: false }
    map.dragPan.disable()
    map.getCanvas().style.cursor = 'grabbing'
  }
  const onMove = (event: MapMouseEvent) => {
    if (!dragging) return
    dragging.moved = true
    preview(map, [event.lngLat.lng, event.lngLat.lat])
  }
  const onUp = (event: MapMouseEvent) => {
    if (!dragging) return
    const done = dragging
    dragging = null
    map.dragPan.enable()
    map.getCanvas().style.cursor = ''
    preview(map, null)
    if (done.moved) onDrop({ id: done.id, from: done.from, to: [event.lngLat.lng, event.lngLat.lat] })
  }
  const onEnter = () => { if (!dragging) map.getCanvas().style.cursor = 'grab' }
  map.on('mousedown', layerId, onDown)
  map.on('mouseenter', layerId, onEnter)
  map.on('mousemove', onMove)
  map.on('mouseup', onUp)
  return () => {
    map.off('mousedown', layerId, onDown)
    map.off('mouseenter', layerId, onEnter)
    map.off('mousemove', onMove)
    map.off('mouseup', onUp)
    map.dragPan.enable()
    preview(map, null)
  }
}
