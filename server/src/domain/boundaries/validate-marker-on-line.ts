import type { Position } from 'geojson';
import { locateOnLine, type LineLocation } from './locate-on-line.ts';
import type { Validation } from './types.ts';

export const MARKER_OFF_LINE = 'marker_off_line';
/** Default tolerance: markers stand on the line within half a metre (the survey's plane accuracy class). */
export const DEFAULT_MARKER_TOLERANCE_M = 0.5;

/**
 * Does a marker lie on its boundary line within the tolerance?
 * @param coordinates [lng, lat] positions of the line
 * @param position the marker's [lng, lat]
 * @param toleranceM the largest allowed distance in metres
 * @returns the location on the line when within tolerance, else `{ valid: false, reason, detail }` naming the distance
 * @example
 * validateMarkerOnLine([[114, 30], [114.01, 30]], [114.005, 30.001], 0.5).valid;
 * // = false (the marker is about 111 m off the line)
 */
export function validateMarkerOnLine(
  coordinates: Position[],
  position: Position,
  toleranceM: number = DEFAULT_MARKER_TOLERANCE_M,
): Validation<LineLocation> {
  const location = locateOnLine(coordinates, position);
  if (location.offset > toleranceM) {
    return {
      valid: false,
      reason: MARKER_OFF_LINE,
      detail: `marker is ${location.offset.toFixed(2)} m from the line (tolerance ${toleranceM} m)`,
    };
  }
  return { valid: true, value: location };
}
