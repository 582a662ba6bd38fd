import type { Geometry } from 'geojson'
import { findPlaceCategory } from '../../places/place-categories.ts'
import { checkGeometry } from '../check-geometry.ts'
import { textCell } from '../cell.ts'
import type { ImportIssue } from '../import-record.ts'
import type { ImportTarget } from '../import-target.ts'

/** A place name as read from a file; the stored fields (pinyin keys, parts) are computed when storing. */
export interface PlaceNameImportRow {
  name: string
  category_code: string
  pinyin: string | null
  status: string
  geometry: Geometry
  location_description: string | null
  meaning: string | null
  origin: string | null
  approval_authority: string | null
  document_number: string | null
  approved_on: string | null
}

const STATUSES = ['proposed', 'in_notice', 'approved', 'retired']
const f = (name: string, aliases: string[], required = false) => ({ name, aliases, required })

/** Place names (标准地名), e.g. a county's register from the second national census. */
export const placeNamesTarget: ImportTarget<PlaceNameImportRow> = {
  id: 'place_names',
  title: { zh: '地名', en: 'Place names' },
  permission: 'places.import',
  fields: [
    f('name', ['标准名称', '名称', '地名'], true),
    f('category_code', ['类别代码', '类别', 'category', 'cat_code'], true),
    f('pinyin', ['罗马字母拼写', '拼音']),
    f('status', ['状态']),
    f('location_description', ['地理位置', 'location']),
    f('meaning', ['含义']),
    f('origin', ['来历']),
    f('approval_authority', ['批准机关', 'approval']),
    f('document_number', ['批准文号', 'doc_no']),
    f('approved_on', ['批准时间', 'approved']),
  ],
  parse(p, geometry, row) {
    const issues: ImportIssue[] = checkGeometry(geometry, ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'], row)
    const name = textCell(p.name)
    if (!name) issues.push({ row, field: 'name', detail: 'name is required' })
    else if (name.length > 50) issues.push({ row, field: 'name', detail: 'name is longer than 50 characters' })
    const category = textCell(p.category_code)
    if (!category || !findPlaceCategory(category)) issues.push({ row, field: 'category_code', detail: `unknown category code "${category ?? ''}"` })
    const status = textCell(p.status) ?? 'approved'
    if (!STATUSES.includes(status)) issues.push({ row, field: 'status', detail: `status must be one of ${STATUSES.join(', ')}` })
    const approvedOn = textCell(p.approved_on)
    if (approvedOn && !/^\d{4}-\d{2}-\d{2}$/.test(approvedOn)) issues.push({ row, field: 'approved_on', detail: 'approved_on must be YYYY-MM-DD' })
    if (issues.length) return { ok: false, issues }
    return {
      ok: true,
      value: {
        name: name!, category_code: category!, pinyin: textCell(p.pinyin), status, geometry: geometry!,
        location_description: textCell(p.location_description), meaning: textCell(p.meaning), origin: textCell(p.origin),
        approval_authority: textCell(p.approval_authority), document_number: textCell(p.document_number), approved_on: approvedOn,
      },
    }
  },
}
