import { beforeAll } from 'vitest'
import { seed } from '../../server/src/seed/seed.ts'
import { GIS_DATA_DIR, useTestDb, type TestDbHandle } from './test-db.ts'

/** Seeding every step takes minutes on PGlite when the machine is busy: longer than the default hook timeout. */
const SEED_TIMEOUT_MS = 15 * 60_000

/**
 * Like `useTestDb()`, then loads the Xianning seed steps named (all when omitted) with a generous timeout.
 * @example const t = useSeededDb(['divisions', 'boundaries'])
 */
export function useSeededDb(steps?: string[]): TestDbHandle {
  const t = useTestDb()
  beforeAll(async () => {
    await seed(t.db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: steps })
  }, SEED_TIMEOUT_MS)
  return t
}
