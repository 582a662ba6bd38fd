import type { CollectionDef } from './collection.ts'
import type { ItemsQuery } from './items-query.ts'
import { splitAntimeridian } from './params/split-antimeridian.ts'
import { quoteIdent } from './quote-ident.ts'
import type { SqlQuery } from './sql-fragment.ts'

/** Column aliases of the items SELECT (prefixed so they never clash with a property column). */
export const AliasId = '__id'
export const AliasGeometry = '__geometry'

function whereClause(c: CollectionDef, q: Omit<ItemsQuery, 'limit' | 'offset'>, values: unknown[]): string {
  const bind = (v: unknown) => `$${values.push(v)}`
  const conds: string[] = []
  for (const [col, v] of Object.entries(c.fixedFilters ?? {})) conds.push(`${quoteIdent(col)} = ${bind(v)}`)
  for (const col of c.requireNull ?? []) conds.push(`${quoteIdent(col)} IS NULL`)
  if (q.bbox) {
    const geom = quoteIdent(c.geometryColumn)
    // OGC 17-069r4 §7.15.3: a box crossing the antimeridian is two boxes; each one keeps the GIST index usable.
    const boxes = splitAntimeridian(q.bbox).map(
      (b) => `ST_Intersects(${geom}, ST_MakeEnvelope(${b.map(bind).join(', ')}, 4326))`,
    )
    conds.push(boxes.length === 1 ? boxes[0] : `(${boxes.join(' OR ')})`)
  }
  for (const f of q.filters) conds.push(`${quoteIdent(f.name)} = ${bind(f.value)}`)
  if (q.after !== undefined && q.after !== null) conds.push(`${quoteIdent(c.idColumn)} > ${bind(q.after)}`)
  return conds.length ? `WHERE ${conds.join(' AND ')}` : ''
}

function selectList(c: CollectionDef, values: unknown[]): string {
  const precision = `$${values.push(c.precision)}::int`
  return [
    `${quoteIdent(c.idColumn)} AS ${AliasId}`,
    `ST_AsGeoJSON(${quoteIdent(c.geometryColumn)}, ${precision})::json AS ${AliasGeometry}`,
    ...c.properties.map((p) =>
      p.type === 'date' ? `to_char(${quoteIdent(p.name)}, 'YYYY-MM-DD') AS ${quoteIdent(p.name)}` : quoteIdent(p.name)),
  ].join(', ')
}

/**
 * Build the page query and the count query of an items request.
 * @param c the collection
 * @param q the validated request
 * @returns `{ page, count }`, each `{ text, values }` with every value bound
 * @example buildItemsSql(divisionsCounty, { bbox: null, limit: 10, offset: 0, filters: [] }).page.text
 * // = 'SELECT "code" AS __id, ... FROM "divisions" WHERE "level" = $2 ORDER BY "code" LIMIT $3 OFFSET $4'
 */
export function buildItemsSql(c: CollectionDef, q: ItemsQuery): { page: SqlQuery; count: SqlQuery } {
  const pageValues: unknown[] = []
  const select = selectList(c, pageValues)
  const where = whereClause(c, q, pageValues)
  const id = quoteIdent(c.idColumn)
  const from = quoteIdent(c.table)
  const page = `SELECT ${select} FROM ${from} ${where} ORDER BY ${id} LIMIT $${pageValues.push(q.limit)} OFFSET $${pageValues.push(q.offset)}`
  const countValues: unknown[] = []
  const count = `SELECT count(*)::int8 AS n FROM ${from} ${whereClause(c, q, countValues)}`
  return { page: { text: page, values: pageValues }, count: { text: count, values: countValues } }
}

/**
 * Build the query for one feature by id (`.../items/{featureId}`).
 * @param c the collection
 * @param featureId the id, already coerced to the collection's id type
 * @returns `{ text, values }`
 * @example buildItemByIdSql(divisionsCounty, '421202').values // = [6, 'county', '421202']
 */
export function buildItemByIdSql(c: CollectionDef, featureId: string | number): SqlQuery {
  const values: unknown[] = []
  const select = selectList(c, values)
  const where = whereClause(c, { bbox: null, filters: [] }, values)
  const idCond = `${quoteIdent(c.idColumn)} = $${values.push(featureId)}`
  const text = `SELECT ${select} FROM ${quoteIdent(c.table)} ${where ? `${where} AND ${idCond}` : `WHERE ${idCond}`}`
  return { text, values }
}
