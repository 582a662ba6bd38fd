import { parseFacilityRow, type FacilityDraft } from '../../facilities/parse-facility-row.ts'
import { checkGeometry } from '../check-geometry.ts'
import type { ImportTarget } from '../import-target.ts'

/**
 * Civil-affairs facilities. Rows are validated by the facilities domain (`parseFacilityRow`: type,
 * name, per-type attributes); a point geometry stands in for the lng/lat columns of a spreadsheet.
 */
export const facilitiesTarget: ImportTarget<FacilityDraft> = {
  id: 'facilities',
  title: { zh: '民政设施', en: 'Facilities' },
  permission: 'facilities.import',
  fields: [
    { name: 'type', aliases: ['类型', '设施类型'], required: true },
    { name: 'name', aliases: ['名称', '设施名称'], required: true },
    { name: 'address', aliases: ['地址'], required: false },
  ],
  parse(p, geometry, row) {
    const geometryIssues = checkGeometry(geometry, ['Point'], row)
    if (geometryIssues.length) return { ok: false, issues: geometryIssues }
    const [lng, lat] = (geometry as { coordinates: number[] }).coordinates
    const parsed = parseFacilityRow({ ...p, lng, lat }, row, 'WGS84')
    if (!parsed.valid) return { ok: false, issues: parsed.errors.map((e) => ({ row: e.row, field: e.column, detail: e.detail })) }
    return { ok: true, value: parsed.draft }
  },
}
