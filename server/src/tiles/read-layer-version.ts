import type { Queryable } from '../db/db.ts'

/**
 * The data version of a table: bumped by a statement trigger on every write (migration 0070);
 * 0 for a table never written since it was tracked.
 * @param db the database
 * @param table the table name
 * @returns the version counter
 * @example await readLayerVersion(db, 'divisions') // = 3
 */
export async function readLayerVersion(db: Queryable, table: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>('SELECT version FROM layer_versions WHERE table_name = $1', [table])
  return Number(rows[0]?.version ?? 0)
}
