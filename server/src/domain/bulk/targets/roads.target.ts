import type { Geometry } from 'geojson'
import { checkGeometry } from '../check-geometry.ts'
import { numberCell, textCell } from '../cell.ts'
import type { ImportIssue } from '../import-record.ts'
import type { ImportTarget } from '../import-target.ts'

/** A road centre line as read from a file. */
export interface RoadImportRow {
  source_name: string | null
  road_class: string
  width_m: number | null
  geometry: Geometry
}

const CLASSES = ['arterial', 'street', 'lane', 'highway', 'bridge', 'tunnel']

/** Road centre lines, named or not (the 有地无名 queue comes from the unnamed ones). */
export const roadsTarget: ImportTarget<RoadImportRow> = {
  id: 'roads',
  title: { zh: '道路', en: 'Roads' },
  permission: 'places.import',
  fields: [
    { name: 'source_name', aliases: ['name', '名称', '道路名称'], required: false },
    { name: 'road_class', aliases: ['class', '等级', '道路等级'], required: false },
    { name: 'width_m', aliases: ['width', '宽度'], required: false },
  ],
  parse(p, geometry, row) {
    const issues: ImportIssue[] = checkGeometry(geometry, ['LineString'], row)
    const name = textCell(p.source_name)
    if (name && name.length > 50) issues.push({ row, field: 'source_name', detail: 'name is longer than 50 characters' })
    const roadClass = textCell(p.road_class) ?? 'street'
    if (!CLASSES.includes(roadClass)) issues.push({ row, field: 'road_class', detail: `road_class must be one of ${CLASSES.join(', ')}` })
    const width = numberCell(p.width_m)
    if (width === undefined || (width !== null && (width <= 0 || width >= 200))) issues.push({ row, field: 'width_m', detail: 'width_m must be a number of metres in (0, 200)' })
    if (issues.length) return { ok: false, issues }
    return { ok: true, value: { source_name: name, road_class: roadClass, width_m: width ?? null, geometry: geometry! } }
  },
}
