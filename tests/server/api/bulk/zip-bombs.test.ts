/**
 * Zip bombs and lying archives against every upload that is a zip (issue 7): the zipped Shapefile and
 * XLSX bulk imports, the XLSX import of place names and of facilities. Each is refused with the
 * import's own report (bulk job) or a 413 problem, the server keeps answering, and no table changes.
 * The limits are set low through config so the bombs stay small (a few MiB of zeros).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ZipLimits } from '../../../../server/src/domain/zip/zip-limits.ts'
import { changedTables, tableChecksums } from '../../../helpers/db-checksum.ts'
import { createTestApp, type TestApp, type TestSession } from '../../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../../helpers/test-db.ts'
import { lieAboutSize, xlsxWith, zipOf } from '../../../helpers/zip-bomb.ts'
import { insertDivisions } from '../ogc/divisions-fixture.ts'
import { importFile } from './bulk-helpers.ts'

const MiB = 1024 * 1024
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const limits: ZipLimits = { maxTotalBytes: 4 * MiB, maxEntries: 50, maxRatio: 100, ratioFloorBytes: MiB }
const t = useTestDb()
let app: TestApp
let admin: TestSession
let namer: TestSession
let planner: TestSession
let before: Record<string, string>

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db, { zipLimits: { bulk: limits, upload: limits } })
  admin = await app.as('admin')
  namer = await app.as('namer')
  planner = await app.as('planner')
})
beforeEach(async () => {
  before = await tableChecksums(t.db)
})
afterEach(async () => {
  const health = await app.anon.get('/api/health')
  expect(health.status).toBe(200)
  expect(changedTables(before, await tableChecksums(t.db))).toEqual([])
})

const expectRefused = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, reason: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(413)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.body).toMatchObject({ type: '/problems/payload-too-large', status: 413, reason, errors: [{ parameter: 'body', detail: reason }] })
}

describe(`zipped Shapefile bulk import (${TEST_ENGINE})`, () => {
  it('refuses a .shp that inflates 1000:1 (zip bomb) in the import report', async () => {
    const bomb = await zipOf({ 'roads.shp': { zeros: 2 * MiB }, 'roads.dbf': 'x' })
    const job = await importFile(admin, bomb, { target: 'roads', filename: 'roads.zip' })
    expect(job.report).toMatchObject({ ok: false, rowsImported: 0, fileError: { reason: 'zip_ratio_too_high' } })
  })

  it('refuses an archive whose central directory lies about the .shp size, while inflating it', async () => {
    const liar = lieAboutSize(await zipOf({ 'roads.shp': { zeros: 3 * MiB }, 'roads.dbf': 'x' }), 'roads.shp', 1000)
    const job = await importFile(admin, liar, { target: 'roads', filename: 'roads.zip' })
    expect(job.report).toMatchObject({ ok: false, rowsImported: 0, fileError: { reason: 'zip_size_mismatch' } })
  })

  it('refuses an archive with more entries than the limit', async () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`part${i}.txt`, 'x']))
    const job = await importFile(admin, await zipOf({ ...many, 'roads.shp': 'x', 'roads.dbf': 'x' }), { target: 'roads', filename: 'roads.zip' })
    expect(job.report.fileError).toMatchObject({ reason: 'zip_too_many_entries' })
  })
})

describe(`XLSX bulk import (${TEST_ENGINE})`, () => {
  it('refuses a workbook over the total inflated size before exceljs opens it', async () => {
    const pads = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`xl/media/pad${i}.bin`, { zeros: MiB }]))
    const book = await xlsxWith([['name', 'lng', 'lat'], ['桂花路', 114.3, 29.9]], pads)
    const job = await importFile(admin, book, { target: 'roads', filename: 'roads.xlsx' })
    expect(job.report).toMatchObject({ ok: false, rowsImported: 0, fileError: { reason: 'zip_too_large' } })
  })
})

describe(`XLSX import of place names (${TEST_ENGINE})`, () => {
  const upload = (body: Buffer) =>
    namer.agent.post('/api/places/import?format=xlsx&dry_run=false').set('X-CSRF-Token', namer.csrf).set('Content-Type', XLSX).send(body)
  const rows = [['标准名称', '类别代码', '经度', '纬度'], ['炸弹路', '2530', 114.3, 29.9]]

  it('refuses a workbook holding a zip bomb with a 413 problem and stores nothing', async () => {
    expectRefused(await upload(await xlsxWith(rows, { 'xl/media/image1.png': { zeros: 2 * MiB } })), 'zip_ratio_too_high')
  })

  it('refuses a workbook whose sheet lies about its inflated size', async () => {
    const liar = lieAboutSize(await xlsxWith(rows, { 'xl/media/image1.png': { zeros: 3 * MiB } }), 'xl/media/image1.png', 64)
    expectRefused(await upload(liar), 'zip_size_mismatch')
  })
})

describe(`XLSX import of facilities (${TEST_ENGINE})`, () => {
  const upload = (body: Buffer) =>
    planner.agent.post('/api/facilities/import?commit=true').set('X-CSRF-Token', planner.csrf).set('Content-Type', XLSX).send(body)
  const rows = [['类型', '名称', '经度', '纬度', '坐标系', '床位数', '在用床位数', '照护等级'], ['养老机构', '炸弹颐养院', 114.3, 29.9, 'WGS84', 10, 5, '自理']]

  it('refuses a workbook holding a zip bomb with a 413 problem and stores nothing', async () => {
    expectRefused(await upload(await xlsxWith(rows, { 'xl/media/image1.png': { zeros: 2 * MiB } })), 'zip_ratio_too_high')
  })

  it('refuses a workbook whose central directory lies about an entry size', async () => {
    const liar = lieAboutSize(await xlsxWith(rows, { 'xl/media/image1.png': { zeros: 3 * MiB } }), 'xl/media/image1.png', 64)
    expectRefused(await upload(liar), 'zip_size_mismatch')
  })

  it('still imports a plain workbook within the limits', async () => {
    const res = await upload(await xlsxWith(rows))
    expect(res.status, res.text).toBe(201)
    before = await tableChecksums(t.db) // a successful import may write; the other cases must not
  })
})
