import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { vectorTileSource, vectorTileSourceId } from '../sources/vector-tiles'

/** Server tile layer of the published register (approved names only), also the `source-layer`. */
export const PLACE_REGISTER_TILE_LAYER = 'place_names'
/** Vector source of the register. */
export const PLACE_REGISTER_SOURCE = vectorTileSourceId(PLACE_REGISTER_TILE_LAYER)

/** Map layers of the register (one row in the layer panel). */
export const PLACE_REGISTER_LAYER_IDS = ['place-names-fill', 'place-names-line', 'place-names-point', 'place-names-line-label', 'place-names-label']
/** Layers whose features open the name's popup. */
export const PLACE_REGISTER_CLICK_LAYER_IDS = ['place-names-point', 'place-names-line', 'place-names-fill']
/** Zoom from which point names are labelled (dots only below: a whole county of names is unreadable). */
export const PLACE_LABEL_MIN_ZOOM = 13

/** Dot colour per census class (first two digits of `category_code`); unknown classes are grey. */
export const PLACE_CLASS_COLORS: Record<string, string> = {
  11: '#2471a3', 12: '#2e86c1', 13: '#8d6e63', 21: '#6c3483', 22: '#7d5ba6', 23: '#a04000',
  24: '#b9770e', 25: '#5d6d7e', 26: '#148f77', 27: '#1e8449', 28: '#717d7e', 29: '#34495e',
}

const classColor: ExpressionSpecification = [
  'match', ['slice', ['to-string', ['get', 'category_code']], 0, 2],
  ...Object.entries(PLACE_CLASS_COLORS).flat(), '#7f8c8d',
] as unknown as ExpressionSpecification

const isType = (...types: string[]): FilterSpecification => ['in', ['geometry-type'], ['literal', types]]
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }

/**
 * The register's vector source (TileJSON at `/tiles/place_names.json`, tiles from zoom 10).
 * @param tilesOrigin - origin of the tile server (the page's by default)
 * @example Object.keys(placeRegisterSources('http://h')) // = ['app-tiles-place_names']
 */
export function placeRegisterSources(tilesOrigin?: string): Record<string, SourceSpecification> {
  return { [PLACE_REGISTER_SOURCE]: vectorTileSource(PLACE_REGISTER_TILE_LAYER, tilesOrigin) }
}

/**
 * Style layers of the whole register of standard names from vector tiles: areas lightly filled, lines
 * (rivers, roads) in blue-grey, points as small dots coloured by class; names along lines from zoom 12
 * and beside points from zoom 13. The tile carries `id`, `name`, `category_code`, `status`.
 * @param fontStack - `text-font` of the labels (local fonts)
 * @example placeRegisterLayers(['Noto Sans CJK SC']).map((l) => l.id) // = PLACE_REGISTER_LAYER_IDS
 */
export function placeRegisterLayers(fontStack: string[]): LayerSpecification[] {
  const common = { source: PLACE_REGISTER_SOURCE, 'source-layer': PLACE_REGISTER_TILE_LAYER } as const
  return [
    { id: 'place-names-fill', type: 'fill', ...common, filter: isType('Polygon', 'MultiPolygon'),
      paint: { 'fill-color': classColor, 'fill-opacity': 0.12, 'fill-outline-color': classColor } },
    { id: 'place-names-line', type: 'line', ...common, filter: isType('LineString', 'MultiLineString'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': classColor, 'line-opacity': 0.7, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 3] } },
    { id: 'place-names-point', type: 'circle', ...common, filter: isType('Point', 'MultiPoint'),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 1.8, 13, 3, 16, 4.5], 'circle-color': classColor,
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 13, 1],
      } },
    { id: 'place-names-line-label', type: 'symbol', ...common, filter: isType('LineString', 'MultiLineString'), minzoom: 12,
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 11, 'symbol-spacing': 300 },
      paint: { 'text-color': '#34495e', ...halo } },
    { id: 'place-names-label', type: 'symbol', ...common, filter: isType('Point', 'MultiPoint', 'Polygon', 'MultiPolygon'), minzoom: PLACE_LABEL_MIN_ZOOM,
      // Placed like the village labels (below the dot): where a village's committee is also a standard name at
      // the same point, the village label (placed first) hides this one instead of stacking a near-duplicate.
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-max-width': 8 },
      paint: { 'text-color': '#3b3b3b', ...halo } },
  ]
}
