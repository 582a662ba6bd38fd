import { describe, expect, it } from 'vitest'
import { TEST_ENGINE, useTestDb, GIS_DATA_DIR } from '../../helpers/test-db.ts'
import { seed } from '../../../server/src/seed/seed.ts'
import { createTestApp } from '../../helpers/test-app.ts'
import { SYNTHETIC_SOURCE } from '../../../server/src/seed/facilities.seed.ts'
import { validateFacilityAttributes } from '../../../server/src/domain/facilities/validate-facility-attributes.ts'

const t = useTestDb({ seed: 'divisions' })

describe(`facilities seed (${TEST_ENGINE})`, () => {
  it('generates a registry sized like the bureau report, all marked synthetic', async () => {
    const done = await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: ['facilities'] })
    expect(done[0]!.step).toBe('facilities')
    const { rows } = await t.db.query<{ type: string; n: number }>('SELECT type, count(*)::int AS n FROM facilities GROUP BY type')
    const n = Object.fromEntries(rows.map((r) => [r.type, r.n]))
    expect(n).toMatchObject({ urban_home_care_centre: 126, rural_mutual_aid_centre: 519, elder_care_institution: 90, ancestral_hall: 254, rescue_station: 6, funeral_home: 6 })
    expect(n.public_cemetery).toBe(18)
    for (const type of ['social_welfare_institute', 'children_welfare_centre', 'honour_home', 'foster_institution', 'relief_material_reserve', 'emergency_shelter']) {
      expect(n[type], type).toBeGreaterThan(0)
    }
    const sources = await t.db.query<{ source: string }>('SELECT DISTINCT source FROM facilities')
    expect(sources.rows).toEqual([{ source: SYNTHETIC_SOURCE }])
  })

  it('has at least 23 rural welfare homes awaiting upgrade and mostly converted ancestral halls', async () => {
    const awaiting = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM facilities WHERE type = 'rural_welfare_home' AND attributes->>'upgrade_status' = 'awaiting'")
    expect(awaiting.rows[0]!.n).toBeGreaterThanOrEqual(23)
    const res = await createTestApp(t.db).as('viewer').then((v) => v.get('/api/facilities?type=ancestral_hall'))
    const statuses = res.body.features.map((f: { properties: { hall_status: string } }) => f.properties.hall_status)
    expect(statuses).toHaveLength(254)
    expect(statuses.filter((s: string) => s.startsWith('converted')).length / 254).toBeGreaterThan(0.7)
  })

  it('places every facility inside its township, serving a village of that township, with valid attributes', async () => {
    const outside = await t.db.query(`SELECT f.id FROM facilities f JOIN divisions d ON d.code = f.division_code
      WHERE d.level <> 'township' OR NOT ST_Intersects(d.geom, f.geom)`)
    expect(outside.rows).toEqual([])
    const mismatched = await t.db.query(`SELECT f.id FROM facilities f JOIN divisions v ON v.code = f.village_code WHERE v.parent_code <> f.division_code`)
    expect(mismatched.rows).toEqual([])
    const { rows } = await t.db.query<{ type: string; attributes: Record<string, unknown> }>('SELECT type, attributes FROM facilities WHERE type <> $1', ['ancestral_hall'])
    expect(rows.filter((r) => !validateFacilityAttributes(r.type, r.attributes).valid)).toEqual([])
  })

  it('answers a city-sized coverage run with sensible figures', async () => {
    const planner = await createTestApp(t.db).as('planner')
    const res = await planner.post('/api/coverage/run', { types: ['rural_mutual_aid_centre'], distance_m: 1000 })
    expect(res.status).toBe(200)
    expect(res.body.villages).toHaveLength(1096)
    const rural = res.body.has_facility.summary.total.rural
    expect(rural.demandCount).toBe(894)
    expect(rural.coveredCount).toBeGreaterThanOrEqual(480)
    expect(rural.coveredCount).toBeLessThanOrEqual(519)
    expect(res.body.within_reach.summary.counties).toHaveLength(6)
  })
})
