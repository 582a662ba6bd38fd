import { beforeAll, describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp } from '../../helpers/test-app.ts'
import { FUSHAN, WENQUAN, lineByCode, moveAbVertex, seedBoundaryFixture } from './boundaries.fixture.ts'

const t = useTestDb()
let app: TestApp
const AB = '421202001-421202002'

beforeAll(async () => {
  await seedBoundaryFixture(t.db)
  app = createTestApp(t.db)
})

const covers = async (code: string, lng: number, lat: number) =>
  (await t.db.query<{ c: boolean }>('SELECT ST_Covers(geom, ST_SetSRID(ST_MakePoint($2, $3), 4326)) AS c FROM divisions WHERE code = $1', [code, lng, lat])).rows[0]!.c
const revisionCount = async (id: number) =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM boundary_line_revisions WHERE line_id = $1', [id])).rows[0]!.n

describe('GET /api/boundaries/lines', () => {
  it('lists the lines as GeoJSON with their units, nodes and version', async () => {
    const s = await app.as('viewer')
    const res = await s.get('/api/boundaries/lines')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('application/geo+json')
    const body = JSON.parse(res.text)
    expect(body.numberReturned).toBe(7)
    const ab = body.features.find((f: { properties: { code: string } }) => f.properties.code === AB)
    expect(ab.properties).toMatchObject({ name: '咸安区温泉街道—浮山街道线', status: 'in_survey', kind: 'legal', version: 1 })
    expect([ab.properties.left_unit_name, ab.properties.right_unit_name].sort()).toEqual(['浮山街道', '温泉街道'].sort())
    expect(ab.geometry.type).toBe('LineString')
  })

  it('needs a login and refuses writes to a viewer', async () => {
    expect((await app.anon.get('/api/boundaries/lines')).status).toBe(401)
    const line = await lineByCode(t.db, AB)
    const viewer = await app.as('viewer')
    const res = await viewer.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: line.coordinates }, version: line.version, reason: 'x' })
    expect(res.status).toBe(403)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })
})

describe('POST /api/boundaries/lines/:id/revisions', () => {
  it('moves a shared vertex: both township polygons change, a revision and an audit row are written', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    expect(await covers(FUSHAN, 114.2555, 29.88)).toBe(true)
    const res = await s.post(`/api/boundaries/lines/${line.id}/revisions`, {
      geometry: { type: 'LineString', coordinates: moveAbVertex(line.coordinates, [114.258, 29.88]) }, version: line.version, reason: '实地勘测调整',
    })
    expect(res.status).toBe(201)
    expect(res.headers.location).toMatch(new RegExp(`^/api/boundaries/lines/${line.id}/revisions/\\d+$`))
    expect(JSON.parse(res.text).properties.version).toBe(line.version + 1)
    expect(await covers(WENQUAN, 114.2555, 29.88)).toBe(true)
    expect(await covers(FUSHAN, 114.2555, 29.88)).toBe(false)
    const { rows } = await t.db.query<{ action: string; reason: string }>(
      `SELECT action, reason FROM audit_log WHERE entity_type = 'boundary_line' AND entity_id = $1`, [String(line.id)])
    expect(rows).toEqual([{ action: 'boundaries.line_edit', reason: '实地勘测调整' }])
  })

  it('answers a stale version with 409 carrying the current line, and stores nothing', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    const before = await revisionCount(line.id)
    const res = await s.post(`/api/boundaries/lines/${line.id}/revisions`, {
      geometry: { type: 'LineString', coordinates: moveAbVertex(line.coordinates, [114.251, 29.88]) }, version: line.version - 1, reason: 'stale',
    })
    expect(res.status).toBe(409)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body.current.properties.version).toBe(line.version)
    expect(res.body.current.geometry.coordinates).toEqual(line.coordinates)
    expect(await revisionCount(line.id)).toBe(before)
  })

  it('gives exactly one 409 to two concurrent saves of one line, and the loser reapplies without losing either change', async () => {
    const a = await app.as('surveyor', 'surveyor_a')
    const b = await app.as('surveyor', 'surveyor_b')
    const line = await lineByCode(t.db, AB)
    const editA = moveAbVertex(line.coordinates, [114.2565, 29.881])
    const editB = moveAbVertex(line.coordinates, [114.2485, 29.869], 'lower')
    const [ra, rb] = await Promise.all([
      a.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: editA }, version: line.version, reason: 'A' }),
      b.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: editB }, version: line.version, reason: 'B' }),
    ])
    expect([ra.status, rb.status].sort()).toEqual([201, 409])
    const [winner, loser] = ra.status === 201 ? [ra, rb] : [rb, ra]
    const loserSession = loser === ra ? a : b
    const loserEdit = loser === ra ? editA : editB
    const winnerEdit = loser === ra ? editB : editA
    expect(loser.body.current.properties.version).toBe(line.version + 1)
    expect(loser.body.current.geometry.coordinates).toEqual(winnerEdit)
    expect(JSON.parse(winner.text).properties.version).toBe(line.version + 1)
    // Reapply the loser's moved vertex onto the current geometry (what the client's "reload and reapply" does).
    const moved = loserEdit.find((p, i) => p[0] !== line.coordinates[i]![0] || p[1] !== line.coordinates[i]![1])!
    const index = loserEdit.indexOf(moved)
    const merged = loser.body.current.geometry.coordinates.map((p: number[], i: number) => (i === index ? moved : p))
    const again = await loserSession.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: merged }, version: line.version + 1, reason: 'reapplied' })
    expect(again.status).toBe(201)
    const final = await lineByCode(t.db, AB)
    expect(final.coordinates).toContainEqual(winnerEdit.find((p, i) => p[0] !== line.coordinates[i]![0] || p[1] !== line.coordinates[i]![1]))
    expect(final.coordinates).toContainEqual(moved)
    const { rows } = await t.db.query<{ reason: string }>('SELECT reason FROM boundary_line_revisions WHERE line_id = $1 ORDER BY line_version', [line.id])
    expect(rows.map((r) => r.reason).slice(-2)).toEqual([winner === ra ? 'A' : 'B', 'reapplied'])
  })

  it('refuses a save that would break the county partition, names the gap and stores nothing', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, '421202001-EXT')
    const polygonBefore = (await t.db.query<{ g: string }>('SELECT ST_AsText(geom) AS g FROM divisions WHERE code = $1', [WENQUAN])).rows[0]!.g
    const inward = [...line.coordinates.slice(0, 1), [114.21, 29.88], ...line.coordinates.slice(1)]
    const res = await s.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: inward }, version: line.version, reason: 'gap' })
    expect(res.status).toBe(422)
    expect(res.body.reason).toBe('partition_broken')
    expect(res.body.problems[0]).toMatchObject({ problem: 'gap', county_code: '421202000000' })
    expect(res.body.problems[0].area_m2).toBeGreaterThan(1000)
    expect(res.body.problems[0].location.type).toBe('Point')
    expect((await lineByCode(t.db, '421202001-EXT')).version).toBe(line.version)
    expect((await t.db.query<{ g: string }>('SELECT ST_AsText(geom) AS g FROM divisions WHERE code = $1', [WENQUAN])).rows[0]!.g).toBe(polygonBefore)
  })

  it('refuses a line crossing another line, a moved end and a self-intersection', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    const post = (coordinates: number[][]) =>
      s.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates }, version: line.version, reason: 'bad' })
    const cross = await post(moveAbVertex(line.coordinates, [114.249, 29.84], 'lower'))
    expect(cross.status).toBe(422)
    expect(cross.body.reason).toBe('line_crosses_line')
    const moved = await post([[line.coordinates[0]![0]! + 0.0001, line.coordinates[0]![1]!], ...line.coordinates.slice(1)])
    expect(moved.status).toBe(422)
    expect(moved.body.reason).toBe('line_endpoint_moved')
    const first = line.coordinates[0]!
    const last = line.coordinates[line.coordinates.length - 1]!
    const dir = Math.sign(last[1]! - first[1]!)
    const bowtie = [first, [114.255, first[1]! + dir * 0.02], [114.245, first[1]! + dir * 0.02], [114.256, first[1]! + dir * 0.01], last]
    const kinked = await post(bowtie)
    expect(kinked.status).toBe(422)
    expect(kinked.body.reason).toBe('line_self_intersection')
    expect((await lineByCode(t.db, AB)).version).toBe(line.version)
  })

  it('answers a malformed body with a 400 problem naming the field', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    const res = await s.post(`/api/boundaries/lines/${line.id}/revisions`, { geometry: { type: 'LineString', coordinates: [[200, 30]] }, version: line.version })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toEqual(expect.arrayContaining(['body.reason']))
  })
})

describe('revisions: list, diff, restore', () => {
  it('shows a revision as a before/after diff and restores the original geometry with both polygons', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    const list = await s.get(`/api/boundaries/lines/${line.id}/revisions`)
    expect(list.status).toBe(200)
    const items = list.body.items as Array<{ id: number; action: string; line_version: number; created_by: string }>
    expect(items[0]!.line_version).toBe(line.version)
    const edit = items.filter((r) => r.action === 'edit').at(-1)!
    const diff = await s.get(`/api/boundaries/lines/${line.id}/revisions/${edit.id}`)
    expect(diff.status).toBe(200)
    expect(diff.body.diff.features.map((f: { properties: { role: string } }) => f.properties.role)).toEqual(['before', 'after'])
    expect(diff.body.max_displacement_m).toBeGreaterThan(100)
    const created = items.find((r) => r.action === 'create')!
    const res = await s.post(`/api/boundaries/lines/${line.id}/revisions/${created.id}/restore`, { version: line.version })
    expect(res.status).toBe(201)
    const restored = await lineByCode(t.db, AB)
    expect(restored.coordinates).toContainEqual([114.252, 29.88])
    expect(restored.coordinates).toContainEqual([114.249, 29.87])
    expect(await covers(FUSHAN, 114.2555, 29.88)).toBe(true)
    const latest = (await s.get(`/api/boundaries/lines/${line.id}/revisions`)).body.items[0]
    expect(latest).toMatchObject({ action: 'restore', restored_from_id: created.id, reason: `restore version ${1}` })
  })

  it('404s for a revision of another line', async () => {
    const s = await app.as('viewer')
    const res = await s.get('/api/boundaries/lines/1/revisions/999999')
    expect(res.status).toBe(404)
  })
})

describe('claims of a disputed line', () => {
  it('adds the left unit\'s claimed line, marks the line disputed and refuses a second left claim', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, AB)
    const claim = moveAbVertex(line.coordinates, [114.255, 29.88])
    const res = await s.post(`/api/boundaries/lines/${line.id}/claims`, { side: 'left', geometry: { type: 'LineString', coordinates: claim }, reason: '温泉街道主张' })
    expect(res.status).toBe(201)
    const body = JSON.parse(res.text)
    expect(body.properties).toMatchObject({ kind: 'claimed_left', claim_of_line_id: line.id, code: `${AB}-L` })
    const lines = JSON.parse((await s.get('/api/boundaries/lines')).text)
    expect(lines.features.find((f: { properties: { code: string } }) => f.properties.code === AB).properties.status).toBe('disputed')
    const again = await s.post(`/api/boundaries/lines/${line.id}/claims`, { side: 'left', geometry: { type: 'LineString', coordinates: claim }, reason: 'again' })
    expect(again.status).toBe(409)
  })
})

describe('PATCH /api/boundaries/lines/:id', () => {
  it('edits status and agreement reference with the version and refuses a claim kind on a line', async () => {
    const s = await app.as('surveyor')
    const line = await lineByCode(t.db, '421202002-421202003')
    const ok = await s.patch(`/api/boundaries/lines/${line.id}`, { version: line.version, status: 'agreed', agreement_ref: '咸安〔2024〕3号' })
    expect(ok.status).toBe(200)
    expect(ok.body.properties).toMatchObject({ status: 'agreed', agreement_ref: '咸安〔2024〕3号', version: line.version + 1 })
    const stale = await s.patch(`/api/boundaries/lines/${line.id}`, { version: line.version, status: 'disputed' })
    expect(stale.status).toBe(409)
    const kind = await s.patch(`/api/boundaries/lines/${line.id}`, { version: line.version + 1, kind: 'claimed_left' })
    expect(kind.status).toBe(400)
  })
})
