import type { Position } from 'geojson';

/** Markers are numbered west→east when a line runs mostly east-west, else north→south. */
export type NumberingDirection = 'west_east' | 'north_south';

export interface LineOrientation {
  direction: NumberingDirection;
  /** true when the stored geometry runs against the numbering direction (east→west or south→north) */
  reversed: boolean;
}

/**
 * The general direction of a boundary line, which fixes where marker numbering and the boundary
 * description start. Uses the chord from first to last position (in ground metres); a closed line
 * (an enclave ring) uses its bounding box and keeps its stored direction.
 * @param coordinates [lng, lat] positions from the from-node to the to-node
 * @returns numbering direction and whether to read the line backwards
 * @example
 * lineOrientation([[114.2, 30], [114.1, 30.01]]);
 * // = { direction: 'west_east', reversed: true }
 */
export function lineOrientation(coordinates: Position[]): LineOrientation {
  if (coordinates.length < 2) throw new Error('lineOrientation needs a line with at least two positions');
  const [lng1, lat1] = coordinates[0];
  const [lng2, lat2] = coordinates[coordinates.length - 1];
  const cosLat = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const east = (lng2 - lng1) * cosLat;
  const north = lat2 - lat1;
  if (Math.hypot(east, north) < 1e-9) {
    const lngs = coordinates.map((p) => p[0]);
    const lats = coordinates.map((p) => p[1]);
    const width = (Math.max(...lngs) - Math.min(...lngs)) * cosLat;
    const height = Math.max(...lats) - Math.min(...lats);
    return { direction: width >= height ? 'west_east' : 'north_south', reversed: false };
  }
  if (Math.abs(east) >= Math.abs(north)) return { direction: 'west_east', reversed: east < 0 };
  return { direction: 'north_south', reversed: north > 0 };
}
