import type { Position } from 'geojson';
import { lineOrientation } from './line-orientation.ts';
import { lineLength } from './geodesic.ts';
import { locateOnLine } from './locate-on-line.ts';
import { formatMarkerNumber } from './marker-number.ts';
import type { MarkerType } from './types.ts';

export interface MarkerToNumber {
  id: string;
  type: MarkerType;
  position: Position;
}

export interface NumberedMarker {
  id: string;
  sequence: number;
  number: string;
  /** metres along the line in numbering direction (from its western or northern end) */
  measure: number;
  /** metres from the line */
  offset: number;
}

/**
 * Number a line's markers 001, 002 … in order along the line, read west→east or north→south.
 * Markers at the same place keep the order of their ids, so numbering is deterministic.
 * @param lineCode the line's code
 * @param coordinates [lng, lat] positions of the line as stored
 * @param markers the markers of this line
 * @returns the markers in numbering order with sequence, number and measure
 * @example
 * numberMarkers('L', [[114, 30], [114.02, 30]], [{ id: 'b', type: 'single', position: [114.015, 30] },
 *   { id: 'a', type: 'paired', position: [114.005, 30] }]).map((m) => m.number);
 * // = ['L-001B', 'L-002A']
 */
export function numberMarkers(lineCode: string, coordinates: Position[], markers: MarkerToNumber[]): NumberedMarker[] {
  if (markers.length > 999) throw new Error('numberMarkers supports at most 999 markers on one line');
  const { reversed } = lineOrientation(coordinates);
  const length = reversed ? lineLength(coordinates) : 0;
  return markers
    .map((marker) => {
      const location = locateOnLine(coordinates, marker.position);
      const measure = reversed ? Math.max(0, length - location.measure) : location.measure;
      return { marker, measure, offset: location.offset };
    })
    .sort((a, b) => a.measure - b.measure || a.marker.id.localeCompare(b.marker.id))
    .map(({ marker, measure, offset }, index) => ({
      id: marker.id,
      sequence: index + 1,
      number: formatMarkerNumber({ lineCode, sequence: index + 1, type: marker.type }),
      measure,
      offset,
    }));
}
