import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { checkZip } from '../../zip/check-zip.ts'
import { DefaultUploadZipLimits, type ZipLimits } from '../../zip/zip-limits.ts'
import { ZipRefused } from '../../zip/zip-refused.ts'
import { mapHeaders, type ImportKey } from './import-columns.ts'

/** The rows of an import file, keyed by column, with the file-level problems found. */
export interface ImportTable {
  rows: Array<{ row: number; cells: Partial<Record<ImportKey, unknown>> }>
  problems: string[]
}

export type ImportFormat = 'csv' | 'xlsx' | 'geojson'

/** Bureau CSVs are often saved by Excel in GBK: decode UTF-8 when it is valid, else GBK. */
function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const text = utf8.includes('\uFFFD') ? iconv.decode(bytes, 'gbk') : utf8
  return text.replace(/^\uFEFF/, '')
}

function keyed(headers: string[], values: unknown[]): Partial<Record<ImportKey, unknown>> {
  const { keys } = mapHeaders(headers)
  const cells: Partial<Record<ImportKey, unknown>> = {}
  keys.forEach((k, i) => { if (k) cells[k] = values[i] })
  return cells
}

/** Rows with the line number the officer sees in the file (header = 1). */
function fromGrid(grid: unknown[][], lines?: number[]): ImportTable {
  const [header, ...body] = grid
  if (!header) return { rows: [], problems: ['文件为空 / the file is empty'] }
  const headers = header.map((h) => String(h ?? '').trim())
  const { keys, unknown } = mapHeaders(headers)
  const problems = unknown.length ? [`忽略未知列 / ignored unknown columns: ${unknown.join('、')}`] : []
  if (!keys.includes('name')) problems.push('缺少“标准名称”列 / no 标准名称 (name) column')
  const rows = body
    .map((values, i) => ({ row: lines?.[i + 1] ?? i + 2, values }))
    .filter(({ values }) => values.some((v) => String(v ?? '').trim() !== ''))
    .map(({ row, values }) => ({ row, cells: keyed(headers, values) }))
  return { rows, problems }
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'result' in v) return v.result
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('')
  if (v && typeof v === 'object' && 'text' in v) return v.text
  return v
}

/**
 * Read an import file: CSV (UTF-8 or GBK), the first sheet of an XLSX workbook, or a GeoJSON
 * FeatureCollection (properties by the same headers, geometry from the feature). Row numbers are the
 * file's own (header = row 1; features from 1). An XLSX passes the zip guard before exceljs inflates it.
 * @param zipLimits zip-bomb limits (the route passes config `zipLimits.upload`; the default is the same upload limit)
 * @returns rows keyed by import column and file-level problems; throws `ZipRefused` for a zip bomb
 */
export async function readImportFile(format: ImportFormat, bytes: Buffer, zipLimits: ZipLimits = DefaultUploadZipLimits): Promise<ImportTable> {
  if (format === 'csv') {
    try {
      const records = parse(decodeText(bytes), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as Array<{ record: unknown[]; info: { lines: number } }>
      return fromGrid(records.map((r) => r.record), records.map((r) => r.info.lines))
    } catch (err) {
      return { rows: [], problems: [`CSV 无法解析 / unreadable CSV: ${(err as Error).message}`] }
    }
  }
  if (format === 'xlsx') {
    const book = new ExcelJS.Workbook()
    try {
      await checkZip(bytes, zipLimits)
      await book.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch (err) {
      if (err instanceof ZipRefused) throw err
      return { rows: [], problems: ['XLSX 无法读取 / unreadable XLSX workbook'] }
    }
    const sheet = book.worksheets[0]
    if (!sheet) return { rows: [], problems: ['工作簿没有工作表 / the workbook has no sheet'] }
    const grid: unknown[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, n) => { grid[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue) })
    return fromGrid(Array.from(grid, (r) => r ?? []))
  }
  let fc: unknown
  try { fc = JSON.parse(decodeText(bytes)) } catch { return { rows: [], problems: ['GeoJSON 无法解析 / unreadable GeoJSON'] } }
  const features = (fc as { type?: string; features?: unknown[] })?.type === 'FeatureCollection' ? (fc as { features: unknown[] }).features : null
  if (!Array.isArray(features)) return { rows: [], problems: ['需要 GeoJSON FeatureCollection / a GeoJSON FeatureCollection is required'] }
  return {
    problems: [],
    rows: features.map((f, i) => {
      const props = ((f as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>
      const headers = Object.keys(props)
      return { row: i + 1, cells: { ...keyed(headers, headers.map((h) => props[h])), geometry: (f as { geometry?: unknown }).geometry ?? '' } }
    }),
  }
}
