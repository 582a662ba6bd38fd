import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, exportUrl } from '../../../client/src/features/bulk/bulk.api'
import en from '../../../client/src/locales/en/bulk.json'
import zh from '../../../client/src/locales/zh-CN/bulk.json'
import { ZipRefusalReasons } from '../../../server/src/domain/zip/zip-refused.ts'

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))

describe('exportUrl', () => {
  it('builds the export URL with the format and the filters', () => {
    expect(exportUrl('divisions', 'csv', { level: 'county' })).toBe('/api/bulk/exports/divisions?format=csv&level=county')
  })
  it('encodes Chinese filter values', () => {
    expect(exportUrl('place_names', 'geojson', { name: '桂花路' })).toBe(`/api/bulk/exports/place_names?format=geojson&name=${encodeURIComponent('桂花路')}`)
  })
})

describe('bulk locale files', () => {
  it('have the same keys in zh-CN and en, a label per export format', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
    for (const f of EXPORT_FORMATS) expect(keys(zh)).toContain(`bulk.export.format.${f}`)
  })
  it('label every reason the zip guard gives in an import report', () => {
    for (const reason of ZipRefusalReasons) expect(keys(zh)).toContain(`bulk.fileError.${reason}`)
  })
})
