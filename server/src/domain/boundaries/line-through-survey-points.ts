import type { Position } from 'geojson';
import { locateOnLine } from './locate-on-line.ts';
import { roundPositions } from './round-positions.ts';
import type { Validation } from './types.ts';

export const SURVEY_POINTS_EMPTY = 'survey_points_empty';
export const SURVEY_POINTS_TOO_FAR = 'survey_points_too_far';

/** Survey points farther than this from the current line are taken for the wrong line. */
export const DEFAULT_SURVEY_SNAP_DISTANCE_M = 500;

/**
 * Re-draw a boundary line through surveyed points: the line keeps its two nodes (so its neighbours stay
 * connected) and passes through every point in the order they fall along the current line.
 * @param coordinates the line's current [lng, lat] positions
 * @param points surveyed [lng, lat] positions (CSV or GPX, already converted to lon/lat)
 * @param maxDistanceM refuse points farther than this from the current line
 * @returns the new positions, or why the points cannot be used
 * @example
 * lineThroughSurveyPoints([[114, 30], [114.02, 30]], [[114.015, 30.0001], [114.005, 29.9999]]);
 * // = { valid: true, value: [[114, 30], [114.005, 29.9999], [114.015, 30.0001], [114.02, 30]] }
 */
export function lineThroughSurveyPoints(
  coordinates: Position[],
  points: Position[],
  maxDistanceM = DEFAULT_SURVEY_SNAP_DISTANCE_M,
): Validation<Position[]> {
  if (points.length === 0) return { valid: false, reason: SURVEY_POINTS_EMPTY, detail: 'no survey points given' };
  const located = points.map((point, index) => ({ point, index, location: locateOnLine(coordinates, point) }));
  const far = located.find((p) => p.location.offset > maxDistanceM);
  if (far) {
    return {
      valid: false,
      reason: SURVEY_POINTS_TOO_FAR,
      detail: `survey point ${far.index + 1} is ${Math.round(far.location.offset)} m from the line (limit ${maxDistanceM} m)`,
    };
  }
  const ordered = located
    .sort((a, b) => a.location.measure - b.location.measure || a.index - b.index)
    .map((p) => p.point);
  const start = coordinates[0];
  const end = coordinates[coordinates.length - 1];
  return { valid: true, value: roundPositions([start, ...ordered, end]) };
}
