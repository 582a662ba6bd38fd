import type { Position } from 'geojson';
import { numberMarkers } from './number-markers.ts';
import { parseMarkerNumber } from './marker-number.ts';
import type { MarkerType } from './types.ts';

export const NUMBERING_OUT_OF_ORDER = 'numbering_out_of_order';
export const NUMBERING_WRONG_LINE = 'numbering_wrong_line';
export const NUMBERING_WRONG_TYPE = 'numbering_wrong_type';

export interface NumberedMarkerInput {
  id: string;
  number: string;
  type: MarkerType;
  position: Position;
}

export interface NumberingError {
  id: string;
  number: string;
  reason: string;
  /** the number the marker should carry */
  expected: string;
}

/**
 * Check that a line's markers are numbered 001, 002 … in order along the line (west→east or
 * north→south), carry the line's code and the letter of their type.
 * @param lineCode the line's code
 * @param coordinates [lng, lat] positions of the line
 * @param markers the line's markers with their current numbers
 * @returns one error per marker whose number differs from the expected one (empty when all are right)
 * @example
 * findNumberingErrors('L', [[114, 30], [114.02, 30]], [
 *   { id: 'a', number: 'L-002A', type: 'single', position: [114.005, 30] },
 *   { id: 'b', number: 'L-001A', type: 'single', position: [114.015, 30] }]).length;
 * // = 2
 */
export function findNumberingErrors(lineCode: string, coordinates: Position[], markers: NumberedMarkerInput[]): NumberingError[] {
  const expected = new Map(numberMarkers(lineCode, coordinates, markers).map((m) => [m.id, m.number]));
  const errors: NumberingError[] = [];
  for (const marker of markers) {
    const want = expected.get(marker.id) as string;
    if (marker.number === want) continue;
    const parsed = parseMarkerNumber(marker.number);
    const reason = !parsed.valid || parsed.value.lineCode !== lineCode
      ? NUMBERING_WRONG_LINE
      : parsed.value.type !== marker.type
        ? NUMBERING_WRONG_TYPE
        : NUMBERING_OUT_OF_ORDER;
    errors.push({ id: marker.id, number: marker.number, reason, expected: want });
  }
  return errors;
}
