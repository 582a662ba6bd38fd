import type { Position } from 'geojson';
import kinks from '@turf/kinks';
import { lineString } from '@turf/helpers';
import { roundPositions } from './round-positions.ts';
import type { Validation } from './types.ts';

export const LINE_TOO_SHORT = 'line_too_short';
export const LINE_INVALID_POSITION = 'line_invalid_position';
export const LINE_ENDPOINT_MOVED = 'line_endpoint_moved';
export const LINE_SELF_INTERSECTION = 'line_self_intersection';

/**
 * Check a boundary line's new geometry before it is saved: finite lon/lat in range, at least two distinct
 * positions after rounding to survey precision, ends still on its from/to nodes (nodes move only with all
 * their lines), and no self-intersection.
 * @param coordinates proposed [lng, lat] positions
 * @param fromNode position of the line's from-node
 * @param toNode position of the line's to-node
 * @returns the rounded positions, or the first reason the geometry is refused
 * @example
 * validateLineGeometry([[114, 30], [114.1, 30.1]], [114, 30], [114.1, 30.1]).valid;
 * // = true
 */
export function validateLineGeometry(coordinates: Position[], fromNode: Position, toNode: Position): Validation<Position[]> {
  const bad = coordinates.findIndex(
    (p) => p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90,
  );
  if (bad >= 0) return { valid: false, reason: LINE_INVALID_POSITION, detail: `position ${bad} is not a lon/lat pair in range` };
  const rounded = roundPositions(coordinates);
  const closed = fromNode[0] === toNode[0] && fromNode[1] === toNode[1];
  if (rounded.length < (closed ? 4 : 2)) return { valid: false, reason: LINE_TOO_SHORT, detail: 'a boundary line needs distinct positions' };
  const node1 = roundPositions([fromNode])[0];
  const node2 = roundPositions([toNode])[0];
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first[0] !== node1[0] || first[1] !== node1[1] || last[0] !== node2[0] || last[1] !== node2[1]) {
    return { valid: false, reason: LINE_ENDPOINT_MOVED, detail: 'the line must start and end on its nodes' };
  }
  const crossings = kinks(lineString(rounded)).features;
  if (crossings.length > 0) {
    const [lng, lat] = crossings[0].geometry.coordinates;
    return { valid: false, reason: LINE_SELF_INTERSECTION, detail: `the line crosses itself at ${lng.toFixed(6)}, ${lat.toFixed(6)}` };
  }
  return { valid: true, value: rounded };
}
