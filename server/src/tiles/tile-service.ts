import type { Db } from '../db/db.ts'
import type { CollectionDef } from '../ogc/collection.ts'
import { layerEtag } from './layer-etag.ts'
import { readLayerBounds } from './read-layer-bounds.ts'
import { readLayerVersion } from './read-layer-version.ts'
import { selectTileEncoder } from './select-tile-encoder.ts'
import { TileCache } from './tile-cache.ts'
import type { TileCoord } from './tile-coord.ts'

/** In-process tile cache budget per database: 64 MB unless `DIMING_TILE_CACHE_MB` says otherwise (0 = off, for benchmarks). */
function cacheBudget(): number {
  const mb = Number(process.env.DIMING_TILE_CACHE_MB)
  return (process.env.DIMING_TILE_CACHE_MB && mb >= 0 ? mb : 64) * 1024 * 1024
}

const caches = new WeakMap<Db, TileCache>()
type Bounds = [number, number, number, number] | null
const bounds = new WeakMap<Db, Map<string, { version: number; value: Promise<Bounds> }>>()

function cacheFor(db: Db): TileCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = new TileCache(cacheBudget())
    caches.set(db, cache)
  }
  return cache
}

/** A layer's current data version and its ETag (one indexed lookup). */
export async function layerState(db: Db, c: CollectionDef): Promise<{ version: number; etag: string }> {
  const version = await readLayerVersion(db, c.table)
  return { version, etag: layerEtag(c, version) }
}

/**
 * One encoded tile at the layer's current version, from the in-process cache when possible.
 * Below the layer's minzoom or above its maxzoom the tile is empty (zero bytes is a valid MVT).
 * @param db the database
 * @param c the collection (with `tiles`)
 * @param t the tile
 * @param version the layer version the caller already read (keys the cache)
 * @returns the MVT bytes
 * @example (await getTile(db, divisionsCounty, { z: 8, x: 209, y: 105 }, 1)).byteLength // = 1234
 */
export async function getTile(db: Db, c: CollectionDef, t: TileCoord, version: number): Promise<Uint8Array> {
  if (!c.tiles || t.z < c.tiles.minzoom || t.z > c.tiles.maxzoom) return new Uint8Array(0)
  const key = `${c.id}|${version}|${t.z}/${t.x}/${t.y}`
  const cache = cacheFor(db)
  const hit = cache.get(key)
  if (hit) return hit
  const tile = await (await selectTileEncoder(db)).encode(c, t)
  cache.set(key, tile)
  return tile
}

/**
 * A tile already encoded at `version`, or undefined: no database access. A tile URL carrying `?v=` names
 * fixed content (the data of that version), so a hit may be served without reading the current version.
 * @example peekCachedTile(db, 'place_names', 7, { z: 12, x: 3347, y: 1697 }) // = Uint8Array | undefined
 */
export function peekCachedTile(db: Db, layerId: string, version: number, t: TileCoord): Uint8Array | undefined {
  return caches.get(db)?.get(`${layerId}|${version}|${t.z}/${t.x}/${t.y}`)
}

/**
 * The layer's data extent at a version (computed once per version).
 * @example await getLayerBounds(db, divisionsCounty, 1) // = [113.6, 29.6, 114.6, 30.2]
 */
export function getLayerBounds(db: Db, c: CollectionDef, version: number): Promise<Bounds> {
  let perDb = bounds.get(db)
  if (!perDb) {
    perDb = new Map()
    bounds.set(db, perDb)
  }
  const found = perDb.get(c.id)
  if (found && found.version === version) return found.value
  const value = readLayerBounds(db, c)
  perDb.set(c.id, { version, value })
  return value
}
