import type { LayerSpecification, SourceSpecification } from 'maplibre-gl'

/** Ids of the Tianditu layers: vector base map and its Chinese annotation overlay. */
export const TIANDITU_LAYER_IDS = ['tianditu-vec', 'tianditu-cva'] as const

const SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7']

/**
 * Tianditu WMTS tile URLs for one layer in Web Mercator (`_w`). Tianditu uses CGCS2000, which matches
 * WGS84 to well under a metre, so our EPSG:4326 data needs no shift.
 * @param layer - 'vec' (vector base) or 'cva' (Chinese annotation)
 * @param key - the Tianditu developer key (`tk`)
 */
export function tiandituTileUrls(layer: 'vec' | 'cva', key: string): string[] {
  const tk = encodeURIComponent(key)
  return SUBDOMAINS.map((s) =>
    `https://t${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`)
}

/** Raster sources for the Tianditu base map. */
export function tiandituSources(key: string): Record<string, SourceSpecification> {
  const source = (layer: 'vec' | 'cva'): SourceSpecification => ({
    type: 'raster',
    tiles: tiandituTileUrls(layer, key),
    tileSize: 256,
    maxzoom: 18,
    attribution: '© 天地图 Tianditu',
  })
  return { 'tianditu-vec': source('vec'), 'tianditu-cva': source('cva') }
}

/** Raster layers for Tianditu, hidden until switched on in the layer panel. */
export function tiandituLayers(): LayerSpecification[] {
  return TIANDITU_LAYER_IDS.map((id) => ({ id, type: 'raster', source: id, layout: { visibility: 'none' } }))
}
