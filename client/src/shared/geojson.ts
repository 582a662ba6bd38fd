import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson'

/** Division levels, from the city down to villages and communities. */
export const DIVISION_LEVELS = ['city', 'county', 'township', 'village'] as const
export type DivisionLevel = (typeof DIVISION_LEVELS)[number]

/** `properties` of a division feature: the database column names (STYLE §3). */
export interface DivisionProperties {
  code: string
  name: string
  level: DivisionLevel
  parent_code: string | null
  admin_code: string | null
  urban_rural_code: string | null
  population_total: number | null
  population_aged_60_plus: number | null
  source: string | null
  geom_source: string | null
  /** Where population and urban-rural class came from ('synthetic …' for generated values). */
  population_source?: string | null
  urban_rural_source?: string | null
  /** Representative point for the label (county, township). */
  label_point?: Point | null
}

export type DivisionFeature = Feature<MultiPolygon | Polygon | Point, DivisionProperties>
export type DivisionCollection = FeatureCollection<MultiPolygon | Polygon | Point, DivisionProperties>

/**
 * A new empty FeatureCollection (never shared, so callers may keep it).
 * @example
 * emptyFeatureCollection() // = { type: 'FeatureCollection', features: [] }
 */
export function emptyFeatureCollection<G extends Geometry = Geometry, P = Record<string, unknown>>(): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features: [] }
}

/**
 * Whether a value looks like a GeoJSON FeatureCollection.
 * @example
 * isFeatureCollection({ type: 'FeatureCollection', features: [] }) // = true
 */
export function isFeatureCollection(value: unknown): value is FeatureCollection {
  if (value === null || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return v.type === 'FeatureCollection' && Array.isArray(v.features)
}

/**
 * Whether a division level is one of the known levels.
 * @example
 * isDivisionLevel('township') // = true
 */
export function isDivisionLevel(value: unknown): value is DivisionLevel {
  return typeof value === 'string' && (DIVISION_LEVELS as readonly string[]).includes(value)
}
