import type { CollectionDef } from './collection.ts'
import { divisionsCollections } from './collections/divisions.collections.ts'

/**
 * Every collection the OGC API and the tile server can publish, in listing order. Each area's
 * tables plug in with a `collections/<area>.collections.ts` file; a collection whose table does not
 * exist in the connected database is skipped (see `listAvailableCollections`).
 */
export const collections: readonly CollectionDef[] = [...divisionsCollections]
