import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from './db.ts'

export interface MigrationFile {
  version: string
  name: string
  sql: string
  checksum: string
}

/** A migration already applied whose file has changed since: start-up must stop. */
export class MigrationChecksumError extends Error {
  constructor(readonly file: string) {
    super(`Migration ${file} was changed after it was applied; migrations are forward-only: restore the file and add a new one.`)
  }
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/

/** Reads `NNNN_verb_subject.sql` files in version order. */
export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((n) => FILE_PATTERN.test(n)).sort()
  const seen = new Set<string>()
  const files: MigrationFile[] = []
  for (const name of names) {
    const version = name.slice(0, 4)
    if (seen.has(version)) throw new Error(`Two migrations share the number ${version}: rename one (${name}).`)
    seen.add(version)
    const sql = await readFile(path.join(dir, name), 'utf8')
    files.push({ version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') })
  }
  return files
}

export interface MigrateOptions {
  dir: string
  log?: (message: string) => void
}

/**
 * Applies pending migrations in order, each in its own transaction, recording a checksum.
 * @returns the names of the files applied now.
 */
export async function migrate(db: Db, { dir, log = () => undefined }: MigrateOptions): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const files = await readMigrations(dir)
  const { rows } = await db.query<{ version: string; name: string; checksum: string }>(
    'SELECT version, name, checksum FROM schema_migrations',
  )
  const applied = new Map(rows.map((r) => [r.version, r]))
  for (const file of files) {
    const done = applied.get(file.version)
    if (done && done.checksum !== file.checksum) throw new MigrationChecksumError(file.name)
  }
  const appliedNow: string[] = []
  for (const file of files) {
    if (applied.has(file.version)) continue
    log(`migrating ${file.name}`)
    await db.transaction(async (tx) => {
      await tx.exec(file.sql)
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        file.version,
        file.name,
        file.checksum,
      ])
    })
    appliedNow.push(file.name)
  }
  return appliedNow
}
