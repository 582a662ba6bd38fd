import type { CollectionDef } from '../ogc/collection.ts'
import type { PropertyType } from '../ogc/params/property-type.ts'

/** TileJSON 3.0.0 document of one vector layer. */
export interface TileJson {
  tilejson: '3.0.0'
  name: string
  description: string
  version: string
  scheme: 'xyz'
  tiles: string[]
  minzoom: number
  maxzoom: number
  bounds: [number, number, number, number]
  vector_layers: { id: string; description: string; minzoom: number; maxzoom: number; fields: Record<string, string> }[]
}

const FIELD_TYPES: Record<PropertyType, string> = {
  string: 'String', integer: 'Number', number: 'Number', boolean: 'Boolean', date: 'String', json: 'String',
}

/**
 * Build the TileJSON of a layer; its tile URL carries `?v=<version>` so that a client refetching the
 * TileJSON after a write gets new tile URLs, and tiles at the current version can be cached long.
 * @param c the collection (must have `tiles`)
 * @param tilesRoot absolute URL of `/tiles`
 * @param version the layer's data version
 * @param bounds the data extent, or null for the whole world
 * @returns the document
 * @example buildTileJson(divisionsCounty, 'http://h/tiles', 3, null).tiles[0]
 * // = 'http://h/tiles/divisions_county/{z}/{x}/{y}.pbf?v=3'
 */
export function buildTileJson(c: CollectionDef, tilesRoot: string, version: number, bounds: [number, number, number, number] | null): TileJson {
  const { minzoom, maxzoom, properties } = c.tiles ?? { minzoom: 0, maxzoom: 0, properties: [] }
  const fields = Object.fromEntries(
    properties.map((name) => [name, FIELD_TYPES[c.properties.find((p) => p.name === name)?.type ?? 'string']]),
  )
  return {
    tilejson: '3.0.0',
    name: c.title.zh,
    description: `${c.title.zh} / ${c.title.en}`,
    version: '1.0.0',
    scheme: 'xyz',
    tiles: [`${tilesRoot}/${encodeURIComponent(c.id)}/{z}/{x}/{y}.pbf?v=${version}`],
    minzoom,
    maxzoom,
    bounds: bounds ?? [-180, -85.051129, 180, 85.051129],
    vector_layers: [{ id: c.id, description: c.title.en, minzoom, maxzoom, fields }],
  }
}
