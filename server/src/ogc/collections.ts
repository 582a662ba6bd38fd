import type { CollectionDef } from './collection.ts'
import { boundariesCollections } from './collections/boundaries.collections.ts'
import { divisionsCollections } from './collections/divisions.collections.ts'
import { facilitiesCollections } from './collections/facilities.collections.ts'
import { placesCollections } from './collections/places.collections.ts'
import { roadsCollections } from './collections/roads.collections.ts'

/**
 * Every collection the OGC API and the tile server can publish, in listing order. Each area's
 * tables plug in with a `collections/<area>.collections.ts` file; a collection whose table does not
 * exist in the connected database is skipped (see `listAvailableCollections`).
 */
export const collections: readonly CollectionDef[] = [
  ...divisionsCollections,
  ...placesCollections,
  ...roadsCollections,
  ...facilitiesCollections,
  ...boundariesCollections,
]
