import { createHash } from 'node:crypto'
import type { CollectionDef } from '../ogc/collection.ts'

const definitionHashes = new WeakMap<CollectionDef, string>()

/**
 * The ETag of every tile of a layer at a data version: changes when the table changes (version)
 * and when the layer's definition changes (a new deployment with other tile properties).
 * @param c the collection
 * @param version the table's data version
 * @returns a strong ETag, quoted
 * @example layerEtag(divisionsCounty, 7) // = '"divisions_county-7-3f2a9c1b"'
 */
export function layerEtag(c: CollectionDef, version: number): string {
  let hash = definitionHashes.get(c)
  if (!hash) {
    hash = createHash('sha1').update(JSON.stringify(c)).digest('hex').slice(0, 8)
    definitionHashes.set(c, hash)
  }
  return `"${c.id}-${version}-${hash}"`
}
