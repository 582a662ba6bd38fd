import type { CollectionDef } from '../ogc/collection.ts'
import { quoteIdent } from '../ogc/quote-ident.ts'
import type { SqlQuery } from '../ogc/sql-fragment.ts'
import { bufferedTileBbox4326 } from './buffered-tile-bbox.ts'
import type { TileCoord } from './tile-coord.ts'
import { TileBuffer, TileExtent } from './tile-encoder.ts'

/** Alias of the geometry column in tile queries (never a property name: properties are snake_case words). */
export const TileGeomAlias = '__geom'

function whereTile(c: CollectionDef, t: TileCoord, values: unknown[]): string {
  const bind = (v: unknown) => `$${values.push(v)}`
  const conds = [`${quoteIdent(c.geometryColumn)} && ST_MakeEnvelope(${bufferedTileBbox4326(t).map(bind).join(', ')}, 4326)`]
  for (const [col, v] of Object.entries(c.fixedFilters ?? {})) conds.push(`${quoteIdent(col)} = ${bind(v)}`)
  for (const col of c.requireNull ?? []) conds.push(`${quoteIdent(col)} IS NULL`)
  return conds.join(' AND ')
}

/** `ORDER BY … LIMIT n` of a thinned layer at this zoom, or ''. */
function thinning(c: CollectionDef, t: TileCoord, values: unknown[]): string {
  const max = c.tiles?.thin?.maxFeatures[t.z]
  if (!c.tiles?.thin || max === undefined) return ''
  return ` ORDER BY ${c.tiles.thin.rank} LIMIT $${values.push(max)}`
}

function tileProps(c: CollectionDef): string {
  return (c.tiles?.properties ?? []).map(quoteIdent).map((p) => `, ${p}`).join('')
}

/**
 * The `ST_AsMVT` query of one tile (server engine): clip and quantise in PostGIS, one layer named
 * after the collection, the tile's property subset as attributes.
 * @param c the collection (must have `tiles`)
 * @param t the tile
 * @returns `{ text, values }` returning one row `{ mvt: bytea }`
 * @example buildMvtSql(divisionsCounty, { z: 8, x: 209, y: 105 }).values[0] // = 'divisions_county'
 */
export function buildMvtSql(c: CollectionDef, t: TileCoord): SqlQuery {
  const values: unknown[] = [c.id, t.z, t.x, t.y, TileExtent, TileBuffer]
  const where = whereTile(c, t, values)
  const props = tileProps(c)
  // The features are read in a MATERIALIZED CTE so the planner costs the index scan on its own: with
  // ST_AsMVTGeom's high declared cost in the same node it may prefer a (parallel) sequential scan.
  // No `WHERE geom IS NOT NULL` outside either: ST_AsMVT skips rows whose clipped geometry is NULL.
  const text = `WITH f AS MATERIALIZED (
  SELECT ${quoteIdent(c.geometryColumn)} AS g${props} FROM ${quoteIdent(c.table)} WHERE ${where}${thinning(c, t, values)}
)
SELECT ST_AsMVT(q, $1, $5, '${TileGeomAlias}') AS mvt FROM (
  SELECT ST_AsMVTGeom(ST_Transform(f.g, 3857), ST_TileEnvelope($2, $3, $4), $5, $6, true) AS ${TileGeomAlias}${props.replace(/, "/g, ', f."')} FROM f
) q`
  return { text, values }
}

/**
 * The GeoJSON query of one tile's features (embedded engine, encoded by geojson-vt): same filter
 * as `buildMvtSql`, geometry as GeoJSON with 7 decimals (finer than a z22 tile pixel).
 * @param c the collection (must have `tiles`)
 * @param t the tile
 * @returns `{ text, values }` returning rows `{ __geom: json, …properties }`
 * @example buildTileFeaturesSql(divisionsCounty, { z: 8, x: 209, y: 105 }).text.startsWith('SELECT ST_AsGeoJSON') // = true
 */
export function buildTileFeaturesSql(c: CollectionDef, t: TileCoord): SqlQuery {
  const values: unknown[] = []
  const where = whereTile(c, t, values)
  const text = `SELECT ST_AsGeoJSON(${quoteIdent(c.geometryColumn)}, 7)::json AS ${TileGeomAlias}${tileProps(c)} FROM ${quoteIdent(c.table)} WHERE ${where}${thinning(c, t, values)}`
  return { text, values }
}
