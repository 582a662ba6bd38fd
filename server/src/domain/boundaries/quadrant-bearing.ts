export interface QuadrantBearing {
  /** e.g. 北偏东23°, 正东, 南偏西45° */
  zh: string;
  /** e.g. N23°E, due east, S45°W */
  en: string;
}

const DUE: Record<number, readonly [string, string]> = {
  0: ['正北', 'due north'],
  90: ['正东', 'due east'],
  180: ['正南', 'due south'],
  270: ['正西', 'due west'],
};

/**
 * An azimuth in the quadrant (象限角) form surveyors write next to the compass point: the angle
 * from north or south towards east or west, rounded to whole degrees.
 * @param azimuth degrees clockwise from north
 * @returns the Chinese (北偏东23°) and English (N23°E) wording
 * @example
 * quadrantBearing(203.4);
 * // = { zh: '南偏西23°', en: 'S23°W' }
 */
export function quadrantBearing(azimuth: number): QuadrantBearing {
  if (!Number.isFinite(azimuth)) throw new Error(`quadrantBearing needs a finite azimuth, got ${azimuth}`);
  const degrees = Math.round(((azimuth % 360) + 360) % 360) % 360;
  const due = DUE[degrees];
  if (due) return { zh: due[0], en: due[1] };
  const north = degrees < 90 || degrees > 270;
  const east = degrees < 180;
  const angle = north ? (east ? degrees : 360 - degrees) : east ? 180 - degrees : degrees - 180;
  const zh = `${north ? '北' : '南'}偏${east ? '东' : '西'}${angle}°`;
  const en = `${north ? 'N' : 'S'}${angle}°${east ? 'E' : 'W'}`;
  return { zh, en };
}
