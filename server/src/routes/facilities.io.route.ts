import { z } from 'zod'
import { facilityTable } from '../domain/facilities/facility-table.ts'
import { readSpreadsheet } from '../domain/facilities/read-spreadsheet.ts'
import { tableToCsv } from '../domain/facilities/table-to-csv.ts'
import { tableToXlsx } from '../domain/facilities/table-to-xlsx.ts'
import { validateImportSheet } from '../domain/facilities/validate-import-sheet.ts'
import type { RowError } from '../domain/facilities/parse-facility-row.ts'
import { insertFacility, locatePoint, selectFacilities } from '../db/facilities.registry.ts'
import type { Queryable } from '../db/db.ts'
import { InvalidParameter } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { facilityFilterQuery, GEOJSON_MEDIA_TYPE, toFeature, XLSX_MEDIA_TYPE } from './facilities.schemas.ts'
import type { ZipLimits } from '../domain/zip/zip-limits.ts'
import { isZipRefusal, zipRefusedProblem } from './zip-refused.problem.ts'

const importQuery = z.object({
  crs: z.string().max(20).optional(),
  commit: z.enum(['true', 'false']).default('false'),
  filename: z.string().trim().min(1).max(120).optional(),
}).strict()

/** The import check plus the database's part: every valid point must lie in a division. */
async function checkImport(db: Queryable, bytes: Buffer, crs: string | undefined, zipLimits: ZipLimits) {
  const read = await readSpreadsheet(bytes, zipLimits)
  if (!read.valid && isZipRefusal(read.reason)) throw zipRefusedProblem(read.reason, read.detail)
  if (!read.valid) throw new InvalidParameter(read.detail, [{ parameter: 'body', detail: read.reason }])
  const check = validateImportSheet(read.sheet, crs)
  const located: { row: number; division_code: string; village_code: string | null }[] = []
  for (const { row, draft } of check.drafts) {
    const at = await locatePoint(db, draft.lng, draft.lat)
    if (at) located.push({ row, ...at })
    else check.errors.push({ row, column: 'lng', detail: `(${draft.lng.toFixed(6)}, ${draft.lat.toFixed(6)}) lies outside every division of this city` })
  }
  check.errors.sort((a, b) => a.row - b.row)
  return { check, located }
}

function report(check: ReturnType<typeof validateImportSheet>, errors: RowError[]) {
  const badRows = new Set(errors.map((e) => e.row))
  return {
    crs: check.crs,
    rows: check.rowCount,
    valid_rows: check.drafts.filter((d) => !badRows.has(d.row)).length,
    invalid_rows: [...badRows].filter((r) => r > 1).length,
    errors,
  }
}

/** Import (validate, then commit all-or-nothing) and export (XLSX, CSV, GeoJSON). */
export const facilitiesIoRoutes: RouteModule = [
  defineRoute({
    method: 'post',
    path: '/api/facilities/import',
    summary: 'Import facilities from XLSX/CSV: commit=false returns the row-by-row report; commit=true writes all rows or none',
    tags: ['facilities'],
    access: 'facilities.import',
    query: importQuery,
    bodyKind: 'raw',
    bodyLimit: '20mb',
    consumes: [XLSX_MEDIA_TYPE, 'text/csv', 'application/octet-stream'],
    responses: { 200: 'Validation report (nothing written)', 201: 'Imported', 400: 'File or rows invalid; nothing written', 413: 'XLSX refused by the zip-bomb guard; nothing written' },
    handler: async ({ res, query, body, user, deps, requestId }) => {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0)
      if (bytes.length === 0) throw new InvalidParameter('Send the XLSX or CSV file as the request body.', [{ parameter: 'body', detail: 'empty' }])
      const { check } = await checkImport(deps.db, bytes, query.crs, deps.config.zipLimits.upload)
      const summary = report(check, check.errors)
      if (query.commit === 'false') return summary
      if (summary.errors.length || check.drafts.length === 0) {
        const problem = new InvalidParameter(
          check.drafts.length === 0 && !summary.errors.length ? 'The file has no facility rows.' : `The file has ${summary.errors.length} problem(s); nothing was imported.`,
          summary.errors.map((e) => ({ parameter: `row ${e.row}${e.column ? ` ${e.column}` : ''}`, detail: e.detail })),
        )
        Object.assign(problem.extensions, { report: summary })
        throw problem
      }
      const source = `import:${query.filename ?? 'upload'}`
      const actor = { id: user?.id ?? null, username: user?.username ?? 'anonymous' }
      const ids = await deps.db.transaction(async (tx) => {
        const out: number[] = []
        for (const { draft } of check.drafts) out.push((await insertFacility(tx, draft, actor, source, requestId)).id)
        return out
      })
      res.status(201).json({ ...summary, imported: ids.length, ids })
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/facilities/export',
    summary: 'Export filtered facilities as XLSX, CSV (UTF-8 BOM) or GeoJSON; the sheet re-imports as new facilities',
    tags: ['facilities'],
    access: 'facilities.read_internal',
    query: facilityFilterQuery.extend({ format: z.enum(['xlsx', 'csv', 'geojson']).default('xlsx'), lang: z.enum(['zh', 'en']).default('zh') }),
    responses: {
      200: { description: 'File', contentType: `${XLSX_MEDIA_TYPE}, text/csv, ${GEOJSON_MEDIA_TYPE}` },
      400: 'Invalid parameter',
    },
    handler: async ({ res, query, deps }) => {
      const rows = await selectFacilities(deps.db, query)
      const stamp = new Date().toISOString().slice(0, 10)
      const name = `facilities-${stamp}`
      if (query.format === 'geojson') {
        res.type(GEOJSON_MEDIA_TYPE).attachment(`${name}.geojson`)
          .send(JSON.stringify({ type: 'FeatureCollection', numberMatched: rows.length, numberReturned: rows.length, features: rows.map(toFeature) }))
        return
      }
      const table = facilityTable(rows.map((r) => ({
        ...(r as unknown as Parameters<typeof facilityTable>[0][number]),
        lng: (r.geometry.coordinates as number[])[0]!, lat: (r.geometry.coordinates as number[])[1]!,
      })), query.lang)
      if (query.format === 'csv') {
        res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(tableToCsv(table))
        return
      }
      res.type(XLSX_MEDIA_TYPE).attachment(`${name}.xlsx`).send(await tableToXlsx([{ name: query.lang === 'zh' ? '设施' : 'Facilities', table }]))
    },
  }),
]
