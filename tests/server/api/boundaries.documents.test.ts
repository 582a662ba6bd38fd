import { beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { COUNTY, lineByCode, seedBoundaryFixture } from './boundaries.fixture.ts'

const t = useTestDb()
let app: TestApp
let s: TestSession
const AC = '421202001-421202003'

beforeAll(async () => {
  await seedBoundaryFixture(t.db)
  app = createTestApp(t.db)
  s = await app.as('surveyor')
  const line = await lineByCode(t.db, AC)
  await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.22, lat: 29.85 }, elevation: 31.2, reference_objects: [{ name: '水塔', bearing: 30, distance: 15 }] })
  await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.235, lat: 29.85 }, type: 'paired' })
})

const binary = (res: import('supertest').Test) => res.buffer(true).parse((r, cb) => {
  const chunks: Buffer[] = []
  r.on('data', (c: Buffer) => chunks.push(c))
  r.on('end', () => cb(null, Buffer.concat(chunks)))
})

describe('界线走向说明', () => {
  it('generates the description from the geometry, marker to marker', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.get(`/api/boundaries/lines/${line.id}/description`)
    expect(res.status).toBe(200)
    expect(res.body.stored).toBe(false)
    expect(res.body.text).toContain('咸安区温泉街道—永安街道线')
    expect(res.body.legs.map((l: { to: string }) => l.to)).toEqual([`${AC}-001A号界桩`, `${AC}-002B号界桩`, expect.stringContaining('三交点')])
    expect(res.body.legs[0].compass).toBe('东')
  })

  it('stores an edited text with the version, then regenerates on demand', async () => {
    const line = await lineByCode(t.db, AC)
    const edited = await s.put(`/api/boundaries/lines/${line.id}/description`, { version: line.version, text: '人工修订的走向说明' })
    expect(edited.status).toBe(200)
    const stale = await s.put(`/api/boundaries/lines/${line.id}/description`, { version: line.version, text: 'stale' })
    expect(stale.status).toBe(409)
    const read = await s.get(`/api/boundaries/lines/${line.id}/description`)
    expect(read.body).toMatchObject({ text: '人工修订的走向说明', stored: true })
    expect(read.body.generated_text).toContain('本界线')
    const regenerated = await s.put(`/api/boundaries/lines/${line.id}/description`, { version: edited.body.version, regenerate: true })
    expect(regenerated.body.text).toContain('本界线')
  })

  it('prints the description as an HTML page', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.get(`/api/boundaries/lines/${line.id}/description?format=html`)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.text).toContain('<h1>咸安区温泉街道—永安街道线</h1>')
  })
})

describe('GET /api/boundaries/documents/:kind', () => {
  it('prints the marker register with both coordinate systems', async () => {
    const res = await s.get(`/api/boundaries/documents/marker-register?unit=${COUNTY}`)
    expect(res.status).toBe(200)
    expect(res.text).toContain('界桩登记表')
    expect(res.text).toContain(`${AC}-001A`)
    expect(res.text).toContain('东经114°13′12.00″，北纬29°51′00.00″')
    expect(res.text).toContain('水塔 30° 15 m')
  })

  it('gives the results table as XLSX with GK and lon/lat', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await binary(s.get(`/api/boundaries/documents/marker-results?line_id=${line.id}&format=xlsx`))
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toContain('marker-results.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.body as ArrayBuffer)
    const row = book.worksheets[0]!.getRow(4)
    expect(row.getCell(2).value).toBe(`${AC}-001A`)
    const { rows } = await t.db.query<{ x: number }>('SELECT ST_Y(ST_Transform(ST_SetSRID(ST_MakePoint(114.22, 29.85), 4326), 4547)) AS x')
    expect(row.getCell(3).value as number).toBeCloseTo(rows[0]!.x, 3)
    expect(row.getCell(6).value).toBe(114.22)
  })

  it('lists boundary points J1… of a line', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.get(`/api/boundaries/documents/boundary-points?line_id=${line.id}`)
    expect(res.text).toContain('界址点成果表')
    expect(res.text).toContain('<td>J1</td>')
  })

  it('refuses an unknown kind and line_id together with unit', async () => {
    expect((await s.get('/api/boundaries/documents/nope')).status).toBe(400)
    expect((await s.get(`/api/boundaries/documents/marker-register?line_id=1&unit=${COUNTY}`)).status).toBe(400)
  })
})

describe('GET /api/boundaries/export', () => {
  it('exports lines, markers and polygons as GeoJSON', async () => {
    const res = await s.get('/api/boundaries/export?layer=all')
    expect(res.headers['content-type']).toContain('application/geo+json')
    const fc = JSON.parse(res.text)
    const types = fc.features.map((f: { geometry: { type: string } }) => f.geometry.type)
    expect(types.filter((x: string) => x === 'LineString')).toHaveLength(7)
    expect(types.filter((x: string) => x === 'Point')).toHaveLength(2)
    expect(types.filter((x: string) => x === 'MultiPolygon')).toHaveLength(4)
  })

  it('exports a Shapefile zip with .prj and UTF-8 .cpg per layer', async () => {
    const res = await binary(s.get('/api/boundaries/export?layer=all&format=shapefile'))
    expect(res.headers['content-type']).toBe('application/zip')
    const zip = await JSZip.loadAsync(res.body as Buffer)
    expect(Object.keys(zip.files).sort()).toEqual(['boundary_lines', 'boundary_markers', 'townships']
      .flatMap((n) => ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `${n}.${e}`)).sort())
  })
})

describe('POST /api/boundaries/lines/:id/survey-points', () => {
  const post = (id: number, body: string, type: string) =>
    s.agent.post(`/api/boundaries/lines/${id}/survey-points`).set('X-CSRF-Token', s.csrf).set('Content-Type', type).send(body)

  it('snaps a line through GK survey points from CSV without storing it', async () => {
    const line = await lineByCode(t.db, AC)
    const { rows } = await t.db.query<{ x: number; y: number }>(
      'SELECT ST_Y(p) AS x, ST_X(p) AS y FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(114.23, 29.8502), 4326), 4547) AS p) q')
    const res = await post(line.id, `点号,X,Y\nJ1,${rows[0]!.x.toFixed(3)},${rows[0]!.y.toFixed(3)}\n`, 'text/csv')
    expect(res.status).toBe(200)
    expect(res.body.point_count).toBe(1)
    expect(res.body.geometry.coordinates).toHaveLength(3)
    expect(res.body.geometry.coordinates[1][0]).toBeCloseTo(114.23, 7)
    expect(res.body.max_displacement_m).toBeGreaterThan(20)
    expect((await lineByCode(t.db, AC)).version).toBe(line.version)
  })

  it('reads GPX, and refuses points far from the line with 422 and a bad CSV with 400', async () => {
    const line = await lineByCode(t.db, AC)
    const gpx = '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="29.8501" lon="114.21"/></gpx>'
    const ok = await post(line.id, gpx, 'application/gpx+xml')
    expect(ok.status).toBe(200)
    const far = await post(line.id, 'lng,lat\n114.21,29.88\n', 'text/csv')
    expect(far.status).toBe(422)
    expect(far.body.reason).toBe('survey_points_too_far')
    const bad = await post(line.id, 'a,b\n1,2\n', 'text/csv')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].detail).toBe('survey_csv_columns')
  })
})
