import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { useTestDb } from '../../../helpers/test-db.ts'
import { insertAreaRows } from './area-fixtures.ts'
import { insertDivisions } from './divisions-fixture.ts'

const t = useTestDb()
let app: TestApp

beforeAll(async () => {
  await insertDivisions(t.db)
  await insertAreaRows(t.db)
  app = createTestApp(t.db)
})

const ids = (body: { collections: { id: string }[] }) => body.collections.map((c) => c.id)

describe('OGC access by role', () => {
  it('lists only public collections to anonymous users and asks them to log in for the rest', async () => {
    const list = await app.anon.get('/ogc/collections?f=json')
    expect(ids(list.body)).toContain('place_names')
    expect(ids(list.body)).not.toContain('place_names_all')
    expect(ids(list.body)).not.toContain('boundary_markers')
    const res = await app.anon.get('/ogc/collections/place_names_all/items')
    expect(res.status).toBe(401)
    expect(res.headers['content-type']).toMatch(/problem\+json/)
  })
  it('shows internal collections to a role holding their permission', async () => {
    const viewer = await app.as('viewer')
    const list = await viewer.get('/ogc/collections?f=json')
    expect(ids(list.body)).toEqual(expect.arrayContaining(['place_names_all', 'facilities_all', 'boundary_lines', 'boundary_markers']))
    const res = await viewer.get('/ogc/collections/place_names_all/items?status=proposed')
    expect(res.status).toBe(200)
    expect(res.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['新月湖'])
  })
  it('publishes approved names only in the public collection', async () => {
    const res = await app.anon.get('/ogc/collections/place_names/items?limit=100')
    expect(res.body.features.map((f: { properties: { status: string } }) => f.properties.status)).toEqual(['approved', 'approved', 'approved'])
    expect((await app.anon.get('/ogc/collections/place_names/items?status=proposed')).status).toBe(400)
  })
  it('keeps retired facilities and attributes out of the public facility collections', async () => {
    const res = await app.anon.get('/ogc/collections/facilities_elder_care_institution/items')
    expect(res.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['温泉养老院'])
    expect(Object.keys(res.body.features[0].properties)).not.toContain('attributes')
  })
  it('filters by a date property and rejects an impossible date', async () => {
    const ok = await app.anon.get('/ogc/collections/place_names/items?approved_on=2020-01-15')
    expect(ok.body.features.map((f: { properties: { name: string; approved_on: string } }) => [f.properties.name, f.properties.approved_on])).toEqual([['桂花村', '2020-01-15']])
    expect((await app.anon.get('/ogc/collections/place_names/items?approved_on=2020-02-30')).status).toBe(400)
  })
  it('serves private tiles only with the permission, never to shared caches', async () => {
    expect((await app.anon.get('/tiles/boundary_markers.json')).status).toBe(401)
    const viewer = await app.as('viewer')
    const res = await viewer.get('/tiles/facilities_all/12/3348/1692.pbf')
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-cache')
    expect(res.headers.vary).toMatch(/Cookie/)
  })
})
