/**
 * The one database interface the rest of the server sees. Two engines implement it:
 * `pg` (a pool against a real PostgreSQL + PostGIS) and embedded PGlite with PostGIS.
 */
export interface QueryResult<T> {
  rows: T[]
  rowCount: number
}

/** Something that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement with `$n` parameters.
   * @example await db.query<{ n: number }>('SELECT $1::int AS n', [1]) // = { rows: [{ n: 1 }], rowCount: 1 }
   */
  query<T = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<T>>
  /** Runs a script of several statements without parameters (migrations, DDL). */
  exec(script: string): Promise<void>
}

export type EngineName = 'pg' | 'pglite'

export interface Db extends Queryable {
  readonly engine: EngineName
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** PostgreSQL type oids whose text form we parse the same way on both engines. */
export const TYPE_OIDS = { int8: 20, numeric: 1700 } as const

/** int8 and numeric arrive as JS numbers on both engines (counts, sums); null stays null. */
export function parseNumeric(value: string): number {
  return Number(value)
}
