import { distanceToRings, isPointInRings } from './planar.ts';
import type { XY } from './types.ts';

/**
 * Picks, among candidate points, the one inside the polygon that lies farthest from its boundary
 * (a discrete pole of inaccessibility, like ST_PointOnSurface but well inside). Ties go to the first.
 * @param candidates - points to try, e.g. the centroids of the region's triangles
 * @param rings - the polygon's rings (outer first, then holes), planar
 * @returns the best candidate
 * @throws Error when no candidate is inside
 * @example
 * findLabelPoint([[0.1, 0.1], [1, 1]], [[[0, 0], [3, 0], [3, 3], [0, 3]]]) // = [1, 1]
 */
export function findLabelPoint(candidates: readonly XY[], rings: readonly (readonly XY[])[]): XY {
  let best: XY | undefined;
  let bestDistance = -1;
  for (const p of candidates) {
    if (!isPointInRings(p, rings)) continue;
    const d = distanceToRings(p, rings);
    if (d > bestDistance) [best, bestDistance] = [p, d];
  }
  if (!best) throw new Error('findLabelPoint: no candidate lies inside the polygon');
  return best;
}
