import pg from 'pg'
import type { Db, Queryable, QueryResult } from './db.ts'
import { TYPE_OIDS, parseNumeric } from './db.ts'

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TYPE_OIDS.int8 || oid === TYPE_OIDS.numeric) return parseNumeric
    return pg.types.getTypeParser(oid, format)
  },
} as pg.CustomTypesConfig

export interface PgEngineOptions {
  connectionString: string
  /** Extra schemas first on the search_path (tests isolate by schema). */
  searchPath?: string
  max?: number
  /**
   * `max_parallel_workers_per_gather` of the API's sessions (default 0). The API runs many small indexed
   * queries at once; starting a parallel worker costs ~10 ms, more than such a query (a 1M-name bbox page
   * took 19 ms with a worker, 4 ms without), and the cores are busy serving other requests anyway.
   */
  parallelWorkersPerGather?: number
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(text: string, values: readonly unknown[] = []): Promise<QueryResult<T>> {
      const res = await client.query({ text, values: values as unknown[], types })
      return { rows: res.rows as T[], rowCount: res.rowCount ?? 0 }
    },
    async exec(script: string): Promise<void> {
      await client.query(script)
    },
  }
}

/** Opens a `pg` pool; one connection per transaction. */
export function createPgDb(options: PgEngineOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: [
      options.searchPath ? `-c search_path=${options.searchPath.replace(/\s+/g, '')}` : '',
      `-c max_parallel_workers_per_gather=${Math.max(0, Math.floor(options.parallelWorkersPerGather ?? 0))}`,
    ].filter(Boolean).join(' '),
  })
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  })
  const base = wrap(pool)
  return {
    engine: 'pg',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw err
      } finally {
        client.release()
      }
    },
    async close() {
      await pool.end()
    },
  }
}
