import { stringify } from 'csv-stringify/sync'
import type { Table } from './facility-table.ts'

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a BOM, so Excel opens Chinese text correctly.
 * @example tableToCsv({ header: ['名称'], rows: [['甲']] }) // = '\uFEFF名称\r\n甲\r\n'
 */
export function tableToCsv(table: Table): string {
  return `\uFEFF${stringify([table.header, ...table.rows], { record_delimiter: '\r\n' })}`
}
