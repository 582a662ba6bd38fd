import { ATTRIBUTE_LABELS, VALUE_LABELS } from './attribute-labels.ts'
import { BASE_COLUMN_LABELS } from './import-columns.ts'
import { findFacilityType } from './facility-types.ts'
import { facilityJsonSchema } from './facility-json-schema.ts'

/** A table ready for XLSX/CSV: header cells and rows. */
export interface Table {
  header: string[]
  rows: unknown[][]
}

/** What the export needs of a stored facility (API properties + point). */
export interface FacilityForTable {
  id: number
  type: string
  name: string
  address: string | null
  attributes: Record<string, unknown>
  status: string
  county_name: string | null
  division_name: string | null
  village_name: string | null
  source: string
  version: number
  lng: number
  lat: number
}

type Lang = 'zh' | 'en'

const INFO_HEADERS: Record<string, { zh: string; en: string }> = {
  id: { zh: '编号', en: 'ID' },
  status: { zh: '状态', en: 'Status' },
  county: { zh: '所属县区', en: 'County' },
  division: { zh: '所在乡镇', en: 'Division' },
  village: { zh: '服务村社区', en: 'Village' },
  source: { zh: '来源', en: 'Source' },
  version: { zh: '版本', en: 'Version' },
}

function label(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) {
    return value
      .map((v) => (typeof v === 'object' && v !== null && 'status' in v
        ? `${label((v as { status: string }).status, lang)}@${(v as { date: string }).date}`
        : label(v, lang)))
      .join(lang === 'zh' ? (typeof value[0] === 'object' ? '；' : '、') : '; ')
  }
  if (typeof value === 'string' && VALUE_LABELS[value]) return VALUE_LABELS[value][lang]
  return value
}

/**
 * Lays facilities out as one sheet that the importer reads back: labelled headers, type and values
 * as labels, ancestral-hall history as "status@date；…", WGS84 coordinates declared in a CRS column,
 * informational columns (id, status, divisions, provenance) that the importer ignores.
 * @param facilities facilities to export
 * @param lang header and value language
 * @returns the table
 */
export function facilityTable(facilities: readonly FacilityForTable[], lang: Lang): Table {
  const keys = new Set<string>()
  for (const type of new Set(facilities.map((f) => f.type))) {
    if (findFacilityType(type)) for (const k of Object.keys((facilityJsonSchema(type).properties ?? {}) as object)) keys.add(k)
  }
  const attributeKeys = Object.keys(ATTRIBUTE_LABELS).filter((k) => keys.has(k))
  const base = ['type', 'name', 'address', 'lng', 'lat', 'crs'] as const
  const header = [
    INFO_HEADERS.id![lang], ...base.map((c) => BASE_COLUMN_LABELS[c][lang]), INFO_HEADERS.status![lang], INFO_HEADERS.county![lang],
    INFO_HEADERS.division![lang], INFO_HEADERS.village![lang], ...attributeKeys.map((k) => ATTRIBUTE_LABELS[k]![lang]),
    INFO_HEADERS.source![lang], INFO_HEADERS.version![lang],
  ]
  const rows = facilities.map((f) => [
    f.id, findFacilityType(f.type)?.[lang] ?? f.type, f.name, f.address ?? '', f.lng, f.lat, 'WGS84',
    lang === 'zh' ? (f.status === 'active' ? '在用' : '已撤销') : f.status, f.county_name ?? '', f.division_name ?? '', f.village_name ?? '',
    ...attributeKeys.map((k) => (f.attributes[k] === undefined ? '' : label(f.attributes[k], lang))),
    f.source, f.version,
  ])
  return { header, rows }
}
