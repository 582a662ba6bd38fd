import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { vectorTileSourceId } from '../sources/vector-tiles'

/**
 * Server tile layers of the facility registry: `facilities` holds the active ones (public, cached until the
 * data changes), `facilities_all` every status (staff only). Both carry `id`, `type`, `name`, `status`.
 */
export const FACILITY_TILE_LAYERS = { active: 'facilities', all: 'facilities_all' } as const
export type FacilityStatusFilter = 'active' | 'retired' | 'all'

/** Zoom from which each facility is an icon; below it a small dot in its group's colour (tiles cannot cluster). */
export const FACILITY_ICON_MIN_ZOOM = 11

/** What the registry layer shows: types (empty = all), status, and optionally only these ids (a list filter). */
export interface FacilityTileFilter {
  types: readonly string[]
  status: FacilityStatusFilter
  /** Facilities matching filters the tiles do not carry (division, text search); null = no such filter. */
  ids?: readonly number[] | null
}

/** The tile layer to draw for a status filter. @example facilityTileLayerFor('retired') // = 'facilities_all' */
export const facilityTileLayerFor = (status: FacilityStatusFilter): string =>
  status === 'active' ? FACILITY_TILE_LAYERS.active : FACILITY_TILE_LAYERS.all

/** Layer ids drawn by `facilityTileLayers` for a prefix (dot, selection ring, icon, label). */
export const facilityTileLayerIds = (prefix: string) => [`${prefix}-dot`, `${prefix}-selected`, `${prefix}-point`, `${prefix}-label`]

/**
 * The style filter of one group's layers.
 * @param groupTypes - the group's type ids
 * @param filter - the registry's current filter
 * @returns a MapLibre filter expression
 * @example facilityTileFilter(['funeral_home'], { types: [], status: 'all' }) // = ['all', ['in', ['get', 'type'], ['literal', ['funeral_home']]]]
 */
export function facilityTileFilter(groupTypes: readonly string[], filter: FacilityTileFilter): ExpressionSpecification {
  const types = filter.types.length ? groupTypes.filter((t) => filter.types.includes(t)) : groupTypes
  const parts: ExpressionSpecification[] = [['in', ['get', 'type'], ['literal', [...types]]]]
  if (filter.status !== 'all') parts.push(['==', ['get', 'status'], filter.status])
  if (filter.ids) parts.push(['in', ['to-number', ['get', 'id']], ['literal', [...filter.ids]]])
  return ['all', ...parts]
}

/** The selection ring's filter: the group's filter and this id (-1 matches nothing). */
export function selectedFacilityFilter(base: ExpressionSpecification, id: number | null): ExpressionSpecification {
  return ['all', base, ['==', ['to-number', ['get', 'id']], id ?? -1]]
}

/**
 * Style layers of one facility group from vector tiles: dots coloured by group when zoomed out, one icon
 * per facility (`facility-<type>`, retired ones faded) from `FACILITY_ICON_MIN_ZOOM`, names from zoom 14.
 * @param options.fontStack - local label fonts
 * @param options.tileLayer - `facilities` or `facilities_all`
 * @param options.prefix - layer id prefix, e.g. 'facilities-welfare'
 * @param options.color - dot colour
 * @param options.filter - from `facilityTileFilter`
 */
export function facilityTileLayers(options: { fontStack: string[]; tileLayer: string; prefix: string; color: string; filter: ExpressionSpecification }): LayerSpecification[] {
  const { fontStack, tileLayer, prefix, color, filter } = options
  const common = { source: vectorTileSourceId(tileLayer), 'source-layer': tileLayer } as const
  const faded: ExpressionSpecification = ['case', ['==', ['get', 'status'], 'retired'], 0.4, 1]
  return [
    { id: `${prefix}-dot`, type: 'circle', ...common, filter, maxzoom: FACILITY_ICON_MIN_ZOOM,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 9, 2.5, 11, 3.5], 'circle-color': color, 'circle-opacity': faded,
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 6, 0.3, 10, 0.8],
      } },
    { id: `${prefix}-selected`, type: 'circle', ...common, filter: selectedFacilityFilter(filter, null),
      paint: { 'circle-radius': ['step', ['zoom'], 8, FACILITY_ICON_MIN_ZOOM, 17], 'circle-color': 'rgba(255, 214, 0, 0.35)', 'circle-stroke-color': '#f5a300', 'circle-stroke-width': 3 } },
    { id: `${prefix}-point`, type: 'symbol', ...common, filter, minzoom: FACILITY_ICON_MIN_ZOOM,
      layout: {
        'icon-image': ['concat', 'facility-', ['get', 'type']], 'icon-allow-overlap': true, 'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], FACILITY_ICON_MIN_ZOOM, 0.7, 14, 1],
      },
      paint: { 'icon-opacity': faded } },
    { id: `${prefix}-label`, type: 'symbol', ...common, filter, minzoom: 14,
      layout: { 'text-field': ['get', 'name'], 'text-font': fontStack, 'text-size': 12, 'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': '#1d3a4f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } },
  ]
}

/**
 * Applies a new filter to one group's layers and its selection ring.
 * @param map - the shared map
 * @param prefix - the group's layer id prefix
 * @param filter - from `facilityTileFilter`
 * @param selectedId - the selected facility, or null
 */
export function setFacilityTileFilter(map: MapLibreMap, prefix: string, filter: ExpressionSpecification, selectedId: number | null): void {
  for (const id of [`${prefix}-dot`, `${prefix}-point`, `${prefix}-label`]) if (map.getLayer(id)) map.setFilter(id, filter)
  if (map.getLayer(`${prefix}-selected`)) map.setFilter(`${prefix}-selected`, selectedFacilityFilter(filter, selectedId))
}
