import type { TileCoord } from './tile-coord.ts'

/** Half the side of the EPSG:3857 square, in metres (π · 6378137). */
export const MercatorHalfSize = Math.PI * 6378137

/** Deepest zoom we serve; beyond it tiles only repeat detail the data does not have. */
export const MaxTileZoom = 22

/**
 * Whether `z/x/y` addresses an existing tile.
 * @param t the tile
 * @returns true when z is an integer in [0, MaxTileZoom] and x, y are integers in [0, 2^z)
 * @example isValidTile({ z: 1, x: 1, y: 2 }) // = false
 */
export function isValidTile({ z, x, y }: TileCoord): boolean {
  if (!Number.isInteger(z) || z < 0 || z > MaxTileZoom) return false
  const n = 2 ** z
  return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < n && y < n
}

/**
 * The tile's bounds in EPSG:3857 metres.
 * @param t the tile
 * @returns `[minX, minY, maxX, maxY]`
 * @example tileToBbox3857({ z: 0, x: 0, y: 0 }) // = [-20037508.34…, -20037508.34…, 20037508.34…, 20037508.34…]
 */
export function tileToBbox3857({ z, x, y }: TileCoord): [number, number, number, number] {
  const size = (2 * MercatorHalfSize) / 2 ** z
  const minX = -MercatorHalfSize + x * size
  const maxY = MercatorHalfSize - y * size
  return [minX, maxY - size, minX + size, maxY]
}

function tileLat(y: number, z: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI
}

/**
 * The tile's bounds in EPSG:4326 degrees (latitudes stop at ±85.0511°, the Mercator limit).
 * @param t the tile
 * @returns `[west, south, east, north]`
 * @example tileToBbox4326({ z: 1, x: 1, y: 0 }) // = [0, 0, 180, 85.0511287798066]
 */
export function tileToBbox4326({ z, x, y }: TileCoord): [number, number, number, number] {
  const n = 2 ** z
  return [(x / n) * 360 - 180, tileLat(y + 1, z), ((x + 1) / n) * 360 - 180, tileLat(y, z)]
}

/**
 * The tile containing a lon/lat point at a zoom (used by tests and the bench to pick tiles).
 * @param lng longitude in degrees
 * @param lat latitude in degrees, within the Mercator limit
 * @param z zoom
 * @returns the tile
 * @example lngLatToTile(114.32, 29.84, 12) // = { z: 12, x: 3348, y: 1692 }
 */
export function lngLatToTile(lng: number, lat: number, z: number): TileCoord {
  const n = 2 ** z
  const rad = (lat * Math.PI) / 180
  const x = Math.min(n - 1, Math.floor(((lng + 180) / 360) * n))
  const y = Math.min(n - 1, Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n))
  return { z, x: Math.max(0, x), y: Math.max(0, y) }
}
