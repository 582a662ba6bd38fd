import { existsSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'
import pg from 'pg'
import { PGlite } from '@electric-sql/pglite'
import type { AppConfig } from '../config.ts'
import type { EngineName } from '../db/db.ts'
import { openPglite } from '../db/pglite-engine.ts'
import { runCommand } from './run-command.ts'

export interface RestoreOptions {
  /** Replace a database that already holds data (PostgreSQL: drop and recreate its objects; embedded: move the old data dir aside). */
  force?: boolean
}

export interface RestoreResult {
  engine: EngineName
  /** Embedded engine: where the replaced data dir was moved (kept, never deleted). */
  previousDataDir: string | null
}

const COUNT_USER_TABLES = `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r' AND n.nspname = 'public'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`

async function restorePg(databaseUrl: string, file: string, force: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: number }>(COUNT_USER_TABLES)
    if (rows[0]!.n > 0 && !force) {
      throw new Error(`The target database already has ${rows[0]!.n} tables: restore into an empty database, or pass --force to replace them.`)
    }
  } finally {
    await client.end()
  }
  // One transaction: a failed restore leaves the target as it was.
  await runCommand('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error',
    `--dbname=${databaseUrl}`, file])
}

/**
 * The plain tar inside a PGlite backup (gzip or not), checked before PGlite sees it: PGlite's own
 * decompression reports a corrupt file as an unhandled stream error instead of a rejection.
 */
function readTarball(bytes: Buffer): Uint8Array<ArrayBuffer> {
  let tar: Buffer = bytes
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      tar = gunzipSync(bytes)
    } catch (err) {
      throw new Error(`the gzip stream is damaged (${(err as Error).message})`)
    }
  }
  if (tar.subarray(257, 262).toString('latin1') !== 'ustar') throw new Error('it is not a tar archive')
  return new Uint8Array(tar) as Uint8Array<ArrayBuffer>
}

async function restorePglite(dataDir: string, file: string, force: boolean): Promise<string | null> {
  const occupied = existsSync(path.join(dataDir, 'PG_VERSION'))
  if (occupied && !force) throw new Error(`${dataDir} already holds a database: pass --force to replace it (the old one is kept aside).`)
  const staging = `${dataDir}.restoring-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  try {
    const tarball = new Blob([readTarball(await readFile(file))])
    // Unpacking needs no extension code; the check below opens it as the server will.
    const pglite = await PGlite.create({ dataDir: staging, loadDataDir: tarball })
    await pglite.close()
    // Reopen with the extensions the schema uses and check it is a Diming database.
    const check = await openPglite(staging)
    try {
      await check.query('SELECT count(*) FROM schema_migrations')
    } finally {
      await check.close()
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true })
    throw new Error(`${file} is not a usable embedded-database backup: ${(err as Error).message}`)
  }
  let previous: string | null = null
  if (existsSync(dataDir)) {
    previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    await rename(dataDir, previous)
  }
  await rename(staging, dataDir)
  return previous
}

/**
 * Restores a backup written by `backupDatabase` into the configured database: `pg_restore` in one
 * transaction for PostgreSQL; for the embedded engine the tarball is loaded into a fresh data dir
 * next to the target, checked, and only then swapped in. Refuses to replace data without `force`.
 * @example await restoreDatabase({ databaseUrl: null, dataDir: 'data/pglite' }, 'backups/x.tar.gz', { force: true })
 */
export async function restoreDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const source = path.resolve(file)
  if (!existsSync(source)) throw new Error(`No backup file ${source}.`)
  if (config.databaseUrl) {
    await restorePg(config.databaseUrl, source, options.force ?? false)
    return { engine: 'pg', previousDataDir: null }
  }
  const previousDataDir = await restorePglite(path.resolve(config.dataDir), source, options.force ?? false)
  return { engine: 'pglite', previousDataDir }
}
