import { stringify } from 'csv-stringify/sync'
import { EXPORT_HEADERS, type ImportKey } from '../domain/places/import/import-columns.ts'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import { writeXlsx } from '../domain/places/write-xlsx.ts'
import type { Queryable } from './db.ts'
import type { buildPlaceSearch } from './places.search.ts'

/** Export columns in order: the import headers, so an export re-imports unchanged, plus read-only context. */
const COLUMNS: Array<{ key: ImportKey | 'id' | 'division_name' | 'county_name' | 'category_name'; header: string; width?: number }> = [
  { key: 'id', header: '编号', width: 8 },
  { key: 'name', header: EXPORT_HEADERS.name, width: 14 },
  { key: 'pinyin', header: EXPORT_HEADERS.pinyin, width: 20 },
  { key: 'category', header: EXPORT_HEADERS.category, width: 9 },
  { key: 'category_name', header: '类别名称', width: 14 },
  { key: 'county_name', header: '所在县（市、区）', width: 12 },
  { key: 'division_name', header: '所在乡镇（街道）', width: 14 },
  { key: 'lng', header: EXPORT_HEADERS.lng, width: 12 },
  { key: 'lat', header: EXPORT_HEADERS.lat, width: 12 },
  { key: 'geometry', header: EXPORT_HEADERS.geometry, width: 30 },
  { key: 'location_description', header: EXPORT_HEADERS.location_description, width: 24 },
  { key: 'meaning', header: EXPORT_HEADERS.meaning, width: 24 },
  { key: 'origin', header: EXPORT_HEADERS.origin, width: 24 },
  { key: 'approval_authority', header: EXPORT_HEADERS.approval_authority, width: 16 },
  { key: 'document_number', header: EXPORT_HEADERS.document_number, width: 16 },
  { key: 'approved_on', header: EXPORT_HEADERS.approved_on, width: 12 },
  { key: 'status', header: EXPORT_HEADERS.status, width: 10 },
  { key: 'source', header: EXPORT_HEADERS.source, width: 30 },
  { key: 'aliases', header: EXPORT_HEADERS.aliases, width: 16 },
]

const STATUS_ZH: Record<string, string> = { approved: '标准地名', proposed: '拟命名', in_notice: '公示中', retired: '已废止' }
const SELECT_ALIAS_NAMES = `SELECT place_id, string_agg(name, '、' ORDER BY id) AS names FROM place_name_aliases WHERE place_id = ANY ($1::bigint[]) GROUP BY place_id`

type Found = Record<string, unknown> & { id: number; geometry: { type: string; coordinates: number[] }; category_code: string; status: string }

/** The rows of a search as export records (Chinese column keys resolved later by format). */
export async function exportRows(q: Queryable, search: ReturnType<typeof buildPlaceSearch>) {
  const { rows } = await q.query<Found>(search.text, search.values)
  const aliases = new Map((await q.query<{ place_id: number; names: string }>(SELECT_ALIAS_NAMES, [rows.map((r) => r.id)])).rows.map((a) => [Number(a.place_id), a.names]))
  return rows.map((r) => {
    const point = r.geometry.type === 'Point'
    return {
      ...r,
      category: r.category_code,
      category_name: findPlaceCategory(r.category_code)?.name_zh ?? '',
      lng: point ? r.geometry.coordinates[0] : '',
      lat: point ? r.geometry.coordinates[1] : '',
      geometry_json: point ? '' : JSON.stringify(r.geometry),
      status_zh: STATUS_ZH[r.status] ?? r.status,
      aliases: aliases.get(Number(r.id)) ?? '',
    }
  })
}

type ExportRow = Awaited<ReturnType<typeof exportRows>>[number]
const cell = (r: ExportRow, key: string) => (key === 'geometry' ? r.geometry_json : key === 'status' ? r.status_zh : (r as Record<string, unknown>)[key] ?? '')

/** CSV with a BOM (so Excel opens UTF-8 Chinese correctly) and the Chinese headers. */
export function toCsv(rows: ExportRow[]): Buffer {
  const body = stringify([COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => cell(r, c.key)))])
  return Buffer.from(`\uFEFF${body}`, 'utf8')
}

/** XLSX, one sheet 地名 with the Chinese headers. */
export function toXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
  return writeXlsx([{ name: '地名', title, columns: COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    rows: rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c.key, cell(r, c.key)]))) }])
}

/** GeoJSON FeatureCollection: properties are the database column names (STYLE §3). */
export function toGeoJson(rows: ExportRow[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    numberReturned: rows.length,
    features: rows.map(({ geometry, geometry_json: _g, status_zh: _s, lng: _x, lat: _y, category: _c, ...rest }) => {
      const { score: _sc, match: _m, matched_name: _mn, total: _t, total_exact: _te, ...properties } = rest as Record<string, unknown>
      return { type: 'Feature', id: rest.id, geometry, properties }
    }),
  })
}
