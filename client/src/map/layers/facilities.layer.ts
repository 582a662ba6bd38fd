import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { drawFacilityIcon, facilityIconId, ICON_PIXEL_RATIO } from './facility-icon'

/** Default GeoJSON source of facilities (analysis layers; the registry is drawn from vector tiles, see facility-tiles.layer.ts). */
export const FACILITIES_SOURCE = 'app-facilities'

/** Cluster colour of each facility group (its types' icons share the hue). */
export const GROUP_COLORS: Record<string, string> = {
  welfare: '#c0392b', elder_care: '#2e6f95', funeral: '#566573', ancestral_hall: '#8e44ad', shelter: '#d35400',
}

/** Layer-id prefix of one group's registry layers. */
export const facilityGroupPrefix = (group: string) => `facilities-${group}`

/** Layer ids drawn by `facilityLayers` for a prefix (cluster, count, selection ring, icon, label). */
export const facilityLayerIds = (prefix: string) => [`${prefix}-cluster`, `${prefix}-cluster-count`, `${prefix}-selected`, `${prefix}-point`, `${prefix}-label`]

/** What the map needs of a facility type to draw it. */
export interface FacilitySymbol {
  id: string
  color: string
  glyph: string
}

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }

/**
 * Style layers for facilities: clusters (sized by count) when zoomed out, then one icon per facility
 * (retired ones faded), with names from zoom 14. Works for any source with `type` and `name` properties.
 * @param fontStack - local label fonts
 * @param source - GeoJSON source id (default the registry's)
 * @param prefix - layer id prefix (default 'facilities')
 * @param minIconSize - icon scale at zoom 8 (smaller for dense unclustered analysis layers)
 * @param clusterColor - fill of the cluster discs
 */
export function facilityLayers(fontStack: string[], source = FACILITIES_SOURCE, prefix = 'facilities', minIconSize = 0.7, clusterColor = '#2e6f95'): LayerSpecification[] {
  return [
    { id: `${prefix}-cluster`, type: 'circle', source, filter: ['has', 'point_count'],
      paint: {
        'circle-color': clusterColor, 'circle-opacity': 0.85, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24, 200, 30],
      } },
    { id: `${prefix}-cluster-count`, type: 'symbol', source, filter: ['has', 'point_count'],
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': fontStack, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' } },
    { id: `${prefix}-selected`, type: 'circle', source, filter: ['==', ['get', 'id'], -1],
      paint: { 'circle-radius': 17, 'circle-color': 'rgba(255, 214, 0, 0.35)', 'circle-stroke-color': '#f5a300', 'circle-stroke-width': 3 } },
    { id: `${prefix}-point`, type: 'symbol', source, filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'facility-', ['get', 'type']], 'icon-allow-overlap': true, 'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, minIconSize, 14, 1],
      },
      paint: { 'icon-opacity': ['case', ['==', ['get', 'status'], 'retired'], 0.4, 1] } },
    { id: `${prefix}-label`, type: 'symbol', source, filter: ['!', ['has', 'point_count']], minzoom: 14,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 12, 'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': '#1d3a4f', ...halo } },
  ]
}

/**
 * Registers one runtime-drawn icon per facility type (once per map).
 * @param map - the shared map
 * @param types - type ids with colour and glyph
 */
export function ensureFacilityIcons(map: MapLibreMap, types: readonly FacilitySymbol[]): void {
  for (const type of types) {
    const id = facilityIconId(type.id)
    if (map.hasImage(id)) continue
    const image = drawFacilityIcon(type.color, type.glyph)
    if (image) map.addImage(id, image, { pixelRatio: ICON_PIXEL_RATIO })
  }
}

/**
 * Sets the data of a clustered facility source, creating it (with clustering) the first time.
 * @param map - the shared map
 * @param data - facilities as GeoJSON points
 * @param source - source id (must start with `app-`)
 * @param cluster - cluster when zoomed out (off for small analysis layers)
 */
export function setClusteredFacilities(map: MapLibreMap, data: FeatureCollection, source = FACILITIES_SOURCE, cluster = true): void {
  const existing = map.getSource(source) as GeoJSONSource | undefined
  if (existing) existing.setData(data)
  else map.addSource(source, { type: 'geojson', data, cluster, clusterMaxZoom: 12, clusterRadius: 42, promoteId: 'id' })
}
