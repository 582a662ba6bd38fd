import { FACILITY_TYPES, type FacilityTypeId } from './facility-types.ts'
import { facilityJsonSchema } from './facility-json-schema.ts'
import { parseAttributeCell, type PropertySchema } from './parse-attribute-cell.ts'
import { validateFacilityAttributes } from './validate-facility-attributes.ts'
import { convertToWgs84, type ImportCrs } from './convert-to-wgs84.ts'

/** A facility ready to be stored (coordinates already WGS84). */
export interface FacilityDraft {
  type: FacilityTypeId
  name: string
  address: string | null
  lng: number
  lat: number
  attributes: Record<string, unknown>
}

/** One problem in one cell of an import file. */
export interface RowError {
  /** 1-based row number as the planner sees it in the spreadsheet (header = row 1). */
  row: number
  column: string
  detail: string
}

/** Result of {@link parseFacilityRow}. */
export type RowParse = { valid: true; draft: FacilityDraft } | { valid: false; errors: RowError[] }

const isBlank = (v: unknown): boolean => v === undefined || v === null || String(v).trim() === ''

/** Type by id or by its Chinese or English label. */
function typeFor(cell: unknown): FacilityTypeId | undefined {
  const t = String(cell ?? '').trim()
  return FACILITY_TYPES.find((type) => type.id === t || type.zh === t || type.en.toLowerCase() === t.toLowerCase())?.id
}

function coordinate(cell: unknown, min: number, max: number): number | undefined {
  const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim())
  return Number.isFinite(n) && n >= min && n <= max && !isBlank(cell) ? n : undefined
}

/**
 * Validates one import row (cells keyed by canonical column, see `importColumnFor`): type, name,
 * coordinates in the file's declared system (converted to WGS84 here), and the type's attributes
 * (cells coerced by schema, then validated). Attribute cells that do not belong to the row's type
 * must be empty. Whether the point lies in a division is checked by the database afterwards.
 * @param cells canonical column → raw cell
 * @param row 1-based spreadsheet row number for the report
 * @param crs the coordinate system the file declared
 * @returns the draft, or every problem in the row
 */
export function parseFacilityRow(cells: Readonly<Record<string, unknown>>, row: number, crs: ImportCrs): RowParse {
  const errors: RowError[] = []
  const fail = (column: string, detail: string) => errors.push({ row, column, detail })
  const type = typeFor(cells.type)
  if (!type) fail('type', isBlank(cells.type) ? 'type is required' : `unknown facility type "${String(cells.type)}"`)
  const name = String(cells.name ?? '').trim()
  if (!name) fail('name', 'name is required')
  else if (name.length > 100) fail('name', 'name is longer than 100 characters')
  const lng = coordinate(cells.lng, -180, 180)
  const lat = coordinate(cells.lat, -90, 90)
  if (lng === undefined) fail('lng', `longitude "${String(cells.lng ?? '')}" is not a number in −180…180`)
  if (lat === undefined) fail('lat', `latitude "${String(cells.lat ?? '')}" is not a number in −90…90`)
  const attributes: Record<string, unknown> = {}
  let checkedAttributes: Record<string, unknown> = {}
  if (type) {
    const properties = (facilityJsonSchema(type).properties ?? {}) as Record<string, PropertySchema>
    for (const [column, cell] of Object.entries(cells)) {
      if (['type', 'name', 'address', 'lng', 'lat', 'crs'].includes(column) || isBlank(cell)) continue
      const schema = properties[column]
      if (!schema) {
        fail(column, `"${column}" does not apply to ${type}; leave it empty`)
        continue
      }
      const parsed = parseAttributeCell(cell, schema)
      if (parsed.ok) attributes[column] = parsed.value
      else fail(column, parsed.detail)
    }
    if (!errors.some((e) => e.column in properties)) {
      const checked = validateFacilityAttributes(type, attributes)
      if (checked.valid) checkedAttributes = checked.attributes
      else for (const e of checked.errors) fail(e.parameter.replace(/^attributes\./, ''), e.detail)
    }
  }
  if (errors.length || !type || lng === undefined || lat === undefined) return { valid: false, errors }
  const [wgsLng, wgsLat] = convertToWgs84([lng, lat], crs)
  const address = isBlank(cells.address) ? null : String(cells.address).trim()
  return { valid: true, draft: { type, name, address, lng: wgsLng, lat: wgsLat, attributes: checkedAttributes } }
}
