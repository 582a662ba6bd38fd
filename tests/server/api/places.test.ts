import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'

/** A line inside 温泉街道 (咸安区), found from the seeded township polygon. */
async function lineIn(t: { db: { query: <T>(s: string, v?: unknown[]) => Promise<{ rows: T[] }> } }, code: string, dx = 0) {
  const { rows } = await t.db.query<{ x: number; y: number }>(
    `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p FROM divisions WHERE code = $1) s`, [code])
  const { x, y } = rows[0]!
  return { type: 'LineString' as const, coordinates: [[x + dx - 0.002, y], [x + dx + 0.002, y + 0.0005]] }
}

describe(`places API (${TEST_ENGINE})`, () => {
  const t = useTestDb({ seed: 'divisions' })
  let app: TestApp
  let namer: TestSession
  let viewer: TestSession
  let line: { type: 'LineString'; coordinates: number[][] }

  beforeAll(async () => {
    app = createTestApp(t.db)
    namer = await app.as('namer')
    viewer = await app.as('viewer')
    line = await lineIn(t, '421202001000')
  })

  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n

  it('registers a road, finds its division from the geometry and romanises it', async () => {
    const res = await namer.post('/api/places', { name: '桂花路', category_code: '2530', geometry: line, meaning: '以桂花命名', source: 'test' })
    expect(res.status).toBe(201)
    expect(res.headers.location).toBe(`/api/places/${res.body.id}`)
    expect(res.body).toMatchObject({ name: '桂花路', specific_name: '桂花', generic_name: '路', pinyin: 'Guihua Lu', division_code: '421202001000', division_name: '温泉街道', status: 'approved' })
    expect(res.body.revisions).toHaveLength(1)
  })

  it('ignores a division code in the input: the body is refused as unknown', async () => {
    const res = await namer.post('/api/places', { name: '丹桂路', category_code: '2530', geometry: line, division_code: '421281001000' })
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses an unclosed polygon, a 200-character name and a geometry outside the city, storing nothing', async () => {
    const before = await count('place_names')
    const [x, y] = line.coordinates[0]!
    const open = { type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01]]] }
    const r1 = await namer.post('/api/places', { name: '桂花广场', category_code: '2720', geometry: open })
    expect(r1.status).toBe(400)
    expect(JSON.stringify(r1.body.errors)).toContain('not closed')
    const r2 = await namer.post('/api/places', { name: '桂'.repeat(199) + '路', category_code: '2530', geometry: line })
    expect(r2.status).toBe(400)
    expect(r2.body.errors[0].parameter).toBe('body.name')
    const r3 = await namer.post('/api/places', { name: '远方路', category_code: '2530', geometry: { type: 'Point', coordinates: [120, 31] } })
    expect(r3.status).toBe(422)
    expect(await count('place_names')).toBe(before)
  })

  it('forbids writes to a viewer and anonymous users', async () => {
    expect((await viewer.post('/api/places', { name: '丹桂路', category_code: '2530', geometry: line })).status).toBe(403)
    expect((await app.anon.post('/api/places').send({ name: '丹桂路', category_code: '2530', geometry: line })).status).toBe(401)
  })

  it('finds the road by characters, full pinyin, initials and a homophone typo, best first', async () => {
    for (const q of ['桂花路', 'guihualu', 'ghl', '贵华路', 'guihuilu']) {
      const res = await app.anon.get('/api/places').query({ q })
      expect(res.status, q).toBe(200)
      expect(res.body.items[0]?.name, q).toBe('桂花路')
    }
  })

  it('renames with the old name kept as a former name, and finds it by the old name', async () => {
    const created = await namer.post('/api/places', { name: '学府路', category_code: '2530', geometry: await lineIn(t, '421202001000', 0.01), source: 'test' })
    const id = created.body.id
    const stale = await namer.patch(`/api/places/${id}`, { name: '文华路', version: 99, reason: '更名' })
    expect(stale.status).toBe(409)
    expect(stale.body.current.version).toBe(1)
    const res = await namer.patch(`/api/places/${id}`, { name: '文华路', version: 1, reason: '经批准更名', keep_old_name_as: 'historic' })
    expect(res.status).toBe(204)
    const found = await app.anon.get('/api/places').query({ q: '学府路' })
    expect(found.body.items[0]).toMatchObject({ id, name: '文华路', match: 'alias', matched_name: '学府路' })
    const detail = await namer.get(`/api/places/${id}`)
    expect(detail.body.aliases).toEqual([expect.objectContaining({ name: '学府路', kind: 'historic' })])
    expect(detail.body.revisions.map((r: { action: string }) => r.action)).toEqual(['rename', 'create'])
    expect(detail.body.revisions[0]).toMatchObject({ reason: '经批准更名', before: { name: '学府路' }, after: { name: '文华路' } })
  })

  it('romanises with polyphones flagged and confirmed readings applied', async () => {
    const res = await namer.post('/api/places/romanize', { name: '长安街', category_code: '2530' })
    expect(res.body).toMatchObject({ pinyin: "Chang'an Jie", needs_review: true })
    expect(res.body.polyphones[0]).toMatchObject({ char: '长', alternatives: ['zhang'] })
    const confirmed = await namer.post('/api/places/romanize', { name: '长安街', readings: { 0: 'chang' } })
    expect(confirmed.body.polyphones).toEqual([])
  })

  it('serves the search as GeoJSON for the map', async () => {
    const res = await app.anon.get('/api/places/geojson').query({ q: 'ghl' })
    expect(res.headers['content-type']).toContain('application/geo+json')
    const fc = JSON.parse(res.text)
    expect(fc.features[0].properties.name).toBe('桂花路')
    expect(fc.features[0].geometry.type).toBe('LineString')
  })
})
