import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { binaryParser } from '../tiles/decode-tile.ts'
import { insertAreaRows } from '../ogc/area-fixtures.ts'
import { DIVISIONS, insertDivisions } from '../ogc/divisions-fixture.ts'

const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogr2ogr')
const t = useTestDb()
let app: TestApp
let dir = ''

beforeAll(async () => {
  await insertDivisions(t.db)
  await insertAreaRows(t.db)
  app = createTestApp(t.db)
  dir = mkdtempSync(path.join(tmpdir(), 'diming-export-'))
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const download = (url: string) => app.anon.get(url).buffer(true).parse(binaryParser as never)
const townships = DIVISIONS.filter((d) => d.level === 'township')

async function readWithOgr(file: string): Promise<{ properties: Record<string, unknown>; geometry: { type: string } | null }[]> {
  const { stdout } = await run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file], { maxBuffer: 64 << 20 })
  return JSON.parse(stdout).features
}

describe('GET /api/bulk/exports/{collection}', () => {
  it('exports GeoJSON as an attachment with every feature of a filtered search', async () => {
    const res = await download('/api/bulk/exports/divisions?format=geojson&level=township')
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''divisions-\d{4}-\d{2}-\d{2}\.geojson$/)
    const fc = JSON.parse(res.body.toString('utf8'))
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(townships.map((d) => d.code).sort())
  })
  it('exports CSV with a BOM, the properties and a geometry column', async () => {
    const res = await download('/api/bulk/exports/divisions_township?format=csv')
    expect(res.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = parse(res.body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[]
    expect(rows.map((r) => r.name).sort()).toEqual(townships.map((d) => d.name).sort())
    expect(JSON.parse(rows[0]!.geometry!).type).toBe('MultiPolygon')
  })
  it('exports XLSX readable by exceljs with Chinese intact', async () => {
    const res = await download('/api/bulk/exports/place_names?format=xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.body)
    const ws = wb.worksheets[0]!
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    const nameCol = header.indexOf('name') + 1
    const names = [] as unknown[]
    ws.eachRow((row, i) => { if (i > 1) names.push(row.getCell(nameCol).value) })
    expect(names.sort()).toEqual(['桂花村', '温泉路', '潜山公园'].sort())
  })
  it('never exports a non-public layer to an anonymous user', async () => {
    expect((await app.anon.get('/api/bulk/exports/facilities_all?format=geojson')).status).toBe(401)
  })
  it('rejects an unknown format or filter', async () => {
    expect((await app.anon.get('/api/bulk/exports/divisions?format=kml')).status).toBe(400)
    expect((await app.anon.get('/api/bulk/exports/divisions?format=csv&colour=red')).status).toBe(400)
  })
})

describe.skipIf(!hasGdal)('GET /api/bulk/exports/{collection} (GDAL formats)', () => {
  it('exports a GeoPackage with every feature and attribute', async () => {
    const res = await download('/api/bulk/exports/divisions?format=gpkg')
    const file = path.join(dir, 'd.gpkg')
    writeFileSync(file, res.body)
    const features = await readWithOgr(file)
    expect(features).toHaveLength(DIVISIONS.length)
    const wq = features.find((f) => f.properties.code === '421202001000')!
    expect(wq.properties).toMatchObject({ name: '温泉街道', level: 'township', population_total: 90000 })
  })
  it('exports a zipped UTF-8 Shapefile, one .shp per geometry family for a mixed layer', async () => {
    const res = await download('/api/bulk/exports/place_names?format=shapefile')
    const zip = await JSZip.loadAsync(res.body)
    const names = Object.keys(zip.files).sort()
    expect(names.filter((n) => n.endsWith('.shp'))).toEqual(['place_names_line.shp', 'place_names_point.shp'])
    expect(await zip.file('place_names_point.cpg')!.async('string')).toMatch(/UTF-8/i)
    for (const n of names) writeFileSync(path.join(dir, n), await zip.file(n)!.async('nodebuffer'))
    const points = await readWithOgr(path.join(dir, 'place_names_point.shp'))
    expect(points.map((f) => f.properties.name).sort()).toEqual(['桂花村', '潜山公园'].sort())
  })
})
