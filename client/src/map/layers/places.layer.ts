import type { LayerSpecification } from 'maplibre-gl'

/** GeoJSON sources of the place-name register and the naming workflow (ids start with `app-`). */
export const PLACES_SOURCE = 'app-places'
export const ROADS_SOURCE = 'app-roads'
export const PROPOSALS_SOURCE = 'app-naming-features'

/** Map layers by role, for the layer panel and click handling. */
export const PLACES_LAYER_IDS = ['places-line', 'places-fill', 'places-point', 'places-label']
export const ROADS_LAYER_IDS = ['roads-named', 'roads-unnamed', 'roads-label']
export const PROPOSALS_LAYER_IDS = ['naming-line', 'naming-point', 'naming-label']
/** Layers whose features can be clicked. */
export const PLACES_CLICK_LAYER_IDS = ['places-point', 'places-line', 'places-fill']
export const UNNAMED_ROAD_CLICK_LAYER_IDS = ['roads-unnamed']

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }

/**
 * Style layers for search results (lines, areas, points with Chinese labels), road centre lines (named grey,
 * unnamed dashed orange: the 有地无名 queue) and the features of proposals and public notices (purple).
 * @param fontStack - `text-font` of the labels (local fonts)
 */
export function placesLayers(fontStack: string[]): LayerSpecification[] {
  return [
    { id: 'roads-named', type: 'line', source: ROADS_SOURCE, filter: ['!=', ['get', 'place_id'], null], minzoom: 10,
      paint: { 'line-color': '#8c8f8a', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 5] } },
    { id: 'roads-unnamed', type: 'line', source: ROADS_SOURCE, filter: ['==', ['get', 'place_id'], null], minzoom: 10,
      paint: { 'line-color': '#e67e22', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 6], 'line-dasharray': [2, 1] } },
    { id: 'roads-label', type: 'symbol', source: ROADS_SOURCE, minzoom: 13,
      layout: { 'symbol-placement': 'line', 'text-field': ['coalesce', ['get', 'name'], ''], 'text-font': fontStack, 'text-size': 12 },
      paint: { 'text-color': '#444', ...halo } },
    { id: 'places-fill', type: 'fill', source: PLACES_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#1f6fb2', 'fill-opacity': 0.2 } },
    { id: 'places-line', type: 'line', source: PLACES_SOURCE, filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#1f6fb2', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2, 16, 7] } },
    { id: 'places-point', type: 'circle', source: PLACES_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 6, 'circle-color': '#1f6fb2', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
    { id: 'places-label', type: 'symbol', source: PLACES_SOURCE,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 13, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
      paint: { 'text-color': '#123f66', ...halo } },
    { id: 'naming-line', type: 'line', source: PROPOSALS_SOURCE,
      paint: { 'line-color': '#7b3fa0', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 3, 16, 8] } },
    { id: 'naming-point', type: 'circle', source: PROPOSALS_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 6, 'circle-color': '#7b3fa0' } },
    { id: 'naming-label', type: 'symbol', source: PROPOSALS_SOURCE,
      layout: { 'symbol-placement': 'line-center', 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 14 },
      paint: { 'text-color': '#4b1f66', ...halo } },
  ]
}
