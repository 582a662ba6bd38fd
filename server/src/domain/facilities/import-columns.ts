import { ATTRIBUTE_LABELS } from './attribute-labels.ts'

/** Fixed columns of an import/export file; everything else is an attribute key. */
export const BASE_COLUMNS = ['type', 'name', 'address', 'lng', 'lat', 'crs'] as const

/** One of {@link BASE_COLUMNS}. */
export type BaseColumn = (typeof BASE_COLUMNS)[number]

/** Header aliases (lower-cased) of the base columns, Chinese first as in the bureau's sheets. */
const BASE_ALIASES: Record<BaseColumn, string[]> = {
  type: ['类型', '设施类型', 'type'],
  name: ['名称', '设施名称', 'name'],
  address: ['地址', 'address'],
  lng: ['经度', 'lng', 'lon', 'longitude', 'x'],
  lat: ['纬度', 'lat', 'latitude', 'y'],
  crs: ['坐标系', 'crs', 'coordinate system'],
}

/** Bilingual header labels of the base columns (export header row). */
export const BASE_COLUMN_LABELS: Record<BaseColumn, { zh: string; en: string }> = {
  type: { zh: '类型', en: 'Type' },
  name: { zh: '名称', en: 'Name' },
  address: { zh: '地址', en: 'Address' },
  lng: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  crs: { zh: '坐标系', en: 'CRS' },
}

/**
 * Informational columns written by the export (id, status, divisions, provenance): accepted on
 * import and ignored, so an exported sheet can be edited and imported as new facilities.
 */
const INFO_ALIASES = ['编号', 'id', '状态', 'status', '所在乡镇', 'division', '服务村社区', 'village', '所属县区', 'county', '来源', 'source', '版本', 'version']

/**
 * Maps a header cell to its canonical column: a base column or an attribute key, by key or by its
 * Chinese or English label (case- and space-insensitive).
 * @param header the header text as found in the file
 * @returns the canonical key, '#info' for an ignored export column, or null when unknown (reported)
 * @example importColumnFor(' 床位数 ') // = 'beds'
 * @example importColumnFor('经度') // = 'lng'
 */
export function importColumnFor(header: string): string | null {
  const h = header.trim().toLowerCase()
  if (!h) return null
  for (const [key, aliases] of Object.entries(BASE_ALIASES)) if (aliases.includes(h)) return key
  if (INFO_ALIASES.includes(h)) return '#info'
  for (const [key, label] of Object.entries(ATTRIBUTE_LABELS)) {
    if (h === key || h === label.zh.toLowerCase() || h === label.en.toLowerCase()) return key
  }
  return null
}
