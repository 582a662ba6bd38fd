import type { Position } from 'geojson';
import { locateOnLine } from './locate-on-line.ts';
import { roundPositions } from './round-positions.ts';
import type { Validation } from './types.ts';

export const SPLIT_AT_ENDPOINT = 'split_at_endpoint';
export const SPLIT_OFF_LINE = 'split_off_line';

/** A split closer than this to either end would leave a degenerate line. */
const MIN_PIECE_M = 0.01;

/**
 * Split a line where a point (a marker) projects onto it; the foot point becomes the shared end of both pieces.
 * @param coordinates [lng, lat] positions of the line
 * @param point where to split, [lng, lat]
 * @param toleranceM how far off the line the point may be
 * @returns the two pieces (first keeps the line's start), or why the split is refused
 * @example
 * splitLineAt([[114, 30], [114.02, 30]], [114.01, 30]);
 * // = { valid: true, value: [[[114, 30], [114.01, 30]], [[114.01, 30], [114.02, 30]]] }
 */
export function splitLineAt(coordinates: Position[], point: Position, toleranceM = 0.5): Validation<[Position[], Position[]]> {
  const location = locateOnLine(coordinates, point);
  if (location.offset > toleranceM) {
    return { valid: false, reason: SPLIT_OFF_LINE, detail: `the point is ${location.offset.toFixed(2)} m from the line` };
  }
  const [foot] = roundPositions([location.position]);
  const first = roundPositions([...coordinates.slice(0, location.segmentIndex + 1), foot]);
  const second = roundPositions([foot, ...coordinates.slice(location.segmentIndex + 1)]);
  const tooShort = (piece: Position[]) => piece.length < 2 || locateOnLine(piece, piece[piece.length - 1]).measure < MIN_PIECE_M;
  if (tooShort(first) || tooShort(second)) {
    return { valid: false, reason: SPLIT_AT_ENDPOINT, detail: 'a line cannot be split at its own end' };
  }
  return { valid: true, value: [first, second] };
}
