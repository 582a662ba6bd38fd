import { nearestPointOnLine } from '@turf/turf'
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { TerraDraw, TerraDrawLineStringMode, type SnapToCustom } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { shallowRef } from 'vue'
import { useMap } from '../use-map'

/** Snapping distance to an existing road, in screen pixels. */
export const SNAP_PIXELS = 14

type Roads = FeatureCollection<LineString | MultiLineString>

/**
 * A snapping function for terra-draw: the nearest point on any road within `SNAP_PIXELS` of the pointer,
 * so a new road starts or ends exactly on the road it joins.
 * @param roads - returns the road lines to snap to (read at each move, so updates are seen)
 */
export function snapToRoads(roads: () => Roads): SnapToCustom {
  return (event, context) => {
    let best: { position: Position; pixels: number } | null = null
    for (const road of roads().features) {
      const hit = nearestPointOnLine(road as Feature<LineString | MultiLineString>, [event.lng, event.lat])
      const px = context.project(hit.geometry.coordinates[0]!, hit.geometry.coordinates[1]!)
      const pixels = Math.hypot(px.x - event.containerX, px.y - event.containerY)
      if (pixels <= SNAP_PIXELS && (!best || pixels < best.pixels)) best = { position: hit.geometry.coordinates, pixels }
    }
    return best?.position
  }
}

let draw: TerraDraw | null = null
let drawMap: MapLibreMap | null = null
const drawing = shallowRef(false)

function ensureDraw(map: MapLibreMap, roads: () => Roads): TerraDraw {
  if (draw && drawMap === map) return draw
  draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'app-draw' }),
    modes: [new TerraDrawLineStringMode({
      snapping: { toCustom: snapToRoads(roads) },
      styles: { lineStringColor: '#7b3fa0', lineStringWidth: 4, closingPointColor: '#7b3fa0' },
    })],
  })
  drawMap = map
  return draw
}

/**
 * Line drawing on the shared map with terra-draw (the only module that talks to terra-draw and MapLibre).
 * Click to add points, click the last point again or press Enter to finish, Escape to cancel.
 * @example
 * const { drawLine } = useLineDraw()
 * const line = await drawLine({ roads: () => roadsFc })   // = LineString or null when cancelled
 */
export function useLineDraw() {
  const { whenLoaded } = useMap()

  async function drawLine(options: { roads: () => Roads }): Promise<LineString | null> {
    const map = await whenLoaded()
    const d = ensureDraw(map, options.roads)
    if (!d.enabled) d.start()
    d.clear()
    d.setMode('linestring')
    drawing.value = true
    // terra-draw listens for Enter/Escape on the canvas, which clicks do not focus: relay those keys to it.
    const canvas = map.getCanvas()
    const relay = (event: KeyboardEvent) => {
      if (event.target === canvas || (event.key !== 'Enter' && event.key !== 'Escape')) return
      canvas.dispatchEvent(new KeyboardEvent(event.type, { key: event.key }))
    }
    window.addEventListener('keydown', relay)
    window.addEventListener('keyup', relay)
    return new Promise((resolve) => {
      const onFinish = (id: string | number) => {
        const feature = d.getSnapshotFeature(id)
        finish(feature?.geometry.type === 'LineString' ? (feature.geometry as LineString) : null)
      }
      const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') finish(null) }
      function finish(line: LineString | null) {
        d.off('finish', onFinish)
        window.removeEventListener('keydown', onKey)
        window.removeEventListener('keydown', relay)
        window.removeEventListener('keyup', relay)
        d.clear()
        d.stop()
        drawing.value = false
        resolve(line)
      }
      d.on('finish', onFinish)
      window.addEventListener('keydown', onKey)
    })
  }

  /** Stop drawing and discard the unfinished line. */
  function cancel(): void {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
  }

  return { drawLine, cancel, drawing }
}

export type UseLineDrawReturn = ReturnType<typeof useLineDraw>
