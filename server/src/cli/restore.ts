import { parseArgs } from 'node:util'
import { loadConfig } from '../config.ts'
import { restoreDatabase } from '../ops/restore-database.ts'

/**
 * `npm run restore -- FILE [--force]`: restore a backup made by `npm run backup` into the configured
 * database (DATABASE_URL, else DIMING_DATA_DIR; stop the server first). Without --force it refuses to
 * replace a database that holds data; with it, PostgreSQL objects are replaced in one transaction and
 * the embedded data dir is moved aside (kept) before the restored one takes its place.
 */
const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true })
const file = positionals[0]
if (!file || positionals.length > 1) {
  console.error('usage: npm run restore -- <backup file> [--force]')
  process.exit(2)
}
try {
  const result = await restoreDatabase(loadConfig(), file, { force: values.force })
  console.log(`restored ${file} into the ${result.engine === 'pg' ? 'PostgreSQL database (DATABASE_URL)' : 'embedded database'}`)
  if (result.previousDataDir) console.log(`the previous data dir was kept at ${result.previousDataDir}`)
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
}
