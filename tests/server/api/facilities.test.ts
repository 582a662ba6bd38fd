import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp } from '../../helpers/test-app.ts'
import { CODES, insertFixtureDivisions } from './facilities.fixture.ts'

const t = useTestDb()
let app: TestApp

beforeAll(async () => {
  await insertFixtureDivisions(t.db)
  app = createTestApp(t.db)
})

const at = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] })
const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n

const elderHome = {
  type: 'elder_care_institution', name: '一镇颐养院', address: '一镇建设路 1 号',
  attributes: { beds: 120, occupied_beds: 90, care_levels: ['self_care', 'disabled'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01' },
  geometry: at(114.306, 29.846),
}

describe(`facilities registry (${TEST_ENGINE})`, () => {
  it('creates a facility, locating its township and the village it serves from the point', async () => {
    const planner = await app.as('planner')
    const res = await planner.post('/api/facilities', elderHome)
    expect(res.status).toBe(201)
    expect(res.headers['content-type']).toMatch(/application\/geo\+json/)
    expect(res.headers.location).toBe(`/api/facilities/${res.body.id}`)
    expect(res.body.properties).toMatchObject({
      type: 'elder_care_institution', name: '一镇颐养院', status: 'active', version: 1, source: 'manual',
      division_code: CODES.t1, division_name: '一镇', county_code: CODES.county, county_name: '咸安区',
      village_code: CODES.v11, village_name: '一社区', created_by: planner.username,
    })
    expect(res.body.geometry).toEqual(at(114.306, 29.846))
    const audit = await t.db.query("SELECT action FROM audit_log WHERE entity_type = 'facility' AND entity_id = $1", [String(res.body.id)])
    expect(audit.rows).toEqual([{ action: 'facilities.create' }])
  })

  it('ignores a division code sent by the client (not in the schema: 400)', async () => {
    const planner = await app.as('planner')
    const res = await planner.post('/api/facilities', { ...elderHome, division_code: CODES.t2 })
    expect(res.status).toBe(400)
  })

  it('refuses bad input with problem+json and stores nothing', async () => {
    const planner = await app.as('planner')
    const before = await count('facilities')
    const cases: [unknown, string][] = [
      [{ ...elderHome, type: 'cemetery' }, 'body.type'],
      [{ ...elderHome, attributes: { ...elderHome.attributes, occupied_beds: 121 } }, 'body.attributes.occupied_beds'],
      [{ ...elderHome, geometry: at(113.5, 29.85) }, 'body.geometry'],
      [{ ...elderHome, geometry: at(200, 29.85) }, 'body.geometry.coordinates.0'],
      [{ ...elderHome, name: '  ' }, 'body.name'],
    ]
    for (const [body, parameter] of cases) {
      const res = await planner.post('/api/facilities', body)
      expect(res.status, parameter).toBe(400)
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
      expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter)
    }
    expect(await count('facilities')).toBe(before)
  })

  it('forbids writes to viewers and anonymous users', async () => {
    const viewer = await app.as('viewer')
    expect((await viewer.post('/api/facilities', elderHome)).status).toBe(403)
    expect((await app.anon.get('/api/facilities')).status).toBe(401)
    expect((await viewer.get('/api/facilities')).status).toBe(200)
  })

  it('moves a facility, re-deriving its division, and audits the move', async () => {
    const planner = await app.as('planner')
    const created = (await planner.post('/api/facilities', { ...elderHome, name: '搬迁前' })).body
    const res = await planner.patch(`/api/facilities/${created.id}`, { version: 1, geometry: at(114.334, 29.856) })
    expect(res.status).toBe(200)
    expect(res.body.properties).toMatchObject({ version: 2, division_code: CODES.t2, village_code: CODES.v22, name: '搬迁前' })
    const audit = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id", [String(created.id)])
    expect(audit.rows.map((r) => r.action)).toEqual(['facilities.create', 'facilities.move'])
  })

  it('answers a stale version with 409 carrying the current facility, and changes nothing', async () => {
    const planner = await app.as('planner')
    const other = await app.as('planner', 'planner_two')
    const created = (await planner.post('/api/facilities', { ...elderHome, name: '并发' })).body
    expect((await other.patch(`/api/facilities/${created.id}`, { version: 1, name: '并发（甲）' })).status).toBe(200)
    const stale = await planner.patch(`/api/facilities/${created.id}`, { version: 1, name: '并发（乙）' })
    expect(stale.status).toBe(409)
    expect(stale.body.current.properties).toMatchObject({ name: '并发（甲）', version: 2 })
    const now = await planner.get(`/api/facilities/${created.id}`)
    expect(now.body.properties.name).toBe('并发（甲）')
  })

  it('refuses to move a facility outside every division (400, unchanged)', async () => {
    const planner = await app.as('planner')
    const created = (await planner.post('/api/facilities', { ...elderHome, name: '越界' })).body
    const res = await planner.patch(`/api/facilities/${created.id}`, { version: 1, geometry: at(115, 31) })
    expect(res.status).toBe(400)
    expect((await planner.get(`/api/facilities/${created.id}`)).body.properties.version).toBe(1)
  })

  it('retires with a reason, hides from the default list, and reactivates', async () => {
    const planner = await app.as('planner')
    const created = (await planner.post('/api/facilities', { ...elderHome, name: '撤并' })).body
    expect((await planner.post(`/api/facilities/${created.id}/retire`, { version: 1 })).status).toBe(400)
    const retired = await planner.post(`/api/facilities/${created.id}/retire`, { version: 1, reason: '撤并到中心院' })
    expect(retired.status).toBe(200)
    expect(retired.body.properties).toMatchObject({ status: 'retired', retired_reason: '撤并到中心院', version: 2 })
    const list = await planner.get('/api/facilities?q=撤并')
    expect(list.body.features).toEqual([])
    const all = await planner.get('/api/facilities?q=撤并&status=all')
    expect(all.body.numberMatched).toBe(1)
    expect((await planner.post(`/api/facilities/${created.id}/retire`, { version: 2, reason: 'again' })).status).toBe(409)
    expect((await planner.post(`/api/facilities/${created.id}/reactivate`, { version: 2 })).body.properties.status).toBe('active')
    const history = await planner.get(`/api/facilities/${created.id}/history`)
    expect(history.body.items.map((i: { action: string }) => i.action)).toEqual(['facilities.reactivate', 'facilities.retire', 'facilities.create'])
  })

  it('stores an ancestral hall history in order and reports the current status', async () => {
    const planner = await app.as('planner')
    const res = await planner.post('/api/facilities', {
      type: 'ancestral_hall', name: '陈氏宗祠', geometry: at(114.316, 29.854),
      attributes: { clan_surname: '陈', status_history: [{ status: 'active', date: '1990-01-01' }, { status: 'converted_cultural_centre', date: '2021-06-30' }] },
    })
    expect(res.status).toBe(201)
    expect(res.body.properties.hall_status).toBe('converted_cultural_centre')
    expect(res.body.properties.attributes.status_history).toEqual([
      { status: 'active', date: '1990-01-01' }, { status: 'converted_cultural_centre', date: '2021-06-30' },
    ])
    const bad = await planner.patch(`/api/facilities/${res.body.id}`, {
      version: 1, attributes: { status_history: [{ status: 'demolished', date: '2022-01-01' }, { status: 'active', date: '2023-01-01' }] },
    })
    expect(bad.status).toBe(400)
    const rows = await t.db.query('SELECT status FROM ancestral_hall_status_changes WHERE facility_id = $1 ORDER BY changed_on', [res.body.id])
    expect(rows.rows.map((r) => r.status)).toEqual(['active', 'converted_cultural_centre'])
  })

  it('filters the list by type, division and bbox, and rejects an unknown type', async () => {
    const viewer = await app.as('viewer')
    const byType = await viewer.get('/api/facilities?type=ancestral_hall')
    expect(byType.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['陈氏宗祠'])
    const byDivision = await viewer.get(`/api/facilities?division=${CODES.t2}`)
    expect(byDivision.body.features.every((f: { properties: { division_code: string } }) => f.properties.division_code === CODES.t2)).toBe(true)
    const byVillage = await viewer.get(`/api/facilities?division=${CODES.v13}`)
    expect(byVillage.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['陈氏宗祠'])
    const byBbox = await viewer.get('/api/facilities?bbox=114.315,29.85,114.317,29.86')
    expect(byBbox.body.numberReturned).toBe(1)
    const bad = await viewer.get('/api/facilities?type=ancestral_hall,temple')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].detail).toContain('temple')
  })

  it('lists the types with schemas and labels', async () => {
    const viewer = await app.as('viewer')
    const res = await viewer.get('/api/facilities/types')
    expect(res.body.types).toHaveLength(14)
    expect(res.body.types.find((x: { id: string }) => x.id === 'public_cemetery').schema.required).toEqual(['plots', 'used_plots'])
    expect(res.body.value_labels.public_private.zh).toBe('公建民营')
  })
})
