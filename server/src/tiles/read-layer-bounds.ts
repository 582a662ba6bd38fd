import type { Queryable } from '../db/db.ts'
import type { CollectionDef } from '../ogc/collection.ts'
import { quoteIdent } from '../ogc/quote-ident.ts'

/**
 * The extent of a layer's data, for TileJSON `bounds` (callers cache it per data version).
 * @param db the database
 * @param c the collection
 * @returns `[west, south, east, north]`, or null for an empty layer
 * @example await readLayerBounds(db, divisionsCounty) // = [113.6, 29.6, 114.6, 30.2]
 */
export async function readLayerBounds(db: Queryable, c: CollectionDef): Promise<[number, number, number, number] | null> {
  const values: unknown[] = []
  const conds = Object.entries(c.fixedFilters ?? {}).map(([col, v]) => `${quoteIdent(col)} = $${values.push(v)}`)
  for (const col of c.requireNull ?? []) conds.push(`${quoteIdent(col)} IS NULL`)
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : ''
  const { rows } = await db.query<{ w: number | null; s: number; e: number; n: number }>(
    `SELECT ST_XMin(x) AS w, ST_YMin(x) AS s, ST_XMax(x) AS e, ST_YMax(x) AS n
     FROM (SELECT ST_Extent(${quoteIdent(c.geometryColumn)})::geometry AS x FROM ${quoteIdent(c.table)} ${where}) b`,
    values,
  )
  const r = rows[0]
  return r && r.w !== null ? [r.w, r.s, r.e, r.n] : null
}
