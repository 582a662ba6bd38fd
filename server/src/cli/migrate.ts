import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { openDb } from '../db/open-db.ts'

/** `npm run migrate`: apply pending migrations to the configured database. */
const config = loadConfig()
const db = await openDb(config, console.log)
try {
  const applied = await migrate(db, { dir: config.migrationsDir, log: console.log })
  console.log(applied.length ? `${applied.length} migration(s) applied` : 'database is up to date')
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
} finally {
  await db.close()
}
