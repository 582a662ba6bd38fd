/**
 * Types a collection property can have; they decide how a filter value is parsed and how the column is
 * selected (`date` as `YYYY-MM-DD` text on both engines, `json` as a nested object, never filterable).
 */
export type PropertyType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'json'

/** A property a collection exposes: its column name (also the GeoJSON key) and type. */
export interface PropertyDef {
  name: string
  type: PropertyType
}
