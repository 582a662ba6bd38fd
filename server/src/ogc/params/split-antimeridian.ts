import type { Bbox } from './bbox.ts'

/**
 * Split a box that crosses the antimeridian (`west > east`, OGC 17-069r4 §7.15.3) into the
 * eastern and western parts, so each can use a plain `&&` envelope test and the spatial index.
 * @param bbox `[west, south, east, north]`
 * @returns one box when it does not cross, else two that together cover the same area
 * @example splitAntimeridian([170, -10, -170, 10]) // = [[170, -10, 180, 10], [-180, -10, -170, 10]]
 */
export function splitAntimeridian(bbox: Bbox): Bbox[] {
  const [west, south, east, north] = bbox
  if (west <= east) return [[west, south, east, north]]
  return [
    [west, south, 180, north],
    [-180, south, east, north],
  ]
}
