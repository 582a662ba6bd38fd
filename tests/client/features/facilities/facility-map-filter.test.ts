import { describe, expect, it } from 'vitest'
import { facilityMapFilter } from '../../../../client/src/features/facilities/facility-map-filter'
import type { FacilityCollection } from '../../../../client/src/features/facilities/facilities.api'

function createCollection(ids: number[]): FacilityCollection {
  return {
    type: 'FeatureCollection',
    features: ids.map((id) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [114.3, 29.8] }, properties: { id } as never })),
  }
}

describe('facilityMapFilter', () => {
  it('lets the tiles filter type and status, without an id list', () => {
    expect(facilityMapFilter({ type: ['funeral_home'], status: 'retired', q: '' }, createCollection([1, 2])))
      .toEqual({ types: ['funeral_home'], status: 'retired', ids: null })
  })

  it('shows only the listed facilities when a division or a text search narrows the list', () => {
    expect(facilityMapFilter({ status: 'active', division: '421202' }, createCollection([4, 5])).ids).toEqual([4, 5])
    expect(facilityMapFilter({ status: 'active', q: '敬老' }, createCollection([])).ids).toEqual([])
  })

  it('ignores a blank search and defaults to active facilities of every type', () => {
    expect(facilityMapFilter({ q: '   ' }, createCollection([1]))).toEqual({ types: [], status: 'active', ids: null })
  })
})
