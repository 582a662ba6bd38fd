import { getCapabilities } from '../db/capabilities-cache.ts'
import type { Db } from '../db/db.ts'
import { createGeojsonVtTileEncoder } from './geojson-vt-tile-encoder.ts'
import { createSqlTileEncoder } from './sql-tile-encoder.ts'
import type { TileEncoder } from './tile-encoder.ts'

/**
 * The tile encoder for this engine, chosen from the capabilities detected once (STYLE §5).
 * @param db the database
 * @returns `ST_AsMVT` when the engine has it, else geojson-vt + vt-pbf
 * @example (await selectTileEncoder(pgliteDb)).name // = 'geojson-vt'
 */
export async function selectTileEncoder(db: Db): Promise<TileEncoder> {
  const caps = await getCapabilities(db)
  return caps.hasAsMvt ? createSqlTileEncoder(db) : createGeojsonVtTileEncoder(db)
}
