import type { Sheet } from './read-spreadsheet.ts'
import { importColumnFor } from './import-columns.ts'
import { parseFacilityRow, type FacilityDraft, type RowError } from './parse-facility-row.ts'
import { resolveImportCrs } from './resolve-import-crs.ts'
import type { ImportCrs } from './convert-to-wgs84.ts'

/** Largest import accepted in one file. */
export const MAX_IMPORT_ROWS = 10_000

/** Row-by-row outcome of an import file, before anything is written. */
export interface ImportCheck {
  crs: ImportCrs | null
  /** Data rows read (blank rows skipped). */
  rowCount: number
  /** Valid rows with their spreadsheet row numbers. */
  drafts: { row: number; draft: FacilityDraft }[]
  /** Every problem found; file-level problems are on row 1 (the header). */
  errors: RowError[]
}

const isBlankRow = (row: unknown[]): boolean => row.every((c) => c === null || c === undefined || String(c).trim() === '')

/**
 * Checks an import sheet: headers known and required columns present, coordinate system declared
 * (`resolveImportCrs`), then each row with `parseFacilityRow`. Pure: locating points in divisions
 * is the database's job afterwards.
 * @param sheet header and rows
 * @param declaredCrs the coordinate system sent with the upload, if any
 * @returns drafts and errors
 */
export function validateImportSheet(sheet: Sheet, declaredCrs: string | undefined): ImportCheck {
  const errors: RowError[] = []
  const columns = sheet.header.map((h) => (h === '' ? null : importColumnFor(h)))
  sheet.header.forEach((h, i) => {
    if (h !== '' && columns[i] === null) errors.push({ row: 1, column: h, detail: `unknown column "${h}"` })
  })
  for (const required of ['type', 'name', 'lng', 'lat']) {
    if (!columns.includes(required)) errors.push({ row: 1, column: required, detail: `missing column "${required}"` })
  }
  const data = sheet.rows.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlankRow(r.cells))
  if (data.length > MAX_IMPORT_ROWS) errors.push({ row: 1, column: '', detail: `more than ${MAX_IMPORT_ROWS} rows; split the file` })
  const crsColumn = columns.indexOf('crs')
  const crsValues = crsColumn < 0 ? [] : data.map((r) => String(r.cells[crsColumn] ?? '').trim()).filter(Boolean)
  const crs = resolveImportCrs(crsValues, declaredCrs)
  if (!crs.valid) errors.push({ row: 1, column: 'crs', detail: crs.detail })
  if (errors.length) return { crs: crs.valid ? crs.crs : null, rowCount: data.length, drafts: [], errors }
  const drafts: ImportCheck['drafts'] = []
  for (const { row, cells } of data) {
    const keyed: Record<string, unknown> = {}
    columns.forEach((key, i) => {
      if (key && key !== '#info') keyed[key] = cells[i]
    })
    const parsed = parseFacilityRow(keyed, row, crs.valid ? crs.crs : 'WGS84')
    if (parsed.valid) drafts.push({ row, draft: parsed.draft })
    else errors.push(...parsed.errors)
  }
  return { crs: crs.valid ? crs.crs : null, rowCount: data.length, drafts, errors }
}
