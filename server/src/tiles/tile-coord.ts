/** A slippy-map tile address (XYZ, origin top-left, Web Mercator). */
export interface TileCoord {
  z: number
  x: number
  y: number
}
