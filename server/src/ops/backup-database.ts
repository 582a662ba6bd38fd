import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { AppConfig } from '../config.ts'
import type { EngineName } from '../db/db.ts'
import { openPglite } from '../db/pglite-engine.ts'
import { runCommand } from './run-command.ts'

export interface BackupResult {
  file: string
  engine: EngineName
  bytes: number
}

/** File name suffix of each engine's backup format. */
export const BACKUP_EXTENSIONS: Record<EngineName, string> = { pg: '.dump', pglite: '.tar.gz' }

async function dumpPglite(dataDir: string): Promise<Uint8Array> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No embedded database in ${dataDir} (no PG_VERSION file).`)
  const pglite = await openPglite(dataDir)
  try {
    const tarball = await pglite.dumpDataDir('gzip')
    return new Uint8Array(await tarball.arrayBuffer())
  } finally {
    await pglite.close()
  }
}

/**
 * Backs up the configured database to `file`: `pg_dump --format=custom` for PostgreSQL, PGlite's
 * data-dir tarball (gzip) for the embedded engine. The file is written under a temporary name and
 * renamed at the end, so an interrupted backup never leaves a truncated file under the final name.
 * The embedded engine is single-process: stop the server before backing it up.
 * @example await backupDatabase({ databaseUrl: null, dataDir: 'data/pglite' }, 'backups/x.tar.gz') // = { engine: 'pglite', bytes: 4_812_345, … }
 */
export async function backupDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, file: string): Promise<BackupResult> {
  const target = path.resolve(file)
  const partial = `${target}.partial`
  await mkdir(path.dirname(target), { recursive: true })
  const engine: EngineName = config.databaseUrl ? 'pg' : 'pglite'
  try {
    if (config.databaseUrl) {
      await runCommand('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${config.databaseUrl}`])
    } else {
      await writeFile(partial, await dumpPglite(config.dataDir))
    }
    await rename(partial, target)
  } catch (err) {
    await rm(partial, { force: true })
    throw err
  }
  return { file: target, engine, bytes: (await stat(target)).size }
}
