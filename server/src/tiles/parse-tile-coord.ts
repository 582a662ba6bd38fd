import type { ParamError } from '../ogc/params/param-error.ts'
import { isValidTile } from './tile-math.ts'
import type { TileCoord } from './tile-coord.ts'

export const ReasonTileNotInteger = 'must be a non-negative integer'

/**
 * Parse the `{z}/{x}/{y}` path segments of a tile URL.
 * @param raw the three path segments as strings
 * @returns the tile, `exists: false` when it is well-formed but outside the pyramid, or parameter errors
 * @example parseTileCoord({ z: '12', x: '3348', y: '1692' }) // = { ok: true, tile: { z: 12, x: 3348, y: 1692 }, exists: true }
 */
export function parseTileCoord(raw: { z: string; x: string; y: string }):
  | { ok: true; tile: TileCoord; exists: boolean }
  | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = []
  const num = (name: 'z' | 'x' | 'y') => {
    if (!/^\d{1,8}$/.test(raw[name])) errors.push({ parameter: name, detail: ReasonTileNotInteger })
    return Number(raw[name])
  }
  const tile = { z: num('z'), x: num('x'), y: num('y') }
  if (errors.length) return { ok: false, errors }
  return { ok: true, tile, exists: isValidTile(tile) }
}
