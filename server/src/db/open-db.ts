import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { AppConfig } from '../config.ts'
import type { Db } from './db.ts'
import { createPgDb } from './pg-engine.ts'
import { createPgliteDb } from './pglite-engine.ts'

/**
 * Opens the configured engine: a `pg` pool when DATABASE_URL is set, else embedded PGlite on disk.
 * @param log progress lines (creating the embedded database takes ~20 s the first time).
 */
export async function openDb(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, log: (m: string) => void = () => undefined): Promise<Db> {
  if (config.databaseUrl) {
    log('database: PostgreSQL (DATABASE_URL)')
    return createPgDb({ connectionString: config.databaseUrl })
  }
  const fresh = !existsSync(path.join(config.dataDir, 'PG_VERSION'))
  log(fresh
    ? `database: creating embedded PGlite + PostGIS in ${config.dataDir} (first start, about 20 s)…`
    : `database: opening embedded PGlite in ${config.dataDir}…`)
  await mkdir(config.dataDir, { recursive: true })
  const started = Date.now()
  const db = await createPgliteDb({ dataDir: config.dataDir })
  log(`database: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return db
}
