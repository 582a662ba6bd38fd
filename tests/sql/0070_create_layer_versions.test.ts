import { describe, expect, it } from 'vitest'
import { readLayerVersion } from '../../server/src/tiles/read-layer-version.ts'
import { useTestDb } from '../helpers/test-db.ts'
import { insertDivisions } from '../server/api/ogc/divisions-fixture.ts'

const t = useTestDb()

describe('0070_create_layer_versions', () => {
  it('starts a tracked table at version 0 (no row) and bumps once per write statement', async () => {
    expect(await readLayerVersion(t.db, 'divisions')).toBe(0)
    await insertDivisions(t.db) // 8 INSERT statements
    expect(await readLayerVersion(t.db, 'divisions')).toBe(8)
    await t.db.query("UPDATE divisions SET population_total = population_total + 1 WHERE level = 'township'")
    expect(await readLayerVersion(t.db, 'divisions')).toBe(9)
  })
  it('bumps on an UPDATE that changes no row too (statement trigger) and on DELETE', async () => {
    await t.db.query("UPDATE divisions SET name = name WHERE code = 'none'")
    await t.db.query("DELETE FROM divisions WHERE code = '421202100201'")
    expect(await readLayerVersion(t.db, 'divisions')).toBe(11)
  })
  it('does not bump when the transaction rolls back', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query("UPDATE divisions SET name = 'x' WHERE code = '421200000000'")
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await readLayerVersion(t.db, 'divisions')).toBe(11)
  })
  it('lets track_layer_version be called twice and ignore a missing table', async () => {
    await t.db.query("SELECT track_layer_version('divisions')")
    await t.db.query("SELECT track_layer_version('no_such_table')")
    await t.db.query("UPDATE divisions SET name = name WHERE code = '421200000000'")
    expect(await readLayerVersion(t.db, 'divisions')).toBe(12)
  })
})
