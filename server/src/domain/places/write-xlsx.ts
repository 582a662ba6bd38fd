import ExcelJS from 'exceljs'

/** One worksheet: headers (Chinese first, as the bureau keeps them), keys and rows. */
export interface SheetSpec {
  name: string
  title?: string
  columns: Array<{ header: string; key: string; width?: number }>
  rows: Array<Record<string, unknown>>
}

/**
 * Write worksheets into an XLSX file (header row bold and frozen; an optional title row above it).
 * @returns the file's bytes
 * @example await writeXlsx([{ name: '地名', columns: [{ header: '标准名称', key: 'name' }], rows: [{ name: '桂花路' }] }])
 */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Diming'
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name)
    const offset = spec.title ? 1 : 0
    if (spec.title) {
      sheet.addRow([spec.title]).font = { bold: true, size: 14 }
      sheet.mergeCells(1, 1, 1, Math.max(1, spec.columns.length))
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header))
    header.font = { bold: true }
    spec.columns.forEach((c, i) => { sheet.getColumn(i + 1).width = c.width ?? 16 })
    for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => row[c.key] ?? ''))
    sheet.views = [{ state: 'frozen', ySplit: offset + 1 }]
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
