import { beforeAll, describe, expect, it } from 'vitest'
import { createLayerVersionCache } from '../../../server/src/db/layer-version-cache.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'
import { insertDivisions } from '../api/ogc/divisions-fixture.ts'

// The one cache behind the coverage inputs and OGC numberMatched: a value lives as long as its table's
// data version, never for a table without one, never after a failed load.

const t = useTestDb()

beforeAll(async () => {
  await insertDivisions(t.db)
})

describe(`createLayerVersionCache (${TEST_ENGINE})`, () => {
  it('loads once per data version of the table and again after a write', async () => {
    const cache = createLayerVersionCache<number>(10)
    let loads = 0
    const load = async () => ++loads
    expect(await cache.get(t.db, 'divisions', 'k', load)).toBe(1)
    expect(await cache.get(t.db, 'divisions', 'k', load)).toBe(1)
    await t.db.query(`UPDATE divisions SET name = name WHERE code = '421200000000'`)
    expect(await cache.get(t.db, 'divisions', 'k', load)).toBe(2)
    expect(await cache.get(t.db, 'divisions', 'other key', load)).toBe(3)
  })

  it('never keeps a value of a table no write has versioned', async () => {
    const cache = createLayerVersionCache<number>(10)
    let loads = 0
    await cache.get(t.db, 'users', 'k', async () => ++loads)
    await cache.get(t.db, 'users', 'k', async () => ++loads)
    expect(loads).toBe(2)
  })

  it('does not keep a failed load, and drops the least recently used entry beyond its size', async () => {
    const cache = createLayerVersionCache<string>(2)
    await expect(cache.get(t.db, 'divisions', 'bad', async () => { throw new Error('boom') })).rejects.toThrow('boom')
    expect(await cache.get(t.db, 'divisions', 'bad', async () => 'ok')).toBe('ok')
    await cache.get(t.db, 'divisions', 'a', async () => 'a1')
    await cache.get(t.db, 'divisions', 'bad', async () => 'unused') // touch: 'a' is now the oldest
    await cache.get(t.db, 'divisions', 'b', async () => 'b1')
    expect(await cache.get(t.db, 'divisions', 'a', async () => 'a2')).toBe('a2')
    expect(await cache.get(t.db, 'divisions', 'b', async () => 'unused')).toBe('b1')
  })
})
