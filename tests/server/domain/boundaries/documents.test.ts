import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { markerRegister, markerResults, type MarkerForDocument } from '../../../../server/src/domain/boundaries/documents/marker-tables.ts';
import { boundaryPointTable } from '../../../../server/src/domain/boundaries/documents/boundary-point-table.ts';
import { renderTableHtml } from '../../../../server/src/domain/boundaries/documents/render-table-html.ts';
import { renderTableXlsx } from '../../../../server/src/domain/boundaries/documents/render-table-xlsx.ts';
import { descriptionPage } from '../../../../server/src/domain/boundaries/documents/description-page.ts';
import { gaussKrugerCrs } from '../../../../server/src/domain/boundaries/gauss-kruger.ts';

const marker = (overrides: Partial<MarkerForDocument> = {}): MarkerForDocument => ({
  number: 'L-001A', line_name: '咸安区温泉街道—浮山街道线', type: 'paired', material: 'granite', status: 'placed',
  lng: 114.3, lat: 29.85, gk_x: 3303523.496, gk_y: 528989.384, gk_epsg: 4547, elevation: 42.5,
  reference_objects: [{ name: '电杆', bearing: 45, distance: 12.5 }], location_description: '<山脊>', ...overrides,
});

describe('markerRegister', () => {
  it('writes both coordinate systems, Chinese type names and the reference objects', () => {
    const doc = markerRegister('咸安区', [marker()]);
    expect(doc.rows[0]).toMatchObject({ type: '同号双立', material: '花岗岩', gk_x: '3303523.496', gk_y: '528989.384', references: '电杆 45° 12.5 m' });
    expect(doc.rows[0]!.lnglat).toBe('东经114°18′00.00″，北纬29°51′00.00″');
    expect(doc.notes[0]).toContain('EPSG:4547');
  });
});

describe('markerResults', () => {
  it('numbers rows and keeps 8 decimals of lon/lat and millimetres of GK', () => {
    const doc = markerResults('L', [marker(), marker({ number: 'L-002A', elevation: null })]);
    expect(doc.rows.map((r) => [r.seq, r.lng, r.gk_x, r.elevation])).toEqual([[1, '114.30000000', '3303523.496', '42.50'], [2, '114.30000000', '3303523.496', null]]);
  });
});

describe('boundaryPointTable', () => {
  it('lists the vertices west→east as J1… with the distance and direction to the next point', () => {
    const doc = boundaryPointTable('L', [{ code: 'L', name: 'L', coordinates: [[114.01, 30], [114, 30]] }], gaussKrugerCrs(114));
    expect(doc.rows.map((r) => [r.point, r.lng, r.direction])).toEqual([['J1', '114.00000000', '东（正东）'], ['J2', '114.01000000', null]]);
    expect(doc.rows[0]!.distance).toBe('964.86');
  });
});

describe('renderTableHtml', () => {
  it('escapes cell text and prints every row', () => {
    const html = renderTableHtml(markerRegister('咸安区', [marker(), marker({ number: 'L-002A' })]));
    expect(html).toContain('&lt;山脊&gt;');
    expect(html).not.toContain('<山脊>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('@page { size: A4 landscape');
  });
});

describe('renderTableXlsx', () => {
  it('writes a workbook whose numbers keep their printed precision', async () => {
    const bytes = await renderTableXlsx(markerResults('L', [marker()]));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('界桩成果表 Boundary marker results');
    const row = sheet.getRow(4);
    expect(row.getCell(2).value).toBe('L-001A');
    expect(row.getCell(3).value).toBe(3303523.496);
    expect(row.getCell(3).numFmt).toBe('0.000');
    expect(row.getCell(6).numFmt).toBe('0.00000000');
  });
});

describe('descriptionPage', () => {
  it('prints the escaped text under the line name', () => {
    const html = descriptionPage({ name: 'A—B线', code: 'A-B' }, '1. 自<起点>…');
    expect(html).toContain('<h1>A—B线</h1>');
    expect(html).toContain('1. 自&lt;起点&gt;…');
  });
});
