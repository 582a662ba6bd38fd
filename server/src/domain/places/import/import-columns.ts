/**
 * The register's exchange columns: the Chinese headers the bureau keeps in its spreadsheets, with the
 * English column names (database columns) accepted too. Export writes the Chinese headers, so an export
 * can be imported back unchanged.
 */
export const IMPORT_COLUMNS = [
  { key: 'name', headers: ['标准名称', '地名', '名称', 'name'] },
  { key: 'category', headers: ['类别代码', '类别', '地名类别', 'category_code', 'category'] },
  { key: 'lng', headers: ['经度', 'lng', 'longitude', 'lon'] },
  { key: 'lat', headers: ['纬度', 'lat', 'latitude'] },
  { key: 'geometry', headers: ['几何', '几何(GeoJSON)', 'geometry'] },
  { key: 'pinyin', headers: ['汉语拼音', '罗马字母拼写', 'pinyin'] },
  { key: 'location_description', headers: ['位置描述', '地理位置', 'location_description'] },
  { key: 'meaning', headers: ['含义', '地名含义', 'meaning'] },
  { key: 'origin', headers: ['来历', '历史沿革', '地名来历', 'origin'] },
  { key: 'approval_authority', headers: ['批准机关', '审批机关', 'approval_authority'] },
  { key: 'document_number', headers: ['批准文号', '文号', 'document_number'] },
  { key: 'approved_on', headers: ['批准日期', '批准时间', 'approved_on'] },
  { key: 'status', headers: ['状态', 'status'] },
  { key: 'source', headers: ['来源', '数据来源', 'source'] },
  { key: 'aliases', headers: ['曾用名', '别名', 'aliases'] },
] as const

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key']

/** The Chinese header each key is exported under. */
export const EXPORT_HEADERS: Record<ImportKey, string> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.headers[0]])) as Record<ImportKey, string>

/**
 * Map a file's header row to import keys (trimmed, case-insensitive for Latin headers); unknown headers are reported.
 * @example mapHeaders(['标准名称', '经度', '备注']) // = { keys: ['name', 'lng', null], unknown: ['备注'] }
 */
export function mapHeaders(headers: readonly string[]): { keys: Array<ImportKey | null>; unknown: string[] } {
  const keys = headers.map((h) => {
    const clean = String(h ?? '').trim().toLowerCase()
    return IMPORT_COLUMNS.find((c) => c.headers.some((x) => x.toLowerCase() === clean))?.key ?? null
  })
  return { keys, unknown: headers.filter((_h, i) => keys[i] === null && String(headers[i] ?? '').trim() !== '') }
}
