import { existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { ensureClientBuilt } from '../../server/src/cli/ensure-client-built.ts'
import { loadConfig } from '../../server/src/config.ts'
import { startServer } from '../../server/src/server.ts'
import { cloneTemplate, ensurePgliteTemplate } from '../helpers/pglite-template.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string
    e2eAdminPassword: string
    e2eSkipReason: string
  }
}

/**
 * Builds the client when stale and starts one real server (embedded engine, full seed, as `npm start`
 * does) on a free port for all end-to-end tests.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!existsSync(CHROMIUM_PATH)) {
    const reason = `Chromium not found at ${CHROMIUM_PATH}: end-to-end tests are SKIPPED (install Debian's chromium).`
    console.warn(`\n⚠ ${reason}\n`)
    project.provide('e2eSkipReason', reason)
    project.provide('e2eBaseUrl', '')
    project.provide('e2eAdminPassword', '')
    return
  }
  await ensureClientBuilt((m) => console.log(`[e2e] ${m}`))
  await ensurePgliteTemplate()
  const adminPassword = `e2e-${randomBytes(8).toString('hex')}`
  const config = loadConfig(process.env, {
    port: 0,
    databaseUrl: null,
    dataDir: cloneTemplate('diming-e2e-'),
    adminPassword,
    logLevel: 'warn',
    loginRateLimit: { windowMs: 60_000, max: 1000 },
  })
  const running = await startServer(config, (m) => console.log(`[e2e] ${m}`))
  console.log(`[e2e] server at ${running.url} (embedded PGlite), Chromium ${CHROMIUM_PATH}`)
  project.provide('e2eBaseUrl', running.url)
  project.provide('e2eAdminPassword', adminPassword)
  project.provide('e2eSkipReason', '')
  return () => running.close()
}
