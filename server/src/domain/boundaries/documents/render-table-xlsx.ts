import ExcelJS from 'exceljs';
import type { TableDocument } from './table-document.ts';

/**
 * An XLSX workbook for a table document: title, subtitle, a bold frozen header row, the rows
 * (numeric strings written as numbers) and the notes under the table.
 * @param doc the table
 * @returns the .xlsx file bytes
 * @example
 * (await renderTableXlsx({ title: 'T', subtitle: 'S', columns: [], rows: [], notes: [] })).subarray(0, 2).toString();
 * // = 'PK'
 */
export async function renderTableXlsx(doc: TableDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Diming';
  const sheet = workbook.addWorksheet(doc.title.split(' ')[0]!.slice(0, 31), { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = doc.columns.map((c) => ({ key: c.key, width: c.width ?? 14 }));
  sheet.addRow([doc.title]).font = { bold: true, size: 14 };
  sheet.addRow([doc.subtitle]);
  const header = sheet.addRow(doc.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => { cell.border = { bottom: { style: 'thin' } }; });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  for (const row of doc.rows) {
    const formats: Array<string | null> = [];
    const added = sheet.addRow(doc.columns.map((c) => {
      const value = row[c.key];
      if (c.align === 'right' && typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) {
        const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
        formats.push(decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');
        return Number(value);
      }
      formats.push(null);
      return value ?? null;
    }));
    // keep the printed precision (millimetres, 8 decimals) that a plain number would drop
    formats.forEach((format, i) => { if (format) added.getCell(i + 1).numFmt = format; });
  }
  sheet.addRow([]);
  for (const note of doc.notes) sheet.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
