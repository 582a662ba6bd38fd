/**
 * The one edge module that converts survey coordinates: CGCS2000 3-degree Gauss-Krüger
 * (EPSG:4534…4554, e.g. EPSG:4547 for central meridian 114°E) ↔ lon/lat (EPSG:4326/4490 axes).
 * Nothing else in the code base calls proj4 for survey coordinates.
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';
import type { GkPoint } from './types.ts';

/** Central meridian of EPSG:4547, the zone that covers Hubei's Xianning; a city config may choose another. */
export const DEFAULT_CENTRAL_MERIDIAN = 114;
/** Lon/lat output precision for survey geometry: 8 decimals ≈ 1 mm (STYLE §4). */
export const SURVEY_LNGLAT_DECIMALS = 8;
/** Plane coordinate output precision: millimetres, as 界桩成果表 lists them. */
export const GK_DECIMALS = 3;

export interface GaussKrugerCrs {
  /** EPSG code of the "CGCS2000 / 3-degree Gauss-Kruger CM …E" system (no zone prefix in the easting). */
  epsg: number;
  centralMeridian: number;
  /** proj4 definition, identical to PostGIS spatial_ref_sys.proj4text for that EPSG code. */
  proj4: string;
  /** lon/lat → plane (x northing, y easting), rounded to millimetres. */
  toGk(position: Position): GkPoint;
  /** plane → lon/lat, rounded to 8 decimals. */
  toLngLat(point: GkPoint): Position;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Build the converter for a CGCS2000 3° Gauss-Krüger zone without zone prefix.
 * EPSG numbers these 4534 (CM 75°E) … 4554 (CM 135°E) in 3° steps.
 * @param centralMeridian central meridian in degrees east, a multiple of 3 in 75…135
 * @returns the zone's EPSG code, proj4 string and the two conversions
 * @example
 * gaussKrugerCrs(114).toGk([114, 30]);
 * // = { x: 3320113.398, y: 500000 }
 */
export function gaussKrugerCrs(centralMeridian: number = DEFAULT_CENTRAL_MERIDIAN): GaussKrugerCrs {
  if (!Number.isInteger(centralMeridian) || centralMeridian % 3 !== 0 || centralMeridian < 75 || centralMeridian > 135) {
    throw new Error(`gaussKrugerCrs needs a central meridian that is a multiple of 3 in 75…135, got ${centralMeridian}`);
  }
  // CGCS2000 uses the GRS80 ellipsoid parameters a and 1/f; PROJ writes it as +ellps=GRS80.
  const definition = `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const converter = proj4('EPSG:4326', definition);
  return {
    epsg: 4534 + (centralMeridian - 75) / 3,
    centralMeridian,
    proj4: definition,
    toGk([lng, lat]) {
      const [easting, northing] = converter.forward([lng, lat]);
      return { x: round(northing, GK_DECIMALS), y: round(easting, GK_DECIMALS) };
    },
    toLngLat({ x, y }) {
      const [lng, lat] = converter.inverse([y, x]);
      return [round(lng, SURVEY_LNGLAT_DECIMALS), round(lat, SURVEY_LNGLAT_DECIMALS)];
    },
  };
}
