import { beforeAll, describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import ExcelJS from 'exceljs'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { CODES, insertFixtureDivisions } from './facilities.fixture.ts'
import { convertToWgs84 } from '../../../server/src/domain/facilities/convert-to-wgs84.ts'

const t = useTestDb()
let app: TestApp
let planner: TestSession

beforeAll(async () => {
  await insertFixtureDivisions(t.db)
  app = createTestApp(t.db)
  planner = await app.as('planner')
})

const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM facilities')).rows[0]!.n
const binary = (req: ReturnType<TestSession['get']>) => req.buffer(true).parse((res, cb) => {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => cb(null, Buffer.concat(chunks)))
})
const upload = (query: string, bytes: Buffer | string, type = 'text/csv') =>
  planner.agent.post(`/api/facilities/import?${query}`).set('X-CSRF-Token', planner.csrf).set('Content-Type', type).send(bytes)

const GOOD_CSV = [
  '类型,名称,地址,经度,纬度,坐标系,床位数,在用床位数,照护等级,最近检查结果,最近检查日期,墓穴数,已用墓穴数',
  '养老机构,一镇颐养院,一镇建设路1号,114.3105,29.8455,GCJ02,120,90,自理、失能,合格,2024/5/1,,',
  'public_cemetery,二镇公墓,,114.3305,29.8455,GCJ02,,,,,,2000,"1,500"',
  ',,,,,,,,,,,,',
].join('\n')

describe(`facility import (${TEST_ENGINE})`, () => {
  it('validates without writing, then imports all rows with GCJ-02 converted to WGS84', async () => {
    const check = await upload('commit=false', GOOD_CSV)
    expect(check.status).toBe(200)
    expect(check.body).toMatchObject({ crs: 'GCJ02', rows: 2, valid_rows: 2, invalid_rows: 0, errors: [] })
    expect(await count()).toBe(0)
    const done = await upload('commit=true&filename=sample.csv', GOOD_CSV)
    expect(done.status).toBe(201)
    expect(done.body.imported).toBe(2)
    const stored = await planner.get(`/api/facilities/${done.body.ids[0]}`)
    const [lng, lat] = convertToWgs84([114.3105, 29.8455], 'GCJ02')
    expect(stored.body.geometry.coordinates[0]).toBeCloseTo(lng, 6)
    expect(stored.body.geometry.coordinates[1]).toBeCloseTo(lat, 6)
    expect(stored.body.properties).toMatchObject({ source: 'import:sample.csv', division_code: CODES.t1 })
    expect(stored.body.properties.attributes).toEqual({
      beds: 120, occupied_beds: 90, care_levels: ['self_care', 'disabled'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01',
    })
    const audit = await t.db.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'facilities.create'")
    expect(audit.rows[0]).toEqual({ n: 2 })
  })

  it('reports every bad row and writes nothing when asked to commit', async () => {
    const before = await count()
    const csv = [
      'type,name,lng,lat,beds,occupied_beds,care_levels',
      'elder_care_institution,好的,114.305,29.845,10,5,self_care',
      'temple,坏类型,114.305,29.845,,,',
      'elder_care_institution,床位,114.305,29.845,10,11,self_care',
      'elder_care_institution,越界,116.0,31.0,10,5,self_care',
    ].join('\n')
    const check = await upload('commit=false&crs=WGS84', csv)
    expect(check.status).toBe(200)
    expect(check.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([[3, 'type'], [4, 'occupied_beds'], [5, 'lng']])
    expect(check.body).toMatchObject({ rows: 4, valid_rows: 1, invalid_rows: 3 })
    const commit = await upload('commit=true&crs=WGS84', csv)
    expect(commit.status).toBe(400)
    expect(commit.headers['content-type']).toMatch(/problem\+json/)
    expect(commit.body.errors[0].parameter).toBe('row 3 type')
    expect(commit.body.report.invalid_rows).toBe(3)
    expect(await count()).toBe(before)
  })

  it('refuses a file that does not declare its coordinate system, or has unknown columns', async () => {
    const undeclared = await upload('commit=true', 'type,name,lng,lat\nrescue_station,站,114.305,29.845\n')
    expect(undeclared.status).toBe(400)
    expect(undeclared.body.errors[0].parameter).toBe('row 1 crs')
    const unknown = await upload('commit=false&crs=WGS84', 'type,name,lng,lat,colour\nrescue_station,站,114.305,29.845,red\n')
    expect(unknown.body.errors).toEqual([{ row: 1, column: 'colour', detail: 'unknown column "colour"' }])
  })

  it('reads a GB18030 CSV as Chinese Excel writes it', async () => {
    const bytes = iconv.encode('类型,名称,经度,纬度,坐标系\n救助管理站,一镇救助站,114.305,29.845,WGS84\n', 'gb18030')
    const check = await upload('commit=false', bytes)
    expect(check.body).toMatchObject({ valid_rows: 1, errors: [] })
  })

  it('rejects bytes that are not a spreadsheet and an empty body', async () => {
    expect((await upload('commit=false', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'application/octet-stream')).status).toBe(400)
    expect((await upload('commit=false', Buffer.alloc(0))).status).toBe(400)
    expect((await upload('commit=false', '{}', 'application/json')).status).toBe(415)
  })

  it('forbids imports to viewers', async () => {
    const viewer = await app.as('viewer')
    const res = await viewer.agent.post('/api/facilities/import?commit=false&crs=WGS84').set('X-CSRF-Token', viewer.csrf).set('Content-Type', 'text/csv').send(GOOD_CSV)
    expect(res.status).toBe(403)
  })
})

describe(`facility export (${TEST_ENGINE})`, () => {
  it('exports XLSX that imports back as the same facilities (round trip)', async () => {
    const res = await binary(planner.get('/api/facilities/export?format=xlsx'))
    expect(res.status).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?facilities-\d{4}-\d{2}-\d{2}\.xlsx"?/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.body)
    const sheet = wb.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['编号', '类型', '名称', '经度', '纬度', '坐标系', '床位数', '墓穴数']))
    expect(sheet.rowCount).toBe(1 + (await count()))
    const back = await upload('commit=false', res.body, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(back.body).toMatchObject({ crs: 'WGS84', errors: [], valid_rows: await count() })
  })

  it('exports CSV with a BOM and GeoJSON with the API properties', async () => {
    const csv = await planner.get('/api/facilities/export?format=csv&type=public_cemetery')
    expect(csv.headers['content-type']).toMatch(/text\/csv/)
    expect(csv.text.charCodeAt(0)).toBe(0xfeff)
    expect(csv.text).toContain('二镇公墓')
    expect(csv.text).toContain('1500')
    const geo = await planner.get('/api/facilities/export?format=geojson&lang=en')
    expect(geo.headers['content-type']).toMatch(/geo\+json/)
    expect(JSON.parse(geo.text).features[0].properties).toHaveProperty('division_code')
  })
})

describe(`facility statistics (${TEST_ENGINE})`, () => {
  it('sums beds and occupancy per county and township (hand-computed)', async () => {
    await planner.post('/api/facilities', {
      type: 'rural_welfare_home', name: '一镇福利院', geometry: { type: 'Point', coordinates: [114.316, 29.856] },
      attributes: { beds: 80, residents: 40, upgrade_status: 'awaiting' },
    })
    const res = await planner.get('/api/facilities/stats')
    expect(res.status).toBe(200)
    const t1 = res.body.counties[0].townships.find((x: { code: string }) => x.code === CODES.t1)
    // T1: 养老机构 120 beds / 90 occupied + 福利院 80 beds / 40 residents = 200 beds, 130 occupied, 65%.
    expect(t1).toMatchObject({ facilities: 2, beds: 200, occupied: 130, occupancy: 0.65, by_type: { elder_care_institution: 1, rural_welfare_home: 1 } })
    const t2 = res.body.counties[0].townships.find((x: { code: string }) => x.code === CODES.t2)
    expect(t2).toMatchObject({ facilities: 1, beds: 0, occupancy: null, by_type: { public_cemetery: 1 } })
    expect(res.body.total).toMatchObject({ facilities: 3, beds: 200 })
    const filtered = await planner.get('/api/facilities/stats?type=public_cemetery')
    expect(filtered.body.total.facilities).toBe(1)
  })
})
