import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.ts'
import { backupDatabase, BACKUP_EXTENSIONS } from '../ops/backup-database.ts'

/**
 * `npm run backup [-- --out FILE]`: back up the configured database (DATABASE_URL, else the embedded
 * one in DIMING_DATA_DIR; stop the server first for the embedded engine). Default file:
 * backups/diming-<engine>-<UTC time>.dump (PostgreSQL, pg_dump custom format) or .tar.gz (embedded).
 */
const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } })
const config = loadConfig()
const engine = config.databaseUrl ? 'pg' : 'pglite'
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
const file = values.out ?? path.join('backups', `diming-${engine}-${stamp}${BACKUP_EXTENSIONS[engine]}`)
try {
  const result = await backupDatabase(config, file)
  console.log(`backup written: ${result.file} (${result.engine}, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB)`)
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
}
