import { parse } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { gpx } from '@tmcw/togeojson';
import type { Position } from 'geojson';
import type { GaussKrugerCrs } from './gauss-kruger.ts';
import { parseGkPoint } from './parse-gk-point.ts';
import { roundPositions } from './round-positions.ts';
import type { Validation } from './types.ts';

export const SURVEY_CSV_COLUMNS = 'survey_csv_columns';
export const SURVEY_CSV_VALUES = 'survey_csv_values';
export const SURVEY_GPX_INVALID = 'survey_gpx_invalid';
export const SURVEY_TOO_MANY_POINTS = 'survey_too_many_points';

const MAX_POINTS = 10000;
const LNG = ['lng', 'lon', 'long', 'longitude', '经度'];
const LAT = ['lat', 'latitude', '纬度'];
const GK_X = ['x', 'n', 'northing', '北坐标', 'x坐标'];
const GK_Y = ['y', 'e', 'easting', '东坐标', 'y坐标'];

const find = (headers: string[], names: string[]) => headers.find((h) => names.includes(h.trim().toLowerCase()));

function fromCsv(text: string, crs: GaussKrugerCrs): Validation<Position[]> {
  let records: Array<Record<string, string>>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    return { valid: false, reason: SURVEY_CSV_VALUES, detail: `CSV cannot be read: ${(err as Error).message}` };
  }
  const headers = Object.keys(records[0] ?? {});
  const lng = find(headers, LNG);
  const lat = find(headers, LAT);
  const x = find(headers, GK_X);
  const y = find(headers, GK_Y);
  if (!(lng && lat) && !(x && y)) {
    return { valid: false, reason: SURVEY_CSV_COLUMNS, detail: 'the header needs lng,lat (经度,纬度) or x,y (北坐标,东坐标, EPSG Gauss-Krüger metres)' };
  }
  const points: Position[] = [];
  for (const [i, record] of records.entries()) {
    const row = i + 2;
    if (lng && lat) {
      const p = [Number(record[lng]), Number(record[lat])];
      if (!p.every(Number.isFinite) || Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) {
        return { valid: false, reason: SURVEY_CSV_VALUES, detail: `row ${row}: longitude/latitude out of range or not numbers` };
      }
      points.push(p);
    } else {
      const parsed = parseGkPoint({ x: Number(record[x!]), y: Number(record[y!]) }, crs);
      if (!parsed.valid) return { valid: false, reason: SURVEY_CSV_VALUES, detail: `row ${row}: ${parsed.detail ?? parsed.reason}` };
      points.push(crs.toLngLat(parsed.value));
    }
  }
  return { valid: true, value: points };
}

function fromGpx(text: string): Validation<Position[]> {
  let doc: Document;
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level === 'fatalError') throw new Error(message); } })
      .parseFromString(text, 'text/xml') as unknown as Document;
  } catch (err) {
    return { valid: false, reason: SURVEY_GPX_INVALID, detail: `GPX is not well-formed XML: ${(err as Error).message}` };
  }
  const points: Position[] = [];
  for (const feature of gpx(doc).features) {
    const g = feature.geometry;
    if (!g) continue;
    if (g.type === 'Point') points.push(g.coordinates.slice(0, 2));
    if (g.type === 'LineString') points.push(...g.coordinates.map((p) => p.slice(0, 2)));
    if (g.type === 'MultiLineString') points.push(...g.coordinates.flat().map((p) => p.slice(0, 2)));
  }
  return { valid: true, value: points };
}

/**
 * Reads surveyed points from a CSV (columns lng,lat or x,y in the survey's Gauss-Krüger zone, x = northing)
 * or a GPX file (waypoints, routes and tracks) into lon/lat positions rounded to 8 decimals.
 * @param text the file's text
 * @param format 'csv' or 'gpx'
 * @param crs the survey's Gauss-Krüger zone, for x/y columns
 * @returns the positions in file order, or why the file cannot be used (row number included)
 * @example
 * parseSurveyPoints('lng,lat\n114.1,30.2\n', 'csv', gaussKrugerCrs(114));
 * // = { valid: true, value: [[114.1, 30.2]] }
 */
export function parseSurveyPoints(text: string, format: 'csv' | 'gpx', crs: GaussKrugerCrs): Validation<Position[]> {
  const result = format === 'csv' ? fromCsv(text, crs) : fromGpx(text);
  if (!result.valid) return result;
  if (result.value.length > MAX_POINTS) return { valid: false, reason: SURVEY_TOO_MANY_POINTS, detail: `at most ${MAX_POINTS} points` };
  return { valid: true, value: result.value.map((p) => roundPositions([p])[0]!) };
}
