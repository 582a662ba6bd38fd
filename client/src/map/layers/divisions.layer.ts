import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import type { DivisionLevel } from '../../shared/geojson'
import { vectorTileSource, vectorTileSourceId } from '../sources/vector-tiles'

/** Division levels drawn by the base map, top down. */
export const BASE_MAP_LEVELS = ['county', 'township', 'village'] as const satisfies readonly DivisionLevel[]
export type BaseMapLevel = (typeof BASE_MAP_LEVELS)[number]

/** Zoom from which a level is drawn (and so fetched). */
export const LEVEL_MIN_ZOOM: Record<BaseMapLevel, number> = { county: 0, township: 9, village: 11 }

/** Levels small enough to load whole as GeoJSON (six counties, ~90 townships); villages come from vector tiles. */
export const GEOJSON_LEVELS = ['county', 'township'] as const satisfies readonly BaseMapLevel[]
export type GeoJsonLevel = (typeof GEOJSON_LEVELS)[number]

/** Server tile layer of the villages at their label points (most have no polygon), also their `source-layer`. */
export const VILLAGE_TILE_LAYER = 'divisions_village_points'
/** Vector source of the villages. */
export const VILLAGE_SOURCE = vectorTileSourceId(VILLAGE_TILE_LAYER)

/** Source holding a level's features. */
export const divisionSourceId = (level: GeoJsonLevel) => `app-divisions-${level}`
/** Source holding one label feature per division (its label point), so a MultiPolygon gets one label. */
export const divisionLabelSourceId = (level: GeoJsonLevel) => `app-divisions-${level}-labels`

/** Map layers of each level, used by the layer panel and click handling. */
export const DIVISION_LAYER_IDS: Record<BaseMapLevel, string[]> = {
  county: ['divisions-county-fill', 'divisions-county-line', 'divisions-county-label'],
  township: ['divisions-township-fill', 'divisions-township-line', 'divisions-township-label'],
  village: ['divisions-village-circle', 'divisions-village-label'],
}
/** Layers whose features open a popup on click, most specific first. */
export const DIVISION_CLICK_LAYER_IDS = ['divisions-village-circle', 'divisions-township-fill', 'divisions-county-fill']

/** Fill colours given to counties in code order (`palette_index`). Soft, distinct, colour-blind tolerant. */
export const COUNTY_PALETTE = ['#f4d6a0', '#bfe0c0', '#c9d7f0', '#f2c4c4', '#d9cbe8', '#f0e2b6', '#b8dcd8', '#e6d0bc']

const paletteColor: ExpressionSpecification = [
  'to-color', ['at', ['%', ['coalesce', ['get', 'palette_index'], 0], COUNTY_PALETTE.length], ['literal', COUNTY_PALETTE]],
]

/**
 * Empty GeoJSON sources for counties and townships and their labels, and the villages' vector-tile source.
 * @param tilesOrigin - origin of the tile server (the page's by default)
 */
export function divisionSources(tilesOrigin?: string): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {}
  for (const level of GEOJSON_LEVELS) {
    sources[divisionSourceId(level)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
    sources[divisionLabelSourceId(level)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
  }
  sources[VILLAGE_SOURCE] = vectorTileSource(VILLAGE_TILE_LAYER, tilesOrigin)
  return sources
}

/**
 * Style layers for divisions: county fill + line, township lines from zoom 9, village points from zoom 11
 * (vector tiles: `divisions_village_points` carries code, name, level, parent_code, urban_rural_code),
 * labels in Chinese from the `name` property.
 * @param fontStack - `text-font` of the labels (local fonts, see base-style.ts)
 */
export function divisionLayers(fontStack: string[]): LayerSpecification[] {
  const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6, 'text-halo-blur': 0.3 }
  return [
    { id: 'divisions-county-fill', type: 'fill', source: divisionSourceId('county'),
      paint: { 'fill-color': paletteColor, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 7, 0.85, 12, 0.45] } },
    { id: 'divisions-township-fill', type: 'fill', source: divisionSourceId('township'), minzoom: LEVEL_MIN_ZOOM.township,
      paint: { 'fill-color': '#ffffff', 'fill-opacity': 0 } },
    { id: 'divisions-township-line', type: 'line', source: divisionSourceId('township'), minzoom: LEVEL_MIN_ZOOM.township,
      paint: { 'line-color': '#7a8a80', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.6, 14, 1.6], 'line-dasharray': [3, 2] } },
    { id: 'divisions-county-line', type: 'line', source: divisionSourceId('county'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#4a5a52', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 2.6] } },
    { id: 'divisions-village-circle', type: 'circle', source: VILLAGE_SOURCE, 'source-layer': VILLAGE_TILE_LAYER, minzoom: LEVEL_MIN_ZOOM.village,
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2.5, 15, 5], 'circle-color': '#c0392b',
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } },
    { id: 'divisions-village-label', type: 'symbol', source: VILLAGE_SOURCE, 'source-layer': VILLAGE_TILE_LAYER, minzoom: 12,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top' },
      paint: { 'text-color': '#5b2c24', ...halo } },
    { id: 'divisions-township-label', type: 'symbol', source: divisionLabelSourceId('township'), minzoom: 9.5,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': ['interpolate', ['linear'], ['zoom'], 9.5, 11, 13, 14] },
      paint: { 'text-color': '#3d4a43', ...halo } },
    { id: 'divisions-county-label', type: 'symbol', source: divisionLabelSourceId('county'),
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 11, 18],
        // At city scale the six county names orient the reader: never let workspace labels (drawn above) hide them.
        'text-overlap': ['step', ['zoom'], 'always', 10, 'never'] },
      paint: { 'text-color': '#1f2d26', ...halo, 'text-halo-width': 2 } },
  ]
}
