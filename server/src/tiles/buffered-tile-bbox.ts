import { MercatorHalfSize, tileToBbox3857 } from './tile-math.ts'
import type { TileCoord } from './tile-coord.ts'
import { TileBuffer, TileExtent } from './tile-encoder.ts'

const toLng = (x: number) => (x / MercatorHalfSize) * 180
const toLat = (y: number) => (Math.atan(Math.exp((y / MercatorHalfSize) * Math.PI)) * 360) / Math.PI - 90

/**
 * The EPSG:4326 box a tile query must read: the tile plus its clip buffer (64/4096 of a side), so
 * features just outside still draw their edge; feeds `geom && ST_MakeEnvelope(…, 4326)` and the index.
 * @param t the tile
 * @returns `[west, south, east, north]` (may pass ±180 at the world edge, which `&&` tolerates)
 * @example bufferedTileBbox4326({ z: 0, x: 0, y: 0 })[0] // = -182.8125
 */
export function bufferedTileBbox4326(t: TileCoord): [number, number, number, number] {
  const [minX, minY, maxX, maxY] = tileToBbox3857(t)
  const pad = ((maxX - minX) * TileBuffer) / TileExtent
  const clampY = (y: number) => Math.max(-MercatorHalfSize, Math.min(MercatorHalfSize, y))
  return [toLng(minX - pad), toLat(clampY(minY - pad)), toLng(maxX + pad), toLat(clampY(maxY + pad))]
}
