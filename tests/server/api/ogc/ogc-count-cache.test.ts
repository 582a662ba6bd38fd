import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../../helpers/test-db.ts'
import { insertDivisions } from './divisions-fixture.ts'

// numberMatched is counted once per data version of the collection's table (a client paging through a
// large collection does not recount it for every page), and is never stale after a write.

const t = useTestDb()
let app: TestApp

beforeAll(async () => {
  await insertDivisions(t.db)
  app = createTestApp(t.db)
})

const matched = async (query: Record<string, string | number>) =>
  (await app.anon.get('/ogc/collections/divisions_township/items').query({ f: 'json', ...query })).body.numberMatched as number

describe(`OGC numberMatched (${TEST_ENGINE})`, () => {
  it('stays right across pages and after inserts, updates and deletes', async () => {
    expect(await matched({ limit: 1 })).toBe(3)
    expect(await matched({ limit: 1, offset: 1 })).toBe(3)
    await t.db.query(`INSERT INTO divisions (code, name, level, parent_code, label_point, source)
      VALUES ('421221101000', '新街镇', 'township', '421221000000', ST_SetSRID(ST_MakePoint(113.9, 30.0), 4326), 'test')`)
    expect(await matched({ limit: 1 })).toBe(4)
    expect(await matched({ limit: 1, offset: 2 })).toBe(4)
    await t.db.query(`UPDATE divisions SET level = 'village', parent_code = '421221100000' WHERE code = '421221101000'`)
    expect(await matched({ limit: 1 })).toBe(3)
    await t.db.query(`DELETE FROM divisions WHERE code = '421221101000'`)
    expect(await matched({ limit: 1 })).toBe(3)
  })
})
