import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { CODES, insertFixtureDivisions } from './facilities.fixture.ts'

/**
 * Hand-computed fixture (see facilities.fixture.ts for the villages). Two rural mutual-aid centres:
 * F1 (114.306, 29.846) in T1, serving V11; F2 (114.334, 29.854) in T2, serving V22.
 * Geodesic distances (PostGIS geography):
 *   V11–F1 147.1   V12–F1 1002.3   V13–F1 1323.5   V21–F2 1323.5   V22–F2 147.1   V31 ≥ 28 km
 * Radii are chosen ≥ 50 m away from every distance.
 */
const t = useTestDb()
let app: TestApp
let planner: TestSession
const ids: Record<string, number> = {}
const TYPE = 'rural_mutual_aid_centre'

beforeAll(async () => {
  await insertFixtureDivisions(t.db)
  app = createTestApp(t.db)
  planner = await app.as('planner')
  for (const [name, lng, lat] of [['F1', 114.306, 29.846], ['F2', 114.334, 29.854]] as const) {
    const res = await planner.post('/api/facilities', { type: TYPE, name, geometry: { type: 'Point', coordinates: [lng, lat] } })
    ids[name] = res.body.id
  }
  // A facility of another type must not count.
  await planner.post('/api/facilities', { type: 'funeral_home', name: '殡仪馆', geometry: { type: 'Point', coordinates: [114.315, 29.855] } })
})

const run = (body: object) => planner.post('/api/coverage/run', { types: [TYPE], ...body })
type Village = { code: string; within_reach: boolean; has_facility: boolean; nearest_m: number | null }
const covered = (villages: Village[]) => villages.filter((v) => v.within_reach).map((v) => v.code).sort()

describe(`coverage run (${TEST_ENGINE})`, () => {
  it('gives the bureau measure: 1 of 2 communities, 1 of 4 villages contain a centre', async () => {
    const res = await run({ distance_m: 500 })
    expect(res.status).toBe(200)
    const { total } = res.body.has_facility.summary
    expect(total.urban).toMatchObject({ demandCount: 2, coveredCount: 1, countRate: 0.5, population: 1500, coveredPopulation: 1000 })
    expect(total.rural).toMatchObject({ demandCount: 4, coveredCount: 1, countRate: 0.25, population: 600, coveredPopulation: 100, populationUnknownCount: 1 })
    expect(res.body.has_facility.headline.zh).toBe('测试市农村老年人互助照料活动中心（辖区内设有）：城市社区覆盖率 50%，农村 25%')
  })

  it('covers V11 and V22 within 500 m', async () => {
    const res = await run({ distance_m: 500 })
    expect(covered(res.body.villages)).toEqual([CODES.v11, CODES.v22].sort())
    expect(res.body.villages.find((v: Village) => v.code === CODES.v11).nearest_m).toBeCloseTo(147.1, 0)
  })

  it('adds V12 at 1,200 m and V13, V21 at 1,500 m, with per-township figures', async () => {
    const mid = await run({ distance_m: 1200 })
    expect(covered(mid.body.villages)).toEqual([CODES.v11, CODES.v12, CODES.v22].sort())
    expect(mid.body.within_reach.headline.zh).toBe('测试市农村老年人互助照料活动中心（1.2 公里内）：城市社区覆盖率 100%，农村 25%')
    const far = await run({ distance_m: 1500 })
    expect(covered(far.body.villages)).toEqual([CODES.v11, CODES.v12, CODES.v13, CODES.v21, CODES.v22].sort())
    const [xianan, jiayu] = far.body.within_reach.summary.counties
    expect(xianan.townships.map((x: { code: string; all: { countRate: number } }) => [x.code, x.all.countRate])).toEqual([[CODES.t1, 1], [CODES.t2, 1]])
    expect(jiayu.townships[0].all).toMatchObject({ demandCount: 1, coveredCount: 0, countRate: 0, populationRate: null })
    expect(far.body.within_reach.summary.total.rural).toMatchObject({ coveredCount: 3, countRate: 0.75, populationRate: 1 })
  })

  it('limits demand to a scope and keeps supply from outside it', async () => {
    const res = await run({ distance_m: 1500, scope: CODES.t2 })
    expect(res.body.villages.map((v: Village) => v.code)).toEqual([CODES.v21, CODES.v22])
    expect(res.body.scope_name).toBe('二镇')
  })

  it('rejects an unknown type, a negative or zero distance, an unknown scope — clearly', async () => {
    const cases: [object, string][] = [
      [{ types: ['temple'], distance_m: 500 }, 'body.types.0'],
      [{ distance_m: -5 }, 'body.distance_m'],
      [{ distance_m: 0 }, 'body.distance_m'],
      [{ distance_m: 60_000 }, 'body.distance_m'],
      [{ distance_m: 500, scope: '421299000000' }, 'body.scope'],
      [{ distance_m: 500, colour: 'red' }, 'body'],
    ]
    for (const [body, parameter] of cases) {
      const res = await run(body)
      expect(res.status, parameter).toBe(400)
      expect(res.headers['content-type']).toMatch(/problem\+json/)
      expect(res.body.errors.map((e: { parameter: string }) => e.parameter).join(' ')).toContain(parameter)
    }
  })

  it('says when road distances are unavailable', async () => {
    const res = await run({ distance_m: 500, network: 'road' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toEqual({ parameter: 'body.network', detail: 'no_road_network' })
    expect((await planner.get('/api/coverage/options')).body).toMatchObject({ road_network: false, max_distance_m: 50000 })
  })

  it('lets viewers run analyses but not save them', async () => {
    const viewer = await app.as('viewer')
    expect((await viewer.post('/api/coverage/run', { types: [TYPE], distance_m: 500 })).status).toBe(200)
    expect((await viewer.post('/api/coverage/analyses', { kind: 'run', name: 'x', parameters: { types: [TYPE], distance_m: 500 } })).status).toBe(403)
    const namer = await app.as('namer')
    expect((await namer.post('/api/coverage/run', { types: [TYPE], distance_m: 500 })).status).toBe(403)
  })
})

describe(`coverage suggestions (${TEST_ENGINE})`, () => {
  const suggest = (body: object) => planner.post('/api/coverage/suggest', { types: [TYPE], distance_m: 500, ...body })

  it('puts 2 sites where the most people are uncovered (V12 500, V13 300) — exactly, by HiGHS', async () => {
    const res = await suggest({ k: 2 })
    expect(res.status).toBe(200)
    expect(res.body.sites.map((s: { village_code: string; gain: number }) => [s.village_code, s.gain])).toEqual([[CODES.v12, 500], [CODES.v13, 300]])
    expect(res.body.solver).toMatchObject({ solver: 'highs', status: 'optimal', gap: 0, objective: 800 })
    expect(res.body.before.within_reach.summary.total.all.coveredPopulation).toBe(1100)
    expect(res.body.after.within_reach.summary.total.all.coveredPopulation).toBe(1900)
    expect(res.body.sites[0].covers).toEqual([CODES.v12])
  })

  it('counts places instead of people when asked', async () => {
    const res = await suggest({ k: 4, weight: 'count' })
    expect(res.body.solver.objective).toBe(4)
    expect(res.body.after.within_reach.summary.total.all.coveredCount).toBe(6)
  })

  it('counts only the chosen class of demand: rural villages only → V13 (300), V21 (200)', async () => {
    const res = await suggest({ k: 2, demand_class: 'rural' })
    expect(res.body.sites.map((s: { village_code: string; gain: number }) => [s.village_code, s.gain])).toEqual([[CODES.v13, 300], [CODES.v21, 200]])
  })

  it('requires a site in every township without a centre (T3)', async () => {
    const res = await suggest({ k: 2, require_per_township: true })
    expect(res.body.sites.map((s: { township_code: string }) => s.township_code).sort()).toEqual([CODES.t1, CODES.t3].sort())
    expect((await suggest({ k: 1, require_per_township: true })).body.sites[0].village_code).toBe(CODES.v31)
  })

  it('refuses k larger than the candidate sites and a township with no candidate', async () => {
    const tooMany = await suggest({ k: 7 })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors[0]).toEqual({ parameter: 'body.k', detail: 'k_exceeds_candidates' })
    const coarse = await suggest({ k: 3, candidates: 'grid', grid_m: 10000, require_per_township: true })
    expect(coarse.status).toBe(400)
    expect(coarse.body.errors[0].detail).toMatch(/township_without_candidates|k_exceeds_candidates/)
  })

  it('offers grid candidates inside the townships', async () => {
    const res = await suggest({ k: 1, candidates: 'grid', grid_m: 500 })
    expect(res.status).toBe(200)
    expect(res.body.solver.candidates).toBeGreaterThan(20)
    expect(res.body.sites[0].gain).toBeGreaterThanOrEqual(500)
  })
})

describe(`coverage what-if (${TEST_ENGINE})`, () => {
  it('shows the delta of moving F1 next to V12, adding one at V21 and closing F2 (500 m)', async () => {
    const res = await planner.post('/api/coverage/what-if', {
      types: [TYPE], distance_m: 500,
      changes: { move: [{ id: ids.F1, lng: 114.305, lat: 29.8545 }], add: [{ type: TYPE, lng: 114.325, lat: 29.845 }], close: [ids.F2] },
    })
    expect(res.status).toBe(200)
    expect(res.body.delta.within_reach).toMatchObject({
      gained: [CODES.v12, CODES.v21], lost: [CODES.v11, CODES.v22], gainedPopulation: 700, lostPopulation: 1100,
    })
    expect(res.body.delta.has_facility).toMatchObject({ gained: [CODES.v12, CODES.v21], lost: [CODES.v11, CODES.v22] })
    const stored = await planner.get(`/api/facilities/${ids.F1}`)
    expect(stored.body.properties.version).toBe(1)
  })

  it('rejects unknown facilities and points outside every division', async () => {
    const unknown = await planner.post('/api/coverage/what-if', { types: [TYPE], distance_m: 500, changes: { close: [999999] } })
    expect(unknown.status).toBe(400)
    const outside = await planner.post('/api/coverage/what-if', { types: [TYPE], distance_m: 500, changes: { add: [{ type: TYPE, lng: 116, lat: 31 }] } })
    expect(outside.status).toBe(400)
    expect(outside.body.errors[0].detail).toBe('outside_every_division')
  })
})

describe(`coverage along roads (${TEST_ENGINE})`, () => {
  it('measures V13 at 1,867 m by road (L-shaped road from F1), not 1,324 m straight', async () => {
    await t.db.query(`INSERT INTO roads (geom, source) VALUES (ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 'test')`, [
      JSON.stringify({ type: 'LineString', coordinates: [[114.306, 29.846], [114.315, 29.846], [114.315, 29.855]] }),
    ])
    const v13 = (res: { body: { villages: (Village & { code: string })[] } }) => res.body.villages.find((v) => v.code === CODES.v13)!
    expect(v13(await run({ distance_m: 1500 })).within_reach).toBe(true)
    expect(v13(await run({ distance_m: 1500, network: 'road' })).within_reach).toBe(false)
    const road = v13(await run({ distance_m: 2000, network: 'road' }))
    expect(road.within_reach).toBe(true)
    expect(road.nearest_m).toBeCloseTo(1867.4, 0)
  })
})

describe(`saved analyses (${TEST_ENGINE})`, () => {
  it('saves parameters with results, lists, exports XLSX and deletes with the version', async () => {
    const saved = await planner.post('/api/coverage/analyses', { kind: 'suggest', name: '2025 互助点选址', parameters: { types: [TYPE], distance_m: 500, k: 2 } })
    expect(saved.status).toBe(201)
    expect(saved.headers.location).toBe(`/api/coverage/analyses/${saved.body.id}`)
    expect(saved.body.parameters).toMatchObject({ kind: 'suggest', k: 2, distance_m: 500 })
    expect(saved.body.results.sites).toHaveLength(2)
    const list = await planner.get('/api/coverage/analyses')
    expect(list.body.items[0]).toMatchObject({ id: saved.body.id, name: '2025 互助点选址' })
    const xlsx = await planner.get(`/api/coverage/analyses/${saved.body.id}/export`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => cb(null, Buffer.concat(chunks)))
    })
    expect(xlsx.status).toBe(200)
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.body)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概要', '乡镇覆盖', '未覆盖村社区', '建议选址', '选址前乡镇覆盖'])
    expect(wb.getWorksheet('建议选址')!.getRow(2).getCell(7).value).toBe(500)
    expect((await planner.delete(`/api/coverage/analyses/${saved.body.id}?version=2`)).status).toBe(409)
    expect((await planner.delete(`/api/coverage/analyses/${saved.body.id}?version=1`)).status).toBe(204)
  })

  it('stores nothing when the parameters are bad', async () => {
    const before = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM coverage_analyses')).rows[0]!.n
    const res = await planner.post('/api/coverage/analyses', { kind: 'suggest', name: 'bad', parameters: { types: [TYPE], distance_m: 500, k: 99 } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].parameter).toBe('body.parameters.k')
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM coverage_analyses')).rows[0]!.n).toBe(before)
  })
})
