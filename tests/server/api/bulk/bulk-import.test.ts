import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestSession } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { featureCollection, importFile } from './bulk-helpers.ts'

const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogr2ogr')
const t = useTestDb()
let app: TestApp
let admin: TestSession
let dir = ''

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db)
  admin = await app.as('admin')
  dir = mkdtempSync(path.join(tmpdir(), 'diming-bulk-'))
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const count = async (table: string) => Number((await t.db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM ${table}`)).rows[0]!.n)

describe('POST /api/bulk/imports (GeoJSON place names)', () => {
  it('imports every feature with the division and pinyin derived on the server, and audits it', async () => {
    const body = featureCollection([
      [{ name: '温泉路', category_code: '25', division_code: '999999999999' }, { type: 'LineString', coordinates: [[114.25, 29.86], [114.3, 29.87]] }],
      [{ 名称: '桂花村', 类别代码: '25', approved_on: '2020-01-15' }, { type: 'Point', coordinates: [114.27, 29.87] }],
    ])
    const job = await importFile(admin, body, { target: 'place_names', filename: '地名.geojson' })
    expect(job.status).toBe('succeeded')
    expect(job.report).toMatchObject({ ok: true, rowsRead: 2, rowsImported: 2, issueCount: 0 })
    expect(job.progress.fraction).toBe(1)
    const { rows } = await t.db.query<{ name: string; division_code: string; pinyin: string; source: string }>(
      'SELECT name, division_code, pinyin, source FROM place_names ORDER BY name')
    expect(rows).toEqual([
      expect.objectContaining({ name: '桂花村', division_code: '421202001001', source: 'import:地名.geojson' }),
      expect.objectContaining({ name: '温泉路', division_code: '421202001001' }),
    ])
    expect(rows.every((r) => r.pinyin.length > 0)).toBe(true)
    const audit = await t.db.query("SELECT 1 FROM audit_log WHERE action = 'bulk.import' AND entity_type = 'place_names'")
    expect(audit.rowCount).toBe(1)
  })

  it('imports nothing when one geometry is invalid (self-intersecting) and reports that row', async () => {
    const before = await count('place_names')
    const body = featureCollection([
      [{ name: '甲湖', category_code: '25' }, { type: 'Point', coordinates: [114.27, 29.87] }],
      [{ name: '乙湖', category_code: '25' }, { type: 'Polygon', coordinates: [[[114.2, 29.8], [114.3, 29.9], [114.3, 29.8], [114.2, 29.9], [114.2, 29.8]]] }],
    ])
    const job = await importFile(admin, body, { target: 'place_names', filename: 'bad.geojson' })
    expect(job.status).toBe('failed')
    expect(job.report.rowsImported).toBe(0)
    expect(job.report.issues).toEqual([expect.objectContaining({ row: 2, field: 'geometry', detail: expect.stringMatching(/invalid geometry/i) })])
    expect(await count('place_names')).toBe(before)
  })

  it('reports every bad row (unclosed ring, unknown category, outside the city) and imports nothing', async () => {
    const before = await count('place_names')
    const body = featureCollection([
      [{ name: '丙湖', category_code: '25' }, { type: 'Polygon', coordinates: [[[114.2, 29.8], [114.3, 29.9], [114.3, 29.8], [114.21, 29.8]]] }],
      [{ name: '丁湖', category_code: '99' }, { type: 'Point', coordinates: [114.27, 29.87] }],
      [{ name: '戊湖', category_code: '25' }, { type: 'Point', coordinates: [100, 20] }],
    ])
    const job = await importFile(admin, body, { target: 'place_names', filename: 'bad2.geojson' })
    expect(job.report.issues.map((i: { row: number; field: string }) => `${i.row}:${i.field}`)).toEqual(['1:geometry', '2:category_code'])
    expect(await count('place_names')).toBe(before)
  })

  it('refuses a file that is not JSON', async () => {
    const job = await importFile(admin, '{"type":"FeatureCollection","features":[{"type":', { target: 'place_names', filename: 'x.geojson' })
    expect(job.report.fileError).toMatchObject({ reason: 'not_parseable' })
  })

  it('forbids a role without the import permission', async () => {
    const viewer = await app.as('viewer')
    const res = await viewer.agent.post('/api/bulk/imports?target=place_names&filename=a.geojson').set('X-CSRF-Token', viewer.csrf).send('{}')
    expect(res.status).toBe(403)
    expect(res.headers['content-type']).toMatch(/problem\+json/)
  })
})

describe('POST /api/bulk/imports (CSV, XLSX)', () => {
  it('imports a GBK CSV with Chinese headers (facilities), detecting the encoding', async () => {
    const csv = '类型,名称,地址,经度,纬度,cremators,beds\nfuneral_home,温泉殡仪馆,温泉路1号,114.27,29.87,2,\nrescue_station,汀泗桥救助站,,114.1,29.7,,12\n'
    const job = await importFile(admin, iconv.encode(csv, 'gbk'), { target: 'facilities', filename: '设施.csv' })
    expect(job.report).toMatchObject({ ok: true, rowsImported: 2 })
    const { rows } = await t.db.query<{ name: string; division_code: string; village_code: string | null }>(
      'SELECT name, division_code, village_code FROM facilities ORDER BY name')
    expect(rows).toEqual([
      { name: '汀泗桥救助站', division_code: '421202100000', village_code: null },
      { name: '温泉殡仪馆', division_code: '421202001000', village_code: '421202001001' },
    ])
  })

  it('refuses a CSV declared UTF-8 that is GBK', async () => {
    const csv = iconv.encode('type,name,lng,lat\nfuneral_home,温泉,114.27,29.87\n', 'gbk')
    const job = await importFile(admin, csv, { target: 'facilities', filename: 'f.csv', encoding: 'utf-8' })
    expect(job.report.fileError).toMatchObject({ reason: 'bad_encoding' })
  })

  it('refuses a CSV missing a required column, importing nothing', async () => {
    const before = await count('facilities')
    const job = await importFile(admin, 'type,lng,lat\nfuneral_home,114.27,29.87\n', { target: 'facilities', filename: 'f.csv' })
    expect(job.report.fileError).toMatchObject({ reason: 'missing_columns', detail: expect.stringContaining('name') })
    expect(await count('facilities')).toBe(before)
  })

  it('imports roads from an XLSX with a GeoJSON geometry column', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('roads')
    ws.addRow(['道路名称', 'road_class', 'width_m', 'geometry'])
    ws.addRow(['桂花路', 'street', 12, JSON.stringify({ type: 'LineString', coordinates: [[114.26, 29.86], [114.28, 29.88]] })])
    ws.addRow([null, 'lane', null, JSON.stringify({ type: 'LineString', coordinates: [[114.1, 29.7], [114.11, 29.71]] })])
    const job = await importFile(admin, Buffer.from(await wb.xlsx.writeBuffer()), { target: 'roads', filename: '道路.xlsx' })
    expect(job.report).toMatchObject({ ok: true, rowsRead: 2, rowsImported: 2 })
    const { rows } = await t.db.query<{ source_name: string | null; width_m: number | null }>('SELECT source_name, width_m FROM roads ORDER BY id')
    expect(rows).toEqual([{ source_name: '桂花路', width_m: 12 }, { source_name: null, width_m: null }])
  })
})

describe.skipIf(!hasGdal)('POST /api/bulk/imports (zipped Shapefile)', () => {
  async function shapefileZip(name: string, encoding: 'GBK' | 'UTF-8', cpg: string | null): Promise<Buffer> {
    const src = path.join(dir, `${name}.geojson`)
    writeFileSync(src, featureCollection([
      [{ name: '潜山路', class: 'street' }, { type: 'LineString', coordinates: [[114.3, 29.84], [114.32, 29.85]] }],
      [{ name: '温泉大道', class: 'arterial' }, { type: 'LineString', coordinates: [[114.26, 29.86], [114.29, 29.87]] }],
    ]))
    const shp = path.join(dir, `${name}.shp`)
    await run('ogr2ogr', ['-f', 'ESRI Shapefile', shp, src, '-lco', `ENCODING=${encoding}`])
    const zip = new JSZip()
    for (const ext of ['shp', 'shx', 'dbf', 'prj']) zip.file(`${name}.${ext}`, readFileSync(path.join(dir, `${name}.${ext}`)))
    if (cpg !== null) zip.file(`${name}.cpg`, cpg)
    if (existsSync(path.join(dir, `${name}.cpg`))) unlinkSync(path.join(dir, `${name}.cpg`))
    return zip.generateAsync({ type: 'nodebuffer' })
  }

  it('imports a GBK Shapefile without .cpg, detecting GBK', async () => {
    const before = await count('roads')
    const job = await importFile(admin, await shapefileZip('gbk_roads', 'GBK', null), { target: 'roads', filename: 'roads.zip' })
    expect(job.report).toMatchObject({ ok: true, rowsImported: 2 })
    const { rows } = await t.db.query<{ source_name: string }>('SELECT source_name FROM roads ORDER BY id DESC LIMIT 2')
    expect(rows.map((r) => r.source_name).sort()).toEqual(['温泉大道', '潜山路'])
    expect(await count('roads')).toBe(before + 2)
  })

  it('refuses a Shapefile whose .cpg says UTF-8 over GBK text', async () => {
    const before = await count('roads')
    const job = await importFile(admin, await shapefileZip('lying_cpg', 'GBK', 'UTF-8'), { target: 'roads', filename: 'roads.zip' })
    expect(job.report.fileError).toMatchObject({ reason: 'bad_encoding' })
    expect(await count('roads')).toBe(before)
  })

  it('refuses a broken zip', async () => {
    const good = await shapefileZip('broken', 'UTF-8', 'UTF-8')
    const job = await importFile(admin, good.subarray(0, Math.floor(good.length / 2)), { target: 'roads', filename: 'roads.zip' })
    expect(job.report.fileError).toMatchObject({ reason: 'broken_archive' })
  })
})
