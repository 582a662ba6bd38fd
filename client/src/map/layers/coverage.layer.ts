import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'

/** Sources of a coverage analysis (ids start with `app-`). */
export const COVERAGE_TOWNSHIPS_SOURCE = 'app-coverage-townships'
/** One label point per township (a polygon source would repeat its label in every tile). */
export const COVERAGE_TOWNSHIP_LABELS_SOURCE = 'app-coverage-township-labels'
export const COVERAGE_VILLAGES_SOURCE = 'app-coverage-villages'
export const COVERAGE_SITES_SOURCE = 'app-coverage-sites'
export const COVERAGE_SUPPLY_SOURCE = 'app-coverage-supply'

/** Layers by role, for the layer panel and clicks. */
export const COVERAGE_LAYER_IDS = {
  choropleth: ['coverage-township-fill', 'coverage-township-line', 'coverage-township-label'],
  villages: ['coverage-village', 'coverage-village-delta'],
  sites: ['coverage-site', 'coverage-site-label'],
  supply: ['coverage-supply-cluster', 'coverage-supply-cluster-count', 'coverage-supply-point', 'coverage-supply-label'],
}
export const COVERAGE_VILLAGE_LAYER = 'coverage-village'
export const COVERAGE_SUPPLY_POINT_LAYER = 'coverage-supply-point'

/** Colours of the choropleth ramp: 0 % red → 50 % amber → 100 % green; no demand grey. */
export const RATE_RAMP: [number, string][] = [[0, '#d7301f'], [0.5, '#fdbb54'], [0.8, '#a6d96a'], [1, '#1a9850']]
export const NO_DATA_COLOR = '#cfd4d2'

const rateColor = [
  'case', ['==', ['get', 'rate'], null], NO_DATA_COLOR,
  ['interpolate', ['linear'], ['get', 'rate'], ...RATE_RAMP.flat()],
] as unknown as ExpressionSpecification

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }

/**
 * Coverage layers: township choropleth of the coverage rate (`rate` property, 0–1 or null) with the
 * percentage as label; villages green when covered, red and larger when not; the what-if delta as
 * rings (gained green, lost red); suggested sites as numbered purple discs.
 * @param fontStack - local label fonts
 */
export function coverageLayers(fontStack: string[]): LayerSpecification[] {
  return [
    { id: 'coverage-township-fill', type: 'fill', source: COVERAGE_TOWNSHIPS_SOURCE, paint: { 'fill-color': rateColor, 'fill-opacity': 0.55 } },
    { id: 'coverage-township-line', type: 'line', source: COVERAGE_TOWNSHIPS_SOURCE, paint: { 'line-color': '#5d6b66', 'line-width': 0.8 } },
    { id: 'coverage-township-label', type: 'symbol', source: COVERAGE_TOWNSHIP_LABELS_SOURCE, minzoom: 8.5,
      layout: { 'text-field': ['coalesce', ['get', 'label'], ''], 'text-font': fontStack, 'text-size': 11, 'text-allow-overlap': false },
      paint: { 'text-color': '#233', ...halo } },
    { id: 'coverage-village', type: 'circle', source: COVERAGE_VILLAGES_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['case', ['get', 'covered'], 2, 3.5], 13, ['case', ['get', 'covered'], 5, 8]],
        'circle-color': ['case', ['get', 'covered'], '#2e9e57', '#d7301f'],
        'circle-stroke-color': ['case', ['get', 'covered'], '#ffffff', '#7a0c00'],
        'circle-stroke-width': ['case', ['get', 'covered'], 0.5, 1.5],
      } },
    { id: 'coverage-village-delta', type: 'circle', source: COVERAGE_VILLAGES_SOURCE, filter: ['in', ['get', 'delta'], ['literal', ['gained', 'lost']]],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 7, 13, 14], 'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-width': 3, 'circle-stroke-color': ['case', ['==', ['get', 'delta'], 'gained'], '#00a651', '#e3001b'],
      } },
    { id: 'coverage-site', type: 'circle', source: COVERAGE_SITES_SOURCE,
      paint: { 'circle-radius': 11, 'circle-color': '#6a3d9a', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 } },
    { id: 'coverage-site-label', type: 'symbol', source: COVERAGE_SITES_SOURCE,
      layout: { 'text-field': ['to-string', ['get', 'rank']], 'text-font': fontStack, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' } },
  ]
}

/**
 * The current map as a PNG (for the report and the export). MapLibre clears its drawing buffer after
 * each frame, so the canvas is read inside the next `render` event.
 * @param map - the shared map
 * @returns a PNG blob, or null when the canvas cannot be read
 */
export async function captureMapPng(map: MapLibreMap): Promise<Blob | null> {
  // Wait until sources have parsed their data and tiles are drawn, or the image misses new layers.
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve())
    map.triggerRepaint()
  })
  return new Promise((resolve) => {
    map.once('render', () => {
      map.getCanvas().toBlob((blob) => resolve(blob), 'image/png')
    })
    map.triggerRepaint()
  })
}

/** An empty collection (to clear a source). */
export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] }
