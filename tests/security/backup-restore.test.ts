/**
 * Backup and restore (issue 7): `npm run backup` then `npm run restore` round-trips every table,
 * proven by per-table checksums, on the engine under test: pg_dump/pg_restore for PostgreSQL, the
 * PGlite data-dir tarball for the embedded engine. Restores refuse to overwrite data without --force.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/src/db/db.ts'
import { migrate } from '../../server/src/db/migrate.ts'
import { restoreDatabase } from '../../server/src/ops/restore-database.ts'
import { tableChecksums } from '../helpers/db-checksum.ts'
import { runCli } from '../helpers/run-cli.ts'
import { createScratchDb, type ScratchDb } from '../helpers/scratch-db.ts'
import { createTestApp } from '../helpers/test-app.ts'
import { MIGRATIONS_DIR, seedTestDb, TEST_ENGINE } from '../helpers/test-db.ts'

const work = mkdtempSync(path.join(os.tmpdir(), 'diming-backup-'))
const scratch: ScratchDb[] = []
afterAll(async () => {
  for (const db of scratch) await db.drop().catch(() => undefined)
  rmSync(work, { recursive: true, force: true })
})

/** A database of its own on the engine under test (empty: no tables, no extensions unless `withExtensions`). */
async function newTarget(label: string, withExtensions: boolean): Promise<ScratchDb> {
  const db = await createScratchDb(`bk_${label}`, withExtensions)
  scratch.push(db)
  return db
}

async function checksumsOf(target: ScratchDb): Promise<Record<string, string>> {
  const db = await target.open()
  try {
    return await tableChecksums(db, 'public')
  } finally {
    await db.close()
  }
}

/** Fills a database through the API: users, a facility, a place name, their audit rows. */
async function fillThroughApi(db: Db): Promise<void> {
  const app = createTestApp(db)
  const admin = await app.as('admin', 'bk_admin')
  const created = await admin.post('/api/admin/users', { username: 'bk_namer', display_name: '备份<script>', password: 'long enough pw', roles: ['namer'] })
  expect(created.status).toBe(201)
  const { rows } = await db.query<{ p: { coordinates: [number, number] } }>(
    "SELECT ST_AsGeoJSON(label_point)::json AS p FROM divisions WHERE level = 'township' AND label_point IS NOT NULL ORDER BY code LIMIT 1")
  const [lng, lat] = rows[0]!.p.coordinates
  const namer = await app.as('namer', 'bk_namer2')
  expect((await namer.post('/api/places', { name: '备份路', category_code: '2530', geometry: { type: 'LineString', coordinates: [[lng, lat], [lng + 0.002, lat]] } })).status).toBe(201)
  const planner = await app.as('planner', 'bk_planner')
  expect((await planner.post('/api/facilities', {
    type: 'elder_care_institution', name: '备份颐养院', attributes: { beds: 10, occupied_beds: 1, care_levels: ['self_care'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01' },
    geometry: { type: 'Point', coordinates: [lng, lat] },
  })).status).toBe(201)
}

/** Each CLI run opens the embedded engine in a new process: ~10 s idle, over a minute on a busy CI machine. */
const SLOW = 600_000

describe(`npm run backup / npm run restore (${TEST_ENGINE})`, () => {
  let source: ScratchDb
  let sourceSums: Record<string, string>
  const file = path.join(work, TEST_ENGINE === 'pg' ? 'diming.dump' : 'diming.tar.gz')

  beforeAll(async () => {
    source = await newTarget('src', true)
    const db = await source.open()
    try {
      await migrate(db, { dir: MIGRATIONS_DIR })
      await seedTestDb(db, 'divisions')
      await fillThroughApi(db)
    } finally {
      await db.close()
    }
    sourceSums = await checksumsOf(source)
  }, 600_000)

  it('writes a backup file and leaves the source unchanged', async () => {
    const res = await runCli('backup', ['--out', file], source.env)
    expect(res.stderr).toBe('')
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('backup written')
    expect(existsSync(file)).toBe(true)
    expect(existsSync(`${file}.partial`)).toBe(false)
    expect(await checksumsOf(source)).toEqual(sourceSums)
  }, SLOW)

  it('restores every table into an empty database, identical row for row, and the copy keeps working', async () => {
    const copy = await newTarget('dst', false)
    const res = await runCli('restore', [file], copy.env)
    expect(res.code, res.stderr).toBe(0)
    const sums = await checksumsOf(copy)
    expect(Object.keys(sums).length).toBeGreaterThan(20)
    expect(sums).toEqual(sourceSums)
    const db = await copy.open()
    try {
      expect(await migrate(db, { dir: MIGRATIONS_DIR })).toEqual([])
      // Sequences came along: new rows do not collide with restored ones.
      const admin = await createTestApp(db).as('admin', 'after_restore')
      expect((await admin.post('/api/admin/users', { username: 'new_after', display_name: 'n', password: 'long enough pw', roles: [] })).status).toBe(201)
      expect((await admin.get('/api/admin/users')).body.items.map((u: { username: string }) => u.username)).toContain('bk_namer')
    } finally {
      await db.close()
    }
  }, SLOW)

  it('refuses to overwrite a database holding data without --force, and replaces it with --force', async () => {
    const copy = await newTarget('over', false)
    expect((await runCli('restore', [file], copy.env)).code).toBe(0)
    const db = await copy.open()
    await db.query("UPDATE divisions SET name = name || '改' WHERE level = 'county'")
    await db.query('DELETE FROM audit_log')
    await db.close()
    expect(await checksumsOf(copy)).not.toEqual(sourceSums)
    await expect(restoreDatabase(copy.config, file)).rejects.toThrow(/--force/)
    const forced = await runCli('restore', [file, '--force'], copy.env)
    expect(forced.code, forced.stderr).toBe(0)
    expect(await checksumsOf(copy)).toEqual(sourceSums)
    if (TEST_ENGINE === 'pglite') expect(forced.stdout).toMatch(/previous data dir was kept at .*before-restore/)
  }, SLOW)

  it('refuses random bytes and a truncated backup, leaving the target untouched', async () => {
    const garbage = path.join(work, 'not-a-backup.bin')
    const truncated = path.join(work, `truncated${path.extname(file)}`)
    const whole = await readFile(file)
    await writeFile(garbage, randomBytes(4096))
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)))
    const copy = await newTarget('garbage', false)
    await expect(restoreDatabase(copy.config, garbage)).rejects.toThrow()
    await expect(restoreDatabase(copy.config, truncated)).rejects.toThrow()
    if (TEST_ENGINE === 'pg') expect(await checksumsOf(copy)).toEqual({})
    if (TEST_ENGINE === 'pglite') expect(existsSync(path.join(copy.env.DIMING_DATA_DIR!, 'PG_VERSION'))).toBe(false)
  }, SLOW)
})
