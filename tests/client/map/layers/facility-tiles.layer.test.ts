import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { ExpressionSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import {
  FACILITY_ICON_MIN_ZOOM, facilityTileFilter, facilityTileLayerFor, facilityTileLayerIds, facilityTileLayers, selectedFacilityFilter,
  setFacilityTileFilter,
} from '../../../../client/src/map/layers/facility-tiles.layer'

const WELFARE = ['rural_welfare_home', 'children_welfare_centre']

/** Whether a tile feature with these properties passes a filter at a zoom. */
function passes(filter: ExpressionSpecification, properties: Record<string, unknown>, zoom = 12): boolean {
  return featureFilter(filter, 'layers[0].filter').filter({ zoom }, { type: 1, properties, geometry: [] } as never)
}

function createLayers(filter = facilityTileFilter(WELFARE, { types: [], status: 'active' })) {
  return facilityTileLayers({ fontStack: ['Noto Sans CJK SC'], tileLayer: 'facilities', prefix: 'facilities-welfare', color: '#c0392b', filter })
}

describe('facilityTileLayerFor', () => {
  it('uses the public active layer for active facilities and the internal one otherwise', () => {
    expect(facilityTileLayerFor('active')).toBe('facilities')
    expect(facilityTileLayerFor('retired')).toBe('facilities_all')
    expect(facilityTileLayerFor('all')).toBe('facilities_all')
  })
})

describe('facilityTileFilter', () => {
  it('keeps the group types, or only those chosen in the filter bar', () => {
    const all = facilityTileFilter(WELFARE, { types: [], status: 'all' })
    expect(passes(all, { type: 'children_welfare_centre', status: 'active' })).toBe(true)
    expect(passes(all, { type: 'funeral_home', status: 'active' })).toBe(false)
    const chosen = facilityTileFilter(WELFARE, { types: ['rural_welfare_home', 'funeral_home'], status: 'all' })
    expect(passes(chosen, { type: 'rural_welfare_home', status: 'active' })).toBe(true)
    expect(passes(chosen, { type: 'children_welfare_centre', status: 'active' })).toBe(false)
  })

  it('matches nothing when the chosen types are all of other groups', () => {
    const none = facilityTileFilter(WELFARE, { types: ['funeral_home'], status: 'all' })
    expect(passes(none, { type: 'rural_welfare_home', status: 'active' })).toBe(false)
  })

  it('filters the status unless all are asked for', () => {
    const retired = facilityTileFilter(WELFARE, { types: [], status: 'retired' })
    expect(passes(retired, { type: 'rural_welfare_home', status: 'retired' })).toBe(true)
    expect(passes(retired, { type: 'rural_welfare_home', status: 'active' })).toBe(false)
  })

  it('limits to the listed ids when the list is narrowed by filters the tiles do not carry', () => {
    const listed = facilityTileFilter(WELFARE, { types: [], status: 'active', ids: [7, 9] })
    expect(passes(listed, { id: 9, type: 'rural_welfare_home', status: 'active' })).toBe(true)
    expect(passes(listed, { id: 8, type: 'rural_welfare_home', status: 'active' })).toBe(false)
    const empty = facilityTileFilter(WELFARE, { types: [], status: 'active', ids: [] })
    expect(passes(empty, { id: 9, type: 'rural_welfare_home', status: 'active' })).toBe(false)
  })
})

describe('selectedFacilityFilter', () => {
  it('rings only the selected facility of the group, and none for null', () => {
    const base = facilityTileFilter(WELFARE, { types: [], status: 'active' })
    expect(passes(selectedFacilityFilter(base, 5), { id: 5, type: 'rural_welfare_home', status: 'active' })).toBe(true)
    expect(passes(selectedFacilityFilter(base, 5), { id: 5, type: 'funeral_home', status: 'active' })).toBe(false)
    expect(passes(selectedFacilityFilter(base, null), { id: 5, type: 'rural_welfare_home', status: 'active' })).toBe(false)
  })
})

describe('facilityTileLayers', () => {
  it('is valid style JSON drawing the vector tile layer', () => {
    const layers = createLayers()
    const style = { version: 8 as const, sources: { 'app-tiles-facilities': { type: 'vector' as const, url: 'http://h/tiles/facilities.json' } }, layers }
    expect(validateStyleMin(style)).toEqual([])
    for (const layer of layers) expect(layer).toMatchObject({ source: 'app-tiles-facilities', 'source-layer': 'facilities' })
    expect(layers.map((l) => l.id)).toEqual(facilityTileLayerIds('facilities-welfare'))
  })

  it('shows dots when zoomed out and icons per type from the icon zoom (tiles cannot cluster)', () => {
    const byId = Object.fromEntries(createLayers().map((l) => [l.id, l]))
    expect(byId['facilities-welfare-dot']).toMatchObject({ type: 'circle', maxzoom: FACILITY_ICON_MIN_ZOOM })
    expect(byId['facilities-welfare-point']).toMatchObject({ type: 'symbol', minzoom: FACILITY_ICON_MIN_ZOOM })
    expect(byId['facilities-welfare-point']?.layout).toMatchObject({ 'icon-image': ['concat', 'facility-', ['get', 'type']] })
  })
})

describe('setFacilityTileFilter', () => {
  it('sets the filter on the drawn layers and the selection on the ring', () => {
    const filters = new Map<string, unknown>()
    const map = { getLayer: (id: string) => id !== 'facilities-welfare-label', setFilter: (id: string, f: unknown) => filters.set(id, f) }
    const base = facilityTileFilter(WELFARE, { types: [], status: 'active' })
    setFacilityTileFilter(map as never, 'facilities-welfare', base, 3)
    expect(filters.get('facilities-welfare-dot')).toEqual(base)
    expect(filters.get('facilities-welfare-point')).toEqual(base)
    expect(filters.has('facilities-welfare-label')).toBe(false)
    expect(filters.get('facilities-welfare-selected')).toEqual(selectedFacilityFilter(base, 3))
  })
})
