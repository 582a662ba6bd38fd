import { describe, expect, it } from 'vitest'
import { validateImportRow } from '../../../../../server/src/domain/places/import/validate-import-row.ts'

const cells = (over: Record<string, unknown> = {}) => ({ name: '桂花路', category: '2530', lng: '114.3', lat: '29.85', ...over })
const columns = (over: Record<string, unknown>) => validateImportRow(7, cells(over)).issues.filter((i) => i.level === 'error').map((i) => i.column)

describe('validateImportRow', () => {
  it('returns a clean row with a point from the coordinates and defaults', () => {
    const { row, issues } = validateImportRow(2, cells({ aliases: '老桂花街、桂花巷', status: '' }))
    expect(issues).toEqual([])
    expect(row).toMatchObject({ row: 2, name: '桂花路', category_code: '2530', status: 'approved', aliases: ['老桂花街', '桂花巷'],
      geometry: { type: 'Point', coordinates: [114.3, 29.85] } })
  })

  it('accepts a class by its Chinese name and a status in Chinese', () => {
    expect(validateImportRow(2, cells({ category: '村民委员会', status: '已废止' })).row).toMatchObject({ category_code: '2310', status: 'retired' })
  })

  it('reads a GeoJSON geometry cell', () => {
    const { row } = validateImportRow(2, cells({ lng: '', lat: '', geometry: '{"type":"LineString","coordinates":[[114.3,29.85],[114.31,29.85]]}' }))
    expect(row?.geometry.type).toBe('LineString')
  })

  it.each([
    [{ name: '' }, 'name'],
    [{ name: '桂'.repeat(60) }, 'name'],
    [{ name: 'Guihua Road' }, 'name'],
    [{ category: '道路类' }, 'category'],
    [{ lng: '' }, 'lng'],
    [{ lng: '200' }, 'lng'],
    [{ lng: 'abc' }, 'lng'],
    [{ geometry: '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}' }, 'geometry'],
    [{ geometry: 'not json' }, 'geometry'],
    [{ approved_on: '2024/5/1' }, 'approved_on'],
    [{ status: '作废' }, 'status'],
    [{ pinyin: 'Guihua<Lu>' }, 'pinyin'],
    [{ meaning: '义'.repeat(1001) }, 'meaning'],
    [{ aliases: 'Old Street' }, 'aliases'],
  ])('reports %j as an error in column %s and returns no row', (over, column) => {
    expect(columns(over)).toEqual([column])
    expect(validateImportRow(7, cells(over)).row).toBeNull()
  })

  it('reports several errors of one row at once, with its row number', () => {
    const { issues } = validateImportRow(9, { name: '', category: 'x' })
    expect(issues.map((i) => [i.row, i.column])).toEqual([[9, 'name'], [9, 'category'], [9, 'lng']])
  })
})
