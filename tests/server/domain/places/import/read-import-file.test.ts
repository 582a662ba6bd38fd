import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { mapHeaders } from '../../../../../server/src/domain/places/import/import-columns.ts'
import { readImportFile } from '../../../../../server/src/domain/places/import/read-import-file.ts'

describe('mapHeaders', () => {
  it('maps Chinese and English headers and lists unknown ones', () => {
    expect(mapHeaders(['标准名称', 'Pinyin', ' 经度 ', '备注'])).toEqual({ keys: ['name', 'pinyin', 'lng', null], unknown: ['备注'] })
  })
})

describe('readImportFile', () => {
  it('reads UTF-8 CSV with a BOM, skipping blank lines, numbering rows as the file does', async () => {
    const t = await readImportFile('csv', Buffer.from('\uFEFF标准名称,经度\n桂花路,114.3\n\n丹桂路,114.4\n'))
    expect(t.rows).toEqual([{ row: 2, cells: { name: '桂花路', lng: '114.3' } }, { row: 4, cells: { name: '丹桂路', lng: '114.4' } }])
    expect(t.problems).toEqual([])
  })

  it('reads GBK CSV', async () => {
    const t = await readImportFile('csv', iconv.encode('标准名称\n温泉路\n', 'gbk'))
    expect(t.rows[0]!.cells.name).toBe('温泉路')
  })

  it('says when the name column is missing and when columns are ignored', async () => {
    const t = await readImportFile('csv', Buffer.from('名字,备注\n桂花路,x\n'))
    expect(t.problems.join('\n')).toContain('标准名称')
    expect(t.problems.join('\n')).toContain('备注')
  })

  it('reads the first sheet of an XLSX workbook, numbers and dates included', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('名录')
    sheet.addRow(['标准名称', '经度', '批准日期'])
    sheet.addRow(['桂花路', 114.3, new Date('2020-05-01T00:00:00Z')])
    const t = await readImportFile('xlsx', Buffer.from(await book.xlsx.writeBuffer()))
    expect(t.rows).toHaveLength(1)
    expect(t.rows[0]).toMatchObject({ row: 2, cells: { name: '桂花路', lng: 114.3 } })
    expect(t.rows[0]!.cells.approved_on).toBeInstanceOf(Date)
  })

  it('refuses bytes that are not a workbook, and GeoJSON that is not a FeatureCollection', async () => {
    expect((await readImportFile('xlsx', Buffer.from('hello'))).problems).toHaveLength(1)
    expect((await readImportFile('geojson', Buffer.from('{"type":"Feature"}'))).problems).toHaveLength(1)
    expect((await readImportFile('geojson', Buffer.from('{oops'))).problems).toHaveLength(1)
  })

  it('reads GeoJSON features: properties by header, geometry from the feature', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 标准名称: '桂花路', category_code: '2530' }, geometry: { type: 'Point', coordinates: [1, 2] } }] }
    const t = await readImportFile('geojson', Buffer.from(JSON.stringify(fc)))
    expect(t.rows).toEqual([{ row: 1, cells: { name: '桂花路', category: '2530', geometry: { type: 'Point', coordinates: [1, 2] } } }])
  })
})
