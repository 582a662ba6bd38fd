import { PGlite, type Transaction } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import type { Db, Queryable, QueryResult } from './db.ts'
import { TYPE_OIDS, parseNumeric } from './db.ts'

export interface PgliteEngineOptions {
  /** Directory holding the database on disk; undefined keeps it in memory. */
  dataDir?: string
  /** Extra schemas first on the search_path (tests isolate by schema). */
  searchPath?: string
}

/** The search_path last set on each shared instance. */
const activePath = new WeakMap<PGlite, string>()

type PgliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction

function wrap(conn: PgliteLike): Queryable {
  return {
    async query<T>(text: string, values: readonly unknown[] = []): Promise<QueryResult<T>> {
      const res = await conn.query<T>(text, values as unknown[])
      // PGlite reports affectedRows = 0 for SELECT; pg reports the rows returned. Match pg.
      const rowCount = res.fields.length > 0 ? res.rows.length : (res.affectedRows ?? 0)
      return { rows: res.rows, rowCount }
    },
    async exec(script: string): Promise<void> {
      await conn.exec(script)
    },
  }
}

/** Opens (or creates) the embedded PGlite database with the extensions the schema uses. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create({
    dataDir,
    extensions: { postgis, pg_trgm, fuzzystrmatch, btree_gist },
    parsers: { [TYPE_OIDS.int8]: parseNumeric, [TYPE_OIDS.numeric]: parseNumeric },
  })
}

/** Wraps an open PGlite instance as a `Db`. PGlite has one connection, so transactions serialise. */
export function wrapPglite(pglite: PGlite, options: { searchPath?: string; ownsInstance?: boolean } = {}): Db {
  const { searchPath, ownsInstance = true } = options
  const base = wrap(pglite)
  // PGlite is a single session: a test schema is selected per query batch so that two
  // wrappers sharing one instance (one per test file) never see each other's tables.
  async function ensurePath(): Promise<void> {
    if (!searchPath || activePath.get(pglite) === searchPath) return
    await pglite.exec(`SET search_path TO ${searchPath}`)
    activePath.set(pglite, searchPath)
  }
  return {
    engine: 'pglite',
    async query<T>(text: string, values?: readonly unknown[]) {
      await ensurePath()
      return base.query<T>(text, values)
    },
    async exec(script: string) {
      await ensurePath()
      return base.exec(script)
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      await ensurePath()
      return pglite.transaction((tx) => fn(wrap(tx)))
    },
    async close() {
      if (ownsInstance) await pglite.close()
    },
  }
}

/** Opens the embedded engine as a `Db`. */
export async function createPgliteDb(options: PgliteEngineOptions = {}): Promise<Db> {
  const pglite = await openPglite(options.dataDir)
  return wrapPglite(pglite, { searchPath: options.searchPath })
}
