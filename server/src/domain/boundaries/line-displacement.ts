import type { Position } from 'geojson';
import { locateOnLine } from './locate-on-line.ts';

/**
 * How far a line moved between two versions: the largest distance from a vertex of either version to
 * the other version (discrete Hausdorff distance), in metres. Shown with a revision's diff.
 * @param before [lng, lat] positions of the old line
 * @param after [lng, lat] positions of the new line
 * @returns the largest displacement in metres (0 for identical lines)
 * @example
 * lineDisplacement([[114, 30], [114.01, 30]], [[114, 30], [114.005, 30.001], [114.01, 30]]);
 * // = 110.9… (the inserted vertex lies about 111 m off the old line)
 */
export function lineDisplacement(before: Position[], after: Position[]): number {
  let worst = 0;
  for (const p of after) worst = Math.max(worst, locateOnLine(before, p).offset);
  for (const p of before) worst = Math.max(worst, locateOnLine(after, p).offset);
  return worst;
}
