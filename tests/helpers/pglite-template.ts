import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { openPglite } from '../../server/src/db/pglite-engine.ts'
import { PROJECT_ROOT } from '../../server/src/config.ts'

/** A prepared PGlite data dir with the four extensions created: cloning it costs ~5 s, creating ~18 s. */
export const TEMPLATE_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/diming/pglite-template-v1')
const READY = 'DIMING_TEMPLATE_READY'

/** Creates the template once (kept between runs); safe when several processes race. */
export async function ensurePgliteTemplate(): Promise<string> {
  if (existsSync(path.join(TEMPLATE_DIR, READY))) return TEMPLATE_DIR
  await mkdir(path.dirname(TEMPLATE_DIR), { recursive: true })
  const tmp = mkdtempSync(path.join(path.dirname(TEMPLATE_DIR), 'tmpl-'))
  const pg = await openPglite(tmp)
  await pg.exec(`CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS fuzzystrmatch; CREATE EXTENSION IF NOT EXISTS btree_gist;`)
  await pg.close()
  await import('node:fs/promises').then((fs) => fs.writeFile(path.join(tmp, READY), new Date().toISOString()))
  try {
    renameSync(tmp, TEMPLATE_DIR)
  } catch {
    rmSync(tmp, { recursive: true, force: true })
    if (!existsSync(path.join(TEMPLATE_DIR, READY))) throw new Error(`Could not prepare the PGlite template in ${TEMPLATE_DIR}.`)
  }
  return TEMPLATE_DIR
}

/** Copies the template into a fresh temp dir (removed when the process exits) and returns its path. */
export function cloneTemplate(prefix = 'diming-pglite-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cpSync(TEMPLATE_DIR, dir, { recursive: true })
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}
