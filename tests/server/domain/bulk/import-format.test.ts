import { describe, expect, it } from 'vitest'
import { formatFromFileName } from '../../../../server/src/domain/bulk/import-format.ts'

describe('formatFromFileName', () => {
  it.each([
    ['地名.geojson', 'geojson'], ['a.JSON', 'geojson'], ['设施.csv', 'csv'], ['roads.xlsx', 'xlsx'], ['道路.zip', 'shapefile'], ['x.kml', null], ['noext', null],
  ])('%s → %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format)
  })
})
