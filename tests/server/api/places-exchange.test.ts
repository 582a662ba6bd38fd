import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'

const binary = (res: import('supertest').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  stream.on('end', () => cb(null, Buffer.concat(chunks)))
}

describe(`places import, export, directory and clean-up queues (${TEST_ENGINE})`, () => {
  const t = useTestDb({ seed: 'divisions' })
  let app: TestApp
  let namer: TestSession
  let x = 0
  let y = 0
  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n
  const upload = (format: string, body: Buffer | string, type: string, dryRun: boolean) =>
    namer.agent.post(`/api/places/import?format=${format}&dry_run=${dryRun}&source=${encodeURIComponent('2024年地名普查成果')}`)
      .set('X-CSRF-Token', namer.csrf).set('Content-Type', type).send(body)

  beforeAll(async () => {
    app = createTestApp(t.db)
    namer = await app.as('namer')
    const { rows } = await t.db.query<{ x: number; y: number }>(`SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p FROM divisions WHERE code = '421202001000') s`)
    x = rows[0]!.x
    y = rows[0]!.y
  })

  const csv = () => [
    '标准名称,类别代码,经度,纬度,汉语拼音,含义,曾用名,批准文号,批准日期',
    `桂花路,2530,${x},${y},,以桂花命名,老桂花街,,`,
    `肖桥村,村民委员会,${x + 0.002},${y + 0.002},,,,,`,
    `长安街,2530,${x - 0.002},${y},Chang'an Jie,,,咸政地〔2020〕3号,2020-05-01`,
  ].join('\n')

  it('validates a CSV with Chinese headers without writing (dry run)', async () => {
    const res = await upload('csv', csv(), 'text/csv', true)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ valid: true, rows: 3, imported: 0, dry_run: true, errors: [] })
    expect(await count('place_names')).toBe(0)
  })

  it('imports every row in one go, with former names and division from the point', async () => {
    const res = await upload('csv', csv(), 'text/csv', false)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ valid: true, imported: 3 })
    const found = await app.anon.get('/api/places').query({ q: '老桂花街' })
    expect(found.body.items[0]).toMatchObject({ name: '桂花路', match: 'alias', division_code: '421202001000' })
    const changan = (await app.anon.get('/api/places').query({ q: '长安街' })).body.items[0]
    expect(changan).toMatchObject({ pinyin: "Chang'an Jie", document_number: '咸政地〔2020〕3号', approved_on: '2020-05-01' })
    const village = (await app.anon.get('/api/places').query({ q: '肖桥村' })).body.items[0]
    expect(village).toMatchObject({ category_code: '2310', pinyin: 'Xiaoqiao Cun' })
    expect(village.source).toContain('2024年地名普查成果')
  })

  it('warns about names already in the register and polyphones to confirm', async () => {
    const res = await upload('csv', csv(), 'text/csv', true)
    expect(res.body.valid).toBe(true)
    expect(res.body.warnings.map((w: { row: number }) => w.row)).toEqual(expect.arrayContaining([2, 3, 4]))
    expect(JSON.stringify(res.body.warnings)).toContain('already in the register')
  })

  it('refuses the whole file when one row is bad, listing each error by row, and writes nothing', async () => {
    const before = await count('place_names')
    const bad = [
      '标准名称,类别代码,经度,纬度,批准日期',
      `丹桂路,2530,${x},${y},`,
      `,2530,${x},${y},`,
      `${'桂'.repeat(199)}路,2530,${x},${y},`,
      `远方路,2530,120.5,31.2,`,
      `银杏路,9999,${x},${y},`,
      `金秋路,2530,${x},${y},2024/13/01`,
    ].join('\n')
    const res = await upload('csv', bad, 'text/csv', false)
    expect(res.status).toBe(422)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const errors = res.body.report.errors as Array<{ row: number; column: string }>
    expect(errors.map((e) => [e.row, e.column])).toEqual([[3, 'name'], [4, 'name'], [5, 'geometry'], [6, 'category'], [7, 'approved_on']])
    expect(await count('place_names')).toBe(before)
  })

  it('reads a GBK-encoded CSV as Excel saves it', async () => {
    const gbk = iconv.encode(`标准名称,类别代码,经度,纬度\n丹枫路,2530,${x + 0.004},${y}\n`, 'gbk')
    const res = await upload('csv', gbk, 'text/csv', true)
    expect(res.body).toMatchObject({ valid: true, rows: 1 })
  })

  it('imports GeoJSON lines and refuses an unclosed polygon', async () => {
    const fc = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { 标准名称: '枫林路', 类别代码: '2530' }, geometry: { type: 'LineString', coordinates: [[x, y - 0.003], [x + 0.003, y - 0.003]] } },
      { type: 'Feature', properties: { name: '枫林广场', category_code: '2720' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001]]] } },
    ] }
    const bad = await upload('geojson', JSON.stringify(fc), 'application/geo+json', false)
    expect(bad.status).toBe(422)
    expect(bad.body.report.errors).toEqual([expect.objectContaining({ row: 2, column: 'geometry' })])
    expect(JSON.stringify(bad.body.report.errors)).toContain('not closed')
    fc.features.pop()
    const good = await upload('geojson', JSON.stringify(fc), 'application/geo+json', false)
    expect(good.status).toBe(201)
    expect(good.body.imported).toBe(1)
  })

  it('exports XLSX with the Chinese headers, which imports back cleanly', async () => {
    const res = await app.anon.get('/api/places/export').query({ format: 'xlsx', category: '2530' }).buffer(true).parse(binary)
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.body as ArrayBuffer)
    const sheet = book.getWorksheet('地名')!
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['标准名称', '汉语拼音', '经度', '纬度', '曾用名']))
    const names = sheet.getColumn(2).values.slice(3)
    expect(names).toEqual(expect.arrayContaining(['桂花路', '长安街', '枫林路']))
    // Drop the title row so the header is row 1, as a bureau spreadsheet has it.
    sheet.spliceRows(1, 1)
    const again = await upload('xlsx', Buffer.from(await book.xlsx.writeBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', true)
    expect(again.body).toMatchObject({ valid: true, rows: 3 })
  })

  it('exports CSV with a BOM and GeoJSON with the column names as properties', async () => {
    const csvRes = await app.anon.get('/api/places/export').query({ format: 'csv', q: '桂花路' }).buffer(true).parse(binary)
    const text = (csvRes.body as Buffer).toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain('标准名称')
    expect(text).toContain('老桂花街')
    const geo = await app.anon.get('/api/places/export').query({ format: 'geojson', category: '2530' })
    const fc = JSON.parse(geo.text)
    expect(fc.features.map((f: { properties: { name: string } }) => f.properties.name).sort()).toEqual(['枫林路', '桂花路', '长安街'].sort())
  })

  it.skipIf(!existsSync('/usr/bin/ogr2ogr'))('exports the ranked search as a GeoPackage and a zipped UTF-8 Shapefile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'places-export-'))
    const read = async (file: string) => JSON.parse((await promisify(execFile)('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file], { maxBuffer: 16 << 20 })).stdout).features as { properties: Record<string, unknown> }[]
    try {
      const gpkg = await app.anon.get('/api/places/export').query({ format: 'gpkg', category: '2530' }).buffer(true).parse(binary)
      expect(gpkg.status).toBe(200)
      expect(gpkg.headers['content-disposition']).toMatch(/\.gpkg/)
      writeFileSync(path.join(dir, 'p.gpkg'), gpkg.body as Buffer)
      const fromGpkg = await read(path.join(dir, 'p.gpkg'))
      expect(fromGpkg.map((f) => f.properties.name).sort()).toEqual(['枫林路', '桂花路', '长安街'].sort())
      expect(fromGpkg.find((f) => f.properties.name === '桂花路')!.properties).toMatchObject({ category_code: '2530', pinyin: 'Guihua Lu' })
      const shp = await app.anon.get('/api/places/export').query({ format: 'shapefile', q: '桂花路' }).buffer(true).parse(binary)
      const zip = await JSZip.loadAsync(shp.body as Buffer)
      for (const name of Object.keys(zip.files)) writeFileSync(path.join(dir, name), await zip.file(name)!.async('nodebuffer'))
      const shpFile = Object.keys(zip.files).find((n) => n.endsWith('.shp'))!
      expect(await zip.file(shpFile.replace(/\.shp$/, '.cpg'))!.async('string')).toMatch(/UTF-8/i)
      expect((await read(path.join(dir, shpFile))).map((f) => f.properties.name)).toContain('桂花路')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('prints the 标准地名录 of a county, by class with pinyin', async () => {
    const res = await app.anon.get('/api/places/directory/421202/print')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.text).toContain('咸安区标准地名录')
    expect(res.text).toContain('城镇街巷')
    expect(res.text).toContain('Guihua Lu')
    expect((await app.anon.get('/api/places/directory/999999/print')).status).toBe(404)
  })

  it('lists the clean-up queues: unnamed roads, duplicates in scope, names that do not fit', async () => {
    const line = JSON.stringify({ type: 'LineString', coordinates: [[x, y + 0.004], [x + 0.004, y + 0.004]] })
    await t.db.query(`INSERT INTO roads (geom, source, division_code) VALUES (ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 'test', '421202001000')`, [line])
    await namer.post('/api/places', { name: '新桂花路', category_code: '2530', geometry: { type: 'LineString', coordinates: [[x, y + 0.006], [x + 0.003, y + 0.006]] }, source: 'test' })
    await namer.post('/api/places', { name: '希望桥', category_code: '2530', geometry: { type: 'LineString', coordinates: [[x, y + 0.008], [x + 0.001, y + 0.008]] }, source: 'test' })
    const unnamed = JSON.parse((await namer.get('/api/places/cleanup/unnamed-roads')).text)
    expect(unnamed.features).toHaveLength(1)
    expect(unnamed.features[0].properties.division_name).toBe('温泉街道')
    const dups = (await namer.get('/api/places/cleanup/duplicates')).body.items
    expect(dups).toEqual([expect.objectContaining({ normalized_name: '桂花路', level: 'county', division_prefix: '421202' })])
    expect(dups[0].entries.map((e: { name: string }) => e.name).sort()).toEqual(['新桂花路', '桂花路'])
    const misfits = (await namer.get('/api/places/cleanup/misfits')).body.items
    expect(misfits.map((m: { name: string }) => m.name)).toEqual(['希望桥'])
    expect(misfits[0].findings[0].rule_id).toBe('fit.category')
    expect((await app.anon.get('/api/places/cleanup/duplicates')).status).toBe(401)
  })
})
