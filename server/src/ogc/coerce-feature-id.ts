import type { CollectionDef } from './collection.ts'

/**
 * Turn a `featureId` path segment into the id column's type, or null when no row can have it
 * (so the route answers 404 before Postgres raises a cast error; tipg `_coerce_id`).
 * @param c the collection
 * @param raw the path segment
 * @returns the typed id or null
 * @example coerceFeatureId(placesCollection, 'abc') // = null (integer ids)
 */
export function coerceFeatureId(c: CollectionDef, raw: string): string | number | null {
  if (c.idType === 'string') return raw.length <= 200 ? raw : null
  if (!/^\d{1,15}$/.test(raw)) return null
  return Number(raw)
}
