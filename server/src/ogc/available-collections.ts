import type { Db } from '../db/db.ts'
import type { CollectionDef } from './collection.ts'
import { collections } from './collections.ts'

const cache = new WeakMap<Db, Promise<CollectionDef[]>>()

async function probe(db: Db, defs: readonly CollectionDef[]): Promise<CollectionDef[]> {
  const tables = [...new Set(defs.map((c) => c.table))]
  const { rows } = await db.query<{ name: string; present: boolean }>(
    'SELECT t.name, to_regclass(t.name) IS NOT NULL AS present FROM unnest($1::text[]) AS t(name)',
    [tables],
  )
  const present = new Set(rows.filter((r) => r.present).map((r) => r.name))
  return defs.filter((c) => present.has(c.table))
}

/**
 * The registered collections whose table exists in `db`, probed once per engine instance (tables
 * only appear through migrations, which run before the app starts).
 * @param db the database
 * @returns the collections in registry order
 * @example (await listAvailableCollections(db)).map((c) => c.id) // = ['divisions', 'divisions_city', …]
 */
export function listAvailableCollections(db: Db): Promise<CollectionDef[]> {
  let found = cache.get(db)
  if (!found) {
    found = probe(db, collections)
    cache.set(db, found)
  }
  return found
}
