import { IMPORT_CRS, type ImportCrs } from './convert-to-wgs84.ts'

/** Result of {@link resolveImportCrs}. */
export type CrsResolution = { valid: true; crs: ImportCrs } | { valid: false; detail: string }

/** 'GCJ-02', 'gcj02', '火星坐标' → 'GCJ02'; 'WGS-84', 'CGCS2000' → 'WGS84'. */
function normalise(text: string): ImportCrs | undefined {
  const t = text.trim().toUpperCase().replace(/[-_\s]/g, '')
  if (['GCJ02', '火星坐标', '国测局坐标'].includes(t)) return 'GCJ02'
  if (['WGS84', 'EPSG:4326', 'CGCS2000', 'EPSG:4490'].includes(t)) return 'WGS84'
  return IMPORT_CRS.find((c) => c === t)
}

/**
 * Decides the coordinate system of an import file. The file declares it, in a 坐标系/crs column
 * (one value for the whole file) or in the upload form; the two must agree, and undeclared is an
 * error — guessing would silently shift every point by ~500 m.
 * @param columnValues the non-empty values of the crs column (empty when the file has none)
 * @param declared the value sent with the upload, if any
 * @returns the system or why it cannot be decided
 * @example resolveImportCrs(['GCJ-02', 'gcj02'], undefined) // = { valid: true, crs: 'GCJ02' }
 */
export function resolveImportCrs(columnValues: readonly string[], declared: string | undefined): CrsResolution {
  const inFile = [...new Set(columnValues.map((v) => normalise(v) ?? `?${v}`))]
  const unknown = inFile.filter((v) => v.startsWith('?'))
  if (unknown.length) return { valid: false, detail: `unknown coordinate system ${unknown.map((u) => `"${u.slice(1)}"`).join(', ')}; use WGS84 or GCJ02` }
  if (inFile.length > 1) return { valid: false, detail: 'the file mixes coordinate systems; one file, one system' }
  const fromForm = declared === undefined || declared === '' ? undefined : normalise(declared)
  if (declared && !fromForm) return { valid: false, detail: `unknown coordinate system "${declared}"; use WGS84 or GCJ02` }
  const fromFile = inFile[0] as ImportCrs | undefined
  if (fromFile && fromForm && fromFile !== fromForm) {
    return { valid: false, detail: `the file says ${fromFile} but the upload says ${fromForm}` }
  }
  const crs = fromFile ?? fromForm
  return crs ? { valid: true, crs } : { valid: false, detail: 'declare the coordinate system (WGS84 or GCJ02) in a 坐标系 column or with the upload' }
}
