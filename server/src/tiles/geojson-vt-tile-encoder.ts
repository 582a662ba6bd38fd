import type { Feature, Geometry } from 'geojson'
import GeoJSONVT from 'geojson-vt'
import vtpbf from 'vt-pbf'
import type { Queryable } from '../db/db.ts'
import type { TileEncoder } from './tile-encoder.ts'
import { TileBuffer, TileExtent } from './tile-encoder.ts'
import { buildTileFeaturesSql, TileGeomAlias } from './tile.sql.ts'

/**
 * Tile encoder for the embedded engine (PGlite's PostGIS lacks protobuf-c, so no `ST_AsMVT`):
 * read the tile's features as GeoJSON with the same filter, cut the tile with geojson-vt and
 * write it with vt-pbf (MVT v2, same extent and buffer as the SQL encoder).
 * @param db the database
 * @returns the encoder
 * @example await createGeojsonVtTileEncoder(db).encode(divisionsCounty, { z: 8, x: 209, y: 105 }) // = Uint8Array [26, …]
 */
export function createGeojsonVtTileEncoder(db: Queryable): TileEncoder {
  return {
    name: 'geojson-vt',
    async encode(layer, tile) {
      const sql = buildTileFeaturesSql(layer, tile)
      const { rows } = await db.query<Record<string, unknown>>(sql.text, sql.values)
      if (rows.length === 0) return new Uint8Array(0)
      const features: Feature[] = rows.map((row) => {
        const { [TileGeomAlias]: geometry, ...properties } = row
        return { type: 'Feature', geometry: geometry as Geometry, properties }
      })
      // indexMaxZoom 0: keep only the root in the index and drill down to this one tile on demand.
      const index = new GeoJSONVT({ type: 'FeatureCollection', features }, {
        maxZoom: tile.z, indexMaxZoom: 0, indexMaxPoints: 0, extent: TileExtent, buffer: TileBuffer,
      })
      const vt = index.getTile(tile.z, tile.x, tile.y)
      if (!vt || vt.features.length === 0) return new Uint8Array(0)
      return vtpbf.fromGeojsonVt({ [layer.id]: vt } as never, { version: 2, extent: TileExtent })
    },
  }
}
