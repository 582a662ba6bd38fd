import type { Position } from 'geojson';
import { lineOrientation } from './line-orientation.ts';
import { lineLength, measureGeodesic } from './geodesic.ts';
import { locateOnLine } from './locate-on-line.ts';
import { compassPoint, type CompassPoint } from './compass-point.ts';
import { quadrantBearing, type QuadrantBearing } from './quadrant-bearing.ts';
import { formatDms } from './format-dms.ts';
import { phrases, type DescriptionLang } from './boundary-description.phrases.ts';

export interface DescriptionInput {
  name: string;
  code: string;
  /** [lng, lat] positions as stored, from-node to to-node */
  coordinates: Position[];
  /** unit names on the left / right of the stored direction; null = outside the city */
  leftName: string | null;
  rightName: string | null;
  /** labels of the nodes (e.g. 温泉街道、浮山街道、永安街道三交点); default 起点 / 终点 */
  fromNodeLabel?: string | null;
  toNodeLabel?: string | null;
  markers: Array<{ number: string; position: Position }>;
}

export interface DescriptionLeg {
  from: string;
  to: string;
  /** chord azimuth, degrees from north */
  azimuth: number;
  compass: CompassPoint;
  quadrant: QuadrantBearing;
  /** length along the line, metres */
  distance: number;
}

export interface BoundaryDescription {
  text: string;
  legs: DescriptionLeg[];
  /** length of the whole line, metres */
  length: number;
}

/** Legs shorter than this (a marker standing on a node) are not described. */
const MIN_LEG_M = 0.05;

interface Station {
  label: string;
  position: Position;
  measure: number;
}

/**
 * 界线走向说明: describe a boundary line from its start node, marker to marker, with the 16-point
 * compass direction, the quadrant bearing and the distance along the line, naming the units on each side.
 * The line is read west→east or north→south (the marker numbering direction), so left and right are
 * swapped when the stored geometry runs the other way.
 * @param input the line, its units and its markers
 * @param lang 'zh-CN' (default) or 'en'
 * @returns the text and the legs it was built from
 * @example
 * describeBoundary({ name: 'A—B线', code: 'A-B', coordinates: [[114, 30], [114.01, 30]],
 *   leftName: 'A', rightName: 'B', markers: [] }).legs[0].compass.zh;
 * // = '东'
 */
export function describeBoundary(input: DescriptionInput, lang: DescriptionLang = 'zh-CN'): BoundaryDescription {
  const p = phrases[lang];
  const { reversed, direction } = lineOrientation(input.coordinates);
  const coordinates = reversed ? [...input.coordinates].reverse() : input.coordinates;
  const [leftName, rightName] = reversed ? [input.rightName, input.leftName] : [input.leftName, input.rightName];
  const [startLabel, endLabel] = reversed ? [input.toNodeLabel, input.fromNodeLabel] : [input.fromNodeLabel, input.toNodeLabel];
  const length = lineLength(coordinates);
  const stations: Station[] = [
    { label: p.start(startLabel, direction), position: coordinates[0], measure: 0 },
    ...input.markers
      .map((m) => ({ label: p.marker(m.number), position: m.position, measure: locateOnLine(coordinates, m.position).measure }))
      .sort((a, b) => a.measure - b.measure),
    { label: p.end(endLabel, direction), position: coordinates[coordinates.length - 1], measure: length },
  ];
  const legs: DescriptionLeg[] = [];
  let from = stations[0];
  for (const to of stations.slice(1)) {
    const distance = to.measure - from.measure;
    if (distance < MIN_LEG_M && to !== stations[stations.length - 1]) continue;
    if (distance < MIN_LEG_M) break;
    const { azimuth } = measureGeodesic(from.position, to.position);
    legs.push({ from: from.label, to: to.label, azimuth, compass: compassPoint(azimuth), quadrant: quadrantBearing(azimuth), distance });
    from = to;
  }
  const header = p.header({
    name: input.name,
    code: input.code,
    start: p.at(stations[0].label, formatDms(coordinates[0], lang)),
    end: p.at(stations[stations.length - 1].label, formatDms(coordinates[coordinates.length - 1], lang)),
    length,
    markerCount: input.markers.length,
    direction,
    left: leftName ?? p.outside,
    right: rightName ?? p.outside,
  });
  const body = legs.map((leg, index) => p.leg(index + 1, leg, index === legs.length - 1));
  return { text: [input.name, header, ...body].join('\n'), legs, length };
}
