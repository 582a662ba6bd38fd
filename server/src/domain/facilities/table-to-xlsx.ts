import ExcelJS from 'exceljs'
import type { Table } from './facility-table.ts'

/**
 * Writes tables as worksheets of one XLSX workbook (bold, frozen header; widths fitted to content).
 * @param sheets sheet name → table, in order
 * @returns the file bytes
 */
export async function tableToXlsx(sheets: readonly { name: string; table: Table }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Diming 地名'
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.addRow(table.header).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[table.header[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length))
      column.width = Math.min(60, Math.max(8, longest * 1.6))
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
