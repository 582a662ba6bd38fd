import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'

/** GeoJSON sources of the boundary survey workspace (ids start with `app-`). */
export const BOUNDARY_SOURCES = {
  townships: 'app-boundary-townships',
  lines: 'app-boundary-lines',
  nodes: 'app-boundary-nodes',
  markers: 'app-boundary-markers',
  errors: 'app-boundary-errors',
  diff: 'app-boundary-diff',
  surveyPoints: 'app-boundary-survey-points',
} as const

/** Layer-panel rows and the map layers each switches. */
export const BOUNDARY_LAYER_GROUPS = {
  townships: ['boundary-townships-fill', 'boundary-townships-outline', 'boundary-townships-label'],
  lines: ['boundary-lines', 'boundary-claims', 'boundary-lines-selected', 'boundary-nodes'],
  markers: ['boundary-markers', 'boundary-markers-label'],
  checks: ['boundary-errors', 'boundary-errors-label', 'boundary-diff-before', 'boundary-diff-after', 'boundary-survey-points'],
} as const

/** Layers whose features select something on click. */
export const BOUNDARY_CLICK_LAYERS = ['boundary-markers', 'boundary-errors', 'boundary-lines', 'boundary-claims']

/** Claimed lines of a disputed boundary: the left unit's claim red, the right unit's blue (issue 5). */
export const CLAIM_COLORS = { claimed_left: '#d62728', claimed_right: '#1f5fd6' } as const
/** Line colours by status. */
export const STATUS_COLORS = { agreed: '#2e7d32', in_survey: '#37474f', disputed: '#ef6c00' } as const

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
const statusColor: ExpressionSpecification = ['match', ['get', 'status'],
  'agreed', STATUS_COLORS.agreed, 'disputed', STATUS_COLORS.disputed, STATUS_COLORS.in_survey]

/**
 * Style layers of the boundary workspace: townships rebuilt from their edges (one soft colour each), boundary
 * lines by status, claimed lines red/blue dashed, the selected line, tri-junctions, markers with their
 * numbers, validation errors, a revision diff (before dashed red, after green) and imported survey points.
 * @param fontStack - `text-font` of the labels (local fonts)
 */
export function boundaryLayers(fontStack: string[]): LayerSpecification[] {
  const s = BOUNDARY_SOURCES
  return [
    { id: 'boundary-townships-fill', type: 'fill', source: s.townships, paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.5 } },
    { id: 'boundary-townships-outline', type: 'line', source: s.townships, paint: { 'line-color': '#90a4ae', 'line-width': 0.5 } },
    { id: 'boundary-townships-label', type: 'symbol', source: s.townships,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 13 }, paint: { 'text-color': '#37474f', ...halo } },
    { id: 'boundary-lines', type: 'line', source: s.lines, filter: ['==', ['get', 'claim_of_line_id'], null],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': statusColor, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2, 15, 5] } },
    { id: 'boundary-claims', type: 'line', source: s.lines, filter: ['!=', ['get', 'claim_of_line_id'], null],
      paint: { 'line-color': ['match', ['get', 'kind'], 'claimed_left', CLAIM_COLORS.claimed_left, CLAIM_COLORS.claimed_right],
        'line-width': 3, 'line-dasharray': [3, 1.5] } },
    { id: 'boundary-lines-selected', type: 'line', source: s.lines, filter: ['==', ['get', 'selected'], true],
      layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#ffca28', 'line-width': 9, 'line-opacity': 0.55 } },
    { id: 'boundary-diff-before', type: 'line', source: s.diff, filter: ['==', ['get', 'role'], 'before'],
      paint: { 'line-color': '#c62828', 'line-width': 3, 'line-dasharray': [2, 1.5] } },
    { id: 'boundary-diff-after', type: 'line', source: s.diff, filter: ['==', ['get', 'role'], 'after'],
      paint: { 'line-color': '#2e7d32', 'line-width': 3 } },
    { id: 'boundary-nodes', type: 'circle', source: s.nodes, filter: ['==', ['get', 'kind'], 'tri_junction'],
      paint: { 'circle-radius': 5, 'circle-color': '#212121', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 } },
    { id: 'boundary-survey-points', type: 'circle', source: s.surveyPoints,
      paint: { 'circle-radius': 4, 'circle-color': '#00838f', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
    { id: 'boundary-markers', type: 'circle', source: s.markers,
      paint: { 'circle-radius': 6, 'circle-color': '#b71c1c', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
    { id: 'boundary-markers-label', type: 'symbol', source: s.markers,
      layout: { 'text-field': ['get', 'short_number'], 'text-font': fontStack, 'text-size': 12, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
      paint: { 'text-color': '#7f0000', ...halo } },
    { id: 'boundary-errors', type: 'circle', source: s.errors,
      paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#d500f9', 'circle-stroke-width': 3 } },
    { id: 'boundary-errors-label', type: 'symbol', source: s.errors,
      layout: { 'text-field': ['get', 'label'], 'text-font': fontStack, 'text-size': 12, 'text-offset': [0, -1.4], 'text-anchor': 'bottom' },
      paint: { 'text-color': '#6a1b9a', ...halo } },
  ]
}

/** Fits the map to a bbox `[west, south, east, north]` with some padding. */
export function fitBoundaryBounds(map: import('maplibre-gl').Map, bbox: [number, number, number, number]): void {
  map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: 60, duration: 0, maxZoom: 16 })
}
