import * as geodesicNamespace from 'geographiclib-geodesic';
import type { Position } from 'geojson';

// CGCS2000 ellipsoid: a = 6378137 m, 1/f = 298.257222101 (same a and f as GRS80).
// GeographicLib is what PostGIS uses for geography ST_Distance, so both sides agree to the millimetre.
// The package is UMD: Node's ESM loader exposes it only as `default`, bundlers as named exports.
const geodesicLib = (geodesicNamespace as unknown as { default?: typeof geodesicNamespace }).default ?? geodesicNamespace;
const CGCS2000 = new geodesicLib.Geodesic.Geodesic(6378137, 1 / 298.257222101);

export interface GeodesicMeasure {
  /** geodesic distance in metres on the CGCS2000 ellipsoid */
  distance: number;
  /** forward azimuth at the first point, degrees clockwise from true north in [0, 360) */
  azimuth: number;
}

/**
 * Distance and azimuth from one lon/lat position to another along the ellipsoid (geodesic inverse problem).
 * @param from [lng, lat] start
 * @param to [lng, lat] end
 * @returns distance in metres and forward azimuth in degrees [0, 360)
 * @example
 * measureGeodesic([114, 30], [114.01, 30]);
 * // = { distance: 964.8628022072564, azimuth: 89.9975 }
 */
export function measureGeodesic(from: Position, to: Position): GeodesicMeasure {
  const [lng1, lat1] = from;
  const [lng2, lat2] = to;
  const result = CGCS2000.Inverse(lat1, lng1, lat2, lng2);
  const azimuth = ((result.azi1 ?? 0) % 360 + 360) % 360;
  return { distance: result.s12 ?? 0, azimuth };
}

/**
 * Geodesic length of a polyline in metres.
 * @param coordinates [lng, lat] positions in order
 * @returns the sum of the geodesic lengths of its segments (0 for fewer than two positions)
 * @example
 * lineLength([[114, 30], [114.01, 30], [114.02, 30]]);
 * // = 1929.7256044145128
 */
export function lineLength(coordinates: Position[]): number {
  let total = 0;
  for (let i = 1; i < coordinates.length; i += 1) total += measureGeodesic(coordinates[i - 1], coordinates[i]).distance;
  return total;
}
