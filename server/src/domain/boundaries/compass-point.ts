/**
 * The 16-point compass as written in 界线走向说明. Convention (documented in
 * docs/boundaries-survey-conventions.md): azimuth clockwise from true north at the leg's start;
 * each point covers 22.5° centred on its direction, so 北 covers [348.75°, 11.25°).
 * Names follow the Chinese survey wording 北、北东北、东北、东东北、东 …; the quadrant form
 * (北偏东 23°) is given by quadrantBearing.
 */
export interface CompassPoint {
  /** English abbreviation: N, NNE, NE, … */
  code: string;
  /** 16-point name in Chinese: 北, 北东北, 东北, … */
  zh: string;
  /** English name: north, north-northeast, … */
  en: string;
}

const POINTS: ReadonlyArray<readonly [string, string, string]> = [
  ['N', '北', 'north'],
  ['NNE', '北东北', 'north-northeast'],
  ['NE', '东北', 'northeast'],
  ['ENE', '东东北', 'east-northeast'],
  ['E', '东', 'east'],
  ['ESE', '东东南', 'east-southeast'],
  ['SE', '东南', 'southeast'],
  ['SSE', '南东南', 'south-southeast'],
  ['S', '南', 'south'],
  ['SSW', '南西南', 'south-southwest'],
  ['SW', '西南', 'southwest'],
  ['WSW', '西西南', 'west-southwest'],
  ['W', '西', 'west'],
  ['WNW', '西西北', 'west-northwest'],
  ['NW', '西北', 'northwest'],
  ['NNW', '北西北', 'north-northwest'],
];

/**
 * The 16-point compass direction of an azimuth.
 * @param azimuth degrees clockwise from north; any finite value, normalised into [0, 360)
 * @returns code, Chinese and English name
 * @example
 * compassPoint(23);
 * // = { code: 'NNE', zh: '北东北', en: 'north-northeast' }
 */
export function compassPoint(azimuth: number): CompassPoint {
  if (!Number.isFinite(azimuth)) throw new Error(`compassPoint needs a finite azimuth, got ${azimuth}`);
  const normalised = ((azimuth % 360) + 360) % 360;
  const index = Math.floor((normalised + 11.25) / 22.5) % 16;
  const [code, zh, en] = POINTS[index];
  return { code, zh, en };
}
