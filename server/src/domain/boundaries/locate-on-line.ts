import type { Position } from 'geojson';
import { measureGeodesic } from './geodesic.ts';

export interface LineLocation {
  /** ground distance along the line from its first position to the foot point, metres */
  measure: number;
  /** ground distance from the point to the line, metres */
  offset: number;
  /** index of the segment [i, i+1] that holds the foot point */
  segmentIndex: number;
  /** fraction along that segment, 0…1 */
  segmentFraction: number;
  /** the foot point on the line, [lng, lat] */
  position: Position;
}

const METRES_PER_DEGREE = 111_320;

/**
 * Project a point onto a polyline: the nearest foot point, how far along the line it lies and how far
 * off it the point is. Projection works in a local plane centred on the point (exact enough for lines of
 * tens of kilometres); lengths along the line are geodesic.
 * @param coordinates [lng, lat] positions of the line
 * @param point [lng, lat]
 * @returns measure, offset and the foot point
 * @example
 * locateOnLine([[114, 30], [114.01, 30]], [114.005, 30.0001]).measure;
 * // = 482.43…
 */
export function locateOnLine(coordinates: Position[], point: Position): LineLocation {
  if (coordinates.length < 2) throw new Error('locateOnLine needs a line with at least two positions');
  const [lng0, lat0] = point;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const toPlane = ([lng, lat]: Position) => [(lng - lng0) * kx, (lat - lat0) * METRES_PER_DEGREE];
  let best = { distance: Infinity, index: 0, fraction: 0 };
  for (let i = 0; i < coordinates.length - 1; i += 1) {
    const [ax, ay] = toPlane(coordinates[i]);
    const [bx, by] = toPlane(coordinates[i + 1]);
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
    const distance = Math.hypot(ax + t * dx, ay + t * dy);
    if (distance < best.distance) best = { distance, index: i, fraction: t };
  }
  const a = coordinates[best.index];
  const b = coordinates[best.index + 1];
  const position = [a[0] + (b[0] - a[0]) * best.fraction, a[1] + (b[1] - a[1]) * best.fraction];
  let measure = 0;
  for (let i = 0; i < best.index; i += 1) measure += measureGeodesic(coordinates[i], coordinates[i + 1]).distance;
  measure += measureGeodesic(a, position).distance;
  const offset = measureGeodesic(point, position).distance;
  return { measure, offset, segmentIndex: best.index, segmentFraction: best.fraction, position };
}
