import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import type { Db } from '../../server/src/db/db.ts'
import { createPgDb } from '../../server/src/db/pg-engine.ts'
import { createPgliteDb } from '../../server/src/db/pglite-engine.ts'
import { cloneTemplate, ensurePgliteTemplate } from './pglite-template.ts'
import { TEST_ENGINE } from './test-db.ts'

/** A whole database of its own on the engine under test, for tests that run CLIs or servers against it. */
export interface ScratchDb {
  /** Environment that points the server and the CLIs at it (DATABASE_URL or DIMING_DATA_DIR). */
  readonly env: Record<string, string>
  /** The same as configuration (`databaseUrl`, `dataDir`). */
  readonly config: { databaseUrl: string | null; dataDir: string }
  /** Opens it in this process (embedded engine: only while no server process has it open). */
  open(): Promise<Db>
  drop(): Promise<void>
}

const EXTENSIONS = 'CREATE EXTENSION postgis; CREATE EXTENSION pg_trgm; CREATE EXTENSION fuzzystrmatch; CREATE EXTENSION btree_gist;'

async function adminQuery(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

/**
 * Creates a scratch database: a PGlite data dir (cloned from the template with extensions, or an
 * empty path when `withExtensions` is false) or a PostgreSQL database on the test server.
 * @example const s = await createScratchDb('src', true); const db = await s.open()
 */
export async function createScratchDb(label: string, withExtensions: boolean): Promise<ScratchDb> {
  if (TEST_ENGINE === 'pglite') {
    await ensurePgliteTemplate()
    const dataDir = withExtensions
      ? cloneTemplate(`diming-${label}-`)
      : path.join(mkdtempSync(path.join(os.tmpdir(), `diming-${label}-`)), 'data')
    const root = withExtensions ? dataDir : path.dirname(dataDir)
    return {
      env: { DATABASE_URL: '', DIMING_DATA_DIR: dataDir },
      config: { databaseUrl: null, dataDir },
      open: () => createPgliteDb({ dataDir }),
      drop: async () => rmSync(root, { recursive: true, force: true }),
    }
  }
  const base = inject('pgTestDbUrl')
  const name = `diming_${label}_${randomBytes(4).toString('hex')}`
  await adminQuery(base, `CREATE DATABASE ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  if (withExtensions) await adminQuery(url.toString(), EXTENSIONS)
  return {
    env: { DATABASE_URL: url.toString() },
    config: { databaseUrl: url.toString(), dataDir: '' },
    open: async () => createPgDb({ connectionString: url.toString(), max: 2 }),
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}
