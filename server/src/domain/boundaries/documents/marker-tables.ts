import { formatDms } from '../format-dms.ts';
import type { ReferenceObject } from '../types.ts';
import type { TableDocument } from './table-document.ts';

export interface MarkerForDocument {
  number: string;
  line_name: string;
  type: string;
  material: string;
  status: string;
  lng: number;
  lat: number;
  gk_x: number;
  gk_y: number;
  gk_epsg: number;
  elevation: number | null;
  reference_objects: ReferenceObject[];
  location_description: string | null;
}

const TYPE_ZH: Record<string, string> = { single: '单立', paired: '同号双立', triple: '同号三立' };
const MATERIAL_ZH: Record<string, string> = { granite: '花岗岩', concrete: '混凝土', steel: '钢质', plastic: '复合材料', other: '其他' };
const STATUS_ZH: Record<string, string> = { planned: '拟埋设', placed: '已埋设', damaged: '损坏', lost: '丢失', removed: '已拆除' };

const fixed = (value: number | null, digits: number) => (value === null ? null : value.toFixed(digits));
const crsNote = (epsg: number) =>
  `平面坐标：2000国家大地坐标系（CGCS2000）高斯-克吕格投影3°带，EPSG:${epsg}，X为北坐标、Y为东坐标，单位米 · Plane coordinates CGCS2000 3° Gauss-Krüger EPSG:${epsg}, X northing, Y easting, metres`;

/**
 * 界桩登记表: one row per marker with type, material, status, both coordinate systems, elevation,
 * reference objects (方位物) and the location description.
 * @param scope what the table covers, e.g. a line name or a county
 * @param markers markers in number order
 * @returns the table
 * @example
 * markerRegister('咸安区', []).title;
 * // = '界桩登记表 Boundary marker register'
 */
export function markerRegister(scope: string, markers: MarkerForDocument[]): TableDocument {
  return {
    title: '界桩登记表 Boundary marker register',
    subtitle: scope,
    columns: [
      { key: 'number', header: '界桩编号 Marker No.', width: 28 },
      { key: 'line_name', header: '所在界线 Line', width: 30 },
      { key: 'type', header: '类型 Type', width: 10 },
      { key: 'material', header: '材质 Material', width: 10 },
      { key: 'status', header: '状态 Status', width: 8 },
      { key: 'lnglat', header: '经纬度 Lon/lat', width: 32 },
      { key: 'gk_x', header: 'X（北）m', width: 14, align: 'right' },
      { key: 'gk_y', header: 'Y（东）m', width: 13, align: 'right' },
      { key: 'elevation', header: '高程 Elev. m', width: 10, align: 'right' },
      { key: 'references', header: '方位物 Reference objects', width: 40 },
      { key: 'location_description', header: '位置说明 Location', width: 40 },
    ],
    rows: markers.map((m) => ({
      number: m.number,
      line_name: m.line_name,
      type: TYPE_ZH[m.type] ?? m.type,
      material: MATERIAL_ZH[m.material] ?? m.material,
      status: STATUS_ZH[m.status] ?? m.status,
      lnglat: formatDms([m.lng, m.lat]),
      gk_x: fixed(m.gk_x, 3),
      gk_y: fixed(m.gk_y, 3),
      elevation: fixed(m.elevation, 2),
      references: m.reference_objects.map((r) => `${r.name} ${r.bearing}° ${r.distance} m`).join('；'),
      location_description: m.location_description,
    })),
    notes: markers[0] ? [crsNote(markers[0].gk_epsg)] : [],
  };
}

/**
 * 界桩成果表: coordinates of each marker in both systems (plane to the millimetre, lon/lat to 8 decimals
 * and in DMS) and its elevation.
 * @param scope what the table covers
 * @param markers markers in number order
 * @returns the table
 * @example
 * markerResults('咸安区', []).columns.length;
 * // = 8
 */
export function markerResults(scope: string, markers: MarkerForDocument[]): TableDocument {
  return {
    title: '界桩成果表 Boundary marker results',
    subtitle: scope,
    columns: [
      { key: 'seq', header: '序号 No.', width: 6, align: 'right' },
      { key: 'number', header: '界桩编号 Marker No.', width: 28 },
      { key: 'gk_x', header: 'X（北）m', width: 14, align: 'right' },
      { key: 'gk_y', header: 'Y（东）m', width: 13, align: 'right' },
      { key: 'elevation', header: '高程 Elev. m', width: 10, align: 'right' },
      { key: 'lng', header: '经度 Longitude °', width: 15, align: 'right' },
      { key: 'lat', header: '纬度 Latitude °', width: 14, align: 'right' },
      { key: 'dms', header: '经纬度（度分秒）DMS', width: 34 },
    ],
    rows: markers.map((m, i) => ({
      seq: i + 1,
      number: m.number,
      gk_x: fixed(m.gk_x, 3),
      gk_y: fixed(m.gk_y, 3),
      elevation: fixed(m.elevation, 2),
      lng: fixed(m.lng, 8),
      lat: fixed(m.lat, 8),
      dms: formatDms([m.lng, m.lat]),
    })),
    notes: markers[0] ? [crsNote(markers[0].gk_epsg), '经纬度：CGCS2000 · Lon/lat: CGCS2000 (EPSG:4490 axes as EPSG:4326)'] : [],
  };
}
