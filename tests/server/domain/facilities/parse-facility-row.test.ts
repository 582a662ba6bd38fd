import { describe, expect, it } from 'vitest'
import { parseFacilityRow } from '../../../../server/src/domain/facilities/parse-facility-row.ts'
import { importColumnFor } from '../../../../server/src/domain/facilities/import-columns.ts'
import { resolveImportCrs } from '../../../../server/src/domain/facilities/resolve-import-crs.ts'
import { parseAttributeCell } from '../../../../server/src/domain/facilities/parse-attribute-cell.ts'

const base = { type: '养老机构', name: ' 咸安区颐养院 ', lng: '114.3225', lat: 29.8413 }

describe('parseFacilityRow', () => {
  it('accepts Chinese labels for type and values and coerces cells by schema', () => {
    const r = parseFacilityRow(
      { ...base, beds: '1,200', occupied_beds: 800, care_levels: '自理、失能', last_inspection_result: '合格', last_inspection_date: '2024/5/1', operation_mode: '公建民营', operator: '康养公司' },
      2,
      'WGS84',
    )
    expect(r).toEqual({
      valid: true,
      draft: {
        type: 'elder_care_institution', name: '咸安区颐养院', address: null, lng: 114.3225, lat: 29.8413,
        attributes: { beds: 1200, occupied_beds: 800, care_levels: ['self_care', 'disabled'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01', operation_mode: 'public_private', operator: '康养公司' },
      },
    })
  })

  it('converts GCJ-02 coordinates on the way in', () => {
    const r = parseFacilityRow({ type: 'rural_mutual_aid_centre', name: '甲村互助点', lng: 114.3225, lat: 29.8413 }, 3, 'GCJ02')
    expect(r.valid && r.draft.lng).toBeLessThan(114.3225)
  })

  it('reports every problem of a row with its row number and column', () => {
    const r = parseFacilityRow({ type: '养老机构', name: '', lng: 'east', lat: 95, beds: 10, occupied_beds: 5, care_levels: '' }, 7, 'WGS84')
    expect(r.valid).toBe(false)
    if (r.valid) return
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[7, 'name'], [7, 'lng'], [7, 'lat'], [7, 'care_levels']])
  })

  it('reports cross-field rules by column', () => {
    const r = parseFacilityRow({ ...base, beds: 10, occupied_beds: 11, care_levels: '自理' }, 8, 'WGS84')
    expect(r.valid === false && r.errors).toEqual([{ row: 8, column: 'occupied_beds', detail: 'occupied_beds_exceed_beds' }])
  })

  it('rejects an unknown type and attributes that belong to another type', () => {
    const unknown = parseFacilityRow({ ...base, type: '敬老院' }, 2, 'WGS84')
    expect(unknown.valid === false && unknown.errors[0]).toMatchObject({ column: 'type', detail: expect.stringContaining('敬老院') })
    const foreign = parseFacilityRow({ type: 'emergency_shelter', name: '广场', lng: 114, lat: 30, capacity_persons: 500, plots: 3 }, 4, 'WGS84')
    expect(foreign.valid === false && foreign.errors.map((e) => e.column)).toEqual(['plots'])
  })

  it('parses an ancestral hall status history cell', () => {
    const r = parseFacilityRow({ type: '宗族祠堂', name: '陈氏宗祠', lng: 114, lat: 30, status_history: '在用@1988-03-01；改建为农村文化活动中心@2021-09-15' }, 2, 'WGS84')
    expect(r.valid && r.draft.attributes.status_history).toEqual([
      { status: 'active', date: '1988-03-01' },
      { status: 'converted_cultural_centre', date: '2021-09-15' },
    ])
    const bad = parseFacilityRow({ type: '宗族祠堂', name: '陈氏宗祠', lng: 114, lat: 30, status_history: '已拆除@2020-01-01;在用@2021-01-01' }, 2, 'WGS84')
    expect(bad.valid).toBe(false)
  })
})

describe('importColumnFor', () => {
  it('maps Chinese and English headers, ignoring case and spaces', () => {
    expect(['经度', 'Latitude', ' 床位数 ', 'used_plots', '可容纳人数', '坐标系', '设施类型'].map(importColumnFor)).toEqual(['lng', 'lat', 'beds', 'used_plots', 'capacity_persons', 'crs', 'type'])
  })

  it('returns null for an unknown header', () => {
    expect(importColumnFor('备注2')).toBeNull()
    expect(importColumnFor('  ')).toBeNull()
  })
})

describe('resolveImportCrs', () => {
  it('takes the file column, normalising spellings', () => {
    expect(resolveImportCrs(['GCJ-02', 'gcj02'], undefined)).toEqual({ valid: true, crs: 'GCJ02' })
    expect(resolveImportCrs(['CGCS2000'], '')).toEqual({ valid: true, crs: 'WGS84' })
  })

  it('takes the upload declaration when the file has no column', () => {
    expect(resolveImportCrs([], 'wgs84')).toEqual({ valid: true, crs: 'WGS84' })
  })

  it('refuses undeclared, mixed, unknown and contradictory systems', () => {
    expect(resolveImportCrs([], undefined).valid).toBe(false)
    expect(resolveImportCrs(['WGS84', 'GCJ02'], undefined).valid).toBe(false)
    expect(resolveImportCrs(['BD09'], undefined).valid).toBe(false)
    expect(resolveImportCrs(['WGS84'], 'GCJ02')).toMatchObject({ valid: false, detail: expect.stringContaining('says') })
  })
})

describe('parseAttributeCell', () => {
  it('parses numbers with separators and rejects text', () => {
    expect(parseAttributeCell('1,200', { type: 'integer' })).toEqual({ ok: true, value: 1200 })
    expect(parseAttributeCell('many', { type: 'integer' }).ok).toBe(false)
  })

  it('turns a spreadsheet Date into an ISO date', () => {
    expect(parseAttributeCell(new Date(Date.UTC(2024, 4, 1)), { type: 'string', format: 'date' })).toEqual({ ok: true, value: '2024-05-01' })
    expect(parseAttributeCell('2024年5月1日', { type: 'string', format: 'date' })).toEqual({ ok: true, value: '2024-05-01' })
  })

  it('rejects an enum value that is neither id nor label', () => {
    expect(parseAttributeCell('优秀', { type: 'string', enum: ['pass', 'fail'] }).ok).toBe(false)
  })
})
