import type { Position } from 'geojson';
import type { GaussKrugerCrs } from '../gauss-kruger.ts';
import { measureGeodesic } from '../geodesic.ts';
import { compassPoint } from '../compass-point.ts';
import { quadrantBearing } from '../quadrant-bearing.ts';
import { lineOrientation } from '../line-orientation.ts';
import type { TableDocument } from './table-document.ts';

export interface LineForPointTable {
  code: string;
  name: string;
  coordinates: Position[];
}

/**
 * 界址点成果表 (boundary point table): every vertex of each line, read in numbering direction
 * (west→east or north→south), numbered J1, J2 …, with both coordinate systems and the distance and
 * direction to the next point.
 * @param scope what the table covers
 * @param lines the lines
 * @param crs the survey's Gauss-Krüger zone
 * @returns the table
 * @example
 * boundaryPointTable('A—B线', [{ code: 'A-B', name: 'A—B线', coordinates: [[114, 30], [114.01, 30]] }], gaussKrugerCrs(114)).rows.length;
 * // = 2
 */
export function boundaryPointTable(scope: string, lines: LineForPointTable[], crs: GaussKrugerCrs): TableDocument {
  const rows: TableDocument['rows'] = [];
  for (const line of lines) {
    const ordered = lineOrientation(line.coordinates).reversed ? [...line.coordinates].reverse() : line.coordinates;
    ordered.forEach((p, i) => {
      const gk = crs.toGk(p);
      const next = ordered[i + 1];
      const leg = next ? measureGeodesic(p, next) : null;
      rows.push({
        line: line.code,
        point: `J${i + 1}`,
        gk_x: gk.x.toFixed(3),
        gk_y: gk.y.toFixed(3),
        lng: p[0]!.toFixed(8),
        lat: p[1]!.toFixed(8),
        distance: leg ? leg.distance.toFixed(2) : null,
        direction: leg ? `${compassPoint(leg.azimuth).zh}（${quadrantBearing(leg.azimuth).zh}）` : null,
      });
    });
  }
  return {
    title: '界址点成果表 Boundary point table',
    subtitle: scope,
    columns: [
      { key: 'line', header: '界线编号 Line', width: 28 },
      { key: 'point', header: '点号 Point', width: 8 },
      { key: 'gk_x', header: 'X（北）m', width: 14, align: 'right' },
      { key: 'gk_y', header: 'Y（东）m', width: 13, align: 'right' },
      { key: 'lng', header: '经度 Longitude °', width: 15, align: 'right' },
      { key: 'lat', header: '纬度 Latitude °', width: 14, align: 'right' },
      { key: 'distance', header: '至下点距离 To next m', width: 12, align: 'right' },
      { key: 'direction', header: '方向 Direction', width: 20 },
    ],
    rows,
    notes: [`平面坐标 EPSG:${crs.epsg}（X北、Y东，米）；距离为CGCS2000椭球面大地线长度 · Distances are geodesic on the CGCS2000 ellipsoid`],
  };
}
