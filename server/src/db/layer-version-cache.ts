import { readLayerVersion } from '../tiles/read-layer-version.ts'
import type { Queryable } from './db.ts'

/**
 * Values computed from one table and kept while its data version (`layer_versions`, bumped by a statement
 * trigger on every write) stays the same: coverage inputs, OGC `numberMatched`. Kept per database (so two
 * test schemas never share entries), least recently used dropped beyond `maxEntries`. A table at version 0
 * (never written since it was tracked, or not tracked at all) is never cached: nothing proves the value
 * current. A failed load is not kept.
 * @example const counts = createLayerVersionCache<number>(500); await counts.get(db, 'place_names', key, () => count())
 */
export function createLayerVersionCache<T>(maxEntries: number) {
  const perDb = new WeakMap<Queryable, Map<string, { version: number; value: Promise<T> }>>()
  return {
    async get(db: Queryable, table: string, key: string, load: () => Promise<T>): Promise<T> {
      let entries = perDb.get(db)
      if (!entries) perDb.set(db, (entries = new Map()))
      const version = await readLayerVersion(db, table)
      const found = entries.get(key)
      if (found && found.version === version) {
        entries.delete(key)
        entries.set(key, found)
        return found.value
      }
      const value = load()
      if (version === 0) return value
      entries.delete(key)
      entries.set(key, { version, value })
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key)
      })
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
      return value
    },
  }
}
