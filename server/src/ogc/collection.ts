import type { Permission } from '../auth/permissions.ts'
import type { PropertyDef } from './params/property-type.ts'

/** Bilingual text: zh-CN first (STYLE §8), English for GDAL/QGIS users abroad. */
export interface Text {
  zh: string
  en: string
}

/** Who may read a collection: everyone, or holders of one permission from `auth/permissions.ts`. */
export type CollectionAccess = 'public' | { permission: Permission }

/** GeoJSON geometry type of a collection (informational, for HTML and TileJSON). */
export type GeometryType = 'Geometry' | 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon'

/**
 * One published collection: which table it reads, which columns it may expose and filter on, and who
 * may see it. Identifiers come only from here, never from a request (STYLE §5), and are quoted.
 */
export interface CollectionDef {
  /** URL segment, also the vector-tile layer name: `divisions-county`. */
  id: string
  title: Text
  description: Text
  /** Table (or view) name; the geometry column holds EPSG:4326. */
  table: string
  geometryColumn: string
  geometryType: GeometryType
  /** Unique column used as the feature id and the paging order. */
  idColumn: string
  idType: 'string' | 'integer'
  /** The allow-list of columns returned as GeoJSON `properties` (keys = column names). */
  properties: PropertyDef[]
  /** Names from `properties` that may be used as `?name=value` filters. */
  filterable: string[]
  /** Equality conditions every row must meet, e.g. `{ level: 'county' }`; values are bound. */
  fixedFilters?: Record<string, string | number | boolean>
  /** Extra `IS NULL` conditions, e.g. soft-deleted rows: `['deleted_at']`. */
  requireNull?: string[]
  access: CollectionAccess
  /** Decimals of output coordinates (PrecisionDisplay or PrecisionSurvey). */
  precision: number
  /** Vector tiles: zoom range and the (small) property subset put in tiles. Absent = no tiles. */
  tiles?: { minzoom: number; maxzoom: number; properties: string[]; thin?: TileThinning }
}

/**
 * Generalisation of a dense layer at low zooms: a tile at zoom `z` holds at most `maxFeatures[z]` features,
 * the first by `rank` (zooms not listed hold every feature). A z12 tile of a million-name register would
 * otherwise hold ~5 000 names (180 KB) that no screen can label.
 */
export interface TileThinning {
  /** Most features per tile, by zoom. */
  maxFeatures: Record<number, number>
  /** SQL `ORDER BY` list over the table's columns, most important first (a constant from code, never input). */
  rank: string
}
