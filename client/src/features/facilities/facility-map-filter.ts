import type { FacilityTileFilter } from '../../map/layers/facility-tiles.layer'
import type { FacilityCollection, FacilityFilters } from './facilities.api'

/**
 * What the registry map shows for the list's filters. Type and status are tile properties, so the map
 * filters them itself; division and text search are not, so then the map shows only the listed ids.
 * @param filters - the filter bar's values
 * @param listed - the facilities the list shows for them
 * @returns the map filter
 * @example facilityMapFilter({ status: 'active', q: '' }, fc) // = { types: [], status: 'active', ids: null }
 */
export function facilityMapFilter(filters: FacilityFilters, listed: FacilityCollection): FacilityTileFilter {
  const narrowed = Boolean(filters.division || filters.q?.trim())
  return {
    types: filters.type ?? [],
    status: filters.status ?? 'active',
    ids: narrowed ? listed.features.map((f) => f.properties.id) : null,
  }
}
