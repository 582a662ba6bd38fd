import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { checkZip } from '../zip/check-zip.ts'
import { DefaultUploadZipLimits, type ZipLimits } from '../zip/zip-limits.ts'
import { ZipRefused } from '../zip/zip-refused.ts'

/** A sheet as header cells plus data rows of raw cell values (strings, numbers, Dates). */
export interface Sheet {
  header: string[]
  rows: unknown[][]
}

/** Failure reason when the bytes are neither XLSX nor CSV. */
export const UnreadableSpreadsheet = 'unreadable_spreadsheet'

/** Plain value of an exceljs cell: formula results, rich text and hyperlinks flattened. */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; hyperlink?: string }
  if ('result' in v) return cellValue(v.result)
  if (v.richText) return v.richText.map((t) => t.text).join('')
  if (typeof v.text === 'string') return v.text
  return String(value)
}

/** UTF-8 when it decodes cleanly, else GB18030 (what Chinese Excel writes for "CSV"). */
function decodeCsv(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8')
  return utf8.includes('\uFFFD') ? iconv.decode(bytes, 'gb18030') : utf8
}

async function readXlsx(bytes: Buffer, zipLimits: ZipLimits): Promise<unknown[][]> {
  // exceljs inflates every entry without a limit: the zip guard goes first (zip bombs).
  await checkZip(bytes, zipLimits)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const out: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(cellValue)
    out[n - 1] = values
  })
  return Array.from(out, (r) => r ?? [])
}

/**
 * Reads the first sheet of an XLSX workbook or a CSV file (UTF-8 with or without BOM, or GB18030)
 * into header + rows. Row i of `rows` is spreadsheet row i + 2.
 * @param bytes the uploaded file
 * @param zipLimits zip-bomb limits for an XLSX (config `zipLimits.upload`)
 * @returns the sheet, or a reason when the bytes are not a spreadsheet (a zip-refused.ts reason for an XLSX past the limits)
 * @example await readSpreadsheet(Buffer.from('名称,经度\n甲,114\n')) // = { header: ['名称', '经度'], rows: [['甲', '114']] }
 */
export async function readSpreadsheet(bytes: Buffer, zipLimits: ZipLimits = DefaultUploadZipLimits): Promise<{ valid: true; sheet: Sheet } | { valid: false; reason: string; detail: string }> {
  let table: unknown[][]
  try {
    const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b
    table = isZip ? await readXlsx(bytes, zipLimits) : (parse(decodeCsv(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false }) as unknown[][])
  } catch (err) {
    if (err instanceof ZipRefused) return { valid: false, reason: err.reason, detail: err.message }
    return { valid: false, reason: UnreadableSpreadsheet, detail: `Not a readable XLSX or CSV file: ${(err as Error).message}` }
  }
  const [header = [], ...rows] = table
  return { valid: true, sheet: { header: header.map((h) => String(h ?? '').trim()), rows } }
}
