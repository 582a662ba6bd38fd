import { beforeAll, describe, expect, it } from 'vitest'
import { createCachedCoverageSource } from '../../../server/src/db/coverage.source.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { insertDivisions } from '../api/ogc/divisions-fixture.ts'

// The API's coverage source keeps villages and facilities per data version (issue 6: coverage in < 0.5 s
// on 100k × 10k once loaded). It must never answer from data older than the last write.

const t = useTestDb()

const addFacility = (name: string, lng: number, lat: number) => t.db.query(
  `INSERT INTO facilities (type, name, division_code, geom, source) VALUES ('rural_mutual_aid_centre', $1, '421202001000', ST_SetSRID(ST_MakePoint($2::float8, $3::float8), 4326), 'test')`,
  [name, lng, lat])

beforeAll(async () => {
  await insertDivisions(t.db)
  await addFacility('甲', 114.3, 29.9)
})

describe(`cached coverage source (${TEST_ENGINE})`, () => {
  it('reuses the lists while the data version is unchanged, frozen against changes by a caller', async () => {
    const source = createCachedCoverageSource(t.db)
    const a = await source.supply(['rural_mutual_aid_centre'])
    const b = await source.supply(['rural_mutual_aid_centre'])
    expect(b).toBe(a)
    expect(a).toHaveLength(1)
    expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true)
    const d1 = await source.demand(null)
    expect(await source.demand(null)).toBe(d1)
  })

  it('reloads after any write to facilities or divisions', async () => {
    const source = createCachedCoverageSource(t.db)
    const before = await source.supply(['rural_mutual_aid_centre'])
    await addFacility('乙', 114.31, 29.91)
    const after = await source.supply(['rural_mutual_aid_centre'])
    expect(after).not.toBe(before)
    expect(after.map((s) => s.id)).toHaveLength(2)

    const demand = await source.demand(null)
    const renamed = demand[0]!
    await t.db.query(`UPDATE divisions SET name = '改名社区' WHERE code = $1`, [renamed.code])
    const again = await source.demand(null)
    expect(again.find((d) => d.code === renamed.code)!.name).toBe('改名社区')
  })
})
