import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { ensurePgliteTemplate } from './pglite-template.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    pgTestDbUrl: string
  }
}

/**
 * Per test project: on PGlite, make sure the prepared template exists; on the real server, create a
 * database of this run's own (extensions enabled) and drop it afterwards.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const engine = project.config.env?.DIMING_TEST_ENGINE
  if (engine !== 'pg') {
    await ensurePgliteTemplate()
    return
  }
  const baseUrl = project.config.env?.TEST_DATABASE_URL
  if (!baseUrl) throw new Error('server-pg tests need TEST_DATABASE_URL or DATABASE_URL.')
  const name = `diming_test_${Date.now()}_${process.pid}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  const db = new pg.Client({ connectionString: url.toString() })
  await db.connect()
  await db.query(`CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS fuzzystrmatch; CREATE EXTENSION IF NOT EXISTS btree_gist;`)
  await db.end()
  project.provide('pgTestDbUrl', url.toString())
  console.log(`[server-pg] real PostGIS test database ${name}`)
  return async () => {
    const c = new pg.Client({ connectionString: baseUrl })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await c.end()
  }
}
