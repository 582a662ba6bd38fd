import type { Geometry } from 'geojson'
import { checkGeometry } from '../check-geometry.ts'
import { numberCell, textCell } from '../cell.ts'
import type { ImportIssue } from '../import-record.ts'
import type { ImportTarget } from '../import-target.ts'

/** An administrative division as read from a file (parents before children, or already stored). */
export interface DivisionImportRow {
  code: string
  admin_code: string | null
  name: string
  level: string
  parent_code: string | null
  urban_rural_code: string | null
  population_total: number | null
  population_aged_60_plus: number | null
  geometry: Geometry
}

const LEVELS = ['city', 'county', 'township', 'village']
const URBAN_RURAL = ['111', '112', '121', '122', '123', '210', '220']

function count(p: Record<string, unknown>, field: string, row: number, issues: ImportIssue[]): number | null {
  const n = numberCell(p[field])
  if (n === undefined || (n !== null && (!Number.isInteger(n) || n < 0))) {
    issues.push({ row, field, detail: `${field} must be a non-negative integer` })
    return null
  }
  return n
}

/** Administrative divisions with their polygons (statistical codes, 12 digits). */
export const divisionsTarget: ImportTarget<DivisionImportRow> = {
  id: 'divisions',
  title: { zh: '行政区划', en: 'Administrative divisions' },
  permission: 'divisions.write',
  fields: [
    { name: 'code', aliases: ['统计用区划代码', '区划代码'], required: true },
    { name: 'name', aliases: ['名称'], required: true },
    { name: 'level', aliases: ['层级'], required: true },
    { name: 'parent_code', aliases: ['上级代码', 'parent'], required: false },
    { name: 'admin_code', aliases: ['行政区划代码', 'adm_code'], required: false },
    { name: 'urban_rural_code', aliases: ['城乡分类代码', 'ur_code'], required: false },
    { name: 'population_total', aliases: ['总人口', 'pop_total'], required: false },
    { name: 'population_aged_60_plus', aliases: ['60岁以上人口', 'pop_60'], required: false },
  ],
  parse(p, geometry, row) {
    const issues: ImportIssue[] = checkGeometry(geometry, ['Polygon', 'MultiPolygon'], row)
    const code = textCell(p.code)
    if (!code || !/^\d{12}$/.test(code)) issues.push({ row, field: 'code', detail: 'code must be 12 digits' })
    const name = textCell(p.name)
    if (!name || name.length > 100) issues.push({ row, field: 'name', detail: 'name is required (at most 100 characters)' })
    const level = textCell(p.level)
    if (!level || !LEVELS.includes(level)) issues.push({ row, field: 'level', detail: `level must be one of ${LEVELS.join(', ')}` })
    const parent = textCell(p.parent_code)
    if (level && level !== 'city' && !parent) issues.push({ row, field: 'parent_code', detail: 'parent_code is required below city level' })
    const admin = textCell(p.admin_code)
    if (admin && !/^\d{6}$/.test(admin)) issues.push({ row, field: 'admin_code', detail: 'admin_code must be 6 digits' })
    const ur = textCell(p.urban_rural_code)
    if (ur && !URBAN_RURAL.includes(ur)) issues.push({ row, field: 'urban_rural_code', detail: `urban_rural_code must be one of ${URBAN_RURAL.join(', ')}` })
    const total = count(p, 'population_total', row, issues)
    const aged = count(p, 'population_aged_60_plus', row, issues)
    if (total !== null && aged !== null && aged > total) issues.push({ row, field: 'population_aged_60_plus', detail: 'cannot exceed population_total' })
    if (issues.length) return { ok: false, issues }
    return {
      ok: true,
      value: { code: code!, admin_code: admin, name: name!, level: level!, parent_code: parent, urban_rural_code: ur,
        population_total: total, population_aged_60_plus: aged, geometry: geometry! },
    }
  },
}
