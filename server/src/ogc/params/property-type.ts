/** Scalar types a collection property can have; they decide how a filter value is parsed. */
export type PropertyType = 'string' | 'integer' | 'number' | 'boolean'

/** A property a collection exposes: its column name (also the GeoJSON key) and type. */
export interface PropertyDef {
  name: string
  type: PropertyType
}
