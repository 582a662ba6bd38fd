import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { openDb } from '../db/open-db.ts'
import { ensureAdmin } from '../seed/ensure-admin.ts'
import { seed } from '../seed/seed.ts'

/** `npm run seed`: migrate, then load the dataset's seed steps not loaded yet (idempotent). */
const config = loadConfig()
const db = await openDb(config, console.log)
try {
  await migrate(db, { dir: config.migrationsDir, log: console.log })
  const done = await seed(db, { gisDataDir: config.gisDataDir, dataset: config.dataset, log: console.log })
  console.log(done.length ? done.map((d) => `${d.step}: ${d.rows}`).join('\n') : 'seed data already loaded')
  const admin = await ensureAdmin(db, config.adminPassword)
  if (admin.generatedPassword) console.log(`user "admin" created with password: ${admin.generatedPassword} (shown once)`)
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
} finally {
  await db.close()
}
