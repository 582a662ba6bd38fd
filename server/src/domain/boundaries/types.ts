/**
 * Vocabulary of the boundary survey workspace (乡镇界线勘定). Terms follow docs/glossary.md:
 * 界线 boundaryLine, 界桩 boundaryMarker, 三交点 triJunction, 界线走向说明 boundaryDescription.
 */
import type { Position } from 'geojson';

/** 界线状态: agreed (已协议), in survey (勘定中), disputed (争议). */
export const LINE_STATUSES = ['agreed', 'in_survey', 'disputed'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** 界线性质: legal (法定线), customary (习惯线), each side's claim when disputed (主张线). */
export const LINE_KINDS = ['legal', 'customary', 'claimed_left', 'claimed_right'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** 界桩类型: 单立, 同号双立, 同号三立. One record per marker number; see marker-number.ts. */
export const MARKER_TYPES = ['single', 'paired', 'triple'] as const;
export type MarkerType = (typeof MARKER_TYPES)[number];

/** 界桩状态. */
export const MARKER_STATUSES = ['planned', 'placed', 'damaged', 'lost', 'removed'] as const;
export type MarkerStatus = (typeof MARKER_STATUSES)[number];

/** 界桩材质. */
export const MARKER_MATERIALS = ['granite', 'concrete', 'steel', 'plastic', 'other'] as const;
export type MarkerMaterial = (typeof MARKER_MATERIALS)[number];

/**
 * A CGCS2000 Gauss-Krüger plane coordinate in metres, in the survey convention of EPSG:4547:
 * `x` is the northing (北坐标 X) and `y` the easting (东坐标 Y, with the 500 000 m false easting).
 */
export interface GkPoint {
  x: number;
  y: number;
}

/** A reference object (方位物) used to find a marker again: name, bearing in degrees from north, distance in metres. */
export interface ReferenceObject {
  name: string;
  bearing: number;
  distance: number;
}

/** The result shape of every validator here: bad data is a value, never an exception (STYLE §7). */
export type Validation<T = undefined> = { valid: true; value: T } | { valid: false; reason: string; detail?: string };

/** A line as the domain sees it: ordered lon/lat positions from its from-node to its to-node. */
export type LineCoordinates = Position[];
