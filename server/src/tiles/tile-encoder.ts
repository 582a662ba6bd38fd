import type { CollectionDef } from '../ogc/collection.ts'
import type { TileCoord } from './tile-coord.ts'

/** Tile extent (coordinate units per tile side) and clip buffer, shared by both encoders. */
export const TileExtent = 4096
export const TileBuffer = 64

/**
 * Encodes one Mapbox Vector Tile (one layer named after the collection) for a tile address.
 * Two implementations: PostGIS `ST_AsMVT` (server engine) and geojson-vt + vt-pbf (embedded engine).
 */
export interface TileEncoder {
  readonly name: 'st_asmvt' | 'geojson-vt'
  encode(layer: CollectionDef, tile: TileCoord): Promise<Uint8Array>
}
