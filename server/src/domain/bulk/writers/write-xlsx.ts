import type { Feature } from 'geojson'
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { featureHeader, featureRow } from './feature-row.ts'

/**
 * Stream features out as an XLSX workbook (exceljs streaming writer: rows are committed as written).
 * @param features the features
 * @param columns the property columns
 * @param sheetName the worksheet name
 * @param out the destination
 * @returns the number of rows written
 * @example await writeXlsx(features, ['code', 'name'], 'divisions', res) // = 8
 */
export async function writeXlsx(features: AsyncIterable<Feature>, columns: string[], sheetName: string, out: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31))
  sheet.addRow(featureHeader(columns)).commit()
  let n = 0
  for await (const f of features) {
    sheet.addRow(featureRow(f, columns)).commit()
    n++
  }
  sheet.commit()
  await workbook.commit()
  return n
}
