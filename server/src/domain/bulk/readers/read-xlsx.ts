import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { checkZip } from '../../zip/check-zip.ts'
import type { ZipLimits } from '../../zip/zip-limits.ts'
import { ZipRefused } from '../../zip/zip-refused.ts'
import { BadImportFile, ReasonBrokenArchive } from '../bad-import-file.ts'
import type { ImportRecord, RecordSource } from '../import-record.ts'
import { geometryFromColumns } from './geometry-from-columns.ts'

/** The plain value of an exceljs cell: rich text joined, formula results, hyperlink text, dates as YYYY-MM-DD. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v !== 'object') return v
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown }
  if (o.richText) return o.richText.map((r) => r.text).join('')
  if ('result' in o) return cellValue(o.result)
  if ('text' in o) return cellValue(o.text)
  return null
}

/**
 * Stream the first worksheet of an XLSX workbook (exceljs streaming reader): the first row names the
 * columns; geometry from `lng`/`lat` or a GeoJSON `geometry` column. exceljs inflates without limits,
 * so the workbook first passes the zip guard (`checkZip`): a zip bomb is refused before exceljs opens it.
 * @param path the file
 * @param zipLimits the zip-bomb limits (config `zipLimits.bulk`)
 * @returns the record source (tabular)
 * @example for await (const r of readXlsx('/tmp/places.xlsx').records) console.log(r.row) // 2, 3, …
 */
export function readXlsx(path: string, zipLimits: ZipLimits): RecordSource {
  async function* records(): AsyncGenerator<ImportRecord> {
    try {
      await checkZip(await readFile(path), zipLimits)
    } catch (err) {
      if (err instanceof ZipRefused) throw new BadImportFile(err.reason, err.message)
      throw new BadImportFile(ReasonBrokenArchive, `The workbook cannot be read: ${(err as Error).message}`)
    }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' })
    let header: string[] | null = null
    try {
      for await (const sheet of reader) {
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          const values = (row.values as unknown[]).slice(1).map(cellValue)
          if (!header) {
            header = values.map((v) => String(v ?? '').trim())
            continue
          }
          if (values.every((v) => v === null || String(v).trim() === '')) continue
          const cells: Record<string, unknown> = {}
          header.forEach((name, i) => {
            if (name) cells[name] = values[i] ?? null
          })
          const g = geometryFromColumns(cells)
          yield g.ok
            ? { row: row.number, properties: g.properties, geometry: g.geometry }
            : { row: row.number, properties: g.properties, geometry: null, geometryIssue: { field: g.field, detail: g.reason } }
        }
        break // first worksheet only
      }
    } catch (err) {
      if (err instanceof BadImportFile) throw err
      throw new BadImportFile(ReasonBrokenArchive, `The workbook cannot be read: ${(err as Error).message}`)
    }
  }
  return { tabular: true, records: records() }
}
