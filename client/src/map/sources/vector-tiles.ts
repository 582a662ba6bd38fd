import type { Map as MapLibreMap, VectorSourceSpecification, VectorTileSource } from 'maplibre-gl'

/**
 * Vector-tile sources for the large layers (place names, villages, facilities): the server cuts
 * `/tiles/{layer}/{z}/{x}/{y}.pbf` and describes each layer with TileJSON at `/tiles/{layer}.json`,
 * whose tile URLs carry the layer's data version (`?v=`), so tiles are cached until the data changes.
 * Layers use `source: vectorTileSourceId(layer)` and `'source-layer': layer`.
 */

/** Source id of a tile layer (app sources are prefixed `app-`). @example vectorTileSourceId('place_names') // = 'app-tiles-place_names' */
export const vectorTileSourceId = (layer: string): string => `app-tiles-${layer}`

/**
 * The MapLibre source of a server tile layer, pointing at its TileJSON.
 * @param layer the collection id, e.g. 'place_names', 'divisions_village', 'facilities'
 * @param origin the API origin (defaults to the page's)
 * @returns a `vector` source specification
 * @example vectorTileSource('place_names', 'http://h').url // = 'http://h/tiles/place_names.json'
 */
export function vectorTileSource(layer: string, origin: string = window.location.origin): VectorSourceSpecification {
  return { type: 'vector', url: new URL(`/tiles/${encodeURIComponent(layer)}.json`, origin).href }
}

/**
 * Add (once) the vector-tile source of a layer to the map.
 * @returns the source id
 */
export function addVectorTileSource(map: MapLibreMap, layer: string, origin?: string): string {
  const id = vectorTileSourceId(layer)
  if (!map.getSource(id)) map.addSource(id, vectorTileSource(layer, origin))
  return id
}

/**
 * After an edit, reload the layer's TileJSON: its tile URLs carry the new data version, so MapLibre
 * fetches fresh tiles instead of cached ones.
 */
export function refreshVectorTileSource(map: MapLibreMap, layer: string, origin?: string): void {
  const source = map.getSource(vectorTileSourceId(layer)) as VectorTileSource | undefined
  source?.setUrl(vectorTileSource(layer, origin).url!)
}
