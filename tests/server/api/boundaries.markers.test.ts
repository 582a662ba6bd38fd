import { beforeAll, describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { lineByCode, seedBoundaryFixture } from './boundaries.fixture.ts'

const t = useTestDb()
let app: TestApp
let s: TestSession
const AC = '421202001-421202003'

beforeAll(async () => {
  await seedBoundaryFixture(t.db)
  app = createTestApp(t.db)
  s = await app.as('surveyor')
})

/** GK coordinates computed independently by PROJ inside PostGIS (x = northing, y = easting). */
async function gkOf(lng: number, lat: number): Promise<{ gk_x: number; gk_y: number }> {
  const { rows } = await t.db.query<{ x: number; y: number }>(
    'SELECT ST_Y(p) AS x, ST_X(p) AS y FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 4547) AS p) q', [lng, lat])
  return { gk_x: Math.round(rows[0]!.x * 1000) / 1000, gk_y: Math.round(rows[0]!.y * 1000) / 1000 }
}
const markerCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM boundary_markers')).rows[0]!.n

describe('POST /api/boundaries/markers', () => {
  it('adds a marker typed as GK coordinates, shows it in lon/lat too and numbers it', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: await gkOf(114.22, 29.85), material: 'granite', elevation: 42.5 })
    expect(res.status).toBe(201)
    expect(res.headers.location).toMatch(/^\/api\/boundaries\/markers\/\d+$/)
    const marker = JSON.parse(res.text)
    expect(marker.properties.number).toBe(`${AC}-001A`)
    expect(marker.properties.lng).toBeCloseTo(114.22, 7)
    expect(marker.properties.lat).toBeCloseTo(29.85, 7)
    expect(marker.properties.gk_epsg).toBe(4547)
    expect(marker.geometry.coordinates[0]).toBeCloseTo(114.22, 7)
  })

  it('numbers markers west→east: a marker added west of the first becomes 001', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.21, lat: 29.85 }, type: 'paired' })
    expect(res.status).toBe(201)
    expect(JSON.parse(res.text).properties).toMatchObject({ number: `${AC}-001B`, gk_epsg: 4547 })
    const gk = await gkOf(114.21, 29.85)
    expect(JSON.parse(res.text).properties.gk_x).toBeCloseTo(gk.gk_x, 3)
    const list = JSON.parse((await s.get(`/api/boundaries/markers?line_id=${line.id}`)).text)
    expect(list.features.map((f: { properties: { number: string; lng: number } }) => [f.properties.number, f.properties.lng]))
      .toEqual([[`${AC}-001B`, 114.21], [`${AC}-002A`, 114.22]])
  })

  it('accepts the easting with its zone-38 prefix', async () => {
    const line = await lineByCode(t.db, AC)
    const gk = await gkOf(114.24, 29.85)
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: { gk_x: gk.gk_x, gk_y: 38_000_000 + gk.gk_y } })
    expect(res.status).toBe(201)
    expect(JSON.parse(res.text).properties.number).toBe(`${AC}-003A`)
  })

  it('refuses swapped GK axes with a 400 problem and stores nothing', async () => {
    const line = await lineByCode(t.db, AC)
    const before = await markerCount()
    const gk = await gkOf(114.23, 29.85)
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: { gk_x: gk.gk_y, gk_y: gk.gk_x } })
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body.errors[0]).toEqual({ parameter: 'body.position', detail: 'gk_axes_swapped' })
    expect(await markerCount()).toBe(before)
  })

  it('refuses a marker far from its line (a typo) with 422', async () => {
    const line = await lineByCode(t.db, AC)
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.23, lat: 29.87 } })
    expect(res.status).toBe(422)
    expect(res.body.reason).toBe('marker_far_from_line')
  })

  it('refuses a taken number with 409 and a malformed one with 400', async () => {
    const line = await lineByCode(t.db, AC)
    const taken = await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.245, lat: 29.85 }, number: `${AC}-001B` })
    expect(taken.status).toBe(409)
    const malformed = await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.245, lat: 29.85 }, number: 'X-1' })
    expect(malformed.status).toBe(400)
  })

  it('refuses more than three reference objects', async () => {
    const line = await lineByCode(t.db, AC)
    const ref = { name: '电杆', bearing: 45, distance: 12.5 }
    const res = await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.245, lat: 29.85 }, reference_objects: [ref, ref, ref, ref] })
    expect(res.status).toBe(400)
  })
})

describe('PATCH and DELETE /api/boundaries/markers/:id', () => {
  it('edits with the version read and answers a stale version with 409 and the current marker', async () => {
    const list = JSON.parse((await s.get('/api/boundaries/markers')).text)
    const m = list.features[0]
    const ok = await s.patch(`/api/boundaries/markers/${m.id}`, { version: m.properties.version, status: 'placed', reference_objects: [{ name: '大樟树', bearing: 135, distance: 23.4 }] })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.text).properties).toMatchObject({ status: 'placed', version: m.properties.version + 1 })
    const stale = await s.patch(`/api/boundaries/markers/${m.id}`, { version: m.properties.version, status: 'lost' })
    expect(stale.status).toBe(409)
    expect(stale.body.current.properties.status).toBe('placed')
  })

  it('deletes with the version', async () => {
    const line = await lineByCode(t.db, AC)
    const created = JSON.parse((await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.2455, lat: 29.85 }, number: `${AC}-099A` })).text)
    expect((await s.delete(`/api/boundaries/markers/${created.id}?version=7`)).status).toBe(409)
    expect((await s.delete(`/api/boundaries/markers/${created.id}?version=1`)).status).toBe(204)
    expect((await s.get(`/api/boundaries/markers/${created.id}`)).status).toBe(404)
  })
})

describe('photos', () => {
  it('stores a PNG and returns the same bytes; refuses bytes that are not the declared type', async () => {
    const m = JSON.parse((await s.get('/api/boundaries/markers')).text).features[0]
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
    const up = await s.agent.post(`/api/boundaries/markers/${m.id}/photos`).set('X-CSRF-Token', s.csrf).set('Content-Type', 'image/png').send(png)
    expect(up.status).toBe(201)
    const got = await s.get(up.headers.location!).buffer(true)
    expect(got.headers['content-type']).toBe('image/png')
    expect(Buffer.compare(got.body as Buffer, png)).toBe(0)
    const bad = await s.agent.post(`/api/boundaries/markers/${m.id}/photos`).set('X-CSRF-Token', s.csrf).set('Content-Type', 'image/jpeg').send(png)
    expect(bad.status).toBe(400)
    const listed = JSON.parse((await s.get(`/api/boundaries/markers/${m.id}`)).text)
    expect(listed.properties.photo_ids).toEqual([up.body.id])
  })
})

describe('POST /api/boundaries/lines/:id/split', () => {
  it('splits a line at a marker into two lines sharing a new node and renumbers the markers of both', async () => {
    const line = await lineByCode(t.db, AC)
    const markers = JSON.parse((await s.get(`/api/boundaries/markers?line_id=${line.id}`)).text).features
    const middle = markers.find((f: { properties: { lng: number } }) => Math.abs(f.properties.lng - 114.22) < 1e-9)
    const res = await s.post(`/api/boundaries/lines/${line.id}/split`, { marker_id: middle.id, version: line.version, reason: '在界桩处分段' })
    expect(res.status).toBe(201)
    const [kept, created] = JSON.parse(res.text).features
    expect(kept.properties.to_node_id).toBe(created.properties.from_node_id)
    expect(created.properties.code).toBe(`${AC}-2`)
    const keptMarkers = JSON.parse((await s.get(`/api/boundaries/markers?line_id=${kept.id}`)).text).features.map((f: { properties: { number: string } }) => f.properties.number)
    const newMarkers = JSON.parse((await s.get(`/api/boundaries/markers?line_id=${created.id}`)).text).features.map((f: { properties: { number: string } }) => f.properties.number)
    expect(keptMarkers.length + newMarkers.length).toBe(markers.length)
    expect(newMarkers.every((n: string) => n.startsWith(`${AC}-2-`))).toBe(true)
    // polygons are unchanged: the county is still partitioned
    const area = await t.db.query<{ a: number }>(`SELECT ST_Area(ST_SymDifference(ST_Union(geom), (SELECT geom FROM divisions WHERE level = 'county'))) AS a FROM divisions WHERE level = 'township'`)
    expect(area.rows[0]!.a).toBeLessThan(1e-12)
  })

  it('refuses to split at a marker that is at the end of the line', async () => {
    const line = await lineByCode(t.db, AC)
    const [first] = line.coordinates
    const m = JSON.parse((await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: first![0], lat: first![1] }, number: `${AC}-098A` })).text)
    const res = await s.post(`/api/boundaries/lines/${line.id}/split`, { marker_id: m.id, version: line.version, reason: 'end' })
    expect(res.status).toBe(422)
    expect(res.body.reason).toBe('split_at_endpoint')
  })
})
