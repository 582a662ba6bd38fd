import type { Queryable } from '../db/db.ts'
import type { TileEncoder } from './tile-encoder.ts'
import { buildMvtSql } from './tile.sql.ts'

/**
 * Tile encoder for the server engine: PostGIS `ST_AsMVT` does clipping, quantising and encoding.
 * @param db the database
 * @returns the encoder
 * @example await createSqlTileEncoder(db).encode(divisionsCounty, { z: 8, x: 209, y: 105 }) // = Uint8Array [26, …]
 */
export function createSqlTileEncoder(db: Queryable): TileEncoder {
  return {
    name: 'st_asmvt',
    async encode(layer, tile) {
      const sql = buildMvtSql(layer, tile)
      const { rows } = await db.query<{ mvt: Uint8Array | null }>(sql.text, sql.values)
      return rows[0]?.mvt ?? new Uint8Array(0)
    },
  }
}
