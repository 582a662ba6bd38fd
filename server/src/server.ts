import type { Server } from 'node:http'
import { pino } from 'pino'
import { createApp } from './app.ts'
import { closeGracefully } from './http/close-gracefully.ts'
import { loadConfig, type AppConfig } from './config.ts'
import { migrate } from './db/migrate.ts'
import { openDb } from './db/open-db.ts'
import { ensureAdmin } from './seed/ensure-admin.ts'
import { seed } from './seed/seed.ts'
import type { Db } from './db/db.ts'

export interface RunningServer {
  server: Server
  db: Db
  url: string
  close(): Promise<void>
}

/** Opens the database, migrates, seeds, creates the first admin, and listens. */
export async function startServer(config: AppConfig = loadConfig(), log: (m: string) => void = console.log): Promise<RunningServer> {
  const db = await openDb(config, log)
  try {
    const applied = await migrate(db, { dir: config.migrationsDir, log })
    if (applied.length > 0) log(`migrations: ${applied.length} applied`)
    const seeded = await seed(db, { gisDataDir: config.gisDataDir, dataset: config.dataset, log })
    for (const s of seeded) log(`seed: ${s.step} ${s.rows} rows`)
    const admin = await ensureAdmin(db, config.adminPassword)
    if (admin.generatedPassword) {
      log('────────────────────────────────────────────────────────')
      log(`  First start: user "admin" created with password: ${admin.generatedPassword}`)
      log('  It is shown only this once. Change it after logging in.')
      log('────────────────────────────────────────────────────────')
    } else if (admin.created) log('First start: user "admin" created with DIMING_ADMIN_PASSWORD.')
  } catch (err) {
    await db.close()
    throw err
  }
  const logger = pino({ level: config.logLevel })
  const app = createApp({ db, config, logger })
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, (err?: Error) => (err ? reject(err) : resolve(s)))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `http://localhost:${port}`
  let closing: Promise<void> | null = null
  const close = () => {
    // Graceful: stop accepting, let in-flight requests finish (10 s at most), then close the database.
    closing ??= (async () => {
      await closeGracefully(server, 10_000)
      await db.close()
    })()
    return closing
  }
  return { server, db, url, close }
}
