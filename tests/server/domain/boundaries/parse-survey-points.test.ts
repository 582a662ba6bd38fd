import { describe, expect, it } from 'vitest';
import { gaussKrugerCrs } from '../../../../server/src/domain/boundaries/gauss-kruger.ts';
import {
  SURVEY_CSV_COLUMNS, SURVEY_CSV_VALUES, SURVEY_GPX_INVALID, parseSurveyPoints,
} from '../../../../server/src/domain/boundaries/parse-survey-points.ts';

const crs = gaussKrugerCrs(114);

describe('parseSurveyPoints', () => {
  it('reads lon/lat CSV columns in any case, with a BOM and Chinese headers', () => {
    expect(parseSurveyPoints('\uFEFFname,Lon,LAT\nP1,114.1,30.2\nP2,114.2,30.3\n', 'csv', crs)).toEqual({ valid: true, value: [[114.1, 30.2], [114.2, 30.3]] });
    expect(parseSurveyPoints('点号,经度,纬度\nJ1,114.1,30.2\n', 'csv', crs)).toEqual({ valid: true, value: [[114.1, 30.2]] });
  });

  it('converts x (northing) / y (easting) columns from EPSG:4547 (PROJ control point)', () => {
    const result = parseSurveyPoints('点号,X,Y\nJ1,3303523.4959,528989.3838\n', 'csv', crs);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.value[0]![0]).toBeCloseTo(114.3, 8);
    expect(result.value[0]![1]).toBeCloseTo(29.85, 8);
  });

  it('names the row of a bad value and refuses a header without coordinates', () => {
    expect(parseSurveyPoints('lng,lat\n114.1,30.2\n114.2,abc\n', 'csv', crs)).toMatchObject({ valid: false, reason: SURVEY_CSV_VALUES, detail: expect.stringMatching(/row 3/) });
    expect(parseSurveyPoints('a,b\n1,2\n', 'csv', crs)).toMatchObject({ valid: false, reason: SURVEY_CSV_COLUMNS });
    expect(parseSurveyPoints('x,y\n528989.38,3303523.49\n', 'csv', crs)).toMatchObject({ valid: false, reason: SURVEY_CSV_VALUES, detail: expect.stringMatching(/swapped/) });
  });

  it('reads GPX waypoints and track points', () => {
    const gpxText = `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
      <wpt lat="29.85" lon="114.3"><name>J1</name></wpt>
      <trk><trkseg><trkpt lat="29.86" lon="114.31"/><trkpt lat="29.87" lon="114.32"/></trkseg></trk></gpx>`;
    const result = parseSurveyPoints(gpxText, 'gpx', crs);
    expect(result.valid && [...result.value].sort((a, b) => a[0]! - b[0]!)).toEqual([[114.3, 29.85], [114.31, 29.86], [114.32, 29.87]]);
  });

  it('refuses GPX that is not XML', () => {
    expect(parseSurveyPoints('<gpx><wpt', 'gpx', crs)).toMatchObject({ valid: false, reason: SURVEY_GPX_INVALID });
  });
});
