import { beforeAll, describe, expect, it } from 'vitest'
import { useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { COUNTY, lineByCode, moveAbVertex, seedBoundaryFixture } from './boundaries.fixture.ts'

const t = useTestDb()
let app: TestApp
let s: TestSession
const AC = '421202001-421202003'

beforeAll(async () => {
  await seedBoundaryFixture(t.db)
  app = createTestApp(t.db)
  s = await app.as('surveyor')
})

describe('GET /api/boundaries/validation', () => {
  it('finds nothing wrong in the derived topology', async () => {
    const res = await s.get('/api/boundaries/validation')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ valid: true, errors: [], checked: { counties: 1, lines: 7, markers: 0 } })
  })

  it('reports a gap introduced behind the API\'s back, with its area and location', async () => {
    const line = await lineByCode(t.db, '421202001-EXT')
    const inward = [line.coordinates[0], [114.21, 29.88], ...line.coordinates.slice(1)]
    await t.db.transaction(async (tx) => {
      await tx.query('UPDATE boundary_lines SET geom = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) WHERE id = $1', [line.id, JSON.stringify({ type: 'LineString', coordinates: inward })])
      const { rebuildTownships } = await import('../../../server/src/db/boundaries.topology.ts')
      await rebuildTownships(tx, ['421202001000'], 'test')
    })
    const res = await s.get(`/api/boundaries/validation?county=${COUNTY}`)
    expect(res.body.valid).toBe(false)
    const gap = res.body.errors.find((e: { code: string }) => e.code === 'gap')
    expect(gap.county_code).toBe(COUNTY)
    expect(gap.area_m2).toBeGreaterThan(1000)
    const [lng, lat] = gap.location.coordinates
    expect(lng).toBeGreaterThan(114.2)
    expect(lng).toBeLessThan(114.25)
    expect(lat).toBeGreaterThan(29.85)
    expect(lat).toBeLessThan(29.9)
    // put it back
    await t.db.transaction(async (tx) => {
      await tx.query('UPDATE boundary_lines SET geom = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) WHERE id = $1', [line.id, JSON.stringify({ type: 'LineString', coordinates: line.coordinates })])
      const { rebuildTownships } = await import('../../../server/src/db/boundaries.topology.ts')
      await rebuildTownships(tx, ['421202001000'], 'test')
    })
    expect((await s.get('/api/boundaries/validation')).body.valid).toBe(true)
  })

  it('reports a marker off its line and numbers out of order, with the expected number', async () => {
    const line = await lineByCode(t.db, AC)
    await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.21, lat: 29.85 }, number: `${AC}-002A` })
    await s.post('/api/boundaries/markers', { line_id: line.id, position: { lng: 114.23, lat: 29.85002 }, number: `${AC}-001A` })
    const res = await s.get('/api/boundaries/validation?marker_tolerance_m=0.5')
    const codes = res.body.errors.map((e: { code: string; marker_number: string; expected?: string }) => [e.code, e.marker_number, e.expected ?? null])
    expect(codes).toEqual(expect.arrayContaining([
      ['marker_off_line', `${AC}-001A`, null],
      ['numbering_out_of_order', `${AC}-002A`, `${AC}-001A`],
      ['numbering_out_of_order', `${AC}-001A`, `${AC}-002A`],
    ]))
    const off = res.body.errors.find((e: { code: string }) => e.code === 'marker_off_line')
    expect(off.distance_m).toBeCloseTo(2.22, 1) // 0.00002° of latitude
    const relaxed = await s.get('/api/boundaries/validation?marker_tolerance_m=5')
    expect(relaxed.body.errors.some((e: { code: string }) => e.code === 'marker_off_line')).toBe(false)
  })

  it('rejects an unknown parameter', async () => {
    expect((await s.get('/api/boundaries/validation?foo=1')).status).toBe(400)
  })
})

describe('POST /api/boundaries/validation (draft)', () => {
  it('reports the gap a proposed geometry would leave, and stores nothing', async () => {
    const line = await lineByCode(t.db, '421202002-EXT')
    const inward = [line.coordinates[0], ...line.coordinates.slice(1, -1), [114.29, 29.89], line.coordinates[line.coordinates.length - 1]]
    const res = await s.post('/api/boundaries/validation', { lines: [{ id: line.id, geometry: { type: 'LineString', coordinates: inward } }] })
    expect(res.status).toBe(200)
    expect(res.body.errors.map((e: { code: string }) => e.code)).toContain('gap')
    expect((await lineByCode(t.db, '421202002-EXT')).coordinates).toEqual(line.coordinates)
    const stored = await s.get('/api/boundaries/validation')
    expect(stored.body.errors.some((e: { code: string }) => e.code === 'gap')).toBe(false)
  })

  it('reports a self-intersection and a crossing of a proposed geometry at their locations', async () => {
    const ab = await lineByCode(t.db, '421202001-421202002')
    const crossing = moveAbVertex(ab.coordinates, [114.249, 29.84], 'lower')
    const res = await s.post('/api/boundaries/validation', { lines: [{ id: ab.id, geometry: { type: 'LineString', coordinates: crossing } }] })
    const codes = res.body.errors.map((e: { code: string }) => e.code)
    expect(codes).toContain('line_crossing')
    const crossingError = res.body.errors.find((e: { code: string }) => e.code === 'line_crossing')
    expect(crossingError.location.type).toBe('Point')
  })
})
