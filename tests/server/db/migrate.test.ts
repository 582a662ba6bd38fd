import { cpSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, MigrationChecksumError, readMigrations } from '../../../server/src/db/migrate.ts'
import { MIGRATIONS_DIR, useTestDb } from '../../helpers/test-db.ts'

const t = useTestDb()

function copyMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diming-mig-'))
  cpSync(MIGRATIONS_DIR, dir, { recursive: true })
  return dir
}

describe('migrate', () => {
  it('has applied every migration file once, in order, with checksums', async () => {
    const files = await readMigrations(MIGRATIONS_DIR)
    const { rows } = await t.db.query<{ version: string; checksum: string }>('SELECT version, checksum FROM schema_migrations ORDER BY version')
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version))
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum))
    expect(await migrate(t.db, { dir: MIGRATIONS_DIR })).toEqual([])
  })

  it('stops with the file name when an applied migration was changed', async () => {
    const dir = copyMigrations()
    appendFileSync(path.join(dir, '0002_create_divisions.sql'), '\n-- edited after the fact\n')
    const err = await migrate(t.db, { dir }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MigrationChecksumError)
    expect((err as Error).message).toContain('0002_create_divisions.sql')
  })

  it('applies a new migration in its own transaction and rolls a failing one back entirely', async () => {
    const dir = copyMigrations()
    writeFileSync(path.join(dir, '9998_create_probe.sql'), 'CREATE TABLE probe_ok (id int);')
    writeFileSync(path.join(dir, '9999_create_broken.sql'), 'CREATE TABLE probe_half (id int);\nSELECT no_such_function();')
    await expect(migrate(t.db, { dir })).rejects.toThrow()
    const tables = await t.db.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'probe_%'")
    expect(tables.rows.map((r) => r.t)).toEqual(['probe_ok'])
    const versions = await t.db.query<{ version: string }>("SELECT version FROM schema_migrations WHERE version >= '9998'")
    expect(versions.rows.map((r) => r.version)).toEqual(['9998'])
    await t.db.exec("DROP TABLE probe_ok; DELETE FROM schema_migrations WHERE version = '9998'")
  })

  it('refuses two files with the same number', async () => {
    const dir = copyMigrations()
    writeFileSync(path.join(dir, '0002_create_other.sql'), 'SELECT 1;')
    await expect(readMigrations(dir)).rejects.toThrow(/0002/)
  })
})
