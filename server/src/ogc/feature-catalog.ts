import type { Feature, Geometry } from 'geojson'
import type { Queryable } from '../db/db.ts'
import type { CollectionDef } from './collection.ts'
import type { ItemsQuery } from './items-query.ts'
import { createLayerVersionCache } from '../db/layer-version-cache.ts'
import { AliasGeometry, AliasId, buildItemByIdSql, buildItemsSql } from './items.sql.ts'

/** One page of features and how many match in total. */
export interface FeaturePage {
  features: Feature[]
  numberMatched: number
}

type Row = Record<string, unknown>

/**
 * `numberMatched` of items queries, counted once per data version of the collection's table (a client
 * paging through a million features — GDAL, QGIS — would otherwise count them all again for every page).
 */
const counts = createLayerVersionCache<number>(500)

function countMatched(db: Queryable, table: string, count: { text: string; values: unknown[] }): Promise<number> {
  return counts.get(db, table, `${count.text}\u0000${JSON.stringify(count.values)}`,
    async () => Number((await db.query<{ n: number }>(count.text, count.values)).rows[0]?.n ?? 0))
}

function toFeature(c: CollectionDef, row: Row): Feature {
  const properties: Record<string, unknown> = {}
  for (const p of c.properties) properties[p.name] = row[p.name] ?? null
  return { type: 'Feature', id: row[AliasId] as string | number, geometry: (row[AliasGeometry] ?? null) as Geometry, properties }
}

/**
 * Read features of a registered collection (the OGC "Catalog" of pg_featureserv).
 * @param db the database or a transaction
 * @returns `findItems` (a page plus `numberMatched`) and `getItem` (one feature or null)
 * @example (await createFeatureCatalog(db).findItems(divisionsCounty, { bbox: null, limit: 2, offset: 0, filters: [] })).numberMatched // = 3
 */
export function createFeatureCatalog(db: Queryable) {
  return {
    async findItems(c: CollectionDef, q: ItemsQuery): Promise<FeaturePage> {
      const sql = buildItemsSql(c, q)
      const [page, numberMatched] = await Promise.all([
        db.query<Row>(sql.page.text, sql.page.values),
        countMatched(db, c.table, sql.count),
      ])
      return { features: page.rows.map((r) => toFeature(c, r)), numberMatched }
    },
    /**
     * Every matching feature in id order, read in keyset pages (no OFFSET), for exports of any size.
     * @example for await (const f of catalog.streamItems(c, { bbox: null, filters: [] })) n++
     */
    async *streamItems(c: CollectionDef, q: Pick<ItemsQuery, 'bbox' | 'filters'>, pageSize = 5000): AsyncGenerator<Feature> {
      let after: string | number | null = null
      for (;;) {
        const sql = buildItemsSql(c, { ...q, limit: pageSize, offset: 0, after }).page
        const { rows } = await db.query<Row>(sql.text, sql.values)
        for (const r of rows) yield toFeature(c, r)
        if (rows.length < pageSize) return
        after = rows[rows.length - 1]![AliasId] as string | number
      }
    },
    async getItem(c: CollectionDef, featureId: string | number): Promise<Feature | null> {
      const sql = buildItemByIdSql(c, featureId)
      const { rows } = await db.query<Row>(sql.text, sql.values)
      return rows[0] ? toFeature(c, rows[0]) : null
    },
  }
}

export type FeatureCatalog = ReturnType<typeof createFeatureCatalog>
