import type { FeatureCollection, LineString, Position } from 'geojson'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { TerraDraw, TerraDrawLineStringMode, TerraDrawSelectMode, type SnapToCustom } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { nearestPointOnLine } from '@turf/turf'
import { computed, getCurrentScope, onScopeDispose, shallowRef } from 'vue'
import { useMap } from '../use-map'

/** Snapping distance in screen pixels: nodes first, then other boundary lines. */
export const BOUNDARY_SNAP_PIXELS = 12
const HISTORY_DEBOUNCE_MS = 200

export interface SnapTargets {
  /** node positions (tri-junctions, line ends) */
  nodes: () => Position[]
  /** the other boundary lines */
  lines: () => FeatureCollection<LineString>
}

/** Snaps a dragged vertex to a node, else onto the nearest other boundary line, within BOUNDARY_SNAP_PIXELS. */
export function snapToBoundaries(targets: SnapTargets): SnapToCustom {
  return (event, context) => {
    const near = (p: Position) => {
      const px = context.project(p[0]!, p[1]!)
      return Math.hypot(px.x - event.containerX, px.y - event.containerY)
    }
    let best: { position: Position; pixels: number } | null = null
    for (const node of targets.nodes()) {
      const pixels = near(node)
      if (pixels <= BOUNDARY_SNAP_PIXELS && (!best || pixels < best.pixels)) best = { position: node, pixels }
    }
    if (best) return best.position
    for (const line of targets.lines().features) {
      const hit = nearestPointOnLine(line, [event.lng, event.lat]).geometry.coordinates
      const pixels = near(hit)
      if (pixels <= BOUNDARY_SNAP_PIXELS && (!best || pixels < best.pixels)) best = { position: hit, pixels }
    }
    return best?.position
  }
}

/** A UUID v4 (crypto.randomUUID exists only in secure contexts; the bureau's intranet may serve plain http). */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1]
const clone = (line: LineString): LineString => ({ type: 'LineString', coordinates: line.coordinates.map((p) => [p[0]!, p[1]!]) })

/**
 * Vertex editing of one boundary line with terra-draw: drag a vertex (snapping to nodes and other lines),
 * drag a midpoint to insert one, right-click a vertex to delete it; the two ends stay on their nodes.
 * Every change is kept for undo / redo. The map is reached only through this module.
 * @example
 * const editor = useBoundaryEditor()
 * await editor.start(line.geometry, { nodes: () => nodePositions, lines: () => otherLines })
 * editor.geometry.value   // = the edited LineString
 */
export function useBoundaryEditor() {
  const { whenLoaded } = useMap()
  const geometry = shallowRef<LineString | null>(null)
  const history = shallowRef<LineString[]>([])
  const cursor = shallowRef(-1)
  let draw: TerraDraw | null = null
  let ends: [Position, Position] | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let applying = false
  // terra-draw's default id strategy accepts UUIDs only
  let featureId = ''

  function record(line: LineString): void {
    const kept = history.value.slice(0, cursor.value + 1)
    const last = kept[kept.length - 1]
    if (last && JSON.stringify(last.coordinates) === JSON.stringify(line.coordinates)) return
    history.value = [...kept, clone(line)]
    cursor.value = history.value.length - 1
  }

  function current(): LineString | null {
    const f = draw?.getSnapshotFeature(featureId)
    return f?.geometry.type === 'LineString' ? (f.geometry as LineString) : null
  }

  function apply(line: LineString): void {
    if (!draw) return
    applying = true
    draw.updateFeatureGeometry(featureId, clone(line))
    applying = false
    geometry.value = clone(line)
  }

  /** Keeps the ends on their nodes: an end dragged or deleted is put back. */
  function onChange(): void {
    if (applying || !ends) return
    const line = current()
    if (!line) return
    const coords = line.coordinates
    const fixed = [...coords]
    if (!same(coords[0]!, ends[0])) fixed[0] = ends[0]
    if (!same(coords[coords.length - 1]!, ends[1])) fixed[fixed.length - 1] = ends[1]
    if (fixed.length < 2) return
    if (fixed !== coords && fixed.some((p, i) => p !== coords[i])) apply({ type: 'LineString', coordinates: fixed })
    geometry.value = clone(current() ?? line)
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => { if (geometry.value) record(geometry.value) }, HISTORY_DEBOUNCE_MS)
  }

  /** Starts editing a line (its first and last positions are its nodes). */
  async function start(line: LineString, targets: SnapTargets): Promise<void> {
    const map: MapLibreMap = await whenLoaded()
    stop()
    draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'app-boundary-edit' }),
      modes: [
        new TerraDrawLineStringMode(),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
          flags: {
            linestring: {
              feature: {
                draggable: false,
                coordinates: { draggable: true, deletable: true, midpoints: true, snappable: { toCustom: snapToBoundaries(targets) } },
              },
            },
          },
          styles: { selectedLineStringColor: '#ff6f00', selectedLineStringWidth: 4, selectionPointColor: '#ff6f00', selectionPointWidth: 6, midPointColor: '#ffb74d' },
        }),
      ],
    })
    draw.start()
    draw.setMode('select')
    const coords = line.coordinates
    ends = [coords[0]!, coords[coords.length - 1]!]
    featureId = uuid()
    draw.addFeatures([{ id: featureId, type: 'Feature', geometry: clone(line), properties: { mode: 'linestring' } }])
    draw.selectFeature(featureId)
    draw.on('change', onChange)
    history.value = []
    cursor.value = -1
    geometry.value = clone(line)
    record(line)
  }

  /** Replaces the edited geometry (survey-point import, reapplying after a 409) as one undoable step. */
  function setGeometry(line: LineString): void {
    apply(line)
    record(line)
  }

  function undo(): void {
    if (cursor.value <= 0) return
    cursor.value -= 1
    apply(history.value[cursor.value]!)
  }

  function redo(): void {
    if (cursor.value >= history.value.length - 1) return
    cursor.value += 1
    apply(history.value[cursor.value]!)
  }

  function stop(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (draw) {
      draw.off('change', onChange)
      draw.clear()
      draw.stop()
    }
    draw = null
    ends = null
    geometry.value = null
  }

  if (getCurrentScope()) onScopeDispose(stop)

  return {
    geometry,
    start,
    stop,
    setGeometry,
    undo,
    redo,
    canUndo: computed(() => cursor.value > 0),
    canRedo: computed(() => cursor.value < history.value.length - 1),
    /** how many edits since start */
    edits: computed(() => Math.max(0, cursor.value)),
  }
}

export type UseBoundaryEditorReturn = ReturnType<typeof useBoundaryEditor>
