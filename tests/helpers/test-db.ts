import { randomBytes } from 'node:crypto'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import { PROJECT_ROOT } from '../../server/src/config.ts'
import type { Db, EngineName } from '../../server/src/db/db.ts'
import { migrate } from '../../server/src/db/migrate.ts'
import { createPgDb } from '../../server/src/db/pg-engine.ts'
import { openPglite, wrapPglite } from '../../server/src/db/pglite-engine.ts'
import { seed } from '../../server/src/seed/seed.ts'
import { cloneTemplate, ensurePgliteTemplate } from './pglite-template.ts'
import path from 'node:path'

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations')
export const GIS_DATA_DIR = path.join(PROJECT_ROOT, 'gis-data')

/** The engine under test: set per Vitest project (DIMING_TEST_ENGINE). */
export const TEST_ENGINE: EngineName = process.env.DIMING_TEST_ENGINE === 'pg' ? 'pg' : 'pglite'

let workerPglite: Promise<PGlite> | null = null

/** One PGlite instance per worker (cloned from the prepared template), shared by the worker's test files. */
function sharedPglite(): Promise<PGlite> {
  workerPglite ??= ensurePgliteTemplate().then(() => openPglite(cloneTemplate()))
  return workerPglite
}

export interface TestDbHandle {
  /** The migrated database, isolated in a schema of this test file's own. */
  readonly db: Db
  readonly schema: string
}

/** Opens an isolated, migrated schema on the engine under test. Call `close()` when done. */
export async function openTestDb(): Promise<TestDbHandle & { close(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`
  const searchPath = `${schema},public`
  let db: Db
  let dropSchema: () => Promise<void>
  if (TEST_ENGINE === 'pg') {
    const url = inject('pgTestDbUrl')
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    await admin.end()
    db = createPgDb({ connectionString: url, searchPath, max: 4 })
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await c.end()
    }
  } else {
    const instance = await sharedPglite()
    await instance.exec(`CREATE SCHEMA ${schema}`)
    db = wrapPglite(instance, { searchPath, ownsInstance: false })
    dropSchema = async () => {
      await instance.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; SET search_path TO public`)
    }
  }
  await migrate(db, { dir: MIGRATIONS_DIR })
  return {
    db,
    schema,
    async close() {
      await db.close()
      await dropSchema()
    },
  }
}

/**
 * Vitest hook helper: a migrated, empty, isolated schema for this file (beforeAll), dropped afterAll.
 * @example const t = useTestDb(); it('…', async () => { await t.db.query('SELECT 1') })
 */
export function useTestDb(options: { seed?: 'none' | 'divisions' | 'all' } = {}): TestDbHandle {
  let handle: (TestDbHandle & { close(): Promise<void> }) | null = null
  beforeAll(async () => {
    handle = await openTestDb()
    if (options.seed && options.seed !== 'none') await seedTestDb(handle.db, options.seed)
  })
  afterAll(async () => {
    await handle?.close()
  })
  return {
    get db() {
      if (!handle) throw new Error('useTestDb(): the database is opened in beforeAll; use it inside tests or hooks.')
      return handle.db
    },
    get schema() {
      return handle?.schema ?? ''
    },
  }
}

/** Loads the Xianning seed: divisions only, or every area's seed step. */
export async function seedTestDb(db: Db, which: 'divisions' | 'all' = 'divisions'): Promise<void> {
  await seed(db, { gisDataDir: GIS_DATA_DIR, dataset: 'xianning', only: which === 'divisions' ? ['divisions'] : undefined })
}
